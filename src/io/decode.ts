// Bytes → text. Whatever the bytes are, `decode` returns a result and never throws: text it
// could read (with a BOM dropped, legacy encodings and mojibake repaired where that is
// certain) and warnings for what was odd. Warning offsets point into the returned text, which
// is the "original decoded text" that evidence offsets of the record refer to.
//
//   decode(bytes)       a file's bytes: BOM, UTF-16, binary sniffing, UTF-8 or a legacy
//                       encoding, then everything inspectText does
//   inspectText(text)   a string that is already text (a JSON Lines field, HTML text):
//                       mojibake repair, size limit, empty, no Vietnamese
//
// The order of the checks: BOM (UTF-8, UTF-16, UTF-32) → known binary signatures → UTF-16
// without a BOM → NUL and control bytes → UTF-8 → legacy encodings (Windows-1258, TCVN3, VNI)
// when the bytes are not UTF-8 → size limit → mojibake in the text → empty → no Vietnamese.
import type { Warning } from "../schema/records.js";
import {
  LEGACY_DECODERS,
  LEGACY_NAMES,
  VIETNAMESE_LETTER,
  cp1252Bytes,
  judgeToken,
  type LegacyEncoding,
} from "./legacy.js";

export interface Decoded {
  /** The decoded text (no BOM); "" when nothing could be read. */
  text: string;
  warnings: Warning[];
  /** False when the bytes are not text at all (binary): the record gets no facts. */
  readable: boolean;
  /** How the bytes were read: utf-8, utf-16le, utf-16be, utf-32le, utf-32be, windows-1258, tcvn3, vni; "binary" when not read. */
  encoding: string;
}

export interface DecodeOptions {
  /**
   * The size of the whole file when `bytes` is only its head (the reader stops at
   * MAX_FILE_BYTES): the record then says the rest was not read.
   */
  fileSize?: number;
}

// ---------------------------------------------------------------------------------------------
// Warning codes. A fatal code means the input (or part of its content) could not be
// processed: the record is still written, the rest of the batch goes on, and the command
// exits 1. Everything else is information: the input was processed in full.

export const WARNING_CODES = {
  // Fatal: nothing, or not all, of the input could be read.
  binary: { fatal: true, about: "the file is not text (an image, a PDF, an archive, NUL bytes): no facts" },
  "not-utf8": { fatal: true, about: "bytes that are not UTF-8 nor a recognised Vietnamese encoding were replaced by U+FFFD: letters were lost" },
  "invalid-utf16": { fatal: true, about: "a UTF-16/32 file holds invalid code units, replaced by U+FFFD" },
  "too-large": { fatal: true, about: "the text is longer than MAX_TEXT_CHARS: the end was not processed" },
  // Fatal codes the input reader gives (src/io/inputs.ts).
  missing: { fatal: true, about: "the path does not exist" },
  unreadable: { fatal: true, about: "the file could not be read (permissions, a directory loop, an I/O error)" },
  "malformed-line": { fatal: true, about: "a JSON Lines line is not a JSON object with a text" },
  "internal-error": { fatal: true, about: "vnfacts failed on this input (a bug): no facts" },
  // Information: the input was read in full.
  empty: { fatal: false, about: "the file is empty or holds only white space: no facts, nothing lost" },
  utf16: { fatal: false, about: "the file was UTF-16 (or UTF-32) and was decoded" },
  "legacy-encoding": { fatal: false, about: "the bytes were Windows-1258, TCVN3 or VNI and were decoded with certainty" },
  mojibake: { fatal: false, about: "garbled text (double-encoded UTF-8, TCVN3/VNI read as Windows-1252): repaired where certain, else only located" },
  "nul-bytes": { fatal: false, about: "trailing NUL padding (a file preallocated and not filled) was dropped" },
  "no-vietnamese": { fatal: false, about: "no Vietnamese letter in the text (another language, or Vietnamese without diacritics)" },
  "duplicate-id": { fatal: false, about: "two inputs have the same id; both are written, under distinct names" },
  "symlink-loop": { fatal: false, about: "a folder reached again through a symbolic link was skipped: its files were read once" },
} as const satisfies Record<string, { fatal: boolean; about: string }>;

