// Golden tests: every article in fixtures/articles has its expected record in
// fixtures/expected/<name>.json. `VNFACTS_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`
// rewrites them on purpose; review the diff before committing.
import { describe, expect, test } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractInput } from "../src/io/extract-one.js";
import { ArticleRecord } from "../src/schema/records.js";

const root = join(import.meta.dirname, "..", "fixtures");
const update = process.env.VNFACTS_UPDATE_GOLDEN === "1";
const files = readdirSync(join(root, "articles")).filter((f) => /\.(txt|html|md)$/.test(f)).sort();

describe("golden fixtures", () => {
  test.each(files)("%s", (file) => {
    const path = `fixtures/articles/${file}`;
    const bytes = readFileSync(join(root, "articles", file));
    const kind = file.endsWith(".html") ? "html" : file.endsWith(".md") ? "markdown" : "text";
    const { record } = extractInput(
      { path, id: file.replace(/\.[^.]+$/, ""), kind, bytes, warnings: [] },
      { referenceDate: "2024-12-31" },
    );
    expect(ArticleRecord.safeParse(record).success).toBe(true);
    const original = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
    for (const f of record.facts) expect(original.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
    const expectedPath = join(root, "expected", `${file}.json`);
    const actual = `${JSON.stringify(record, null, 2)}\n`;
    if (update) writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `${expectedPath} is missing: run with VNFACTS_UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, "utf8"));
  });
});
