// Record formatters: yaml, json, jsonl. Streaming-friendly: `open`, one `item` per record,
// `close`, so that records are written as they finish and a list of any length never sits
// in memory. Pure: strings out, no I/O.
import { stringify } from "yaml";
import type { ArticleRecord } from "../schema/records.js";

export type RecordFormat = "yaml" | "json" | "jsonl";

export interface ListWriter {
  open: string;
  /** What goes before the index-th item (JSON's commas). */
  separator(index: number): string;
  close(count: number): string;
}

const yamlOptions = { lineWidth: 0, minContentWidth: 0 } as const;

/** A facts file: a YAML sequence, a JSON array, or JSON Lines. */
export function listWriter(format: RecordFormat): ListWriter {
  switch (format) {
    case "yaml":
      return { open: "", separator: () => "", close: (n) => (n === 0 ? "[]\n" : "") };
    case "json":
      return {
        open: "[",
        separator: (i) => (i === 0 ? "\n" : ",\n"),
        close: (n) => (n === 0 ? "]\n" : "\n]\n"),
      };
    case "jsonl":
      return { open: "", separator: () => "", close: () => "" };
  }
}

/** One record as an item of a list (without the separator before it). */
export function formatItem(record: ArticleRecord, format: RecordFormat): string {
  switch (format) {
    case "yaml":
      return stringify([record], yamlOptions);
    case "json":
      return indent(JSON.stringify(record, null, 2));
    case "jsonl":
      return `${JSON.stringify(record)}\n`;
  }
}

/** One record on its own (a file of `--out`). */
export function formatOne(record: ArticleRecord, format: RecordFormat): string {
  switch (format) {
    case "yaml":
      return stringify(record, yamlOptions);
    case "json":
      return `${JSON.stringify(record, null, 2)}\n`;
    case "jsonl":
      return `${JSON.stringify(record)}\n`;
  }
}

const indent = (s: string) => s.replace(/^/gm, "  ");

export const EXTENSION: Record<RecordFormat, string> = { yaml: ".yaml", json: ".json", jsonl: ".jsonl" };