export type WarningCode = keyof typeof WARNING_CODES;

/**
 * Codes that mean an input could not be processed (in whole or in part): the command exits 1.
 * `not-utf8` is fatal because replaced bytes are lost letters (a name or a number may be
 * wrong); `too-large` because the end of the text was dropped. `empty` is not: an empty file
 * was read in full and holds no facts. `mojibake` is not: repaired text was read in full, and
 * unrepaired garble is still text the extractors saw.
 */
export const FATAL_WARNING_CODES: ReadonlySet<string> = new Set(
  Object.entries(WARNING_CODES)
    .filter(([, v]) => v.fatal)
    .map(([k]) => k),
);

export const isFatal = (w: Pick<Warning, "code">): boolean => FATAL_WARNING_CODES.has(w.code);

// ---------------------------------------------------------------------------------------------
// Size limits.
//
// No real article comes near them: the longest of the 14,175 bench articles has 20,925
// characters (2,600 on average). Measured on a 2-core machine, 20 MB of real news text (15 M
// characters) took 1.7 s through normalise and segment when it had paragraph breaks, but 200 s
// and 2.7 GB when it was one line (retext on one huge paragraph grows faster than linearly), and
// with the extractors it did not finish in 13 minutes (costs that compare every fact with every
// other grow with the square of the number of facts). 2 M characters (100 times the longest
// article) take seconds either way. So text beyond MAX_TEXT_CHARS is a dump, not an article: the
// first part is processed, cut at a paragraph or sentence end, and the record says so
// (`too-large`, fatal since the rest was not processed). Raise the limit once segmentation and
// the refiners are linear on huge inputs.

/** Characters of text processed per input; the rest is dropped with a `too-large` warning. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Bytes worth reading from one file: 4 bytes per character is the most any encoding needs. */
export const MAX_FILE_BYTES = 4 * MAX_TEXT_CHARS;

// ---------------------------------------------------------------------------------------------

const UTF8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Known binary formats, by their first bytes. */
const SIGNATURES: { name: string; at?: number; bytes: (number | null)[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "a PDF document", bytes: [...Buffer.from("%PDF-")] },
  { name: "a ZIP archive (or DOCX, XLSX, ODT, EPUB)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a ZIP archive", bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a bzip2 archive", bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "a zstd archive", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [...Buffer.from("GIF8")] },
  { name: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a RIFF file (WebP, WAV, AVI)", bytes: [...Buffer.from("RIFF")] },
  { name: "an MP4/MOV video", at: 4, bytes: [...Buffer.from("ftyp")] },
  { name: "an MP3 file", bytes: [...Buffer.from("ID3")] },
  { name: "an Office 97–2003 document (DOC, XLS)", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "a SQLite database", bytes: [...Buffer.from("SQLite format 3\u0000")] },
  { name: "an executable (ELF)", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: "a Java class file", bytes: [0xca, 0xfe, 0xba, 0xbe] },
];

function signature(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    const at = s.at ?? 0;
    if (bytes.length < at + s.bytes.length) continue;
    if (s.bytes.every((b, i) => b === null || bytes[at + i] === b)) return s.name;
  }
  return null;
}

function warn(code: WarningCode, message: string, start?: number, end?: number): Warning {
  const w: Warning = { code, message };
  if (start !== undefined && end !== undefined) {
    w.start = start;
    w.end = end;
  }
  return w;
}

function binary(what: string): Decoded {
  return { text: "", warnings: [warn("binary", `${what}: nothing was read`)], readable: false, encoding: "binary" };
}

const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f;

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= 0.3 * pairs && evenZero <= 0.01 * pairs) return "utf-16le";
  if (evenZero >= 0.3 * pairs && oddZero <= 0.01 * pairs) return "utf-16be";
  return null;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; bad: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let bad = 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      parts.push("\uFFFD");
      bad++;
    } else parts.push(String.fromCodePoint(cp));
  }
  if (bytes.length % 4) {
    parts.push("\uFFFD");
    bad++;
  }
  return { text: parts.join(""), bad };
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function replacementWarning(code: "not-utf8" | "invalid-utf16", text: string, count: number, what: string): Warning {
  const first = text.indexOf("\uFFFD");
  const last = text.lastIndexOf("\uFFFD");
  const line = first < 0 ? 0 : countChar(text.slice(0, first), "\n") + 1;
  return warn(code, `${count} ${what} replaced by U+FFFD (first on line ${line})`, Math.max(first, 0), last + 1);
}

