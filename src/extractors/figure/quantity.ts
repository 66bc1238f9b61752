// Quantities in a sentence: a number (or a range of two), the unit after it, the qualifier
// before it, and what it is — money, percent, measure or a count of a noun phrase. Numbers
// that are dates, durations, ordinals, labels, phone numbers or vague amounts are dropped
// here, so the figure and target extractors share one reading of a sentence.
//
// Ratios "gấp ba lần", "gấp khoảng 275 lần" are measures in "lần" (a repetition "3 lần" is not
// a quantity). A number after a country or region that opens a list item is a count ("…, Hàn
// Quốc 9.968 lao động"), and a label after "mỗi"/"từng" is distributive ("mỗi tổ 400 MW").
// A measure or a count keeps a rate written after it as its unit ("600.000 tấn/năm", "700
// khách/năm"); money keeps its ISO code. A number right after an acronym is its name or
// edition ("TPP 11", "SOM 2") unless a unit or a counted place follows ("MRT 23 km", "UBND 6 xã").
//
// Each step is a small function that looks at a bounded window of the sentence, so the cost
// is linear in the sentence length.
import { findNumbers, parseDigits, type NumberSpan } from "../../lexicons/numbers.js";
import { CodeUnits } from "../../text/code-units.js";
import {
  ACRONYM_COUNT_HEADS,
  ACRONYM_PLACES,
  BOTH_BEFORE,
  BOTH_NOUNS,
  COUNT_CONTEXT,
  COUNT_HEAD_EXCEPTIONS,
  CURRENCIES,
  CURRENCY_NEEDS_SCALE,
  CURRENCY_NOT_BEFORE,
  CURRENCY_PREFIXES,
  DISTRIBUTIVE_BEFORE_LABEL,
  HEAD_NOUNS,
  IDIOM_HEADS_COUNTED_WITH_NOUN,
  IMPLIED_MONEY_AFTER,
  IMPLIED_MONEY_SCALES,
  IMPLIED_MONEY_VETO_BEFORE,
  IMPLIED_MONEY_VETO_CLAUSE,
  LABEL_EXCEPTIONS,
  LABELS_BEFORE,
  STRONG_LABELS,
  MEASURES,
  NON_COUNT_HEADS,
  PERCENT_POINT_WORDS,
  PERCENT_GRADE_AFTER,
  PERCENT_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANK_AFTER,
  RANK_LABELS,
  RATE_DENOMINATORS,
  RATIO_BEFORE,
  RATIO_UNIT,
  TERRITORY_NAMES,
  UNIT_COMPOUNDS,
  UNIT_CONTINUATIONS,
  UNIT_STOP_WORDS,
  WORD_NUMBER_IDIOM_HEADS,
  type Qualifier,
} from "./lexicon.js";
import { COUNTRIES } from "../../lexicons/countries.js";
import { REGIONS } from "../../lexicons/regions.js";
import { codeTable } from "../../text/code-table.js";
import { VIETNAM_NAMES, VIETNAM_PROVINCES } from "../../lexicons/vietnam-places.js";

export type QuantityKind = "count" | "money" | "percent" | "measure";

export interface Quantity {
  /** Offsets into the text given to `readQuantities`. */
  start: number; // qualifier or number start
  end: number; // unit end (after "trở lên" when present)
  numberStart: number;
  numberEnd: number;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  kind: QuantityKind;
  qualifier?: Qualifier;
  /** Written in words ("ba đột phá"), not digits. */
  words: boolean;
  /** Start of the unit text. */
  unitStart: number;
  /**
   * A ranking group, "nhóm 3 nước dẫn đầu", "top 10 địa phương đứng đầu": a goal's number
   * when a goal states it, never a figure of its own.
   */
  rank?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tokens of the text after a number, read on demand

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /\s*([\p{L}\p{M}][\p{L}\p{M}\p{N}²³]*(?:-[\p{L}\p{M}][\p{L}\p{M}\p{N}]*)*|[0-9]+(?:[.,][0-9]+)*|\S)/uy;
const LETTER_START = /^\p{L}/u;

// Character tests by code unit, each the same as a regex over one character, remembered per
// code unit the first time it is seen (0 = not yet known).
function charTable(test: (ch: string) => boolean): (c: number) => boolean {
  const known = new Uint8Array(65536);
  return (c) => {
    let k = known[c]!;
    if (k === 0) known[c] = k = test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  };
}
const regexTable = (re: RegExp) => charTable((ch) => re.test(ch));
/** `\p{L}` for one code unit (a surrogate is not a letter by itself). */
const isLetterCode = regexTable(/^\p{L}$/u);
/** `\p{Ll}`: a lower-case letter is neither `\p{Lu}` nor `\p{N}`. */
const isLowerCode = regexTable(/^\p{Ll}$/u);

/** Code units that lower-casing changes; a surrogate counts as one (its pair may be a capital). */
const changesInLowerCase = charTable((ch) => ch !== ch.toLowerCase() || (ch >= "\ud800" && ch <= "\udfff"));

/** `s.toLowerCase()`, without a new string when `s` is lower case already (the common case). */
function lowerOf(s: string): string {
  for (let i = 0; i < s.length; i++) if (changesInLowerCase(s.charCodeAt(i))) return s.toLowerCase();
  return s;
}

/** `LETTER_START.test(s)`: does `s` start with a letter? */
function letterStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_START.test(s); // an astral code point
  return isLetterCode(c);
}

// The classes of TOKEN by code unit (a surrogate is none of them: TOKEN itself reads those).
const isSpaceCode = regexTable(/^\s$/u);
const isLetterOrMarkCode = regexTable(/^[\p{L}\p{M}]$/u);
const isWordCode = regexTable(/^[\p{L}\p{M}\p{N}²³]$/u);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The token TOKEN matches at `from` (after spaces), read by hand: true with its [start, end)
 * in `tokenSpan`; null at the end of the text; false where a surrogate is met (TOKEN reads it).
 */
const tokenSpan = { start: 0, end: 0 };
function readToken(text: string, from: number): boolean | null {
  const len = text.length;
  let i = from;
  while (i < len && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= len) return null;
  const c = text.charCodeAt(i);
  if (isSurrogate(c)) return false;
  let j = i + 1;
  if (isLetterOrMarkCode(c)) {
    // [\p{L}\p{M}][\p{L}\p{M}\p{N}²³]*(?:-[\p{L}\p{M}][\p{L}\p{M}\p{N}]*)*
    for (;;) {
      while (j < len && isWordCode(text.charCodeAt(j))) j++;
      if (j < len && isSurrogate(text.charCodeAt(j))) return false;
      if (j + 1 < len && text.charCodeAt(j) === 45) {
        const d = text.charCodeAt(j + 1);
        if (isSurrogate(d)) return false;
        if (isLetterOrMarkCode(d)) {
          j += 2;
          continue;
        }
      }
      break;
    }
  } else if (isDigit(c)) {
    // [0-9]+(?:[.,][0-9]+)*
    for (;;) {
      while (j < len && isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 44) && j + 1 < len && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      break;
    }
  } // else \S: one code unit
  tokenSpan.start = i;
  tokenSpan.end = j;
  return true;
}

