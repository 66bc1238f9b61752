// Multi-year spans: "giai đoạn 2022 - 2026", "nhiệm kỳ 2024-2027", "thời kỳ 2021 - 2030",
// "trong 2 năm 2023-2024", "từ năm 2021 đến năm 2025", "năm học 2017 - 2018", "vụ đông xuân
// 2019-2020", "niên vụ cà phê 2023/2024", "mùa giải 2016/17", and in brackets after an ordinal
// or a count: "Giai đoạn 1 (2024 - 2030)", "trong 5 năm (2016-2020)" → "2022/2026".
//
// A pair of years needs a word that makes it a period (SPAN_WORDS, a crop season, "N năm"):
// without one, "1000-2000 người" or "Dự án 1152 - 1154" are not spans. "từ năm 2024 đến nay"
// has no end year and is not read. A two-digit end ("2016/17") must be the next year or a few
// after, and only after a span word.
import type { Parser } from "../chrono.js";
import { CROP_SEASONS, NUMBER_WORDS, SPAN_WORDS } from "../lexicon.js";
import { type Context, TAG, alt, boundaryBefore, isYear } from "../patterns.js";

const PATTERN =
  /(?<![\p{L}\p{N}])(?<y1>(?:19|20)\d{2})(?:\s*[-–—/]\s*|\s+(?:đến|tới)\s+(?:năm\s+)?)(?<y2>(?:19|20)\d{2}|\d{2})(?![\p{L}\p{N}]|[/.,-]\d)/iu;
const LEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:` +
    // "niên vụ cà phê", "vụ lúa đông xuân", "giai đoạn 1 (", "nhiệm kỳ"
    `(?<word>${alt(SPAN_WORDS)})(?:\\s+(?:lúa\\s+)?${alt(CROP_SEASONS)})?` +
    `(?:\\s+(?<ordinal>(?:thứ\\s+)?(?:\\d{1,2}|[IVX]{1,4}))(?!\\s+năm))?(?:\\s+từ)?(?:\\s+năm)?` +
    // "5 năm (", "hai năm"
    `|(?:\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+năm` +
    `)(?<paren>\\s*\\(\\s*|\\s+)$`,
  "iu",
);
/** A crop after "niên vụ": "niên vụ cà phê 2023/2024", "niên vụ mía 2019-2020". */
const CROP_YEAR = /(?<![\p{L}\p{N}])niên\s+vụ(?:\s+\p{Ll}+){1,2}\s+$/u;
const CLOSE = /^\s*\)/u;
/** Lead words that let a span be read but are not part of it. */
const OUTSIDE = new Set(["trong"]);

export class YearSpanParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const g = match.groups!;
    if (!boundaryBefore(text, index) || /\d[/.,-]\s*$/u.test(text.slice(Math.max(0, index - 3), index))) return null;
    const from = Math.max(0, index - 40);
    const before = text.slice(from, index);
    const lead = LEAD.exec(before) ?? CROP_YEAR.exec(before);
    if (!lead) return null;
    const lg = lead.groups ?? {};
    const paren = lg.paren?.includes("(") ?? false;
    // An ordinal says "the 1st stage (2024 - 2030)": only with the years in brackets.
    if (lg.ordinal && !paren) return null;
    const y1 = Number(g.y1);
    let y2 = Number(g.y2);
    if (g.y2!.length === 2) {
      if ((!lg.word && !lead[0].startsWith("niên")) || !/^\d{4}[-–/]\d{2}$/u.test(match[0])) return null;
      y2 += y1 - (y1 % 100);
      if (y2 < y1) y2 += 100;
      if (y2 - y1 > 5) return null;
    }
    if (!isYear(y1) || !isYear(y2) || y2 <= y1 || y2 - y1 > 100) return null;
    let end = index + match[0].length;
    if (paren) {
      const close = CLOSE.exec(text.slice(end, end + 4));
      if (!close) return null;
      end += close[0].length;
    }
    const start = OUTSIDE.has(lg.word?.toLowerCase() ?? "") ? index : from + lead.index;
    const result = context.createParsingResult(start, text.slice(start, end));
    result.start.assign("year", y1).imply("month", 1).imply("day", 1);
    result.end = context.createParsingComponents({ year: y2 }).imply("month", 12).imply("day", 31);
    return result.addTag(TAG.span);
  }
}
