// Output names from hostile ids: never outside the folder, never the same for two inputs.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_NAME_BYTES, nameKey, resolveInside, safeOutputName } from "../../src/io/safe-path.js";
import { TEMP_PREFIX } from "../../src/io/atomic.js";

const name = (id: string, taken = new Set<string>()) => safeOutputName(id, ".json", taken);
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** What every safe name must be, on Linux, macOS and Windows alike. */
function expectSafe(n: string) {
  expect(n).not.toMatch(/[\/\\<>:"|?*\u0000-\u001f\u007f]/);
  expect(n.startsWith(".")).toBe(false);
  expect(n).not.toMatch(/[. ]$/);
  expect(n.endsWith(".json")).toBe(true);
  expect(bytes(n)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(n.normalize("NFC")).toBe(n);
  expect(n.split(".")[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
  expect(n.startsWith(TEMP_PREFIX)).toBe(false);
}

describe("safeOutputName", () => {
  it("keeps an ordinary id as it is", () => {
    expect(name("bai-1")).toBe("bai-1.json");
    expect(name("vnexpress-4712345")).toBe("vnexpress-4712345.json");
  });
  it("keeps Vietnamese letters readable (NFC)", () => {
    expect(name("Thủ tướng ký Chỉ thị")).toBe("Thủ tướng ký Chỉ thị.json");
    const nfd = name("Việt Nam".normalize("NFD"));
    expect(nfd.startsWith("Việt Nam-")).toBe(true);
    expectSafe(nfd);
  });
  it("accepts an extension with or without its dot", () => {
    expect(safeOutputName("a", "yaml", new Set())).toBe("a.yaml");
    expect(safeOutputName("a", ".jsonl", new Set())).toBe("a.jsonl");
  });
  it.each([
    ["../../x", /^__\.\._x-[0-9a-f]{8}\.json$/],
    ["/etc/passwd", /^_etc_passwd-[0-9a-f]{8}\.json$/],
    ["a/b", /^a_b-[0-9a-f]{8}\.json$/],
    ["C:\\x", /^C_x-[0-9a-f]{8}\.json$/],
    ["\\\\server\\share\\x", /^_server_share_x-[0-9a-f]{8}\.json$/],
    ["nul\u0000id", /^nul_id-[0-9a-f]{8}\.json$/],
    ["tab\tnew\nline\r", /^tab_new_line_-[0-9a-f]{8}\.json$/],
    ["bidi\u202Eexe.txt", /^bidi_exe\.txt-[0-9a-f]{8}\.json$/],
    [".", /^_-[0-9a-f]{8}\.json$/],
    ["..", /^_-[0-9a-f]{8}\.json$/],
    [".hidden", /^_hidden-[0-9a-f]{8}\.json$/],
    ["", /^_-[0-9a-f]{8}\.json$/],
    ["   ", /^_-[0-9a-f]{8}\.json$/],
    ["name.", /^name_-[0-9a-f]{8}\.json$/],
    ["name ", /^name-[0-9a-f]{8}\.json$/],
    ["CON", /^_CON-[0-9a-f]{8}\.json$/],
    ["con.txt", /^_con\.txt-[0-9a-f]{8}\.json$/],
    ["LPT1", /^_LPT1-[0-9a-f]{8}\.json$/],
    ["com9", /^_com9-[0-9a-f]{8}\.json$/],
    ["a<b>c:d\"e|f?g*h", /^a_b_c_d_e_f_g_h-[0-9a-f]{8}\.json$/],
    [`${TEMP_PREFIX}123-abc`, /^_vnfacts-tmp-123-abc-[0-9a-f]{8}\.json$/],
  ])("%j → a safe name", (id, expected) => {
    const n = name(id);
    expect(n).toMatch(expected);
    expectSafe(n);
  });
  it("caps very long ids at MAX_NAME_BYTES with a hash, also in multi-byte letters", () => {
    for (const id of ["x".repeat(10_000), "Đường".repeat(2_000), "😀".repeat(500), `${"a".repeat(190)}/${"b".repeat(50)}`]) {
      const n = name(id);
      expectSafe(n);
      expect(n).toMatch(/-[0-9a-f]{8}\.json$/);
      expect(n).not.toContain("\uFFFD");
    }
    // Two long ids sharing their first 200 bytes still differ.
    expect(name(`${"x".repeat(300)}1`)).not.toBe(name(`${"x".repeat(300)}2`));
  });
  it("never splits a letter from its combining mark when cutting", () => {
    const n = name("e\u0302\u0301".repeat(200));
    expect(n.normalize("NFC")).toBe(n);
    expect(n).not.toMatch(/^\p{M}/u);
  });
  it("gives ids that become the same name distinct names, whatever their order", () => {
    const a = name("a/b");
    const b = name("a_b");
    const c = name("a\\b");
    expect(new Set([a, b, c]).size).toBe(3);
    const taken1 = new Set<string>();
    const taken2 = new Set<string>();
    const forward = ["a/b", "a_b", "a\\b"].map((id) => safeOutputName(id, ".json", taken1));
    const backward = ["a\\b", "a_b", "a/b"].map((id) => safeOutputName(id, ".json", taken2)).reverse();
    expect(forward).toEqual(backward);
  });
  it("numbers the same id given twice, in input order", () => {
    const taken = new Set<string>();
    expect(["good-1", "good-1", "good-1"].map((id) => safeOutputName(id, ".json", taken))).toEqual([
      "good-1.json",
      "good-1-2.json",
      "good-1-3.json",
    ]);
  });
  it("treats names equal but for case or normalisation as one (macOS and Windows folders do)", () => {
    const taken = new Set<string>();
    const a = safeOutputName("Bai-1", ".json", taken);
    const b = safeOutputName("bai-1", ".json", taken);
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
  it("does not collide with an id that looks like a generated name", () => {
    const taken = new Set<string>();
    const first = safeOutputName("x", ".json", taken);
    const second = safeOutputName("x", ".json", taken);
    const third = safeOutputName("x-2", ".json", taken);
    expect(new Set([first, second, third]).size).toBe(3);
  });
  it("is deterministic: the same inputs give the same names", () => {
    const ids = ["a", "../a", "a", "CON", "Việt Nam", "x".repeat(400)];
    const run = () => {
      const taken = new Set<string>();
      return ids.map((id) => safeOutputName(id, ".json", taken));
    };
    expect(run()).toEqual(run());
  });
  it("property: any id gives a safe, distinct name inside the folder", () => {
    const dir = resolve("/tmp/out");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom("..", ".", "/", "CON", "a/b", "a_b", "")), { maxLength: 30 }), (ids) => {
        const taken = new Set<string>();
        const names = ids.map((id) => safeOutputName(id, ".json", taken));
        for (const n of names) {
          expectSafe(n);
          expect(resolveInside(dir, n)).toBe(join(dir, n));
        }
        expect(new Set(names.map(nameKey)).size).toBe(names.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("resolveInside", () => {
  it("accepts a plain name", () => {
    expect(resolveInside("/tmp/out", "a.json")).toBe(`${resolve("/tmp/out")}${sep}a.json`);
  });
  it.each(["../x.json", "../../etc/passwd", "/etc/passwd", "a/b.json", "a\\b.json", ".", "..", "", "x\u0000.json"])("refuses %j", (n) => {
    expect(() => resolveInside("/tmp/out", n)).toThrow(/refusing/);
  });
});

describe("names on a real folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "vnfacts-safe-path-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("every hostile id of bad-lines.jsonl can be written, and all files land inside the folder", () => {
    const ids = ["good-1", "good-2", "../../escape", "nul\u0000id", "good-1", "CON", "/etc/passwd", "good-3", "a/b", "a_b", "Việt Nam", "x".repeat(5000)];
    const taken = new Set<string>();
    for (const id of ids) writeFileSync(resolveInside(dir, safeOutputName(id, ".json", taken)), JSON.stringify({ id }));
    const files = readdirSync(dir);
    expect(files).toHaveLength(ids.length);
    for (const f of files) expectSafe(f);
  });
});
