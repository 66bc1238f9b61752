// "Chiều 18/7", "Sáng 5-3", "Tối 12.9", "Ngày 22-2", "ngày 10/8/2022", "20-2-2023", "hôm 5/6",
// "sáng thứ Hai (15/1)", "thứ Năm, 12/9", "(6.2)": a numeric day and month, with or without a
// year, with the words that lead it. Replaces chrono's SlashDateFormatParser, which reads
// "Chiều 18/7" as the reference day's afternoon, takes "1/3 dân số" for a date and never
// reads "22-2" or "12.9".
//
// Rules (the parser rejects by returning null):
// - day and month must make a date (31/4 does not; 29/2 only in a leap year when stated);
// - "/" may stand alone when its context reads as a date (see `bareDateReads`);
//   "-" and "." need a lead ("Ngày 22-2", "sáng 17.5"), a year ("20-2-2023") or, for ".",
//   brackets ("(6.2)"): bare "2-1" is a score and "1.5" a decimal;
// - a number that goes on ("1/1/1", "1.5/7", "18/7/24") is not a date.
import type { Parser } from "../chrono.js";
import { NOT_DATES } from "../lexicon.js";
import {
  type Context,
  bareDateReads,
  boundaryBefore,
  daysInMonth,
  isYear,
  leadBefore,
  lunarAfter,
} from "../patterns.js";

const PATTERN = /(?<![\p{L}\p{N}])(?<day>[0-3]?\d)(?<sep>[/.-])(?<month>[01]?\d)(?:\k<sep>(?<year>\d{4}))?(?![\p{L}\p{N}])/u;
/** The number goes on: "1/1/1", "18/7/24", "6.5.2", "1/3,5"; or is a percentage. */
const GOES_ON_AFTER = /^(?:[/.,]\d|[-–]\d{1,4}(?![/.\d])|\s?%)/u;
const GOES_ON_BEFORE = /\d[/.,]$/u;
const NOT_DATE_SET = new Set(NOT_DATES);

export class DayMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const end = index + match[0].length;
    if (!boundaryBefore(text, index) || GOES_ON_BEFORE.test(text.slice(Math.max(0, index - 2), index))) return null;
    if (GOES_ON_AFTER.test(text.slice(end, end + 6))) return null;
    const g = match.groups!;
    const day = Number(g.day);
    const month = Number(g.month);
    const year = g.year ? Number(g.year) : null;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return null;
    if (year !== null && !isYear(year)) return null;
    if (lunarAfter(text, end)) return null;

    const lead = leadBefore(text, index);
    if (year === null && !lead.strong) {
      if (g.sep === "/") {
        if (NOT_DATE_SET.has(`${day}/${month}`) || !bareDateReads(text, index, end)) return null;
      } else if (!(g.sep === "." && text[index - 1] === "(" && text[end] === ")")) {
        return null;
      }
    }

    const start = lead.relative ? index : lead.start;
    const stop = lead.bracket && text[end] === ")" ? end + 1 : end;
    const result = context.createParsingResult(start, text.slice(start, stop));
    result.start.assign("day", day).assign("month", month);
    if (year !== null) result.start.assign("year", year);
    if (lead.weekday !== undefined) result.start.assign("weekday", lead.weekday);
    return result;
  }
}
