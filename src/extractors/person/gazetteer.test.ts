// The person extractor with a user's word lists (vnfacts.config.yaml `titles:`, `surnames:`,
// `stopNames:`): the corpus runner passes no gazetteer, so these examples call extract() with one.
import { describe, expect, test } from "vitest";
import { extract } from "../../index.js";
import { Config } from "../../config.js";

const gazetteer = Config.parse({ titles: ["Trưởng bản"], surnames: ["Sần"], stopNames: ["Nguyễn Văn Linh"] });

const persons = (text: string, g = gazetteer) =>
  extract(text, { gazetteer: g, sentences: false, referenceDate: "2024-07-18" }).facts.filter((f) => f.type === "person") as unknown as Array<
    Record<string, unknown>
  >;

describe("person with a gazetteer", () => {
  test("a user's title introduces a name", () => {
    expect(persons("Trưởng bản Lò Văn Pọm cho biết cả bản đã thoát nghèo.")).toMatchObject([{ name: "Lò Văn Pọm", title: "Trưởng bản" }]);
  });
  test("a user's family name opens a Vietnamese name", () => {
    expect(persons("Bà Sần Thị Mai cho biết.")).toMatchObject([{ name: "Sần Thị Mai" }]);
    expect(persons("Bà Sần Thị Mai cho biết.", Config.parse({}))).toEqual([]);
  });
  test("stop names are never persons", () => {
    expect(persons("Nguyễn Văn Linh kéo dài sẽ thông xe.", Config.parse({}))).toMatchObject([{ name: "Nguyễn Văn Linh" }]);
    expect(persons("Nguyễn Văn Linh kéo dài sẽ thông xe.")).toEqual([]);
  });
});
