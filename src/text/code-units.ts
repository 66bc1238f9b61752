// The UTF-16 code units of a text in a reusable typed array, for the loops that read every
// character of an article (scanners, tokenizers). Reading `Uint16Array` elements is cheaper
// than `charCodeAt` on the sliced strings sentences are, and the copy is one engine call
// (`Buffer.write` in UTF-16LE writes the string's code units as they are, lone surrogates too).
import { Buffer } from "node:buffer";

/** Whether a Uint16Array reads UTF-16LE bytes as code units (every platform Node runs on today). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** One reusable array per owner, grown when a longer text comes. */
export class CodeUnits {
  private bytes = Buffer.allocUnsafeSlow(1 << 13);
  private units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length >> 1);

  /** `text`'s code units: `of(text)[i] === text.charCodeAt(i)` for every `i < text.length` (valid until the next call). */
  of(text: string): Uint16Array {
    if (text.length > this.units.length) {
      this.bytes = Buffer.allocUnsafeSlow(2 * Math.max(text.length, 2 * this.units.length));
      this.units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length >> 1);
    }
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, "utf16le");
    else for (let i = 0; i < text.length; i++) this.units[i] = text.charCodeAt(i);
    return this.units;
  }
}
