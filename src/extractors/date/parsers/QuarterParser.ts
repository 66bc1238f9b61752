// "quý I/2024", "quý 4 năm 2018", "quý II-2023", "Quý IV.2023", "quý III" (year from the
// article), "quý III năm nay" → the quarter's first to last day.
import type { Parser } from "../chrono.js";
import { QUARTERS, RELATIVE_YEARS } from "../lexicon.js";
import { type Context, TAG, alt, boundaryBefore, countAfter, daysInMonth, isYear } from "../patterns.js";

// Case-sensitive: Roman numerals are upper case ("quý I"), so "quý" can only be the word.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Qq]uý|QUÝ)\\s+(?<q>IV|I{1,3}|[1-4])` +
    `(?:(?:\\s*[/.-]\\s*|\\s+năm\\s+)(?<year>\\d{4})|\\s+năm\\s+(?<rel>${alt(Object.keys(RELATIVE_YEARS))}))?` +
    `(?![\\p{L}\\p{N}]|[/.,-]\\d)`,
  "u",
);

export class QuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const end = index + match[0].length;
    const g = match.groups!;
    if (!boundaryBefore(text, index)) return null;
    const q = QUARTERS[g.q!]!;
    const year = g.year ? Number(g.year) : null;
    if (year !== null && !isYear(year)) return null;
    if (year === null && !g.rel && countAfter(text, end)) return null;

    const first = 3 * q - 2;
    const last = 3 * q;
    const result = context.createParsingResult(index, match[0]);
    result.start.assign("day", 1).assign("month", first);
    result.end = context.createParsingComponents({ day: daysInMonth(last), month: last });
    if (year !== null) {
      result.start.assign("year", year);
      result.end.assign("year", year);
    }
    if (g.rel) result.addTag(`${TAG.relativeYear}${RELATIVE_YEARS[g.rel.toLowerCase()]}`);
    result.addTag(TAG.partOfYear);
    return result.addTag(TAG.quarter);
  }
}
