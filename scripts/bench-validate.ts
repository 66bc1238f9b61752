// Measures `vnfacts validate` on a large generated facts file (nothing is checked in):
//
//   npm run build && npx tsx scripts/bench-validate.ts [--mb 50] [--format jsonl|json|yaml] [--no-sources]
//
// It generates the file in a temporary folder, then runs `node bin/vnfacts.js validate FILE`
// in a fresh process under /usr/bin/time (wall time and peak RSS), and deletes the folder.
//
// The file repeats the valid records of test/fixtures/facts/clean.yaml under new source ids,
// all citing one copy of the fixture article, with exact offsets and sha256, so that every
// check (schema, meaning, quotes against the article) runs on every record.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const mb = Number(arg("mb", "50"));
const format = arg("format", "jsonl");
const sources = !process.argv.includes("--no-sources");

const fixtures = join(import.meta.dirname, "..", "test", "fixtures", "facts");
const dir = mkdtempSync(join(tmpdir(), "vnfacts-bench-"));
try {
  copyFileSync(join(fixtures, "articles", "tin-001.txt"), join(dir, "tin-001.txt"));
  const text = readFileSync(join(dir, "tin-001.txt"), "utf8");
  const template = (parse(readFileSync(join(fixtures, "clean.yaml"), "utf8")) as Array<Record<string, unknown>>)[0]!;
  // exact offsets for every quote
  const facts = (template.facts as Array<Record<string, any>>).map((f) => {
    const start = text.indexOf(f.evidence.quote);
    return { ...f, evidence: { quote: f.evidence.quote, start, end: start + f.evidence.quote.length } };
  });
  const records: unknown[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const r = { ...template, source: { ...(template.source as object), path: "tin-001.txt", id: `a-${i}` }, facts };
    records.push(r);
    size += JSON.stringify(r).length * (format === "json" ? 1.25 : format === "yaml" ? 1.1 : 1);
  }
  const file = join(dir, `facts.${format}`);
  writeFileSync(
    file,
    format === "jsonl" ? `${records.map((r) => JSON.stringify(r)).join("\n")}\n` : format === "json" ? JSON.stringify(records, null, 2) : stringify(records, { aliasDuplicateObjects: false }),
  );
  const n = records.length;
  records.length = 0;
  const bytes = statSync(file).size;
  // Validate in a fresh process, through the built CLI when there is one, so that the peak
  // memory measured is the validator's and not this generator's.
  const cli = join(import.meta.dirname, "..", "bin", "vnfacts.js");
  const built = existsSync(join(import.meta.dirname, "..", "dist", "cli.js"));
  const argv = built ? [cli, "validate", file] : ["--import", "tsx", join(import.meta.dirname, "..", "src", "cli.ts"), "validate", file];
  if (!sources) argv.push("--no-sources");
  const time = existsSync("/usr/bin/time") ? ["/usr/bin/time", ["-f", "%e s elapsed, %M KB peak RSS", process.execPath, ...argv]] as const : [process.execPath, argv] as const;
  const t0 = performance.now();
  const r = spawnSync(time[0], time[1], { encoding: "utf8" });
  const ms = performance.now() - t0;
  console.log(`${format} ${(bytes / 1e6).toFixed(1)} MB, ${n} records, ${n * facts.length} facts${sources ? ", quotes checked against the article" : ""}${built ? "" : " (from source: run npm run build first for the real figure)"}`);
  console.log(`  validate: exit ${r.status}, ${(ms / 1000).toFixed(2)} s wall; ${r.stderr.trim().split("\n").pop()}`);
  console.log(`  ${r.stdout.trim().split("\n").slice(-3).join("\n  ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
