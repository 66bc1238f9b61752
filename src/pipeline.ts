// The pipeline, in order:
//   normalise (with an offset map) → segment (sentences, page furniture) →
//   extractors in EXTRACTORS order → refiners (overlaps, one fact per key with mentions, ids)
// Pure: text in, record out. No I/O.
import { createHash } from "node:crypto";
import { SCHEMA_ID, type ArticleRecord, type Fact, type FactType, type Warning } from "./schema/records.js";
import { normalise } from "./text/normalise.js";
import type { MappedText } from "./text/mapped.js";
import { segment, type Segmented } from "./segment/index.js";
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
  if (fresh.length === 0) return fresh;
  const blocking: Span[] = [];
  for (const c of found) {
    if (!extractor.blockedBy.includes(c.fact.type)) continue;
    if (c.claims) for (const x of c.claims) blocking.push(x);
    else blocking.push(c);
  }
  const blockers = new SpanIndex(blocking);
  const ok = fresh.filter((c) => c.end > c.start && !furniture.overlaps(c) && !claimsOf(c).some((x) => blockers.overlaps(x)));
  ok.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = new DisjointSpans();
  return ok.filter((c) => kept.tryAdd(c)).sort((a, b) => a.start - b.start);
}

/** Stable id: type prefix + a 53-bit hash (cyrb53) of type, a NUL and key; the same on every run and machine. */
function factId(type: string, key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // The two parts are hashed in turn rather than joined: the same hash, without a new string.
  for (let part = 0; part < 3; part++) {
    const s = part === 0 ? type : part === 1 ? "\u0000" : key;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${type.slice(0, 3)}-${n.toString(16).padStart(14, "0")}`;
}

function fieldCount(f: object): number {
  let n = 0;
  for (const k in f) if ((f as Record<string, unknown>)[k] !== undefined) n++;
  return n;
}

/** Fields of a fact that take the fullest statement among its mentions. */
const LONGEST_WINS = new Set(["title", "subject", "issuer"]);

/** The fields of a group of candidates for one fact: the richest one's, completed by the others'. */
function mergeGroup(primary: Candidate, group: readonly Candidate[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...primary.fact };
  for (const c of group) {
    const f = c.fact as unknown as Record<string, unknown>;
    for (const k in f) {
      const v = f[k];
      if (v === undefined) continue;
      if (merged[k] === undefined) merged[k] = v;
      // The fullest statement of an office or subject wins.
      else if (LONGEST_WINS.has(k) && typeof v === "string" && v.length > String(merged[k]).length) merged[k] = v;
    }
  }
  return merged;
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
    let primary = group[0]!;
    if (group.length > 1) {
      let best = fieldCount(primary.fact);
      for (const c of group) {
        const n = fieldCount(c.fact);
        if (n > best) (primary = c), (best = n);
      }
    }
    const merged = group.length > 1 ? mergeGroup(primary, group) : (primary.fact as unknown as Record<string, unknown>);
    const { start, end } = record.toSpan(primary.start, primary.end);
    const type = primary.fact.type;
    // Field order: type, id, the fact's own fields, evidence (then mentions, sentence).
    const fact: Record<string, unknown> = { type, id: factId(type, key.slice(type.length + 1)) };
    for (const k in merged) if (k !== "type") fact[k] = merged[k];
    fact.evidence = { quote: record.original.slice(start, end), start, end };
    if (group.length > 1) {
      const others: Span[] = [];
      for (const c of group) {
        if (c === primary) continue;
        const s = record.toSpan(c.start, c.end);
        if (s.end > s.start) others.push(s);
      }
      if (others.length) fact.mentions = others.sort((a, b) => a.start - b.start);
    }
    const sentence = sentenceOf(primary);
    if (sentence !== undefined) fact.sentence = sentence;
    facts.push(fact as unknown as Fact);
  }
  return facts.sort((a, b) => a.evidence.start! - b.evidence.start! || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
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
    referenceGiven: options.referenceDate !== undefined,
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
