// The article's own time, read from its text, for dates that state no year ("Chiều 18/7",
// "quý III", "tháng 12").
//
// Evidence, strongest first:
// 1. A dateline — a full date next to a clock time ("Thể thao Việt Nam | 10:45 06/02/2017",
//    "18/07/2024 14:30", "• 2017-05-09 15:47") or opening a line after a weekday ("Thứ Năm,
//    18/07/2024") — is the article's own date (the line itself yields no fact: ContextFilter).
// 2. The same day stated in full elsewhere in the article: "Chiều 11-11" in an article that
//    also says "từ ngày 6 đến 11-11-2017" is of 2017 (when that year is within one of what the
//    rest of the evidence gives: "dịp 30/4" next to "30/4/1975" is not of 1975).
// 3. The latest point in time the article states as past or present: full dates
//    ("ngày 25/6/2019"), months ("tháng 12.2022"), quarters and runs of months ("quý I/2024",
//    "6 tháng đầu năm 2024"), bare years ("Năm 2022, cả nước …"; "cùng kỳ năm 2022", "năm
//    2022 vừa qua" → 2023).
//    An article's full dates are the strongest of these: they are points, where a bare year
//    only says "on or after 1 January". News reports what has happened: the lead day is at or
//    soon after the latest point, so a yearless lead goes to the year that puts it nearest to
//    the point, a day before the point counting twice as far as a day after (`LATE_COST`). A
//    full date is a point; a month, quarter or run of months its first day; a bare year its 1
//    January. So "Ngày 29.12" next to "tháng 12.2022" and "nhiệm vụ năm 2023" is 29/12/2022;
//    "Chiều 11-11" next to "Năm 2018, Papua New Guinea sẽ …" is 11/11/2017 even when the
//    future tense is missed; "Ngày 5/2" after "tháng 12-2016" is 5/2/2017. A point after
//    "hồi" ("hồi tháng 3/2016") is well past: the lead goes after it, never before.
//    Not evidence: years of the future — right after "đến", "tới", "mục tiêu", "kế hoạch",
//    "tầm nhìn", "phấn đấu", "dự kiến", "sẽ", "hướng tới" ("đến năm 2030", "tầm nhìn 2045";
//    not "từ ngày 6 đến 11-11-2017", which closes a range), before "tới" ("năm 2018 tới"),
//    after a future marker earlier in the clause ("kỳ vọng … có thể có hiệu lực từ đầu năm
//    2020", "mục tiêu tăng trưởng GDP năm 2025"), or a bare year that opens a clause in the
//    future tense ("Năm 2018, Papua New Guinea sẽ đảm nhận …"); the end of a span of years;
//    birth years ("sinh năm 1979", "SN 1965"); points after the reference date. "vào năm X" is
//    as often a target ("vào năm 2030") as a past year ("vào năm 2010") and counts only when
//    nothing else does. Years inside names ("APEC 2017", "World Cup 2014") are not read: as
//    often the present as the past.
// 4. The reference date, when the text states no usable year.
//
// The lead day (a day that opens one of the first paragraphs: "Ngày 2/4, …") placed this way
// is the article's anchor; every other yearless day goes to the year nearest the anchor (in an
// article of February "ngày 28/12" is the December before). Without a lead, a day is placed
// against the latest point as the lead would be, except that a bare year alone gives its own
// year ("tháng 12" in an article that only says "năm 2024" is December 2024). A quarter or
// part of a year without a year ("quý III") is of the anchor's year.
//
// Not done: taking the year of the nearest full date before a day in the same sentence. It
// would read "ngày 4/9/2001, … vụ khủng bố 11/9" right, but gets wrong the far more common
// citation "theo Nghị định số 108/2013/NĐ-CP ngày 23/09/2013 …, đến ngày 27/3".
//
// Measured on the bench corpus (baomoi, Jan–Aug 2017, mostly February and May; scratch
// scripts, not in the project), against the "latest year outside forward contexts" rule this
// replaced:
// - the 1,573 articles whose lead is a yearless day of February–August (so 2017 is right) and
//   that mention a year. Reference date at the end of the crawl (2017-09-01): 894 → 1,075 leads
//   in 2017 (679 → 494 too early, 0 → 4 too late). Today as the reference, as when an archive
//   is read now: 498 → 599 right, 664 → 479 too early, 411 → 495 too late — almost all of
//   those are articles left without usable evidence, which take the reference year.
// - every inferred day on the bench (14,466) against the year nearest the article's own date,
//   estimated from its id (ids are allotted in time order; 187 articles with a full-date lead
//   anchor them): 76.7% → 82.8% right with the 2017 reference.
// The misses left are articles that state only older years (biographies, "từ năm 2003", last
// year's results in a February article): their own year is not in the text.
import type { ExtractContext } from "../types.js";
import { DAY_WORDS, FORWARD_AFTER, FORWARD_CLAUSE, FORWARD_WORDS, PARTS_OF_DAY } from "./lexicon.js";
import { alt, altNotAfter, daysInMonth } from "./patterns.js";

