// `vnfacts eval --gold GOLD PRED [--format table|json] [--details] [--articles DIR] [--min-f1 X]`
//
// Precision, recall and F1 per fact type and overall, attribute accuracy and the evidence
// integrity rate of PRED against GOLD, with the matching rules of ../shared/eval/GOLD.md: the
// same numbers as the reference scorer score.mjs on the same inputs.
//
// GOLD: a facts file or a folder of them (.json, .jsonl, .yaml, .yml; not recursive).
// PRED: a facts file (JSON, JSON Lines, YAML; "-" for stdin), or articles (a folder, a .txt/.md/
// .html file, or JSON Lines of {"id","text"}) that are extracted first.
//
// Exit codes: 0 scored; 1 micro F1 below --min-f1; 2 usage error or an input that cannot be read.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { UsageError, VnfactsError } from "../errors.js";
import { detectFormat, FACTS_EXTENSIONS, FactsFileError, loadFactsFile, parseFactsText } from "../facts/load.js";
import { formatEvalTable, scoreFacts, type EvalReport, type GoldEntry } from "../facts/match.js";

export interface EvalOptions {
  gold: string;
  format?: "table" | "json";
  details?: boolean;
  referenceDate?: string;
  /** Folder of the articles, for the evidence check when source.path does not lead to them. */
  articles?: string;
  minF1?: string | number;
}

interface Io {
  stdout: { write(s: string): unknown };
  stderr?: { write(s: string): unknown };
  stdin?: NodeJS.ReadableStream;
}

const fatal = (message: string) => new VnfactsError(message, 2);

async function readFacts(path: string): Promise<unknown[]> {
  try {
    return await loadFactsFile(path);
  } catch (err) {
    if (err instanceof FactsFileError) throw fatal(err.message);
    throw err;
  }
}

/** Gold records by id, from a file or the facts files of a folder (sorted by name). */
async function loadGold(path: string): Promise<GoldEntry[]> {
  if (!existsSync(path)) throw new UsageError(`--gold ${path}: no such file or folder`);
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => FACTS_EXTENSIONS.includes(extname(f).toLowerCase()))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (!files.length) throw new UsageError(`--gold ${path}: no facts files (${FACTS_EXTENSIONS.join(", ")}) in this folder`);
  const out: GoldEntry[] = [];
  for (const file of files) {
    for (const r of await readFacts(file)) {
      const src = (r as { source?: { id?: unknown; path?: unknown } } | null)?.source;
      const p = String(src?.path ?? file);
      out.push({ id: String(src?.id ?? basename(p, extname(p))), record: r as GoldEntry["record"], file });
    }
  }
  return out;
}

const looksLikeRecords = (values: unknown[]) =>
  values.length === 0 || values.some((v) => v !== null && typeof v === "object" && ("facts" in v || "source" in v || "schema" in v));

/** Predicted records: read from a facts file, or extracted from articles. */
async function loadPred(pred: string, referenceDate: string | undefined, stdin?: NodeJS.ReadableStream): Promise<unknown[]> {
  if (pred === "-") {
    const chunks: Buffer[] = [];
    for await (const c of stdin ?? process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
    const text = Buffer.concat(chunks).toString("utf8");
    const records: unknown[] = [];
    for (const item of parseFactsText(text, detectFormat("-", text))) {
      if (item.kind === "record") records.push(item.record.value);
      else if (item.issue.severity !== "warning") {
        const p = item.issue.place;
        throw fatal(`stdin${p ? `:${p.start.line}:${p.start.column}` : ""}: ${item.issue.reason}`);
      }
    }
    return records;
  }
  if (!existsSync(pred)) throw new UsageError(`${pred}: no such file or folder`);
  const isDir = statSync(pred).isDirectory();
  if (!isDir && FACTS_EXTENSIONS.includes(extname(pred).toLowerCase())) {
    const records = await readFacts(pred);
    // {"id","text"} lines are articles, not records
    if (looksLikeRecords(records) || extname(pred).toLowerCase().startsWith(".y")) return records;
  }
  const { collectRecords } = await import("../io/run.js");
  return collectRecords([pred], { referenceDate });
}

/** The article text a predicted record's offsets index, found the way score.mjs finds it (and then some). */
function articleFinder(pred: string, articlesDir: string | undefined) {
  const jsonlTexts = new Map<string, Map<string, string>>();
  const linesOf = (file: string) => {
    let m = jsonlTexts.get(file);
    if (!m) {
      m = new Map();
      for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
        try {
          const v = JSON.parse(line) as { id?: unknown; text?: unknown };
          if (v && typeof v.text === "string" && v.id !== undefined) m.set(String(v.id), v.text);
        } catch {
          // not an article line
        }
      }
      jsonlTexts.set(file, m);
    }
    return m;
  };
  return (record: { source?: { path?: unknown } }, id: string, goldFile: string): string | null => {
    const path = typeof record?.source?.path === "string" ? record.source.path : undefined;
    const candidates: string[] = [];
    // score.mjs: source.path from the working folder, --articles DIR/<id>.<ext>, <gold>/../articles/<id>.txt
    if (path && path !== "-") candidates.push(resolve(path));
    if (articlesDir) for (const e of [".txt", ".html", ".md", ""]) candidates.push(join(articlesDir, id + e));
    if (goldFile) candidates.push(join(dirname(goldFile), "..", "articles", `${id}.txt`));
    // then: source.path beside the predictions file
    if (path && path !== "-" && !isAbsolute(path) && pred !== "-") candidates.push(join(statSafeDir(pred), path));
    for (const c of candidates) {
      if (!existsSync(c) || !statSync(c).isFile()) continue;
      // articles given as JSON Lines: the text is on the article's line
      if (/\.(jsonl|ndjson|json)$/i.test(c)) {
        const t = linesOf(c).get(id);
        if (t !== undefined) return t.replace(/^\uFEFF/, "");
        continue;
      }
      return readFileSync(c, "utf8").replace(/^\uFEFF/, "");
    }
    return null;
  };
}

const statSafeDir = (p: string) => {
  try {
    return statSync(p).isDirectory() ? p : dirname(p);
  } catch {
    return dirname(p);
  }
};

/** Scores PRED against the gold; no printing. */
export async function evaluate(pred: string, opts: EvalOptions, io?: Io): Promise<EvalReport> {
  if (!opts.gold) throw new UsageError("eval: --gold GOLD is required");
  if (opts.articles && !(existsSync(opts.articles) && statSync(opts.articles).isDirectory())) throw new UsageError(`--articles ${opts.articles}: no such folder`);
  const gold = await loadGold(opts.gold);
  const preds = await loadPred(pred, opts.referenceDate, io?.stdin);
  return scoreFacts(gold, preds, articleFinder(pred, opts.articles));
}

export async function runEval(pred: string, opts: EvalOptions & Record<string, unknown>, io: Io = process): Promise<number> {
  let minF1: number | undefined;
  if (opts.minF1 !== undefined) {
    minF1 = Number(opts.minF1);
    if (!Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) throw new UsageError(`--min-f1 ${String(opts.minF1)}: give a number between 0 and 1`);
  }
  const format = opts.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`unknown format '${String(format)}' (use table or json)`);
  const report = await evaluate(pred, opts, io);
  io.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalTable(report, Boolean(opts.details))}\n`);
  if (minF1 !== undefined && report.micro.f1 < minF1) {
    io.stderr?.write(`vnfacts: micro F1 ${report.micro.f1.toFixed(3)} is below --min-f1 ${minF1}\n`);
    return 1;
  }
  return 0;
}
