// Fills in the year of a date that states none from the article (see ../years.ts), as an
// implied component, so that the fact says `inferred: true`. A weekday stated with the day
// ("sáng thứ Hai (15/1)") picks the neighbouring year when the article's year does not have
// that weekday on that day.
import type { ParsingOption, ParsingResult, Refiner } from "../chrono.js";
import { type Context, TAG, relativeYearOf } from "../patterns.js";
import { type ArticleYears, yearOfDay, yearOfPeriod } from "../years.js";

/** Chrono's parsing option, carrying what the article says about its year. */
export interface DateOption extends ParsingOption {
  article: ArticleYears;
}

const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

export class ArticleYearRefiner implements Refiner {
  refine(context: Context, results: ParsingResult[]): ParsingResult[] {
    const article = (context.option as DateOption).article;
    if (!article) return results;
    for (const r of results) {
      if (r.start.isCertain("year")) continue;
      const rel = relativeYearOf(r);
      const month = r.start.get("month")!;
      const day = r.start.isCertain("day") ? r.start.get("day")! : null;
      let year: number;
      if (rel !== undefined) year = yearOfPeriod(article) + rel;
      else if (r.tags().has(TAG.partOfYear)) year = yearOfPeriod(article, month);
      else {
        year = yearOfDay(article, month, day);
        const weekday = r.start.isCertain("weekday") ? r.start.get("weekday") : null;
        if (day !== null && weekday !== null && weekdayOf(year, month, day) !== weekday) {
          const other = [year - 1, year + 1].find((y) => weekdayOf(y, month, day) === weekday);
          if (other !== undefined) year = other;
        }
      }
      r.start.imply("year", year);
      if (r.end && !r.end.isCertain("year")) r.end.imply("year", year);
    }
    return results;
  }
}
