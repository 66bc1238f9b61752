// `vnfacts validate` on real fixture files: every problem at its exact line and column.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runValidate, validateFiles } from "../../src/commands/validate.js";
import { UsageError } from "../../src/errors.js";
import { fx, places, reasons, sink, validateOne } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "vnfacts-validate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("clean files", () => {
  it.each(["clean.yaml", "clean.json", "clean.jsonl"])("%s is valid, quotes and sha256 included", async (name) => {
    const file = await validateOne(fx(name));
    expect(places(file)).toEqual([]);
  });

  it("exits 0 and says so", async () => {
    const s = sink();
    expect(await runValidate([fx("clean.yaml"), fx("clean.jsonl")], {}, s.io)).toBe(0);
    expect(s.out).toBe("✔ 2 files valid\n");
  });

  it("the dev gold is valid against its articles", async () => {
    const dev = join(import.meta.dirname, "..", "..", "..", "shared", "eval", "dev");
    const { existsSync } = await import("node:fs");
    if (!existsSync(dev)) return;
    const files = await validateFiles([join(dev, "gold")], { sources: join(dev, "articles") });
    expect(files.length).toBe(5);
    expect(files.flatMap(places)).toEqual([]);
  });
});

describe("schema errors, in words, at the node", () => {
  it("reports each kind at its line and column", async () => {
    const file = await validateOne(fx("schema-errors.yaml"));
    expect(places(file)).toEqual([
      "8:7 unknown-key",
      "12:7 missing-field",
      "17:14 wrong-type",
      "21:13 unknown-fact-type",
      "26:13 invalid-value",
      "27:16 invalid-value",
      "29:7 duplicate-fact",
      "33:7 unknown-key",
      "34:41 invalid-value",
      "34:41 evidence-offsets",
      "37:26 invalid-value",
    ]);
    expect(reasons(file)).toEqual(
      expect.arrayContaining([
        "fact 1: unknown key 'vaule' (did you mean 'value'?)",
        "fact 2: missing field 'unit'",
        'fact 3: \'value\' must be a number, got string "16" (write 16 without quotes)',
        "fact 4: unknown fact type 'figures' (did you mean 'figure'?); the types are directive, figure, target, date, partner, person, organization",
        'fact 5: \'kind\' must be one of country, organization, company, region, locality, got string "nation"',
        "fact 6: unknown key 'metric' (a figure has no 'metric'; target facts do)",
        "fact 6: 'start' must be at least 0, got number -1",
        "fact 7: 'quote' must not be empty",
      ]),
    );
  });

  it("prints like vfile: file:line:col-line:col: reason", async () => {
    const file = await validateOne(fx("schema-errors.yaml"));
    const m = file.messages.find((x) => x.ruleId === "unknown-key")!;
    expect(String(m)).toBe(`${fx("schema-errors.yaml")}:8:7-8:12: fact 1: unknown key 'vaule' (did you mean 'value'?)`);
    expect(m.fatal).toBe(true);
    expect(m.source).toBe("vnfacts");
  });

  it("finds nodes in JSON and JSON Lines as well", async () => {
    expect(places(await validateOne(fx("errors.json")))).toEqual([
      "4:74 invalid-date",
      "7:70 min-max",
      "9:62 unknown-key",
      "10:64 duplicate-key",
      "10:108 quote-not-found",
    ]);
    const jsonl = await validateOne(fx("errors.jsonl"));
    expect(places(jsonl)).toEqual(["3:293 quote-offsets", "4:76 duplicate-article"]);
    expect(reasons(jsonl)[1]).toBe('source: article "tin-002" already has a record in this file (line 1): give each article one record');
  });

  it("a record that is one mapping (not a list) and a missing schema", async () => {
    const p = join(tmp, "one.yaml");
    writeFileSync(p, "source:\n  path: x.txt\n  id: x\nfacts: []\n");
    const file = await validateOne(p, { sources: false });
    expect(places(file)).toEqual(["1:1 missing-field"]);
    expect(reasons(file)).toEqual(["missing field 'schema' (write schema: vnfacts/article@1)"]);
  });

  it("a file that is not a list of records", async () => {
    const p = join(tmp, "scalar.yaml");
    writeFileSync(p, "just words\n");
    expect(places(await validateOne(p))).toEqual(["1:1 not-a-list"]);
  });
});

