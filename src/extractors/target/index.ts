// target extractor: goals, plans and commitments with a number ("mục tiêu tăng trưởng kinh
// tế năm 2024 từ 6,5 - 7%", "hướng tới 150 tỷ USD kim ngạch thương mại vào năm 2030",
// "cam kết tăng 15% hạn ngạch lao động", "phấn đấu tăng trưởng GDP đạt 8% trở lên").
//
//   pattern  a trigger (./lexicon.ts TRIGGERS) or a future year ("đến năm 2030"), then the
//            quantities after it in the same clause (../figure/quantity.ts), chained through
//            lists ("doanh thu 3.752 tỷ đồng, lợi nhuận 403 tỷ đồng, cổ tức 8%")
//   extract  rejects comparisons ("vượt kế hoạch", "đạt 104% kế hoạch"), back-references
//            ("mục tiêu này") and third-party forecasts; reads the metric from the words
//            between trigger and number (or the noun after the number) and the year or period
//            from the same clause.
//
// Runs before figure and claims only its number and unit, so that the number is not also a
// figure while dates inside its evidence ("giai đoạn 2021-2025") stay dates.
import type { Candidate, ExtractContext, Extractor } from "../types.js";
import type { FactFields } from "../../schema/records.js";
import { quantitiesOf, readQuantities, type Quantity } from "../figure/quantity.js";
import { trieSource } from "../../lexicons/numbers.js";
import {
  CHAIN_BREAKERS,
  COMMIT_VERBS,
  FORECAST_WORDS,
  MAX_LEAD,
  MAX_WEAK_LEAD,
  MAX_METRIC_WORDS,
  PAST_MARKERS,
  WEAK_TRIGGERS,
  TRIGGERS_NEEDING_VERB,
  METRIC_CUT_WORDS,
  METRIC_EDGE_WORDS,
  METRIC_KEEP,
  TRIGGER_ANAPHORS,
  TRIGGER_NEGATORS,
  TRIGGERS,
} from "./lexicon.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const B = "(?<![\\p{L}\\p{M}])";
const E = "(?![\\p{L}\\p{M}])";

const TRIGGER_RE = new RegExp(`(?=[${[...new Set(TRIGGERS.map((t) => t[0]!))].join("")}${[...new Set(TRIGGERS.map((t) => t[0]!.toUpperCase()))].join("")}])${B}(?<t>${trieSource(TRIGGERS)})${E}`, "giu");
const YEAR_QUICK = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;

/** Does the sentence name a year after `now` at all? (A cheap test before the future-year rules.) */
function mentionsFuture(text: string, now: number): boolean {
  YEAR_QUICK.lastIndex = 0;
  for (let m = YEAR_QUICK.exec(text); m; m = YEAR_QUICK.exec(text)) if (Number(m[0]) > now) return true;
  return false;
}
const FUTURE_RE = /(?<![\p{L}\p{M}])(?:đến|tới|trước|đến hết|đến cuối|tầm nhìn(?: đến)?)(?: năm)? (?<y>(?:19|20)[0-9]{2})(?![0-9]|[/.,-][0-9])/giu;
const COMMIT_AFTER = new RegExp(`^ (?:sẽ |tiếp tục |đã )?(?:${[...COMMIT_VERBS].sort((a, b) => b.length - a.length).map(escape).join("|")})${E}`, "iu");
const YEAR_RE = /(?<![\p{N}/.,-])(?:(?<p1>(?:19|20)[0-9]{2}) ?[-–] ?(?<p2>(?:19|20)[0-9]{2})|(?<y>(?:19|20)[0-9]{2}))(?![\p{N}]|[/.,-][0-9]| ?%| (?:tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng)(?![\p{L}\p{M}]))/gu;
const COMPARISON_BEFORE = /(?:so với|hơn|bằng|từ)(?: cùng kỳ| thực hiện| mức)?(?: năm| cuối năm)? ?$/u;
const AFTER_YEAR = /^(?:(?! và | hoặc )[^,;:.()]){0,40}?(?<![\p{L}\p{M}])(?:vào|đến|tới|trong|trước|cho|hết)(?: cả| cuối| hết| đầu)?(?: năm)? (?<y>(?:19|20)[0-9]{2})(?![0-9]|[/.,-][0-9])/u;
// Times in a metric's words: they are cut out ("tăng trưởng kinh tế vào cuối năm 2024 từ").
const TIME_RE =
  /(?<![\p{L}\p{M}])(?:(?:vào|đến|tới|trong|cho|từ|trước|sau|tính đến|đến hết|đến cuối|ngay trong|ngay)\s)?(?:(?:cả|cuối|đầu|hết|giữa|nửa đầu|nửa cuối)\s)?(?:(?:6|sáu|9|chín) tháng(?: đầu| cuối)?(?: năm)?(?: nay| (?:19|20)[0-9]{2})?|năm (?:nay|tới|sau|(?:19|20)[0-9]{2})|(?:giai đoạn|thời kỳ|nhiệm kỳ) (?:19|20)[0-9]{2} ?[-–] ?(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2} ?[-–] ?(?:19|20)[0-9]{2}|quý [IV1-4]+(?:\/[0-9]{4})?|tháng [0-9]{1,2}(?:\/[0-9]{4})?|(?:19|20)[0-9]{2}|giai đoạn (?:tới|này|mới)|thời gian tới|những năm tới|hằng năm|hàng năm|mỗi năm|\/năm)(?![\p{L}\p{M}\p{N}])/giu;
