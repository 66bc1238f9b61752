// Words of a sentence and what kind of word each is: a Vietnamese syllable ("Tâm", "Sơn"), a
// Latin-script name ("Gimje", "Samsung"), an acronym ("ASEAN"). The partner rules read names
// by these shapes: "Mỹ Tâm" is a given name because "Tâm" is a capitalised Vietnamese syllable;
// "Mỹ Donald Trump" is not, because "Donald" is not one.
import { CodeUnits } from "./code-units.js";

// One lookup table over the Basic Multilingual Plane, built once: bit 1 a word character
// (letter, mark, digit), bit 2 a letter only Vietnamese uses, bit 4 a capital letter, bit 8 a
// capital letter or a digit, bit 16 one that lower case changes, bit 32 a number. A hand loop
// over it is three times faster than a \p{…} regex (bit 64 is the sentence scan's, see SCAN_LOOK).
const WORD = 1;
const UPPER_OR_DIGIT = 8;
/** A character that `toLowerCase` changes (capitals, and a few others: "Ⅻ"). */
const CHANGES_IN_LOWER_CASE = 16;
/** A digit or other number character (\p{N}). */
const NUMBER = 32;
const CHAR_CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) CHAR_CLASS[c]! |= WORD;
  if (/\p{Lu}/u.test(ch)) CHAR_CLASS[c]! |= 4;
  if (/[\p{Lu}\p{N}]/u.test(ch)) CHAR_CLASS[c]! |= UPPER_OR_DIGIT;
  if (ch.toLowerCase() !== ch) CHAR_CLASS[c]! |= CHANGES_IN_LOWER_CASE;
  if (/\p{N}/u.test(ch)) CHAR_CLASS[c]! |= NUMBER;
}

/**
 * Bit 64 of CHAR_CLASS is the sentence scan's (scan.ts): a character that starts a word worth a
 * look. One table for both keeps fewer lines of memory in use per article.
 */
export const SCAN_LOOK = 64;
for (let c = 0; c < 65536; c++) if ((CHAR_CLASS[c]! & 4) !== 0 && (CHAR_CLASS[c]! & WORD) !== 0) CHAR_CLASS[c]! |= SCAN_LOOK;

/** The character classes (bits as above), for the scan's loop; it may add SCAN_LOOK to a character. */
export const charClasses = (): Uint8Array => CHAR_CLASS;

const CAP = 1;
const VN = 2;
/** Capitals and digits only ("ASEAN", "G20"). */
const ALL_CAPS_WORD = 4;

/**
 * Storage for the words of many sentences (an article): offsets and flags in typed arrays, so
 * that reading an article allocates three arrays instead of an object per word.
 */
export class WordArena {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  used = 0;

  /** `capacity`: enough for texts of that many characters in all. */
  constructor(capacity: number) {
    const n = (capacity >> 1) + 1;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }
}

/** The words of one text: word `i` is `text.slice(start(i), end(i))`; nothing is sliced until asked. */
export class Words {
  constructor(
    readonly source: string,
    private readonly arena: WordArena,
    private readonly base: number,
    readonly length: number,
  ) {}

  start(i: number): number {
    return this.arena.starts[this.base + i]!;
  }
  end(i: number): number {
    return this.arena.ends[this.base + i]!;
  }
  /** Starts with a capital letter. */
  cap(i: number): boolean {
    return (this.arena.flags[this.base + i]! & CAP) !== 0;
  }
  /** The first word from `i` on that starts with a capital letter, or `length` if none. */
  nextCap(i: number): number {
    const flags = this.arena.flags;
    const base = this.base;
    const n = this.length;
    while (i < n && (flags[base + i]! & CAP) === 0) i++;
    return i;
  }
  /** Has a letter only Vietnamese uses (đ, ă, ơ, ư, tone marks…). */
  vn(i: number): boolean {
    return (this.arena.flags[this.base + i]! & VN) !== 0;
  }
  /** Capitals and digits only ("ASEAN", "G20"). */
  allCaps(i: number): boolean {
    return (this.arena.flags[this.base + i]! & ALL_CAPS_WORD) !== 0;
  }
  /** `shape(text, start, end)` of word `i` (asked of few words: those after or before a capital). */
  shape(i: number): number {
    return shape(this.source, this.start(i), this.end(i));
  }
  text(i: number): string {
    return this.source.slice(this.start(i), this.end(i));
  }
  /** Whether word `i` is exactly `s` (without slicing). */
  is(i: number, s: string): boolean {
    const start = this.start(i);
    return s.length === this.end(i) - start && this.source.startsWith(s, start);
  }
  texts(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.text(i));
  }
  /** The first word that ends after `offset`, or -1. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end(mid) > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo < this.length ? lo : -1;
  }
}

/** Code units of the texts tokenized without them. */
const ownUnits = new CodeUnits();

