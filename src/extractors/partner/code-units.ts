// The UTF-16 code units of a text in a typed array, for the loops that read every character of
// an article (the sentence scan, the tokenizer). Reading `Uint16Array` elements is cheaper than
// `charCodeAt` on the sliced strings sentences are, and the copy is one engine call
// (`Buffer.write` in UTF-16LE writes the string's code units as they are, lone surrogates too).
import { Buffer } from "node:buffer";

/** Whether a Uint16Array reads UTF-16LE bytes as code units (every platform Node runs on today). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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

/** One reusable array for the text read last, grown when a longer text comes. */
export class CodeUnits {
  codes = new Uint16Array(0);
  private bytes = Buffer.alloc(0);

  /** `text`'s code units: `codes[i] === text.charCodeAt(i)` for every `i < text.length`. */
  load(text: string): Uint16Array {
    const n = text.length;
    if (this.codes.length < n) {
      const buffer = new ArrayBuffer(Math.max(n, 1024) * 4);
      this.codes = new Uint16Array(buffer);
      this.bytes = Buffer.from(buffer);
    }
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, n * 2, "utf16le");
    else for (let i = 0; i < n; i++) this.codes[i] = text.charCodeAt(i);
    return this.codes;
  }
}
