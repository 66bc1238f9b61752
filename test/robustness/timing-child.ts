// A child process for no-hang.test.ts: times `extract()` on the texts it is sent, so that a
// pattern that never returns can be ended by killing this process instead of hanging the test
// run. Before each stage of a detailed run it writes "stage NAME" to stderr synchronously,
// so the parent knows which extractor was running when it had to kill it.
//
//   parent → child  { id, text, detail? }
//   child → parent  { id, ms, facts, error?, stages? }
import { writeSync } from "node:fs";
import { emptyGazetteer } from "../../src/config.js";
import type { Candidate, ExtractContext } from "../../src/extractors/types.js";
import { EXTRACTORS, extract, normalise, segment } from "../../src/index.js";

interface Request {
  id: number;
  text: string;
  detail?: boolean;
}

const REFERENCE = "2024-06-01";
const stage = (name: string) => writeSync(2, `stage ${name}\n`);

/** The pipeline's stages one by one, timed (the candidates of each extractor are all kept). */
function stages(text: string): Record<string, number> {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  stage("normalise");
  const mapped = normalise(text);
  t.normalise = performance.now() - t0;
  stage("segment");
  t0 = performance.now();
  const seg = segment(mapped.text);
  t.segment = performance.now() - t0;
  const found: Candidate[] = [];
  const ctx: ExtractContext = {
    text: mapped.text,
    mapped,
    sentences: seg.sentences,
    referenceDate: new Date(`${REFERENCE}T12:00:00Z`),
    years: [2024],
    gazetteer: emptyGazetteer,
    found,
  };
  for (const ex of EXTRACTORS) {
    stage(ex.name);
    t0 = performance.now();
    const fresh: Candidate[] = [];
    for (const s of seg.sentences) for (const c of ex.extract(s, ctx)) fresh.push(c);
    found.push(...fresh);
    t[ex.name] = performance.now() - t0;
  }
  return t;
}

process.on("message", (msg: Request) => {
  try {
    let result: Record<string, unknown>;
    if (msg.detail) {
      const t0 = performance.now();
      const s = stages(msg.text);
      result = { id: msg.id, ms: performance.now() - t0, facts: 0, stages: s };
    } else {
      stage("extract");
      const t0 = performance.now();
      const record = extract(msg.text, { id: "t", referenceDate: REFERENCE });
      const ms = performance.now() - t0;
      // Evidence must still point into the text, whatever the input.
      for (const f of record.facts) {
        if (msg.text.slice(f.evidence.start, f.evidence.end) !== f.evidence.quote) throw new Error(`evidence of a ${f.type} does not match its offsets`);
      }
      result = { id: msg.id, ms, facts: record.facts.length };
    }
    stage("idle");
    process.send!(result);
  } catch (err) {
    process.send!({ id: msg.id, ms: 0, facts: 0, error: (err as Error)?.stack ?? String(err) });
  }
});
process.send!({ ready: true });
