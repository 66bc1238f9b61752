// Shared helpers for the validate tests: run the core on fixture files and list what it found.
import { join, relative } from "node:path";
import type { VFile } from "vfile";
import { validateFiles, type ValidateOptions } from "../../src/commands/validate.js";

export const root = join(import.meta.dirname, "..", "..");
export const fixtures = join(root, "test", "fixtures", "facts");
export const fx = (...p: string[]) => join(fixtures, ...p);

/** One line per message: `line:column ruleId` (sorted like the reporters sort them). */
export function places(file: VFile): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((m) => `${m.line ?? "-"}:${m.column ?? "-"} ${m.ruleId}`);
}

/** The reasons, in the order of `places`. */
export function reasons(file: VFile): string[] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((m) => m.reason);
}

export async function validateOne(path: string, options: ValidateOptions = {}): Promise<VFile> {
  const [file] = await validateFiles([path], options);
  return file!;
}

/** Captures what a run* function writes. */
export function sink(isTTY = false, env: Record<string, string | undefined> = {}) {
  let out = "";
  return {
    io: { stdout: { write: (s: string) => ((out += s), true), isTTY }, env },
    get out() {
      return out;
    },
  };
}

export const rel = (p: string) => relative(root, p);
