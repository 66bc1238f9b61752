// `vnfacts extract`: inputs → records, written in input order as they finish.
// stdout carries records only; every message goes to stderr, so `| jq` always works.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { Writable } from "node:stream";
import { UsageError } from "../errors.js";
import { FACT_TYPES, type FactType } from "../schema/records.js";
import { readInputs, type Input } from "../io/inputs.js";
import type { ArticleOptions, Extracted } from "../io/extract-one.js";
import { EXTENSION, formatItem, formatOne, listWriter, type RecordFormat } from "../format/records.js";
import { loadConfig } from "../config-file.js";
import { FATAL_WARNING_CODES } from "../io/decode.js";
import { createExecutor } from "../parallel/executor.js";
import { createProgress } from "../progress.js";

export interface ExtractCliOptions {
  format: RecordFormat;
  out?: string;
  referenceDate?: string;
  config?: string;
  types?: string;
  sentences: boolean;
  jobs?: string;
  shard?: string;
  quiet?: boolean;
}

function parseReferenceDate(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new UsageError(`--reference-date must be a real date as YYYY-MM-DD, got "${s}"`);
  }
  return s;
}

function parseTypes(s: string | undefined): FactType[] | undefined {
  if (!s) return undefined;
  const list = s.split(",").map((t) => t.trim()).filter(Boolean);
  for (const t of list) {
    if (!(FACT_TYPES as readonly string[]).includes(t)) throw new UsageError(`unknown fact type "${t}" in --types (one of ${FACT_TYPES.join(", ")})`);
  }
  return list as FactType[];
}

function parseJobs(s: string | undefined, cores: number): number {
  if (s === undefined) return cores;
  if (!/^\d+$/.test(s) || Number(s) < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, got "${s}"`);
  return Number(s);
}

export function parseShard(s: string | undefined): { k: number; n: number } | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(s);
  if (!m || +m[2]! < 1 || +m[1]! < 1 || +m[1]! > +m[2]!) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N, got "${s}"`);
  return { k: +m[1]!, n: +m[2]! };
}

export interface ExtractIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cores: number;
}

const defaultIo = async (): Promise<ExtractIo> => {
  const { availableParallelism } = await import("node:os");
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cores: availableParallelism() };
};

/** Writes a chunk, waiting for the stream to drain when its buffer is full. */
function write(stream: Writable, chunk: string): Promise<void> | void {
  if (!chunk) return;
  if (!stream.write(chunk)) return new Promise((res) => stream.once("drain", res));
}

export async function runExtract(inputs: string[], opts: ExtractCliOptions, io?: ExtractIo): Promise<number> {
  const env = io ?? (await defaultIo());
  const referenceDate = parseReferenceDate(opts.referenceDate);
  const types = parseTypes(opts.types);
  const jobs = parseJobs(opts.jobs, env.cores);
  const shard = parseShard(opts.shard);
  if (inputs.length === 0) {
    if (env.stdin.isTTY) throw new UsageError("no input: give files or folders, or - to read stdin");
    inputs = ["-"];
  }
  if (inputs.filter((p) => p === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const configPath = opts.config ?? (existsSync("vnfacts.config.yaml") ? "vnfacts.config.yaml" : undefined);
  const gazetteer = configPath ? await loadConfig(configPath) : undefined;

  const articleOptions: ArticleOptions = { referenceDate, types, gazetteer, sentences: opts.sentences };
  const quiet = Boolean(opts.quiet);
  const progress = createProgress(env.stderr, { quiet });
  const executor = await createExecutor(jobs, articleOptions, { format: opts.format, one: Boolean(opts.out) });

  let outDir: string | undefined;
  let out: { writeRecord(e: Extracted): Promise<void>; finish(): Promise<void> };
  if (opts.out) {
    outDir = opts.out;
    await mkdir(outDir, { recursive: true });
    const { safeOutputName, resolveInside } = await import("../io/safe-path.js");
    const { writeFileAtomic, installInterruptCleanup, removeStaleTempFiles } = await import("../io/atomic.js");
    installInterruptCleanup();
    removeStaleTempFiles(outDir);
    const taken = new Set<string>();
    out = {
      async writeRecord(e) {
        const name = safeOutputName(e.record.source.id, EXTENSION[opts.format], taken);
        await writeFileAtomic(resolveInside(outDir!, name), e.text ?? formatOne(e.record, opts.format));
      },
      async finish() {},
    };
  } else {
    const list = listWriter(opts.format);
    let count = 0;
    await write(env.stdout, list.open);
    out = {
      async writeRecord(e) {
        await write(env.stdout, list.separator(count++) + (e.text ?? formatItem(e.record, opts.format)));
      },
      async finish() {
        await write(env.stdout, list.close(count));
      },
    };
  }

  let failed = 0;
  const report = (e: Extracted) => {
    const where = e.record.source.path === "-" ? "stdin" : e.record.source.path;
    for (const w of e.record.warnings ?? []) {
      const fatal = FATAL_WARNING_CODES.has(w.code);
      if (quiet && !fatal) continue;
      progress.message(`vnfacts: ${where}${e.record.source.id !== undefined && where.endsWith(".jsonl") ? ` [${e.record.source.id}]` : ""}: ${fatal ? "error" : "warning"}: ${w.message} (${w.code})`);
    }
  };

  try {
    const stream: AsyncIterable<Input> = readInputs(inputs, { shard, stdin: env.stdin as never });
    for await (const e of executor.map(stream)) {
      if (e.failed) failed++;
      report(e);
      progress.tick(e.record.warnings?.length ? 1 : 0);
      await out.writeRecord(e);
    }
    await out.finish();
  } finally {
    await executor.close();
    progress.done();
  }
  if (failed > 0 && !quiet) progress.message(`vnfacts: ${failed} input${failed === 1 ? "" : "s"} could not be processed`);
  return failed > 0 ? 1 : 0;
}