/** Drops the bytes of a UTF-8 sequence cut off at the end (a file read only up to a limit). */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let i = bytes.length;
  let back = 0;
  while (i > 0 && back < 3 && (bytes[i - 1]! & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i === 0) return bytes;
  const lead = bytes[i - 1]!;
  const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return need > back ? bytes.subarray(0, i - 1) : bytes;
}

const SAMPLE_BYTES = 256 * 1024;

/** Scores how Vietnamese a reading is: tokens with a non-ASCII letter that are syllables. */
function vietnameseScore(text: string): { marked: number; valid: number } {
  let marked = 0;
  let valid = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const j = judgeToken(m[0]);
    if (j === "neutral") continue;
    marked++;
    if (j === "valid") valid++;
  }
  return { marked, valid };
}

/**
 * Bytes that are not UTF-8: a legacy Vietnamese encoding when one reading gives Vietnamese
 * words and clearly beats the others; else UTF-8 with the bad bytes replaced.
 */
function decodeNotUtf8(bytes: Uint8Array): { text: string; warnings: Warning[]; encoding: string } {
  const lossy = UTF8.decode(bytes);
  const replaced = countChar(lossy, "\uFFFD") - countUtf8Replacement(bytes);
  // The readings are judged on the first 256 KB: plenty of words, and cheap on a huge file.
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const base = vietnameseScore(sample === bytes ? lossy : UTF8.decode(sample));
  const readings = (Object.keys(LEGACY_DECODERS) as LegacyEncoding[])
    .map((enc) => ({ enc, ...vietnameseScore(LEGACY_DECODERS[enc]!(sample)) }))
    .sort((a, b) => b.valid - a.valid);
  const [best, second] = readings as [(typeof readings)[0], (typeof readings)[0]];
  const ratio = best.marked ? best.valid / best.marked : 0;
  const certain =
    best.valid >= 3 && ratio >= 0.8 && best.valid > base.valid && best.valid >= 1.5 * second.valid && best.valid - second.valid >= 3;
  if (certain) {
    return {
      text: LEGACY_DECODERS[best.enc]!(bytes),
      warnings: [warn("legacy-encoding", `the file is ${LEGACY_NAMES[best.enc]}, not UTF-8: decoded (${best.valid} of ${best.marked} accented words are Vietnamese)`)],
      encoding: best.enc,
    };
  }
  return {
    text: lossy,
    warnings: [replacementWarning("not-utf8", lossy, replaced, replaced === 1 ? "byte that is not UTF-8 was" : "bytes that are not UTF-8 were")],
    encoding: "utf-8",
  };
}