/**
 * Tokens read on demand from `from` up to `to`. One reader serves every call of countUnit
 * (`reset`), and its tokens are reused: a token is valid until the next reset.
 */
class LazyTokens {
  private readonly toks: Tok[] = [];
  /** How many of `toks` hold tokens of the current text. */
  private count = 0;
  private text = "";
  private next = 0;
  private to = 0;
  private done = false;
  reset(text: string, from: number, to: number): this {
    this.text = text;
    this.next = from;
    this.to = to;
    this.count = 0;
    this.done = false;
    return this;
  }
  at(i: number): Tok | undefined {
    while (!this.done && this.count <= i) {
      const read = readToken(this.text, this.next);
      let start: number;
      let t: string;
      if (read === true) {
        start = tokenSpan.start;
        if (start >= this.to) {
          this.done = true;
          break;
        }
        t = this.text.slice(start, tokenSpan.end);
      } else if (read === null) {
        this.done = true;
        break;
      } else {
        TOKEN.lastIndex = this.next;
        const m = TOKEN.exec(this.text);
        if (!m) {
          this.done = true;
          break;
        }
        t = m[1]!;
        start = m.index + m[0].length - t.length;
        if (start >= this.to) {
          this.done = true;
          break;
        }
      }
      this.next = start + t.length;
      const tok = this.toks[this.count];
      if (tok === undefined) this.toks.push({ text: t, lower: lowerOf(t), start, end: start + t.length, word: letterStart(t) });
      else {
        tok.text = t;
        tok.lower = lowerOf(t);
        tok.start = start;
        tok.end = start + t.length;
        tok.word = letterStart(t);
      }
      this.count++;
    }
    return i < this.count ? this.toks[i] : undefined;
  }
}
/** The reader of countUnit. */
const unitTokens = new LazyTokens();

/** Letters (Latin with Vietnamese diacritics, combining marks), digits, ², ³ and the hyphen inside words. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x300 && c <= 0x36f) ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 45 // "-" as in "xy-lanh"; a word never starts with it (checked below)
  );
}

/** The words right before `pos` (up to `n`, nearest last), separated by single spaces, stopping at punctuation. */
function wordsBefore(text: string, pos: number, n: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < n) {
    if (p < 2 || text.charCodeAt(p - 1) !== 32) break;
    const end = p - 1;
    let start = end;
    let upper = false; // (lowerOf, read on the way)
    for (let c = text.charCodeAt(start - 1); start > 0 && isWordChar(c); c = text.charCodeAt(--start - 1)) upper ||= changesInLowerCase(c);
    while (start < end && text.charCodeAt(start) === 45) start++;
    if (start === end) break;
    // A word character is a letter, a digit, a combining mark, "²" or "³"; only a letter starts a word here.
    if (!isLetterCode(text.charCodeAt(start))) break;
    const t = text.slice(start, end);
    out.push({ text: t, lower: upper ? t.toLowerCase() : t, start, end, word: true });
    p = start;
  }
  return out.reverse();
}

/** No words (before a number whose words are not read). */
const NO_TOKS: Tok[] = [];

const lowerJoin = (ts: readonly Tok[]) => ts.map((t) => t.lower).join(" ");

// ---------------------------------------------------------------------------------------------
// Lookups built once

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;

