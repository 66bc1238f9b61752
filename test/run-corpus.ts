// Runs an extractor's corpus as its test suite: `runCorpus(corpus)` is the whole test file.
import { describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import type { Corpus, Example, Expected } from "../src/extractors/corpus.js";

function label(e: Example): string {
  const t = e.text.length > 70 ? `${e.text.slice(0, 67)}…` : e.text;
  return `${e.kind}: ${t}`;
}

function strip(f: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, evidence: _e, mentions: _m, sentence: _s, ...rest } = f;
  return rest;
}

export function runCorpus(corpus: Corpus): void {
  describe(`${corpus.type} corpus`, () => {
    test.each(corpus.examples.map((e) => [label(e), e] as const))("%s", (_name, e) => {
      const record = extract(e.text, { referenceDate: e.referenceDate ?? corpus.referenceDate, sentences: false });
      const facts = record.facts.filter((f) => f.type === corpus.type) as unknown as Array<Record<string, unknown>>;
      for (const f of facts) {
        const ev = f.evidence as { quote: string; start: number; end: number };
        expect(e.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
      switch (e.kind) {
        case "negative":
          expect(facts.map(strip)).toEqual([]);
          break;
        case "positive":
          expect(facts.map(strip)).toHaveLength(1);
          expect(strip(facts[0]!)).toMatchObject({ type: corpus.type, ...(e.fact as Expected) });
          break;
        case "context": {
          const hit = facts.find((f) => (f.evidence as { quote: string }).quote === e.quote);
          expect(hit, `no ${corpus.type} with quote "${e.quote}"; got ${JSON.stringify(facts.map((f) => (f.evidence as { quote: string }).quote))}`).toBeDefined();
          expect(strip(hit!)).toMatchObject({ type: corpus.type, ...(e.fact as Expected) });
          break;
        }
      }
    });
  });
}
