// Runs extractInput over a stream of inputs and yields the results in input order.
// --jobs 1 runs in-process; more runs a tinypool worker pool with a bounded window of
// articles in flight, so memory stays flat however long the input is.
import type { Input } from "../io/inputs.js";
import type { ArticleOptions, Extracted } from "../io/extract-one.js";
import type { RecordFormat } from "../format/records.js";

const WORKER_OLD_MB = 160;
const WORKER_YOUNG_MB = 12;
/**
 * Articles go to workers in batches: each task costs a message each way and tinypool's
 * per-task bookkeeping (it reads the worker's heap statistics after every task, about 10%
 * of a worker's time with one article per task). A batch closes at this many articles or
 * bytes, or as soon as the input has nothing more ready, so that a script writing one line
 * and waiting for its record is answered at once.
 */
const BATCH_ARTICLES = 16;
const BATCH_BYTES = 128 * 1024;
/**
 * Batches in flight per worker: enough to keep every worker busy, few enough to bound memory
 * (16 articles × 2 per worker kept the whole bench corpus under 300 MB with as much speed as 32 × 3).
 */
const WINDOW_PER_WORKER = 2;

export interface Executor {
  map(inputs: AsyncIterable<Input>): AsyncIterable<Extracted>;
  close(): Promise<void>;
}

/** How workers should format records: as list items, or one record per file (`--out`). */
export interface OutputSpec {
  format: RecordFormat;
  one: boolean;
}

export async function createExecutor(jobs: number, options: ArticleOptions, output?: OutputSpec): Promise<Executor> {
  if (jobs <= 1) {
    const { extractInput } = await import("../io/extract-one.js");
    return {
      async *map(inputs) {
        for await (const input of inputs) yield extractInput(input, options);
      },
      async close() {},
    };
  }
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    workerData: { options, output },
    // Message passing instead of Atomics.wait: on a 2-core machine shared with the main
    // thread, the atomics handshake cost more than it saved (measured with npm run bench).
    useAtomics: false,
    // Bounded heaps keep the pool's peak RSS flat and low; an article too big for a worker's
    // heap is not lost: it is run again on the main thread (see `attempt`).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  let local: typeof import("../io/extract-one.js") | undefined;
  const onMainThread = async (batch: Input[]): Promise<Extracted[]> => {
    local ??= await import("../io/extract-one.js");
    return batch.map((input) => local!.extractInput(input, options));
  };
  const attempt = (batch: Input[]): Promise<Extracted[]> => (pool.run(batch) as Promise<Extracted[]>).catch(() => onMainThread(batch));
  return {
    async *map(inputs) {
      const pending: Promise<Extracted[]>[] = [];
      for await (const batch of batches(inputs)) {
        pending.push(attempt(batch));
        if (pending.length >= WINDOW_PER_WORKER * jobs) yield* await pending.shift()!;
      }
      while (pending.length) yield* await pending.shift()!;
    },
    async close() {
      await pool.destroy();
    },
  };
}

const sizeOf = (i: Input) => i.bytes?.byteLength ?? (i.text?.length ?? 0) * 2;

/**
 * Groups the inputs into batches without waiting: a batch is handed on when it is full or
 * when the next input is not ready within one turn of the event loop.
 */
export async function* batches(inputs: AsyncIterable<Input>, maxArticles = BATCH_ARTICLES, maxBytes = BATCH_BYTES): AsyncIterable<Input[]> {
  const it = inputs[Symbol.asyncIterator]();
  let next: Promise<IteratorResult<Input>> | undefined;
  let batch: Input[] = [];
  let bytes = 0;
  const notYet = Symbol("not yet");
  for (;;) {
    next ??= it.next();
    const r = batch.length ? await Promise.race([next, new Promise<typeof notYet>((res) => setImmediate(res, notYet))]) : await next;
    if (r === notYet) {
      yield batch;
      batch = [];
      bytes = 0;
      continue;
    }
    next = undefined;
    if (r.done) break;
    batch.push(r.value);
    bytes += sizeOf(r.value);
    if (batch.length >= maxArticles || bytes >= maxBytes) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}
