// Bytes → text. Drops a BOM and reports what is odd as record warnings.
import type { Warning } from "../schema/records.js";

export interface Decoded {
  /** The decoded text (no BOM); "" when nothing could be read. */
  text: string;
  warnings: Warning[];
  /** False when the bytes are not text at all (binary): the record gets no facts. */
  readable: boolean;
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  let text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  if (text.includes("\uFFFD")) warnings.push({ code: "not-utf8", message: "the file is not valid UTF-8; invalid bytes were replaced" });
  if (text.trim().length === 0) warnings.push({ code: "empty", message: "the file is empty" });
  return { text, warnings, readable: true };
}

/** Warning codes that mean the input could not be processed: the command exits 1. */
export const FATAL_WARNING_CODES: ReadonlySet<string> = new Set(["binary", "unreadable", "missing", "malformed-line", "internal-error"]);