describe("meaning: what the schema cannot see", () => {
  it("reports each kind at its line and column", async () => {
    const file = await validateOne(fx("semantic-errors.yaml"));
    expect(places(file)).toEqual([
      "6:11 invalid-date",
      "11:16 unknown-country",
      "14:14 invalid-date",
      "18:14 interval-order",
      "23:12 min-max",
      "29:15 directive-number",
      "31:7 duplicate-fact",
      "37:11 duplicate-id",
      "40:59 evidence-range",
      "45:26 quote-length",
      "45:26 quote-offsets",
      "49:16 unknown-country",
    ]);
    expect(reasons(file)).toEqual(
      expect.arrayContaining([
        "source: 'date' 2024-02-30 is not a real date: February 2024 has 29 days",
        "fact 3: 'value' 2024-06-30/2024-01-01 ends before it starts",
        "fact 4: 'min' (10) is greater than 'max' (8)",
        'fact 9: \'country\' "UK" is not an ISO 3166-1 alpha-2 country code (United Kingdom is GB)',
        'fact 7: id "f-hq" is already the id of fact 6',
        "fact 8: 'quote' is 6 characters long but end - start is 10",
      ]),
    );
  });
});

describe("more checks of meaning", () => {
  it("a target without a number, a directive without number or name, a granularity that does not fit, a mention past the end", async () => {
    const dir = join(tmp, "more");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.txt"), "Ngày 22/2/2024, Hàn Quốc cam kết.");
    const p = join(dir, "facts.yaml");
    writeFileSync(
      p,
      [
        "- schema: vnfacts/article@1",
        "  source: { path: a.txt, id: a }",
        "  facts:",
        "    - { type: target, metric: kim ngạch, evidence: { quote: cam kết } }",
        "    - { type: directive, kind: Nghị quyết, evidence: { quote: Hàn Quốc } }",
        "    - { type: date, value: 2024-02, granularity: day, evidence: { quote: Ngày 22/2/2024 } }",
        "    - { type: partner, name: Hàn Quốc, kind: country, mentions: [{ start: 16, end: 99 }], evidence: { quote: Hàn Quốc } }",
        "",
      ].join("\n"),
    );
    const file = await validateOne(p);
    expect(places(file)).toEqual(["4:9 target-number", "5:9 missing-field", "6:50 granularity", "7:66 mention-range"]);
    expect(reasons(file)).toEqual([
      "fact 1: a target needs 'value', or 'min' and/or 'max'",
      "fact 2: a directive needs 'number' or, when the text gives none, 'name'",
      'fact 3: granularity \'day\' expects a date YYYY-MM-DD, but \'value\' is "2024-02"',
      "fact 4: mention 1 ends at 99, after the end of " + join(dir, "a.txt") + " (33)",
    ]);
    expect(file.messages.find((m) => m.ruleId === "granularity")!.fatal).toBe(false);
  });

  it("document symbols: the three numbering systems and partial references", async () => {
    const { isDirectiveSymbol } = await import("../../src/facts/semantic.js");
    for (const ok of ["15-CT/TW", "57-KL/TW", "09-NQ/TU", "21/NQ-CP", "123/QĐ-TTg", "30/2020/NĐ-CP", "59/2020/QH14", "01/2024/TT-BTC", "1655/QĐ-BNN-KTHT", "06/2008/TTLT/BCA-VKSNDTC", "62/2013", "04", "20"])
      expect(isDirectiveSymbol(ok), ok).toBe(true);
    for (const bad of ["CT 15/TW", "15 CT/TW", "NQ-CP", "21/nq-cp", "7/8/2024", "số 15", "15-CT/", ""]) expect(isDirectiveSymbol(bad), bad).toBe(false);
  });
});

