// date extractor: calendar dates and named periods as stated in the text ("Chiều 18/7",
// "ngày 10/8/2022", "tháng 8/2022", "quý I/2024", "6 tháng đầu năm 2024", "giai đoạn
// 2022 - 2026", "từ ngày 1 đến 3/7") → ISO 8601 values with a granularity. A range ("từ …
// đến", "22 - 24.6") is one span; days listed with "và" ("ngày 11 và 12-11") are one fact each.
//
// Built on chrono's Vietnamese locale (see configuration.ts): chrono runs the parsers over a
// sentence and the refiners over the results; this file only decides which sentences to
// parse and turns results into facts. A year that the text does not state comes from the
// article (years.ts) and makes the fact `inferred`.
//
// Not date facts, and never produced: bare years ("năm 2024", "đến năm 2030"), relative days
// ("hôm nay", "tuần tới"), times of day ("lúc 8 giờ"), weekdays alone, fractions and scores.
// Document symbols ("30/2020/NĐ-CP") are the directive extractor's: its claims block ours. Days
// that are part of a name ("đường 30/4", "Cty Dệt may 29/3", "sân vận động 19/8") are not dates.
import type { ParsingResult } from "./chrono.js";
import type { Candidate, ExtractContext, Extractor } from "../types.js";
import type { Sentence } from "../../segment/index.js";
import { parse } from "./configuration.js";
import { scan } from "./scan.js";
import { type Granularity, TAG, levelOf } from "./patterns.js";
import type { DateOption } from "./refiners/ArticleYearRefiner.js";
import { type ArticleYears, articleYears } from "./years.js";

/**
 * A sentence without one of these cannot hold a date: it is not parsed at all. Two patterns
 * without the `i` flag: the first starts at a digit, which V8 scans for quickly.
 */
const TRIGGER_NUMBER = /\d\s?[/.\-–]\s?\d|\d\s(?:đến|tới|và)\s/;
const TRIGGER_WORD = /[tT]háng|THÁNG|[qQ]uý|QUÝ|[nN]ửa|NỬA/;

const articles = new WeakMap<ExtractContext, ArticleYears>();
function articleOf(ctx: ExtractContext): ArticleYears {
  let a = articles.get(ctx);
  if (!a) {
    a = articleYears(ctx);
    articles.set(ctx, a);
  }
  return a;
}

/**
 * The article's own year, as the date extractor reads it (its dateline or lead day, else the
 * latest past or present point it states, else the reference year). Other extractors use it
 * so that one article has one notion of "now".
 */
export function articleYearOf(ctx: ExtractContext): number {
  const a = articleOf(ctx);
  const t = a.anchor ?? a.latest;
  return t !== null ? new Date(t).getUTCFullYear() : ctx.referenceDate.getUTCFullYear();
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function iso(c: ParsingResult["start"]): string {
  const level = levelOf(c);
  const y = pad(c.get("year")!, 4);
  if (level === "year") return y;
  if (level === "month") return `${y}-${pad(c.get("month")!)}`;
  return `${y}-${pad(c.get("month")!)}-${pad(c.get("day")!)}`;
}

function granularityOf(r: ParsingResult): Granularity {
  const tags = r.tags();
  if (tags.has(TAG.quarter)) return "quarter";
  if (tags.has(TAG.half)) return "half";
  if (r.end) return "span";
  return levelOf(r.start);
}

/** One chrono result as a candidate; null for what is not a date fact. */
export function toCandidate(r: ParsingResult, offset: number): Candidate<"date"> | null {
  const granularity = granularityOf(r);
  if (granularity === "year") return null;
  const value = r.end ? `${iso(r.start)}/${iso(r.end)}` : iso(r.start);
  const inferred = !r.start.isCertain("year") || (r.end != null && !r.end.isCertain("year"));
  return {
    fact: inferred ? { type: "date", value, granularity, inferred: true } : { type: "date", value, granularity },
    start: offset + r.index,
    end: offset + r.index + r.text.length,
  };
}

/** Parses a text that has the trigger. */
function parseTriggered(text: string, article: ArticleYears): ParsingResult[] {
  const option: DateOption = { article };
  return parse(text, scan(text), article.reference, option);
}

export const dateExtractor: Extractor<"date"> = {
  name: "date",
  type: "date",
  blockedBy: ["directive"],
  extract(sentence: Sentence, ctx: ExtractContext) {
    const out: Candidate<"date">[] = [];
    const text = sentence.text;
    if (!TRIGGER_NUMBER.test(text) && !TRIGGER_WORD.test(text)) return out;
    // The article's years are read when a sentence may hold a date (articleYearOf reads them
    // for other extractors): an article without one does not pay for them here.
    const article = articleOf(ctx);
    for (const r of parseTriggered(text, article)) {
      const c = toCandidate(r, sentence.start);
      if (c) out.push(c);
    }
    return out;
  },
};
