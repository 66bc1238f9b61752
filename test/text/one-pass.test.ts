import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { onePass, onePassByScan } from "../../src/text/normalise.js";

describe("normalise's one pass", () => {
  it("tries its regex only where a match can start, with the same result as a full scan", () => {
    const pieces = ["hoà", "Hoà", "thuỷ", "quý", "khoẻ", "Uỷ", "o", "u", "á", "ỳ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\r\n", "\r", "\n", "\u200b", "\u00ad", "\ufeff", "Ð", "ð", "a", "Nghị quyết", ".", "1,5"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join("");
        expect(onePass(s)).toEqual(onePassByScan(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("rewrites old tone placement, odd spaces and CRLF", () => {
    expect(onePass("Hoà  bình\u00a0\r\nthuỷ ")?.text).toBe("Hòa bình\nthủy");
  });
});
