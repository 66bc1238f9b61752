// A worker thread of the pool: the options come once through workerData. The worker also
// formats the record, so that the main thread only writes strings in order: serialising on
// the main thread made it the bottleneck of the pool.
import { workerData } from "node:worker_threads";
import { extractInput, type ArticleOptions, type Extracted } from "../io/extract-one.js";
import { formatItem, formatOne, type RecordFormat } from "../format/records.js";
import type { Input } from "../io/inputs.js";

// tinypool passes [its own data, ours] as the thread's workerData.
const [, ours] = workerData as [unknown, { options: ArticleOptions; output?: { format: RecordFormat; one: boolean } }];
const { options, output } = ours;

/** One task: a batch of articles, answered in the same order. */
export default function run(batch: Input[]): Extracted[] {
  return batch.map(one);
}

function one(input: Input): Extracted {
  const e = extractInput(input, options);
  if (!output) return e;
  const text = output.one ? formatOne(e.record, output.format) : formatItem(e.record, output.format);
  return { failed: e.failed, text, record: { ...e.record, facts: [] } };
}