/** Literal U+FFFD already in the bytes (EF BF BD), so that only replaced bytes are counted. */
function countUtf8Replacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/** Reads a file's bytes as text. Never throws. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const warnings: Warning[] = [];
  const cut = options.fileSize !== undefined && options.fileSize > bytes.length;
  let text: string;
  let encoding = "utf-8";

  if (bytes.length === 0) {
    return { text: "", warnings: [warn("empty", "the file is empty")], readable: true, encoding };
  }

  // Byte order marks. UTF-32 LE starts like UTF-16 LE, so it is tested first.
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0 && bytes.length % 4 === 0) {
    return utf32(bytes.subarray(4), true, options);
  } else if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return utf32(bytes.subarray(4), false, options);
  } else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return utf16(bytes.subarray(2), b0 === 0xff ? "utf-16le" : "utf-16be", true, options);
  } else if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    bytes = bytes.subarray(3);
  }

  const kind = signature(bytes);
  if (kind) return binary(`the file is ${kind}, not text`);

  const bomless = utf16WithoutBom(bytes);
  if (bomless) return utf16(bytes, bomless, false, options);

  // NUL bytes mean binary (as git and grep judge), unless they are only a trailing run: a file
  // preallocated and never filled, whose text before the padding is intact.
  const firstNul = bytes.indexOf(0);
  if (firstNul !== -1) {
    let end = bytes.length;
    while (end > 0 && bytes[end - 1] === 0) end--;
    if (firstNul < end) return binary("the file holds NUL bytes (it is binary, not text)");
    warnings.push(warn("nul-bytes", `${bytes.length - end} trailing NUL bytes (padding) were dropped`));
    bytes = bytes.subarray(0, end);
  }
  let controls = 0;
  const sample = Math.min(bytes.length, 65536);
  for (let i = 0; i < sample; i++) if (isControl(bytes[i]!)) controls++;
  if (controls >= 4 && controls > 0.01 * sample) return binary(`the file holds control bytes (${controls} in its first ${sample}; it is binary, not text)`);

  if (cut) bytes = trimPartialUtf8(bytes);
  try {
    text = UTF8_FATAL.decode(bytes);
  } catch {
    const r = decodeNotUtf8(bytes);
    text = r.text;
    encoding = r.encoding;
    warnings.push(...r.warnings);
  }
  const inspected = inspectText(text, options);
  return { ...inspected, warnings: [...warnings, ...inspected.warnings], encoding };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", bom: boolean, options: DecodeOptions): Decoded {
  if (options.fileSize !== undefined && options.fileSize > bytes.length && bytes.length % 2) bytes = bytes.subarray(0, bytes.length - 1);
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
  const name = encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
  const warnings = [warn("utf16", bom ? `the file is ${name} (with a byte order mark): decoded` : `the file is ${name} without a byte order mark: decoded`)];
  const bad = countChar(text, "\uFFFD");
  if (bad) warnings.push(replacementWarning("invalid-utf16", text, bad, bad === 1 ? "invalid UTF-16 code unit was" : "invalid UTF-16 code units were"));
  const inspected = inspectText(text, options);
  return { ...inspected, warnings: [...warnings, ...inspected.warnings], encoding };
}

function utf32(bytes: Uint8Array, littleEndian: boolean, options: DecodeOptions): Decoded {
  const { text, bad } = decodeUtf32(bytes, littleEndian);
  const encoding = littleEndian ? "utf-32le" : "utf-32be";
  const warnings = [warn("utf16", `the file is ${littleEndian ? "UTF-32 LE" : "UTF-32 BE"} (with a byte order mark): decoded`)];
  if (bad) warnings.push(replacementWarning("invalid-utf16", text, bad, "invalid UTF-32 code units were"));
  const inspected = inspectText(text, options);
  return { ...inspected, warnings: [...warnings, ...inspected.warnings], encoding };
}

// ---------------------------------------------------------------------------------------------
// Text checks: mojibake, size, empty, no Vietnamese.

/** Tone marks, circumflex, breve and horn of NFD text (normalisation composes them later). */
const VIETNAMESE_MARK = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323]/u;

/** Checks a string that is already text (from JSON Lines, HTML): repairs mojibake, applies the size limit, notes empty and non-Vietnamese text. */
export function inspectText(input: string, options: DecodeOptions = {}): Decoded {
  const warnings: Warning[] = [];
  let text = input.startsWith("\uFEFF") ? input.slice(1) : input;

  if (text.length > MAX_TEXT_CHARS) {
    const end = cutPoint(text, MAX_TEXT_CHARS);
    warnings.push(
      warn("too-large", `the text has ${text.length.toLocaleString("en")} characters, more than the ${MAX_TEXT_CHARS.toLocaleString("en")} processed per input: only the first ${end.toLocaleString("en")} were read`),
    );
    text = text.slice(0, end);
  } else if (options.fileSize !== undefined && options.fileSize > MAX_FILE_BYTES) {
    warnings.push(warn("too-large", `the file has ${options.fileSize.toLocaleString("en")} bytes, more than the ${MAX_FILE_BYTES.toLocaleString("en")} read per input: only its beginning was read`));
  }

  const repaired = repairMojibake(text);
  text = repaired.text;
  warnings.push(...repaired.warnings);

  if (text.trim().length === 0) {
    if (input.length > 0) warnings.push(warn("empty", "the file holds only white space"));
    else warnings.push(warn("empty", "the file is empty"));
  } else if (!VIETNAMESE_LETTER.test(text) && !VIETNAMESE_MARK.test(text) && /\p{L}/u.test(text)) {
    warnings.push(warn("no-vietnamese", "no Vietnamese letter in the text: another language, or Vietnamese without diacritics"));
  }
  return { text, warnings, readable: true, encoding: "utf-8" };
}

