import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaFiles } from "../src/schema/json-schema.js";

test("schemas/*.json are generated from the zod contract (run `npm run schemas` when this fails)", () => {
  for (const [name, text] of Object.entries(schemaFiles())) {
    expect(readFileSync(join(import.meta.dirname, "..", "schemas", name), "utf8"), name).toBe(text);
  }
});
