// `vnfacts schema`: prints the JSON Schema of an article record (or of a facts file).
import { schemaFiles } from "../schema/json-schema.js";

export function runSchema(opts: { of: "article" | "facts-file" }): number {
  process.stdout.write(schemaFiles()[opts.of === "article" ? "article.schema.json" : "facts-file.schema.json"]!);
  return 0;
}
