import { describe, expect, test } from "vitest";
import { findNumbers, parseDigits, parseVietnameseNumber } from "./numbers.js";

// One value, many surface forms (Duckling's Numeral corpus).
const corpus: Array<[number, string[]]> = [
  [0.5, ["0,5", "0.5"]],
  [3, ["3", "ba", "Ba"]],
  [4, ["4", "bốn"]],
  [6.5, ["6,5", "6.5"]],
  [7.09, ["7,09", "7.09"]],
  [9.9, ["9.9", "9,9"]],
  [10, ["10", "mười"]],
  [11, ["mười một"]],
  [14, ["mười bốn", "mười tư"]],
  [15, ["15", "mười lăm"]],
  [20, ["hai mươi", "hai chục"]],
  [21, ["hai mươi mốt", "hai mươi một"]],
  [24, ["hai mươi tư", "hai mươi bốn"]],
  [25, ["hai mươi lăm", "hai mươi nhăm"]],
  [50, ["năm mươi"]],
  [105, ["một trăm linh năm", "một trăm lẻ năm"]],
  [123, ["một trăm hai mươi ba"]],
  [150, ["150", "một trăm năm mươi", "một trăm rưỡi"]],
  [1200, ["1.200", "1200", "một nghìn hai trăm", "một ngàn hai trăm", "1,2 nghìn"]],
  [1234.5, ["1.234,5", "1,234.5"]],
  [2500, ["2.500", "hai nghìn năm trăm", "2,5 nghìn", "hai nghìn rưỡi"]],
  [30000, ["30.000", "ba mươi nghìn", "30 nghìn", "ba vạn"]],
  [1200000, ["1.200.000", "1,2 triệu", "1.2 triệu", "một triệu hai trăm nghìn", "1 triệu 200 nghìn", "1,200,000"]],
  [1500000, ["1,5 triệu", "một triệu rưỡi", "1 triệu rưỡi"]],
  [2500000, ["2,5 triệu", "hai triệu rưỡi", "2 triệu 500 nghìn"]],
  [150000000000, ["150 tỷ", "150 tỉ", "một trăm năm mươi tỷ"]],
  [3200000000, ["3 tỷ 200 triệu", "3,2 tỷ", "ba tỷ hai trăm triệu"]],
  [10000000000000, ["10 nghìn tỷ", "mười nghìn tỷ", "10.000 tỷ"]],
  [500000000000000, ["năm trăm nghìn tỷ"]],
];

describe("parseVietnameseNumber", () => {
  for (const [value, forms] of corpus) {
    for (const form of forms) {
      test(`${form} → ${value}`, () => expect(parseVietnameseNumber(form)).toBe(value));
    }
  }
  test.each([
    "năm", // "year"
    "tư",
    "mốt",
    "lăm",
    "mươi",
    "trăm",
    "nghìn",
    "hai ba",
    "mười năm",
    "hai mươi năm",
    "một trăm hai",
    "1.2.3",
    "18.7.2024",
    "1.2345",
    "012.345",
    "hai triệu ba triệu",
    "150 hai",
    "",
  ])("%s is not one number", (form) => expect(parseVietnameseNumber(form)).toBeNull());
});

describe("parseDigits", () => {
  test.each([
    ["1.200", 1200],
    ["1.200.000", 1200000],
    ["6,5", 6.5],
    ["1.234,5", 1234.5],
    ["9.9", 9.9],
    ["7.09", 7.09],
    ["1,234,567", 1234567],
    ["1,234.5", 1234.5],
    ["0,5", 0.5],
    ["2024", 2024],
  ] as const)("%s → %d", (raw, v) => expect(parseDigits(raw)).toBe(v));
  test.each(["1.2.3", "1.2345", "012.345", "1.234.5", "1,2,3", "1.234,5,6"])("%s → null", (raw) => expect(parseDigits(raw)).toBeNull());
});

describe("findNumbers", () => {
  const values = (t: string) => findNumbers(t).map((n) => [t.slice(n.start, n.end), n.value, n.crowded]);
  test("digits, words and scales in running text", () => {
    expect(values("Năm 2024 xuất khẩu đạt 150 tỷ USD, tăng 7,09%.")).toEqual([
      ["2024", 2024, false],
      ["150 tỷ", 150e9, false],
      ["7,09", 7.09, false],
    ]);
  });
  test("a word that cannot be read ends the number", () => {
    expect(values("kéo dài ba năm")).toEqual([["ba", 3, false]]);
    expect(values("mười năm qua")).toEqual([["mười", 10, false]]);
  });
  test("neighbouring numbers are crowded", () => {
    expect(values("là 2 26 733")).toEqual([
      ["2", 2, true],
      ["26", 26, true],
      ["733", 733, true],
    ]);
    expect(values("hai ba ngày")).toEqual([
      ["hai", 2, true],
      ["ba", 3, true],
    ]);
  });
  test("compounds that only look like scales", () => {
    expect(values("tỷ lệ 5%")).toEqual([["5", 5, false]]);
    expect(values("3 triệu chứng")).toEqual([["3", 3, false]]);
  });
  test("never starts inside a digit group", () => {
    expect(values("1.1.1.1")).toEqual([]);
    const long = "1.".repeat(200_000) + "1x";
    const t0 = Date.now();
    findNumbers(long);
    findNumbers("một ".repeat(50_000));
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
