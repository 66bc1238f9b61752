// `vnfacts diff OLD NEW [--format text|json] [--exit-code] [--ignore FIELDS]`
//
// Facts added, removed and changed per article between two facts files. Articles are paired
// by source.id (else the file name of source.path); facts by `id` when both have the same one,
// else by type and key (`factKey`, the matching key of GOLD.md). A pair whose fields differ is
// "changed", shown field by field (old → new). `diffRecords` is the core; `runDiff` prints.
//
// Exit codes: 0 (or, with --exit-code, 0 when the files hold the same facts and 1 when they
// differ); 2 usage error or a file that cannot be read.
import { Chalk } from "chalk";
import { UsageError, VnfactsError } from "../errors.js";
import { FactsFileError, loadFactsFile } from "../facts/load.js";
import { factLabel } from "../facts/semantic.js";
import { factKey } from "../facts/keys.js";
import { recordId } from "../facts/match.js";

type Obj = Record<string, unknown>;
type Fact = Obj & { type?: unknown };

export interface FieldChange {
  /** Dotted path of the field: `country`, `evidence.quote`, `source.sha256`. */
  field: string;
  old?: unknown;
  new?: unknown;
}

export interface ChangedFact {
  label: string;
  old: Fact;
  new: Fact;
  changes: FieldChange[];
}

export interface ArticleDiff {
  id: string;
  /** `added`/`removed`: the article is only in NEW/OLD. */
  status: "added" | "removed" | "changed";
  added: Fact[];
  removed: Fact[];
  changed: ChangedFact[];
  /** Changes of `source` fields (title, sha256 …). */
  source: FieldChange[];
}

export interface DiffReport {
  old: string;
  new: string;
  articles: ArticleDiff[];
  /** `articles`: in either file; `facts`: in NEW. */
  summary: { added: number; removed: number; changed: number; articlesChanged: number; articles: number; facts: number };
}

export interface DiffOptions {
  /** Fields left out of the comparison, as dotted paths: `id`, `sentence`, `evidence.start`, `source.path`. */
  ignore?: string[];
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Differences between two values, as leaf fields; lists are compared whole. */
function fieldChanges(a: unknown, b: unknown, prefix: string, ignore: string[], out: FieldChange[] = []): FieldChange[] {
  if (prefix && ignore.some((i) => prefix === i || prefix.startsWith(`${i}.`))) return out;
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const k of keys) fieldChanges(a[k], b[k], prefix ? `${prefix}.${k}` : k, ignore, out);
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    const c: FieldChange = { field: prefix };
    if (a !== undefined) c.old = a;
    if (b !== undefined) c.new = b;
    out.push(c);
  }
  return out;
}

function factsOf(r: unknown): Fact[] {
  const facts = isObj(r) ? r.facts : undefined;
  return Array.isArray(facts) ? (facts.filter(isObj) as Fact[]) : [];
}

const keyOf = (f: Fact) => `${String(f.type)}|${typeof f.type === "string" ? (factKey(f as Fact & { type: string }) ?? JSON.stringify(f)) : JSON.stringify(f)}`;

/** Pairs the facts of one article: by id, then by key, in order. */
function pairFacts(olds: Fact[], news: Fact[], ignore: string[]): Pick<ArticleDiff, "added" | "removed" | "changed"> {
  const newUsed = new Array<boolean>(news.length).fill(false);
  const pairs: Array<[Fact, Fact]> = [];
  const unpaired: Fact[] = [];
  const byId = new Map<string, number>();
  news.forEach((f, j) => {
    if (typeof f.id === "string" && f.id && !byId.has(f.id)) byId.set(f.id, j);
  });
  const rest: Fact[] = [];
  for (const f of olds) {
    const j = typeof f.id === "string" ? byId.get(f.id) : undefined;
    if (j !== undefined && !newUsed[j]) {
      newUsed[j] = true;
      pairs.push([f, news[j]!]);
    } else rest.push(f);
  }
  const byKey = new Map<string, number[]>();
  news.forEach((f, j) => {
    if (newUsed[j]) return;
    const k = keyOf(f);
    byKey.set(k, [...(byKey.get(k) ?? []), j]);
  });
  for (const f of rest) {
    const queue = byKey.get(keyOf(f));
    const j = queue?.shift();
    if (j !== undefined) {
      newUsed[j] = true;
      pairs.push([f, news[j]!]);
    } else unpaired.push(f);
  }
  const changed: ChangedFact[] = [];
  for (const [o, n] of pairs) {
    const changes = fieldChanges(o, n, "", ignore);
    if (changes.length) changed.push({ label: factLabel(n), old: o, new: n, changes });
  }
  return { removed: unpaired, added: news.filter((_, j) => !newUsed[j]), changed };
}

