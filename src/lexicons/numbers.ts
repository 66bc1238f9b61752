// Vietnamese numbers: digits as Vietnamese writes them and number words.
//
//   digits   "1.200" = 1200, "6,5" = 6.5, "1.234,5" = 1234.5, "9.9" = 9.9 (a dot before one or
//            two digits cannot be a thousands mark), "1,234,567" / "1,234.5" (English style)
//   words    "ba" = 3, "mười lăm" = 15, "hai mươi mốt" = 21, "một trăm linh năm" = 105,
//            "hai chục" = 20, "ba mươi nghìn" = 30000
//   scales   nghìn/ngàn, vạn, triệu, tỷ/tỉ, stacked ("nghìn tỷ"), with remainders
//            ("3 tỷ 200 triệu") and halves ("2 triệu rưỡi")
//
// Conventions follow Duckling's Vietnamese Numeral corpus (`,` decimal, `.` thousands).
// Everything here is pure and linear; the extractors decide what a number means in context.

import { CodeUnits } from "../text/code-units.js";

/** Digit words and their values; where each may stand is decided by `readNumber`. */
export const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["một", 1],
  ["hai", 2],
  ["ba", 3],
  ["bốn", 4],
  ["tư", 4], // only after "mươi"/"mười": "hai mươi tư"
  ["năm", 5], // only before mươi/trăm/a scale, or after linh/lẻ: "năm" is mostly "year"
  ["lăm", 5], // only after mười/mươi
  ["nhăm", 5], // only after mươi
  ["sáu", 6],
  ["bảy", 7],
  ["tám", 8],
  ["chín", 9],
  ["mốt", 1], // only after mươi
]);

/** Scale words and their values. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["vạn", 1e4],
  ["triệu", 1e6],
  ["tỷ", 1e9],
  ["tỉ", 1e9],
]);

/** Words that only work inside a number. */
export const NUMBER_GLUE_WORDS = ["mười", "mươi", "trăm", "linh", "lẻ", "chục", "rưỡi"] as const;

/** Every word that can be part of a number written in words. */
export const NUMBER_WORDS: readonly string[] = [...DIGIT_WORDS.keys(), ...SCALE_WORDS.keys(), ...NUMBER_GLUE_WORDS].sort();

// A scale word that starts a compound with another meaning: "tỷ lệ" (rate), "tỷ trọng",
// "tỷ giá", "triệu tập" (convene), "triệu chứng" (symptom).
const NOT_SCALE_AFTER: Record<string, readonly string[]> = {
  tỷ: ["lệ", "trọng", "giá", "số", "suất", "phú"],
  tỉ: ["lệ", "trọng", "giá", "số", "suất", "phú"],
  triệu: ["tập", "chứng", "phú", "hồi"],
};

/** A regex alternation of `words` as a trie ("m(?:ột|ười|ươi|ốt)"), so that matching a word is one pass. */
export function trieSource(words: readonly string[], guard: (w: string) => string = () => ""): string {
  interface Node {
    end: boolean;
    kids: Map<string, Node>;
  }
  const root: Node = { end: false, kids: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let k = node.kids.get(ch);
      if (!k) node.kids.set(ch, (k = { end: false, kids: new Map() }));
      node = k;
    }
    node.end = true;
  }
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const walk = (node: Node, prefix: string): string => {
    const alts = [...node.kids].map(([ch, k]) => esc(ch) + walk(k, prefix + ch));
    // Longer words first; the word itself (with its guard) last.
    if (node.end) alts.push(guard(prefix));
    if (alts.length === 0) return "";
    if (alts.length === 1 && (!node.end || alts[0] === "")) return alts[0]!;
    return `(?:${alts.join("|")})`;
  };
  return walk(root, "");
}

// Lower case and capitalised ("Ba đột phá" opening a sentence); matching without the `i`
// flag is much faster on long texts.
const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const WORD_ALT = trieSource([...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)], (w) => {
  const after = NOT_SCALE_AFTER[w.toLowerCase()];
  return after ? `(?! (?:${after.join("|")})(?![\\p{L}\\p{M}]))` : "";
});

/** Source of a regex for one number token: digits with separators, or a number word. */
export const NUMBER_TOKEN_SOURCE = `(?:[0-9]+(?:[.,][0-9]+)*|(?:${WORD_ALT})(?![\\p{L}\\p{M}\\p{N}]))`;

/**
 * The letters, digits and combining marks of Latin (with every Vietnamese letter), Greek and
 * Cyrillic as an explicit class: the same boundary as `[\p{L}\p{M}\p{N}]` for the text this
 * tool reads, but a lookbehind with it runs about twice as fast in V8 (`\p{…}` classes are slow
 * in lookbehinds that are tried at every word start).
 */
