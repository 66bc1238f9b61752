// Runs extractInput over a stream of inputs and yields the results in input order.
// --jobs 1 runs in-process; more runs a tinypool worker pool with a bounded window of
// articles in flight, so memory stays flat however long the input is.
import type { Input } from "../io/inputs.js";
import type { ArticleOptions, Extracted } from "../io/extract-one.js";

export interface Executor {
  map(inputs: AsyncIterable<Input>): AsyncIterable<Extracted>;
  close(): Promise<void>;
}

export async function createExecutor(jobs: number, options: ArticleOptions): Promise<Executor> {
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
    workerData: { options },
  });
  const window = jobs * 8;
  return {
    async *map(inputs) {
      const pending: Promise<Extracted>[] = [];
      for await (const input of inputs) {
        pending.push(pool.run(input) as Promise<Extracted>);
        if (pending.length >= window) yield await pending.shift()!;
      }
      while (pending.length) yield await pending.shift()!;
    },
    async close() {
      await pool.destroy();
    },
  };
}
