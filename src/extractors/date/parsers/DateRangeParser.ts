// "từ 3.7 - 28.7", "từ ngày 15.6 đến 30.6", "từ 1.7 đến ngày 15.7.2017", "từ 17-7 đến
// 31-08-2017": two full days joined by "-", "–", "đến" or "tới" after "từ" or a day word.
// Days written with "/" are joined by the range refiner as well; this parser exists for "."
// and "-", which DayMonthParser only reads after a lead, so that the second day of such a
// range ("… đến 30.6") is not lost.
//
// Rules: the lead is required; both days exist; the first is not after the second; a unit
// after the range ("từ 2-3 đến 4-5 triệu đồng") makes the numbers quantities.
import type { Parser } from "../chrono.js";
import { type Context, TAG, boundaryBefore, daysInMonth, isYear, leadBefore, lunarAfter, unitAfter } from "../patterns.js";

const PATTERN =
  /(?<![\p{L}\p{N}])(?<d1>[0-3]?\d)(?<s1>[/.-])(?<m1>[01]?\d)(?:\k<s1>(?<y1>\d{4}))?(?<conn>\s*[-–]\s*|\s+(?:đến|tới)\s+(?:(?:hết\s+)?ngày\s+)?)(?<d2>[0-3]?\d)(?<s2>[/.-])(?<m2>[01]?\d)(?:\k<s2>(?<y2>\d{4}))?(?![\p{L}\p{N}])/iu;
const GOES_ON_AFTER = /^(?:[/.,]\d|[-–]\d|\s?%)/u;

export class DateRangeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: Context, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index!;
    const end = index + match[0].length;
    const g = match.groups!;
    if (!boundaryBefore(text, index) || /\d[/.,-]$/u.test(text.slice(Math.max(0, index - 2), index))) return null;
    if (GOES_ON_AFTER.test(text.slice(end, end + 4)) || unitAfter(text, end) || lunarAfter(text, end)) return null;
    if (/^\s*[-–]\s*$/u.test(g.conn!) && (g.s1 === "-" || g.s2 === "-")) return null;
    // "Đến"/"Tới" with a capital opens the next sentence: "… ngày 3/2  Đến ngày 30/11/2016, …".
    if (/Đến|Tới/u.test(g.conn!)) return null;
    const lead = leadBefore(text, index);
    if (!lead.from && !lead.strong) return null;
    const [d1, m1, d2, m2] = [g.d1, g.m1, g.d2, g.m2].map(Number) as [number, number, number, number];
    let y1 = g.y1 ? Number(g.y1) : null;
    const y2 = g.y2 ? Number(g.y2) : null;
    if ((y1 !== null && !isYear(y1)) || (y2 !== null && !isYear(y2))) return null;
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
    // A year stated only at the end holds for the start ("từ 20/12 đến 5/1/2025" starts in 2024).
    if (y1 === null && y2 !== null) y1 = m1 * 100 + d1 > m2 * 100 + d2 ? y2 - 1 : y2;
    if (d1 < 1 || d1 > daysInMonth(m1, y1) || d2 < 1 || d2 > daysInMonth(m2, y2)) return null;
    const first = (y1 ?? 0) * 10000 + m1 * 100 + d1;
    const last = (y2 ?? y1 ?? 0) * 10000 + m2 * 100 + d2;
    if (y1 !== null && first >= last) return null;
    if (y1 === null && m1 * 100 + d1 >= m2 * 100 + d2) return null;

    const start = lead.relative ? index : (lead.fromStart ?? lead.start);
    const result = context.createParsingResult(start, text.slice(start, end));
    result.start.assign("day", d1).assign("month", m1);
    result.end = context.createParsingComponents({ day: d2, month: m2 });
    if (y1 !== null) result.start.assign("year", y1);
    if (y2 !== null) result.end.assign("year", y2);
    else if (y1 !== null) result.end.assign("year", y1);
    return result.addTag(TAG.span);
  }
}
