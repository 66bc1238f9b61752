// Scores the current source tree (no build needed) on one of the project's own evaluation
// sets, fixtures/<set>/{articles,gold}: `heldout` (used for tuning) or `heldout-2` (blind:
// never tune rules on it; see its README):
//   npx tsx scripts/score-set.ts heldout|heldout-2|DIR [--details] [--json]
// (scripts/heldout-score.ts and scripts/blind-score.ts name the two.) Before scoring it
// checks the gold itself: every evidence.quote must occur in its article.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { extract } from "../src/index.js";

const [set = "heldout", ...rest] = process.argv.slice(2);
// A set of the project's own, or any folder with articles/ and gold/ (e.g. kept outside the project).
const own = /^heldout(-2)?$/.test(set);
if (!own && !existsSync(join(set, "gold"))) throw new Error(`unknown set ${set}: heldout, heldout-2 or a folder with articles/ and gold/`);
const dir = own ? join(import.meta.dirname, "..", "fixtures", set) : set;
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
const out = join(import.meta.dirname, "..", "node_modules", `.${own ? set : "other"}-pred.json`);
writeFileSync(out, JSON.stringify(records, null, 2));
const scorer = join(import.meta.dirname, "..", "..", "shared", "eval", "score.mjs");
const args = ["--gold", gold, "--pred", out, ...rest];
process.stdout.write(execFileSync("node", [scorer, ...args], { encoding: "utf8" }));
