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
//    "6 tháng đầu năm 2024"), parts of a year ("cuối năm 2016" → 1 December, "giữa năm" → 1
//    July), bare years ("Năm 2022, cả nước …", "lần thứ 23, 2017"). A year told as over is
//    the 1 January after it: "cùng kỳ năm 2022", "so với năm 2022", "cả năm 2022", "tổng kết
//    công tác năm 2022", "năm 2022 vừa qua", and a sentence that opens with the year and
//    reports an annual figure ("Năm 2022, kim ngạch đạt 34 tỷ USD", "Trong năm 2022, … giảm
//    4,1%") → 2023; not an estimate ("ước tính cả năm 2022"), written while the year runs.
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
//    2020", "mục tiêu tăng trưởng GDP năm 2025", "dự kiến tăng 1,1% trong năm 2017 và 1,5%
//    trong năm 2018"), a bare year with a future marker after it in its clause ("Tăng trưởng
//    năm 2019 dự kiến đạt 3,7%", "trong năm 2020 sẽ triển khai"; a day or month before "sẽ" is
//    a scheduled event near the article's time and still counts), or a bare year that opens a
//    clause in the future tense ("Năm 2018, Papua New Guinea sẽ đảm nhận …"); the end of a
//    span of years;
//    birth dates and years ("sinh năm 1979", "SN 1965", "sinh ngày 20-5-1970", "ngày sinh
//    3/8/1968"); points after the reference date. A term of office that has started
//    ("nhiệm kỳ 2015-2020") is its first year's 1 January, unless looked ahead to (a future
//    marker before it in the clause, a candidacy: "ứng cử … nhiệm kỳ 2021-2022"). "vào năm X" is
//    as often a target ("vào năm 2030") as a past year ("vào năm 2010") and counts only when
//    nothing else does. Years inside names ("APEC 2017", "World Cup 2014") are not read: as
//    often the present as the past. "Đến tháng 10/2016, …" opening a sentence tells a story
//    (a past point) unless a future marker follows.
// 4. With nothing past or present, the latest year that closes a name of an event ("Hội nghị
//    cấp cao APEC 2017": the edition reported on) when no reference date was stated (today is
//    then a poor guess for an archive: on 3,000 bench articles read with today as the
//    reference, 70 more articles' first yearless date got its right year), or else the earliest year the article looks
//    ahead to: it bounds the article's own from above ("kỳ thi năm 2017 sẽ bỏ điểm sàn"),
//    nearer than the reference.
// 5. The reference date, when the text states no year at all: a yearless day is the latest one
//    up to a month after it ("Ngày 5/1" read in November is of this January, not the next).
//
// The lead day (a day that opens one of the first paragraphs: "Ngày 2/4, …") placed this way
// is the article's anchor (when the lead's own sentence states the year of the latest point as
// a bare year, "Sáng 20/11, lễ trao giải … năm 2017", that year); every other yearless day
// goes to the year nearest the anchor (in an article of February "ngày 28/12" is the December
// before). Without a lead, a day is placed against the latest point as the lead would be,
// except that a bare year alone gives its own year ("tháng 12" in an article that only says
// "năm 2024" is December 2024). A quarter or
// part of a year without a year ("quý III") is of the anchor's year; when the article's time is
// only "after a year that is over", a period late in the year is of that year ("Riêng quý 4").
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
import {
  DAY_WORDS,
  FORWARD_AFTER,
  FORWARD_CLAUSE,
  FORWARD_CLAUSE_AFTER,
  FORWARD_WORDS,
  NOT_RESULT,
  PARTS_OF_DAY,
  RESULT_UNITS,
  RESULT_VERBS,
} from "./lexicon.js";
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
  /** The latest point is the 1 January after a year stated as over ("cả năm 2016", "so với năm 2016"). */
  latestIsOver: boolean;
  /** Years stated for a day in full, keyed by month * 100 + day, and for a month, keyed by month * 100. */
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
    String.raw`|(?<same>cùng\skỳ\s(?:năm\s)?|so\svới\s(?:cả\s|cùng\skỳ\s)?(?:năm\s)?|(?:cả|kết\sthúc|tổng\skết(?:\scông\stác|\shoạt\sđộng)?)\snăm\s)` +
    String.raw`|(?<!(?:tháng|nửa)\s)(?<part>(?<late>cuối|giữa)\snăm\s)` +
    String.raw`|(?<edition>lần\sthứ\s[\dIVXL]+,\s)` +
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
/**
 * "kỳ vọng EVFTA có thể có hiệu lực từ đầu năm 2020", "dự kiến tăng 1,1% trong năm 2017 và
 * 1,5% trong năm 2018": a future marker earlier in the clause (a decimal mark does not end it).
 */
