// The fast reader of plain YAML must agree with the `yaml` package whenever it answers:
// same value, and never an answer for text that `yaml` finds wrong.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { parseSimpleYaml } from "../../src/facts/simple-yaml.js";
import { fx } from "./helpers.js";

/** What `yaml` (as validate uses it) makes of the text: its value, or "error". */
function reference(text: string): unknown {
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length || doc.warnings.length) return "error";
  return doc.toJS();
}

/** The property: when the fast reader answers, `yaml` agrees. Returns whether it answered. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (!fast) return false;
  const ref = reference(text);
  expect(ref, text).not.toBe("error");
  expect(fast.value, text).toEqual(ref);
  return true;
}

/** Splits a YAML list into its entries, as the loader does. */
const entries = (text: string) => {
  const starts = [...text.matchAll(/^-(?=[ \t\r\n]|$)/gm)].map((m) => m.index);
  return starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length));
};

describe("on the fixture files", () => {
  it.each(["clean.yaml", "schema-errors.yaml", "semantic-errors.yaml", "stale/facts.yaml", "diff/edited.yaml", "diff/ids-old.yaml"])("%s", (name) => {
    const parts = entries(readFileSync(fx(name), "utf8"));
    const answered = parts.filter(agrees).length;
    expect(answered).toBe(parts.length); // all of them are in the subset (a flow "start: -1" too)
  });
});

// Strings that stress quoting: indicators, comments, colons, quotes, escapes, numbers, Unicode.
const tricky = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."-:#'\"[]{},&*!|>%@` \\?~.0123456789eExo+nNulTrueFalsAđĐạ\u00a0\u0301"), maxLength: 20 }),
  fc.constantFrom("", "~", "null", "Null", "NULL", "true", "False", "TRUE", "0o17", "0x1F", "007", "-0", "+12", ".5", "1.", "1e3", "-.inf", ".NaN", "2024-07-18", "15-CT/TW", "a: b", "a #b", "#", "- x", "? x", ": x", "x:", "'", '"', "yes", "on", "1_000", "12:30", "Chỉ thị số 15-CT/TW"),
);
const scalar = fc.oneof(tricky, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));

const fact = fc.record(
  {
    type: fc.constantFrom("figure", "partner", "date"),
    value: scalar,
    unit: tricky,
    name: tricky,
    aliases: fc.array(tricky, { maxLength: 3 }),
    evidence: fc.record({ quote: tricky, start: fc.nat(), end: fc.nat() }, { requiredKeys: ["quote"] }),
  },
  { requiredKeys: ["type", "evidence"] },
);
const record = fc.record({
  schema: fc.constant("vnfacts/article@1"),
  source: fc.record({ path: tricky, id: tricky }),
  facts: fc.array(fact, { maxLength: 4 }),
});

describe("on generated records, written the ways yaml.stringify writes them", () => {
  for (const [name, options] of [
    ["as vnfacts extract writes", { lineWidth: 0, minContentWidth: 0 }],
    ["default (folded long lines)", {}],
    ["flow style for small mappings", { collectionStyle: "flow" as const }],
    ["single quotes", { singleQuote: true, lineWidth: 0 }],
  ] as const) {
    it(name, () => {
      let answered = 0;
      let total = 0;
      fc.assert(
        fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (rs) => {
          for (const part of entries(stringify(rs, { ...options, aliasDuplicateObjects: false }))) {
            total++;
            if (agrees(part)) answered++;
          }
        }),
        { numRuns: 300 },
      );
      // it must also be useful: most plain records are read fast
      if (name === "as vnfacts extract writes") expect(answered / total).toBeGreaterThan(0.3);
    });
  }

  it("typical records (Vietnamese text, numbers, dates) are all read fast", () => {
    const rs = [
      {
        schema: "vnfacts/article@1",
        source: { path: "a/b.txt", id: "seed-001", sha256: "0".repeat(64), date: "2024-07-18", title: "Đẩy mạnh ngoại giao kinh tế: 150 tỷ USD" },
        facts: [
          { type: "figure", id: "fig-1", value: 150000000000, unit: "USD", kind: "money", qualifier: "about", evidence: { quote: "khoảng 150 tỷ USD", start: 10, end: 27 }, sentence: "Hai bên hướng tới 150 tỷ USD # không phải chú thích" },
          { type: "target", metric: "tăng trưởng", min: 6.5, max: 7, unit: "%", year: 2024, evidence: { quote: "từ 6,5 - 7%" } },
          { type: "partner", name: "Hàn Quốc", kind: "country", country: "KR", aliases: ["Hàn", "Đại Hàn Dân Quốc"], evidence: { quote: "Hàn Quốc" } },
          { type: "date", value: "2024-01-01/2024-06-30", granularity: "half", inferred: true, evidence: { quote: "6 tháng đầu năm 2024" }, mentions: [{ start: 1, end: 2 }] },
        ],
      },
    ];
    for (const options of [{ lineWidth: 0, minContentWidth: 0 }, {}, { collectionStyle: "flow" as const }]) {
      for (const part of entries(stringify(rs, options))) expect(agrees(part), part).toBe(true);
    }
  });
});

