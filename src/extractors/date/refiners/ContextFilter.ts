// Runs after overlap removal, so that a shorter reading inside a dropped one does not come
// back. Drops what chrono's own Vietnamese parsers read where Vietnamese text says something else.
// Their patterns end words with ASCII `\W`, which every Vietnamese letter matches, and they
// know nothing of frequencies, lunar months or "tháng năm" ("months and years"):
// - a match that starts or ends inside a word or number;
// - a lunar date: "15/1 âm lịch", "mùng 5 tháng 5", "rằm tháng Giêng", "tháng Chạp";
// - a frequency: "3 tháng 1 lần", "tháng 2 lần";
// - a day or month that comes back every year ("từ tháng 2 đến tháng 8 hàng năm", "ngày
//   27/7 hằng năm") when no year is stated: a season or an anniversary, not a date;
// - a month written as a word in lower case without a year ("những tháng năm gian khó"),
//   or after a number ("9 tháng năm 2024" is nine months, read by PartOfYearParser);
// - a timestamp: a bare date next to a clock time ("Thể thao Việt Nam | 10:45 06/02/2017",
//   "18/07/2024 14:30", fixture lists "22:00 11/2 Arsenal - Hull") is page furniture or a
//   listing, not a date the story states ("lúc 8:30 ngày 16/3" keeps its "ngày");
// - a name: a day and month without a lead word or a year right after a word that heads the
//   name of a street, a place or a company and its capitalised words ("đường 30/4", "đường 2
//   tháng 9", "Công viên 23/9", "sân vận động 19/8", "Công ty 19/5", "Cty Dệt may 29/3").
import type { ParsingResult, Refiner } from "../chrono.js";
import { LUNAR_MONTHS, MONTH_WORDS, NAME_HEADS, NAME_STOP_WORDS, NOT_NAME_BEFORE_HEAD, NUMBER_WORDS } from "../lexicon.js";
import { type Context, alt, altNotAfter, boundaryAfter, boundaryBefore, countAfter, lunarAfter } from "../patterns.js";

const WORD_MONTH = new RegExp(`(?<![\\p{L}])tháng\\s+(?<word>${alt(MONTH_WORDS)})(?![\\p{L}])`, "iu");
const LUNAR_MONTH = new RegExp(`^${alt(LUNAR_MONTHS)}$`, "iu");
const NUMBER_BEFORE = new RegExp(`(?:\\d|${altNotAfter(Object.keys(NUMBER_WORDS), "[\\p{L}]")}|những|các|nhiều)\\s+$`, "iu");
const CLOCK_BEFORE = /(?<![\p{N}])\d{1,2}:\d{2}(?::\d{2})?\s*(?:\(GMT\s*\+\s*7\))?\s*[,|–-]?\s*$/u;
const CLOCK_AFTER = /^\s*[,|–-]?\s*\d{1,2}:\d{2}(?![\p{N}])/u;
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/**
 * A name head in lower case, capitalised or upper case; then up to three capitalised words,
 * each of which may be followed by one lower-case word ("Cty Dệt may").
 */
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!${alt(NOT_NAME_BEFORE_HEAD.flatMap((w) => [w, cap(w)]))}\\s)` +
    `${alt(NAME_HEADS.flatMap((w) => [w, cap(w), w.toUpperCase()]))}` +
    `(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*(?:\\s+(?!${alt(NAME_STOP_WORDS)}(?![\\p{L}]))\\p{Ll}+)?){0,3}\\s+$`,
  "u",
);
/** Some name head, anywhere: a text without one cannot end in a name (a quick test before NAME_BEFORE). */
const NAME_HEAD_ANY = new RegExp(alt(NAME_HEADS.flatMap((w) => [w, cap(w), w.toUpperCase()])), "u");
const EVERY_YEAR_AFTER = /^\s+(?:hàng|hằng|mỗi)\s+năm(?![\p{L}])/iu;
const LUNAR_DAY_BEFORE = /(?<![\p{L}])(?:mùng|mồng|rằm)\s+(?:\d{1,2}\s+)?$/iu;

const nameBefore = (before: string) => NAME_HEAD_ANY.test(before) && NAME_BEFORE.test(before);

export class ContextFilter implements Refiner {
  refine(context: Context, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return results.filter((r) => {
      const start = r.index;
      const end = start + r.text.length;
      if (!boundaryBefore(text, start) || !boundaryAfter(text, end)) return false;
      if (lunarAfter(text, end)) return false;
      const stated = r.start.isCertain("year");
      const before = text.slice(Math.max(0, start - 12), start);
      const word = WORD_MONTH.exec(r.text)?.groups?.word;
      if (word) {
        if (LUNAR_MONTH.test(word)) return false;
        if (/^\p{Ll}/u.test(word) && !stated) return false;
        if (NUMBER_BEFORE.test(before)) return false;
      }
      if (!stated && LUNAR_DAY_BEFORE.test(before)) return false;
      if (/^\d/.test(r.text) && CLOCK_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
      if (CLOCK_AFTER.test(text.slice(end, end + 10))) return false;
      if (!stated && countAfter(text, end)) return false;
      if (!stated && EVERY_YEAR_AFTER.test(text.slice(end, end + 12))) return false;
      if (!stated && /^\d/.test(r.text) && r.start.isCertain("day") && nameBefore(text.slice(Math.max(0, start - 60), start))) return false;
      return true;
    });
  }
}
