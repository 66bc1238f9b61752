// "ngày 11 và 12-11", "trong hai ngày 10 và 11/6", "các ngày 16, 17 và 18/12/2023", "ngày 7
// và 8 tháng 12": days of one month listed with "và" (and commas) are as many day facts, each
// with the month (and year) written after the last. The list is read here as one result and
// split into its days by ListSplitRefiner, after the year has been filled in.
//
// "và" lists days, it does not span them: "ngày 11 và 12-11" is 11/11 and 12/11 (the literal
// reading), whereas a range with "từ … đến" or a dash ("từ ngày 1 đến 3/7/2024", "ngày 22 -
// 24.6") is one span of days (DayRangeParser), as RECORDS.md has it.
//
// Rules: a day word or a part of day leads the list ("3 và 1/2" is not a list); the days go
// up and exist in the month.
import type { ParsingResult, Parser } from "../chrono.js";
import { type Context, TAG, boundaryBefore, daysInMonth, isYear, leadBefore, lunarAfter } from "../patterns.js";

// The pattern starts at "và" (cheap to find); the days before it are read backwards in
// extract, at most seven of them, so that a long run of "1, 1, 1, …" stays linear.
const PATTERN =
  /(?<=\d)\s+và\s+(?:ngày\s+)?(?<last>[0-3]?\d)(?:(?<sep>[/.-])(?<month>[01]?\d)(?:\k<sep>(?<year>\d{4}))?|\s+tháng\s+(?<wmonth>[01]?\d)(?:\s+năm\s+(?<wyear>\d{4}))?)(?![\p{L}\p{N}])/diu;
const DAYS_BEFORE = /(?<![\p{L}\p{N}])[0-3]?\d(?:\s?,\s?[0-3]?\d){0,6}$/u;
const GOES_ON_AFTER = /^(?:[/.,]\d|[-–]\d|\s?%)/u;
const NUMBER = /\d+/gu;

/** One listed day: its number and where it is written. */
export interface ListedDay {
  day: number;
  start: number;
  end: number;
}

/** The days of each list result, for ListSplitRefiner. */
export const LISTED_DAYS = new WeakMap<ParsingResult, ListedDay[]>();

export class DayListParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const at = match.index!;
    const end = at + match[0].length;
    const g = match.groups!;
    const from = Math.max(0, at - 24);
    const list = DAYS_BEFORE.exec(text.slice(from, at));
    if (!list) return null;
    const index = from + list.index;
    if (!boundaryBefore(text, index) || /\d[/.,-]$/u.test(text.slice(Math.max(0, index - 2), index))) return null;
    if (GOES_ON_AFTER.test(text.slice(end, end + 4)) || lunarAfter(text, end)) return null;
    const lead = leadBefore(text, index);
    if (!lead.strong || lead.relative) return null;
    const month = Number(g.month ?? g.wmonth);
    const yearText = g.year ?? g.wyear;
    const year = yearText ? Number(yearText) : null;
    if (month < 1 || month > 12 || (year !== null && !isYear(year))) return null;

    const days: ListedDay[] = [];
    for (const m of list[0].matchAll(NUMBER)) {
      const start = index + m.index!;
      days.push({ day: Number(m[0]), start, end: start + m[0].length });
    }
    // Group offsets (the `d` flag) are relative to the text chrono ran the pattern on.
    const indices = (match as RegExpMatchArray & { indices: RegExpIndicesArray }).indices;
    const lastAt = at + indices.groups!.last![0] - indices[0]![0];
    days.push({ day: Number(g.last), start: lastAt, end });
    for (let i = 0; i < days.length; i++) {
      const d = days[i]!.day;
      if (d < 1 || d > daysInMonth(month, year) || (i > 0 && d <= days[i - 1]!.day)) return null;
    }
    days[0]!.start = lead.start;

    const result = context.createParsingResult(lead.start, text.slice(lead.start, end));
    result.start.assign("day", days[0]!.day).assign("month", month);
    if (year !== null) result.start.assign("year", year);
    LISTED_DAYS.set(result, days);
    return result.addTag(TAG.list);
  }
}
