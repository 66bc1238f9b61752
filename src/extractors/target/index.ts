// target extractor: goals, plans and commitments with a number ("mục tiêu tăng trưởng kinh
// tế năm 2024 từ 6,5 - 7%", "hướng tới 150 tỷ USD kim ngạch thương mại vào năm 2030",
// "cam kết tăng 15% hạn ngạch lao động", "phấn đấu tăng trưởng GDP đạt 8% trở lên").
//
//   pattern  a trigger (./lexicon.ts TRIGGERS), a future year ("đến năm 2030") or a phase of
//            a plan ("Giai đoạn 1 (2024 - 2030),"), then the quantities after it
//            (../figure/quantity.ts), chained through lists ("doanh thu 3.752 tỷ đồng, lợi
//            nhuận 403 tỷ đồng, cổ tức 8%"). A goal-list cue (SCOPE_TRIGGERS, years, phases,
//            "Theo kế hoạch/cam kết,") governs the rest of the sentence: items after ";" and
//            ":" are goals too, until an item reports a result (SCOPE_BREAKERS, a past year).
//   extract  rejects comparisons ("vượt kế hoạch", "đạt 104% kế hoạch", "Kết quả thực hiện
//            các chỉ tiêu"), back-references ("mục tiêu này") and third-party forecasts, but
//            keeps a goal named inside a comparison when its setter is said ("vượt mục tiêu
//            6,5% mà Quốc hội đề ra"); counts only as the object of a goal ("phát triển ít nhất
//            100 doanh nghiệp", "nhóm 3 nước dẫn đầu"), not inside a place or partner phrase.
//            The metric is the subject linked to the number ("kinh tế số đạt 30% GDP"), the
//            noun after it when an action precedes ("giải ngân 100% kế hoạch vốn", "xóa bỏ thuế
//            với 48,5% số dòng thuế"), or what a count counts; the year or period comes from
//            the number's clause, the cue, a deadline date ("trước ngày 30/4") or "năm nay".
//
// Runs before figure and claims only its number and unit, so that the number is not also a
// figure while dates inside its evidence ("giai đoạn 2021-2025") stay dates.
import type { Candidate, ExtractContext, Extractor } from "../types.js";
import { articleYearOf } from "../date/index.js";
import type { FactFields } from "../../schema/records.js";
import { articleUnitsFor, quantitiesOf, readQuantities, type Quantity } from "../figure/quantity.js";
import { LETTER_CLASS, trieSource } from "../../lexicons/numbers.js";
import { CodeUnits } from "../../text/code-units.js";
import {
  CHAIN_BREAKERS,
  COMMIT_VERBS,
  COMPARING_NEGATORS,
  COUNT_PLACE_BEFORE,
  DEFINABLE_TRIGGERS,
  DEFINED_AFTER,
  FORECAST_WORDS,
  GOAL_COUNT_VERBS,
  MAX_LEAD,
  MAX_WEAK_LEAD,
  MAX_METRIC_WORDS,
  PARTNER_COUNT_UNITS,
  PAST_MARKERS,
  PHASE_RE,
  PLAN_VERB_TRIGGERS,
  PLAN_VERBS,
  PURPOSE_BEFORE_NEGATOR,
  LIMIT_TRIGGERS,
  REQUIRE_NEGATORS,
  REQUIRE_PAST,
  REQUIRE_TRIGGERS,
  REQUIRE_VERBS,
  SELF_VERB_TRIGGERS,
  TRIGGERS_NEEDING_THEO,
  RESULT_BEFORE,
  SCOPE_AFTER_THEO,
  SCOPE_BREAKERS,
  SCOPE_TRIGGERS,
  WEAK_TRIGGERS,
  TRIGGERS_NEEDING_COLON,
  TRIGGERS_NEEDING_VERB,
  METRIC_CUT_WORDS,
  METRIC_EDGE_WORDS,
  METRIC_KEEP,
  TRIGGER_ANAPHORS,
  TRIGGER_NEGATORS,
  TRIGGERS,
} from "./lexicon.js";
import { codeTable } from "../../text/code-table.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// Word boundaries as explicit classes: much faster than \p{L} in a lookbehind tried at every word start.
const B = `(?<![${LETTER_CLASS}])`;
const E = `(?![${LETTER_CLASS}])`;

const TRIGGER_RE = new RegExp(`(?=[${[...new Set(TRIGGERS.map((t) => t[0]!))].join("")}${[...new Set(TRIGGERS.map((t) => t[0]!.toUpperCase()))].join("")}])${B}(?<t>${trieSource(TRIGGERS)})${E}`, "giu");

// TRIGGER_RE, found by hand: a scan for the places where a trigger may start (a word start
// whose first two code units may begin one, case-insensitively as the regex compares them),
// then the trigger itself, anchored there.
const TRIGGER_AT = new RegExp(`${TRIGGER_RE.source.slice(TRIGGER_RE.source.indexOf("(?<t>"))}`, "iuy");

/** The index + 1 of the letter of `letters` that `ch` is, as the regex's `i` flag compares (0: none). */
const letterIndex = (letters: readonly string[]) => {
  const res = letters.map((l) => new RegExp(`^${escape(l)}$`, "iu"));
  return codeTable((ch) => res.findIndex((re) => re.test(ch)) + 1);
};
const TRIGGER_FIRSTS = [...new Set(TRIGGERS.map((t) => t[0]!))];
const TRIGGER_SECONDS = [...new Set(TRIGGERS.map((t) => t[1]!))];
const triggerFirst = letterIndex(TRIGGER_FIRSTS);
const triggerSecond = letterIndex(TRIGGER_SECONDS);
const TRIGGER_PAIRS = new Set(TRIGGERS.map((t) => (TRIGGER_FIRSTS.indexOf(t[0]!) + 1) * 64 + TRIGGER_SECONDS.indexOf(t[1]!) + 1));
const triggerPair = new Uint8Array(64 * 64);
for (const p of TRIGGER_PAIRS) triggerPair[p] = 1;
/** The lookbehind of TRIGGER_RE, by code unit: a letter as its `i` flag compares. */
const isTriggerLetter = codeTable((ch) => (new RegExp(`^[${LETTER_CLASS}]$`, "iu").test(ch) ? 1 : 0));