const FUTURE_BEFORE = new RegExp(`${altNotAfter(FORWARD_CLAUSE, "[\\p{L}]")}(?![\\p{L}])(?:\\s*,)?(?:[^,;:.]|[,.](?=\\d))*$`, "iu");
/** "Tăng trưởng năm 2019 dự kiến đạt 3,7%", "trong năm 2020 sẽ triển khai": a future marker right after, in the clause. */
const FUTURE_AFTER = new RegExp(`^(?:[^,;:.!?()]|[,.](?=\\d)){0,40}?(?<![\\p{L}])${alt(FORWARD_CLAUSE_AFTER)}(?![\\p{L}])`, "iu");
/** "ước tính cả năm 2016", "cả năm 2016 ước đạt": an estimate, written before the year is out. */
const ESTIMATE_BEFORE = /(?<![\p{L}])(?:ước|ước\s+tính|ước\s+đạt|tạm\s+tính)\s*$/iu;
const ESTIMATE_AFTER = /^\s*,?\s*(?:ước|tạm\s+tính)(?![\p{L}])/iu;
/**
 * "Đến tháng 7/2016, cô đăng ký …", "Mãi đến ngày 3-2-2017 mới …", "Tuy nhiên, đến cuối tháng
 * 3/2017, …": "đến" opening a sentence before a month or a day tells a story ("by then"); it
 * points to the future only with a future marker after it ("Đến tháng 9/2017, Đà Nẵng sẽ …").
 */
