// JSON Schema generated from the zod contract (zod 4's z.toJSONSchema).
import { z } from "zod";
import { ArticleRecord, FactsFile } from "./records.js";

const BASE = "https://vnfacts.dev/schemas";

export function articleJsonSchema(): Record<string, unknown> {
  return {
    $id: `${BASE}/article.schema.json`,
    title: "vnfacts article record",
    description: "One article's facts, as written by `vnfacts extract` (contract: RECORDS.md, version 1).",
    ...z.toJSONSchema(ArticleRecord, { target: "draft-2020-12" }),
  };
}

export function factsFileJsonSchema(): Record<string, unknown> {
  return {
    $id: `${BASE}/facts-file.schema.json`,
    title: "vnfacts facts file",
    description: "A list of article records, as curated by hand: fact ids and evidence offsets may be left out.",
    ...z.toJSONSchema(FactsFile, { target: "draft-2020-12" }),
  };
}

/** The checked-in files under schemas/, by file name. */
export function schemaFiles(): Record<string, string> {
  const text = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
  return {
    "article.schema.json": text(articleJsonSchema()),
    "facts-file.schema.json": text(factsFileJsonSchema()),
  };
}
