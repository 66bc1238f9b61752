// Shared pieces of the date parsers: word alternations built from the lexicon, Unicode-aware
// boundaries, the "lead" that may stand before a day ("Chiều", "ngày", "sáng thứ Hai ("),
// and the tags that carry a result's granularity from a parser to the extractor.
//
// Chrono hands a parser the text from the end of its last match on (`Chrono.executeParser`),
// so a look-behind in a parser's pattern cannot see what comes before; every check of the
// left context reads `context.text` at `match.index` instead.
import { codeTable } from "../../text/code-table.js";
import type { Parser, ParsingComponents, ParsingResult } from "./chrono.js";
import {
  DATE_FOLLOWERS,
  DAY_WORDS,
  LUNAR_AFTER,
  NOT_DATE_BEFORE,
  PARTS_OF_DAY,
  RELATIVE_DAY_WORDS,
  UNITS,
  WEEKDAYS,
} from "./lexicon.js";

/** Chrono's parsing context (not exported by name from `chrono-node/vi`). */
export type Context = Parameters<Parser["extract"]>[0];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A non-capturing alternation of words, longest first, spaces matching any white space. */
export function alt(words: Iterable<string>): string {
  const list = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${list.map((w) => escape(w).replace(/ /g, "\\s+")).join("|")})`;
}

/**
 * `(?<!${notBefore[0]})(?<!${notBefore[1]})…${alt(words)}`, written so that V8 looks behind
 * only where a word's first letter is: each word as its first letter, the look-behinds (with
 * that letter), the rest. A look-behind at the start of a pattern is otherwise tried at every
 * position of the text. Each of `notBefore` is one atom or group ("[\\p{L}]"); the words start
 * with a letter.
 */
export function altNotAfter(words: Iterable<string>, ...notBefore: string[]): string {
  const list = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${list
    .map((w) => {
      const first = escape(w.charAt(0));
      const behind = notBefore.map((n) => `(?<!${n}${first})`).join("");
      return `${first}${behind}${escape(w.slice(1)).replace(/ /g, "\\s+")}`;
    })
    .join("|")})`;
}

/** `cls.test(ch)` for one code unit, through a table filled on first sight (`codeTable`). */
const classTable = (cls: RegExp) => codeTable((ch) => (cls.test(ch) ? 1 : 0));

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordCode = classTable(WORD_CHAR);
/** `WORD_CHAR.test(text[i])`: past either end `text[i]` is undefined, which tests as the word "undefined". */
const wordCharAt = (text: string, i: number) => (i >= 0 && i < text.length ? wordCode(text.charCodeAt(i)) === 1 : true);
/** True when `text[i - 1]` does not continue a word or number into position `i`. */
export const boundaryBefore = (text: string, i: number) => i <= 0 || !wordCharAt(text, i - 1);
/** True when `text[i]` does not continue a word or number from position `i - 1`. */
export const boundaryAfter = (text: string, i: number) => i >= text.length || !wordCharAt(text, i);

