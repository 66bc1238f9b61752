// Hostile facts files are refused with a message, in time bounded relative to validating a
// benign file of the same size (no absolute milliseconds: machines differ).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { validateFiles } from "../../src/commands/validate.js";
import { DEFAULT_LIMITS } from "../../src/facts/load.js";
import { places, reasons } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "vnfacts-hostile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function file(text: string, ext = "yaml"): string {
  const p = join(tmp, `f${n++}.${ext}`);
  writeFileSync(p, text);
  return p;
}

const check = async (p: string) => (await validateFiles([p], { sources: false }))[0]!;

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

/** A benign, valid facts file of about `bytes` bytes in the same format. */
function benign(bytes: number, ext = "yaml"): string {
  const rec = (i: number) => ({
    schema: "vnfacts/article@1",
    source: { path: "a.txt", id: `a-${i}` },
    facts: [{ type: "partner", name: "Hàn Quốc", kind: "country", country: "KR", evidence: { quote: "Hàn Quốc" } }],
  });
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < Math.max(bytes, 2000); i++) {
    const r = rec(i);
    const s =
      ext === "json" || ext === "jsonl"
        ? JSON.stringify(r)
        : `- schema: vnfacts/article@1\n  source: { path: a.txt, id: a-${i} }\n  facts:\n    - { type: partner, name: Hàn Quốc, kind: country, country: KR, evidence: { quote: Hàn Quốc } }\n`;
    out.push(s);
    size += s.length;
  }
  return file(ext === "json" ? `[${out.join(",\n")}]` : ext === "jsonl" ? out.join("\n") : out.join(""), ext);
}

/**
 * Validates `p` and checks that it took at most `factor` times the baseline: for YAML, the
 * `yaml` package parsing a benign document of the same size (benign files mostly take a
 * faster path); for JSON, validating a benign file of the same size.
 */
async function bounded(p: string, text: string, ext = "yaml", factor = 20) {
  const base = benign(text.length, ext);
  const baseText = readFileSync(base, "utf8");
  const tb = ext === "yaml" ? await ms(async () => parseDocument(baseText)) : await ms(() => check(base));
  const th = await ms(() => check(p));
  expect(th, `hostile ${th.toFixed(1)} ms vs benign ${tb.toFixed(1)} ms`).toBeLessThan(factor * tb + 5);
  return check(p);
}