export const LETTER_CLASS = "a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";
export const WORD_CHAR_CLASS = "a-zA-Z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";

// A run of number tokens separated by single spaces, matched at a position `findNumbers` has
// found by hand: never inside a digit group or a word ("1.1.1" is matched once, from its first
// digit), never backtracks: nothing follows the last repetition.
const RUN_AT = new RegExp(`${NUMBER_TOKEN_SOURCE}(?: ${NUMBER_TOKEN_SOURCE})*`, "uy");

/** WORD_CHAR_CLASS by code unit: 1 for a letter, digit or combining mark of the class. */
const WORD_CHAR = new Uint8Array(65536);
for (const [lo, hi] of [
  [0x61, 0x7a], [0x41, 0x5a], [0x30, 0x39], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f],
  [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff], [0x1e00, 0x1eff],
] as const) WORD_CHAR.fill(1, lo, hi + 1);

/**
 * The number words, lower case and capitalised, as code units, grouped by their first one:
 * NUMBER_WORD_FIRST[c] is the group's index + 1 (0: no number word starts with c).
 */
const NUMBER_WORD_FIRST = new Uint8Array(65536);
interface NumberWordEntry {
  /** The word as written (lower case or capitalised). */
  text: string;
  /** The word in lower case. */
  lower: string;
  codes: number[];
  /** NOT_SCALE_AFTER of the word. */
  notAfter: readonly string[] | undefined;
  /** `readNumber` reads no number from the word followed by digits ("năm 2024"); set below. */
  noNumberBeforeDigits: boolean;
}
const NUMBER_WORDS_BY_FIRST: NumberWordEntry[][] = [];
/** The second code units of the number words, numbered from 1 (0: none). */
const NUMBER_WORD_SECOND = new Uint8Array(65536);
let seconds = 0;
for (const w of [...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)]) {
  const c = w.charCodeAt(0);
  if (NUMBER_WORD_FIRST[c] === 0) NUMBER_WORD_FIRST[c] = NUMBER_WORDS_BY_FIRST.push([]);
  NUMBER_WORDS_BY_FIRST[NUMBER_WORD_FIRST[c]! - 1]!.push({ text: w, lower: w.toLowerCase(), codes: [...w].map((ch) => ch.charCodeAt(0)), notAfter: NOT_SCALE_AFTER[w.toLowerCase()], noNumberBeforeDigits: false });
  const c1 = w.charCodeAt(1);
  if (NUMBER_WORD_SECOND[c1] === 0) NUMBER_WORD_SECOND[c1] = ++seconds;
}
const DIGIT_GROUP = NUMBER_WORDS_BY_FIRST.length + 1;
for (let c = 48; c <= 57; c++) NUMBER_WORD_FIRST[c] = DIGIT_GROUP;
if (DIGIT_GROUP >= 32 || seconds >= 32) throw new Error("numbers.ts: too many number word letters for RUN_SCAN");

/** The number word whose letters start at `q` ("bao" starts with "ba"), or null. (No number word starts another.) */
function numberWordAt(text: string, q: number): NumberWordEntry | null {
  const k = NUMBER_WORD_FIRST[text.charCodeAt(q)];
  if (k === undefined || k === 0 || k === DIGIT_GROUP) return null; // (undefined: past the end)
  const words = NUMBER_WORDS_BY_FIRST[k - 1]!;
  const c1 = text.charCodeAt(q + 1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.codes;
    if (w[1] !== c1) continue;
    let j = 2;
    while (j < w.length && text.charCodeAt(q + j) === w[j]) j++;
    if (j === w.length) return words[i]!;
  }
  return null;
}

/** The number word whose letters startsRun found last (null: it found a digit or nothing). */
let headWord: NumberWordEntry | null = null;

/** Does a run start at `q`: a digit, or the letters of a number word (RUN_AT decides)? Sets headWord. */
function startsRun(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  if (c >= 48 && c <= 57) {
    headWord = null;
    return true;
  }
  headWord = numberWordAt(text, q);
  return headWord !== null;
}

/** `[\p{L}\p{M}\p{N}]` and `[\p{L}\p{M}]` by code unit, remembered on first sight (0: not yet known). */
const letterMarkNumberKnown = new Uint8Array(65536);
const LETTER_MARK_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_MARK = /^[\p{L}\p{M}]$/u;
/** 1: a letter or mark, 2: a number, 3: neither. */
function letterMarkNumber(c: number): number {
  let k = letterMarkNumberKnown[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    letterMarkNumberKnown[c] = k = LETTER_MARK.test(ch) ? 1 : LETTER_MARK_NUMBER.test(ch) ? 2 : 3;
  }
  return k;
}
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

