import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "vnfacts.js");
export const DEV = join(ROOT, "..", "shared", "eval", "dev", "articles");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) with no TTY and NO_COLOR unset. */
export function vnfacts(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, ...opts.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { input: opts.input ?? "", cwd: opts.cwd ?? ROOT, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
