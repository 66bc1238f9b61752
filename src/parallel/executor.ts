// Runs extractInput over a stream of inputs and yields the results in input order.
// --jobs 1 runs in-process; more runs a tinypool worker pool with a bounded window of
// articles in flight, so memory stays flat however long the input is.
import type { Input } from "../io/inputs.js";
import type { ArticleOptions, Extracted } from "../io/extract-one.js";
import type { RecordFormat } from "../format/records.js";

const WORKER_OLD_MB = 160;
const WORKER_YOUNG_MB = 12;

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
  const attempt = (input: Input): Promise<Extracted> =>
    (pool.run(input) as Promise<Extracted>).catch(async () => {
      local ??= await import("../io/extract-one.js");
      return local.extractInput(input, options);
    });
  const window = jobs * 8;
  return {
    async *map(inputs) {
      const pending: Promise<Extracted>[] = [];
      for await (const input of inputs) {
        pending.push(attempt(input));
        if (pending.length >= window) yield await pending.shift()!;
      }
      while (pending.length) yield await pending.shift()!;
    },
    async close() {
      await pool.destroy();
    },
  };
}