export function daysInMonth(month: number, year?: number | null): number {
  if (month === 2) return year == null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export const isYear = (y: number) => y >= 1900 && y <= 2100;

// --- What stands before a day ---------------------------------------------------------------

const LOOKBACK = 48;

const LEAD = new RegExp(
  `(?:(?<from>từ)\\s+)?` +
    `(?:(?<pod>${alt(PARTS_OF_DAY)})\\s+)?` +
    `(?:(?<dw>${alt(DAY_WORDS)})\\s+)?` +
    `(?:(?<wd>${alt(Object.keys(WEEKDAYS))})(?<wdsep>\\s*,\\s*|\\s*\\(\\s*|\\s+(?:ngày\\s+)?))?` +
    `$`,
  "iu",
);

const FROM = /^từ\s+/iu;

/**
 * "sáng nay (8.2)", "hôm qua 5/2", "ngày mai 7/2", "hiện nay (07/02)"; a one-word relative
 * ("qua", "nay", "mai") without a part of day or day word only before a bracket or a comma:
 * "vượt qua 4-5 cầu thủ" is a count.
 */
const RELATIVE_WORDS = alt(RELATIVE_DAY_WORDS.filter((w) => w.includes(" ")));
const RELATIVE_SHORT = alt(RELATIVE_DAY_WORDS.filter((w) => !w.includes(" ")));
const DAY_LEAD = `(?:${alt(PARTS_OF_DAY)}|${alt(DAY_WORDS)})`;
const RELATIVE_LEAD = new RegExp(
  `(?:(?:${DAY_LEAD}\\s+)?${RELATIVE_WORDS}(?:\\s*[,(–-]\\s*|\\s+)|${DAY_LEAD}\\s+${RELATIVE_SHORT}(?:\\s*[,(–-]\\s*|\\s+)|${RELATIVE_SHORT}\\s*[,(–-]\\s*)$`,
  "iu",
);

export interface Lead {
  /** Where the stated expression starts (the lead's first word, or the date itself). */
  start: number;
  /** Where "từ" starts when it opens the lead (`start` is then after it). */
  fromStart?: number;
  /** A part of day, a day word or a weekday says that the number is a day. */
  strong: boolean;
  /** "sáng nay (8.2)": a relative word says so, but is not part of the stated date. */
  relative: boolean;
  /** "từ" opens the expression (a range). */
  from: boolean;
  /** The lead opened a bracket: "sáng thứ Hai (15/1)". */
  bracket: boolean;
  weekday?: number;
}

/** The last word of each phrase, in lower case: what a lead (or a relative lead) ends with. */
const lastWords = (phrases: Iterable<string>) => new Set([...phrases].map((p) => p.toLowerCase().split(" ").pop()!));
const LEAD_LAST = lastWords(["từ", ...PARTS_OF_DAY, ...DAY_WORDS, ...Object.keys(WEEKDAYS)]);
const RELATIVE_LAST = lastWords(RELATIVE_DAY_WORDS);
/** What may stand between a lead's last word and the day: white space, ",", "(", "-", "–". */
const LEAD_TAIL = /[\s,(\-–]/;
const leadTailCode = classTable(LEAD_TAIL);

/**
 * The last word of `text` in [from, index), after the white space and punctuation a lead may
 * end with, in lower case. A lead's pattern ends with its last word and such a tail, so a text
 * whose last word ends no lead phrase has no lead (one that starts inside that word fails the
 * boundary test too), and is not matched against the lead patterns at all.
 */
function lastWordBefore(text: string, from: number, index: number): string {
  let end = index;
  // (from ≥ 0 and index ≤ text.length: every index read is inside the text.)
  while (end > from && leadTailCode(text.charCodeAt(end - 1)) === 1) end--;
  let start = end;
  while (start > from && wordCharAt(text, start - 1)) start--;
  return text.slice(start, end).toLowerCase();
}

const NO_LEAD = (index: number): Lead => ({ start: index, strong: false, relative: false, from: false, bracket: false });

/** The lead of a day at `index` in `text`, if any. */
export function leadBefore(text: string, index: number): Lead {
  const from = Math.max(0, index - LOOKBACK);
  const last = lastWordBefore(text, from, index);
  const maybeLead = LEAD_LAST.has(last);
  if (!maybeLead && !RELATIVE_LAST.has(last)) return NO_LEAD(index);
  const before = text.slice(from, index);
  const m = maybeLead ? LEAD.exec(before) : null;
  if (m && m[0].length > 0 && boundaryBefore(text, from + m.index)) {
    const g = m.groups!;
    const strong = Boolean(g.pod || g.dw || g.wd);
    if (strong || g.from) {
      const at = from + m.index;
      return {
        start: g.from ? at + FROM.exec(before.slice(m.index))![0].length : at,
        fromStart: g.from ? at : undefined,
        strong,
        relative: false,
        from: Boolean(g.from),
        bracket: Boolean(g.wdsep?.includes("(")),
        weekday: g.wd ? WEEKDAYS[g.wd.toLowerCase().replace(/\s+/g, " ")] : undefined,
      };
    }
  }
  const r = RELATIVE_LAST.has(last) ? RELATIVE_LEAD.exec(before) : null;
  if (r && boundaryBefore(text, from + r.index)) {
    return { start: index, strong: true, relative: true, from: false, bracket: false };
  }
  return NO_LEAD(index);
}

// --- Bare "d/m": date or fraction? ----------------------------------------------------------

const FOLLOWER = new RegExp(`^\\s*(?:${alt(DATE_FOLLOWERS)})(?![\\p{L}\\p{N}])`, "iu");
const LOWER_WORD = /^\s*\p{Ll}/u;
/** "chiếm 1/3", "chiếm đến 1/3", "chỉ bằng khoảng 1/5". */
const NOT_BEFORE = new RegExp(
  `${altNotAfter(NOT_DATE_BEFORE, "[\\p{L}\\p{N}]")}(?:\\s+(?:đến|tới|khoảng|chừng|gần|hơn))?\\s*$`,
  "iu",
);
/**
 * "chỉ bằng 1/3 của Thái Lan, 1/4 của Malaysia, 1/5 của Singapore": a ratio earlier in the
 * same list, read as one (after a quantity word), makes the next member a ratio too.
 */
const RATIO_LIST_BEFORE = new RegExp(
  `${altNotAfter(NOT_DATE_BEFORE, "[\\p{L}\\p{N}]")}(?:\\s+(?:đến|tới|khoảng|chừng|gần|hơn))?\\s*\\d{1,3}/\\d{1,3}` +
    `(?:[^\\d.;:!?()]{0,30}(?:,|\\s(?:và|hoặc))\\s*\\d{1,3}/\\d{1,3})*[^\\d.;:!?()]{0,30}(?:,|\\s(?:và|hoặc))\\s*$`,
  "iu",
);
const LIST_JOIN_BEFORE = /(?:,|\svà|\shoặc)\s*$/u;
const DIGIT_BEFORE = /\d\s*[:%]?\s*$/u;
const DIGIT_AFTER = /^\s+\d/u;
/** "3/4-inch" */
const HYPHEN_WORD_AFTER = /^[-–]\p{L}/u;
const RANGE_PARTNER = /^\s*[-–]\s*\d{1,2}\/\d{1,2}(?![\p{N}]|[/.,]\d)/u;

/**
 * Whether a bare "d/m" (no lead, no year) at [start, end) reads as a date in its context. Dates
 * are followed by punctuation, a capitalised word or a function word ("14/2 vừa qua", "phiên
 * 7/2, …"); fractions and ratios by the counted noun ("1/3 dân số", "15/19 tiêu chí") or
 * after a quantity word ("chiếm 1/3", "đạt 57/57"). A range ("1/3 - 1/2 thời gian") reads as its
 * last member.
 */
export function bareDateReads(text: string, start: number, end: number): boolean {
  // "từ 1/3 - 1/2 thời gian": a range reads as its last member does.
  const partner = RANGE_PARTNER.exec(text.slice(end, end + 16));
  if (partner) end += partner[0].length;
  const after = text.slice(end, end + 24);
  if (DIGIT_AFTER.test(after) || HYPHEN_WORD_AFTER.test(after)) return false;
  if (LOWER_WORD.test(after) && !FOLLOWER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (NOT_BEFORE.test(before) || DIGIT_BEFORE.test(before)) return false;
  // Only a list member ("…, 1/4") can continue a list of ratios.
  if (LIST_JOIN_BEFORE.test(before) && RATIO_LIST_BEFORE.test(text.slice(Math.max(0, start - 120), start))) return false;
  return true;
}

const LUNAR = new RegExp(`^\\s*${alt(LUNAR_AFTER)}(?![\\p{L}])`, "iu");
/** "15/1 âm lịch", "mùng 5 tháng 5 (ÂL)": a lunar date, not a calendar one. */
export const lunarAfter = (text: string, end: number) => LUNAR.test(text.slice(end, end + 12));

const UNIT_AFTER = new RegExp(`^\\s*${alt(UNITS)}(?![\\p{L}\\p{N}])`, "iu");
/** "từ 2-3 đến 4-5 triệu": the numbers are quantities. */
export const unitAfter = (text: string, end: number) => UNIT_AFTER.test(text.slice(end, end + 10));

const COUNT_AFTER = /^\s+(?:lần|lượt|ngày|tuần|giờ|tiếng|phút|buổi|đợt|kỳ)(?![\p{L}\p{N}])/iu;
/** "3 tháng 1 lần", "mỗi quý 1 lần": a frequency, not a date. */
export const countAfter = (text: string, end: number) => COUNT_AFTER.test(text.slice(end, end + 12));

// --- Tags: how a parser tells the extractor what it found ------------------------------------

export const TAG = {
  quarter: "vnfacts/quarter",
  half: "vnfacts/half",
  span: "vnfacts/span",
  /** Days listed with "và" ("ngày 11 và 12-11"): split into days by ListSplitRefiner. */
  list: "vnfacts/list",
  /** A quarter, half or run of months of a year: its year is the article's, not the nearest. */
  partOfYear: "vnfacts/part-of-year",
  /** The year is the article's year plus N: "quý III năm nay" (0), "năm ngoái" (-1). */
  relativeYear: "vnfacts/relative-year:",
} as const;

export type Granularity = "day" | "month" | "quarter" | "half" | "year" | "span";

export function relativeYearOf(r: ParsingResult): number | undefined {
  for (const t of r.tags()) if (t.startsWith(TAG.relativeYear)) return Number(t.slice(TAG.relativeYear.length));
  return undefined;
}

/** The finest component a stated value has: "18/7" → day, "tháng 8/2022" → month. */
export function levelOf(c: ParsingComponents): "day" | "month" | "year" {
  return c.isCertain("day") ? "day" : c.isCertain("month") ? "month" : "year";
}