describe("on generated YAML-like text", () => {
  const token = fc.constantFrom("a", "b", "type", "-", " ", ": ", ":", "#", " #", "'", '"', "[", "]", "{", "}", ",", "&x", "*x", "!t", "|", ">", "?", "1", "0x1", ".5", "null", "true", "Hà", "\\", "\\n", "x");
  const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.array(token, { maxLength: 8 })).map(([indent, item, ts]) => `${" ".repeat(indent)}${item ? "- " : ""}${ts.join("")}`);
  it("never answers what yaml rejects, and agrees when it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        if (agrees(`- ${lines.join("\n")}\n`)) answered++;
      }),
      { numRuns: 20000 },
    );
    expect(answered).toBeGreaterThan(100); // the property was put to the test
  });

  it("mutated facts files: never answers what yaml rejects, and agrees when it answers", () => {
    const base = readFileSync(fx("clean.yaml"), "utf8");
    const parts = entries(base);
    const mutation = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("delete", "insert", "indent", "dedent", "swap"), token);
    let answered = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: parts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (k, ms) => {
        let t = parts[k]!;
        for (const [a, b, kind, tok] of ms) {
          const i = a % (t.length + 1);
          const lines = t.split("\n");
          const l = b % lines.length;
          if (kind === "delete") t = t.slice(0, i) + t.slice(i + 1);
          else if (kind === "insert") t = t.slice(0, i) + tok + t.slice(i);
          else if (kind === "indent") t = lines.map((x, j) => (j === l ? ` ${x}` : x)).join("\n");
          else if (kind === "dedent") t = lines.map((x, j) => (j === l ? x.replace(/^ /, "") : x)).join("\n");
          else t = lines.map((x, j) => (j === l ? (lines[(j + 1) % lines.length] ?? x) : x)).join("\n");
        }
        if (agrees(t)) answered++;
      }),
      { numRuns: 5000 },
    );
    expect(answered).toBeGreaterThan(500);
  });

  it.each([
    ["- a: 1\n  a: 2\n", "duplicate key"],
    [`- ${"k".repeat(2000)}: 1\n`, "key over 1024 characters"],
    ["- a: b: c\n", "nested mapping on one line"],
    ["- a: x\n   y\n", "multi-line plain scalar"],
    ["- a: [1,\n  2]\n", "flow over two lines"],
    ["- a: &x 1\n  b: *x\n", "anchors"],
    ["- a: !!str 1\n", "tags"],
    ["- a: |\n    x\n", "block scalar"],
    ["- a:\tb\n", "tab"],
    ["- a: 1\r\n", "CR"],
    ['- a: "x"y\n', "text after a quoted scalar"],
    ["- a: [1, 2, ]\n", "trailing comma"],
    ["- - x\n", "compact nested list"],
    ["-\n  a: 1\n", "item on the next line"],
  ])("%j (%s): left to yaml", (text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it.each([
    ["- a: 1\n  b:\n    - x\n    - 'y'\n  c: { d: \"e\\u00e9\", f: [1, 2.5, ~] }\n", [{ a: 1, b: ["x", "y"], c: { d: "eé", f: [1, 2.5, null] } }]],
    ["- a:\n  - x\n  b: 2 # comment\n", [{ a: ["x"], b: 2 }]],
    ["- a:\n  b:\n", [{ a: null, b: null }]],
    ["# head\n- a: 0o17\n  b: 0x1F\n  c: 007\n  d: -.inf\n  e: 1e3\n  f: '1'\n", [{ a: 15, b: 31, c: 7, d: -Infinity, e: 1000, f: "1" }]],
  ])("%j is read", (text, value) => {
    expect(parseSimpleYaml(text)?.value).toEqual(value);
    expect(reference(text)).toEqual(value);
  });
});
