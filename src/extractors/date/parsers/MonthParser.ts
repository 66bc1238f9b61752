// "tháng 8/2022", "tháng 4-2016", "tháng 8 năm 2022", "tháng 12", "tháng 3 năm ngoái",
// "tháng 3-5/2024", "từ tháng 3 đến (hết) tháng 5/2024": months written with numbers. Chrono's
// VIMonthYearParser still reads months written as words ("tháng Tám năm 2022"); this parser
// comes first and owns the numeric forms, so that "tháng 4-2016" and month ranges are read and
// frequencies ("3 tháng 1 lần") and lunar months ("rằm tháng 7") are not.
import type { Parser } from "../chrono.js";
import { RELATIVE_YEARS } from "../lexicon.js";
import { type Context, TAG, alt, boundaryBefore, countAfter, isYear, lunarAfter } from "../patterns.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])tháng\\s+(?<m1>[01]?\\d)` +
    `(?:(?<conn>\\s?[-–]\\s?|\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:tháng\\s+)?)(?<m2>[01]?\\d))?` +
    `(?:(?:\\s*[/.-]\\s*|\\s+năm\\s+)(?<year>\\d{4})|\\s+năm\\s+(?<rel>${alt(Object.keys(RELATIVE_YEARS))}))?` +
    `(?![\\p{L}\\p{N}]|[/.,-]\\d)`,
  "iu",
);
/** A lunar month: "rằm tháng 7", "mùng 5 tháng 5". */
const LUNAR_BEFORE = /(?:rằm|mùng|mồng)\s+(?:\d{1,2}\s+)?$/iu;
const FROM_BEFORE = /(?<![\p{L}\p{N}])từ\s+$/iu;

export class MonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const end = index + match[0].length;
    const g = match.groups!;
    if (!boundaryBefore(text, index)) return null;
    const m1 = Number(g.m1);
    const m2 = g.m2 ? Number(g.m2) : null;
    const year = g.year ? Number(g.year) : null;
    if (m1 < 1 || m1 > 12 || (m2 !== null && (m2 <= m1 || m2 > 12))) return null;
    if (year !== null && !isYear(year)) return null;
    const before = text.slice(Math.max(0, index - 12), index);
    if (LUNAR_BEFORE.test(before) || lunarAfter(text, end)) return null;
    if (year === null && !g.rel && countAfter(text, end)) return null;

    const from = m2 !== null ? FROM_BEFORE.exec(before) : null;
    const start = from ? index - from[0].length : index;
    const result = context.createParsingResult(start, text.slice(start, end));
    result.start.assign("month", m1).imply("day", 1);
    if (year !== null) result.start.assign("year", year);
    if (m2 !== null) {
      result.end = context.createParsingComponents({ month: m2 }).imply("day", 1);
      if (year !== null) result.end.assign("year", year);
      result.addTag(TAG.span);
    }
    if (g.rel) result.addTag(`${TAG.relativeYear}${RELATIVE_YEARS[g.rel.toLowerCase()]}`);
    return result;
  }
}