// Third code units of triggers (every trigger has three at least), by each pair of the first two.
const TRIGGER_THIRDS = [...new Set(TRIGGERS.map((t) => t[2]!))];
const triggerThird = letterIndex(TRIGGER_THIRDS);
if (TRIGGER_FIRSTS.length >= 64 || TRIGGER_SECONDS.length >= 64 || TRIGGER_THIRDS.length >= 32 || TRIGGERS.some((t) => t.length < 3)) {
  throw new Error("target: trigger letters do not fit TRIGGER_SCAN");
}
/** Bit k of triggerThirds[pair] (see triggerPair): some trigger of that pair has third letter k. */
const triggerThirds = new Uint32Array(64 * 64);
for (const t of TRIGGERS) triggerThirds[(TRIGGER_FIRSTS.indexOf(t[0]!) + 1) * 64 + TRIGGER_SECONDS.indexOf(t[1]!) + 1] |= 1 << (TRIGGER_THIRDS.indexOf(t[2]!) + 1);

/**
 * triggerFirst, triggerSecond, isTriggerLetter and triggerThird of each code unit in one entry,
 * filled on first sight: bits 0-5, 6-11, 12 and 13-17; bit 20 says the entry is filled.
 */
const TRIGGER_SCAN = new Uint32Array(65536);
function triggerScan(c: number): number {
  let e = TRIGGER_SCAN[c]!;
  if (e === 0) TRIGGER_SCAN[c] = e = 0x100000 | triggerFirst(c) | (triggerSecond(c) << 6) | (isTriggerLetter(c) << 12) | (triggerThird(c) << 13);
  return e;
}
const ownUnits = new CodeUnits();

/**
 * The first trigger (TRIGGER_RE's match) starting in [from, limit], or null. `units` holds the
 * code units of `text` from `offset` on.
 */
function nextTrigger(text: string, from: number, limit: number, units: Uint16Array, offset: number): RegExpExecArray | null {
  const last = Math.min(limit, text.length - 2); // a trigger has two code units at least
  if (from > last) return null;
  let letterBefore = from > 0 && (triggerScan(units[offset + from - 1]!) & 0x1000) !== 0;
  let here = triggerScan(units[offset + from]!);
  for (let q = from; q <= last; q++) {
    const next = triggerScan(units[offset + q + 1]!);
    // A word start whose first three code units may begin a trigger (a trigger has three at least).
    const pair = (here & 63) * 64 + ((next >> 6) & 63);
    if (!letterBefore && triggerPair[pair] === 1 && q + 2 < text.length && ((triggerThirds[pair]! >>> ((triggerScan(units[offset + q + 2]!) >> 13) & 31)) & 1) === 1) {
      TRIGGER_AT.lastIndex = q;
      const m = TRIGGER_AT.exec(text);
      if (m) return m;
    }
    letterBefore = (here & 0x1000) !== 0;
    here = next;
  }
  return null;
}
const YEAR_QUICK = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;

/** Does the sentence name a year after `now` at all? (A cheap test before the future-year rules.) */
function mentionsFuture(text: string, now: number): boolean {
  YEAR_QUICK.lastIndex = 0;
  for (let m = YEAR_QUICK.exec(text); m; m = YEAR_QUICK.exec(text)) if (Number(m[0]) > now) return true;
  return false;
}
const FUTURE_RE = /(?<![\p{L}\p{M}])(?:đến|tới|trước|đến hết|đến cuối|tầm nhìn(?: đến)?)(?: năm)? (?<y>(?:19|20)[0-9]{2})(?![0-9]|[/.,-][0-9])/giu;
const PLAN_AFTER = new RegExp(`^ (?:sẽ )?(?:${[...PLAN_VERBS].sort((a, b) => b.length - a.length).map(escape).join("|")})${E}`, "iu");
const PLANNED_CAPITAL_BEFORE = /(?<![\p{L}\p{M}])(?:vốn đầu tư|tổng vốn|tổng mức đầu tư|kinh phí(?: đầu tư)?)(?: của dự án| dự án)? $/iu;
const AMOUNT_AFTER = /^ (?:là |vào |khoảng |hơn |gần |trên |lên tới |lên đến )?[0-9]/u;
const COMMIT_AFTER = new RegExp(`^ (?:sẽ |tiếp tục |đã )?(?:${[...COMMIT_VERBS].sort((a, b) => b.length - a.length).map(escape).join("|")})${E}`, "iu");
const YEAR_RE = /(?<![\p{N}/.,-])(?:(?<p1>(?:19|20)[0-9]{2}) ?[-–] ?(?<p2>(?:19|20)[0-9]{2})|(?<y>(?:19|20)[0-9]{2}))(?![\p{N}]|[/.,-][0-9]| ?%| (?:tỷ(?! (?:lệ|trọng|giá|suất))|tỉ(?! (?:lệ|trọng|giá|suất))|triệu|nghìn|ngàn|USD|đồng)(?![\p{L}\p{M}]))/gu;
const COMPARISON_BEFORE = /(?:so với|hơn|bằng|từ)(?: cùng kỳ| thực hiện| mức(?: của)?)?(?: năm| cuối năm)? ?$/u;
const AFTER_YEAR = /^(?:(?! và | hoặc )[^,;:.()]){0,40}?(?<![\p{L}\p{M}])(?:vào|đến|tới|trong|trước|cho|hết)(?: cả| cuối| hết| đầu)?(?: năm)? (?<y>(?:19|20)[0-9]{2})(?![0-9]|[/.,-][0-9])/u;
// "giải ngân 100% kế hoạch vốn đầu tư công năm 2024": the year closing the object.
const BARE_YEAR_AFTER = /^(?:(?! và | hoặc )[^,;:.()]){0,50}?(?<![\p{L}\p{M}])năm (?<y>(?:19|20)[0-9]{2})(?![0-9]|[/.,-][0-9])/u;
// Times in a metric's words: they are cut out ("tăng trưởng kinh tế vào cuối năm 2024 từ").
const TIME_RE =
  /(?<![\p{L}\p{M}])(?:(?:vào|đến|tới|trong|cho|từ|trước|sau|tính đến|đến hết|đến cuối|ngay trong|ngay)\s)?(?:(?:cả|cuối|đầu|hết|giữa|nửa đầu|nửa cuối)\s)?(?:(?:6|sáu|9|chín) tháng(?: đầu| cuối)?(?: năm)?(?: nay| (?:19|20)[0-9]{2})?|năm (?:nay|tới|sau|(?:19|20)[0-9]{2})|(?:giai đoạn|thời kỳ|nhiệm kỳ) (?:19|20)[0-9]{2} ?[-–] ?(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2} ?[-–] ?(?:19|20)[0-9]{2}|quý [IV1-4]+(?:\/[0-9]{4})?|tháng [0-9]{1,2}(?:\/[0-9]{4})?|ngày [0-9]{1,2}(?:[/.-][0-9]{1,2})?(?:[/.-][0-9]{4})?|(?:19|20)[0-9]{2}|giai đoạn (?:tới|này|mới)|thời gian tới|những năm tới|(?:hằng|hàng|mỗi) (?:năm|tháng|quý|tuần|ngày)|\/(?:năm|tháng|ngày)|(?:sau|trong vòng|trong|sau khoảng) [0-9]{1,3} (?:năm|tháng|tuần|ngày))(?![\p{L}\p{M}\p{N}])/giu;