const NARRATIVE_TO = /^\s*(?:\p{L}+(?:\s\p{L}+)?\s?,\s*)?(?:(?:mãi|phải)\s+)?(?:đến|tới)(?:\s+(?:hết|cuối|đầu|giữa))?\s+$/iu;
const JUST_PAST = /^\s+vừa\s+(?:qua|rồi)(?![\p{L}])/iu;
/** "hồi tháng 3/2016", "hồi đầu năm 2016": a time well before the article's own. */
const BACK_THEN = /(?<![\p{L}])hồi(?:\s+(?:đầu|cuối|giữa))?(?:\s+(?:ngày|tháng|năm))?\s*$/iu;
const CLAUSE_START = /(?:^|[,;:(–-])\s*$/u;
/** "Năm 2016, …", "Trong năm 2016 …", "Riêng năm 2016, …", "Chỉ tính trong năm 2016, …": a year opening its clause. */
const YEAR_OPENS = /(?:^|[,;:(–-])\s*(?:(?:chỉ\s+)?(?:riêng|tính(?:\s+(?:chung|riêng))?)\s+)?(?:trong\s+)?$/iu;
/** A result verb (not passive: "được giảm 80%") and an aggregate figure after it, in the rest of the sentence. */
const RESULT_AFTER = new RegExp(
  `^[^.;!?]{0,100}?(?<![\\p{L}])(?<!(?:được|bị)\\s)${alt(RESULT_VERBS)}(?![\\p{L}])[^.;!?\\d]{0,30}\\d[\\d.,]*\\s?${alt(RESULT_UNITS)}(?![\\p{L}])`,
  "iu",
);
const NOT_RESULT_AFTER = new RegExp(`^[^.;!?]*?(?<![\\p{L}])${alt(NOT_RESULT)}(?![\\p{L}])`, "iu");
const SPAN_END = /\d{4}\s?[-–—]\s?$/u;
/**
 * A birth date or year: "sinh năm 1979", "(SN 1965)", "sinh ngày 20-5-1970", "ngày sinh
 * 20/5/1970", "năm sinh: 1970", "sinh tháng 5/1970"; not "tuyển sinh năm 2023", "học sinh năm
 * …", "phát sinh ngày …". Tested against the text before a year's prefix (`năm ` added for a bare year).
 */
const BIRTH =
  /(?<![\p{L}])(?:(?<!(?:tuyển|học|phát|hồi|tái|vệ|hy|sản|nảy)\s)(?:sinh|SN)(?:\s(?:ra|vào|ra\svào))?(?:\s(?:ngày|tháng|năm))?|(?:ngày|năm|tháng\snăm|ngày\stháng\snăm)\ssinh)\s?:?\s?(?:năm\s?)?$/iu;
/**
 * "nhiệm kỳ 2015-2020": a term that has started is at or before the article's time (its
 * first year's 1 January is evidence); its end is not.
 */
const CANDIDACY = /(?<![\p{L}])(?:ứng\scử|tranh\scử|ứng\sviên)(?![\p{L}])/iu;
const TERM_HINT = /hiệm\skỳ/iu;
const TERM = /(?<![\p{L}])nhiệm\skỳ\s(?<start>(?:19|20)\d{2})\s?[-–—]\s?(?:19|20)\d{2}(?![\p{N}])/giu;
const AT = /(?<![\p{L}])vào(?:\s+(?:cuối|đầu|giữa))?\s*$/iu;

interface Evidence {
  /** Month * 100 + day of a full date. */
  day?: number;
  /** The month of a month stated with its year ("tháng 12/2016"). */
  month?: number;
  year: number;
  /** The point in time it states (UTC ms). */
  point: number;
  bare: boolean;
  forward: boolean;
  /** "vào năm X": counts only when nothing else does. */
  weak: boolean;
  /** "hồi tháng 3/2016": the article is after it, not before. */
  past: boolean;
  /** "cùng kỳ năm 2022", "cả năm 2022": a year already over (`year` is the one after it). */
  over: boolean;
  /** The sentence it is in (an index into the article's sentences). */
  sentence: number;
}

function evidenceOf(text: string, sentence: number, out: Evidence[]): void {
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
    if (g.bare !== undefined ? SPAN_END.test(before) || BIRTH.test(`${before}năm `) : BIRTH.test(before)) continue;
    const after = text.slice(end, end + 48);
    let year = Number(y[0]);
    let over = false;
    let point: number;
    let day: number | undefined;
    let month: number | undefined;
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
      month = mo;
    } else if (g.period !== undefined) {
      const n = g.n === undefined ? 0 : Number(g.n);
      if (g.q === undefined && (n < 1 || n > 12)) continue;
      point = at(year, g.q ? QUARTER_FIRST[g.q]! : g.which?.toLowerCase() === "cuối" ? 13 - n : 1, 1);
    } else if (g.part !== undefined) {
      // "cuối năm 2016", "giữa năm 2016": the article is after that part of the year.
      point = at(year, g.late!.toLowerCase() === "cuối" ? 12 : 7, 1);
    } else {
      // "cùng kỳ năm 2022", "so với năm 2022", "cả năm 2022", "tổng kết năm 2022", "năm 2022
      // vừa qua": the year is over, the article is of the year after; not an estimate ("ước
      // tính cả năm 2022"), written while the year still runs.
      over =
        (g.same !== undefined || JUST_PAST.test(after) || (g.bare !== undefined && yearResult(text, before, end))) &&
        !ESTIMATE_BEFORE.test(before) &&
        !ESTIMATE_AFTER.test(after);
      if (over) year += 1;
      point = at(year, 1, 1);
    }
    const bare = g.bare !== undefined || g.same !== undefined || g.edition !== undefined;
    const narrative =
      g.bare === undefined && index < 40 && NARRATIVE_TO.test(before) && !FUTURE_CLAUSE.test(text.slice(end, end + 80));
    const forward =
      (FORWARD.test(before) && !narrative && (bare || !RANGE_END.test(before))) ||
      FORWARD_NEXT.test(after) ||
      FUTURE_BEFORE.test(bare ? text.slice(Math.max(0, index - 80), index) : before) ||
      // A day or month before "sẽ" is a scheduled event near the article's own time: still evidence.
      (bare && FUTURE_AFTER.test(after)) ||
      (bare && CLAUSE_START.test(before) && FUTURE_CLAUSE.test(text.slice(end, end + 80)));
    const weak = (g.bare !== undefined || g.part !== undefined) && AT.test(before);
    out.push({ day, month, year, point, bare, forward, weak, past: BACK_THEN.test(before), over, sentence });
  }
  if (!TERM_HINT.test(text)) return;
  TERM.lastIndex = 0;
  for (let t = TERM.exec(text); t; t = TERM.exec(text)) {
    const year = Number(t.groups!.start);
    // "hướng tới Đại hội … nhiệm kỳ 2025-2030": a term looked ahead to is not evidence.
    // "ứng cử Ủy viên … (nhiệm kỳ 2021-2022)": a candidacy is campaigned years ahead.
    const lead = text.slice(Math.max(0, t.index - 80), t.index);
    const forward = FUTURE_BEFORE.test(lead) || CANDIDACY.test(lead);
    out.push({ year, point: at(year, 1, 1), bare: true, forward, weak: false, past: false, over: false, sentence });
  }
}

/**
 * "Năm 2016, cả nước có trên 200.000 cử nhân": a sentence that opens with a bare year (before
 * "năm": `before`; the year ends at `end`) and reports a figure for it, not a plan or an estimate.
 */
