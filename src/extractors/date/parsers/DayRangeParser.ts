// "từ ngày 1 đến 3/7", "từ 1-3/7/2024", "hai ngày 22 - 24.6", "ngày 22 – 23 tháng 2", "từ
// ngày 1 đến ngày 3 tháng 7 năm 2024": days of one month → a span of days. Ranges across
// months ("từ 28/6 đến 3/7") are two days merged by the range refiner. Days joined by "và"
// ("ngày 11 và 12-11") are a list of days, not a span (DayListParser).
//
// Rules: the first day is before the second and both exist in the month; without "từ" or a
// day word only "13-14/5" with a date-like context is read.
import type { Parser } from "../chrono.js";
import { type Context, TAG, bareDateReads, boundaryBefore, daysInMonth, isYear, leadBefore, lunarAfter } from "../patterns.js";

const PATTERN =
  /(?<![\p{L}\p{N}])(?<d1>[0-3]?\d)(?<conn>\s?[-–]\s?|\s+(?<word>đến|tới)\s+(?:ngày\s+)?)(?<d2>[0-3]?\d)(?:(?<sep>[/.-])(?<month>[01]?\d)(?:\k<sep>(?<year>\d{4}))?|\s+tháng\s+(?<wmonth>[01]?\d)(?:\s+năm\s+(?<wyear>\d{4}))?)(?![\p{L}\p{N}])/iu;
const GOES_ON_AFTER = /^(?:[/.,]\d|[-–]\d|\s?%)/u;

export class DayRangeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const end = index + match[0].length;
    const g = match.groups!;
    if (!boundaryBefore(text, index) || /\d[/.,-]$/u.test(text.slice(Math.max(0, index - 2), index))) return null;
    if (GOES_ON_AFTER.test(text.slice(end, end + 4))) return null;
    // "Đến"/"Tới" with a capital opens the next sentence.
    if (g.word === "Đến" || g.word === "Tới") return null;
    const dash = !g.word;
    if (dash && g.sep === "-") return null;
    const words = g.wmonth !== undefined;
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    const month = Number(g.month ?? g.wmonth);
    const yearText = g.year ?? g.wyear;
    const year = yearText ? Number(yearText) : null;
    if (month < 1 || month > 12 || d1 < 1 || d1 >= d2 || d2 > daysInMonth(month, year)) return null;
    if (year !== null && !isYear(year)) return null;
    if (lunarAfter(text, end)) return null;

    const lead = leadBefore(text, index);
    if (!lead.strong && !lead.from) {
      const reads = dash && !words && (year !== null || (g.sep === "/" && bareDateReads(text, index, end)));
      if (!reads) return null;
    }
    const start = lead.relative ? index : (lead.fromStart ?? lead.start);
    const result = context.createParsingResult(start, text.slice(start, end));
    result.start.assign("day", d1).assign("month", month);
    result.end = context.createParsingComponents({ day: d2, month });
    if (year !== null) {
      result.start.assign("year", year);
      result.end.assign("year", year);
    }
    return result.addTag(TAG.span);
  }
}
