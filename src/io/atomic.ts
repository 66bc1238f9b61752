// Writing a file so that it is either the old content or the new, never half of one: the
// data goes to a temporary file in the same folder (same file system, so rename is atomic),
// is flushed to disk, then renamed over the target. A failed write removes its temporary file;
// Ctrl-C removes every temporary file still pending (installInterruptCleanup).
//
// Temporary names start with TEMP_PREFIX (".vnfacts-tmp-", ignored by .gitignore) and hold the
// writer's process id, so that removeStaleTempFiles can tell leftovers of a killed run from the
// files of a run still going.
import { randomBytes } from "node:crypto";
import { close, closeSync, fsync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, write, writeSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { promisify } from "node:util";
import { basename, dirname, join } from "node:path";

export const TEMP_PREFIX = ".vnfacts-tmp-";

/** Temporary files created and not yet renamed or removed. */
const pending = new Set<string>();

function tempPathFor(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}-${basename(path).slice(0, 40)}`);
}

const removeQuietly = (path: string) => {
  try {
    unlinkSync(path);
  } catch {
    // Already renamed or removed.
  }
};

const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);
const closeAsync = promisify(close);

/** Writes `data` to `path` atomically (temporary file, fsync, rename). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  // Created synchronously, so that a temporary file on disk is always in `pending` and an
  // interrupt can never miss one. "wx": fails rather than follow a planted symbolic link.
  const fd = openSync(tmp, "wx", 0o644);
  pending.add(tmp);
  let isOpen = true;
  try {
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < buf.length) off += (await writeAsync(fd, buf, off, buf.length - off)).bytesWritten;
    await fsyncAsync(fd);
    isOpen = false;
    await closeAsync(fd);
    await rename(tmp, path);
    pending.delete(tmp);
  } catch (err) {
    if (isOpen) await closeAsync(fd).catch(() => {});
    await rm(tmp, { force: true }).catch(() => {});
    pending.delete(tmp);
    throw err;
  }
}

/** The same, synchronously. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, "wx", 0o644);
  pending.add(tmp);
  let isOpen = true;
  try {
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    isOpen = false;
    closeSync(fd);
    renameSync(tmp, path);
    pending.delete(tmp);
  } catch (err) {
    if (isOpen) {
      try {
        closeSync(fd);
      } catch {
        // Nothing more to do.
      }
    }
    removeQuietly(tmp);
    pending.delete(tmp);
    throw err;
  }
}

/** Temporary files of writes still in progress (for tests and diagnostics). */
export function pendingTempFiles(): string[] {
  return [...pending];
}

/** Removes every pending temporary file (synchronously: it runs in signal handlers). */
export function cleanupPendingTempFiles(): void {
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
}

let installed: (() => void) | null = null;

/**
 * On Ctrl-C (SIGINT) or SIGTERM: removes the pending temporary files and exits with 130
 * (143 for SIGTERM), the shell's code for a process ended by that signal. Files already
 * renamed are complete; the ones not yet written keep their old content. Returns a function
 * that uninstalls the handlers. Installing twice is harmless.
 */
export function installInterruptCleanup(options: { message?: string } = {}): () => void {
  if (installed) return installed;
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupPendingTempFiles();
    if (options.message) process.stderr.write(`${options.message}\n`);
    process.exit(signal === "SIGTERM" ? 143 : 130);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  installed = () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    installed = null;
  };
  return installed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files that a killed run (SIGKILL, power loss) left in `dir`: only names
 * starting with TEMP_PREFIX whose process is gone. Returns the names removed.
 */
export function removeStaleTempFiles(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(TEMP_PREFIX.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && (pid === process.pid ? pending.has(join(dir, name)) : alive(pid))) continue;
    removeQuietly(join(dir, name));
    removed.push(name);
  }
  return removed;
}