function yearResult(text: string, before: string, end: number): boolean {
  if (!YEAR_OPENS.test(before)) return false;
  const rest = text.slice(end, end + 160);
  return RESULT_AFTER.test(rest) && !NOT_RESULT_AFTER.test(rest);
}

// --- The article's time ---------------------------------------------------------------------

const OPENER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alt(PARTS_OF_DAY)}|${alt(DAY_WORDS)})\\s+(?:[^\\d\\n]{0,20}?\\s)?(?<day>\\d{1,2})[/.-](?<month>\\d{1,2})(?![\\p{N}]|[/.-]\\d|\\s+năm(?![\\p{L}]))`,
  "iu",
);

const DAY_MONTH = /\d[/.-]\d/;

/** A year closing a name: "APEC 2017", "SEA Games 2017", "Hội chợ Vietbuild 2016". */
const NAME_YEAR = /(?<=\p{Lu}[\p{L}\p{N}]*\s)(?:19|20)\d{2}(?![\p{L}\p{N}]|[/.,-]\d)/gu;
/** "Tầm nhìn 2030", "Chiến lược 2021": a name of a plan looks ahead. */
const PLAN_NAME = /(?<![\p{L}])(?:tầm nhìn|chiến lược|kế hoạch|mục tiêu|vision|agenda)\s*$/iu;

/**
 * The latest year that closes a name, not after the reference: when an article states no
 * year of its own, the edition it reports on ("Hội nghị cấp cao APEC 2017", "SEA Games 29
 * … 2017") is a better guess at its time than a goal it looks ahead to, or than today.
 */
function nameYear(ctx: Pick<ExtractContext, "sentences" | "referenceDate" | "referenceGiven">): number | null {
  // A reference date the caller states is the article's own time: better than any guess.
  if (ctx.referenceGiven) return null;
  const limit = ctx.referenceDate.getUTCFullYear();
  let best: number | null = null;
  for (const s of ctx.sentences) {
    if (!/\d{4}/.test(s.text)) continue;
    NAME_YEAR.lastIndex = 0;
    for (let m = NAME_YEAR.exec(s.text); m; m = NAME_YEAR.exec(s.text)) {
      const year = Number(m[0]);
      if (year > limit || (best !== null && year <= best)) continue;
      const before = s.text.slice(Math.max(0, m.index - 40), m.index);
      const name = before.replace(/\s*\p{Lu}[\p{L}\p{N}]*\s*$/u, "");
      if (PLAN_NAME.test(name) || PLAN_NAME.test(before.trimEnd()) || FUTURE_BEFORE.test(before) || BIRTH.test(before) || BIRTH.test(`${before}năm `)) continue;
      best = year;
    }
  }
  return best;
}

/** Reads the article's own time, its lead day and its fully stated days from its text. */
export function articleYears(ctx: Pick<ExtractContext, "text" | "sentences" | "referenceDate" | "referenceGiven">): ArticleYears {
  const reference = ctx.referenceDate;
  const evidence: Evidence[] = [];
  ctx.sentences.forEach((s, i) => {
    if (/\d{4}/.test(s.text)) evidenceOf(s.text, i, evidence);
  });

  const stated = new Map<number, number[]>();
  for (const e of evidence) {
    const key = e.day ?? (e.month !== undefined ? e.month * 100 : undefined);
    if (key === undefined) continue;
    const years = stated.get(key);
    if (!years) stated.set(key, [e.year]);
    else if (!years.includes(e.year)) years.push(e.year);
  }

  const own = dateline(ctx.text);
  if (own) return { anchor: own, latest: own, latestIsYear: false, latestIsPast: false, latestIsOver: false, stated, reference };

  const limit = reference.getTime();
  let latest: Evidence | null = null;
  let latestWeak: Evidence | null = null;
  let earliestAhead: Evidence | null = null;
  for (const e of evidence) {
    if (e.forward) {
      if (at(e.year, 1, 1) <= limit && (!earliestAhead || e.year < earliestAhead.year)) earliestAhead = e;
      continue;
    }
    if (e.point > limit) continue;
    if (e.weak) {
      if (!latestWeak || e.point > latestWeak.point) latestWeak = e;
    } else if (!latest || e.point > latest.point || (e.point === latest.point && !e.bare)) latest = e;
  }
  // With no past or present point, a year the article looks ahead to bounds its own from
  // above ("Apple sẽ trang bị … trong năm 2017"): the earliest is nearer than the reference.
  // With none, a year closing a name (not after the earliest year looked ahead to), then that year.
  const named = latest || latestWeak ? null : nameYear(ctx);
  const aheadOrNamed =
    named !== null && (!earliestAhead || named <= earliestAhead.year)
      ? { year: named, point: at(named, 1, 1), bare: true, forward: false, weak: true, past: false, over: false, sentence: -1 }
      : earliestAhead && { ...earliestAhead, point: at(earliestAhead.year, 1, 1), bare: true, past: false, over: false };
  const best = latest ?? latestWeak ?? aheadOrNamed;
  const article: ArticleYears = {
    anchor: null,
    latest: best?.point ?? null,
    latestIsYear: best?.bare ?? false,
    latestIsPast: best?.past ?? false,
    latestIsOver: best?.over ?? false,
    stated,
    reference,
  };

  const openers = new Set<number>();
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    if (s.title || openers.has(s.paragraph)) continue;
    openers.add(s.paragraph);
    const head = s.text.slice(0, 60);
    // Every opener has a day and month ("18/7"); most first sentences have none.
    const m = DAY_MONTH.test(head) ? OPENER.exec(head) : null;
    if (m) {
      const day = Number(m.groups!.day);
      const month = Number(m.groups!.month);
      if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month)) {
        const own = ownYear(evidence, i, best);
        const year = own ?? placed(article, month, day);
        article.anchor = at(statedYear(article, month, day, year), month, day);
      }
      break;
    }
    if (openers.size === 3) break;
  }
  return article;
}

/**
 * The year the lead's own sentence gives its day: a year it states for the event ("Lễ trao
 * giải … năm 2017 vừa diễn ra sáng 20/11", "Hội nghị … lần thứ 23, 2017, chiều 17/5"), when
 * that is the year of the article's latest point (an older year in the lead, "kỷ niệm … năm
 * 1967", is history). A bare year puts the lead in that year, not nearest its 1 January.
 * Not when the sentence also closes a year ("Ngày 28.12, Sở tổng kết công tác năm 2023 và
 * triển khai nhiệm vụ năm 2024"): the lead is then near that year's end.
 */
function ownYear(evidence: readonly Evidence[], sentence: number, best: Evidence | null): number | null {
  if (!best) return null;
  const latest = yearOf(best.point);
  let own: number | null = null;
  for (const e of evidence) {
    if (e.sentence !== sentence) continue;
    if (e.over) return null;
    if (e.bare && !e.forward && !e.weak && e.year === latest) own = latest;
  }
  return own;
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

/** How far after the reference date a yearless day may be and still be of its year: a month. */
const AHEAD_MS = 31 * DAY_MS;

/**
 * The year of a day (with `wholeMonth`, of a month) before any anchor: against the latest
 * point, else the reference date.
 */
function placed(article: ArticleYears, month: number, day: number, wholeMonth = false): number {
  if (article.latest !== null) return nearestYear(article.latest, month, day, article.latestIsPast ? Infinity : LATE_COST);
  const reference = article.reference.getTime();
  // A reference date is at or after writing: a month after it counts twice as far.
  if (wholeMonth) return nearestYear(reference, month, day, 2, false);
  // A day is the latest one up to a month after it ("Ngày 5/1" read in November is of this
  // January, not the coming one; "ngày 28/12" read on 3 January is of the December before).
  let year = yearOf(reference) + 1;
  while (at(year, month, day) > reference + AHEAD_MS) year--;
  return year;
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
  else year = placed(article, month, d, day === null);
  return statedYear(article, month, day ?? 0, year);
}

/**
 * The year the article states in full for this day (day 0: this month), when it is next to
 * `year`: "Trong tháng 12, …" in an article that reports "tháng 12/2016" is of 2016.
 */
function statedYear(article: ArticleYears, month: number, day: number, year: number): number {
  const stated = article.stated.get(month * 100 + day);
  if (!stated || stated.includes(year)) return year;
  const near = stated.filter((y) => Math.abs(y - year) === 1);
  return near.length === 1 ? near[0]! : year;
}

/**
 * The year of a quarter, half or part of a year that states none, starting in `month`: the
 * article's year; but when the article's time is only "after a year that is over" ("báo cáo
 * tài chính quý 4 và cả năm 2016 … Riêng quý 4, …"), a period that starts late in the year
 * is of the year that is over (nearest, a period before counting twice as far as one after).
 */
export function yearOfPeriod(article: ArticleYears, month?: number): number {
  const t = article.anchor ?? article.latest;
  if (t === null) return article.reference.getUTCFullYear();
  if (article.anchor === null && article.latestIsOver && month !== undefined) return nearestYear(t, month, 1, LATE_COST);
  return yearOf(t);
}
