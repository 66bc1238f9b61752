// Multi-year spans: "giai đoạn 2022 - 2026", "nhiệm kỳ 2024-2027", "thời kỳ 2021 - 2030",
// "trong 2 năm 2023-2024", "từ năm 2021 đến năm 2025", "năm học 2017 - 2018" → "2022/2026".
//
// A pair of years needs a word that makes it a period (SPAN_WORDS, "N năm"): without one,
// "1000-2000 người" or "Dự án 1152 - 1154" are not spans. "từ năm 2024 đến nay" has no end
// year and is not read.
import type { Parser } from "../chrono.js";
import { NUMBER_WORDS, SPAN_WORDS } from "../lexicon.js";
import { type Context, TAG, alt, boundaryBefore, isYear } from "../patterns.js";

const PATTERN =
  /(?<![\p{L}\p{N}])(?<y1>(?:19|20)\d{2})(?:\s*[-–—/]\s*|\s+(?:đến|tới)\s+(?:năm\s+)?)(?<y2>(?:19|20)\d{2})(?![\p{L}\p{N}]|[/.,-]\d)/iu;
const LEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<word>${alt(SPAN_WORDS)})(?:\\s+từ)?(?:\\s+năm)?|(?:\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+năm)\\s+$`,
  "iu",
);
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
    const y1 = Number(g.y1);
    const y2 = Number(g.y2);
    if (!isYear(y1) || !isYear(y2) || y2 <= y1 || y2 - y1 > 100) return null;
    const from = Math.max(0, index - 40);
    const lead = LEAD.exec(text.slice(from, index));
    if (!lead) return null;
    const start = OUTSIDE.has(lead.groups!.word?.toLowerCase() ?? "") ? index : from + lead.index;
    const end = index + match[0].length;
    const result = context.createParsingResult(start, text.slice(start, end));
    result.start.assign("year", y1).imply("month", 1).imply("day", 1);
    result.end = context.createParsingComponents({ year: y2 }).imply("month", 12).imply("day", 31);
    return result.addTag(TAG.span);
  }
}
