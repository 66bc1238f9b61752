// The edition an article reports on ("APEC 2017") dates its yearless days when no reference
// date is stated; a stated reference date wins. (Corpus examples always state one.)
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

const TEXT =
  "Sáng nay (20/5), hội nghị khai mạc tại Hà Nội. Đây là một trong các hội nghị quan trọng nhất trong năm APEC 2017. Các nước tiến tới hoàn thành các Mục tiêu Bogor vào năm 2020.";
const dates = (referenceDate?: string) =>
  extract(TEXT, { referenceDate, sentences: false }).facts.filter((f) => f.type === "date").map((f) => (f as { value: string }).value);

describe("the year of a name when no reference date is stated", () => {
  it("places the lead day in the edition's year, not the goal's", () => {
    expect(dates()).toEqual(["2017-05-20"]);
  });
  it("leaves a stated reference date in charge", () => {
    expect(dates("2019-06-01")).toEqual(["2019-05-20"]);
  });
  it("does not read a plan's or a birth's year as an edition", () => {
    const r = (t: string) => extract(t, { sentences: false }).facts.filter((f) => f.type === "date").map((f) => (f as { value: string }).value);
    expect(r("Ngày 3/6, Bộ công bố Vision 2025 của ngành.")[0]).not.toMatch(/^2025/);
    expect(r("Sáng 6/2, Công an bắt giữ Trần Văn B (SN 1985).")[0]).not.toMatch(/^1985/);
  });
});