export interface ArticleYears {
  /** The article's own day (UTC ms): its dateline, or its lead day placed by the evidence. */
  anchor: number | null;
  /** The latest point in time the article states as past or present (UTC ms). */
  latest: number | null;
  /** The latest point is a bare year's 1 January (no month or day stated). */
  latestIsYear: boolean;
  /** The latest point was stated as past ("hồi tháng 3/2016"): the lead day is after it. */
  latestIsPast: boolean;
  /** Years stated for a day in full, keyed by month * 100 + day. */
  stated: ReadonlyMap<number, readonly number[]>;
  reference: Date;
}

const DAY_MS = 86_400_000;
/** How much farther a day before the article's latest point counts than a day after it. */
const LATE_COST = 2;

const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, Math.min(d, daysInMonth(m, y)));
const yearOf = (t: number) => new Date(t).getUTCFullYear();

// --- Evidence: the years an article states --------------------------------------------------

const QUARTER_FIRST: Record<string, number> = { I: 1, II: 4, III: 7, IV: 10, "1": 1, "2": 4, "3": 7, "4": 10 };

/** A year that does not go on ("2020/NĐ-CP", "2017-2018" are not read here). */
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}]|[/.,-]\d|\/)/gu;
/**
 * What stands before a year that makes it evidence: a full date (d/m/y, "ngày d tháng m năm
 * y"), a month, a quarter or run of months, "cùng kỳ (năm)", or "năm". Matched against the few
 * characters before each year (years are rare, so this is cheaper than one pattern that
 * tries every alternative at every position of a sentence).
 */
