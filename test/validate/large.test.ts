// Large facts files: validation time grows linearly with the size (10× the records → at most
// about 10× the time), in every format. The 50 MB figures are measured by
// scripts/bench-validate.ts (time and peak memory of the CLI in a fresh process).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { validateFiles } from "../../src/commands/validate.js";
import { fx } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "vnfacts-large-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
copyFileSync(fx("articles", "tin-001.txt"), join(tmp, "tin-001.txt"));
const text = readFileSync(join(tmp, "tin-001.txt"), "utf8");

/** `n` valid records citing the fixture article, with exact offsets. */
function records(n: number): unknown[] {
  const quotes = ["Chỉ thị số 15-CT/TW", "16 FTA với hơn 60 đối tác", "Hàn Quốc", "Bộ Công Thương", "Chiều 12/3"];
  const at = (q: string) => ({ quote: q, start: text.indexOf(q), end: text.indexOf(q) + q.length });
  const facts = [
    { type: "directive", kind: "Chỉ thị", number: "15-CT/TW", evidence: at(quotes[0]!) },
    { type: "figure", value: 16, unit: "FTA", kind: "count", counterpart: { value: 60, unit: "đối tác" }, evidence: at(quotes[1]!) },
    { type: "partner", name: "Hàn Quốc", kind: "country", country: "KR", evidence: at(quotes[2]!) },
    { type: "organization", name: "Bộ Công Thương", evidence: at(quotes[3]!) },
    { type: "date", value: "2024-03-12", granularity: "day", inferred: true, evidence: at(quotes[4]!) },
  ];
  return Array.from({ length: n }, (_, i) => ({ schema: "vnfacts/article@1", source: { path: "tin-001.txt", id: `a-${i}` }, facts }));
}

type Format = "jsonl" | "json" | "yaml" | "yaml-folded";

function write(name: string, n: number, format: Format): string {
  const rs = records(n);
  const p = join(tmp, `${name}.${format === "yaml-folded" ? "yaml" : format}`);
  const out =
    format === "jsonl"
      ? rs.map((r) => JSON.stringify(r)).join("\n")
      : format === "json"
        ? JSON.stringify(rs, null, 2)
        : format === "yaml"
          ? stringify(rs, { aliasDuplicateObjects: false, lineWidth: 0 })
          : // long titles folded over several lines: outside the fast reader's subset, so the `yaml` parser reads every entry
            stringify(
              rs.map((r) => ({ ...(r as object), source: { ...(r as { source: object }).source, title: "Việt Nam và Hàn Quốc hướng tới kim ngạch thương mại 150 tỷ USD vào năm 2030, theo Bộ Công Thương" } })),
              { aliasDuplicateObjects: false },
            );
  writeFileSync(p, out);
  return p;
}

async function timed(p: string): Promise<number> {
  const t = performance.now();
  const [f] = await validateFiles([p]);
  const ms = performance.now() - t;
  expect(f!.messages.map(String)).toEqual([]);
  return ms;
}

describe.each([
  ["jsonl", 2000],
  ["json", 2000],
  ["yaml", 1000],
  ["yaml-folded", 100],
] as const)("%s", (format, n) => {
  it(`10× the records (${n} → ${n * 10}) take at most about 10× the time`, async () => {
    const small = write(`small-${format}`, n, format);
    const big = write(`big-${format}`, n * 10, format);
    await timed(small); // warm up
    const t1 = Math.min(await timed(small), await timed(small));
    const t10 = await timed(big);
    expect(t10, `${n}: ${t1.toFixed(0)} ms, ${n * 10}: ${t10.toFixed(0)} ms`).toBeLessThan(25 * t1 + 50);
  });
});
