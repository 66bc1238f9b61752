// One input → one record. Never throws: whatever goes wrong becomes a warning on a record
// with no facts, so one bad file never loses the rest of a batch. Runs in worker threads.
import { createHash } from "node:crypto";
import { extractRecord, type ExtractOptions } from "../pipeline.js";
import { SCHEMA_ID, type ArticleRecord, type Warning } from "../schema/records.js";
import { decode, inspectText, FATAL_WARNING_CODES } from "./decode.js";
import { htmlToText } from "./html.js";
import type { Input } from "./inputs.js";

export type ArticleOptions = Omit<ExtractOptions, "id" | "path" | "sha256" | "warnings">;

export interface Extracted {
  record: ArticleRecord;
  /** True when the input could not be processed (the command exits 1). */
  failed: boolean;
  /**
   * The record already formatted for output, when a worker did it: then `record` carries only
   * its source and warnings, so the main thread neither copies nor serialises the facts.
   */
  text?: string;
}

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

function emptyRecord(input: Input, warnings: Warning[], hash: string): ArticleRecord {
  return { schema: SCHEMA_ID, source: { path: input.path, id: input.id, sha256: hash }, facts: [], warnings };
}

export function extractInput(input: Input, options: ArticleOptions = {}): Extracted {
  const hash = input.sha256 ?? sha256(input.bytes ?? input.text ?? "");
  const warnings: Warning[] = [...input.warnings];
  const fatal = () => warnings.some((w) => FATAL_WARNING_CODES.has(w.code));
  try {
    if (fatal()) return { record: emptyRecord(input, warnings, hash), failed: true };
    // Bytes are decoded (encodings, binary, mojibake, size); text from JSON gets the same
    // text-level checks. Offsets then point into this decoded (and repaired) text.
    const d = input.bytes ? decode(input.bytes, { fileSize: input.fileSize }) : inspectText(input.text ?? "");
    warnings.push(...d.warnings);
    if (!d.readable) return { record: emptyRecord(input, warnings, hash), failed: true };
    const text = d.text;
    const base = { ...options, id: input.id, path: input.path, sha256: hash, warnings };
    const record = input.kind === "html" ? extractRecord(htmlToText(text), base) : extractRecord(text, base);
    return { record, failed: fatal() };
  } catch (err) {
    warnings.push({ code: "internal-error", message: `could not be processed: ${(err as Error)?.message ?? String(err)}` });
    return { record: emptyRecord(input, warnings, hash), failed: true };
  }
}