const CURRENCY_CODE = new Map(CURRENCIES.map(([w, c]) => [w.toLowerCase(), c]));
const CURRENCY_RE = new RegExp(`^ ?(?<w>${[...CURRENCY_CODE.keys()].sort(byLength).map(escape).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "iu");
const MEASURE_RE = new RegExp(`^ ?(?<w>${[...MEASURES].sort(byLength).map(escape).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u");
const PERCENT_RE = new RegExp(
  `^(?: ?(?<point>${PERCENT_POINT_WORDS.map(escape).join("|")})| ?(?<pct>${PERCENT_WORDS.map(escape).join("|")}))(?![\\p{L}\\p{M}])`,
  "iu",
);
/**
 * Can a regex whose alternatives are `words` (after an optional space, with `flags`) match at
 * `pos`? A test of the first two code units only (as the flags compare them: "i" ignores case),
 * so that the regex runs where it may match. `notAfterWord` is the class of the regex's
 * lookahead after a word (`(?![\p{L}\p{M}\p{N}])`): a word of one code unit ("m", "đ") may
 * only match before a code unit outside it, so that "một", "đã" do not run the regex.
 */
function prefixTest(words: readonly string[], flags: string, notAfterWord: (c: number) => boolean): (text: string, pos: number) => boolean {
  // Code units are grouped as the regex tells them apart; a word's first two give a pair of groups.
  const groupsOf = (chars: string[]) => {
    const reps: RegExp[] = [];
    for (const ch of chars) if (!reps.some((re) => re.test(ch))) reps.push(new RegExp(`^${escape(ch)}$`, flags));
    return { reps, group: codeTable((ch) => reps.findIndex((re) => re.test(ch)) + 1) };
  };
  const astral = words.some((w) => w.codePointAt(0)! > 0xffff || (w.length > 1 && w.codePointAt(1)! > 0xffff));
  const firsts = groupsOf(words.map((w) => w[0]!));
  const seconds = groupsOf(words.filter((w) => w.length > 1).map((w) => w[1]!));
  if (firsts.reps.length >= 255 || seconds.reps.length >= 255) throw new Error("prefixTest: too many letters");
  const pairs = new Uint8Array(256 * 256);
  const anySecond = new Uint8Array(256);
  for (const w of words) {
    const f = firsts.group(w.charCodeAt(0));
    if (w.length === 1) anySecond[f] = 1;
    else pairs[f * 256 + seconds.group(w.charCodeAt(1))] = 1;
  }
  const may = (text: string, at: number) => {
    const c = text.charCodeAt(at);
    if (c !== c) return false; // past the end
    if (astral || (c >= 0xd800 && c <= 0xdfff)) return true;
    const f = firsts.group(c);
    if (f === 0) return false;
    const d = text.charCodeAt(at + 1);
    if (anySecond[f] === 1) {
      // A word of one code unit: at the end of the text, or before what its lookahead lets by.
      if (d !== d || (d >= 0xd800 && d <= 0xdfff) || !notAfterWord(d)) return true;
    }
    if (d !== d) return false;
    return d >= 0xd800 && d <= 0xdfff ? true : pairs[f * 256 + seconds.group(d)] === 1;
  };
  return (text, pos) => may(text, pos) || (text.charCodeAt(pos) === 32 && may(text, pos + 1));
}
/** `[\p{L}\p{M}\p{N}]` and `[\p{L}\p{M}]` on one code unit (the lookaheads after a unit). */
const isLetterMarkNumberCode = regexTable(/^[\p{L}\p{M}\p{N}]$/u);
const MAY_PERCENT = prefixTest([...PERCENT_POINT_WORDS, ...PERCENT_WORDS], "iu", isLetterOrMarkCode);
const MAY_CURRENCY = prefixTest([...CURRENCY_CODE.keys()], "iu", isLetterMarkNumberCode);
const MAY_MEASURE = prefixTest([...MEASURES], "u", isLetterMarkNumberCode);
const QUAL_AFTER_RE = new RegExp(`^ (?<w>${QUALIFIERS_AFTER.map(([w]) => escape(w)).join("|")})(?![\\p{L}\\p{M}])`, "u");
const QUAL_AFTER = new Map(QUALIFIERS_AFTER);
/** QUAL_AFTER_RE anchored in the sentence (its matches are far shorter than the 20 characters it was given). */
const QUAL_AFTER_AT = new RegExp(QUAL_AFTER_RE.source.slice(1), "uy");
/** QUALIFIERS_BEFORE as a trie of words read backwards from the number ("gần như" → như → gần). */
interface QualNode {
  qualifier?: Qualifier;
  kids: Map<string, QualNode>;
}
const QUAL_TRIE: QualNode = { kids: new Map() };
for (const [phrase, qualifier] of QUALIFIERS_BEFORE) {
  let node = QUAL_TRIE;
  for (const w of phrase.split(" ").reverse()) {
    let k = node.kids.get(w);
    if (!k) node.kids.set(w, (k = { kids: new Map() }));
    node = k;
  }
  node.qualifier = qualifier; // a later entry wins, as in a Map
}
/**
 * The two-word entries of `set` as first word → second words, so that "is `${a} ${b}` in the
 * set?" (for words without spaces) needs no string built.
 */
function pairsOf(set: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of set) {
    const parts = e.split(" ");
    if (parts.length !== 2) continue;
    let s = out.get(parts[0]!);
    if (!s) out.set(parts[0]!, (s = new Set()));
    s.add(parts[1]!);
  }
  return out;
}
const hasPair = (pairs: ReadonlyMap<string, ReadonlySet<string>>, a: string, b: string) => pairs.get(a)?.has(b) === true;
const STOP_PAIRS = pairsOf(UNIT_STOP_WORDS);
const COMPOUND_PAIRS = pairsOf(UNIT_COMPOUNDS);
const LABEL_PAIRS = pairsOf(LABELS_BEFORE);
const NON_COUNT_PAIRS = pairsOf(NON_COUNT_HEADS);
/**
 * `COUNT_HEAD_EXCEPTIONS[w]` without a property lookup by a fresh string (slow, and wrong for
 * the names of Object.prototype's properties: "Có 5 constructor mới" must not find a function).
 */
const COUNT_HEAD_EXCEPTION_MAP = new Map<string, readonly string[]>(Object.entries(COUNT_HEAD_EXCEPTIONS));
const countHeadExceptions = (w: string): readonly string[] | undefined => COUNT_HEAD_EXCEPTION_MAP.get(w);
/** LABEL_EXCEPTIONS as a map (a label is never the name of an Object property). */
const LABEL_EXCEPTION_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(LABEL_EXCEPTIONS));
/** CURRENCY_PREFIXES by the code unit of the symbol (each is one). */
const PREFIX_BY_CODE: ReadonlyMap<number, string> = new Map(
  Object.entries(CURRENCY_PREFIXES).map(([symbol, code]) => {
    if (symbol.length !== 1) throw new Error(`currency prefix "${symbol}" is not one code unit`);
    return [symbol.charCodeAt(0), code] as const;
  }),
);
const HEAD_NOUN_PAIRS = pairsOf(HEAD_NOUNS);
const MAY_CONTINUATION = prefixTest(UNIT_CONTINUATIONS, "u", isLetterOrMarkCode);
const CONTINUATION_RE = new RegExp(`^ (?:${[...UNIT_CONTINUATIONS].sort(byLength).map(escape).join("|")})(?![\\p{L}\\p{M}])`, "u");
/** CONTINUATION_RE anchored in the sentence (its matches are shorter than the 30 characters it was given). */
const CONTINUATION_AT = new RegExp(CONTINUATION_RE.source.slice(1), "uy");

/** Nothing but quotes, brackets or dashes before `pos` in the sentence. */
const sentenceFirst = (text: string, pos: number) => pos <= 4 && !/[\p{L}\p{N}]/u.test(text.slice(0, pos));
const AMBIGUOUS_COMMA = /^[1-9][0-9]{0,2},[0-9]{3}$/;
const DEMONSTRATIVE_AFTER = /^ (?:này|đó|ấy|kia|nói trên|nêu trên|kể trên|trên)(?![\p{L}\p{M}])/u;
// (A word starting with a lower-case letter is neither: the common case, told without a regex.)
const isTitle = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 0xd800 && isLowerCode(c)) return false;
  return /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}$/u.test(w);
};
const RANK_RE = new RegExp(`^[^,;:.()]{0,40}?(?<![\\p{L}\\p{M}])(?:${RANK_AFTER.join("|")})(?![\\p{L}\\p{M}])`, "u");
const GRADE_RE = new RegExp(`^ (?:${PERCENT_GRADE_AFTER.join("|")})(?![\\p{L}\\p{M}])`, "u");

/**
 * A rate after a measure or a counted noun, from its slash: "/năm" in "600.000 tấn/năm",
 * "/người/năm" in "45 kg/người/năm", "/100 km" in "7 lít/100 km" (at most two slashes); not a
 * date part ("500 tấn/năm 2016" is 500 tấn in 2016).
 */
