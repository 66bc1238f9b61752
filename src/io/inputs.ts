// Inputs, read lazily and in a deterministic order: files, folders (recursive, sorted),
// JSON Lines ({"id","text"} per line, streamed), .json ({"id","text"} or a list of them),
// and stdin as "-" (JSON Lines when its first line is a JSON object, else one plain-text
// article). Nothing here throws for a bad input: it becomes an Input with a fatal warning.
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { lstat, open, readFile, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Warning } from "../schema/records.js";
import { MAX_FILE_BYTES } from "./decode.js";

export type InputKind = "text" | "html" | "markdown";

export interface Input {
  /** The path as given ("-" for stdin); for a JSON Lines article, its file. */
  path: string;
  id: string;
  kind: InputKind;
  /** Raw bytes of a file (decoded later, in a worker when there is one). */
  bytes?: Uint8Array;
  /** Text already decoded (JSON and JSON Lines articles). */
  text?: string;
  /** Problems found while reading: a fatal one means no record text could be read. */
  warnings: Warning[];
  /** 1-based line of a JSON Lines article. */
  line?: number;
  /** Size of the whole file when only its beginning is in `bytes`. */
  fileSize?: number;
  /** sha256 of the whole file when only its beginning is in `bytes`. */
  sha256?: string;
}

export const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"]);

export interface ReadOptions {
  /** Only every n-th article, starting with the k-th (1-based). */
  shard?: { k: number; n: number };
  stdin?: Readable;
}

const kindOf = (path: string): InputKind => {
  const e = extname(path).toLowerCase();
  return e === ".html" || e === ".htm" ? "html" : e === ".md" || e === ".markdown" ? "markdown" : "text";
};

export const idOf = (path: string) => basename(path, extname(path)) || basename(path) || "article";

function failed(path: string, code: string, message: string, line?: number): Input {
  return { path, id: idOf(path), kind: "text", text: "", warnings: [{ code, message }], line };
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return e?.message ?? String(err);
  }
}

/** Files under a folder, recursively, sorted by name; symlink loops are skipped with a warning. */
async function* walk(dir: string, seen: Set<string>, problems: Input[]): AsyncGenerator<string> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    problems.push(failed(dir, "unreadable", describe(err)));
    return;
  }
  if (seen.has(real)) {
    problems.push(failed(dir, "symlink-loop", "folder already visited through a symbolic link; skipped"));
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(failed(dir, "unreadable", describe(err)));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const s = await stat(p);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch (err) {
        problems.push(failed(p, "unreadable", describe(err)));
        continue;
      }
    }
    if (isDir) yield* walk(p, seen, problems);
    else if (isFile && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

function articleFromJson(value: unknown, path: string, fallbackId: string, line?: number): Input {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failed(path, "malformed-line", `expected a JSON object with "id" and "text"${line ? ` on line ${line}` : ""}`, line);
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === "string" && o.id.length > 0 ? o.id : typeof o.id === "number" ? String(o.id) : fallbackId;
  if (typeof o.text !== "string") {
    return { ...failed(path, "malformed-line", `no "text" string${line ? ` on line ${line}` : ""}`, line), id };
  }
  return { path, id, kind: "text", text: o.text, warnings: [], line };
}

async function* jsonLines(lines: AsyncIterable<string>, path: string, firstLine?: string): AsyncGenerator<Input> {
  let n = 0;
  const base = path === "-" ? "stdin" : idOf(path);
  const one = (raw: string): Input | null => {
    n++;
    const l = raw.trim();
    if (!l) return null;
    try {
      return articleFromJson(JSON.parse(l), path, `${base}-${n}`, n);
    } catch (err) {
      return { ...failed(path, "malformed-line", `line ${n} is not JSON: ${(err as Error).message}`, n), id: `${base}-${n}` };
    }
  };
  if (firstLine !== undefined) {
    const x = one(firstLine);
    if (x) yield x;
  }
  for await (const raw of lines) {
    const x = one(raw);
    if (x) yield x;
  }
}

async function* fileInputs(path: string): AsyncGenerator<Input> {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") {
    const stream = createReadStream(path, { encoding: "utf8" });
    const opened = await new Promise<NodeJS.ErrnoException | null>((res) => {
      stream.once("open", () => res(null));
      stream.once("error", (e) => res(e));
    });
    if (opened) {
      yield failed(path, "unreadable", describe(opened));
      return;
    }
    yield* jsonLines(createInterface({ input: stream, crlfDelay: Infinity }), path);
    return;
  }
  let bytes: Uint8Array;
  let whole: { fileSize: number; sha256: string } | undefined;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES && ext !== ".json") {
      // Only the beginning is read as text; the hash is of the whole file, streamed.
      const fh = await open(path, "r");
      try {
        const buf = Buffer.alloc(MAX_FILE_BYTES);
        const { bytesRead } = await fh.read(buf, 0, MAX_FILE_BYTES, 0);
        bytes = buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
      whole = { fileSize: size, sha256: await hashFile(path) };
    } else {
      bytes = await readFile(path);
    }
  } catch (err) {
    yield failed(path, "unreadable", describe(err));
    return;
  }
  if (ext === ".json") {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch (err) {
      yield failed(path, "malformed-line", `not JSON: ${(err as Error).message}`);
      return;
    }
    const list = Array.isArray(value) ? value : [value];
    let i = 0;
    for (const v of list) yield articleFromJson(v, path, list.length > 1 ? `${idOf(path)}-${++i}` : idOf(path));
    return;
  }
  yield { path, id: idOf(path), kind: kindOf(path), bytes, warnings: [], ...whole };
}