/**
 * The words of `text`, with offsets relative to it, stored in `arena` (a fresh one by default).
 * `codes[offset + i]`, when given, is `text.charCodeAt(i)` (code-units.ts: the article's).
 */
export function tokenize(text: string, arena = new WordArena(text.length), codes?: Uint16Array, offset = 0): Words {
  if (!codes) {
    codes = ownUnits.of(text);
    offset = 0;
  }
  const base = arena.used;
  const { starts, ends, flags } = arena;
  let k = base;
  const n = text.length;
  let i = 0;
  // Every read of CHAR_CLASS is in bounds: an index past the end (NaN) would make the loads slow.
  while (i < n) {
    let cls = CHAR_CLASS[codes[offset + i]!]!;
    if ((cls & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    let all = cls;
    for (i++; i < n; i++) {
      const c = CHAR_CLASS[codes[offset + i]!]!;
      if ((c & WORD) === 0) break;
      cls |= c;
      all &= c;
    }
    const c0 = codes[offset + start]!;
    starts[k] = start;
    ends[k] = i;
    flags[k] = ((CHAR_CLASS[c0]! & 4) !== 0 ? CAP : 0) | ((cls & 2) !== 0 ? VN : 0) | ((all & UPPER_OR_DIGIT) !== 0 ? ALL_CAPS_WORD : 0);
    k++;
  }
  arena.used = k;
  return new Words(text, arena, base, k - base);
}

/** What `\s` matches, by code. */
const WHITE_SPACE = new Set<number>();
for (let c = 0; c < 1 << 16; c++) if (/\s/u.test(String.fromCharCode(c))) WHITE_SPACE.add(c);

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
export function isSpaceCode(code: number): boolean {
  return WHITE_SPACE.has(code);
}

/** The words of `text`, as `tokenize(text).texts()` gives them, for a short text read once. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if ((CHAR_CLASS[text.charCodeAt(i)]! & WORD) === 0) continue;
    const start = i;
    while (i + 1 < n && (CHAR_CLASS[text.charCodeAt(i + 1)]! & WORD) !== 0) i++;
    out.push(text.slice(start, i + 1));
  }
  return out;
}

/**
 * A separator between two words, in canonical form: " " (white space), "-" (a hyphen inside
 * a word: "Ô-xtrây-li-a"), " - " (a spaced dash: "Trung Đông - Bắc Phi"), or the characters
 * themselves ("'", " & ", ", ").
 */
export function separator(raw: string): string {
  if (/^\s+$/u.test(raw)) return " ";
  const t = raw.trim();
  if (/^[-–—‑]$/u.test(t)) return t.length === raw.length ? "-" : " - ";
  return raw.replace(/[’‘`]/gu, "'").replace(/\s+/gu, " ");
}

/** Whether a separator in the text may stand for one in a gazetteer form. */
export function separatorsMatch(form: string, text: string): boolean {
  if (form === text) return true;
  if (form === " ") return text === "-";
  if (form === "-") return text === " " || text === " - ";
  if (form === " - ") return text === "-";
  return false;
}

// Vietnamese syllables: initial consonant, vowel nucleus (from the closed set of Vietnamese
// rhymes), final consonant. Tone marks are removed first; ă â ê ô ơ ư đ are kept.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
const NUCLEUS =
  "(?:iêu|yêu|oai|oay|oeo|uôi|ươi|ươu|uya|uyê|uây|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
const FINAL = "(?:ch|nh|ng|c|m|n|p|t)?";
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`, "u");

const syllables = new Map<string, boolean>();

/** A word in lower case without its tone marks: "Nguyễn" → "nguyên". */
const bareOf = (word: string) => word.toLowerCase().normalize("NFD").replace(TONE, "").normalize("NFC");
/**
 * `bareOf` of each Latin letter (ASCII, Latin-1, Latin Extended-A and -B, Vietnamese), worked out
 * once: a word of these letters is made bare a letter at a time, without normalising it twice.
 */
const BARE: (string | undefined)[] = [];
for (let c = 0x41; c < 0x1f00; c++) {
  if (c > 0x24f && c < 0x1e00) continue;
  const ch = String.fromCharCode(c);
  if (/\p{L}/u.test(ch) && ch.toLowerCase().length === 1) BARE[c] = bareOf(ch);
}

/** `bareOf(word)`, by the table where it has every letter of the word. */
function bare(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const b = BARE[word.charCodeAt(i)];
    if (b === undefined) return bareOf(word);
    out += b;
  }
  return out;
}

/**
 * The words asked about last, by a hash of their shape: most words asked about are asked again
 * soon ("Trung", "Quốc", names), and a slot is cheaper to read than the map.
 */
const RECENT = 4096;
const recentWords: string[] = new Array<string>(RECENT).fill("");
const recentSyllable = new Uint8Array(RECENT);

/** "tâm", "Sơn", "NGUYỄN" → true; "gimje", "Donald", "Tuv" → false. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length > 7 || word.length === 0) return word.length === 0 && SYLLABLE.test("");
  const slot = shape(word, 0, word.length) & (RECENT - 1);
  if (recentWords[slot] === word) return recentSyllable[slot] === 1;
  let known = syllables.get(word);
  if (known === undefined) {
    known = SYLLABLE.test(bare(word));
    if (syllables.size > 50_000) syllables.clear();
    syllables.set(word, known);
  }
  recentWords[slot] = word;
  recentSyllable[slot] = known ? 1 : 0;
  return known;
}

/** Whether a UTF-16 code unit is part of a word (letter, mark, digit): what `tokenize` joins. */
export function isWordCode(code: number): boolean {
  return (CHAR_CLASS[code]! & WORD) !== 0;
}

/** Whether a UTF-16 code unit is a letter or a mark (a word character but a number). */
export function isLetterCode(code: number): boolean {
  return (CHAR_CLASS[code]! & (WORD | NUMBER)) === WORD;
}

/** Whether a UTF-16 code unit is a capital letter. */
export function isUpperCode(code: number): boolean {
  return (CHAR_CLASS[code]! & 4) !== 0;
}

/** First characters of lower case for the scripts news writes (Latin, Vietnamese), by table. */
const LOWER_BELOW = 0x2000;
const LOWER = new Uint16Array(LOWER_BELOW);
for (let c = 0; c < LOWER_BELOW; c++) LOWER[c] = (c >= 0xd800 && c <= 0xdfff) ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);

/** The first character of a word's lower case when the word starts with `code` (as `toLowerCase`). */
/**
 * The lower case of a character that lower-cases to one character whatever stands around it,
 * by table (the scripts news writes, below U+2000); -1 for the others: "İ" (→ "i̇"), "Σ" (σ or
 * ς by its place in the word), lone surrogates, and everything past the table.
 */
const LOWER_SINGLE = new Int32Array(LOWER_BELOW);
for (let c = 0; c < LOWER_BELOW; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER_SINGLE[c] = l.length === 1 && c !== 0x3a3 && (c < 0xd800 || c > 0xdfff) ? l.charCodeAt(0) : -1;
}

/**
 * Whether the code units `codes[at]` … `codes[at + n - 1]`, as a string lower-cased, are
 * `lower`, told a character at a time; undefined where the table cannot tell: then compare
 * the strings.
 */
export function equalsLowerCodes(codes: Uint16Array, at: number, n: number, lower: string): boolean | undefined {
  for (let j = 0; j < n; j++) {
    const c = codes[at + j]!;
    const l = c < LOWER_BELOW ? LOWER_SINGLE[c]! : -1;
    if (l < 0) return undefined;
    // Every character so far lower-cases to one: the strings differ here (or `lower` is shorter).
    if (l !== lower.charCodeAt(j)) return false;
  }
  return lower.length === n;
}

export function lowerCode(code: number): number {
  return code < LOWER_BELOW ? LOWER[code]! : String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Whether a word starts with a capital letter (cheap: most words do not). */
export function startsUpper(word: string): boolean {
  return word.length > 0 && (CHAR_CLASS[word.charCodeAt(0)]! & 4) !== 0;
}

const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/** First letter capital, the rest lower case: "Tâm", "Gimje" (not "ASEAN", not "tâm"). */
export function isTitleCase(word: string): boolean {
  if (!startsUpper(word)) return false;
  // `rest === rest.toLowerCase()` for the rest, without making either string.
  for (let i = 1; i < word.length; i++) if ((CHAR_CLASS[word.charCodeAt(i)]! & CHANGES_IN_LOWER_CASE) !== 0) return false;
  return true;
}

/** A capitalised Vietnamese syllable: part of a Vietnamese name ("Tâm" in "Mỹ Tâm"). */
export function isNameSyllable(word: string): boolean {
  return isTitleCase(word) && isVietnameseSyllable(word);
}

/** Letters that only Vietnamese uses among Latin-script languages. */
const VIETNAMESE_LETTERS = /[đĐăĂâÂêÊôÔơƠưƯ]|[ảẢãÃạẠằẰắẮẳẲẵẴặẶầẦấẤẩẨẫẪậẬẻẺẽẼẹẸềỀếẾểỂễỄệỆỉỈĩĨịỊỏỎọỌồỒốỐổỔỗỖộỘờỜớỚởỞỡỠợỢủỦũŨụỤừỪứỨửỬữỮựỰỳỲỷỶỹỸỵỴ]/u;

for (let c = 0; c < 65536; c++) if ((c < 0xd800 || c > 0xdfff) && VIETNAMESE_LETTERS.test(String.fromCharCode(c))) CHAR_CLASS[c]! |= 2;

export function hasVietnameseLetters(word: string): boolean {
  return VIETNAMESE_LETTERS.test(word);
}

/** `isForeignWord` for word `i`, without slicing the many words that cannot be one. */
export function isForeignToken(w: Words, i: number): boolean {
  if (!w.cap(i) || w.vn(i)) return false;
  return w.allCaps(i) || !isVietnameseSyllable(w.text(i));
}

/**
 * A set of 16-bit hashes in as few bits as the set needs to stay sparse: small enough to stay
 * in the processor's cache between articles, where a byte per hash (64 KB) would not.
 */
export class HashBits {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** `size`: a power of two, at least 32; the bits used, out of 65,536 hashes. */
  constructor(size = 1 << 16) {
    this.bits = new Int32Array(size >> 5);
    this.mask = size - 1;
  }

  add(h: number): void {
    const b = h & this.mask;
    this.bits[b >> 5]! |= 1 << (b & 31);
  }

  has(h: number): boolean {
    const b = h & this.mask;
    return (this.bits[b >> 5]! & (1 << (b & 31))) !== 0;
  }
}

/**
 * A set of words that tells most words of a sentence "no" without slicing them: a bitmap of
 * a hash of length, first two and last characters comes first.
 */
export class WordSet {
  private readonly words: Set<string>;
  private readonly shapes = new HashBits(4096);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.shapes.add(shape(w, 0, w.length));
  }

  has(w: Words, i: number): boolean {
    return this.shapes.has(w.shape(i)) && this.words.has(w.text(i));
  }

  /** Whether `text.slice(start, end)` is in the set. */
  hasText(text: string, start: number, end: number): boolean {
    return this.shapes.has(shape(text, start, end)) && this.words.has(text.slice(start, end));
  }
}

/** `shape` of the word whose code units are `codes[start]` … `codes[end - 1]`. */
export function shapeOfCodes(codes: Uint16Array, start: number, end: number): number {
  const n = end - start;
  return (((codes[start]! * 31 + (n > 1 ? codes[start + 1]! : 0)) * 31 + codes[end - 1]!) * 31 + n) & 0xffff;
}

/** A 16-bit hash of a word's length, first two and last characters (as `Words.shape`). */
export function shape(s: string, start: number, end: number): number {
  const n = end - start;
  return (((s.charCodeAt(start) * 31 + (n > 1 ? s.charCodeAt(start + 1) : 0)) * 31 + s.charCodeAt(end - 1)) * 31 + n) & 0xffff;
}

/**
 * A capitalised Latin-script word that is not Vietnamese: "Gimje", "Samsung", "Tuv", "Nestlé",
 * or an acronym "TSMC". Such a word after "thành phố" names a foreign place; in a list of
 * companies it names a company.
 */
export function isForeignWord(word: string): boolean {
  if (!startsUpper(word) || hasVietnameseLetters(word)) return false;
  if (ALL_UPPER.test(word)) return true;
  return !isVietnameseSyllable(word);
}