// firstToken's answers besides an end offset.
const NO_TOKEN = -1;
const ASK_REGEX = -2;
/** The number word firstToken read last (when it read one). */
let tokenWord: NumberWordEntry | null = null;

/**
 * The end of the first token RUN_AT reads at `p` (NUMBER_TOKEN_SOURCE, by hand): NO_TOKEN when
 * there is none; ASK_REGEX where a surrogate stands in the way (RUN_AT reads code points).
 * `known`, when not undefined, is numberWordAt(text, p), found before.
 */
function firstToken(text: string, p: number, known?: NumberWordEntry | null): number {
  const len = text.length;
  const c = text.charCodeAt(p);
  tokenWord = null;
  if (c >= 48 && c <= 57) {
    // [0-9]+(?:[.,][0-9]+)*
    let j = p + 1;
    for (;;) {
      while (j < len && isDigitCode(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 44) && j + 1 < len && isDigitCode(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      return j;
    }
  }
  const w = known !== undefined ? known : numberWordAt(text, p);
  if (!w) return NO_TOKEN;
  const e = p + w.codes.length;
  if (e < len) {
    // (?![\p{L}\p{M}\p{N}])
    const a = text.charCodeAt(e);
    if (isSurrogate(a)) return ASK_REGEX;
    if (letterMarkNumber(a) !== 3) return NO_TOKEN;
    // "tỷ lệ", "triệu tập": (?! (?:lệ|…)(?![\p{L}\p{M}]))
    if (w.notAfter && a === 32) {
      for (const x of w.notAfter) {
        if (!text.startsWith(x, e + 1)) continue;
        const f = e + 1 + x.length;
        if (f >= len) return NO_TOKEN;
        const b = text.charCodeAt(f);
        if (isSurrogate(b)) return ASK_REGEX;
        if (letterMarkNumber(b) !== 1) return NO_TOKEN;
      }
    }
  }
  tokenWord = w;
  return e;
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;

// The scan for run starts looks at four code units at a time: the one before (a word start?),
// and the first three of the run (a digit, or the first three letters of a number word). Third
// letters are numbered like the first and second ones; group 1 is any code unit that may end a
// two-letter word ("ba", "tỷ"): neither a letter, a mark nor a number as firstToken tells them
// (or a surrogate, which RUN_AT reads), or the end of the text.
const THIRD_GROUP = new Uint8Array(65536);
const THIRD_END = 1;
let thirds = THIRD_END;
for (const w of [...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)]) {
  if (w.length < 3) continue;
  const c2 = w.charCodeAt(2);
  if (THIRD_GROUP[c2] === 0) THIRD_GROUP[c2] = ++thirds;
}
if (thirds >= 32) throw new Error("numbers.ts: too many third letters of number words");
// What is not WORD_CHAR may end a word here (firstToken decides exactly); of WORD_CHAR, what is
// no letter, mark or number.
for (let c = 0; c < 65536; c++) {
  if (THIRD_GROUP[c] !== 0) continue;
  if (WORD_CHAR[c] === 0 || isSurrogate(c) || letterMarkNumber(c) === 3) THIRD_GROUP[c] = THIRD_END;
}

/**
 * The pairs of code units a run may start with, numbered from 1 (0: none): a digit with
 * anything after it (one number), the first two letters of a number word (one each).
 */
const PAIR_INDEX = new Uint8Array(32 * 32);
let pairs = 1;
const DIGIT_PAIR = 1;
for (let k = 0; k < 32; k++) PAIR_INDEX[DIGIT_GROUP * 32 + k] = DIGIT_PAIR;
for (const w of [...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)]) {
  const at = NUMBER_WORD_FIRST[w.charCodeAt(0)]! * 32 + NUMBER_WORD_SECOND[w.charCodeAt(1)]!;
  if (PAIR_INDEX[at] === 0) PAIR_INDEX[at] = ++pairs;
}
if (pairs >= 64) throw new Error("numbers.ts: too many letter pairs of number words");
/**
 * May a run start with a pair and a third code unit? Indexed by PAIR_INDEX * 32 + THIRD_GROUP:
 * a digit with anything after it; a word of two letters before a code unit that may end it; a
 * longer word before its third letter. (Where nothing may start, numberWordAt finds no word or
 * firstToken finds it glued to the next letter: no token.)
 */
const PAIR_THIRD = new Uint8Array(64 * 32);
for (let k = 0; k < 32; k++) PAIR_THIRD[DIGIT_PAIR * 32 + k] = 1;
for (const w of [...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)]) {
  const pair = PAIR_INDEX[NUMBER_WORD_FIRST[w.charCodeAt(0)]! * 32 + NUMBER_WORD_SECOND[w.charCodeAt(1)]!]!;
  PAIR_THIRD[pair * 32 + (w.length === 2 ? THIRD_END : THIRD_GROUP[w.charCodeAt(2)]!)] = 1;
}

