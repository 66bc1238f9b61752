// The pipeline, in order:
//   normalise (with an offset map) → segment (sentences, page furniture) →
//   extractors in EXTRACTORS order → refiners (overlaps, one fact per key with mentions, ids)
// Pure: text in, record out. No I/O.
import { createHash } from "node:crypto";
import { SCHEMA_ID, type ArticleRecord, type Fact, type FactType, type Warning } from "./schema/records.js";
import { normalise } from "./text/normalise.js";
import type { MappedText } from "./text/mapped.js";
import { segment, type Furniture, type Segmented } from "./segment/index.js";
import type { Candidate, ExtractContext, Extractor, Span } from "./extractors/types.js";
import { emptyGazetteer, type Gazetteer } from "./config.js";
import { factKey } from "./facts/keys.js";
import { DisjointSpans, SpanIndex, lastBelow } from "./facts/intervals.js";
import { directiveExtractor } from "./extractors/directive/index.js";
import { dateExtractor } from "./extractors/date/index.js";
import { targetExtractor } from "./extractors/target/index.js";
import { figureExtractor } from "./extractors/figure/index.js";
import { partnerExtractor } from "./extractors/partner/index.js";
import { organizationExtractor } from "./extractors/organization/index.js";
import { personExtractor } from "./extractors/person/index.js";

/**
 * The extractors in the order they run. A later extractor sees what the earlier ones found
 * (`ctx.found`) and is blocked where their claims overlap its `blockedBy` types.
 */
export const EXTRACTORS: readonly Extractor[] = [
  directiveExtractor,
  dateExtractor,
  targetExtractor,
  figureExtractor,
  partnerExtractor,
  organizationExtractor,
  personExtractor,
];

export interface ExtractOptions {
  /** `source.id`; default "article". */
  id?: string;
  /** `source.path`; default "-". */
  path?: string;
  /** sha256 of the raw input bytes; default: of the text's UTF-8 bytes. */
  sha256?: string;
  /** For dates without a year when the article gives none; default today. */
  referenceDate?: Date | string;
  /** User word lists (see config.ts). */
  gazetteer?: Gazetteer;
  /** Warnings found while decoding the input, carried onto the record. */
  warnings?: Warning[];
  /** Include each fact's normalised sentence; default true. */
  sentences?: boolean;
  /** Only these fact types; default all. */
  types?: readonly FactType[];
}

const claimsOf = (c: Candidate): Span[] => c.claims ?? [{ start: c.start, end: c.end }];

/**
 * Drops candidates inside furniture or blocked by the claims of earlier types; of two
 * overlapping candidates of one type the longer wins (then the earlier).
 */
function admit(extractor: Extractor, found: readonly Candidate[], furniture: SpanIndex, fresh: Candidate[]): Candidate[] {
  const blockers = new SpanIndex(found.filter((c) => extractor.blockedBy.includes(c.fact.type)).flatMap(claimsOf));
  const ok = fresh.filter((c) => c.end > c.start && !furniture.overlaps(c) && !claimsOf(c).some((x) => blockers.overlaps(x)));
  ok.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = new DisjointSpans();
  return ok.filter((c) => kept.tryAdd(c)).sort((a, b) => a.start - b.start);
}

/** Stable id: type prefix + a 53-bit hash (cyrb53) of type and key; the same on every run and machine. */
function factId(type: string, key: string): string {
  const s = `${type}\u0000${key}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${type.slice(0, 3)}-${n.toString(16).padStart(14, "0")}`;
}

function fieldCount(f: object): number {
  let n = 0;
  for (const v of Object.values(f)) if (v !== undefined) n++;
  return n;
}

