// What partner reads off a sentence's code units (from the shared CodeUnits, re-exported here
// for partner's modules): the marks that spare its rules a string search.
export { CodeUnits } from "../../text/code-units.js";

/** `SentenceWork.marks` bits: the text has a "(", a "-", a "của ". */
export const HAS_PAREN = 1;
export const HAS_HYPHEN = 2;
export const HAS_CUA = 4;

/** The marks (HAS_…) of the text whose code units are `codes[from]` … `codes[to - 1]`: what `includes` would tell. */
export function marksOf(codes: Uint16Array, from: number, to: number): number {
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    if (c === 40) marks |= HAS_PAREN;
    else if (c === 45) marks |= HAS_HYPHEN;
    // "của ": an "ủ" after a "c", before "a ".
    else if (c === 0x1ee7 && i > from && i + 2 < to && codes[i - 1] === 99 && codes[i + 1] === 97 && codes[i + 2] === 32) marks |= HAS_CUA;
  }
  return marks;
}
