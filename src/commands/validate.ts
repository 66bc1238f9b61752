// `vnfacts validate FILE… [--sources DIR] [--reporter text|json|github]`
//
// Checks curated facts files: syntax, the record contract, meaning (dates, countries, symbols,
// duplicates) and, unless `--no-sources`, every quote against its article. Every problem is a
// vfile message with a place in the facts file and a rule id. `validateFiles` is the core
// (returns the files with their messages); `runValidate` prints them and gives the exit code:
// 0 valid (warnings allowed), 1 problems (or a file that cannot be read), 2 usage error.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { VFile } from "vfile";
import { UsageError } from "../errors.js";
import { DEFAULT_LIMITS, FACTS_EXTENSIONS, readFactsFile, type LoadLimits, type Place } from "../facts/load.js";
import { FileChecks, schemaIssues, semanticIssues, sourceIssues, type PathIssue, type SourceArticle } from "../facts/semantic.js";
import { count, reporters } from "../report/diagnostics.js";

export interface ValidateOptions {
  /** Folder of the articles; `false` skips the checks against the articles. Default: `source.path` beside the facts file. */
  sources?: string | false;
  limits?: LoadLimits;
  /** Messages kept per file; the rest are counted in one last message (default 1000). */
  maxMessages?: number;
}

export interface RunValidateOptions extends ValidateOptions {
  reporter?: string;
}

interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm", ".md"];

/** Files and folders (searched recursively for facts files) → facts files, in order. */
function expand(inputs: string[]): Array<{ path: string; error?: string }> {
  const out: Array<{ path: string; error?: string }> = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // reported when the file is read
    }
    if (!isDir) {
      out.push({ path: input });
      continue;
    }
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (FACTS_EXTENSIONS.includes(extname(e.name).toLowerCase())) found.push(p);
      }
    };
    walk(input);
    if (found.length) out.push(...found.map((path) => ({ path })));
    else out.push({ path: input, error: `no facts files (${FACTS_EXTENSIONS.join(", ")}) in this folder` });
  }
  return out;
}

/** Finds and reads the articles records cite, with a small cache. */
class Articles {
  private readonly cache = new Map<string, SourceArticle | null>();
  constructor(private readonly sources: string | undefined) {}

  /** Where the article of a record may be. */
  candidates(record: unknown, factsFile: string): string[] {
    const src = (record as { source?: { path?: unknown; id?: unknown } } | null)?.source;
    const path = typeof src?.path === "string" && src.path && src.path !== "-" ? src.path : undefined;
    const id = typeof src?.id === "string" && src.id ? src.id : undefined;
    const out: string[] = [];
    if (this.sources !== undefined) {
      if (path) out.push(join(this.sources, basename(path)));
      if (id) for (const e of ARTICLE_EXTENSIONS) out.push(join(this.sources, id + e));
    } else if (path) {
      if (isAbsolute(path)) out.push(path);
      else out.push(join(dirname(factsFile), path), path);
    }
    return [...new Set(out)];
  }

  read(path: string): SourceArticle | null {
    const key = resolve(path);
    if (this.cache.has(key)) {
      const hit = this.cache.get(key)!;
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    let article: SourceArticle | null = null;
    try {
      if (statSync(path).isFile()) {
        const bytes = readFileSync(path);
        article = {
          shown: path,
          text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes),
          sha256: createHash("sha256").update(bytes).digest("hex"),
        };
      }
    } catch {
      article = null;
    }
    this.cache.set(key, article);
    if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value!);
    return article;
  }
}

function addMessage(file: VFile, reason: string, ruleId: string, place: Place | undefined, severity: "error" | "warning" = "error") {
  const m = file.message(reason, { ruleId, source: "vnfacts", ...(place ? { place } : {}) });
  m.fatal = severity === "error";
}

/** Validates facts files; returns one VFile per file, with its messages. */
export async function validateFiles(inputs: string[], options: ValidateOptions = {}): Promise<VFile[]> {
  if (!inputs.length) throw new UsageError("validate: give one or more facts files");
  if (typeof options.sources === "string") {
    let ok = false;
    try {
      ok = statSync(options.sources).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`--sources ${options.sources}: no such folder`);
  }
  const articles = options.sources === false ? undefined : new Articles(options.sources || undefined);
  const files: VFile[] = [];
  for (const { path, error } of expand(inputs)) {
    const file = new VFile({ path });
    files.push(file);
    if (error) {
      addMessage(file, error, "read-error", undefined);
      continue;
    }
    const checks = new FileChecks();
    const max = options.maxMessages ?? 1000;
    let dropped = 0;
    const add = (reason: string, ruleId: string, place: Place | undefined, severity?: "error" | "warning") => {
      if (file.messages.length < max) addMessage(file, reason, ruleId, place, severity);
      else dropped++;
    };
    for await (const item of readFactsFile(path, { limits: options.limits ?? DEFAULT_LIMITS })) {
      if (item.kind === "issue") {
        add(item.issue.reason, item.issue.ruleId, item.issue.place, item.issue.severity);
        continue;
      }
      const { value, locate, line } = item.record;
      const issues: PathIssue[] = [...schemaIssues(value), ...semanticIssues(value), ...checks.record(value, line)];
      if (articles && value && typeof value === "object" && !Array.isArray(value)) {
        const tried = articles.candidates(value, path);
        let article: SourceArticle | null = null;
        for (const c of tried) if ((article = articles.read(c))) break;
        if (article) issues.push(...sourceIssues(value, article));
        else if (tried.length) {
          const hint = options.sources === undefined ? " (pass --sources DIR to say where the articles are, or --no-sources to skip these checks)" : "";
          issues.push({ ruleId: "source-missing", reason: `source article not found: tried ${tried.join(", ")}${hint}`, path: ["source", "path"] });
        } else if ((value as { source?: { path?: unknown } }).source?.path === "-") {
          issues.push({
            ruleId: "source-unchecked",
            reason: "source: the article was read from standard input ('-'): pass --sources DIR to check the quotes against it",
            path: ["source", "path"],
            severity: "warning",
          });
        }
      }
      for (const issue of issues) {
        if (file.messages.length < max) addMessage(file, issue.reason, issue.ruleId, locate(issue.path, issue.part), issue.severity);
        else dropped++;
      }
    }
    if (dropped) addMessage(file, `${dropped} more problem${dropped === 1 ? "" : "s"} not shown (the first ${max} are)`, "too-many-problems", undefined);
  }
  return files;
}

/** The CLI shell: validate, print with the chosen reporter, return the exit code. */
export async function runValidate(files: string[], opts: RunValidateOptions & Record<string, unknown>, io: Io = process): Promise<number> {
  const name = opts.reporter ?? "text";
  const reporter = reporters[name];
  if (!reporter) throw new UsageError(`unknown reporter '${name}' (use ${Object.keys(reporters).join(", ")})`);
  const result = await validateFiles(files, { sources: opts.sources, limits: opts.limits });
  const env = io.env ?? process.env;
  const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" ? true : Boolean(io.stdout.isTTY) && env.NO_COLOR === undefined;
  io.stdout.write(reporter(result, { color }));
  return count(result).errors > 0 ? 1 : 0;
}
