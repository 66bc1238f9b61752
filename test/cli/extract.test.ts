// The extract command as a user runs it: the built CLI, real files, stdin, exit codes.
import { beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { DEV, ROOT, vnfacts } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "article.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function expectValid(records: unknown[]) {
  for (const r of records) {
    const ok = validate(r);
    expect(ok, JSON.stringify(validate.errors)).toBe(true);
  }
}

function expectExactEvidence(records: Array<{ source: { path: string }; facts: Array<{ evidence: { quote: string; start: number; end: number } }> }>) {
  for (const r of records) {
    const text = readFileSync(join(ROOT, r.source.path), "utf8").replace(/^\uFEFF/, "");
    for (const f of r.facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
  }
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "vnfacts-cli-"));
});

describe("vnfacts extract", () => {
  test("json: one valid record per article, exact evidence, pure JSON on stdout", () => {
    const r = vnfacts(["extract", "--format", "json", "fixtures/articles"]);
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout);
    const n = readdirSync(join(ROOT, "fixtures", "articles")).length;
    expect(records).toHaveLength(n);
    expectValid(records);
    expectExactEvidence(records);
    expect(records.map((x: { source: { id: string } }) => x.source.id)).toContain("seed-001");
  });

  test("jsonl and yaml give the same records as json", () => {
    const json = JSON.parse(vnfacts(["extract", "--format", "json", DEV]).stdout);
    const jsonl = vnfacts(["extract", "--format", "jsonl", DEV]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    const yaml = parseYaml(vnfacts(["extract", DEV]).stdout);
    expect(jsonl).toEqual(json);
    expect(yaml).toEqual(json);
    expect(json).toHaveLength(5);
    expectValid(json);
  });

  test("stdin as plain text", () => {
    const r = vnfacts(["extract", "--format", "json", "-"], { input: "Triển khai Chỉ thị số 15-CT/TW của Ban Bí thư.\n" });
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout);
    expect(record.source).toMatchObject({ path: "-", id: "stdin" });
    expectValid([record]);
  });

  test("stdin as JSON Lines: one record per line, same order, ids kept", () => {
    const lines = [
      { id: "a", text: "Ngày 2/4, hội nghị diễn ra." },
      { id: "b", text: "Kim ngạch đạt 150 tỷ USD." },
      { id: "c", text: "" },
    ];
    const r = vnfacts(["extract", "--format", "jsonl", "-"], { input: lines.map((l) => JSON.stringify(l)).join("\n") });
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((x) => x.source.id)).toEqual(["a", "b", "c"]);
    expect(out[2].warnings[0].code).toBe("empty");
  });

  test("--jobs 2 gives exactly the output of --jobs 1", () => {
    const one = vnfacts(["extract", "--format", "jsonl", "--jobs", "1", "fixtures/articles"]);
    const two = vnfacts(["extract", "--format", "jsonl", "--jobs", "2", "fixtures/articles"]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  test("--shard K/N splits the inputs into disjoint parts that add up to the whole", () => {
    const all = vnfacts(["extract", "--format", "jsonl", "fixtures/articles"]).stdout.trim().split("\n");
    const parts = [1, 2, 3].flatMap((k) => vnfacts(["extract", "--format", "jsonl", "--shard", `${k}/3`, "fixtures/articles"]).stdout.trim().split("\n").filter(Boolean));
    expect(parts.sort()).toEqual([...all].sort());
  });

  test("--out writes one file per article, and the same files on a second run", () => {
    const out = join(tmp, "out");
    const r1 = vnfacts(["extract", "--format", "json", "--out", out, DEV]);
    expect(r1.code).toBe(0);
    expect(r1.stdout).toBe("");
    const names = readdirSync(out).sort();
    expect(names).toEqual(["seed-000.json", "seed-001.json", "seed-002.json", "seed-003.json", "seed-004.json"]);
    const first = names.map((n) => readFileSync(join(out, n), "utf8"));
    vnfacts(["extract", "--format", "json", "--out", out, DEV]);
    expect(readdirSync(out).sort()).toEqual(names);
    expect(names.map((n) => readFileSync(join(out, n), "utf8"))).toEqual(first);
  });

  test("a missing path: message on stderr, exit 1, the rest of the batch still written", () => {
    const r = vnfacts(["extract", "--format", "jsonl", "no/such/file.txt", join(DEV, "seed-000.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt: error: no such file or folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((x) => x.source.id)).toEqual(["file", "seed-000"]);
    expect(out[0].warnings[0].code).toBe("missing");
  });

  test("HTML: scripts and styles are not read; evidence points into the HTML file", () => {
    const html = join(tmp, "page.html");
    writeFileSync(
      html,
      `<!doctype html><html><head><title>x</title><style>p{}</style></head><body><script>var s = "Chỉ thị số 99-CT/TW";</script>
<article><h1>Tin kinh tế</h1><p>Triển khai Chỉ thị số 15-CT/TW của Ban Bí thư &amp; Chính phủ.</p></article></body></html>`,
    );
    const r = vnfacts(["extract", "--format", "json", "--types", "directive", html]);
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout);
    const text = readFileSync(html, "utf8");
    for (const f of record.facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
    expect(JSON.stringify(record.facts)).not.toContain("99-CT/TW");
  });

  test("folders are read recursively in a stable order; hidden files are skipped", () => {
    const dir = join(tmp, "tree");
    mkdirSync(join(dir, "b", "c"), { recursive: true });
    writeFileSync(join(dir, "b", "c", "z.txt"), "Hội nghị diễn ra tại Hà Nội.");
    writeFileSync(join(dir, "a.md"), "# Tin\n\nBộ Ngoại giao cho biết.");
    writeFileSync(join(dir, ".hidden.txt"), "x");
    writeFileSync(join(dir, "notes.pdf"), "x");
    const r = vnfacts(["extract", "--format", "jsonl", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.id)).toEqual(["a", "z"]);
  });
});

describe("CLI manners", () => {
  test("usage errors exit 2 with a message, never a stack trace", () => {
    for (const args of [["extract", "--format", "xml", DEV], ["extract", "--jobs", "0", DEV], ["extract", "--reference-date", "2024-02-30", DEV], ["frobnicate"], ["extract", "--shard", "4/3", DEV]]) {
      const r = vnfacts(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
  });

  test("--version and --help", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(vnfacts(["--version"]).stdout.trim()).toBe(pkg.version);
    for (const cmd of [[], ["extract"], ["validate"], ["schema"], ["eval"], ["diff"]]) {
      const r = vnfacts([...cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:/);
      expect(r.stdout).toMatch(/Exit codes:/);
    }
  });

  test("no colour codes when stdout is not a terminal", () => {
    const r = vnfacts(["extract", "no-such-file.txt"]);
    expect(r.stderr).not.toMatch(/\u001b\[/);
  });

  test("vnfacts schema prints the checked-in schema", () => {
    const r = vnfacts(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "schemas", "article.schema.json"), "utf8"));
  });
});

describe("options reach the workers", () => {
  test("--reference-date, --types and --no-sentences give the same output with --jobs 2 as with --jobs 1", () => {
    const args = ["extract", "--format", "jsonl", "--reference-date", "2019-03-01", "--types", "date,person", "--no-sentences", DEV];
    const one = vnfacts([...args, "--jobs", "1"]);
    const two = vnfacts([...args, "--jobs", "2"]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const records = one.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(records.every((r) => r.facts.every((f: { type: string; sentence?: string }) => ["date", "person"].includes(f.type) && f.sentence === undefined))).toBe(true);
  });
});

describe("--config", () => {
  test("a config file adds partners and organizations; a bad one is a usage error with the place", () => {
    const dir = mkdtempSync(join(tmpdir(), "vnfacts-config-"));
    const config = join(dir, "vnfacts.config.yaml");
    writeFileSync(config, "partners:\n  - { name: Zorblax, kind: company, aliases: [Zorblax Corp] }\norganizations:\n  - { name: Ban Quản lý Khu kinh tế Vân Phong }\n");
    const text = "Ban Quản lý Khu kinh tế Vân Phong làm việc với Zorblax Corp về dự án mới.";
    const r = vnfacts(["extract", "--format", "jsonl", "--config", config, "--types", "partner,organization", "-"], { input: text });
    expect(r.code, r.stderr).toBe(0);
    const names = JSON.parse(r.stdout).facts.map((f: { name: string }) => f.name);
    expect(names.some((n: string) => n.startsWith("Zorblax"))).toBe(true); // the alias as written
    expect(names).toContain("Ban Quản lý Khu kinh tế Vân Phong");
    writeFileSync(config, "partners:\n  - { name: X, kind: planet }\n");
    const bad = vnfacts(["extract", "--config", config, "-"], { input: text });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/partners\.0\.kind/);
  });
});
