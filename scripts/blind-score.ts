// Scores the current source tree (no build needed) on fixtures/heldout-2, the project's BLIND
// evaluation set (see fixtures/heldout-2/README.md: never tune rules on it):
//   npx tsx scripts/blind-score.ts [--details] [--json]
// Same as scripts/dev-score.ts, over fixtures/heldout-2/{articles,gold}. Before scoring it
// checks the gold itself: every evidence.quote must occur in its article.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { extract } from "../src/index.js";

const dir = join(import.meta.dirname, "..", "fixtures", "heldout-2");
const articles = join(dir, "articles");
const gold = join(dir, "gold");
const ids = readdirSync(articles)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => f.replace(/\.txt$/, ""));

let badGold = 0;
for (const id of ids) {
  const text = readFileSync(join(articles, `${id}.txt`), "utf8");
  const record = JSON.parse(readFileSync(join(gold, `${id}.json`), "utf8")) as {
    facts: { type: string; evidence: { quote: string } }[];
  };
  for (const f of record.facts) {
    if (!text.includes(f.evidence.quote)) {
      badGold++;
      process.stderr.write(`gold ${id}: ${f.type} quote not in article: ${JSON.stringify(f.evidence.quote)}\n`);
    }
  }
}
if (badGold) process.exitCode = 2;

const records = ids.map((id) => {
  const path = join(articles, `${id}.txt`);
  return extract(readFileSync(path, "utf8"), { id, path });
});
const out = join(import.meta.dirname, "..", "node_modules", ".blind-pred.json");
writeFileSync(out, JSON.stringify(records, null, 2));
const scorer = join(import.meta.dirname, "..", "..", "shared", "eval", "score.mjs");
const args = ["--gold", gold, "--pred", out, ...process.argv.slice(2)];
process.stdout.write(execFileSync("node", [scorer, ...args], { encoding: "utf8" }));