async function hashFile(path: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest("hex");
}

async function* stdinInputs(stdin: Readable): AsyncGenerator<Input> {
  stdin.setEncoding?.("utf8");
  const rl = createInterface({ input: stdin, crlfDelay: Infinity });
  const it = rl[Symbol.asyncIterator]();
  // Find the first non-empty line to decide between JSON Lines and plain text.
  const head: string[] = [];
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    if (r.value.trim()) break;
  }
  const first = head[head.length - 1]?.trim() ?? "";
  let isJsonl = false;
  if (first.startsWith("{")) {
    try {
      const v = JSON.parse(first);
      isJsonl = v !== null && typeof v === "object" && !Array.isArray(v);
    } catch {
      isJsonl = false;
    }
  }
  const rest = { [Symbol.asyncIterator]: () => it };
  if (isJsonl) {
    yield* jsonLines(rest, "-", head.join("\n"));
    return;
  }
  const parts = [...head];
  for await (const l of rest) parts.push(l);
  const text = parts.join("\n");
  yield { path: "-", id: "stdin", kind: "text", bytes: new TextEncoder().encode(text), warnings: [] };
}

/**
 * Every article under `paths`, in order. With a shard, articles not in it are skipped
 * before their files are read.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<Input> {
  let index = 0;
  const mine = () => {
    const i = index++;
    return !options.shard || i % options.shard.n === options.shard.k - 1;
  };
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === "-") {
      for await (const x of stdinInputs(options.stdin ?? process.stdin)) if (mine()) yield x;
      continue;
    }
    let s;
    try {
      s = await lstat(p).then(async (l) => (l.isSymbolicLink() ? stat(p) : l));
    } catch (err) {
      if (mine()) yield failed(p, "missing", `${describe(err)}`);
      continue;
    }
    if (s.isDirectory()) {
      const problems: Input[] = [];
      for await (const file of walk(p, seen, problems)) {
        while (problems.length) yield problems.shift()!;
        const ext = extname(file).toLowerCase();
        if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") {
          for await (const x of fileInputs(file)) if (mine()) yield x;
        } else if (mine()) {
          for await (const x of fileInputs(file)) yield x;
        }
      }
      while (problems.length) yield problems.shift()!;
      continue;
    }
    if (ext(p) === ".jsonl" || ext(p) === ".ndjson" || ext(p) === ".json") {
      for await (const x of fileInputs(p)) if (mine()) yield x;
    } else if (mine()) {
      for await (const x of fileInputs(p)) yield x;
    }
  }
}

const ext = (p: string) => extname(p).toLowerCase();
