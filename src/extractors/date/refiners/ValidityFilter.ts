// Drops results whose day does not exist in its (possibly inferred) year: "29/2" in a year
// that is not a leap year, "31/4". Chrono's UnlikelyFormatFilter does this too, but also drops
// every result written only with digits and dots, which "(6.2)" and "sáng nay (8.2)" are.
import type { ParsingComponents, ParsingResult, Refiner } from "../chrono.js";
import { daysInMonth } from "../patterns.js";

/**
 * `c.isValidDate()`, without building a Date for a whole day at chrono's default time (12:00):
 * then it only asks whether the day exists in the month and year.
 */
function isValidDay(c: ParsingComponents): boolean {
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  const plainDay =
    c.get("hour") === 12 &&
    c.get("minute") === 0 &&
    c.get("second") === 0 &&
    c.get("millisecond") === 0 &&
    Number.isInteger(year) &&
    year! >= 1000 &&
    year! <= 9999 &&
    Number.isInteger(month) &&
    Number.isInteger(day);
  if (!plainDay) return c.isValidDate();
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth(month!, year);
}

export class ValidityFilter implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isValidDay(r.start) && (!r.end || isValidDay(r.end)));
  }
}