describe("sources", () => {
  it("a changed article: sha256, moved quotes and quotes no longer there", async () => {
    const file = await validateOne(fx("stale", "facts.yaml"));
    expect(places(file)).toEqual(["6:13 source-changed", "11:26 quote-offsets", "18:16 quote-not-found", "25:19 source-missing"]);
    const r = reasons(file);
    expect(r[0]).toMatch(/^source changed since the facts were written: .*stale\/articles\/tin-001\.txt has sha256 f88112ddb49b…, the record says 4d9b18eaa416…$/);
    expect(r[1]).toMatch(/^fact 1: the quote is not at 361–380 of .*; it is at 372–391$/);
    expect(r[2]).toMatch(/^fact 2: quote not found in .*tin-001\.txt: "gần 400 hoạt động xúc tiến thương mại"$/);
  });

  it("--sources DIR: looks up DIR/<basename of source.path>, then DIR/<id>.txt|.html|.htm|.md", async () => {
    const file = await validateOne(fx("stale", "facts.yaml"), { sources: fx("articles") });
    expect(places(file)).toEqual(["25:19 source-missing"]);
    expect(reasons(file)[0]).toMatch(/tried .*tin-404\.txt, .*tin-404\.html, .*tin-404\.htm, .*tin-404\.md$/);
    const byId = join(tmp, "by-id");
    mkdirSync(byId, { recursive: true });
    copyFileSync(fx("articles", "tin-002.txt"), join(byId, "tin-002.txt"));
    const p = join(tmp, "renamed.yaml");
    writeFileSync(p, '- schema: vnfacts/article@1\n  source: { path: "elsewhere/renamed.txt", id: tin-002 }\n  facts:\n    - { type: partner, name: Lào, kind: country, country: LA, evidence: { quote: "Lào" } }\n');
    expect(places(await validateOne(p, { sources: byId }))).toEqual([]);
  });

  it("an article read from stdin cannot be checked without --sources: a warning", async () => {
    const p = join(tmp, "stdin.yaml");
    writeFileSync(p, "- schema: vnfacts/article@1\n  source: { path: '-', id: a }\n  facts: []\n");
    const file = await validateOne(p);
    expect(places(file)).toEqual(["2:19 source-unchecked"]);
    expect(file.messages[0]!.fatal).toBe(false);
  });

  it("--no-sources skips the article checks", async () => {
    expect(places(await validateOne(fx("stale", "facts.yaml"), { sources: false }))).toEqual([]);
  });

  it("a leading BOM in the article does not move offsets; a near miss is explained", async () => {
    const dir = join(tmp, "bom");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.txt"), "\uFEFFChiều 18/7, tại Hà Nội, Thủ tướng chủ trì hội nghị.");
    const p = join(dir, "facts.yaml");
    writeFileSync(
      p,
      [
        "- schema: vnfacts/article@1",
        "  source: { path: a.txt, id: a }",
        "  facts:",
        "    - { type: date, value: 2024-07-18, granularity: day, evidence: { quote: Chiều 18/7, start: 0, end: 10 } }",
        // NFD instead of NFC: the same words, other code points
        `    - { type: organization, name: Hà Nội, evidence: { quote: "${"tại Hà Nội".normalize("NFD")}" } }`,
        "",
      ].join("\n"),
    );
    const file = await validateOne(p);
    const line5 = readFileSync(p, "utf8").split("\n")[4]!;
    expect(places(file)).toEqual([`5:${line5.indexOf('"') + 1} quote-not-found`]);
    expect(reasons(file)[0]).toMatch(/other Unicode forms or spacing/);
  });
});

describe("syntax errors", () => {
  it("YAML: an unclosed quote is shown where it opens; other entries are still checked", async () => {
    const file = await validateOne(fx("broken.yaml"));
    expect(places(file)).toEqual(["6:13 invalid-value", "12:13 yaml-syntax"]);
    expect(reasons(file)[1]).toBe('this double-quoted string is never closed (a closing " is missing)');
  });

  it("YAML: a tab for indentation", async () => {
    const p = join(tmp, "tab.yaml");
    writeFileSync(p, "- schema: vnfacts/article@1\n\tsource: {}\n");
    const file = await validateOne(p, { sources: false });
    expect(places(file)).toEqual(["2:1 yaml-syntax"]);
    expect(reasons(file)).toEqual(["a tab is used for indentation: YAML needs spaces"]);
  });

  it("YAML: bad indentation, duplicate keys", async () => {
    const p = join(tmp, "indent.yaml");
    writeFileSync(p, "- schema: vnfacts/article@1\n  source: { path: a.txt, id: a }\n  source: { path: b.txt, id: b }\n  facts:\n    - type: date\n     value: 2024-01-01\n");
    const file = await validateOne(p, { sources: false });
    expect(places(file)).toEqual(["3:3 duplicate-key", "6:6 yaml-syntax"]);
    expect(reasons(file)).toEqual([
      "duplicate key 'source' (first at 2:3): each key may appear once in a mapping",
      "bad indentation: this line does not line up with the one above it (or its '- ' is missing)",
    ]);
  });

  it("JSON: the position JSON.parse would give, in words", async () => {
    const file = await validateOne(fx("broken.json"));
    expect(places(file)).toEqual(["7:7 json-syntax"]);
    expect(reasons(file)).toEqual(["expected ',' or ']' after an array element, found '{' (a comma is missing)"]);
  });

  it.each([
    ['[{"a": 1,}]', "1:10", "expected a property name after ',' (JSON allows no trailing comma)"],
    ["[1,]", "1:4", "expected a value after ',' (JSON allows no trailing comma)"],
    ['{"a": tru}', "1:7", "unexpected word 'tru': strings must be double-quoted"],
    ["[1, 2", "1:6", "unexpected end of input: the array opened at 1:1 is not closed (expected ']')"],
    ['[\n  "abc\n"]', "2:7", "line break inside a string (write \\n)"],
    ['["\\x"]', "1:3", "bad escape '\\x' in a string", "the escape, not its letter"],
    ["[1] x", "1:5", "unexpected 'x' after the end of the JSON value"],
    ["[01]", "1:2", "invalid number '01'", "the number, not its second digit"],
    ["{'a': 1}", "1:2", "expected a double-quoted property name, found '''"],
    ['{"a" 1}', "1:6", "expected ':' after a property name, found '1'"],
  ])("JSON %j → %s %s", async (text, at, reason, startsEarlier?: string) => {
    const p = join(tmp, "syntax.json");
    writeFileSync(p, text);
    const file = await validateOne(p);
    expect(file.messages.map((m) => `${m.line}:${m.column}`)).toEqual([at]);
    expect(reasons(file)).toEqual([reason]);
    // the same position as JSON.parse reports, where it reports one
    try {
      JSON.parse(text);
    } catch (err) {
      const pos = /at position (\d+)/.exec((err as Error).message);
      // JSON.parse points into the token for these; this points at the token's start
      if (pos && !startsEarlier) {
        const before = text.slice(0, Number(pos[1]));
        const line = before.split("\n").length;
        const col = Number(pos[1]) - (before.lastIndexOf("\n") + 1) + 1;
        expect(`${line}:${col}`).toBe(at);
      }
    }
  });

  it("JSON Lines: each line on its own; a bad line does not stop the others", async () => {
    const file = await validateOne(fx("broken.jsonl"));
    expect(places(file)).toEqual(["2:190 json-syntax", "3:146 invalid-value"]);
  });
});