const RATE_AT = new RegExp(
  `(?:/(?:[0-9]+(?:[.,][0-9]+)* ?)?(?:${[...RATE_DENOMINATORS].sort(byLength).map(escape).join("|")})(?![\\p{L}\\p{M}\\p{N}]| [0-9])){1,2}`,
  "uy",
);
/** The end of the rate starting at `pos` (a slash), or -1 when none starts there. */
function rateEnd(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 47) return -1; // "/"
  const m = execAt(RATE_AT, text, pos);
  return m ? pos + m[0].length : -1;
}

/** Country, territory, region and Vietnamese province names, lower case: a name before a number in a list ("Hàn Quốc 9.968 lao động"). */
const PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]),
    ...TERRITORY_NAMES,
    ...REGIONS.flatMap((r) => [r.name, ...r.aliases]),
    ...VIETNAM_NAMES,
    ...VIETNAM_PROVINCES,
    ...ACRONYM_PLACES,
  ].map((n) => n.toLowerCase()),
);
const PLACE_MAX_WORDS = 4;

/**
 * Do the capitalised words ending `before` name a country, territory or region that opens a
 * list item ("…, Hàn Quốc 9.968 lao động, Singapore 1.361 lao động")? The name must stand after
 * punctuation, "và" or the start of the sentence.
 */
/** "đầu tư vào Việt Nam 205 dự án": after one of these, a place ends its phrase and the number starts a count. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["vào", "tại", "ở", "sang", "từ"]);

function listedPlace(text: string, before: Tok[]): boolean {
  for (let k = 1; k <= Math.min(PLACE_MAX_WORDS, before.length); k++) {
    const ts = before.slice(before.length - k);
    if (!PLACE_NAMES.has(lowerJoin(ts))) continue;
    const at = ts[0]!.start;
    const lead = text.slice(Math.max(0, at - 4), at);
    const prev = before[before.length - k - 1];
    if (at === 0 || /[,;:(]\s?$/u.test(lead) || (prev && (prev.lower === "và" || prev.lower === "còn" || PLACE_PREPOSITIONS.has(prev.lower)))) return true;
  }
  return false;
}

/** `\p{Lu}` on one code unit. */
const isUpperCode = regexTable(/^\p{Lu}$/u);
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/**
 * Is the number at `pos` the name or edition of an acronym right before it, with a space or
 * a dash between ("TPP 11", "SOM -2", "MRT 23", "COVID 19")? Not after a place written in
 * capitals ("TP.HCM 200 doanh nghiệp", "UAE 3.000 lao động"), a Roman numeral ("quý II 25
 * dự án"), or an acronym opening an item of a list of quantities (`listing`: a quantity was
 * read before it; "Viettel có 2.000 trạm, VNPT 1.200 trạm").
 */
function acronymNameBefore(text: string, pos: number, listing: boolean): boolean {
  let p = pos;
  if (text.charCodeAt(p - 1) === 32) p--;
  if (isDash(text.charCodeAt(p - 1))) p--;
  if (text.charCodeAt(p - 1) === 32) p--;
  if (p === pos) return false;
  const end = p;
  while (p > 0 && (isUpperCode(text.charCodeAt(p - 1)) || isDigit(text.charCodeAt(p - 1)))) p--;
  if (end - p < 2 || !isUpperCode(text.charCodeAt(p)) || (p > 0 && isLetterOrNumberCode(text.charCodeAt(p - 1)))) return false;
  const word = text.slice(p, end);
  if (ROMAN_NUMERAL.test(word) || PLACE_NAMES.has(word.toLowerCase())) return false;
  if (!listing) return true;
  // A list item: "…, VNPT 1.200 trạm".
  let q = p;
  if (text.charCodeAt(q - 1) === 32) q--;
  const c = text.charCodeAt(q - 1);
  return !(c === 44 || c === 59 || c === 58);
}

/** Does a count unit after an acronym count its places, members or cases ("UBND 6 xã")? */
function acronymCount(unit: string): boolean {
  const parts = unit.toLowerCase().split(" ", 2);
  return ACRONYM_COUNT_HEADS.has(parts[0]!) || (parts.length > 1 && ACRONYM_COUNT_HEADS.has(`${parts[0]} ${parts[1]}`));
}

const isUpper = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 0xd800 && isLowerCode(c)) return false;
  return /^[\p{Lu}\p{N}]{2,}$/u.test(w) && /\p{Lu}/u.test(w);
};

// ---------------------------------------------------------------------------------------------
// Steps

/** `/[\p{L}\p{N}]/u` and `/[\p{L}]/u` on one code unit (`text[i]`; NaN past the end is neither). */
const isLetterOrNumberCode = regexTable(/^[\p{L}\p{N}]$/u);
const letterOrNumberAt = (text: string, i: number) => i >= 0 && i < text.length && isLetterOrNumberCode(text.charCodeAt(i));
const letterAt = (text: string, i: number) => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));

/** A number glued to letters, slashes or hyphens is a code, a date or a name ("COVID-19", "18/7", "15-CT", "4G", "18h30"). */
function gluedOut(text: string, n: NumberSpan): boolean {
  const before = n.start > 0 ? text.charCodeAt(n.start - 1) : -1;
  // / + # № _ @ \
  if (before === 47 || before === 43 || before === 35 || before === 0x2116 || before === 95 || before === 64 || before === 92) return true;
  // - – . : before a letter or digit
  if ((before === 45 || before === 0x2013 || before === 46 || before === 58) && letterOrNumberAt(text, n.start - 2)) return true;
  const after = n.end < text.length ? text.charCodeAt(n.end) : -1;
  // / : _ @
  if (after === 47 || after === 58 || after === 95 || after === 64) return true;
  if ((after === 45 || after === 0x2013 || after === 46) && letterAt(text, n.end + 1)) return true;
  if (after === 45 && n.end + 1 < text.length) {
    const c = text.charCodeAt(n.end + 1);
    if (c >= 48 && c <= 57) return true; // "22-2", "2024-2027" (ranges are read before)
  }
  return false;
}

