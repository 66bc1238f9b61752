// An extractor's examples are its tests (Duckling's Corpus.hs, remark-lint's examples).
// Three kinds, all run through the whole pipeline, so what they assert is what a user gets:
//   positive(text, fact)        the whole text yields exactly this one fact of the type
//   negative(text, …)           the text yields no fact of the type
//   inContext(text, quote, fact) inside a real sentence: a fact of the type with this
//                               exact evidence quote and these fields
// Expected facts are partial: only the fields given are compared.
import type { FactType } from "../schema/records.js";

export type Expected = Record<string, unknown>;

export type Example =
  | { kind: "positive"; text: string; fact: Expected; referenceDate?: string }
  | { kind: "negative"; text: string; referenceDate?: string }
  | { kind: "context"; text: string; quote: string; fact: Expected; referenceDate?: string };

export interface Corpus {
  type: FactType;
  /** The reference date used when an example gives none (chrono's fixed reference time). */
  referenceDate: string;
  examples: Example[];
}

export const positive = (text: string, fact: Expected, referenceDate?: string): Example => ({
  kind: "positive",
  text,
  fact,
  referenceDate,
});

export const negative = (...texts: string[]): Example[] => texts.map((text) => ({ kind: "negative", text }));

export const inContext = (text: string, quote: string, fact: Expected, referenceDate?: string): Example => ({
  kind: "context",
  text,
  quote,
  fact,
  referenceDate,
});

/** Many surface forms, one value: `examples({ value: 1200 }, ["1.200", "một nghìn hai trăm"])`. */
export const examples = (fact: Expected, texts: string[]): Example[] => texts.map((t) => positive(t, fact));
