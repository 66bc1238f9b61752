// Splits a list of days read by DayListParser ("ngày 11 và 12-11", "các ngày 16, 17 và
// 18/12/2023") into one result per day, after the year has been filled in: the first day keeps
// the lead ("ngày 11"), the last the month and year ("12-11"), the ones between their number.
import type { ParsingResult, Refiner } from "../chrono.js";
import { LISTED_DAYS } from "../parsers/DayListParser.js";
import type { Context } from "../patterns.js";

export class ListSplitRefiner implements Refiner {
  refine(context: Context, results: ParsingResult[]): ParsingResult[] {
    if (!results.some((r) => LISTED_DAYS.has(r))) return results;
    const out: ParsingResult[] = [];
    for (const r of results) {
      const days = LISTED_DAYS.get(r);
      if (!days) {
        out.push(r);
        continue;
      }
      const month = r.start.get("month")!;
      const year = r.start.get("year")!;
      const stated = r.start.isCertain("year");
      const last = days[days.length - 1]!;
      // A year a refiner added after the list ("… 18/12 năm 2016") belongs to the last day.
      last.end = Math.max(last.end, r.index + r.text.length);
      for (const d of days) {
        const part = context.createParsingResult(d.start, context.text.slice(d.start, d.end));
        part.start.assign("day", d.day).assign("month", month);
        if (stated) part.start.assign("year", year);
        else part.start.imply("year", year);
        out.push(part);
      }
    }
    return out;
  }
}