/**
 * Each code unit's part in the scan for run starts, in one table: bits 0-5 NUMBER_WORD_FIRST,
 * bits 5-9 NUMBER_WORD_SECOND, bits 10-14 THIRD_GROUP, bit 15 WORD_CHAR.
 */
const RUN_SCAN_SIZE = 0x2000;
const RUN_SCAN = new Uint16Array(RUN_SCAN_SIZE + 1);
for (let c = 0; c < RUN_SCAN_SIZE; c++) RUN_SCAN[c] = NUMBER_WORD_FIRST[c]! | (NUMBER_WORD_SECOND[c]! << 5) | (THIRD_GROUP[c]! << 10) | (WORD_CHAR[c]! << 15);
// Past U+1FFF no code unit is a letter of a number word or of WORD_CHAR_CLASS: all share one
// entry (the table stays small enough for the fastest cache), read as RUN_SCAN[min(c, RUN_SCAN_SIZE)].
for (let c = RUN_SCAN_SIZE; c < 65536; c++) {
  if (NUMBER_WORD_FIRST[c] !== 0 || NUMBER_WORD_SECOND[c] !== 0 || WORD_CHAR[c] !== 0 || THIRD_GROUP[c] !== THIRD_END) throw new Error("numbers.ts: RUN_SCAN_SIZE too small");
}
RUN_SCAN[RUN_SCAN_SIZE] = THIRD_END << 10;
/** The RUN_SCAN entry of a place past the end of the text: no word, no second letter, the end of a word. */
const PAST_END = THIRD_END << 10;

/**
 * Where a run may start, at or after `from`: a digit or the letters of a number word, at the
 * start of the text or after a character outside WORD_CHAR_CLASS (that character at or after
 * `from`); `text.length` when there is none. RUN_AT then decides at each such place. (Places
 * where firstToken would read no token, a number word's letters inside a longer word as in
 * "bao", "chính", are mostly passed over.) `units` holds the code units of `text` from `base` on.
 *
 * The scan reads each code unit once and tests, without branching, whether it starts a word
 * and the three code units from it may start a run; only those places are checked in full.
 */
function runHead(text: string, units: Uint16Array, base: number, from: number): number {
  const len = text.length;
  if (from >= len) return len;
  if (from === 0 && startsRun(text, 0)) return 0;
  // (The tables in locals: the loop then reads no module variable.)
  const scan = RUN_SCAN;
  const pairIndex = PAIR_INDEX;
  const pairThird = PAIR_THIRD;
  // At q: `before`, `here`, `after` and `third` are the RUN_SCAN entries of q - 1 to q + 2.
  let before = scan[Math.min(units[base + from]!, RUN_SCAN_SIZE)]!;
  let here = from + 1 < len ? scan[Math.min(units[base + from + 1]!, RUN_SCAN_SIZE)]! : PAST_END;
  let after = from + 2 < len ? scan[Math.min(units[base + from + 2]!, RUN_SCAN_SIZE)]! : PAST_END;
  const end = base + len;
  for (let i = base + from + 1; i < end; i++) {
    const third = i + 2 < end ? scan[Math.min(units[i + 2]!, RUN_SCAN_SIZE)]! : PAST_END;
    const pair = pairIndex[((here & 31) << 5) | ((after >> 5) & 31)]!;
    const may = pairThird[(pair << 5) | ((third >> 10) & 31)]! & ~(before >> 15);
    if ((may & 1) !== 0 && startsRun(text, i - base)) return i - base;
    before = here;
    here = after;
    after = third;
  }
  return len;
}

const ownUnits = new CodeUnits();

/** Quick test: can this text contain a number at all? */
export const MAY_HAVE_NUMBER = new RegExp(
  `[0-9]|(?<![\\p{L}\\p{M}])(?:${[...DIGIT_WORDS.keys(), "mười", "trăm", ...SCALE_WORDS.keys()].join("|")})(?![\\p{L}\\p{M}])`,
  "iu",
);

// ---------------------------------------------------------------------------------------------
// Digits

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
// Digit groups of the text `parseDigits` reads: [start, end) of each, reused between calls.
const groupStart = new Int32Array(24);
const groupEnd = new Int32Array(24);

