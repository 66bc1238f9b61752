import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { normalise, runTogetherSplit } from "../../src/text/normalise.js";

// Every span of the normalised text must map back onto the original piece it came from.
function roundTrip(original: string, word: string) {
  const t = normalise(original);
  const at = t.text.indexOf(word);
  expect(at, `"${word}" in "${t.text}"`).toBeGreaterThanOrEqual(0);
  const { start, end } = t.span(at, at + word.length);
  return original.slice(start, end);
}

describe("normalise", () => {
  test("NFD becomes NFC and spans map back to the decomposed original", () => {
    const nfd = "Chỉ thị số 15-CT/TW của Ban Bí thư".normalize("NFD");
    const t = normalise(nfd);
    expect(t.text).toBe("Chỉ thị số 15-CT/TW của Ban Bí thư");
    expect(roundTrip(nfd, "Ban Bí thư")).toBe("Ban Bí thư".normalize("NFD"));
    expect(roundTrip(nfd, "Chỉ thị")).toBe("Chỉ thị".normalize("NFD"));
  });

  test("old tone-mark placement becomes the new one, offsets unchanged", () => {
    const t = normalise("Thoả thuận hoà bình, thuỷ sản, Uỷ ban, hoàng hôn, quý vị, khoẻ");
    expect(t.text).toBe("Thỏa thuận hòa bình, thủy sản, Ủy ban, hoàng hôn, quý vị, khỏe");
    expect(roundTrip("Uỷ ban nhân dân", "Ủy ban")).toBe("Uỷ ban");
  });

  test("CRLF, runs of spaces and no-break spaces", () => {
    const original = "Dòng một\r\nDòng\u00A0 hai   có  khoảng trắng  \r\nBa";
    const t = normalise(original);
    expect(t.text).toBe("Dòng một\nDòng hai có khoảng trắng\nBa");
    expect(roundTrip(original, "hai có khoảng")).toBe("hai   có  khoảng");
    expect(roundTrip(original, "Ba")).toBe("Ba");
  });

  test("zero-width characters are dropped and never swallowed by a span", () => {
    const original = "Việt\u200B Nam";
    expect(normalise(original).text).toBe("Việt Nam");
    expect(roundTrip(original, "Việt")).toBe("Việt");
  });

  test("run-together syllables are split; the quote keeps the original", () => {
    const original = "ở nước ngoàiphải bám sát";
    const t = normalise(original);
    expect(t.text).toBe("ở nước ngoài phải bám sát");
    expect(roundTrip(original, "nước ngoài")).toBe("nước ngoài");
    expect(roundTrip(original, "phải bám")).toBe("phải bám");
    expect(roundTrip(original, "ngoài phải")).toBe("ngoàiphải");
  });

  test("foreign words and single syllables are not split", () => {
    for (const w of ["siemens", "jeollabuk", "nghiêng", "khuyến", "thuyền", "người", "café"]) expect(runTogetherSplit(w)).toBe(-1);
    expect(runTogetherSplit("ngoàiphải")).toBe(5);
    expect(runTogetherSplit("cũngđã")).toBe(4);
  });

  test("property: every normalised span maps to an original span, in order", () => {
    const piece = fc.constantFrom("Hoà", "thuỷ", "ngoàiphải", " ", "  ", "\u00A0", "\r\n", "\n", "Việt", "e\u0301", "\u200B", "6,5%", "15-CT/TW", "a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const original = pieces.join("");
        const t = normalise(original);
        let prev = 0;
        for (let i = 0; i <= t.text.length; i++) {
          const o = t.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(original.length);
          prev = o;
        }
        for (let a = 0; a < t.text.length; a++) {
          const { start, end } = t.span(a, t.text.length);
          expect(start).toBeLessThanOrEqual(end);
        }
      }),
    );
  });
});

describe("normalise, one pass", () => {
  test("CRLF with trailing spaces, a BOM-like no-break zero-width space and soft hyphens inside words", () => {
    const original = "Hoà  bình \r\nthuỷ\uFEFF sản\u00ADxuất\tmới\u00A0\u00A0 nhé ";
    const t = normalise(original);
    expect(t.text).toBe("Hòa bình\nthủy sản xuất mới nhé"); // the dropped soft hyphen left two syllables run together
    expect(roundTrip(original, "thủy")).toBe("thuỷ");
  });
});