/** One fact per key: the richest candidate states it, the others become mentions. */
function refine(cands: Candidate[], record: { original: string; toSpan: (s: number, e: number) => Span }, sentenceOf: (c: Candidate) => string | undefined): Fact[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const key = `${c.fact.type}\u0000${factKey(c.fact as never)}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const facts: Fact[] = [];
  for (const [key, group] of groups) {
    const primary = group.reduce((best, c) => (fieldCount(c.fact) > fieldCount(best.fact) ? c : best), group[0]!);
    const merged: Record<string, unknown> = { ...primary.fact };
    for (const c of group) {
      for (const [k, v] of Object.entries(c.fact)) {
        if (v === undefined) continue;
        if (merged[k] === undefined) merged[k] = v;
        // The fullest statement of an office or subject wins.
        else if ((k === "title" || k === "subject" || k === "issuer") && typeof v === "string" && v.length > String(merged[k]).length) merged[k] = v;
      }
    }
    const { start, end } = record.toSpan(primary.start, primary.end);
    const [type] = key.split("\u0000") as [string];
    const fact: Record<string, unknown> = {
      type,
      id: factId(type, key.slice(type.length + 1)),
      ...merged,
      evidence: { quote: record.original.slice(start, end), start, end },
    };
    fact.type = type;
    const others = group
      .filter((c) => c !== primary)
      .map((c) => record.toSpan(c.start, c.end))
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start);
    if (others.length) fact.mentions = others;
    const sentence = sentenceOf(primary);
    if (sentence !== undefined) fact.sentence = sentence;
    facts.push(fact as Fact);
  }
  return facts.sort((a, b) => a.evidence.start! - b.evidence.start! || a.type.localeCompare(b.type));
}

function toDate(d: Date | string | undefined): Date {
  if (d instanceof Date) return d;
  if (typeof d === "string") {
    const x = new Date(`${d}T12:00:00Z`);
    if (!Number.isNaN(x.getTime())) return x;
  }
  return new Date();
}

/**
 * Runs the whole pipeline on one article's decoded text — or on text already taken out of
 * a markup source (HTML), given as a MappedText whose `original` is the source: evidence
 * then points into that source.
 */
export function extractRecord(input: string | MappedText, options: ExtractOptions = {}): ArticleRecord {
  const original = typeof input === "string" ? input : input.original;
  const mapped = typeof input === "string" ? normalise(input) : input.compose(normalise(input.text));
  const seg = segment(mapped.text);
  const found: Candidate[] = [];
  const ctx: ExtractContext = {
    text: mapped.text,
    mapped,
    sentences: seg.sentences,
    referenceDate: toDate(options.referenceDate),
    gazetteer: options.gazetteer ?? emptyGazetteer,
    found,
  };
  const wanted = options.types ? new Set(options.types) : null;
  // The headline is furniture for source.title, but what it states is still a fact.
  const blocking = new SpanIndex(seg.furniture.filter((f) => f.kind !== "title"));
  for (const extractor of EXTRACTORS) {
    const fresh: Candidate[] = [];
    for (const s of seg.sentences) for (const c of extractor.extract(s, ctx)) fresh.push(c);
    found.push(...admit(extractor, found, blocking, fresh));
  }
  const kept = wanted ? found.filter((c) => wanted.has(c.fact.type)) : found;
  const sentenceStarts = seg.sentences.map((s) => s.start);
  const sentenceOf =
    options.sentences === false
      ? () => undefined
      : (c: Candidate) => {
          const s = seg.sentences[lastBelow(sentenceStarts, c.start + 1)];
          return s && c.end <= s.end ? s.text : undefined;
        };
  const facts = refine(kept, { original, toSpan: (s, e) => mapped.span(s, e) }, sentenceOf);

  const source: ArticleRecord["source"] = {
    path: options.path ?? "-",
    id: options.id ?? "article",
    sha256: options.sha256 ?? createHash("sha256").update(original, "utf8").digest("hex"),
  };
  if (seg.title) source.title = seg.title;
  if (seg.byline) source.byline = seg.byline;
  const dateline = articleDate(found, seg);
  if (dateline) source.date = dateline;

  const record: ArticleRecord = { schema: SCHEMA_ID, source, facts };
  const warnings = [...(options.warnings ?? [])];
  if (!/\S/.test(original) && !warnings.some((w) => w.code === "empty")) {
    warnings.push({ code: "empty", message: "the article is empty" });
  }
  if (warnings.length) record.warnings = warnings;
  return record;
}

/**
 * The article's own date: a day-level date that opens one of the first story paragraphs
 * ("Chiều 18/7, …", "Ngày 2/4, …", "HÀ NỘI, ngày 5-3 – …").
 */
function articleDate(found: Candidate[], seg: Segmented): string | undefined {
  const openers = new Map<number, number>();
  for (const s of seg.sentences) {
    if (s.title || openers.has(s.paragraph)) continue;
    openers.set(s.paragraph, s.start);
    if (openers.size === 3) break;
  }
  for (const start of openers.values()) {
    const first = found.find(
      (c) => c.fact.type === "date" && c.start >= start && c.start < start + 40 && (c.fact as { granularity: string }).granularity === "day",
    );
    if (first) return (first.fact as { value: string }).value;
  }
  return undefined;
}
