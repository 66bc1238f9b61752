// Halves and the first or last months of a year: "6 tháng đầu năm 2024" → Jan–Jun,
// "6 tháng cuối năm 2024" → Jul–Dec, "nửa đầu năm 2023", "nửa cuối năm" (year from the
// article), "9 tháng đầu năm 2024" → Jan–Sep, "11 tháng năm 2023" → Jan–Nov,
// "sáu tháng đầu năm nay". Six months are a half, three a quarter, others a span.
//
// Not read: "12 tháng năm 2023" (the whole year, a bare year), "N tháng năm" without a year
// ("trong 6 tháng, năm …"), "6 tháng đầu năm học" (a school year, not a calendar one).
import type { Parser } from "../chrono.js";
import { NUMBER_WORDS, RELATIVE_YEARS } from "../lexicon.js";
import { type Context, TAG, alt, boundaryBefore, daysInMonth, isYear } from "../patterns.js";

// The pattern starts at "tháng" or "nửa" (cheap to find); the number before "tháng" is read
// backwards in extract.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<months>tháng)(?:\\s+(?<which>đầu|cuối))?|nửa\\s+(?<half>đầu|cuối))` +
    `\\s+(?:của\\s+)?năm(?:\\s+(?<year>\\d{4})|\\s+(?<rel>${alt(Object.keys(RELATIVE_YEARS))}))?` +
    `(?![\\p{L}\\p{N}]|[/.,-]\\d)`,
  "iu",
);
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?<n>\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+$`, "iu");
/** "năm học", "năm tài chính": not the calendar year. */
const OTHER_YEAR = /^\s+(?:học|tài\s+chính)(?![\p{L}])/iu;

export class PartOfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const end = index + match[0].length;
    const g = match.groups!;
    if (!boundaryBefore(text, index)) return null;
    const year = g.year ? Number(g.year) : null;
    if (year !== null && !isYear(year)) return null;
    if (year === null && !g.rel && OTHER_YEAR.test(text.slice(end, end + 16))) return null;
    let n: number;
    let last: boolean;
    let start = index;
    if (g.half) {
      n = 6;
      last = g.half.toLowerCase() === "cuối";
    } else {
      const count = COUNT_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
      if (!count || !boundaryBefore(text, index - count[0].length)) return null;
      start = index - count[0].length;
      const word = count.groups!.n!;
      n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase().replace(/\s+/g, " ")]!;
      last = g.which?.toLowerCase() === "cuối";
      if (!g.which && year === null && !g.rel) return null;
    }
    if (!(n >= 1 && n <= 11)) return null;

    const from = last ? 13 - n : 1;
    const to = last ? 12 : n;
    const result = context.createParsingResult(start, text.slice(start, end));
    result.start.assign("day", 1).assign("month", from);
    result.end = context.createParsingComponents({ day: daysInMonth(to), month: to });
    if (year !== null) {
      result.start.assign("year", year);
      result.end.assign("year", year);
    }
    if (g.rel) result.addTag(`${TAG.relativeYear}${RELATIVE_YEARS[g.rel.toLowerCase()]}`);
    result.addTag(TAG.partOfYear);
    return result.addTag(n === 6 ? TAG.half : n === 3 ? TAG.quarter : TAG.span);
  }
}