/** Digit forms that are not amounts: years, leading zeros (phone numbers, codes), long IDs. */
function digitsOut(n: NumberSpan): boolean {
  if (!n.digits || n.words) return false;
  // The first token: "0[0-9]…" or seven digits or more and nothing else.
  const raw = n.raw;
  const space = raw.indexOf(" ");
  const len = space < 0 ? raw.length : space;
  const c1 = raw.charCodeAt(1);
  if (raw.charCodeAt(0) === 48 && len > 1 && c1 >= 48 && c1 <= 57) return true;
  if (len < 7) return false;
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const looksLikeYear = (n: NumberSpan) => /^(?:1[89]|20|21)[0-9]{2}$/.test(n.raw);

/**
 * The label word before the number, if any ("Điều 15", "năm 2030", "lần thứ 32", "Trung ương
 * 8"): returns the label (lower case) or null.
 */
function labelBefore(before: Tok[]): string | null {
  const w1 = before[before.length - 1];
  if (!w1) return null;
  const w0 = before[before.length - 2];
  const w00 = before[before.length - 3];
  const one = w1.lower;
  // "mỗi tổ 400 MW": each unit, not unit number 400.
  if (w0 && DISTRIBUTIVE_BEFORE_LABEL.has(w0.lower) && LABELS_BEFORE.has(one)) return null;
  if (w0 && hasPair(LABEL_PAIRS, w0.lower, one)) {
    const two = `${w0.lower} ${one}`;
    const ok = LABEL_EXCEPTION_MAP.get(two);
    if (!ok || !w00 || !ok.includes(w00.lower)) return two;
  }
  if (LABELS_BEFORE.has(one)) {
    const ok = LABEL_EXCEPTION_MAP.get(one);
    if (!ok) return one;
    const prev = w0?.lower ?? "";
    const prev2 = w0 && w00 ? `${w00.lower} ${w0.lower}` : "";
    return ok.includes(prev) || ok.includes(prev2) ? null : one;
  }
  return null;
}

interface QualifierReading {
  qualifier: Qualifier;
  start: number;
}

/** The qualifier phrase ending right before the number (the longest one). */
function qualifierBefore(before: Tok[]): QualifierReading | null {
  let node: QualNode | undefined = QUAL_TRIE;
  let found: QualifierReading | null = null;
  for (let i = before.length - 1; i >= 0; i--) {
    node = node.kids.get(before[i]!.lower);
    if (!node) break;
    if (node.qualifier) found = { qualifier: node.qualifier, start: before[i]!.start };
  }
  return found;
}

/** The ratio unit after a number: " lần". */
const RATIO_AFTER = ` ${RATIO_UNIT}`;

/** "gấp 3 lần", "gấp khoảng 275 lần": the ratio word before the number, or before its qualifier (`q`, that of `before`). */
function ratioBefore(before: Tok[], q: QualifierReading | null): boolean {
  const w1 = before[before.length - 1];
  if (!w1) return false;
  if (RATIO_BEFORE.has(w1.lower)) return true;
  if (!q) return false;
  const i = before.findIndex((t) => t.start === q.start);
  const w = i > 0 ? before[i - 1] : undefined;
  return w !== undefined && RATIO_BEFORE.has(w.lower);
}

interface UnitReading {
  unit: string;
  kind: QuantityKind;
  start: number;
  end: number;
}

// The unit regexes run anchored at a position of the whole sentence (sticky), not on a slice
// of it: every match is far shorter than the 40 characters the reader looks at, so what the
// lookaheads see is the same.
const SYMBOL_WINDOW = 40;
const PERCENT_AT = new RegExp(PERCENT_RE.source.slice(1), "iuy");
const CURRENCY_AT = new RegExp(CURRENCY_RE.source.slice(1), "iuy");
const MEASURE_AT = new RegExp(MEASURE_RE.source.slice(1), "uy");
const NEXT_WORD_AT = / ([\p{L}\p{M}]+)/uy;
const LETTER_OR_MARK_AT = /[\p{L}\p{M}]/uy;

/** `re` (sticky) matched at `pos` of `text`, or null. */
function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The word after a space at `pos`, lower case, as far as it lies before `limit` (undefined: none). */
function nextWordBefore(text: string, pos: number, limit: number): string | undefined {
  const m = execAt(NEXT_WORD_AT, text, pos);
  if (!m) return undefined;
  let word = m[1]!;
  const room = limit - (pos + 1);
  if (word.length > room) {
    // Cut as a slice of the text ending at `limit` would cut it (never inside a surrogate pair).
    word = word.slice(0, Math.max(0, room));
    const last = word.charCodeAt(word.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) word = word.slice(0, -1);
    if (word.length === 0) return undefined;
  }
  return word.toLowerCase();
}

/** Percent, currency or measure right after `pos`. */
function symbolUnit(text: string, pos: number, n: NumberSpan): UnitReading | null {
  const percent = MAY_PERCENT(text, pos);
  const currency = MAY_CURRENCY(text, pos);
  const measure = MAY_MEASURE(text, pos);
  if (!percent && !currency && !measure) return null;
  const p = percent ? execAt(PERCENT_AT, text, pos) : null;
  if (p) {
    const w = p.groups!.point ?? p.groups!.pct!;
    const end = pos + p[0].length;
    return { unit: p.groups!.point ? "điểm phần trăm" : "%", kind: "percent", start: end - w.length, end };
  }
  const c = currency ? execAt(CURRENCY_AT, text, pos) : null;
  if (c) {
    const w = c.groups!.w!;
    const end = pos + c[0].length;
    const wl = w.toLowerCase();
    const notBefore = CURRENCY_NOT_BEFORE[wl];
    const nextWord = notBefore !== undefined ? nextWordBefore(text, end, pos + SYMBOL_WINDOW) : undefined;
    const blocked = nextWord !== undefined && notBefore!.includes(nextWord);
    // ("30.000 bảng/tuần": a wage, though "3 bảng" are tables.)
    const needsScale = CURRENCY_NEEDS_SCALE.has(wl) && !n.scaled && rateEnd(text, end) < 0;
    // "đ" only as a symbol: "50.000đ", "50.000 đ/kg".
    const badD = (w === "đ" || w === "Đ") && execAt(LETTER_OR_MARK_AT, text, end) !== null;
    if (!blocked && !needsScale && !badD) return { unit: CURRENCY_CODE.get(wl)!, kind: "money", start: end - w.length, end };
    if (blocked || badD) return null;
  }
  const m = measure ? execAt(MEASURE_AT, text, pos) : null;
  if (m) {
    const w = m.groups!.w!;
    const end = pos + m[0].length;
    // "600.000 tấn/năm", "6 tấn/ha", "100 km/giờ": the unit is the whole rate as written.
    const rate = rateEnd(text, end);
    if (rate > 0) return { unit: w + text.slice(end, rate), kind: "measure", start: end - w.length, end: rate };
    return { unit: w, kind: "measure", start: end - w.length, end };
  }
  return null;
}

const MAX_UNIT_WORDS = 8;

function isStop(toks: LazyTokens, i: number): boolean {
  const cur = toks.at(i)!.lower;
  const nt = toks.at(i + 1);
  const next = nt?.word ? nt.lower : undefined;
  const prev = i > 0 ? toks.at(i - 1)?.lower : undefined;
  // (Tokens hold no spaces: a pair is in a set of phrases when its two words are.)
  if (next !== undefined && hasPair(STOP_PAIRS, cur, next) && !hasPair(COMPOUND_PAIRS, cur, next)) return true;
  if (!UNIT_STOP_WORDS.has(cur)) return false;
  if (prev !== undefined && hasPair(COMPOUND_PAIRS, prev, cur)) return false;
  if (next !== undefined && hasPair(COMPOUND_PAIRS, cur, next)) return false;
  return true;
}

/** Lower-cases common nouns; keeps acronyms and runs of capitalised words (names: "Việt Nam"). */
function unitText(words: Tok[], text: string): string {
  let out = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0) {
      const from = words[i - 1]!.end;
      out += w.start - from === 1 && text.charCodeAt(from) === 32 ? " " : text.slice(from, w.start).replace(/\s+/g, " ");
    }
    const name = isTitle(w.text) && ((i + 1 < words.length && isTitle(words[i + 1]!.text)) || (i > 0 && isTitle(words[i - 1]!.text)));
    out += isUpper(w.text) || name ? w.text : w.lower;
  }
  return out.trim();
}

