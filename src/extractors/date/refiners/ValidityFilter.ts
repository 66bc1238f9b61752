// Drops results whose day does not exist in its (possibly inferred) year: "29/2" in a year
// that is not a leap year, "31/4". Chrono's UnlikelyFormatFilter does this too, but also drops
// every result written only with digits and dots, which "(6.2)" and "sáng nay (8.2)" are.
import type { ParsingResult, Refiner } from "../chrono.js";

export class ValidityFilter implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => r.start.isValidDate() && (!r.end || r.end.isValidDate()));
  }
}
