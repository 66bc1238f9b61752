// Guards speed work: saves the facts extracted from real bench articles, then checks that a
// changed tree extracts exactly the same facts (per type), printing the first differences.
//   npx tsx scripts/same-output.ts save FILE [N=2000]
//   npx tsx scripts/same-output.ts check FILE [N=2000] [--types partner,person]
// The sample is N articles spread over ../shared/bench-corpus (every k-th line of each shard).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extract, type FactType } from "../src/index.js";

const [mode, file, nArg, ...rest] = process.argv.slice(2);
if ((mode !== "save" && mode !== "check") || !file) {
  process.stderr.write("usage: same-output.ts save|check FILE [N] [--types a,b]\n");
  process.exit(2);
}
const n = Number(nArg ?? 2000);
const typesAt = rest.indexOf("--types");
const only = typesAt >= 0 ? new Set(rest[typesAt + 1]!.split(",")) : null;
const dir = join(import.meta.dirname, "..", "..", "shared", "bench-corpus");
const lines = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean));
const step = Math.max(1, Math.floor(lines.length / n));
const sample = lines.filter((_, i) => i % step === 0).slice(0, n);

type Row = { id: string; facts: Record<string, string[]> };
const rows: Row[] = sample.map((l) => {
  const { id, text } = JSON.parse(l) as { id: string; text: string };
  const r = extract(text, { id, referenceDate: "2017-06-30", sentences: false });
  const facts: Record<string, string[]> = {};
  for (const f of r.facts) (facts[f.type] ??= []).push(JSON.stringify(f));
  return { id, facts };
});
if (mode === "save") {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`saved ${rows.length} articles to ${file}`);
} else {
  const saved = new Map(
    readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row)
      .map((r) => [r.id, r]),
  );
  const differing: Record<string, number> = {};
  let shown = 0;
  for (const r of rows) {
    const before = saved.get(r.id);
    if (!before) throw new Error(`${r.id} is not in ${file}: saved with another N?`);
    const types = new Set([...Object.keys(r.facts), ...Object.keys(before.facts)]);
    for (const t of types) {
      if (only && !only.has(t as FactType)) continue;
      const a = before.facts[t] ?? [];
      const b = r.facts[t] ?? [];
      if (a.join("\n") === b.join("\n")) continue;
      differing[t] = (differing[t] ?? 0) + 1;
      if (shown++ < 8) {
        const sa = new Set(a);
        const sb = new Set(b);
        console.log(`${r.id} ${t}:`);
        for (const x of a) if (!sb.has(x)) console.log(`  - ${x}`);
        for (const x of b) if (!sa.has(x)) console.log(`  + ${x}`);
      }
    }
  }
  const total = Object.values(differing).reduce((a, b) => a + b, 0);
  console.log(total ? `DIFFERENT: articles differing per type ${JSON.stringify(differing)}` : `same output on ${rows.length} articles`);
  process.exitCode = total ? 1 : 0;
}