/** The counted noun phrase right after `pos` ("36 hoạt động đối ngoại Cấp cao từ …" → "hoạt động đối ngoại cấp cao"). */
function countUnit(text: string, pos: number, n: NumberSpan, limit: number): UnitReading | null {
  if (text.charCodeAt(pos) !== 32) return null;
  const toks = unitTokens.reset(text, pos, Math.min(limit, pos + 160));
  const first = toks.at(0);
  if (!first || !first.word || isDigit(first.text.charCodeAt(0))) return null;
  const w1 = first.lower;
  const second = toks.at(1);
  const w2 = second?.word ? second.lower : "";
  // (The two-word head "w1 w2" is looked up as a pair, without building it.)
  const exceptions = countHeadExceptions(w1);
  const excepted = exceptions !== undefined && second?.word && (exceptions.includes(w2) || exceptions.some((e) => text.startsWith(` ${e}`, first.end)));
  if (!excepted && (NON_COUNT_HEADS.has(w1) || (w2 !== "" && hasPair(NON_COUNT_PAIRS, w1, w2)))) return null;
  if (isStop(toks, 0) && !HEAD_NOUNS.has(w1) && !(w2 !== "" && hasPair(HEAD_NOUN_PAIRS, w1, w2))) return null;
  // A capitalised word after a number is a name or a model ("Ba Lan", "911 Targa", "157 Hàng
  // Bạc"); acronyms of letters only are counted things ("16 FTA").
  if (isTitle(first.text) && !(isUpper(first.text) && /^\p{Lu}+$/u.test(first.text))) return null;
  if (isUpper(first.text) && !/^\p{Lu}+$/u.test(first.text)) return null;
  if (n.words && !n.digits && WORD_NUMBER_IDIOM_HEADS.has(w1) && !(IDIOM_HEADS_COUNTED_WITH_NOUN.has(w1) && w2 !== "" && !isStop(toks, 1))) return null;

  const words: Tok[] = [first];
  let end = first.end;
  let i = 1;
  const headLen = second?.word && !isStop(toks, 1) ? 2 : 1;
  for (let t = toks.at(i); t && words.length < MAX_UNIT_WORDS; t = toks.at(i)) {
    if (!t.word) {
      // A rate ends the phrase: "700 khách/năm", "20 lượt/ngày", "18 học sinh/lớp".
      if (t.start === end) {
        const r = rateEnd(text, end);
        if (r > 0) return { unit: unitText(words, text) + text.slice(end, r), kind: "count", start: first.start, end: r };
      }
      // A list of the same kind continues: "30 đối tác chiến lược, đối tác toàn diện".
      if (t.text === "," && t.start === end) {
        const a = toks.at(i + 1);
        const b = toks.at(i + 2);
        const head = words.slice(0, headLen).map((x) => x.lower).join(" ");
        const again = headLen === 2 ? a && b && `${a.lower} ${b.lower}` === head : a && a.lower === head;
        if (again) {
          i++;
          continue;
        }
      }
      break;
    }
    if (!(t.start - end === 1 && text.charCodeAt(end) === 32) && words.length > 0 && text[end] !== ",") break; // not one space
    const cont = MAY_CONTINUATION(text, end) ? execAt(CONTINUATION_AT, text, end) : null;
    if (cont) {
      // "cơ quan đại diện Việt Nam ở nước ngoài"
      const contEnd = end + cont[0].length;
      for (let c = toks.at(i); c && c.end <= contEnd; c = toks.at(++i)) words.push(c);
      end = contEnd;
      continue;
    }
    if (isStop(toks, i)) break;
    words.push(t);
    end = t.end;
    i++;
  }
  return { unit: unitText(words, text), kind: "count", start: first.start, end };
}

/**
 * A sum in "tỷ" with nothing counted after it ("chỉ khoảng trên 15-16 ngàn tỉ.", "trả lãi thiếu
 * gần 10 tỷ cho khách hàng"): money in the currency of the sentence's last sum before it, else
 * in đồng. Not after a population or a user base ("dân số 1,4 tỷ").
 */
function impliedMoney(text: string, n: NumberSpan, last: NumberSpan, before: readonly Quantity[]): UnitReading | null {
  if (!last.scaled) return null;
  const space = last.raw.lastIndexOf(" ");
  if (space < 0 || !IMPLIED_MONEY_SCALES.has(last.raw.slice(space + 1).toLowerCase())) return null;
  const e = last.end;
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 32) {
      const w = nextWordBefore(text, e, e + 12);
      if (w === undefined || !IMPLIED_MONEY_AFTER.has(w)) return null;
    } else if (!(c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 41 || c === 34 || c === 0x201d || c === 0x2026 || c === 58)) return null;
  }
  const lead = text.slice(Math.max(0, n.start - 60), n.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf(":")) + 1);
  if (IMPLIED_MONEY_VETO_CLAUSE.test(clause) || IMPLIED_MONEY_VETO_BEFORE.test(clause)) return null;
  let unit = "VND";
  for (let k = before.length - 1; k >= 0; k--) {
    if (before[k]!.kind === "money") {
      unit = before[k]!.unit;
      break;
    }
  }
  return { unit, kind: "money", start: e, end: e };
}

// ---------------------------------------------------------------------------------------------
// Ranges

