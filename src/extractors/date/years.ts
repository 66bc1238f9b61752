// The article's own year, read from its text, for dates that state no year ("Chiều 18/7",
// "quý III", "tháng 12").
//
// How news states its year: the present is the latest year the article talks about as past or
// current ("6 tháng đầu năm 2024", "phục vụ phát triển năm 2024", "từ đầu năm 2023 đến nay",
// "ngày 20/2/2023"); later years come as targets and plans, after a forward word ("đến năm
// 2030", "tầm nhìn 2045", "hướng tới … năm 2030") or as the end of a span ("giai đoạn
// 2022 - 2026"). So the article's year is the latest year mentioned outside such contexts and
// not after the reference date. Measured on the bench corpus (articles of Feb–Aug 2017 whose
// lead is a yearless day of those months, so their year is 2017; 2,123 of them mention a
// year): the most frequent year is right for 740, the latest year for 835 but 221 times a
// future year (a target), the latest year outside forward contexts for 833 with 134 future
// years. "vào năm X" is as often a target ("vào năm 2030") as a past year ("vào năm 2010"):
// counting it only when nothing else is mentioned keeps 817 right and halves the future years
// (80), which matters more for the economic news this tool reads. "cùng kỳ năm 2016" (the same
// period of last year) says the article is of 2017. Articles that name no usable year take the
// reference date's year (`ctx.years`, every 4-digit number of the article, was tried as a
// fallback and picked an older year more often than the right one: "2000 người", "World Cup
// 2014").
//
// Above all that, a dateline — a full date next to a clock time ("Thể thao Việt Nam | 10:45
// 06/02/2017", "18/07/2024 14:30") or opening a line after a weekday ("Thứ Năm, 18/07/2024") —
// is the article's own date: its year is the article's year and its day the anchor below.
//
// A yearless day is then put in the year that brings it closest to the lead's day when the
// article opens with one ("Ngày 2/4, …"): in an article of February, "ngày 28/12" is the
// December before, as chrono does with its reference date. On the bench corpus this moves 9
// of 596 such days, mostly right ("16/12, 23/12" in a February article are of the year before).
import type { ExtractContext } from "../types.js";
import { DAY_WORDS, FORWARD_WORDS, PARTS_OF_DAY } from "./lexicon.js";
import { alt, daysInMonth } from "./patterns.js";

export interface ArticleYears {
  /** The article's own year as its text states it; null when it states none usable. */
  year: number | null;
  /** The lead's day and month when the article opens with one (in `year`). */
  anchor: { month: number; day: number } | null;
  reference: Date;
}

const YEAR_MENTION =
  /(?<![\p{L}\p{N}])(?:năm\s+|(?<date>(?:tháng\s+)?\d{1,2}[/.-](?:\d{1,2}[/.-])?|quý\s+[IV1-4]+\s*[/.-]\s*))(?<y>(?:19|20)\d{2})(?![\p{L}\p{N}]|[/.,]\d|\/)/giu;