/** The differences between two lists of article records. */
export function diffRecords(oldRecords: unknown[], newRecords: unknown[], options: DiffOptions & { oldName?: string; newName?: string } = {}): DiffReport {
  const ignore = options.ignore ?? [];
  const olds = new Map<string, unknown>();
  for (const r of oldRecords) if (isObj(r)) olds.set(recordId(r), r);
  const news = new Map<string, unknown>();
  for (const r of newRecords) if (isObj(r)) news.set(recordId(r), r);
  const ids = [...olds.keys(), ...[...news.keys()].filter((id) => !olds.has(id))];
  const articles: ArticleDiff[] = [];
  let facts = 0;
  for (const id of ids) {
    const o = olds.get(id);
    const n = news.get(id);
    facts += factsOf(n).length;
    if (o === undefined || n === undefined) {
      articles.push({ id, status: o === undefined ? "added" : "removed", added: factsOf(n), removed: factsOf(o), changed: [], source: [] });
      continue;
    }
    const paired = pairFacts(factsOf(o), factsOf(n), ignore);
    const sourceIgnore = ignore.filter((i) => i.startsWith("source.")).map((i) => i.slice(7));
    const source = ignore.includes("source") ? [] : fieldChanges((o as Obj).source, (n as Obj).source, "", sourceIgnore).map((c) => ({ ...c, field: `source.${c.field}` }));
    if (paired.added.length || paired.removed.length || paired.changed.length || source.length) articles.push({ id, status: "changed", ...paired, source });
  }
  const sum = (f: (a: ArticleDiff) => number) => articles.reduce((s, a) => s + f(a), 0);
  return {
    old: options.oldName ?? "old",
    new: options.newName ?? "new",
    articles,
    summary: {
      added: sum((a) => a.added.length),
      removed: sum((a) => a.removed.length),
      changed: sum((a) => a.changed.length),
      articlesChanged: articles.length,
      articles: ids.length,
      facts,
    },
  };
}

const show = (v: unknown) => {
  if (v === undefined) return "(none)";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
};
const quoteOf = (f: Fact) => (isObj(f.evidence) && typeof f.evidence.quote === "string" ? `  ${show(f.evidence.quote)}` : "");
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/** The report as text, grouped per article with +/-/~ markers, and a summary line. */
export function formatDiffText(d: DiffReport, options: { color?: boolean } = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const a of d.articles) {
    const where = a.status === "added" ? ` (only in ${d.new})` : a.status === "removed" ? ` (only in ${d.old})` : "";
    lines.push(c.bold(`${a.id}${where}`));
    if (a.status !== "changed" && !a.added.length && !a.removed.length) lines.push(c.dim("  (no facts)"));
    for (const s of a.source) lines.push(c.yellow(`  ~ ${s.field}: ${show(s.old)} → ${show(s.new)}`));
    for (const f of a.removed) lines.push(c.red(`  - ${factLabel(f)}${quoteOf(f)}`));
    for (const f of a.added) lines.push(c.green(`  + ${factLabel(f)}${quoteOf(f)}`));
    for (const ch of a.changed) {
      lines.push(c.yellow(`  ~ ${ch.label}${quoteOf(ch.new)}`));
      for (const x of ch.changes) lines.push(`      ${x.field}: ${c.red(show(x.old))} → ${c.green(show(x.new))}`);
    }
    lines.push("");
  }
  const s = d.summary;
  if (!d.articles.length) lines.push(c.green(`✔ no differences (${plural(s.articles, "article")}, ${plural(s.facts, "fact")})`));
  else {
    const src = d.articles.filter((a) => a.source.length).length;
    const parts = [`${plural(s.added, "fact")} added`, `${s.removed} removed`, `${s.changed} changed`];
    if (src) parts.push(`${plural(src, "source")} changed`);
    lines.push(c.bold(`✖ ${s.articlesChanged} of ${plural(s.articles, "article")} differ: ${parts.join(", ")}`));
  }
  return `${lines.join("\n")}\n`;
}

async function read(path: string): Promise<unknown[]> {
  try {
    return await loadFactsFile(path);
  } catch (err) {
    if (err instanceof FactsFileError) throw new VnfactsError(err.message, 2);
    throw err;
  }
}

interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

export async function runDiff(
  oldFile: string,
  newFile: string,
  opts: { format?: string; exitCode?: boolean; ignore?: string | string[] } & Record<string, unknown>,
  io: Io = process,
): Promise<number> {
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`unknown format '${format}' (use text or json)`);
  const ignore = (Array.isArray(opts.ignore) ? opts.ignore : String(opts.ignore ?? "").split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  const [a, b] = [await read(oldFile), await read(newFile)];
  const report = diffRecords(a, b, { ignore, oldName: oldFile, newName: newFile });
  const env = io.env ?? process.env;
  const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" ? true : Boolean(io.stdout.isTTY) && env.NO_COLOR === undefined;
  io.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatDiffText(report, { color }));
  return opts.exitCode && report.articles.length ? 1 : 0;
}
