import { describe, expect, it } from "vitest";
import { batches } from "../../src/parallel/executor.js";
import type { Input } from "../../src/io/inputs.js";

const input = (id: string, text = "x"): Input => ({ path: "-", id, kind: "text", text, warnings: [] });

async function collect(source: AsyncIterable<Input>, max?: number, bytes?: number): Promise<string[][]> {
  const out: string[][] = [];
  for await (const b of batches(source, max, bytes)) out.push(b.map((i) => i.id));
  return out;
}

describe("batches", () => {
  it("groups ready inputs up to the article limit, in order", async () => {
    async function* ready() {
      for (let i = 1; i <= 7; i++) yield input(String(i));
    }
    expect(await collect(ready(), 3)).toEqual([["1", "2", "3"], ["4", "5", "6"], ["7"]]);
  });

  it("closes a batch at the byte limit", async () => {
    async function* ready() {
      for (let i = 1; i <= 4; i++) yield input(String(i), "a".repeat(100));
    }
    expect(await collect(ready(), 32, 350)).toEqual([["1", "2"], ["3", "4"]]);
  });

  it("hands on what it has when the next input is not ready (a script waiting for its record)", async () => {
    let released: (() => void) | undefined;
    const gate = new Promise<void>((r) => (released = r));
    const seen: string[][] = [];
    async function* slow() {
      yield input("1");
      yield input("2");
      await gate; // the writer waits for the records of 1 and 2 before sending 3
      yield input("3");
    }
    for await (const b of batches(slow(), 32)) {
      seen.push(b.map((i) => i.id));
      released!();
    }
    expect(seen).toEqual([["1", "2"], ["3"]]);
  });

  it("yields nothing for no input", async () => {
    async function* none(): AsyncGenerator<Input> {}
    expect(await collect(none())).toEqual([]);
  });
});