const TRIGGER_WORD = new RegExp(`^(?:${TRIGGERS.map(escape).join("|")})$`, "iu");
const CHUNK_SPLIT = /[,;:()"“”'‘’…]|(?<![\p{L}\p{M}])(?:và|để|nhằm|mà|thì|khi|nếu|nhưng|hoặc)(?![\p{L}\p{M}])|\||[0-9]+(?:[.,][0-9]+)*%?/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*|[0-9]+(?:[.,][0-9]+)*/gu;

interface Trigger {
  start: number;
  end: number;
  text: string;
  /** A future year ("đến năm 2030") rather than a word. */
  year?: boolean;
}

const wordsOf = (s: string): string[] => [...(s.match(WORD) ?? [])];

/** The last words before `pos` (lower case), up to `n`. */
function lastWords(text: string, pos: number, n: number): string[] {
  const from = Math.max(0, pos - 12 * n);
  let tail = text.slice(from, pos);
  if (from > 0) tail = tail.replace(/^\S*/u, ""); // a cut word is not a word
  // Only words after the nearest punctuation count.
  const cut = Math.max(tail.lastIndexOf(","), tail.lastIndexOf(";"), tail.lastIndexOf(":"), tail.lastIndexOf("("));
  return wordsOf(cut >= 0 ? tail.slice(cut + 1) : tail)
    .slice(-n)
    .map((x) => x.toLowerCase());
}

function triggersIn(text: string, nowYear: number): Trigger[] {
  const out: Trigger[] = [];
  TRIGGER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let negatedEnd = -2;
  while ((m = TRIGGER_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // "vượt 0,96% chỉ tiêu kế hoạch": a trigger right after a rejected one goes with it.
    if (start === negatedEnd + 1 || !acceptTrigger(text, m[0], start, end)) {
      negatedEnd = end;
      continue;
    }
    out.push({ start, end, text: m[0] });
  }
  if (mentionsFuture(text, nowYear) && !FORECAST_WORDS.test(text)) {
    FUTURE_RE.lastIndex = 0;
    while ((m = FUTURE_RE.exec(text))) {
      if (Number(m.groups!.y) > nowYear) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Does the trigger word at [start, end) introduce a goal here? */
function acceptTrigger(text: string, raw: string, start: number, end: number): boolean {
  const t = raw.toLowerCase();
  const lead = text.slice(Math.max(0, start - 3), start);
  // "Bộ Kế hoạch và Đầu tư", "Kế hoạch số 10/KH-UBND": capitalised mid-sentence, a name.
  if (/^\p{Lu}/u.test(raw) && /[\p{L}\p{N}]/u.test(lead) && !/[:"“]\s?$/u.test(lead)) return false;
  const before = lastWords(text, start, 2);
  const one = before[before.length - 1] ?? "";
  const two = before.length === 2 ? before.join(" ") : "";
  if (TRIGGER_NEGATORS.has(one) || TRIGGER_NEGATORS.has(two)) return false;
  // "đạt 104% kế hoạch": a result measured against the plan.
  if (/[0-9%] ?$/u.test(lead) && t !== "phấn đấu") return false;
  const next = /^ ([\p{L}\p{M}]+)(?: ([\p{L}\p{M}]+))?/u.exec(text.slice(end, end + 20));
  if (next && (TRIGGER_ANAPHORS.has(next[1]!.toLowerCase()) || (next[2] && TRIGGER_ANAPHORS.has(`${next[1]} ${next[2]}`.toLowerCase())))) return false;
  if (TRIGGERS_NEEDING_VERB.has(t) && !COMMIT_AFTER.test(text.slice(end, end + 30))) return false;
  return true;
}

/** Trims edge words and cuts at prepositions: "chúng ta phải đạt kim ngạch xuất khẩu là" → "kim ngạch xuất khẩu". */
function cleanMetric(chunk: string): string {
  let words = wordsOf(chunk);
  const isEdge = (ws: string[], i: number, k: number) => {
    const phrase = ws.slice(i, i + k).join(" ").toLowerCase();
    return METRIC_EDGE_WORDS.has(phrase) && !(k === 1 && i === 0 && ws.length > 1 && METRIC_KEEP.has(`${ws[0]} ${ws[1]}`.toLowerCase()));
  };
  const trimStart = () => {
    for (let changed = true; changed && words.length; ) {
      changed = false;
      for (const k of [2, 1]) {
        if (words.length >= k && isEdge(words, 0, k)) {
          words = words.slice(k);
          changed = true;
          break;
        }
      }
    }
  };
  trimStart();
  // Cut at the first preposition or verb after the first word.
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      (METRIC_CUT_WORDS.has(w.toLowerCase()) || METRIC_CUT_WORDS.has(`${w} ${words[i + 1] ?? ""}`.toLowerCase())) &&
      !METRIC_KEEP.has(`${w} ${words[i + 1] ?? ""}`.toLowerCase()) &&
      !METRIC_KEEP.has(`${words[i - 1]} ${w}`.toLowerCase()),
  );
  if (cut > 0) words = words.slice(0, cut);
  for (let changed = true; changed && words.length; ) {
    changed = false;
    for (const k of [2, 1]) {
      if (words.length >= k && isEdge(words, words.length - k, k) && !(words.length === 2 && METRIC_KEEP.has(words.join(" ").toLowerCase()))) {
        words = words.slice(0, words.length - k);
        changed = true;
        break;
      }
    }
  }
  if (words.length === 0 || words.every((w) => /^[0-9]/.test(w))) return "";
  return words
    .slice(0, MAX_METRIC_WORDS)
    .map((w) => (/^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w))
    .join(" ");
}

/**
 * The metric in the words between the trigger (or the previous target) and the number: the
 * last clean chunk. `adjacent` says whether that chunk runs up to the number.
 */
function metricBetween(gap: string): { metric: string; adjacent: boolean } {
  const replaced = gap.replace(TIME_RE, "|");
  const chunks = replaced.split(CHUNK_SPLIT);
  for (let i = chunks.length - 1; i >= 0; i--) {
    const m = cleanMetric(chunks[i]!);
    if (m) {
      const rest = replaced.slice(replaced.lastIndexOf(chunks[i]!) + chunks[i]!.length);
      return { metric: m, adjacent: !/[,;:()]/u.test(rest) };
    }
  }
  return { metric: "", adjacent: false };
}

/** The noun after the number: "150 tỷ USD kim ngạch thương mại vào năm 2030" → "kim ngạch thương mại". */
function metricAfter(text: string, pos: number): { metric: string; end: number } {
  const window = text.slice(pos, pos + 80);
  if (!/^ [\p{L}]/u.test(window)) return { metric: "", end: pos };
  let rest = window;
  TIME_RE.lastIndex = 0;
  const time = TIME_RE.exec(rest);
  if (time) rest = rest.slice(0, time.index);
  const stop = rest.search(CHUNK_SPLIT);
  if (stop >= 0) rest = rest.slice(0, stop);
  const firstWord = /^ ([\p{L}\p{M}]+)/u.exec(rest)?.[1]?.toLowerCase();
  if (firstWord && METRIC_CUT_WORDS.has(firstWord)) return { metric: "", end: pos };
  const metric = cleanMetric(rest);
  if (!metric) return { metric: "", end: pos };
  const first = metric.split(" ")[0]!;
  const lower = window.toLowerCase();
  const at = lower.indexOf(first.toLowerCase());
  const last = metric.split(" ").slice(-1)[0]!;
  const lastAt = at >= 0 ? lower.indexOf(last.toLowerCase(), at) : -1;
  const endAt = lastAt >= 0 ? pos + lastAt + last.length : pos;
  return { metric, end: Math.max(pos, endAt) };
}

/** The subject right before a trigger: "cổ tức dự kiến là 10%" → "cổ tức". */
function metricBefore(text: string, pos: number): string {
  const window = text.slice(Math.max(0, pos - 60), pos).replace(TIME_RE, "|");
  const chunks = window.split(CHUNK_SPLIT);
  const last = chunks[chunks.length - 1] ?? "";
  const words = wordsOf(last);
  // The words after the last verb or preposition.
  let i = words.length;
  while (i > 0 && !METRIC_CUT_WORDS.has(words[i - 1]!.toLowerCase()) && !METRIC_EDGE_WORDS.has(words[i - 1]!.toLowerCase()) && words.length - i < 5) i--;
  const tail = words.slice(i);
  // A capitalised word is a name unless it opens the sentence ("Cổ tức dự kiến là 10%").
  if (tail.length === 0) return "";
  if (/^\p{Lu}/u.test(tail[0]!) && !text.slice(0, pos).replace(/^[\s"“(‘'-]+/u, "").startsWith(tail.join(" "))) return "";
  return cleanMetric(tail.join(" "));
}

interface YearReading {
  year?: number;
  period?: string;
  end?: number;
}

function yearsIn(text: string, from: number, to: number): Array<{ y?: number; p1?: number; p2?: number; start: number; end: number }> {
  const out: Array<{ y?: number; p1?: number; p2?: number; start: number; end: number }> = [];
  const slice = text.slice(from, to);
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(slice))) {
    const abs = from + m.index;
    if (COMPARISON_BEFORE.test(text.slice(Math.max(0, abs - 30), abs))) continue;
    const g = m.groups!;
    if (g.p1 && g.p2) out.push({ p1: Number(g.p1), p2: Number(g.p2), start: abs, end: abs + m[0].length });
    else out.push({ y: Number(g.y), start: abs, end: abs + m[0].length });
  }
  return out;
}

const asReading = (r: { y?: number; p1?: number; p2?: number; end: number }): YearReading =>
  r.p1 !== undefined && r.p2 !== undefined && r.p1 < r.p2 ? { year: r.p2, period: `${r.p1}/${r.p2}`, end: r.end } : { year: r.y ?? r.p2, end: r.end };

/** The year or period of a target: right after its number, else the nearest before it in the clause, else before the trigger. */
function yearFor(text: string, triggerStart: number, q: Quantity, nextStart: number): YearReading {
  const after = AFTER_YEAR.exec(text.slice(q.end, Math.min(nextStart, q.end + 60)));
  if (after) {
    const hit = yearsIn(text, q.end, q.end + after[0].length);
    if (hit.length) return asReading(hit[hit.length - 1]!);
  }
  const between = yearsIn(text, triggerStart, q.start).filter((r) => !(r.start >= q.start && r.end <= q.end));
  if (between.length) return { ...asReading(between[between.length - 1]!), end: undefined };
  const from = Math.max(0, triggerStart - 160);
  const clause = from + text.slice(from, triggerStart).lastIndexOf(";") + 1;
  const before = yearsIn(text, clause, triggerStart);
  if (before.length) return { ...asReading(before[before.length - 1]!), end: undefined };
  return {};
}

export interface TargetHit {
  fact: FactFields<"target">;
  start: number;
  end: number;
  claim: { start: number; end: number };
}

/** Targets of one sentence, offsets relative to the sentence. `nowYear` is the article's own year. */
export function targetsIn(text: string, nowYear: number, qs: readonly Quantity[] = readQuantities(text)): TargetHit[] {
  if (qs.length === 0) return [];
  const triggers = triggersIn(text, nowYear);
  const out: TargetHit[] = [];
  const taken = new Set<Quantity>();

  let lastEnd = 0;
  const emit = (q: Quantity, trigger: Trigger | null, gapStart: number, prevMetric: string, nextStart: number): string => {
    const gap = text.slice(gapStart, q.start);
    const between = metricBetween(gap);
    let metric = between.metric;
    let end = q.end;
    // A name leading the words between ("mục tiêu mà Bộ NN-PTNT đề ra …") is the subject, and
    // words cut off by a comma belong to the clause before: the noun after the number is better.
    // "cả nước có 5.000 km đường cao tốc": what is had comes after the number.
    if ((!metric || /^\p{Lu}/u.test(metric) || !between.adjacent || /(?<![\p{L}\p{M}])có\s*$/u.test(gap)) && q.kind !== "count") {
      const a = metricAfter(text, q.end);
      if (a.metric) {
        metric = a.metric;
        end = Math.max(end, a.end);
      }
    }
    if (!metric && trigger) metric = metricBefore(text, trigger.start);
    if (!metric) metric = q.kind === "count" ? q.unit : prevMetric || (trigger && TRIGGER_WORD.test(trigger.text) ? trigger.text.toLowerCase() : "");
    if (!metric) return prevMetric;
    const y = yearFor(text, trigger ? trigger.start : gapStart, q, nextStart);
    if (y.end !== undefined) end = Math.max(end, y.end);
    const fact: FactFields<"target"> = { type: "target", metric };
    if (q.value !== undefined) fact.value = q.value;
    if (q.min !== undefined) fact.min = q.min;
    if (q.max !== undefined) fact.max = q.max;
    fact.unit = q.unit;
    if (y.year !== undefined) fact.year = y.year;
    if (y.period !== undefined) fact.period = y.period;
    if (q.qualifier) fact.qualifier = q.qualifier;
    // A chained target's evidence starts at its metric when that is in the gap, never inside the previous one.
    const metricAt = metric && !trigger ? gapStart + gap.toLowerCase().lastIndexOf(metric.split(" ")[0]!.toLowerCase()) : -1;
    let start = trigger ? trigger.start : metricAt >= gapStart ? metricAt : q.start;
    if (start < lastEnd) start = q.start;
    out.push({ fact, start, end, claim: { start: q.start, end: q.end } });
    lastEnd = end;
    taken.add(q);
    return metric;
  };

  let from = 0;
  for (let t = 0; t < triggers.length; t++) {
    const trig = triggers[t]!;
    const nextTrigger = triggers[t + 1]?.start ?? Infinity;
    while (from < qs.length && qs[from]!.start < trig.end) from++;
    let i = from;
    if (i >= qs.length) break;
    const first = qs[i]!;
    if (taken.has(first) || first.start >= nextTrigger) continue;
    const lead = text.slice(trig.end, first.start);
    const maxLead = WEAK_TRIGGERS.has(trig.text.toLowerCase()) ? MAX_WEAK_LEAD : MAX_LEAD;
    if (lead.length > maxLead || /[;.!?]/u.test(lead) || (lead.match(/,/g) ?? []).length > 2 || CHAIN_BREAKERS.test(lead)) continue;
    if (trig.year && PAST_MARKERS.test(lead)) continue; // "… đến năm 2020 được ban hành …, đã khẳng định 10 nguyên tắc"
    // Counts are goals only close to their trigger and not as partners of a relation ("với 6 đối tác").
    if (first.kind === "count" && (lead.length > 60 || /(?<![\p{L}\p{M}])(?:với|giữa|của|trong|tại|ở)(?![\p{L}\p{M}])/iu.test(lead))) continue;
    let metric = emit(first, trig, trig.end, "", qs[i + 1]?.start ?? text.length);
    let prev = first;
    for (i++; i < qs.length; i++) {
      const q = qs[i]!;
      if (q.start >= nextTrigger || taken.has(q)) break;
      const gap = text.slice(prev.end, q.start);
      if (gap.length > 70 || /[;.!?]/u.test(gap) || CHAIN_BREAKERS.test(gap)) break;
      if (q.kind === "count" && first.kind !== "count") break; // "… 6,5 - 7%, tiếp tục … ba đột phá"
      metric = emit(q, null, Math.max(prev.end, Math.min(lastEnd, q.start)), metric, qs[i + 1]?.start ?? text.length);
      prev = q;
    }
  }

  // "… đạt 100 tỷ USD vào năm 2030": a number tied to a future year is a goal.
  if (mentionsFuture(text, nowYear) && !FORECAST_WORDS.test(text)) {
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i]!;
      if (taken.has(q)) continue;
      const nextStart = qs[i + 1]?.start ?? text.length;
      const after = AFTER_YEAR.exec(text.slice(q.end, Math.min(nextStart, q.end + 60)));
      if (!after || Number(after.groups!.y) <= nowYear) continue;
      const from = Math.max(0, q.start - 100, i > 0 ? qs[i - 1]!.end : 0);
      const window = text.slice(from, q.start);
      const clauseStart = from + Math.max(window.lastIndexOf(","), window.lastIndexOf(";")) + 1;
      emit(q, null, clauseStart, "", nextStart);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The article's own year: the most mentioned year not after the reference date. */
export function articleYear(ctx: Pick<ExtractContext, "years" | "referenceDate">): number {
  const ref = ctx.referenceDate.getUTCFullYear();
  return ctx.years.find((y) => y <= ref) ?? ref;
}

export const targetExtractor: Extractor<"target"> = {
  name: "target",
  type: "target",
  blockedBy: ["directive", "date"],
  extract(sentence, ctx) {
    const now = articleYear(ctx);
    return targetsIn(sentence.text, now, quantitiesOf(sentence, ctx)).map(
      (h): Candidate<"target"> => ({
        fact: h.fact,
        start: sentence.start + h.start,
        end: sentence.start + h.end,
        claims: [{ start: sentence.start + h.claim.start, end: sentence.start + h.claim.end }],
      }),
    );
  },
};
