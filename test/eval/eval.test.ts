// `vnfacts eval`: the numbers of the reference scorer (../shared/eval/score.mjs), from facts
// files in any format or from articles extracted on the fly.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { evaluate, runEval } from "../../src/commands/eval.js";
import { UsageError } from "../../src/errors.js";
import { extract } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const fx = (...p: string[]) => join(root, "test", "fixtures", "facts", ...p);
const shared = join(root, "..", "shared", "eval");
const scorer = join(shared, "score.mjs");
const dev = join(shared, "dev");
const hasShared = existsSync(scorer) && existsSync(join(dev, "gold"));

const tmp = mkdtempSync(join(tmpdir(), "vnfacts-eval-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sink() {
  let out = "";
  return { io: { stdout: { write: (s: string) => ((out += s), true) } }, get out() { return out; } };
}

/** What score.mjs prints for the same inputs. */
function reference(args: string[]): string {
  return execFileSync(process.execPath, [scorer, ...args], { encoding: "utf8", cwd: root });
}

const GOLD = fx("eval", "gold");
const ARTICLES = fx("articles");

const EXPECTED_TABLE = `articles: 3  (no record for: tin-005)
type          gold  pred    tp      P      R     F1
directive        2     2     2  100.0  100.0  100.0
figure           2     2     2  100.0  100.0  100.0
target           2     2     2  100.0  100.0  100.0
date             4     3     2   66.7   50.0   57.1
partner          3     2     2  100.0   66.7   80.0
person           1     1     1  100.0  100.0  100.0
organization     2     2     1   50.0   50.0   50.0
all             16    14    12   85.7   75.0   80.0

attributes of matched facts:  82.4% right
  directive.kind           2/2
  directive.issuer         1/2
  directive.date           0/1
  figure.kind              2/2
  figure.counterpart       1/1
  figure.qualifier         0/1
  target.year              1/1
  target.metric            2/2
  partner.kind             2/2
  partner.country          2/2
  person.title             1/1
evidence quote === text.slice(start, end): 13/14
  bad evidence  tin-001: organization {"quote":"Bộ Công Thương","start":0,"end":14}
  wrong attribute  tin-001: no:21/NQ-CP: gold "Chính phủ" got null
  wrong attribute  tin-001: no:15-CT/TW: gold "2022-08-10" got null
  wrong attribute  tin-001: 400|hoat: gold "nearly" got "about"
  missed    tin-001 date: 2024-01-01/2024-06-30
  spurious  tin-001 organization: ban bi thu
  missed    tin-002 date: 2024/2027
  spurious  tin-002 date: 2024/2026
  missed    tin-002 organization: ubnd tinh soc trang
  missed    tin-005 partner: nhat ban
micro F1  80.0
`;

describe("fixture gold and predictions", () => {
  it("partial numbers, name containment, aliases, ISO codes, attributes, bad evidence: the table", async () => {
    const s = sink();
    expect(await runEval(fx("eval", "pred.json"), { gold: GOLD, articles: ARTICLES, details: true }, s.io)).toBe(0);
    expect(s.out).toBe(EXPECTED_TABLE);
  });

  it("the same numbers from JSON Lines and YAML predictions", async () => {
    const yaml = join(tmp, "pred.yaml");
    writeFileSync(yaml, stringify(JSON.parse(readFileSync(fx("eval", "pred.json"), "utf8"))));
    const a = await evaluate(fx("eval", "pred.json"), { gold: GOLD, articles: ARTICLES });
    expect(await evaluate(fx("eval", "pred.jsonl"), { gold: GOLD, articles: ARTICLES })).toEqual(a);
    expect(await evaluate(yaml, { gold: GOLD, articles: ARTICLES })).toEqual(a);
  });

  it("finds the articles beside the predictions file when source.path is relative to it", async () => {
    const dir = join(tmp, "beside");
    mkdirSync(join(dir, "articles"), { recursive: true });
    for (const f of ["tin-001.txt", "tin-002.txt"]) copyFileSync(join(ARTICLES, f), join(dir, "articles", f));
    copyFileSync(fx("eval", "pred.json"), join(dir, "pred.json"));
    const report = await evaluate(join(dir, "pred.json"), { gold: GOLD });
    expect(report.evidence).toMatchObject({ facts: 14, ok: 13 });
  });

  it("articles as JSON Lines of {id, text}: extracted first, evidence checked against each line's text", async () => {
    const p = join(tmp, "articles.jsonl");
    const line = (id: string) => JSON.stringify({ id, text: readFileSync(join(ARTICLES, `${id}.txt`), "utf8") });
    writeFileSync(p, `${line("tin-001")}\n${line("tin-002")}\n`);
    const report = await evaluate(p, { gold: GOLD, referenceDate: "2024-03-12" });
    expect(report.missingRecords).toEqual(["tin-005"]);
    expect(report.evidence.facts).toBeGreaterThan(0);
    expect(report.evidence.rate).toBe(1);
  });

  it.skipIf(!hasShared)("JSON output equals score.mjs --json", async () => {
    const s = sink();
    await runEval(fx("eval", "pred.json"), { gold: GOLD, articles: ARTICLES, format: "json" }, s.io);
    const ref = reference(["--gold", GOLD, "--pred", fx("eval", "pred.json"), "--articles", ARTICLES, "--json"]);
    expect(JSON.parse(s.out)).toEqual(JSON.parse(ref));
    expect(s.out).toBe(ref);
  });

  it("--min-f1: exit 1 below, 0 at or above; a bad value is a usage error", async () => {
    expect(await runEval(fx("eval", "pred.json"), { gold: GOLD, articles: ARTICLES, minF1: "0.81" }, sink().io)).toBe(1);
    expect(await runEval(fx("eval", "pred.json"), { gold: GOLD, articles: ARTICLES, minF1: "0.79" }, sink().io)).toBe(0);
    await expect(runEval(fx("eval", "pred.json"), { gold: GOLD, minF1: "80" }, sink().io)).rejects.toThrow(UsageError);
  });

  it("usage and input errors", async () => {
    await expect(runEval(fx("eval", "pred.json"), { gold: join(tmp, "nope") }, sink().io)).rejects.toThrow("no such file or folder");
    await expect(runEval(join(tmp, "nope.json"), { gold: GOLD }, sink().io)).rejects.toThrow(UsageError);
    const bad = join(tmp, "bad.json");
    writeFileSync(bad, '[{"schema": "vnfacts/article@1",}]');
    const err = await runEval(bad, { gold: GOLD }, sink().io).catch((e: unknown) => e as Error & { exitCode: number });
    expect(err).toMatchObject({ exitCode: 2 });
    expect((err as Error).message).toBe(`${bad}:1:33: expected a property name after ',' (JSON allows no trailing comma)`);
  });
});

describe.skipIf(!hasShared)("the dev set: the same numbers as score.mjs", () => {
  const gold = join(dev, "gold");
  const articles = join(dev, "articles");

  it("on the extractor's predictions (as scripts/dev-score.ts makes them)", async () => {
    const records = readdirSync(articles)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => extract(readFileSync(join(articles, f), "utf8"), { id: f.replace(/\.txt$/, ""), path: join(articles, f) }));
    const pred = join(tmp, "dev-pred.json");
    writeFileSync(pred, JSON.stringify(records, null, 2));
    const s = sink();
    await runEval(pred, { gold, format: "json" }, s.io);
    expect(JSON.parse(s.out)).toEqual(JSON.parse(reference(["--gold", gold, "--pred", pred, "--json"])));
    const t = sink();
    await runEval(pred, { gold, details: true }, t.io);
    expect(t.out).toBe(reference(["--gold", gold, "--pred", pred, "--details"]));
  });

  it("on predictions made from the gold and then damaged in every way the rules know", async () => {
    const preds = readdirSync(gold)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => {
        const g = JSON.parse(readFileSync(join(gold, f), "utf8"));
        const text = readFileSync(join(articles, `${g.source.id}.txt`), "utf8");
        const facts = g.facts.map((x: any, i: number) => {
          const start = text.indexOf(x.evidence.quote);
          const p: any = { ...x, evidence: { quote: x.evidence.quote, start, end: start + x.evidence.quote.length } };
          // every few facts, something else is wrong
          if (i % 7 === 1 && p.type === "directive" && p.number) p.number = String(p.number).split(/[-/]/)[0];
          if (i % 5 === 2 && typeof p.name === "string") p.name = p.name.toUpperCase();
          if (i % 6 === 3 && p.aliases?.length) p.name = p.aliases[0];
          if (i % 9 === 4 && p.type === "figure") p.qualifier = "about";
          if (i % 4 === 0 && p.type === "partner" && p.kind === "country") p.name = `${p.name} (ISO)`;
          if (i % 8 === 5) p.evidence = { ...p.evidence, end: p.evidence.end + 1 };
          if (i % 11 === 6) return null;
          return p;
        });
        facts.push({ type: "figure", value: 42, unit: "thứ", kind: "count", evidence: { quote: "x", start: 0, end: 1 } });
        return { ...g, source: { ...g.source, path: join(articles, `${g.source.id}.txt`) }, facts: facts.filter(Boolean) };
      });
    const pred = join(tmp, "damaged.jsonl");
    writeFileSync(pred, preds.map((r) => JSON.stringify(r)).join("\n"));
    const s = sink();
    await runEval(pred, { gold, format: "json" }, s.io);
    const mine = JSON.parse(s.out);
    expect(mine).toEqual(JSON.parse(reference(["--gold", gold, "--pred", pred, "--json"])));
    expect(mine.micro.tp).toBeLessThan(mine.micro.gold);
    expect(mine.evidence.ok).toBeLessThan(mine.evidence.facts);
  });

  it("from a folder of articles, extracted first", async () => {
    const report = await evaluate(articles, { gold });
    expect(report.articles).toBe(5);
    expect(report.missingRecords).toEqual([]);
    expect(report.evidence.rate).toBe(1);
  });
});