/** `text.slice(from, to)` without its separators, as a number (every character is a digit or "." or ","). */
function digitsValue(text: string, groups: number, from: number, to: number, decimals: number): number {
  let digits = 0;
  for (let g = from; g < to; g++) digits += groupEnd[g]! - groupStart[g]!;
  if (digits > 15) {
    // Past 2^53: let Number round the digits as written.
    let s = "";
    for (let g = from; g < to; g++) {
      if (g === groups - 1 && decimals > 0) s += ".";
      s += text.slice(groupStart[g]!, groupEnd[g]!);
    }
    return Number(s);
  }
  // Exact integers; one division by an exact power of ten rounds as Number("12.34") does.
  let n = 0;
  for (let g = from; g < to; g++) for (let i = groupStart[g]!; i < groupEnd[g]!; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return decimals > 0 ? n / POW10[decimals]! : n;
}

/**
 * A number written in digits, Vietnamese style: "1.200" → 1200, "6,5" → 6.5, "1.234,5" →
 * 1234.5, "9.9" → 9.9, "7.09" → 7.09, "1.200.000" → 1200000; English style when it cannot be
 * Vietnamese: "1,234,567" → 1234567, "1,234.5" → 1234.5. `null` for what is not one number:
 * "1.2.3", "18.7.2024", "1.2345", "012.345".
 */
export function parseDigits(raw: string): number | null {
  const s = raw.trim();
  const len = s.length;
  if (len === 0 || len > 40) return null;
  // Groups of digits and the separators between them, read by hand.
  let groups = 0;
  let dots = 0;
  let commas = 0;
  let lastSep = 0;
  let start = 0;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? s.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) continue;
    if (i === start || (c !== 46 && c !== 44 && i < len)) return null; // an empty group or another character
    groupStart[groups] = start;
    groupEnd[groups] = i;
    groups++;
    if (i === len) break;
    if (c === 46) dots++;
    else commas++;
    lastSep = c;
    start = i + 1;
  }
  if (groups === 1) return digitsValue(s, 1, 0, 1, 0); // (as Number(s): exact below 16 digits, else rounded by Number)
  const headLen = groupEnd[0]! - groupStart[0]!;
  const thousandsHead = headLen <= 3 && !(headLen > 1 && s.charCodeAt(0) === 48);
  const allThree = (from: number, to: number) => {
    for (let g = from; g < to; g++) if (groupEnd[g]! - groupStart[g]! !== 3) return false;
    return true;
  };
  const lastLen = groupEnd[groups - 1]! - groupStart[groups - 1]!;

  if (commas === 0) {
    // Only dots: thousands ("1.200", "1.200.000") or one decimal point ("9.9", "7.09").
    if (thousandsHead && allThree(1, groups)) return digitsValue(s, groups, 0, groups, 0);
    if (dots === 1 && lastLen <= 2) return digitsValue(s, groups, 0, groups, lastLen);
    return null;
  }
  if (dots === 0) {
    // Only commas: one decimal comma ("6,5", "1,25"), or English thousands ("1,234,567").
    if (commas === 1) return digitsValue(s, groups, 0, groups, lastLen);
    if (thousandsHead && allThree(1, groups)) return digitsValue(s, groups, 0, groups, 0);
    return null;
  }
  // Both: the last separator is the decimal mark, the others are one kind of thousands mark.
  // (Both kinds occur, so the others are all of the other kind exactly when the last kind occurs once.)
  if (lastSep === 46 ? dots > 1 : commas > 1) return null;
  if (!thousandsHead || !allThree(1, groups - 1)) return null;
  return digitsValue(s, groups, 0, groups, lastLen);
}

// ---------------------------------------------------------------------------------------------
// Words and scales

export interface ParsedNumber {
  value: number;
  /** How many tokens of the input were used. */
  used: number;
  /** Some token was a word ("ba", "triệu"). */
  words: boolean;
  /** Some token was written in digits. */
  digits: boolean;
  /** A scale word was applied ("150 tỷ"). */
  scaled: boolean;
}

const isDigitToken = (t: string) => /^[0-9]/.test(t);

/**
 * Reads the longest number at the start of `tokens` (lower-cased words and digit strings).
 * Handles "ba", "mười lăm", "hai mươi mốt", "một trăm linh năm", "ba mươi nghìn", "150 tỷ",
 * "1,5 triệu", "3 tỷ 200 triệu", "10 nghìn tỷ", "2 triệu rưỡi". Returns `null` when the first
 * token does not start a number ("năm 2024", "trăm", "mươi").
 */