const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014 || c === 126; // - – — ~
/** Is `text.slice(from, to)` a range separator, `/^(?: ?[-–—~] ?| (?:đến|tới) )$/u`? (Tested by hand, without the slice.) */
function rangeSep(text: string, from: number, to: number): boolean {
  switch (to - from) {
    case 1:
      return isDash(text.charCodeAt(from));
    case 2: {
      const a = text.charCodeAt(from);
      const b = text.charCodeAt(from + 1);
      return (a === 32 && isDash(b)) || (isDash(a) && b === 32);
    }
    case 3:
      return text.charCodeAt(from) === 32 && isDash(text.charCodeAt(from + 1)) && text.charCodeAt(from + 2) === 32;
    case 5:
      return text.startsWith(" đến ", from) || text.startsWith(" tới ", from);
    default:
      return false;
  }
}

/** The scale factor applied to a number written as digits + scale ("15 tỷ" → 1e9). */
function scaleOf(n: NumberSpan): number {
  if (!n.scaled || !n.digits) return 1;
  const base = parseDigits(n.raw.split(" ")[0]!);
  return base ? n.value / base : 1;
}

// ---------------------------------------------------------------------------------------------
// The reader

/**
 * All quantities in `text` (a sentence), left to right. `units`, when given, holds the code
 * units of `text` from `offset` on (see findNumbers).
 */
export function readQuantities(text: string, units?: Uint16Array, offset = 0): Quantity[] {
  const nums = findNumbers(text, units, offset);
  const out: Quantity[] = [];
  let consumed: NumberSpan | null = null; // the second number of a range just read

  for (let k = 0; k < nums.length; k++) {
    const n = nums[k]!;
    if (n === consumed) continue;
    if (n.crowded) continue;
    if (n.words && !n.digits && !n.scaled && n.value < 2) continue; // "một nhiệm vụ": an article, not a count

    // A range: "6,5 - 7%", "6,5% - 7%", "từ 6,5% đến 7%", "10 đến 15 tỷ USD".
    const next = nums[k + 1];
    let rangeWith: NumberSpan | null = null;
    let firstUnit: UnitReading | null = null;
    if (next && !next.crowded && next.start - n.end <= 24) {
      if (rangeSep(text, n.end, next.start)) rangeWith = next;
      else {
        firstUnit = symbolUnit(text, n.end, n);
        if (firstUnit && rangeSep(text, firstUnit.end, next.start)) rangeWith = next;
        else firstUnit = null;
      }
    }
    const last = rangeWith ?? n;

    // The number itself.
    if (!rangeWith && gluedOut(text, n)) continue;
    if (rangeWith) {
      const b = text[n.start - 1];
      if (b === "/" || ((b === "-" || b === ".") && /[\p{L}\p{N}]/u.test(text[n.start - 2] ?? ""))) continue;
      const a = text[last.end];
      if (a === "/" || a === ":" || (a === "-" && /[\p{L}\p{N}]/u.test(text[last.end + 1] ?? ""))) continue;
    }
    if (digitsOut(n) || (rangeWith && digitsOut(rangeWith))) continue;

    // The unit first: most numbers have none ("năm 2024,", "5 năm", "Điều 15 của"), and those
    // are dropped without reading the words before them (read here only for a ratio).
    let before: Tok[] | null = null;
    let beforeRange: Tok[] = NO_TOKS;
    let q: QualifierReading | null = null;
    let unit = symbolUnit(text, last.end, last);
    if (!unit && text.startsWith(RATIO_AFTER, last.end) && !/[\p{L}\p{M}]/u.test(text[last.end + RATIO_UNIT.length + 1] ?? "")) {
      before = wordsBefore(text, n.start, 4);
      beforeRange = rangeWith && before.length && before[before.length - 1]!.lower === "từ" ? before.slice(0, -1) : before;
      q = qualifierBefore(beforeRange);
      // "gấp ba lần", "gấp khoảng 275 lần": a ratio.
      if (ratioBefore(beforeRange, q)) unit = { unit: RATIO_UNIT, kind: "measure", start: last.end + 1, end: last.end + 1 + RATIO_UNIT.length };
    }
    const glued = last.end < text.length && isLetterCode(text.charCodeAt(last.end));
    if (glued && (!unit || unit.start !== last.end)) continue; // "4G", "1A", "18h30"
    const prefix = n.start > 0 ? PREFIX_BY_CODE.get(text.charCodeAt(n.start - 1)) : undefined;
    if (!unit && prefix) unit = { unit: prefix, kind: "money", start: n.start - 1, end: last.end };
    if (!unit) unit = countUnit(text, last.end, last, text.length);
    if (!unit) unit = impliedMoney(text, n, last, out);
    if (!unit) continue;
    // What comes before: labels reject a number ("năm 2024", "Điều 15").
    if (before === null) {
      before = wordsBefore(text, n.start, 4);
      // "từ 6,5 - 7%": "từ" belongs to the range.
      beforeRange = rangeWith && before.length && before[before.length - 1]!.lower === "từ" ? before.slice(0, -1) : before;
      q = qualifierBefore(beforeRange);
    }
    // Strong labels reject any number; the others only counts ("tuyến đường 20 km" is a length).
    const label = labelBefore(beforeRange);
    const rankLabel = label !== null && RANK_LABELS.has(label);
    if (label && STRONG_LABELS.has(label) && !rankLabel) continue;
    let rank = false;
    if (label && unit.kind === "count") {
      if (!rankLabel || !RANK_RE.test(text.slice(unit.start, unit.start + 80))) continue;
      rank = true;
    } else if (rankLabel) continue;
    if (unit.kind === "percent" && GRADE_RE.test(text.slice(unit.end, unit.end + 12))) continue; // "gạo 5% tấm"
    if (firstUnit && firstUnit.unit !== unit.unit) continue;

    if (looksLikeYear(n) && unit.kind === "count") continue;
    if (rangeWith && looksLikeYear(rangeWith) && unit.kind === "count") continue;

    const w1 = beforeRange[beforeRange.length - 1];
    if (unit.kind === "count") {
      // A number right after an acronym is its name or edition ("các bộ trưởng TPP 11 khẳng định", "Hội nghị SOM 3 APEC").
      if (n.digits && !n.words && acronymNameBefore(text, n.start, out.length > 0) && !acronymCount(unit.unit)) continue;
      // Numbers after a capitalised word are names ("Ngoại giao 32"); the sentence's first word is not.
      if (w1 && isTitle(w1.text) && !isUpper(w1.text) && !sentenceFirst(text, w1.start) && !q && !listedPlace(text, beforeRange)) continue;
      const lowValue = rangeWith && !n.scaled && rangeWith.scaled ? Number.parseFloat((n.value * scaleOf(rangeWith)).toPrecision(12)) : n.value;
      if (!Number.isInteger(lowValue) && !n.scaled && !AMBIGUOUS_COMMA.test(n.raw)) continue; // "2,5 người"
      const headLower = unit.unit.toLowerCase();
      // "hai nước", "2 bên" usually mean "both": a count only after a counting word ("tại 2 nước", "gồm hai bộ").
      if (n.value === 2) {
        const parts = headLower.split(" ");
        const bothNoun = BOTH_NOUNS.has(parts[0]!) || BOTH_NOUNS.has(parts.slice(0, 2).join(" ")) || BOTH_NOUNS.has(parts.slice(0, 3).join(" "));
        const counting = w1 && (COUNT_CONTEXT.has(w1.lower) || (beforeRange.length > 1 && COUNT_CONTEXT.has(lowerJoin(beforeRange.slice(-2)))));
        if (bothNoun && !counting) continue;
        if (n.words && w1 && (BOTH_BEFORE.has(w1.lower) || (beforeRange.length > 1 && BOTH_BEFORE.has(lowerJoin(beforeRange.slice(-2)))))) continue;
      }
      // "hai nhóm này", "ba huyện này": a number in words with a demonstrative refers back.
      if (n.words && !n.scaled && DEMONSTRATIVE_AFTER.test(text.slice(unit.end, unit.end + 12))) continue;
      if (w1 && w1.lower === "cả" && n.value <= 4) continue;
      if (n.value === 1 && headLower === "thành viên") continue; // "công ty TNHH 1 thành viên"
    }
    if (n.words && !n.digits && !n.scaled && /^\p{Lu}/u.test(text[n.start]!) && !sentenceFirst(text, n.start)) {
      // A capitalised number word inside a sentence is part of a name ("Hai Bà Trưng").
      continue;
    }

    // Qualifiers.
    let qualifier = q?.qualifier;
    let start = q ? q.start : n.start;
    if (rangeWith && before.length !== beforeRange.length) start = q ? q.start : before[before.length - 1]!.start;
    let end = unit.end;
    const qa = text.charCodeAt(end) === 32 ? execAt(QUAL_AFTER_AT, text, end) : null;
    if (qa) {
      qualifier = QUAL_AFTER.get(qa.groups!.w!);
      end += qa[0].length;
    }
    const symbolStart = prefix && unit.unit === prefix ? n.start - 1 : null;
    if (symbolStart !== null && !q) start = symbolStart;

    const quantity: Quantity = {
      start,
      end,
      numberStart: n.start,
      numberEnd: last.end,
      unit: unit.unit,
      kind: unit.kind,
      words: n.words && !n.digits,
      unitStart: unit.start,
    };
    if (rangeWith) {
      let lo = n.value;
      const hi = rangeWith.value;
      if (!n.scaled && rangeWith.scaled) lo = Number.parseFloat((lo * scaleOf(rangeWith)).toPrecision(12)); // 36,7 × 1e6 is 36700000, not 36700000.00000001
      if (!(lo < hi)) continue;
      quantity.min = lo;
      quantity.max = hi;
      consumed = rangeWith;
    } else {
      // "1,849 USD", "3,925 đồng", "1,500 người": a comma before exactly three digits in money or
      // counts is an English thousands mark (nobody prices to a thousandth or counts fractions).
      quantity.value = !n.scaled && (unit.kind === "money" || unit.kind === "count") && AMBIGUOUS_COMMA.test(n.raw) ? Number(n.raw.replace(",", "")) : n.value;
    }
    if (qualifier) quantity.qualifier = qualifier;
    if (rank) quantity.rank = true;
    out.push(quantity);
  }
  return out;
}