/** Where to cut text that is too long: the last paragraph end, else sentence end, else space before `limit`. */
function cutPoint(text: string, limit: number): number {
  const floor = limit * 0.9;
  const para = text.lastIndexOf("\n", limit - 1);
  if (para >= floor) return para + 1;
  const window = text.slice(Math.floor(floor), limit);
  const sentence = [...window.matchAll(/[.!?…]["”’)]*\s/g)].pop();
  if (sentence) return Math.floor(floor) + sentence.index! + sentence[0].length;
  const space = text.lastIndexOf(" ", limit - 1);
  if (space >= floor) return space + 1;
  // Never split a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

// ---------------------------------------------------------------------------------------------
// Mojibake.

/** A byte 0x80–0xBF as Windows-1252 or Latin-1 shows it: a UTF-8 continuation byte. */
const CONT = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
/** UTF-8 sequences of two to four bytes shown in Windows-1252: "á»‡" is "ệ". Fixed length, so linear. */
const DOUBLE_UTF8 = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, "gu");
/**
 * Characters that correct Vietnamese text seldom holds but mojibake nearly always does: C1
 * controls, Latin-1 symbols, the Latin-1 letters Vietnamese does not use, Windows-1252 extras.
 * Only lines holding one are examined, which keeps the check cheap on clean text.
 */
const ODD = /[\u0080-\u009F\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF€‚ƒ„†‡ˆ‰Š‹ŒŽšœžŸ]/u;
// The same class as a code-unit table: the regex costs ~25 µs on a typical article, the
// table ~2 µs, and nearly every article has none of these characters.
const ODD_LIMIT = 0x2200; // every character of the class is below
const ODD_AT = new Uint8Array(ODD_LIMIT);
for (let c = 0; c < ODD_LIMIT; c++) if (ODD.test(String.fromCharCode(c))) ODD_AT[c] = 1;
function hasOdd(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < ODD_LIMIT && ODD_AT[c] === 1) return true;
  }
  return false;
}

/** Two bytes of a three-byte sequence whose last byte was lost (Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const DOUBLE_UTF8_BROKEN = /[\u00E1][\u00BA\u00BB](?![\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/u;
/** Characters a repair may produce: Latin-1 and Latin Extended-A letters, ơ ư, Vietnamese letters, combining marks, punctuation. */
const PLAUSIBLE = /^[\u00A0-\u017F\u01A0\u01A1\u01AF\u01B0\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F€™]$/u;
/** Continuations that correct text also puts after a capital (ĐÃ…, LÊ”): weak evidence. */
const WEAK_CONT = /^.[…“”‘’–—\u00A0]+$/u;

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

function applyEdits(text: string, edits: Edit[]): { text: string; map: (pos: number) => number } {
  if (!edits.length) return { text, map: (p) => p };
  const parts: string[] = [];
  let at = 0;
  const shifts: { at: number; delta: number }[] = [];
  let delta = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.replacement);
    delta += e.replacement.length - (e.end - e.start);
    shifts.push({ at: e.end, delta });
    at = e.end;
  }
  parts.push(text.slice(at));
  const map = (pos: number) => {
    // Binary search for the last edit ending at or before pos.
    let lo = 0;
    let hi = shifts.length - 1;
    let d = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (shifts[mid]!.at <= pos) {
        d = shifts[mid]!.delta;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return pos + d;
  };
  return { text: parts.join(""), map };
}

