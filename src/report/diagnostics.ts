// Reporters for diagnostics (`vnfacts validate`): pure functions from files with messages to
// text, in the vfile-reporter manner; chosen by name.
//
//   text    grouped per file, `file:line:col  error  message  rule-id`, then a summary line
//   json    [{ file, messages: [{ line, column, endLine, endColumn, severity, ruleId, message }] }]
//   github  GitHub Actions workflow commands, one per message: `::error file=…,line=…::message`
import { Chalk } from "chalk";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";

export interface ReportOptions {
  /** Colour the text reporter (the CLI turns it on for a TTY without NO_COLOR). */
  color?: boolean;
}

export type Reporter = (files: VFile[], options?: ReportOptions) => string;

const severityOf = (m: VFileMessage): "error" | "warning" | "info" => (m.fatal === true ? "error" : m.fatal === false ? "warning" : "info");

/** Messages of a file in reading order; messages without a place first. */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export interface Counts {
  errors: number;
  warnings: number;
  /** Files with at least one message. */
  filesWithProblems: number;
  files: number;
}

export function count(files: VFile[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, filesWithProblems: 0, files: files.length };
  for (const f of files) {
    if (f.messages.length) c.filesWithProblems++;
    for (const m of f.messages) {
      if (m.fatal === true) c.errors++;
      else c.warnings++;
    }
  }
  return c;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "✖ 3 problems in 1 file", "✖ 4 problems (3 errors, 1 warning) in 2 files", "✔ 2 files valid". */
export function summary(c: Counts): string {
  const problems = c.errors + c.warnings;
  if (c.errors === 0) {
    const valid = `✔ ${plural(c.files, "file")} valid`;
    return c.warnings ? `${valid} (${plural(c.warnings, "warning")} in ${plural(c.filesWithProblems, "file")})` : valid;
  }
  const split = c.warnings ? ` (${plural(c.errors, "error")}, ${plural(c.warnings, "warning")})` : "";
  return `✖ ${plural(problems, "problem")}${split} in ${plural(c.filesWithProblems, "file")}`;
}

const text: Reporter = (files, options = {}) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[] = [];
  for (const file of files) {
    const msgs = sortedMessages(file);
    if (!msgs.length) continue;
    const rows = msgs.map((m) => ({
      where: m.line ? `${file.path}:${m.line}:${m.column}` : file.path,
      sev: severityOf(m),
      reason: m.reason,
      rule: m.ruleId ?? "",
    }));
    const w = Math.max(...rows.map((r) => r.where.length));
    const sw = Math.max(...rows.map((r) => r.sev.length));
    blocks.push(
      rows
        .map((r) => {
          const sev = r.sev.padEnd(sw);
          const colored = r.sev === "error" ? chalk.red(sev) : chalk.yellow(sev);
          return `${chalk.dim(r.where.padEnd(w))}  ${colored}  ${r.reason}  ${chalk.dim(r.rule)}`.trimEnd();
        })
        .join("\n"),
    );
  }
  const c = count(files);
  const s = summary(c);
  const line = c.errors ? chalk.red.bold(s) : c.warnings ? chalk.yellow.bold(s) : chalk.green.bold(s);
  return `${blocks.length ? `${blocks.join("\n\n")}\n\n` : ""}${line}\n`;
};

const json: Reporter = (files) =>
  `${JSON.stringify(
    files.map((file) => ({
      file: file.path,
      messages: sortedMessages(file).map((m) => ({
        line: m.place && "start" in m.place ? m.place.start.line : (m.line ?? null),
        column: m.place && "start" in m.place ? m.place.start.column : (m.column ?? null),
        endLine: m.place && "end" in m.place ? m.place.end.line : null,
        endColumn: m.place && "end" in m.place ? m.place.end.column : null,
        severity: severityOf(m),
        ruleId: m.ruleId ?? null,
        message: m.reason,
      })),
    })),
    null,
    2,
  )}\n`;

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const github: Reporter = (files) => {
  const out: string[] = [];
  for (const file of files) {
    for (const m of sortedMessages(file)) {
      const props = [`file=${escapeProperty(file.path)}`];
      if (m.place && "start" in m.place) {
        props.push(`line=${m.place.start.line}`, `col=${m.place.start.column}`, `endLine=${m.place.end.line}`, `endColumn=${m.place.end.column}`);
      } else if (m.line) props.push(`line=${m.line}`, `col=${m.column ?? 1}`);
      props.push(`title=${escapeProperty(`vnfacts ${m.ruleId ?? "problem"}`)}`);
      const cmd = severityOf(m) === "error" ? "error" : severityOf(m) === "warning" ? "warning" : "notice";
      out.push(`::${cmd} ${props.join(",")}::${escapeData(m.reason)}`);
    }
  }
  return out.length ? `${out.join("\n")}\n` : "";
};

export const reporters: Record<string, Reporter> = { text, json, github };