describe("files and exit codes", () => {
  it("exit 1 when anything is wrong, with the text reporter grouped per file", async () => {
    const s = sink();
    const code = await runValidate([fx("broken.json"), fx("clean.yaml"), fx("broken.jsonl")], {}, s.io);
    expect(code).toBe(1);
    const f1 = fx("broken.json");
    const f2 = fx("broken.jsonl");
    expect(s.out).toBe(
      [
        `${f1}:7:7  error  expected ',' or ']' after an array element, found '{' (a comma is missing)  json-syntax`,
        "",
        `${f2}:2:190  error  expected a property name after ',' (JSON allows no trailing comma)  json-syntax`,
        `${f2}:3:146  error  fact 1: 'granularity' must be one of day, month, quarter, half, year, span, got string "dya" (did you mean 'day'?)  invalid-value`,
        "",
        "✖ 3 problems in 2 files",
        "",
      ].join("\n"),
    );
  });

  it("a file that cannot be read is a problem of that file (exit 1), not a usage error", async () => {
    const s = sink();
    expect(await runValidate([join(tmp, "nope.yaml")], {}, s.io)).toBe(1);
    expect(s.out).toContain("nope.yaml  error  cannot read the file: no such file  read-error");
  });

  it("folders are searched for facts files", async () => {
    const files = await validateFiles([fx("stale")]);
    expect(files.map((f) => f.path)).toEqual([fx("stale", "facts.yaml")]);
    const empty = join(tmp, "empty-dir");
    mkdirSync(empty, { recursive: true });
    const [f] = await validateFiles([empty]);
    expect(places(f!)).toEqual(["-:- read-error"]);
  });

  it("an empty file is a warning: exit 0", async () => {
    const p = join(tmp, "empty.yaml");
    writeFileSync(p, "# nothing yet\n");
    const s = sink();
    expect(await runValidate([p], {}, s.io)).toBe(0);
    expect(s.out).toContain("warning  the file holds no records  empty-file");
    expect(s.out).toContain("✔ 1 file valid (1 warning in 1 file)");
  });

  it("usage errors: no files, unknown reporter, --sources that is not a folder (exit 2)", async () => {
    await expect(runValidate([], {}, sink().io)).rejects.toThrow(UsageError);
    await expect(runValidate([fx("clean.yaml")], { reporter: "xml" }, sink().io)).rejects.toThrow("unknown reporter 'xml'");
    await expect(runValidate([fx("clean.yaml")], { sources: join(tmp, "missing") }, sink().io)).rejects.toMatchObject({ exitCode: 2 });
  });

  it("stops listing after maxMessages and says how many more", async () => {
    const p = join(tmp, "many.jsonl");
    const line = JSON.stringify({ schema: "vnfacts/article@1", source: { path: "a.txt", id: "a" }, facts: [], extra: 1 });
    writeFileSync(p, `${Array.from({ length: 30 }, () => line).join("\n")}\n`);
    const file = await validateOne(p, { sources: false, maxMessages: 10 });
    expect(file.messages.length).toBe(11);
    expect(file.messages[10]!.reason).toBe("49 more problems not shown (the first 10 are)");
  });
});
