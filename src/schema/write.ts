// `npm run schemas`: rewrites schemas/*.json from the zod contract.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaFiles } from "./json-schema.js";

const dir = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "schemas");
for (const [name, text] of Object.entries(schemaFiles())) {
  writeFileSync(join(dir, name), text);
  process.stdout.write(`wrote schemas/${name}\n`);
}