/** Double-encoded UTF-8 ("Viá»‡t Nam" → "Việt Nam"). */
function repairDoubleUtf8(text: string): { edits: Edit[]; unrepaired: number; firstUnrepaired: number } {
  const edits: Edit[] = [];
  let vietnamese = 0;
  let strong = 0;
  let unrepaired = 0;
  let firstUnrepaired = -1;
  for (const m of text.matchAll(DOUBLE_UTF8)) {
    const bytes = cp1252Bytes(m[0]);
    let ch: string | null = null;
    if (bytes) {
      try {
        ch = UTF8_FATAL.decode(bytes);
      } catch {
        ch = null;
      }
    }
    if (ch && [...ch].length === 1 && PLAUSIBLE.test(ch)) {
      edits.push({ start: m.index!, end: m.index! + m[0].length, replacement: ch });
      if (ch.charCodeAt(0) > 0xff && VIETNAMESE_LETTER.test(ch)) vietnamese++;
      else if (!WEAK_CONT.test(m[0])) strong++;
    }
  }
  // Certain when a sequence gives a Vietnamese letter outside Latin-1 ("á»‡", "Æ°", "Ä‘"):
  // real text does not hold those pairs. Latin-1 results ("Ã©" → "é") need two, not
  // counting those that correct capitals followed by punctuation could make ("ĐÃ…").
  if (vietnamese === 0 && strong < 2) {
    if (strong) {
      unrepaired = strong;
      firstUnrepaired = edits.find((e) => !WEAK_CONT.test(text.slice(e.start, e.end)))!.start;
    }
    return { edits: [], unrepaired, firstUnrepaired };
  }
  return { edits, unrepaired, firstUnrepaired };
}

interface LineReading {
  start: number;
  end: number;
  tokens: { start: number; end: number; text: string; asIs: string; converted: Map<LegacyEncoding, string | null> }[];
  asIsValid: number;
  asIsInvalid: number;
  per: Map<LegacyEncoding, { valid: number; invalid: number }>;
}

const LEGACY = Object.keys(LEGACY_DECODERS) as LegacyEncoding[];

/**
 * Legacy text read as Windows-1252 ("ViÖt Nam" TCVN3, "Vieät Nam" VNI, "Viêòt" Windows-1258):
 * each line with words that are not syllables is read back to bytes and decoded each legacy
 * way; a reading that turns such words into syllables gains.
 */
function legacyLines(text: string): LineReading[] {
  const lines: LineReading[] = [];
  for (const [lineStart, lineEnd] of units(text)) {
    const line = text.slice(lineStart, lineEnd);
    if (ODD.test(line)) {
      const tokens: LineReading["tokens"] = [];
      let asIsValid = 0;
      let asIsInvalid = 0;
      for (const m of line.matchAll(/\S+/g)) {
        const j = judgeToken(m[0]);
        if (j === "neutral") continue;
        if (j === "valid") asIsValid++;
        else asIsInvalid++;
        tokens.push({ start: lineStart + m.index!, end: lineStart + m.index! + m[0].length, text: m[0], asIs: j, converted: new Map() });
      }
      if (asIsInvalid > 0) {
        const per = new Map<LegacyEncoding, { valid: number; invalid: number }>();
        for (const enc of LEGACY) {
          let valid = 0;
          let invalid = 0;
          for (const t of tokens) {
            const bytes = cp1252Bytes(t.text);
            const conv = bytes ? LEGACY_DECODERS[enc]!(bytes) : null;
            t.converted.set(enc, conv);
            const j = conv === null ? t.asIs : judgeToken(conv);
            if (j === "valid") valid++;
            else if (j === "invalid") invalid++;
          }
          per.set(enc, { valid, invalid });
        }
        lines.push({ start: lineStart, end: lineEnd, tokens, asIsValid, asIsInvalid, per });
      }
    }
  }
  return lines;
}

/** Lines, with lines over 4,000 characters cut at white space into pieces of about 1,000, so that one odd character in a long line costs little. */
function* units(text: string): Generator<[number, number]> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart <= 4000) yield [lineStart, lineEnd];
    else {
      let at = lineStart;
      while (at < lineEnd) {
        let cut = Math.min(at + 1000, lineEnd);
        if (cut < lineEnd) {
          const space = text.indexOf(" ", cut);
          cut = space === -1 || space > lineEnd || space - cut > 200 ? cut : space;
          // Never split a surrogate pair.
          const c = text.charCodeAt(cut - 1);
          if (c >= 0xd800 && c <= 0xdbff) cut++;
        }
        yield [at, cut];
        at = cut;
      }
    }
    lineStart = lineEnd + 1;
  }
}

