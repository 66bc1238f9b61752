// Issue 6 as a user meets it: a folder mixing every kind of broken input, extracted into an
// output folder. Records for every readable article, one clear line for the rest, exit 1,
// nothing missing and nothing outside the output folder, the same files on a second run.
import { expect, test } from "vitest";
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, vnfacts } from "./helpers.js";

test("a folder of broken and hostile inputs", () => {
  const work = mkdtempSync(join(tmpdir(), "vnfacts-hostile-"));
  const input = join(work, "in");
  cpSync(join(ROOT, "test", "fixtures", "hostile"), input, { recursive: true });
  symlinkSync(input, join(input, "loop")); // a symlink loop inside the folder
  const out = join(work, "out");

  const r = vnfacts(["extract", "--format", "json", "--out", out, input, join(work, "missing.txt")]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const bad of ["nul.txt", "pdf-named.txt", "png-named.txt", "invalid-utf8.txt", "missing.txt"]) {
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(".", "\\.")}: error: .+\\(\\w[\\w-]*\\)`));
  }
  expect(r.stderr).toMatch(/bad-lines\.jsonl \[[^\]]+\]: error: line 3 is not JSON/);

  // Nothing outside the output folder, nothing hidden or temporary left in it.
  expect(readdirSync(work).sort()).toEqual(["in", "out"]);
  const names = readdirSync(out).sort();
  expect(names.every((n) => !n.startsWith(".") && n.endsWith(".json") && !n.includes("/"))).toBe(true);

  const records = names.map((n) => JSON.parse(readFileSync(join(out, n), "utf8")));
  const byId = new Map(records.map((rec) => [rec.source.id, rec]));
  // Every readable article has facts; every unreadable one a record with a warning and no facts.
  for (const id of ["utf16le", "utf16be", "windows-1258", "tcvn3", "vni", "nfd", "crlf", "utf8-bom", "double-utf8"]) {
    expect(byId.get(id)?.facts.length, id).toBeGreaterThan(0);
  }
  for (const id of ["nul", "pdf-named", "png-named"]) {
    expect(byId.get(id)?.facts, id).toEqual([]);
    expect(byId.get(id)?.warnings[0].code, id).toBe("binary");
  }
  expect(byId.get("missing")?.warnings[0].code).toBe("missing");
  expect(byId.get("empty")?.warnings[0].code).toBe("empty");
  // Ids crafted to escape the folder land inside it under safe names.
  expect(records.some((rec) => rec.source.id === "../../escape")).toBe(true);
  // Two inputs with the same id are both kept.
  expect(records.filter((rec) => rec.source.id === "good-1").length).toBe(2);

  // Running it again gives the same files.
  const before = names.map((n) => readFileSync(join(out, n), "utf8"));
  vnfacts(["extract", "--format", "json", "--out", out, input, join(work, "missing.txt")]);
  expect(readdirSync(out).sort()).toEqual(names);
  expect(names.map((n) => readFileSync(join(out, n), "utf8"))).toEqual(before);
});