const YEAR_PREFIX = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?<full>(?<fd>\d{1,2})[/.-](?<fm>\d{1,2})[/.-]|ngày\s(?<wd>\d{1,2})\stháng\s(?<wm>\d{1,2})\s(?:năm\s)?)` +
    String.raw`|(?<month>tháng\s(?<mm>\d{1,2})(?:\s?[/.-]\s?|\snăm\s))` +
    String.raw`|(?<period>(?:quý\s(?<q>IV|I{1,3}|[1-4])|(?<n>\d{1,2})\stháng(?:\s(?<which>đầu|cuối))?)(?:\s?[/.-]\s?|\snăm\s))` +
    String.raw`|(?<same>cùng\skỳ\s(?:năm\s)?)` +
    String.raw`|(?<bare>năm\s)` +
    String.raw`)$`,
  "iu",
);
const FORWARD = new RegExp(
  `${altNotAfter(FORWARD_WORDS, "[\\p{L}]")}(?:\\s+(?:vào|trong))?(?:\\s+(?:hết|cuối|đầu|giữa))?(?:\\s+(?:ngày|tháng|năm))?\\s*$`,
  "iu",
);
// "năm 2018 tới", but not "từ năm 2010 tới nay" nor "2016 tới năm 2020".
const FORWARD_NEXT = new RegExp(`^\\s+${alt(FORWARD_AFTER)}(?![\\p{L}])(?!\\s+(?:nay|năm|tháng|ngày|\\d))`, "iu");
/** "từ ngày 6 đến 11-11-2017": "đến" closes a range, it does not point to the future. */
const RANGE_END = /(?<![\p{L}])từ\s[^,;]{0,24}?\s(?:đến|tới)\s(?:hết\s)?(?:ngày\s|tháng\s)?$/iu;
/** "Năm 2018, Papua New Guinea sẽ đảm nhận …": the year opens a clause in the future tense. */
const FUTURE_CLAUSE = new RegExp(`^\\s*,?[^,;.:]*?${altNotAfter(FORWARD_CLAUSE, "[\\p{L}]")}(?![\\p{L}])`, "iu");
/** "kỳ vọng EVFTA có thể có hiệu lực từ đầu năm 2020": a future marker earlier in the clause. */
const FUTURE_BEFORE = new RegExp(`${altNotAfter(FORWARD_CLAUSE, "[\\p{L}]")}(?![\\p{L}])(?:\\s*,)?[^,;:.]*$`, "iu");
const JUST_PAST = /^\s+vừa\s+(?:qua|rồi)(?![\p{L}])/iu;
/** "hồi tháng 3/2016", "hồi đầu năm 2016": a time well before the article's own. */
const BACK_THEN = /(?<![\p{L}])hồi(?:\s+(?:đầu|cuối|giữa))?(?:\s+(?:ngày|tháng|năm))?\s*$/iu;
const CLAUSE_START = /(?:^|[,;:(–-])\s*$/u;
const SPAN_END = /\d{4}\s?[-–—]\s?$/u;
/** "sinh năm 1979", "(SN 1965)"; not "tuyển sinh năm 2023", "học sinh năm …". */
const BIRTH = /(?<![\p{L}])(?<!(?:tuyển|học|phát|hồi|tái)\s)(?:sinh|SN)\s?(?:năm\s?)?$/iu;
const AT = /(?<![\p{L}])vào(?:\s+(?:cuối|đầu|giữa))?\s*$/iu;

interface Evidence {
  /** Month * 100 + day of a full date. */
  day?: number;
  year: number;
  /** The point in time it states (UTC ms). */
  point: number;
  bare: boolean;
  forward: boolean;
  /** "vào năm X": counts only when nothing else does. */
  weak: boolean;
  /** "hồi tháng 3/2016": the article is after it, not before. */
  past: boolean;
}

function evidenceOf(text: string, out: Evidence[]): void {
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(text); y; y = YEAR.exec(text)) {
    const at0 = y.index;
    const window = text.slice(Math.max(0, at0 - 24), at0);
    const m = YEAR_PREFIX.exec(window);
    if (!m) continue;
    const g = m.groups!;
    const index = at0 - m[0].length;
    const end = at0 + 4;
    const before = text.slice(Math.max(0, index - 40), index);
    if (g.bare !== undefined && (SPAN_END.test(before) || BIRTH.test(`${before}năm `))) continue;
    let year = Number(y[0]);
    let point: number;
    let day: number | undefined;
    if (g.full !== undefined) {
      const d = Number(g.fd ?? g.wd);
      const mo = Number(g.fm ?? g.wm);
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(mo, year)) continue;
      point = at(year, mo, d);
      day = mo * 100 + d;
    } else if (g.month !== undefined) {
      const mo = Number(g.mm);
      if (mo < 1 || mo > 12) continue;
      point = at(year, mo, 1);
    } else if (g.period !== undefined) {
      const n = g.n === undefined ? 0 : Number(g.n);
      if (g.q === undefined && (n < 1 || n > 12)) continue;
      point = at(year, g.q ? QUARTER_FIRST[g.q]! : g.which?.toLowerCase() === "cuối" ? 13 - n : 1, 1);
    } else {
      // "cùng kỳ năm 2022", "năm 2022 vừa qua": the article is of the year after.
      if (g.same !== undefined || JUST_PAST.test(text.slice(end, end + 12))) year += 1;
      point = at(year, 1, 1);
    }
    const bare = g.bare !== undefined || g.same !== undefined;
    const forward =
      (FORWARD.test(before) && (bare || !RANGE_END.test(before))) ||
      FORWARD_NEXT.test(text.slice(end, end + 12)) ||
      FUTURE_BEFORE.test(before) ||
      (bare && CLAUSE_START.test(before) && FUTURE_CLAUSE.test(text.slice(end, end + 80)));
    out.push({ day, year, point, bare, forward, weak: g.bare !== undefined && AT.test(before), past: BACK_THEN.test(before) });
  }
}

// --- The article's time ---------------------------------------------------------------------

const OPENER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alt(PARTS_OF_DAY)}|${alt(DAY_WORDS)})\\s+(?:[^\\d\\n]{0,20}?\\s)?(?<day>\\d{1,2})[/.-](?<month>\\d{1,2})(?![\\p{N}]|[/.-]\\d|\\s+năm(?![\\p{L}]))`,
  "iu",
);

