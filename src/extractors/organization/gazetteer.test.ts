// The organization extractor with a user's word lists (vnfacts.config.yaml `organizations:`,
// `stopNames:`): the corpus runner passes no gazetteer, so these examples call extract() with one.
import { describe, expect, test } from "vitest";
import { extract } from "../../index.js";
import { Config } from "../../config.js";

const gazetteer = Config.parse({
  organizations: [
    { name: "Công ty Sông Đà 9", aliases: ["SĐ9"] },
    { name: "Quỹ phát triển đất", expanded: "Quỹ phát triển đất tỉnh" },
  ],
  stopNames: ["Hội Nông dân"],
});

const orgs = (text: string, g = gazetteer) =>
  extract(text, { gazetteer: g, sentences: false, referenceDate: "2024-07-18" }).facts.filter((f) => f.type === "organization") as unknown as Array<
    Record<string, unknown>
  >;

describe("organization with a gazetteer", () => {
  test("a user's organization and its alias", () => {
    expect(orgs("Công ty Sông Đà 9 trúng thầu gói số 3.")).toMatchObject([{ name: "Công ty Sông Đà 9" }]);
    expect(orgs("SĐ9 đã bàn giao công trình.")).toMatchObject([{ name: "SĐ9" }]);
  });
  test("a user's organization in lower case after its first word, at a sentence start", () => {
    expect(orgs("Quỹ phát triển đất đã giải ngân hơn 200 tỷ đồng.")).toMatchObject([{ name: "Quỹ phát triển đất", expanded: "Quỹ phát triển đất tỉnh" }]);
  });
  test("stop names are never organizations", () => {
    expect(orgs("Hội Nông dân tỉnh tổ chức hội thảo.").map((f) => f.name)).toEqual(["Hội Nông dân tỉnh"]);
    expect(orgs("Hội Nông dân phát động phong trào.")).toEqual([]);
  });
  test("without the gazetteer the user's names are not read", () => {
    expect(orgs("SĐ9 đã bàn giao công trình.", Config.parse({}))).toEqual([]);
  });
});
