// Words that name Object.prototype's properties are ordinary words to the lexicon lookups:
// "Có 5 constructor mới" once found a function where a word list was expected and threw.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

describe("words named like Object.prototype properties", () => {
  for (const word of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
    it(`"Có 5 ${word} mới" is read without throwing`, () => {
      const r = extract(`Tháng 3/2024, công ty có 5 ${word} mới và 7 ${word}.`, { referenceDate: "2024-07-18" });
      expect(r.facts.some((f) => f.type === "date")).toBe(true);
    });
  }
});