const DAY_MONTH = /\d[/.-]\d/;

/** Reads the article's own time, its lead day and its fully stated days from its text. */
export function articleYears(ctx: Pick<ExtractContext, "text" | "sentences" | "referenceDate">): ArticleYears {
  const reference = ctx.referenceDate;
  const evidence: Evidence[] = [];
  for (const s of ctx.sentences) if (/\d{4}/.test(s.text)) evidenceOf(s.text, evidence);

  const stated = new Map<number, number[]>();
  for (const e of evidence) {
    if (e.day === undefined) continue;
    const years = stated.get(e.day);
    if (!years) stated.set(e.day, [e.year]);
    else if (!years.includes(e.year)) years.push(e.year);
  }

  const own = dateline(ctx.text);
  if (own) return { anchor: own, latest: own, latestIsYear: false, latestIsPast: false, stated, reference };

  const limit = reference.getTime();
  let latest: Evidence | null = null;
  let latestWeak: Evidence | null = null;
  for (const e of evidence) {
    if (e.forward || e.point > limit) continue;
    if (e.weak) {
      if (!latestWeak || e.point > latestWeak.point) latestWeak = e;
    } else if (!latest || e.point > latest.point || (e.point === latest.point && !e.bare)) latest = e;
  }
  const best = latest ?? latestWeak;
  const article: ArticleYears = {
    anchor: null,
    latest: best?.point ?? null,
    latestIsYear: best?.bare ?? false,
    latestIsPast: best?.past ?? false,
    stated,
    reference,
  };

  const openers = new Set<number>();
  for (const s of ctx.sentences) {
    if (s.title || openers.has(s.paragraph)) continue;
    openers.add(s.paragraph);
    const head = s.text.slice(0, 60);
    // Every opener has a day and month ("18/7"); most first sentences have none.
    const m = DAY_MONTH.test(head) ? OPENER.exec(head) : null;
    if (m) {
      const day = Number(m.groups!.day);
      const month = Number(m.groups!.month);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month)) {
        article.anchor = at(statedYear(article, month, day, placed(article, month, day)), month, day);
      }
      break;
    }
    if (openers.size === 3) break;
  }
  return article;
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
    // "• 2017-05-09 15:47": an ISO date with a clock time.
    String.raw`(?<![\p{N}/.-])(?<year4>(?:19|20)\d{2})-(?<month4>\d{2})-(?<day4>\d{2})[\sT]${TIME}`,
  ].join("|"),
  "iu",
);

/** Cheap tests that a text may hold a dateline at all (a clock time, a line opening with a weekday). */
const CLOCK = /\d[:h]\d\d/;
const WEEKDAY_FIRST = /^[ \t]?[TtCc][hH][ứủỨỦ]/;
const WEEKDAY_AT = /[ \t]?[TtCc][hH][ứủỨỦ]/y;

/** `\n[ \t]?[TtCc][hH][ứủỨỦ]`: a line that opens with "Thứ" or "Chủ" (found by its newline, which is quicker). */
function weekdayLine(text: string): boolean {
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    WEEKDAY_AT.lastIndex = nl + 1;
    if (WEEKDAY_AT.test(text)) return true;
  }
  return false;
}

