// A partner mention found in a sentence, before the article-level passes decide on it.
import type { Entity, PartnerKind } from "./gazetteer.js";
import type { Words } from "./tokens.js";

/**
 * accept: a partner. reject: not one. cue: a partner unless the article also uses the same
 * word as a person's name, in which case it needs a cue ("nước Đức") or a list ("Anh, Pháp").
 * list: a partner only in a list with another partner (sentence-initial "Anh", "Ý").
 * company: a company name that is also a word ("GS", "SK"): only in a company context.
 */
export type Status = "accept" | "reject" | "cue" | "list" | "company";

export interface Mention {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** Word indexes in the sentence. */
  first: number;
  last: number;
  entity: Entity;
  /** The name as written (for a locality, without its classifier). */
  written: string;
  status: Status;
  /** For a locality: the name with its classifier as written ("tỉnh Tuv"). */
  prefixed?: string;
  /** A country stated next to it ("(Hàn Quốc)"), overriding the entity's. */
  country?: string;
  relation?: string;
  /** Another known name it is a variant of ("Inforsys" ~ "Infosys"). */
  variantOf?: string;
  /** The ambiguous form, for the article's one-sense-per-discourse pass. */
  ambiguousForm?: string;
  /** Whether a cue word stands right before it ("nước Đức", "tại Nga"). */
  cued?: boolean;
}

/**
 * A new mention, with every optional field present (undefined): mentions of every origin then
 * share one object shape, which keeps the property reads of the later steps fast.
 */
export function newMention(start: number, end: number, first: number, last: number, entity: Entity, written: string, status: Status): Mention {
  return {
    start,
    end,
    first,
    last,
    entity,
    written,
    status,
    prefixed: undefined,
    country: undefined,
    relation: undefined,
    variantOf: undefined,
    ambiguousForm: undefined,
    cued: undefined,
  };
}

export interface SentenceWork {
  /** Offset of the sentence in the normalised text. */
  offset: number;
  text: string;
  tokens: Words;
  mentions: Mention[];
  /** Characters the text has, as `marksOf` (code-units.ts) tells: "(", "-", "của ". */
  marks: number;
}

export const kindOf = (m: Mention): PartnerKind => m.entity.kind;

/** The text between two words. */
export const between = (w: SentenceWork, a: number, b: number): string => w.text.slice(w.tokens.end(a), w.tokens.start(b));

// Mentions of a sentence are kept sorted by start and do not overlap, so their ends are sorted
// too: the lookups below are binary searches, which keeps every step linear in the sentence
// (a list of 30,000 places must not cost 30,000² comparisons).

/** Index of the first mention that ends after `offset` (mentions.length if none). */
export function firstEndingAfter(ms: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The mentions overlapping [start, end). */
export function overlapping(ms: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstEndingAfter(ms, start); i < ms.length && ms[i]!.start < end; i++) out.push(ms[i]!);
  return out;
}

/** The mention that starts exactly at `offset`. */
export function mentionAt(ms: readonly Mention[], offset: number): Mention | undefined {
  const i = firstEndingAfter(ms, offset);
  return ms[i]?.start === offset ? ms[i] : undefined;
}

export const byStart = (a: Mention, b: Mention) => a.start - b.start;
