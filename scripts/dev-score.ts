// Scores the current source tree (no build needed) on ../shared/eval/dev:
//   npx tsx scripts/dev-score.ts [--details]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { extract } from "../src/index.js";

const dir = join(import.meta.dirname, "..", "..", "shared", "eval", "dev");
const articles = join(dir, "articles");
const records = readdirSync(articles)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) =>
    extract(readFileSync(join(articles, f), "utf8"), { id: f.replace(/\.txt$/, ""), path: join(articles, f) }),
  );
const out = join(import.meta.dirname, "..", "node_modules", ".dev-pred.json");
writeFileSync(out, JSON.stringify(records, null, 2));
const args = ["--gold", join(dir, "gold"), "--pred", out, ...process.argv.slice(2)];
process.stdout.write(execFileSync("node", [join(dir, "..", "score.mjs"), ...args], { encoding: "utf8" }));