const TRIGGER_WORD = new RegExp(`^(?:${TRIGGERS.map(escape).join("|")})$`, "iu");
const CHUNK_SPLIT = /[,;:()"“”'‘’…]|(?<![\p{L}\p{M}])(?:và|để|nhằm|mà|thì|khi|nếu|nhưng|hoặc)(?![\p{L}\p{M}])|\||[0-9]+(?:[.,][0-9]+)*%?/u;
// Between a trigger and its number "và" joins nouns ("tỷ lệ … của người dân và doanh nghiệp đạt
// 80%"); clauses joined by "và" are split at their numbers and times anyway.
const BETWEEN_SPLIT = /[,;:()"“”'‘’…]|(?<![\p{L}\p{M}])(?:để|nhằm|mà|thì|khi|nếu|nhưng|hoặc)(?![\p{L}\p{M}])|\||[0-9]+(?:[.,][0-9]+)*%?/u;
// "(R&D)", "(PCI)": an abbreviation after its noun phrase is left out of the metric.
const ABBREVIATION = / ?\([^()]{1,20}\)/gu;
// "từ 10% hiện nay xuống còn 7%": what stands between a baseline and the goal.
const FROM_TO = /^(?: (?:hiện nay|hiện tại|hiện|(?:của |cuối )?năm (?:19|20)[0-9]{2}|năm nay|năm ngoái))?,? (?:xuống|lên|giảm xuống|tăng lên|giảm|tăng)(?: còn| mức| đến| tới)? $/u;
// "Theo cam kết, ngay khi hiệp định có hiệu lực, EU sẽ …": a time in the plan, not a condition.
const AS_SOON_AS = /(?<![\p{L}\p{M}])(?:ngay khi|ngay sau khi|sau khi)(?![\p{L}\p{M}])/giu;
const COUNT_PREPOSITIONS = /(?<![\p{L}\p{M}])(?:với|giữa|của|trong|tại|ở|cho|theo)(?![\p{L}\p{M}])/iu;
const THIS_YEAR = /(?<![\p{L}\p{M}])năm nay(?![\p{L}\p{M}])/iu;
const TRONG_DO = /(?<![\p{L}\p{M}])trong đó(?![\p{L}\p{M}])/giu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*|[0-9]+(?:[.,][0-9]+)*/gu;

interface Trigger {
  start: number;
  end: number;
  text: string;
  /** A future year ("đến năm 2030") or phase ("Giai đoạn 1 (2024 - 2030)") rather than a word. */
  year?: boolean;
  /** Opens a goal list that governs the rest of the sentence (see SCOPE_TRIGGERS). */
  scope?: boolean;
  /** Negated by a comparison ("vượt mục tiêu"): only the number right after it, when the text says who set it. */
  defined?: boolean;
}

const wordsOf = (s: string): string[] => s.match(WORD) ?? [];

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

/**
 * The triggers of a sentence. Trigger words are only looked for up to `limit` (the end of the
 * last quantity): one that starts after every quantity governs none, and the triggers before
 * it do not depend on it.
 */
function triggersIn(text: string, nowYear: number, limit: number, future: boolean, units: Uint16Array, offset: number): Trigger[] {
  const out: Trigger[] = [];
  let m: RegExpExecArray | null;
  let negatedEnd = -2;
  for (let from = 0; (m = nextTrigger(text, from, limit, units, offset)); from = m.index + m[0].length) {
    const start = m.index;
    const end = start + m[0].length;
    // "vượt 0,96% chỉ tiêu kế hoạch": a trigger right after a rejected one goes with it.
    const verdict = start === negatedEnd + 1 ? "no" : acceptTrigger(text, m[0], start, end);
    if (verdict === "skip") continue;
    if (verdict === "no") {
      negatedEnd = end;
      continue;
    }
    const t = m[0].toLowerCase();
    // "Theo cam kết, …", "…; theo kế hoạch, …": clause-initial "theo".
    const theo = /(?:^|[,;:(]) ?[Tt]heo $/u.test(text.slice(Math.max(0, start - 8), start));
    const scope = verdict === "yes" && (SCOPE_TRIGGERS.has(t) || (theo && SCOPE_AFTER_THEO.has(t)));
    out.push({ start, end, text: m[0], scope, defined: verdict === "defined" });
    if (verdict === "defined") negatedEnd = end;
  }
  if (future && !FORECAST_WORDS.test(text)) {
    FUTURE_RE.lastIndex = 0;
    while ((m = FUTURE_RE.exec(text))) {
      if (Number(m.groups!.y) > nowYear) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: true, scope: true });
    }
    // "Giai đoạn 1 (2024 - 2030), …": a phase of a plan that ends in the future. An unnumbered
    // span must also start from now on ("giai đoạn 2021 - 2025" in 2024 is mostly a report).
    PHASE_RE.lastIndex = 0;
    while ((m = PHASE_RE.exec(text))) {
      const g = m.groups!;
      const y1 = Number(g.y1);
      const y2 = Number(g.y2);
      // A phase heads its clause: it opens the sentence or follows ";" / ":" ("…; giai đoạn 2
      // (2031 - 2035) …"), and an unnumbered one is set off by a comma.
      const end = m.index + m[0].length;
      const lead = text.slice(Math.max(0, m.index - 12), m.index);
      const heads = (m.index === lead.length && /^[\s"“(‘'-]*(?:[Tt]rong )?$/u.test(lead)) || /[;:(]\s?(?:[Tt]rong )?$/u.test(lead);
      if (heads && (g.n !== undefined || /^\)? ?,/u.test(text.slice(end, end + 3))) && y2 > nowYear && y1 < y2 && (g.n !== undefined || y1 >= nowYear)) {
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: true, scope: true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Does the trigger word at [start, end) introduce a goal here? "defined": only a goal whose
 * setter is named after its number; "skip": not a trigger here, but no negation either.
 */
function acceptTrigger(text: string, raw: string, start: number, end: number): "yes" | "no" | "defined" | "skip" {
  const t = raw.toLowerCase();
  const lead = text.slice(Math.max(0, start - 3), start);
  // "Bộ Kế hoạch và Đầu tư", "Kế hoạch số 10/KH-UBND": capitalised mid-sentence, a name.
  if (/^\p{Lu}/u.test(raw) && /[\p{L}\p{N}]/u.test(lead) && !/[:"“]\s?$/u.test(lead)) return "no";
  if (TRIGGERS_NEEDING_COLON.has(t)) return /^ ?:/u.test(text.slice(end, end + 2)) ? "yes" : "skip";
  if (TRIGGERS_NEEDING_THEO.has(t) && !/(?:^|[,;:(]) ?[Tt]heo $/u.test(text.slice(Math.max(0, start - 8), start))) return "skip";
  if (REQUIRE_TRIGGERS.has(t) || LIMIT_TRIGGERS.has(t)) {
    const w = lastWords(text, start, 2);
    if (w.length && (REQUIRE_NEGATORS.has(w[w.length - 1]!) || (w.length === 2 && REQUIRE_NEGATORS.has(w.join(" "))))) return "skip";
  }
  if (RESULT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return "no";
  const before = lastWords(text, start, 3);
  const one = before[before.length - 1] ?? "";
  const two = before.length >= 2 ? before.slice(-2).join(" ") : "";
  const negator = TRIGGER_NEGATORS.has(two) ? two : TRIGGER_NEGATORS.has(one) ? one : "";
  if (negator) {
    // "để hoàn thành mục tiêu …": a purpose, the goal stands.
    const prev = before[before.length - 1 - negator.split(" ").length] ?? "";
    if (PURPOSE_BEFORE_NEGATOR.has(prev) && !negator.startsWith("đã")) return "yes";
    return COMPARING_NEGATORS.has(negator) && DEFINABLE_TRIGGERS.has(t) ? "defined" : "no";
  }
  // "đạt 104% kế hoạch": a result measured against the plan.
  // (A year before it is not a result: "Doanh thu năm 2025 dự kiến đạt …".)
  if (/[0-9%] ?$/u.test(lead) && t !== "phấn đấu" && !/(?<![0-9.,/-])(?:19|20)[0-9]{2} ?$/u.test(text.slice(Math.max(0, start - 8), start))) return "no";
  const next = /^ ([\p{L}\p{M}]+)(?: ([\p{L}\p{M}]+))?/u.exec(text.slice(end, end + 20));
  if (next && (TRIGGER_ANAPHORS.has(next[1]!.toLowerCase()) || (next[2] && TRIGGER_ANAPHORS.has(`${next[1]} ${next[2]}`.toLowerCase())))) return "no";
  // "dự kiến thu 10.000 tỷ đồng": a plan; "dự kiến đạt 11 tỷ USD", "Cổ tức dự kiến là 10%": an expectation.
  // "Dự án có tổng vốn đầu tư dự kiến 1,2 tỷ USD": the capital a project plans to put in.
  if (PLAN_VERB_TRIGGERS.has(t) && !PLAN_AFTER.test(text.slice(end, end + 30)) && !(PLANNED_CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && AMOUNT_AFTER.test(text.slice(end, end + 20)))) return "skip";
  // "cam kết xóa bỏ thuế …", "Theo cam kết, EU sẽ …".
  if (TRIGGERS_NEEDING_VERB.has(t) && !COMMIT_AFTER.test(text.slice(end, end + 30)) && !/(?:^|[,;:(]) ?[Tt]heo $/u.test(text.slice(Math.max(0, start - 8), start))) return "no";
  return "yes";
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
  const replaced = gap.replace(ABBREVIATION, "").replace(TIME_RE, "|");
  const chunks = replaced.split(BETWEEN_SPLIT);
  // "nhà máy sẽ đạt công suất 1.200 MW": the noun after the verb right before the number.
  const lastChunk = chunks[chunks.length - 1]!;
  const reached = REACHED_NOUN.exec(lastChunk);
  if (reached) {
    const m = cleanMetric(reached.groups!.n!);
    if (m) return { metric: m, adjacent: true };
  }
  for (let i = chunks.length - 1; i >= 0; i--) {
    const m = cleanMetric(chunks[i]!);
    if (m) {
      const rest = replaced.slice(replaced.lastIndexOf(chunks[i]!) + chunks[i]!.length);
      return { metric: m, adjacent: !/[,;:()]/u.test(rest) };
    }
  }
  return { metric: "", adjacent: false };
}

// Between two goals of a list: "… vào năm 2025 và 150 tỷ USD", "…, 150 tỷ USD".
const YEAR_LIST_LINK = /^ (?:vào |đến |tới |trong )?(?:cuối |hết )?năm (?:19|20)[0-9]{2}(?:,| và|, và) (?:(?:lên|đạt|là) )?$/u;
const YEAR_LIST_TRIGGER = /^(?: (?:vào |đến |tới |trong )?(?:cuối |hết )?năm (?:19|20)[0-9]{2})?(?:,| và|, và) (?:(?:hai bên|hai nước|sẽ|tiếp tục) )?$/u;
// "tăng 5,5% so với năm 2014": a change measured against the past is a result.
const COMPARED_AFTER = /^[^,;.]{0,25}?(?<![\p{L}\p{M}])(?:so với|cùng kỳ)(?![\p{L}\p{M}])/u;
// "các khoản phải thu", "phải nộp ngân sách": receivables and payables, not requirements.
const ACCOUNTING_AFTER = /^ (?:thu|trả|nộp|chi)(?![\p{L}\p{M}])/iu;
const CEILING_BASE = /^ (?:GDP|GRDP)(?![\p{L}\p{M}])/u;
const REACHED_NOUN = /(?<![\p{L}\p{M}])(?:sẽ |phải |cần )?đạt (?<n>[\p{L}\p{M}][^]*?)\s*$/u;

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
  // What is measured follows the number at once ("48,5% số dòng thuế"); after a verb or an
  // adverb ("8 tỷ USD cần thiết", "10% hiện nay") the words are not its noun.
  if (first.toLowerCase() !== firstWord) return { metric: "", end: pos };
  // "… từ 8-10% Ông Đỗ Trọng Quỳnh": a name after the number is not what it measures.
  if (/^ \p{Lu}\p{Ll}/u.test(rest)) return { metric: "", end: pos };
  const lower = window.toLowerCase();
  const at = lower.indexOf(first.toLowerCase());
  const last = metric.split(" ").slice(-1)[0]!;
  const lastAt = at >= 0 ? lower.indexOf(last.toLowerCase(), at) : -1;
  const endAt = lastAt >= 0 ? pos + lastAt + last.length : pos;
  return { metric, end: Math.max(pos, endAt) };
}

/** The subject right before a trigger: "cổ tức dự kiến là 10%" → "cổ tức"; "Giảm tỷ lệ bội chi, đến năm 2020 …" → "tỷ lệ bội chi". */
function metricBefore(text: string, pos: number): string {
  let window = text.slice(Math.max(0, pos - 80), pos);
  window = window.slice(window.lastIndexOf(";") + 1).replace(TIME_RE, "|");
  const chunks = window.split(CHUNK_SPLIT);
  // The nearest chunk with words, at most two chunks back.
  for (let c = chunks.length - 1; c >= Math.max(0, chunks.length - 3); c--) {
    const words = wordsOf(chunks[c]!);
    if (words.length === 0) continue;
    // The words after the last verb or preposition.
    let i = words.length;
    const stops = (k: number) => {
      const w = words[k]!.toLowerCase();
      if (!METRIC_CUT_WORDS.has(w) && !METRIC_EDGE_WORDS.has(w)) return false;
      // "tốc độ tăng trưởng GRDP": "tăng" opens a kept pair.
      return !(k + 1 < words.length && METRIC_KEEP.has(`${w} ${words[k + 1]!.toLowerCase()}`));
    };
    while (i > 0 && !stops(i - 1) && words.length - i < MAX_METRIC_WORDS) i--;
    let tail = words.slice(i);
    // The first chunk back may be a whole clause ("Giảm dần tỷ lệ bội chi ngân sách nhà nước"): its object.
    if (tail.length === 0 && c < chunks.length - 1) tail = words.slice(1);
    if (tail.length === 0) continue;
    // A capitalised word is a name unless it opens the sentence ("Cổ tức dự kiến là 10%").
    if (/^\p{Lu}/u.test(tail[0]!) && !text.slice(0, pos).replace(/^[\s"“(‘'-]+/u, "").startsWith(tail.join(" "))) return "";
    const m = cleanMetric(tail.join(" "));
    if (m) return m;
  }
  return "";
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
function yearFor(text: string, triggerStart: number, q: Quantity, nextStart: number, nowYear: number): YearReading {
  const y = statedYear(text, triggerStart, q, nextStart);
  if (y.year !== undefined) return y;
  // "Chỉ tiêu tuyển sinh năm nay là 4.500 sinh viên": this year is the article's.
  const from = Math.max(0, triggerStart - 40);
  if (THIS_YEAR.test(text.slice(from, q.start))) return { year: nowYear };
  return y;
}

function statedYear(text: string, triggerStart: number, q: Quantity, nextStart: number): YearReading {
  const after = AFTER_YEAR.exec(text.slice(q.end, Math.min(nextStart, q.end + 60))) ?? BARE_YEAR_AFTER.exec(text.slice(q.end, Math.min(nextStart, q.end + 60)));
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

/** Words right before a number that link it to the subject before it ("kinh tế số đạt 30% GDP"): the metric is that subject. */
const LINKING_BEFORE = /(?<![\p{L}\p{M}])(?:đạt|là|chiếm|bằng|mức|lên|tới|đến|xuống|còn|khoảng)\s*$/iu;
/** Nouns after a percent that are its base, not what is measured ("30% GDP"). */
const BASE_AFTER = /^(?:GDP|GRDP|GNI|GNP|tổng (?:GDP|GRDP))$/iu;
/** What stands between a ranking group and its subject: "nhóm 50 nước đứng đầu thế giới về chỉ số …". */
const RANK_SUBJECT = /^[^,;:.()]{0,50}?(?<![\p{L}\p{M}])về ([^,;:.()]{3,100})/u;

/**
 * Targets of one sentence, offsets relative to the sentence. `nowYear` is the article's own
 * year. `units`, when given, holds the code units of `text` from `offset` on (the article's).
 */
export function targetsIn(text: string, nowYear: number, qs: readonly Quantity[] = readQuantities(text), units?: Uint16Array | null, offset = 0): TargetHit[] {
  if (qs.length === 0) return [];
  let lastQuantityEnd = 0;
  for (const q of qs) if (q.end > lastQuantityEnd) lastQuantityEnd = q.end;
  const future = mentionsFuture(text, nowYear);
  if (!units) {
    units = ownUnits.of(text);
    offset = 0;
  }
  const triggers = triggersIn(text, nowYear, lastQuantityEnd, future, units, offset);
  if (triggers.length === 0 && !future && !qs.some((q) => q.qualifier === "at_most")) return [];
  const out: TargetHit[] = [];
  const taken = new Set<Quantity>();

  let lastEnd = 0;
  let lastYear: YearReading = {};
  const emit = (q: Quantity, trigger: Trigger | null, gapStart: number, prevMetric: string, nextStart: number, inherit: boolean, defined = false, gapEnd = q.start): string => {
    // The words before the number, or before its baseline ("tăng sản lượng từ 50 triệu lít lên 610 triệu lít").
    const gap = text.slice(gapStart, gapEnd);
    let metric = "";
    let afterBase = ""; // "4% GDP": the base, a metric only when nothing better is stated
    let end = q.end;
    if (q.kind === "count") {
      // A count's metric is what it counts ("ít nhất 100 doanh nghiệp thiết kế"), or for a
      // ranking group the field it ranks in ("nhóm 50 nước dẫn đầu … về chỉ số …").
      // "chỉ tiêu tuyển sinh năm nay là 4.500 sinh viên": a subject linked to the count names it.
      const subject = q.rank ? RANK_SUBJECT.exec(text.slice(q.end, q.end + 160)) : null;
      const between = q.rank ? null : metricBetween(gap);
      const linked = between && between.metric && between.adjacent && LINKING_BEFORE.test(gap) && !/^\p{Lu}/u.test(between.metric) ? between.metric : "";
      metric = (subject && cleanMetric(subject[1]!)) || linked || q.unit;
    } else {
      const between = metricBetween(gap);
      metric = between.metric;
      // "giải ngân 100% kế hoạch vốn", "xóa bỏ thuế với 48,5% số dòng thuế", "mua 190.000 tấn
      // gạo": after an action, what is measured follows the number; after a link ("đạt",
      // "chiếm", "là") it is the subject before. A name leading the words between ("mục tiêu mà
      // Bộ NN-PTNT đề ra …") is the subject, and words cut off by a comma belong to the clause
      // before. "cả nước có 5.000 km đường cao tốc": what is had comes after the number.
      const a = defined ? { metric: "", end: q.end } : metricAfter(text, q.end);
      if (BASE_AFTER.test(a.metric)) afterBase = a.metric;
      const useAfter =
        a.metric !== "" &&
        !BASE_AFTER.test(a.metric) &&
        (!metric || /^\p{Lu}/u.test(metric) || !between.adjacent || !LINKING_BEFORE.test(gap) || /(?<![\p{L}\p{M}])có\s*$/u.test(gap));
      if (useAfter && !(between.adjacent && metric && LINKING_BEFORE.test(gap))) {
        metric = a.metric;
        end = Math.max(end, a.end);
      }
    }
    // "… 100 tỷ USD vào năm 2023 và hướng tới 150 tỷ USD vào năm 2030": the list's metric.
    if (!metric && trigger && out.length && q.unit === out[out.length - 1]!.fact.unit && YEAR_LIST_TRIGGER.test(text.slice(out[out.length - 1]!.claim.end, trigger.start))) {
      metric = out[out.length - 1]!.fact.metric;
    }
    // "GRDP của tỉnh phải tăng trên 10%": the subject of a requirement, cut at its first preposition.
    if (!metric && trigger && REQUIRE_TRIGGERS.has(trigger.text.toLowerCase())) {
      const chunks = text.slice(Math.max(0, trigger.start - 60), trigger.start).replace(TIME_RE, "|").split(CHUNK_SPLIT);
      const last = chunks[chunks.length - 1]!;
      if (!/^\s*\p{Lu}\p{Ll}/u.test(last)) metric = cleanMetric(last);
    }
    if (!metric && trigger) metric = metricBefore(text, trigger.start);
    if (!metric) metric = prevMetric || (trigger && TRIGGER_WORD.test(trigger.text) ? trigger.text.toLowerCase() : "") || afterBase;
    if (!metric) return prevMetric;
    let y = yearFor(text, trigger && !defined ? trigger.start : gapStart, q, nextStart, nowYear);
    if (y.year === undefined && inherit) y = { ...lastYear, end: undefined };
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
    lastYear = y;
    taken.add(q);
    return metric;
  };

  /** May a count at `q`, after the clause words `clause`, be a goal? */
  const countOk = (q: Quantity, clause: string, needVerb: boolean): boolean => {
    if (q.rank) return true;
    if (clause.length > 60 || COUNT_PLACE_BEFORE.test(clause)) return false;
    // "giữa ASEAN với 6 đối tác": partners of a relation.
    if (/(?<![\p{L}\p{M}])với\s*$/iu.test(clause) && PARTNER_COUNT_UNITS.test(q.unit)) return false;
    // "ít nhất 200 doanh nghiệp", "100 xã trở lên": a floor is a goal's.
    const floor = q.qualifier === "at_least";
    // "tỷ lệ nội địa hóa với xe đến 9 chỗ ngồi": a count inside a prepositional phrase describes something else.
    if (!floor && COUNT_PREPOSITIONS.test(clause.replace(TIME_RE, " "))) return false;
    return !needVerb || floor || GOAL_COUNT_VERBS.test(clause);
  };
  const clauseOf = (s: string) => s.slice(Math.max(s.lastIndexOf(","), s.lastIndexOf(";"), s.lastIndexOf(":")) + 1);

  let from = 0;
  let scope = false; // a goal list is open in this sentence
  for (let t = 0; t < triggers.length; t++) {
    const trig = triggers[t]!;
    const nextTrigger = triggers[t + 1]?.start ?? Infinity;
    if (trig.scope) scope = true;
    while (from < qs.length && qs[from]!.start < trig.end) from++;
    let i = from;
    if (i >= qs.length) break;
    if (qs[i]!.start >= nextTrigger) continue; // (before any slicing: linear in the sentence)
    // "cắt giảm thất nghiệp từ 10% hiện nay xuống còn 7%": the goal is the second number.
    const lead = text.slice(trig.end, qs[i]!.start);
    let gapEnd: number | undefined;
    if (i + 1 < qs.length && /(?<![\p{L}\p{M}])từ $/u.test(text.slice(Math.max(0, qs[i]!.start - 4), qs[i]!.start)) && FROM_TO.test(text.slice(qs[i]!.end, qs[i + 1]!.start))) {
      gapEnd = qs[i]!.start - 3;
      i++;
    }
    const first = qs[i]!;
    if (taken.has(first) || first.start >= nextTrigger) continue;
    if (trig.defined) {
      // "vượt mục tiêu 6,5% mà Quốc hội đã đề ra": only the number right after the trigger.
      if (/^(?: là| đề ra| đặt ra| đề ra là)? ?$/u.test(lead) && first.value !== undefined && DEFINED_AFTER.test(text.slice(first.end, first.end + 70))) {
        // Its metric is the subject of the clause ("Năm 2024, GDP tăng 6,8%, vượt mục tiêu 6,5%").
        const clauseStart = Math.max(text.lastIndexOf(";", trig.start) + 1, trig.start - 160);
        emit(first, trig, clauseStart, "", qs[i + 1]?.start ?? text.length, false, true);
      }
      continue;
    }
    const maxLead = WEAK_TRIGGERS.has(trig.text.toLowerCase()) ? MAX_WEAK_LEAD : MAX_LEAD;
    if (lead.length > maxLead || /[;.!?]/u.test(lead) || (lead.match(/,/g) ?? []).length > 2 || CHAIN_BREAKERS.test(lead.replace(AS_SOON_AS, ""))) continue;
    if (trig.year && PAST_MARKERS.test(lead)) continue; // "… đến năm 2020 được ban hành …, đã khẳng định 10 nguyên tắc"
    // A requirement needs a goal verb before its number ("yêu cầu … phải giải ngân 100%"), a
    // limit a ceiling ("kiểm soát lạm phát dưới 4,5%"); neither reports a result.
    const tl = trig.text.toLowerCase();
    if (REQUIRE_TRIGGERS.has(tl) && ((!SELF_VERB_TRIGGERS.has(tl) && !REQUIRE_VERBS.test(lead)) || /[,:()]/u.test(lead) || (tl === "phải" && ACCOUNTING_AFTER.test(text.slice(trig.end, trig.end + 8))) || COMPARED_AFTER.test(text.slice(first.end, first.end + 40)) || REQUIRE_PAST.test(lead) || first.kind === "count")) continue;
    if (LIMIT_TRIGGERS.has(tl) && (!(first.qualifier === "under" || first.qualifier === "at_most") || REQUIRE_PAST.test(lead) || first.kind === "count")) continue;
    // Counts are goals only close to their trigger and not as places or partners ("tại 13 tỉnh",
    // "với 6 đối tác"); in a goal list, close to their own clause.
    if (first.kind === "count") {
      // Past the trigger's own clause a count needs a goal verb of its own ("…, phát triển ít nhất 100 doanh nghiệp").
      const ok = scope ? countOk(first, clauseOf(lead), /[,:]/u.test(lead)) : lead.length <= 60 && !COUNT_PREPOSITIONS.test(lead);
      if (!ok) continue;
    }
    let metric = emit(first, trig, trig.end, "", qs[i + 1]?.start ?? text.length, false, false, gapEnd);
    let prev = first;
    for (i++; i < qs.length; i++) {
      const q = qs[i]!;
      if (q.start >= nextTrigger || taken.has(q)) break;
      const gap = text.slice(prev.end, q.start);
      if (/[.!?]/u.test(gap)) break;
      // "… đạt 2,3% trong năm 2017, tăng nhẹ từ 1,8% trong năm 2016": a baseline after the goal.
      if (/(?<![\p{L}\p{M}])từ(?: mức)? $/u.test(gap) && !/^ ?(?:[-–]|(?:hiện nay |hiện tại )?(?:đến|tới|lên|xuống)(?![\p{L}\p{M}]))/u.test(text.slice(q.end, q.end + 20))) break;
      const semi = gap.lastIndexOf(";");
      if (semi >= 0) {
        // A new item of a goal list: "…; thu nhập bình quân đầu người đạt 150 triệu đồng".
        const item = gap.slice(semi + 1);
        if (!scope || item.length > 140 || SCOPE_BREAKERS.test(item) || CHAIN_BREAKERS.test(item.replace(TRONG_DO, ""))) break;
        // "…; năm 2023, thành phố đón 2,5 triệu lượt khách": a past year reports a result.
        if (yearsIn(text, prev.end + semi + 1, q.start).some((r) => (r.y ?? r.p2 ?? Infinity) < nowYear)) break;
        if (q.kind === "count" && !countOk(q, clauseOf(item), clauseOf(item).trim().length > 0)) break;
      } else {
        if (gap.length > (scope ? 110 : 70) || CHAIN_BREAKERS.test(scope ? gap.replace(TRONG_DO, "") : gap)) break;
        // "… 6,5 - 7%, tiếp tục … ba đột phá": a count after other goals needs a goal verb of its own.
        if (q.kind === "count" && first.kind !== "count" && !(scope && countOk(q, clauseOf(gap), true))) break;
        if (q.kind === "count" && COUNT_PLACE_BEFORE.test(clauseOf(gap))) break; // "… 100 doanh nghiệp tại 5 tỉnh"
      }
      metric = emit(q, null, Math.max(prev.end, Math.min(lastEnd, q.start)), metric, qs[i + 1]?.start ?? text.length, true);
      prev = q;
    }
  }

  // "… đạt 100 tỷ USD vào năm 2030": a number tied to a future year is a goal.
  if (future && !FORECAST_WORDS.test(text)) {
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i]!;
      if (taken.has(q)) continue;
      const nextStart = qs[i + 1]?.start ?? text.length;
      const after = AFTER_YEAR.exec(text.slice(q.end, Math.min(nextStart, q.end + 60)));
      if (!after || Number(after.groups!.y) <= nowYear) continue;
      const from = Math.max(0, q.start - 100, i > 0 ? qs[i - 1]!.end : 0);
      const window = text.slice(from, q.start);
      const clauseStart = from + Math.max(window.lastIndexOf(","), window.lastIndexOf(";")) + 1;
      if (q.kind === "count" && !countOk(q, text.slice(clauseStart, q.start), false)) continue; // "… tại 204 đơn vị … trong năm 2016"
      // "… 100 tỷ USD vào năm 2025 và 150 tỷ USD vào năm 2030": the next item of a list of goals keeps its metric.
      const prevHit = i > 0 && taken.has(qs[i - 1]!) ? out.find((h) => h.claim.start === qs[i - 1]!.start) : undefined;
      const listed = prevHit && YEAR_LIST_LINK.test(text.slice(qs[i - 1]!.end, q.start)) ? prevHit.fact.metric : "";
      emit(q, null, listed ? q.start : clauseStart, listed, nextStart, false);
    }
  }

  // "nợ công không vượt 60% GDP", "bội chi không quá 4% GDP": a ceiling on a share of GDP is a goal.
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (taken.has(q) || q.qualifier !== "at_most" || q.kind !== "percent" || !CEILING_BASE.test(text.slice(q.end, q.end + 12))) continue;
    const from = Math.max(0, q.start - 80, i > 0 ? qs[i - 1]!.end : 0);
    const window = text.slice(from, q.start);
    const clauseStart = from + Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf(":")) + 1;
    if (REQUIRE_PAST.test(text.slice(clauseStart, q.start))) continue;
    emit(q, null, clauseStart, "", qs[i + 1]?.start ?? text.length, false);
  }
  return out.sort((a, b) => a.start - b.start);
}

// The year of the article last read (the date extractor keeps one reading per context).
let yearContext: ExtractContext | null = null;
let yearOfContext = 0;
const articleYearOnce = (ctx: ExtractContext): number => {
  if (yearContext !== ctx) {
    yearOfContext = articleYearOf(ctx);
    yearContext = ctx;
  }
  return yearOfContext;
};

export const targetExtractor: Extractor<"target"> = {
  name: "target",
  type: "target",
  blockedBy: ["directive", "date"],
  extract(sentence, ctx) {
    const qs = quantitiesOf(sentence, ctx);
    if (qs.length === 0) return []; // (before the article's year is read: most sentences have no quantity)
    return targetsIn(sentence.text, articleYearOnce(ctx), qs, articleUnitsFor(sentence, ctx), sentence.start).map((h): Candidate<"target"> => {
      if (h.fact.year === undefined && h.fact.period === undefined) {
        const y = deadlineYear(sentence, ctx, h.end);
        if (y !== undefined) h.fact.year = y;
      }
      return {
        fact: h.fact,
        start: sentence.start + h.start,
        end: sentence.start + h.end,
        claims: [{ start: sentence.start + h.claim.start, end: sentence.start + h.claim.end }],
      };
    });
  },
};

/**
 * "sẽ mua 190.000 tấn gạo … trước ngày 30-4": the year of a deadline date (found by the date
 * extractor, its year possibly inferred) closing the target's clause.
 */
function deadlineYear(sentence: { start: number; text: string }, ctx: ExtractContext, end: number): number | undefined {
  const from = sentence.start + end;
  const dates = datesOf(ctx);
  // The first date at or after `from` (binary search: dates are sorted by start).
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < dates.length && dates[k]!.start <= from + 160; k++) {
    const c = dates[k]!;
    const between = ctx.text.slice(from, c.start);
    if (/[;!?]|[,.](?![0-9])/u.test(between)) return undefined;
    if (!/(?<![\p{L}\p{M}])(?:trước|vào|đến|trong|hết)(?: ngày| tháng)? ?$/u.test(between)) continue;
    const y = Number(String((c.fact as { value: string }).value).slice(0, 4));
    return Number.isInteger(y) && y > 1900 ? y : undefined;
  }
  return undefined;
}

// The date candidates of an article, sorted by start, computed once per article context.
const dateCache = new WeakMap<object, { n: number; dates: Candidate[] }>();
function datesOf(ctx: ExtractContext): Candidate[] {
  const hit = dateCache.get(ctx);
  if (hit && hit.n === ctx.found.length) return hit.dates;
  const dates = ctx.found.filter((c) => c.fact.type === "date").sort((a, b) => a.start - b.start);
  dateCache.set(ctx, { n: ctx.found.length, dates });
  return dates;
}
