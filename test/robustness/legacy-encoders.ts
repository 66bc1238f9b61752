// Encoders for the legacy Vietnamese encodings, written independently of src/io/legacy.ts
// (which only decodes) so that the tests do not check the decoder against itself:
// - TCVN3 from the look of its letters in a Windows-1252 font (the mojibake everyone knows:
//   "TiÕng ViÖt" is "Tiếng Việt");
// - VNI-Windows by composition: base letter, then one byte for its marks;
// - Windows-1258 by composition: precomposed letter when the code page has it, else the
//   letter and a combining tone byte.

/** Lower-case Vietnamese letters and, aligned, the Windows-1252 look of their TCVN3 bytes. */
const TCVN3_LETTERS = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵăâêôơưđĂÂÊÔƠƯĐ";
const TCVN3_GLYPHS = "µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ¨©ª«¬\u00AD®¡¢£¤¥¦§";

/** Typographic punctuation the legacy fonts kept at its Windows-1252 place. */
const PUNCTUATION: Record<string, number> = { "–": 0x96, "—": 0x97, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "…": 0x85 };

/** TCVN3 bytes of `text` (NFC). Upper-case toned letters become lower case, as the ABC fonts did. */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    let i = TCVN3_LETTERS.indexOf(ch);
    if (i < 0) i = TCVN3_LETTERS.indexOf(ch.toLowerCase());
    if (i >= 0) out.push(TCVN3_GLYPHS.charCodeAt(i));
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (ch in PUNCTUATION) out.push(PUNCTUATION[ch]!);
    else throw new Error(`no TCVN3 byte for ${ch}`);
  }
  return new Uint8Array(out);
}

/** The mojibake a TCVN3 text shows in a Windows-1252 font: "ViÖt Nam". */
export const tcvn3Mojibake = (text: string) => Buffer.from(encodeTcvn3(text)).toString("latin1");

const TONE_BYTE: Record<string, number> = { "\u0300": 0xf8, "\u0301": 0xf9, "\u0309": 0xfb, "\u0303": 0xf5, "\u0323": 0xef };
const CIRC_BYTE: Record<string, number> = { "": 0xe2, "\u0301": 0xe1, "\u0300": 0xe0, "\u0309": 0xe5, "\u0303": 0xe3, "\u0323": 0xe4 };
const BREVE_BYTE: Record<string, number> = { "": 0xea, "\u0301": 0xe9, "\u0300": 0xe8, "\u0309": 0xfa, "\u0303": 0xfc, "\u0323": 0xeb };
const VNI_I: Record<string, number> = { "\u0300": 0xec, "\u0301": 0xed, "\u0309": 0xe6, "\u0303": 0xf3, "\u0323": 0xf2 };

/** VNI-Windows bytes of `text`. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.charCodeAt(0);
    if (code < 0x80 || ch in PUNCTUATION) {
      out.push(code < 0x80 ? code : PUNCTUATION[ch]!);
      continue;
    }
    if (ch === "đ" || ch === "Đ") {
      out.push(ch === "đ" ? 0xf1 : 0xd1);
      continue;
    }
    const d = ch.normalize("NFD");
    const base = d[0]!;
    const upper = base !== base.toLowerCase();
    const shift = upper ? 0x20 : 0;
    const marks = d.slice(1);
    const tone = [...marks].find((m) => m in TONE_BYTE) ?? "";
    const lowerBase = base.toLowerCase();
    if (marks.includes("\u031B")) {
      // Horn: ơ and ư are letters of their own.
      out.push(lowerBase === "o" ? 0xf4 - shift : 0xf6 - shift);
      if (tone) out.push(TONE_BYTE[tone]! - shift);
    } else if (marks.includes("\u0302")) {
      out.push(base.charCodeAt(0), CIRC_BYTE[tone]! - shift);
    } else if (marks.includes("\u0306")) {
      out.push(base.charCodeAt(0), BREVE_BYTE[tone]! - shift);
    } else if (lowerBase === "i" && tone) {
      out.push(VNI_I[tone]! - shift);
    } else if (lowerBase === "y" && tone === "\u0323") {
      out.push(0xee - shift);
    } else if (tone) {
      out.push(base.charCodeAt(0), TONE_BYTE[tone]! - shift);
    } else throw new Error(`no VNI bytes for ${ch}`);
  }
  return new Uint8Array(out);
}

export const vniMojibake = (text: string) => Buffer.from(encodeVni(text)).toString("latin1");

// Windows-1258: the code page's own characters (from Node's decoder), then letters built from
// a base the code page has and a combining tone.
const CP1258_BYTE = new Map<string, number>();
{
  const dec = new TextDecoder("windows-1258");
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch !== "\uFFFD" && !CP1258_BYTE.has(ch)) CP1258_BYTE.set(ch, b);
  }
}

/** Windows-1258 bytes of `text`. */
export function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = CP1258_BYTE.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // NFD puts the dot below before the circumflex ("ộ" = o, dot, circumflex): take the tone out wherever it is.
    const d = ch.normalize("NFD");
    const tone = [...d].find((m) => m in TONE_BYTE) ?? "";
    const rest = d.replace(tone, "").normalize("NFC");
    const b = CP1258_BYTE.get(rest);
    const t = CP1258_BYTE.get(tone);
    if (b === undefined || t === undefined) throw new Error(`no Windows-1258 bytes for ${ch}`);
    out.push(b, t);
  }
  return new Uint8Array(out);
}

// Node 20's TextDecoder("windows-1252") reads 0x80–0x9F as Latin-1 C1 controls, so the
// Windows-1252 characters there are spelt out (its five undefined bytes stay C1 controls).
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** UTF-8 read as Windows-1252 and saved again as UTF-8: "Viá»‡t Nam". */
export const doubleEncoded = (text: string) =>
  [...new TextEncoder().encode(text)].map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b))).join("");