/** The article's own date (UTC ms) when the text carries a dateline. */
function dateline(text: string): number | null {
  if (!CLOCK.test(text) && !WEEKDAY_FIRST.test(text) && !weekdayLine(text)) return null;
  const m = DATELINE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const day = Number(g.day1 ?? g.day2 ?? g.day3 ?? g.day4);
  const month = Number(g.month1 ?? g.month2 ?? g.month3 ?? g.month4);
  const year = Number(g.year1 ?? g.year2 ?? g.year3 ?? g.year4);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year) ? at(year, month, day) : null;
}

// --- Placing a yearless day -----------------------------------------------------------------

/**
 * The year in which month/day falls nearest to `around` (a time). With `lateCost` > 1 a day
 * before `around` counts as that much farther (with `early` false: a day after it).
 */
function nearestYear(around: number, month: number, day: number, lateCost = 1, early = true): number {
  let best = yearOf(around);
  const before = best - 1;
  const after = best + 1;
  if (costOf(before, around, month, day, lateCost, early) + DAY_MS / 2 < costOf(best, around, month, day, lateCost, early)) best = before;
  if (costOf(after, around, month, day, lateCost, early) + DAY_MS / 2 < costOf(best, around, month, day, lateCost, early)) best = after;
  return best;
}

/** How far month/day of year `y` is from `around` (see `nearestYear`). */
function costOf(y: number, around: number, month: number, day: number, lateCost: number, early: boolean): number {
  const diff = at(y, month, day) - around;
  return (diff < 0) === early ? Math.abs(diff) * lateCost : Math.abs(diff);
}

/** The year of a day before any anchor: against the latest point, else the reference date. */
function placed(article: ArticleYears, month: number, day: number): number {
  if (article.latest !== null) return nearestYear(article.latest, month, day, article.latestIsPast ? Infinity : LATE_COST);
  // A reference date is at or after writing: a day after it counts twice as far.
  return nearestYear(article.reference.getTime(), month, day, 2, false);
}

/**
 * `yearOfDay` of each article, by month * 100 + day (day 0 for a month alone). An ArticleYears
 * does not change once `articleYears` has returned it (which itself places days with `placed`
 * and `statedYear`, not through this cache).
 */
const placedDays = new WeakMap<ArticleYears, Map<number, number>>();
const isCalendarDay = (month: number, day: number | null) =>
  Number.isInteger(month) && month >= 1 && month <= 12 && (day === null || (Number.isInteger(day) && day >= 1 && day <= 31));

/** The year of a day (or, with `day` null, a month) that states none. */
export function yearOfDay(article: ArticleYears, month: number, day: number | null): number {
  if (!isCalendarDay(month, day)) return placeDay(article, month, day);
  let known = placedDays.get(article);
  if (!known) placedDays.set(article, (known = new Map()));
  const key = month * 100 + (day ?? 0);
  let year = known.get(key);
  if (year === undefined) known.set(key, (year = placeDay(article, month, day)));
  return year;
}

function placeDay(article: ArticleYears, month: number, day: number | null): number {
  const d = day ?? 15;
  let year: number;
  if (article.anchor !== null) year = nearestYear(article.anchor, month, d);
  else if (article.latest !== null && article.latestIsYear) year = yearOf(article.latest);
  else year = placed(article, month, d);
  return day === null ? year : statedYear(article, month, day, year);
}

/** The year the article states in full for this day, when it is next to `year`. */
function statedYear(article: ArticleYears, month: number, day: number, year: number): number {
  const stated = article.stated.get(month * 100 + day);
  if (!stated || stated.includes(year)) return year;
  const near = stated.filter((y) => Math.abs(y - year) === 1);
  return near.length === 1 ? near[0]! : year;
}

/** The year of a quarter, half or part of a year that states none: the article's year. */
export function yearOfPeriod(article: ArticleYears): number {
  const t = article.anchor ?? article.latest;
  return t === null ? article.reference.getUTCFullYear() : yearOf(t);
}
