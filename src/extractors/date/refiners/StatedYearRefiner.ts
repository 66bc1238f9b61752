// A day or month followed by its year in words chrono's and our patterns do not join:
// "16/12, 23/12, 27/12 năm 2016" (the last day of a list), "Hồi tháng Tư 2001" → the year is
// stated: it is assigned and becomes part of the expression; "ngày 30/12 năm ngoái" → the
// year is the article's year minus one (a relative-year tag for ArticleYearRefiner). In a list,
// the year stated for the last member holds for the others: "quý I và quý II/2024",
// "tháng 7, tháng 8/2024", "ngày 16/12, 23/12, 27/12 năm 2016"; and "quý IV và cả năm 2016",
// "tháng 12 và cả năm 2023" state the year for the quarter or month (which stays the fact).
import { RELATIVE_YEARS } from "../lexicon.js";
import type { ParsingResult, Refiner } from "../chrono.js";
import { type Context, TAG, alt, isYear, levelOf, relativeYearOf } from "../patterns.js";

const YEAR_AFTER = new RegExp(
  `^\\s+năm\\s+(?:(?<year>\\d{4})|(?<rel>${alt(Object.keys(RELATIVE_YEARS))}))(?![\\p{L}\\p{N}]|[/.,-]\\d)`,
  "iu",
);
const AND_WHOLE_YEAR = /^\s+và\s+cả\s+năm\s+(?<year>\d{4})(?![\p{L}\p{N}]|[/.,-]\d)/iu;
const LIST_JOIN = /^\s*(?:,|;|và|hoặc|,\s*và)\s*$/iu;
const BARE_YEAR_AFTER = /^\s+(?<year>(?:19|20)\d{2})(?![\p{L}\p{N}]|[/.,-]\d)/u;

export class StatedYearRefiner implements Refiner {
  refine(context: Context, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.start.isCertain("year") || [...r.tags()].some((t) => t.startsWith(TAG.relativeYear))) continue;
      const level = levelOf(r.start);
      if (level === "year") continue;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 20);
      const whole = AND_WHOLE_YEAR.exec(after);
      if (whole && isYear(Number(whole.groups!.year))) {
        r.start.assign("year", Number(whole.groups!.year));
        if (r.end) r.end.assign("year", Number(whole.groups!.year));
        continue;
      }
      if (r.end) continue;
      const m = YEAR_AFTER.exec(after) ?? (level === "month" ? BARE_YEAR_AFTER.exec(after) : null);
      if (!m) continue;
      const g = m.groups!;
      if (g.rel) r.addTag(`${TAG.relativeYear}${RELATIVE_YEARS[g.rel.toLowerCase()]}`);
      else if (isYear(Number(g.year))) r.start.assign("year", Number(g.year));
      else continue;
      r.text += m[0];
    }
    for (let i = results.length - 2; i >= 0; i--) {
      const r = results[i]!;
      const next = results[i + 1]!;
      if (r.start.isCertain("year") || !next.start.isCertain("year") || relativeYearOf(r) !== undefined) continue;
      if (kindOf(r) !== kindOf(next)) continue;
      const between = context.text.slice(r.index + r.text.length, next.index);
      if (!LIST_JOIN.test(between)) continue;
      // A list runs forward in time: "28/12, 2/1/2025" starts in 2024.
      const later = (c: ParsingResult) => c.start.get("month")! * 100 + (c.start.isCertain("day") ? c.start.get("day")! : 0);
      const year = next.start.get("year")! - (!r.end && later(r) > later(next) ? 1 : 0);
      r.start.assign("year", year);
      if (r.end) r.end.assign("year", year);
    }
    return results;
  }
}

/** Members of one list are of one kind: days with days, quarters with quarters. */
function kindOf(r: ParsingResult): string {
  const tags = [...r.tags()].filter((t) => t.startsWith("vnfacts/") && !t.startsWith(TAG.relativeYear)).sort();
  return `${levelOf(r.start)}|${r.end ? levelOf(r.end) : ""}|${tags.join(",")}`;
}
