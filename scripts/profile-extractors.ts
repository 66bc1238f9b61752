// Per-extractor cost on real articles, with chrono-node/vi and normalise() timed in the same
// run as baselines (the machine may be busy: compare ratios, not
// ms). It loads the compiled dist/ (run `npx tsc -p .` first): under tsx every imported
// binding is a getter call, which makes hot loops look slower than the product is.
//   npx tsc -p . && npx tsx scripts/profile-extractors.ts [N=2000]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { extract, EXTRACTORS, normalise } from "../dist/index.js";

const n = Number(process.argv[2] ?? 2000);
const file = join(import.meta.dirname, "..", "..", "shared", "bench-corpus", "baomoi-2017-part1.jsonl");
const all = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const warm = all.slice(4000, 5500);
const texts = all.slice(0, n);
const vi = createRequire(import.meta.url)("chrono-node/vi") as typeof import("chrono-node/vi");

const spent: Record<string, number> = {};
for (const ex of EXTRACTORS) {
  const orig = ex.extract.bind(ex);
  spent[ex.name] = 0;
  (ex as { extract: typeof ex.extract }).extract = (s, ctx) => {
    const t = performance.now();
    const r = orig(s, ctx);
    spent[ex.name]! += performance.now() - t;
    return r;
  };
}
const opts = { sentences: false, referenceDate: "2017-06-30" } as const;
for (const x of warm) {
  extract(x, opts);
  vi.casual.parse(x);
}
for (const k in spent) spent[k] = 0;
// Each is timed in its own loop over the articles, as the benchmark does (so chrono runs with
// its own caches warm); three rounds, the fastest counts, so that load from other processes
// mostly drops out.
const per = (f: (x: string) => unknown, onBest?: () => void) => {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    for (const k in spent) spent[k] = 0;
    const t = performance.now();
    for (const x of texts) f(x);
    const each = (performance.now() - t) / texts.length;
    if (each < best) (best = each), onBest?.();
  }
  return best;
};
const spentBest: Record<string, number> = {};
const chrono = per((x) => vi.casual.parse(x));
const norm = per((x) => normalise(x));
const total = per((x) => extract(x, opts), () => Object.assign(spentBest, spent));
Object.assign(spent, spentBest);
const ms = (x: number) => `${(x * 1000).toFixed(0).padStart(5)} µs`;
console.log(`${texts.length} articles; per article: chrono-node/vi ${ms(chrono)}, normalise ${ms(norm)}, vnfacts extract ${ms(total)}`);
console.log(`vnfacts speed / chrono speed = ${(chrono / total).toFixed(2)}× (target ≥ 0.5×)`);
let sum = 0;
for (const [k, v] of Object.entries(spent)) {
  sum += v / texts.length;
  console.log(`  ${k.padEnd(13)} ${ms(v / texts.length)}   ${((v / texts.length) / chrono).toFixed(2)}× chrono`);
}
console.log(`  ${"(pipeline)".padEnd(13)} ${ms(total - sum)}   ${((total - sum) / chrono).toFixed(2)}× chrono`);