export function readNumber(tokens: readonly string[], from = 0): ParsedNumber | null {
  let total = 0; // value of the completed scale blocks
  let group = 0; // value below the current scale
  let hasGroup = false;
  let digitGroup = false; // the current group was written in digits
  let hundreds = false;
  let tens: "" | "mười" | "mươi" | "chục" = "";
  let units = false;
  let pending: number | null = null; // a digit word waiting for mươi/trăm/chục or the end
  let afterLinh = false;
  let afterScale = false;
  let lastScale = Infinity; // the effective scale of the last block ("nghìn tỷ" = 1e12)
  let used = 0;
  let words = false;
  let digits = false;
  let scaled = false;

  const newGroup = () => {
    group = 0;
    hasGroup = digitGroup = hundreds = units = afterLinh = false;
    tens = "";
    pending = null;
  };

  // Positions are relative to `from`; a number is at most a few dozen tokens long.
  const stop = Math.min(tokens.length - from, 40);
  for (let i = 0; i < stop; i++) {
    const t = tokens[from + i]!;
    const next = i + 1 < stop ? tokens[from + i + 1] : undefined;

    if (isDigitToken(t)) {
      const v = parseDigits(t);
      if (v === null) break;
      if (i > 0) {
        // Only a remainder after a scale, itself followed by a smaller scale: "3 tỷ 200 triệu".
        const nextScale = next !== undefined ? SCALE_WORDS.get(next) : undefined;
        if (!afterScale || nextScale === undefined || nextScale >= lastScale || !Number.isInteger(v) || v >= 1000) break;
      }
      newGroup();
      group = v;
      hasGroup = digitGroup = true;
      digits = true;
      afterScale = false;
      used = i + 1;
      continue;
    }

    const scale = SCALE_WORDS.get(t);
    if (scale !== undefined) {
      if (pending !== null) {
        group += pending;
        pending = null;
        hasGroup = true;
      }
      if (hasGroup) {
        if (total !== 0 && scale >= lastScale) break; // "hai triệu ba triệu": two numbers
        total += group * scale;
        lastScale = scale;
      } else if (afterScale && scale > lastScale) {
        // A stacked scale: "nghìn tỷ", "trăm nghìn tỷ".
        total *= scale;
        lastScale *= scale;
      } else break;
      newGroup();
      afterScale = true;
      scaled = words = true;
      used = i + 1;
      continue;
    }

    if (t === "rưỡi") {
      // "hai triệu rưỡi" = 2.5 million, "một trăm rưỡi" = 150.
      if (afterScale) total += lastScale / 2;
      else if (hundreds && !tens && !units && pending === null && !digitGroup) group += 50;
      else break;
      used = i + 1;
      words = true;
      break;
    }

    if (digitGroup) break; // "150 hai": not one number

    const d = DIGIT_WORDS.get(t);
    if (d !== undefined) {
      if (tens === "mười" || tens === "mươi" || afterLinh) {
        // The units digit: "mười lăm", "hai mươi mốt", "một trăm linh năm".
        if (units || pending !== null) break;
        if (t === "mốt" && tens !== "mươi") break;
        if ((t === "lăm" || t === "nhăm") && !tens) break;
        if (t === "năm" && !afterLinh) break; // "mười năm" is ten years, 15 is "mười lăm"
        if (afterLinh && (t === "mốt" || t === "tư" || t === "lăm" || t === "nhăm")) break;
        if (tens === "chục") break;
        group += d;
        units = true;
        afterLinh = false;
        used = i + 1;
        words = true;
        continue;
      }
      if (pending !== null || units || t === "mốt" || t === "lăm" || t === "nhăm" || t === "tư") break; // "hai ba": two or three
      const glue = next === "mươi" || next === "trăm" || next === "chục" || (next !== undefined && SCALE_WORDS.has(next));
      if (t === "năm" && !glue) break; // "năm" alone is "year"
      if (hundreds || tens) {
        // After "trăm", a digit must lead its tens: "một trăm hai mươi"; "một trăm hai" is not read.
        if (next !== "mươi") break;
        pending = d;
        continue;
      }
      pending = d;
      hasGroup = true;
      afterScale = false;
      words = true;
      used = i + 1;
      continue;
    }

    if (t === "mười") {
      if (pending !== null || tens || units) break;
      group += 10;
      tens = "mười";
      hasGroup = true;
      afterScale = false;
      words = true;
      used = i + 1;
      continue;
    }
    if (t === "mươi" || t === "chục") {
      if (pending === null || tens || (t === "mươi" && pending < 2)) break;
      group += pending * 10;
      pending = null;
      tens = t;
      used = i + 1;
      continue;
    }
    if (t === "trăm") {
      if (pending === null || hundreds || tens) break;
      group += pending * 100;
      pending = null;
      hundreds = true;
      used = i + 1;
      continue;
    }
    if (t === "linh" || t === "lẻ") {
      const n = next !== undefined ? DIGIT_WORDS.get(next) : undefined;
      if (!hundreds || tens || units || pending !== null || n === undefined) break;
      afterLinh = true;
      continue;
    }
    break;
  }
  if (used === 0) return null;
  // A digit still pending at the end stands alone: "ba" → 3.
  const value = total + group + (pending ?? 0);
  if (!Number.isFinite(value)) return null;
  return { value: round(value), used, words, digits, scaled };
}

