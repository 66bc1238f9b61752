// `vnfacts diff`: facts added, removed and changed per article, matched by id, else by key.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffRecords, runDiff, type DiffReport } from "../../src/commands/diff.js";

const root = join(import.meta.dirname, "..", "..");
const fx = (...p: string[]) => relative(process.cwd(), join(root, "test", "fixtures", "facts", ...p));
const tmp = mkdtempSync(join(tmpdir(), "vnfacts-diff-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sink(isTTY = false, env: Record<string, string | undefined> = {}) {
  let out = "";
  return { io: { stdout: { write: (s: string) => ((out += s), true), isTTY }, env }, get out() { return out; } };
}

describe("text", () => {
  it("groups per article with +/-/~ and the changed fields, then a summary", async () => {
    const s = sink();
    expect(await runDiff(fx("clean.yaml"), fx("diff", "edited.yaml"), {}, s.io)).toBe(0);
    expect(s.out).toBe(
      [
        "tin-001",
        '  - organization Bộ Công Thương  "Bộ Công Thương"',
        '  ~ partner Hàn Quốc  "Hàn Quốc"',
        '      country: "KR" → "KP"',
        '      relation: (none) → "Đối tác chiến lược toàn diện"',
        "",
        "tin-002",
        '  ~ source.title: (none) → "Sóc Trăng hợp tác với tỉnh Luông Pha Băng (Lào)"',
        '  + partner Lào  "Lào"',
        "",
        "✖ 2 of 2 articles differ: 1 fact added, 1 removed, 1 changed, 1 source changed",
        "",
      ].join("\n"),
    );
  });

  it("the same facts in another format: no differences", async () => {
    const s = sink();
    expect(await runDiff(fx("clean.yaml"), fx("clean.jsonl"), { exitCode: true }, s.io)).toBe(0);
    expect(s.out).toBe("✔ no differences (2 articles, 15 facts)\n");
  });

  it("matched by id first (a changed value is a change), else by key (folded names match)", async () => {
    const s = sink();
    expect(await runDiff(fx("diff", "ids-old.yaml"), fx("diff", "ids-new.yaml"), { exitCode: true }, s.io)).toBe(1);
    expect(s.out).toBe(
      [
        "tin-001",
        '  ~ figure 17 FTA  "16 FTA"',
        "      value: 16 → 17",
        '  ~ partner Hàn  quốc  "Hàn Quốc"',
        '      name: "Hàn Quốc" → "Hàn  quốc"',
        '      country: (none) → "KR"',
        "",
        `tin-002 (only in ${fx("diff", "ids-old.yaml")})`,
        '  - partner Lào  "Lào"',
        "",
        `tin-003 (only in ${fx("diff", "ids-new.yaml")})`,
        "  (no facts)",
        "",
        "✖ 3 of 3 articles differ: 0 facts added, 1 removed, 2 changed",
        "",
      ].join("\n"),
    );
  });

  it("coloured on a TTY only", async () => {
    const tty = sink(true);
    await runDiff(fx("clean.yaml"), fx("diff", "edited.yaml"), {}, tty.io);
    expect(tty.out).toContain("\u001b[");
    const no = sink(true, { NO_COLOR: "1" });
    await runDiff(fx("clean.yaml"), fx("diff", "edited.yaml"), {}, no.io);
    expect(no.out).not.toContain("\u001b[");
  });
});

describe("json and options", () => {
  it("JSON: articles with added, removed, changed facts and source changes", async () => {
    const s = sink();
    await runDiff(fx("clean.yaml"), fx("diff", "edited.yaml"), { format: "json" }, s.io);
    const r = JSON.parse(s.out) as DiffReport;
    expect(r.summary).toEqual({ added: 1, removed: 1, changed: 1, articlesChanged: 2, articles: 2, facts: 15 });
    expect(r.articles.map((a) => [a.id, a.status])).toEqual([
      ["tin-001", "changed"],
      ["tin-002", "changed"],
    ]);
    expect(r.articles[0]!.changed[0]!.changes).toEqual([
      { field: "country", old: "KR", new: "KP" },
      { field: "relation", new: "Đối tác chiến lược toàn diện" },
    ]);
    expect(r.articles[1]!.source).toEqual([{ field: "source.title", new: "Sóc Trăng hợp tác với tỉnh Luông Pha Băng (Lào)" }]);
    expect(r.articles[1]!.added[0]).toMatchObject({ type: "partner", name: "Lào" });
  });

  it("--exit-code: 1 when they differ", async () => {
    expect(await runDiff(fx("clean.yaml"), fx("diff", "edited.yaml"), { exitCode: true }, sink().io)).toBe(1);
  });

  it("--ignore leaves fields out: a curated file against extractor output", () => {
    const curated = [{ source: { path: "a.txt", id: "a" }, facts: [{ type: "date", value: "2024-07-18", granularity: "day", evidence: { quote: "Chiều 18/7" } }] }];
    const out = [
      {
        source: { path: "in/a.txt", id: "a", sha256: "0".repeat(64) },
        facts: [{ id: "d1", type: "date", value: "2024-07-18", granularity: "day", inferred: true, sentence: "Chiều 18/7, …", evidence: { quote: "Chiều 18/7", start: 0, end: 10 } }],
      },
    ];
    const all = diffRecords(curated, out);
    expect(all.articles[0]!.changed[0]!.changes.map((c) => c.field)).toEqual(["id", "inferred", "sentence", "evidence.start", "evidence.end"]);
    expect(all.articles[0]!.source.map((c) => c.field)).toEqual(["source.path", "source.sha256"]);
    const some = diffRecords(curated, out, { ignore: ["id", "sentence", "evidence.start", "evidence.end", "source"] });
    expect(some.articles[0]!.changed[0]!.changes).toEqual([{ field: "inferred", new: true }]);
    expect(some.articles[0]!.source).toEqual([]);
    expect(diffRecords(curated, out, { ignore: ["id", "sentence", "evidence", "inferred", "source.path", "source.sha256"] }).articles).toEqual([]);
  });

  it("the same key twice pairs in order; what is left over is added or removed", () => {
    const f = (quote: string) => ({ type: "figure", value: 3, unit: "nước", kind: "count", evidence: { quote } });
    const d = diffRecords([{ source: { id: "a" }, facts: [f("3 nước"), f("ba nước")] }], [{ source: { id: "a" }, facts: [f("3 nước")] }]);
    expect(d.summary).toMatchObject({ added: 0, removed: 1, changed: 0 });
    expect(d.articles[0]!.removed[0]!.evidence).toEqual({ quote: "ba nước" });
  });

  it("a file that cannot be read: exit 2 with file:line:col", async () => {
    const bad = join(tmp, "bad.yaml");
    writeFileSync(bad, '- schema: "vnfacts/article@1\n');
    const err = await runDiff(bad, fx("clean.yaml"), {}, sink().io).catch((e: unknown) => e as Error & { exitCode: number });
    expect(err).toMatchObject({ exitCode: 2 });
    expect((err as Error).message).toBe(`${bad}:1:11: this double-quoted string is never closed (a closing " is missing)`);
    await expect(runDiff(join(tmp, "none.yaml"), fx("clean.yaml"), {}, sink().io)).rejects.toMatchObject({ exitCode: 2 });
    await expect(runDiff(fx("clean.yaml"), fx("clean.yaml"), { format: "xml" }, sink().io)).rejects.toThrow("unknown format 'xml'");
  });
});