// Target and figure read the same sentences: read each once per article. The extractors ask
// for the sentences in order, so a sentence's reading is found by its index in ctx.sentences
// (the one after the last asked, else searched); one not found there is kept by its start.
interface ArticleReadings {
  bySentence: (Quantity[] | undefined)[];
  /** The index in ctx.sentences after the sentence asked last. */
  next: number;
  byStart: Map<number, Quantity[]> | null;
}
type ReadingContext = { readonly text: string; readonly sentences?: readonly object[] };
const readings = new WeakMap<object, ArticleReadings>();
let lastContext: object | null = null;
let lastReadings: ArticleReadings | null = null;

// The code units of the article last read (its sentences are scanned in them).
const articleUnits = new CodeUnits();
let unitsOf: { text: string } | null = null;
let unitsText = "";
let units: Uint16Array = new Uint16Array(0);

/**
 * The code units of the article's text (`ctx.text`), in which `sentence` starts at
 * `sentence.start`; null for a sentence that plainly is no slice of it. Valid until the next
 * call for another article.
 */
export function articleUnitsFor(sentence: { start: number; text: string }, ctx: { text: string }): Uint16Array | null {
  if (unitsOf !== ctx || unitsText !== ctx.text) {
    units = articleUnits.of(ctx.text);
    unitsOf = ctx;
    unitsText = ctx.text;
  }
  // A sentence is a slice of the article's text (the pipeline's contract; `startsWith` would
  // check it, but costs more than reading the sentence); one that plainly is not is read on its own.
  const t = sentence.text;
  const at = sentence.start;
  const inArticle = at >= 0 && at + t.length <= unitsText.length && (t.length === 0 || (units[at] === t.charCodeAt(0) && units[at + t.length - 1] === t.charCodeAt(t.length - 1)));
  return inArticle ? units : null;
}

/** `readQuantities` of a sentence, computed once per article context. */
export function quantitiesOf(sentence: { start: number; text: string }, ctx: ReadingContext): Quantity[] {
  let r = lastContext === ctx ? lastReadings : readings.get(ctx);
  if (!r) readings.set(ctx, (r = { bySentence: [], next: 0, byStart: null }));
  lastContext = ctx;
  lastReadings = r;
  const sentences = ctx.sentences;
  let i = -1;
  if (sentences !== undefined) {
    i = sentences[r.next] === sentence ? r.next : sentences.indexOf(sentence);
    if (i >= 0) {
      r.next = i + 1;
      const known = r.bySentence[i];
      if (known !== undefined) return known;
    }
  }
  if (i < 0) {
    const known = r.byStart?.get(sentence.start);
    if (known !== undefined) return known;
  }
  const u = articleUnitsFor(sentence, ctx);
  const qs = u !== null ? readQuantities(sentence.text, u, sentence.start) : readQuantities(sentence.text);
  if (i >= 0) r.bySentence[i] = qs;
  else (r.byStart ??= new Map()).set(sentence.start, qs);
  return qs;
}
