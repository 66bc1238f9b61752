// The library API. `extract(text)` returns the article record for a string; no I/O.
//
//   import { extract } from "vnfacts";
//   const record = extract("Chỉ thị số 15-CT/TW của Ban Bí thư …", { id: "a1" });
import { extractRecord, type ExtractOptions } from "./pipeline.js";
import type { ArticleRecord } from "./schema/records.js";

export type { ExtractOptions } from "./pipeline.js";
export type { ArticleRecord, Fact, FactType, Warning, Source } from "./schema/records.js";
export { ArticleRecord as ArticleRecordSchema, CuratedArticleRecord as CuratedArticleRecordSchema, FACT_TYPES, SCHEMA_ID } from "./schema/records.js";
export type { Gazetteer } from "./config.js";
export { normalise } from "./text/normalise.js";
export { segment } from "./segment/index.js";
export { EXTRACTORS } from "./pipeline.js";
export { factKey, fold } from "./facts/keys.js";

/** The article record for one article's text. */
export function extract(text: string, options: ExtractOptions = {}): ArticleRecord {
  return extractRecord(text.startsWith("\uFEFF") ? text.slice(1) : text, options);
}