const lineGains = (l: LineReading, enc: LegacyEncoding) => {
  const r = l.per.get(enc)!;
  const marked = l.tokens.length;
  return r.valid > l.asIsValid && r.invalid < l.asIsInvalid && r.invalid <= 0.3 * marked;
};

/** Repairs mojibake where certain; locates the rest. Offsets of warnings point into the result. */
export function repairMojibake(input: string): { text: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  // A quick test first: text with no character that mojibake makes needs no look.
  if (!hasOdd(input)) return { text: input, warnings };

  // 1. Double-encoded UTF-8.
  const d = repairDoubleUtf8(input);
  const first = applyEdits(input, d.edits);
  let text = first.text;
  const doubleSpan: [number, number] | null = d.edits.length
    ? [first.map(d.edits[0]!.start), first.map(d.edits[d.edits.length - 1]!.end)]
    : null;

  // 2. Legacy encodings read as Windows-1252.
  const lines = legacyLines(text);
  const totals = LEGACY.map((enc) => {
    let gain = 0;
    let words = 0;
    let bad = 0;
    for (const l of lines) {
      if (!lineGains(l, enc)) continue;
      const r = l.per.get(enc)!;
      gain += r.valid - l.asIsValid;
      words += l.tokens.length;
      bad += r.invalid;
    }
    return { enc, gain, words, bad };
  }).sort((a, b) => b.gain - a.gain);
  const best = totals[0]!;
  const runnerUp = totals[1]!;
  const legacyEdits: Edit[] = [];
  let legacySpan: [number, number] | null = null;
  if (best.gain >= 3 && best.gain >= 2 * runnerUp.gain && best.bad <= 0.2 * best.words) {
    for (const l of lines) {
      if (!lineGains(l, best.enc)) continue;
      for (const t of l.tokens) {
        const conv = t.converted.get(best.enc);
        if (conv != null && conv !== t.text) legacyEdits.push({ start: t.start, end: t.end, replacement: conv });
      }
    }
  } else if (best.gain > 0) {
    const suspicious = lines.filter((l) => lineGains(l, best.enc));
    legacySpan = [suspicious[0]!.start, suspicious[suspicious.length - 1]!.end];
  }
  const second = applyEdits(text, legacyEdits);
  text = second.text;

  if (doubleSpan) {
    warnings.push(
      warn("mojibake", `repaired ${d.edits.length} characters of double-encoded UTF-8 (UTF-8 read as Windows-1252, as in "Viá»‡t")`, second.map(doubleSpan[0]), second.map(doubleSpan[1])),
    );
  }
  if (d.unrepaired) {
    const at = second.map(first.map(d.firstUnrepaired));
    warnings.push(warn("mojibake", `${d.unrepaired} characters look like double-encoded UTF-8 but too few to repair with certainty`, at, at + 2));
  } else if (!d.edits.length) {
    const broken = DOUBLE_UTF8_BROKEN.exec(text);
    if (broken) warnings.push(warn("mojibake", "double-encoded UTF-8 with lost bytes (as in \"Viá»?t\"): not repaired", broken.index, broken.index + 2));
  } else {
    const broken = DOUBLE_UTF8_BROKEN.exec(text);
    if (broken) warnings.push(warn("mojibake", "some double-encoded UTF-8 characters had lost a byte and could not be repaired", broken.index, broken.index + 2));
  }
  if (legacyEdits.length) {
    const a = second.map(legacyEdits[0]!.start);
    const z = second.map(legacyEdits[legacyEdits.length - 1]!.end);
    warnings.push(warn("mojibake", `repaired ${legacyEdits.length} words of ${LEGACY_NAMES[best.enc]} text that had been read as Windows-1252`, a, z));
  } else if (legacySpan && best.gain >= 1) {
    warnings.push(
      warn("mojibake", `${best.gain} words look like ${LEGACY_NAMES[best.enc]} text read as Windows-1252, too few to repair with certainty`, legacySpan[0], legacySpan[1]),
    );
  }
  return { text, warnings };
}
