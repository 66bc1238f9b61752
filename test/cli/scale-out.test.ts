// The stateless mapper: JSON Lines in, one record per line out, same order. Run under GNU
// parallel (--pipe splits stdin into blocks, --keep-order reassembles them) it must give
// output identical to a single process. .ci/run installs Debian's `parallel`.
import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BIN, DEV, ROOT, vnfacts } from "./helpers.js";

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;

function jsonlOfArticles(times: number): string {
  const lines: string[] = [];
  for (let i = 0; i < times; i++) {
    for (const f of readdirSync(DEV).sort()) {
      lines.push(JSON.stringify({ id: `${i}-${f.replace(/\.txt$/, "")}`, text: readFileSync(join(DEV, f), "utf8") }));
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("extract --format jsonl - as a stateless mapper", () => {
  test("one record per input line, same order, nothing else on stdout", () => {
    const input = jsonlOfArticles(3);
    const r = vnfacts(["extract", "--format", "jsonl", "--reference-date", "2024-12-31", "-"], { input });
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split("\n");
    expect(out).toHaveLength(15);
    expect(out.map((l) => JSON.parse(l).source.id)).toEqual(input.trimEnd().split("\n").map((l) => JSON.parse(l).id));
  });

  test.runIf(hasParallel)("under GNU parallel --pipe the output is identical to one process", () => {
    const input = jsonlOfArticles(8);
    const single = vnfacts(["extract", "--format", "jsonl", "--reference-date", "2024-12-31", "-"], { input });
    const r = spawnSync(
      "parallel",
      ["--pipe", "--keep-order", "--block", "20k", "-j", "3", process.execPath, BIN, "extract", "--format", "jsonl", "--reference-date", "2024-12-31", "-"],
      { input, cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(single.stdout);
  });
});