/** Removes binary noise: 8.03 × 1e9 is 8030000000, not 8029999999.999999. */
const round = (x: number) => (Number.isInteger(x) ? x : Number.parseFloat(x.toPrecision(12)));

/** Splits a number phrase into lower-cased tokens. */
export function numberTokens(text: string): string[] {
  return text.normalize("NFC").toLowerCase().trim().split(/\s+/u).filter(Boolean);
}

/**
 * The value of a whole phrase that is one number ("1.200", "6,5", "mười lăm", "150 tỷ",
 * "một trăm linh năm", "3 tỷ 200 triệu", "hai triệu rưỡi"); `null` when it is not exactly one.
 */
export function parseVietnameseNumber(text: string): number | null {
  const tokens = numberTokens(text);
  if (tokens.length === 0) return null;
  const n = readNumber(tokens);
  return n && n.used === tokens.length ? n.value : null;
}

/** Alias of `parseVietnameseNumber` for callers that read number words. */
export const parseNumberWords = parseVietnameseNumber;

// ---------------------------------------------------------------------------------------------
// Finding numbers in running text

/** Words that are a number on their own ("ba" → 3; not "năm", "tư", "trăm"). */
const SINGLE_WORD: ReadonlyMap<string, number> = new Map(
  NUMBER_WORDS.flatMap((w) => {
    const n = readNumber([w]);
    return n && n.used === 1 ? [[w, n.value] as const] : [];
  }),
);

for (const group of NUMBER_WORDS_BY_FIRST) for (const w of group) w.noNumberBeforeDigits = readNumber([w.text.toLowerCase(), "1"]) === null;

/** SINGLE_WORD by the word as a run holds it: lower case or capitalised ("Ba"). */
const SINGLE_WORD_ANY_CASE: ReadonlyMap<string, number> = new Map([...SINGLE_WORD].flatMap(([w, v]) => [[w, v] as const, [capitalise(w), v] as const]));

export interface NumberSpan {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  value: number;
  /** The text of the number as written. */
  raw: string;
  words: boolean;
  digits: boolean;
  scaled: boolean;
  /** Another number stands right beside it ("2 26 733", "hai ba ngày"): a list or an approximation. */
  crowded: boolean;
}

// The tokens of the run findNumbers reads: offsets and lower-case text, reused between runs.
let runStarts = new Int32Array(16);
let runEnds = new Int32Array(16);
const runWords: string[] = [];

/**
 * The tokens of the run RUN_AT matches at `p`, whose first token ends at `first` (its number
 * word `word`, null for digits), into runStarts/runEnds/runWords: their count, or -1 where a
 * surrogate stands in the way (RUN_AT decides).
 */
function runTokens(text: string, p: number, first: number, word: NumberWordEntry | null): number {
  let n = 0;
  let start = p;
  let end = first;
  let w = word;
  for (;;) {
    if (n === runStarts.length) {
      const starts = new Int32Array(2 * n);
      starts.set(runStarts);
      runStarts = starts;
      const ends = new Int32Array(2 * n);
      ends.set(runEnds);
      runEnds = ends;
    }
    runStarts[n] = start;
    runEnds[n] = end;
    runWords[n] = w === null ? text.slice(start, end) : w.lower;
    n++;
    // (?: TOKEN)*: another token after one space.
    if (text.charCodeAt(end) !== 32 || end + 1 >= text.length) return n;
    const next = firstToken(text, end + 1);
    if (next === ASK_REGEX) return -1;
    if (next === NO_TOKEN) return n;
    start = end + 1;
    end = next;
    w = tokenWord;
  }
}

/** The numbers of a run of `count` tokens (runTokens), appended to `out`. */
function readRun(text: string, count: number, out: NumberSpan[]): void {
  if (count === 1) {
    // One token after all ("5 bao"): read as a token alone.
    readOneToken(text, runStarts[0]!, runEnds[0]!, out);
    return;
  }
  runWords.length = count;
  const from = out.length;
  let i = 0;
  while (i < count) {
    const n = readNumber(runWords, i);
    if (!n) {
      i++;
      continue;
    }
    const s = runStarts[i]!;
    const e = runEnds[i + n.used - 1]!;
    out.push({ start: s, end: e, value: n.value, raw: text.slice(s, e), words: n.words, digits: n.digits, scaled: n.scaled, crowded: false });
    i += n.used;
  }
  for (let k = from; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (b.start === a.end + 1) a.crowded = b.crowded = true;
  }
}

