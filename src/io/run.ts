// Runs the extractor over files and folders for commands other than `extract` (eval).
import type { ArticleRecord } from "../schema/records.js";

export interface CollectOptions {
  referenceDate?: string;
}

/** Records for every article under `paths` (files or folders), in input order. */
export async function collectRecords(paths: string[], options: CollectOptions = {}): Promise<ArticleRecord[]> {
  const { readInputs } = await import("./inputs.js");
  const { extractInput } = await import("./extract-one.js");
  const out: ArticleRecord[] = [];
  for await (const input of readInputs(paths)) out.push(extractInput(input, { referenceDate: options.referenceDate }).record);
  return out;
}