const FORWARD = new RegExp(`(?<![\\p{L}])${alt(FORWARD_WORDS)}(?:\\s+(?:hết|cuối|đầu|giữa))?\\s*$`, "iu");
const SPAN_END = /\d{4}\s*[-–]\s*$/u;
const AT = /(?<![\p{L}])vào(?:\s+(?:cuối|đầu|giữa))?\s*$/iu;
const SAME_PERIOD = /(?<![\p{L}])cùng\s+kỳ\s*$/iu;
const OPENER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alt(PARTS_OF_DAY)}|${alt(DAY_WORDS)})\\s+(?:[^\\d\\n]{0,20}?\\s)?(?<day>\\d{1,2})[/.-](?<month>\\d{1,2})(?![\\p{N}]|[/.-]\\d)`,
  "iu",
);

/** Reads the article's year and lead day from its sentences. */
export function articleYears(ctx: Pick<ExtractContext, "text" | "sentences" | "referenceDate">): ArticleYears {
  const own = dateline(ctx.text);
  if (own) return { year: own.year, anchor: { month: own.month, day: own.day }, reference: ctx.referenceDate };
  const refYear = ctx.referenceDate.getUTCFullYear();
  let latest: number | null = null;
  let latestAt: number | null = null;
  for (const s of ctx.sentences) {
    const text = s.text;
    if (!/\d{4}/.test(text)) continue;
    for (const m of text.matchAll(YEAR_MENTION)) {
      let y = Number(m.groups!.y);
      const before = text.slice(Math.max(0, m.index! - 24), m.index!);
      if (FORWARD.test(before) || SPAN_END.test(before)) continue;
      if (SAME_PERIOD.test(before)) y += 1;
      if (y > refYear) continue;
      if (!m.groups!.date && AT.test(before)) {
        if (latestAt === null || y > latestAt) latestAt = y;
        continue;
      }
      if (latest === null || y > latest) latest = y;
    }
  }
  const year = latest ?? latestAt;

  let anchor: ArticleYears["anchor"] = null;
  const openers = new Set<number>();
  for (const s of ctx.sentences) {
    if (s.title || openers.has(s.paragraph)) continue;
    openers.add(s.paragraph);
    const m = OPENER.exec(s.text.slice(0, 60));
    if (m) {
      const day = Number(m.groups!.day);
      const month = Number(m.groups!.month);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month)) anchor = { month, day };
      break;
    }
    if (openers.size === 3) break;
  }
  return { year, anchor, reference: ctx.referenceDate };
}

/** A full date whose groups are named day1, month1, year1 (day2, … for the second use). */
const fullDate = (n: number) => String.raw`(?<day${n}>\d{1,2})[/.-](?<month${n}>\d{1,2})[/.-](?<year${n}>(?:19|20)\d{2})`;
// Single optional spaces only: runs of `\\s*` in a row would backtrack on long blank runs.
const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?\(GMT\s?\+\s?7\)|\s?(?:AM|PM|SA|CH))?`;
const DATELINE = new RegExp(
  [
    String.raw`(?<![\p{N}])${TIME}\s?[,|–-]?\s?${fullDate(1)}(?![\p{N}])`,
    String.raw`(?<![\p{N}/.-])${fullDate(2)}\s?[,|–-]?\s?${TIME}`,
    String.raw`(?:^|\n)[ \t]?(?:thứ\s\p{L}+|chủ\snhật)\s?,\s?(?:ngày\s)?${fullDate(3)}`,
  ].join("|"),
  "iu",
);

/** The article's own date when the text carries a dateline. */
function dateline(text: string): { year: number; month: number; day: number } | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const day = Number(g.day1 ?? g.day2 ?? g.day3);
  const month = Number(g.month1 ?? g.month2 ?? g.month3);
  const year = Number(g.year1 ?? g.year2 ?? g.year3);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year) ? { year, month, day } : null;
}

const DAY_MS = 86_400_000;
const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, Math.min(d, daysInMonth(m, y)));

/**
 * The year in which month/day falls nearest to `around` (a time). With `lateCost` 2 a date
 * after `around` counts as twice as far: a reference date is a date at or after writing, and
 * news tells more of what has happened than of what will.
 */
function nearestYear(around: number, base: number, month: number, day: number, lateCost = 1): number {
  const cost = (y: number) => {
    const diff = at(y, month, day) - around;
    return diff > 0 ? diff * lateCost : -diff;
  };
  let best = base;
  for (const y of [base - 1, base + 1]) if (cost(y) + DAY_MS / 2 < cost(best)) best = y;
  return best;
}

/** The year of a day (or, with `day` null, a month) that states none. */
export function yearOfDay(article: ArticleYears, month: number, day: number | null): number {
  const d = day ?? 15;
  if (article.year === null) {
    const ref = article.reference;
    return nearestYear(ref.getTime(), ref.getUTCFullYear(), month, d, 2);
  }
  if (!article.anchor) return article.year;
  return nearestYear(at(article.year, article.anchor.month, article.anchor.day), article.year, month, d);
}

/** The year of a quarter, half or part of a year that states none: the article's year. */
export function yearOfPeriod(article: ArticleYears): number {
  return article.year ?? article.reference.getUTCFullYear();
}