describe("refused in bounded time", () => {
  it("an alias bomb (billion laughs)", async () => {
    let text = "- schema: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    let prev = "a";
    for (const k of "bcdefghi") {
      text += `  ${k}: &${k} [${Array(9).fill(`*${prev}`).join(", ")}]\n`;
      prev = k;
    }
    const f = await bounded(file(text), text);
    expect(places(f)).toEqual(["2:10 yaml-alias"]);
    expect(reasons(f)[0]).toBe(`too many alias expansions (over ${DEFAULT_LIMITS.maxAliasCount}): an alias bomb is refused`);
  });

  it("deep flow nesting in YAML", async () => {
    const text = `- schema: ${"[".repeat(100_000)}\n`;
    const f = await bounded(file(text), text);
    expect(places(f)).toEqual(["1:74 too-deep"]);
    expect(reasons(f)[0]).toBe("nesting deeper than 64 levels (a facts file needs 6): the file is refused");
  });

  it("deep block nesting in YAML", async () => {
    let text = "";
    for (let i = 0; i < 300; i++) text += `${" ".repeat(i)}a:\n`;
    const f = await bounded(file(text), text);
    expect(places(f)).toEqual(["65:65 too-deep"]);
  });

  it("compact nested lists in YAML", async () => {
    const text = `${"- ".repeat(100_000)}x\n`;
    const f = await bounded(file(text), text);
    expect(places(f)).toEqual(["1:127 too-deep"]);
  });

  it("deep nesting in JSON and JSON Lines", async () => {
    const text = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(places(await bounded(file(text, "json"), text, "json"))).toEqual(["1:65 too-deep"]);
    expect(places(await bounded(file(text, "jsonl"), text, "jsonl"))).toEqual(["1:65 too-deep"]);
  });

  it("custom tags: !!js/function, !foo, !!binary, !!set", async () => {
    const text = [
      "- schema: !!js/function 'function () { return 1 }'",
      "  source: !foo { path: a.txt, id: a }",
      "  facts: !!set { x }",
      "  warnings: [ !!binary aGk= ]",
      "",
    ].join("\n");
    const f = await bounded(file(text), text);
    expect(places(f)).toEqual(["1:11 yaml-tag", "2:11 yaml-tag", "3:10 yaml-tag", "4:15 yaml-tag"]);
    expect(reasons(f)[0]).toBe("tag '!!js/function' is not allowed in a facts file: only plain values, lists and mappings");
    expect(reasons(f)[1]).toBe("tag '!foo' is not allowed in a facts file: only plain values, lists and mappings");
  });

  it("core tags are fine", async () => {
    const text = "- schema: !!str vnfacts/article@1\n  source: { path: a.txt, id: !!str 123 }\n  facts: !!seq []\n";
    expect(places(await check(file(text)))).toEqual([]);
  });

  it("very long keys", async () => {
    const implicit = `- ${"k".repeat(100_000)}: 1\n`;
    const f1 = await bounded(file(implicit), implicit);
    expect(places(f1)).toEqual(["1:3 yaml-syntax"]);
    expect(reasons(f1)).toEqual(["a key longer than 1024 characters"]);

    const explicit = `- schema: vnfacts/article@1\n  source: { path: a.txt, id: a }\n  facts: []\n  ? ${"k".repeat(200_000)}\n  : 1\n`;
    const f2 = await bounded(file(explicit), explicit);
    expect(places(f2)).toEqual(["4:5 unknown-key"]);
    expect(reasons(f2)[0]).toBe(`unknown key '${"k".repeat(40)}…' (200000 characters) (expected schema, source, facts, warnings)`);

    const json = `[{"schema": "vnfacts/article@1", "source": {"path": "a.txt", "id": "a"}, "facts": [], "${"k".repeat(200_000)}": 1}]`;
    const f3 = await bounded(file(json, "json"), json, "json");
    expect(places(f3)).toEqual(["1:87 unknown-key"]);
  });

  it("thousands of unknown keys: ten are named, the rest counted", async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}: 1`).join("\n");
    const text = `- schema: vnfacts/article@1\n  source: { path: a.txt, id: a }\n  facts: []\n${keys}\n`;
    const f = await bounded(file(text), text);
    expect(f.messages.length).toBe(11);
    expect(reasons(f)).toContain("and 19990 more unknown keys");
  });

  it("thousands of duplicate keys are found in linear time", async () => {
    const keys = Array.from({ length: 20_000 }, () => "  facts: []").join("\n");
    const text = `- schema: vnfacts/article@1\n  source: { path: a.txt, id: a }\n${keys}\n`;
    const f = await bounded(file(text), text);
    expect(f.messages.length).toBe(1000 + 1);
    expect(places(f).slice(0, 2)).toEqual(["-:- too-many-problems", "4:3 duplicate-key"]);
  });
});

describe("size limits", () => {
  it("a file over the limit is not read", async () => {
    const p = file("- schema: x\n".repeat(1000));
    const [f] = await validateFiles([p], { sources: false, limits: { ...DEFAULT_LIMITS, maxBytes: 1000 } });
    expect(places(f!)).toEqual(["-:- too-large"]);
    expect(reasons(f!)[0]).toMatch(/^the file is \d+ MB, over the \d+ MB limit$/);
  });

  it("YAML that cannot be read entry by entry has a smaller limit", async () => {
    const p = file(`schema: vnfacts/article@1\nsource: { path: a.txt, id: a }\nfacts: []\n${"# padding\n".repeat(500)}`);
    const [f] = await validateFiles([p], { sources: false, limits: { ...DEFAULT_LIMITS, maxYamlDocumentBytes: 1000 } });
    expect(places(f!)).toEqual(["-:- too-large"]);
  });
});