/** The number of the one token [start, end), appended to `out` (digits, or a word that is a number alone). */
function readOneToken(text: string, start: number, end: number, out: NumberSpan[]): void {
  const run = text.slice(start, end);
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) {
    const value = parseDigits(run);
    if (value !== null) out.push({ start, end, value, raw: run, words: false, digits: true, scaled: false, crowded: false });
  } else {
    const value = SINGLE_WORD_ANY_CASE.get(run);
    if (value !== undefined) out.push({ start, end, value, raw: run, words: true, digits: false, scaled: false, crowded: false });
  }
}

/**
 * The run at `p` read with RUN_AT (where a surrogate stands in the way of reading by hand):
 * its numbers are appended to `out`. Returns the offset to scan on from (for runHead).
 */
function readRunByRegex(text: string, p: number, out: NumberSpan[]): number {
  RUN_AT.lastIndex = p;
  if (!RUN_AT.test(text)) return p + 1;
  const base = p;
  const runEnd = RUN_AT.lastIndex;
  const space = text.indexOf(" ", base);
  if (space < 0 || space >= runEnd) {
    readOneToken(text, base, runEnd, out);
    return runEnd;
  }
  const run = text.slice(base, runEnd);
  // Token offsets within the run (single spaces between tokens).
  const toks: Array<{ t: string; s: number; e: number }> = [];
  let q = 0;
  for (const piece of run.split(" ")) {
    toks.push({ t: piece.toLowerCase(), s: q, e: q + piece.length });
    q += piece.length + 1;
  }
  const words = toks.map((x) => x.t);
  const spans: NumberSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    const n = readNumber(words, i);
    if (!n) {
      i++;
      continue;
    }
    const s = base + toks[i]!.s;
    const e = base + toks[i + n.used - 1]!.e;
    spans.push({ start: s, end: e, value: n.value, raw: text.slice(s, e), words: n.words, digits: n.digits, scaled: n.scaled, crowded: false });
    i += n.used;
  }
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1];
    if (b && b.start === a.end + 1) a.crowded = b.crowded = true;
  }
  for (const x of spans) out.push(x);
  return runEnd;
}

/**
 * Every number in `text`, left to right: runs of number tokens are read greedily into one or
 * more numbers. A word that cannot be read as part of a number ("năm" as "year") ends it.
 * `units`, when given, holds the code units of `text` from `offset` on (the article's, see
 * CodeUnits: a sentence is scanned without a copy of its own).
 */
export function findNumbers(text: string, units?: Uint16Array, offset = 0): NumberSpan[] {
  const out: NumberSpan[] = [];
  if (units === undefined) {
    units = ownUnits.of(text);
    offset = 0;
  }
  for (let p = runHead(text, units, offset, 0); p < text.length; ) {
    // (headWord: the number word at p as runHead found it, null at a digit.)
    // Not right after a digit and a separator: "1.1" is one run from its first "1".
    const b = text.charCodeAt(p - 1);
    if ((b === 46 || b === 44) && p > 1) {
      const b2 = text.charCodeAt(p - 2);
      if (b2 >= 48 && b2 <= 57) {
        p = runHead(text, units, offset, p + 1);
        continue;
      }
    }
    // One token and nothing after it that may continue the run: the common case ("2024",
    // "năm", "một", "15"), read without RUN_AT.
    const first = firstToken(text, p, headWord);
    if (first === NO_TOKEN) {
      p = runHead(text, units, offset, p + 1);
      continue;
    }
    // "năm 2024": a word that cannot start a number before digits ("năm" is "year") is no part
    // of the run's numbers, so the run is read from the digits on.
    if (first !== ASK_REGEX && tokenWord !== null && tokenWord.noNumberBeforeDigits && text.charCodeAt(first) === 32 && isDigitCode(text.charCodeAt(first + 1))) {
      p = first + 1;
      headWord = null;
      continue;
    }
    const word = tokenWord;
    if (first !== ASK_REGEX && !(text.charCodeAt(first) === 32 && startsRun(text, first + 1))) {
      if (word === null) {
        const run = text.slice(p, first);
        const value = parseDigits(run);
        if (value !== null) out.push({ start: p, end: first, value, raw: run, words: false, digits: true, scaled: false, crowded: false });
      } else {
        const value = SINGLE_WORD_ANY_CASE.get(word.text);
        if (value !== undefined) out.push({ start: p, end: first, value, raw: word.text, words: true, digits: false, scaled: false, crowded: false });
      }
      p = runHead(text, units, offset, first);
      continue;
    }
    // A run of several tokens (RUN_AT), read by hand unless a surrogate stands in the way.
    const tokens = first === ASK_REGEX ? -1 : runTokens(text, p, first, word);
    if (tokens < 0) {
      p = runHead(text, units, offset, readRunByRegex(text, p, out));
      continue;
    }
    const runEnd = runEnds[tokens - 1]!;
    readRun(text, tokens, out);
    p = runHead(text, units, offset, runEnd);
  }
  return out;
}
