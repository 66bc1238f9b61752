// The checks `vnfacts validate` makes on one article record of a facts file, as data: each
// problem has a rule id, a reason in plain words and the path of the node it is about (the
// loader turns the path into a line and column). No I/O: the article texts that the
// source checks need are passed in.
//
// 1. schema: zod's issues on the curated contract, said the way a person writes them
//    ("fact 3: unknown key 'vaule' (did you mean 'value'?)", "'value' must be a number, got string \"16\"").
// 2. meaning: real calendar dates, ordered intervals, min ≤ max, existing country codes,
//    well-formed document symbols, evidence offsets, one fact per key, unique ids.
// 3. sources: every quote is in its article (at its offsets when given); sha256 still matches.
import { z } from "zod";
import { CuratedArticleRecord, FACT_TYPES, SCHEMA_ID, curatedFactSchemaByType } from "../schema/records.js";
import { fold, factKey } from "./keys.js";
import type { Part, Path } from "./load.js";

export type Severity = "error" | "warning";

export interface PathIssue {
  ruleId: string;
  reason: string;
  /** The node the problem is about, relative to the record. */
  path: Path;
  part?: Part;
  severity?: Severity;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------------
// Words

/** How a value is shown in a message: `string "16"`, `number 16`, `a list` … */
export function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `string ${quoteShort(v)}`;
  return `${typeof v} ${String(v)}`;
}

/** A string in double quotes, cut to `max` characters. */
export function quoteShort(s: string, max = 60): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(cut);
}

const keyShown = (k: string) => (k.length > 40 ? `'${k.slice(0, 40)}…' (${k.length} characters)` : `'${k}'`);

/** Edit distance counting a swap of two neighbouring letters as one edit ("vaule" → "value"). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `options` to `word`, when it is close enough to be a typo. */
export function didYouMean(word: string, options: readonly string[]): string | undefined {
  if (word.length > 40) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = o.toLowerCase() === w ? 0 : distance(w, o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.min(w.length, best?.length ?? 0) / 3));
  return best !== undefined && bestD <= allowed ? best : undefined;
}

/** "fact 3", "source", "warning 2" … for the start of a message. */
export function subject(path: Path): string {
  if (path[0] === "facts" && typeof path[1] === "number") return `fact ${path[1] + 1}`;
  if (path[0] === "warnings" && typeof path[1] === "number") return `warning ${path[1] + 1}`;
  if (path[0] === "source" && path.length > 1) return "source";
  return "";
}

const withSubject = (path: Path, reason: string) => {
  const s = subject(path);
  return s ? `${s}: ${reason}` : reason;
};

/** The name of the field at the end of a path: 'value', 'mentions' item 2 … */
function fieldName(path: Path): string {
  const last = path[path.length - 1];
  if (typeof last === "number") {
    const parent = path[path.length - 2];
    return parent === undefined ? `record ${last + 1}` : `'${String(parent)}' item ${last + 1}`;
  }
  return last === undefined ? "the record" : `'${last}'`;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// 1. Schema

/** The zod schema of the object at `path` in `record` (facts resolved by their type). */
function schemaAt(record: unknown, path: Path): z.ZodType | undefined {
  let s: z.ZodType | undefined = CuratedArticleRecord;
  let v: unknown = record;
  for (const seg of path) {
    s = unwrap(s, v);
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[seg as string];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
    v = isObj(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[seg] : undefined;
  }
  return unwrap(s, v);
}

function unwrap(s: z.ZodType | undefined, v: unknown): z.ZodType | undefined {
  for (let k = 0; k < 5 && s; k++) {
    if (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodDiscriminatedUnion) {
      const type = isObj(v) ? v.type : undefined;
      s = (s.options as z.ZodType[]).find((o) => o instanceof z.ZodObject && (o.shape as Obj).type instanceof z.ZodLiteral && ((o.shape as Obj).type as z.ZodLiteral).value === type);
    } else return s;
  }
  return s;
}

const KEYS_BY_TYPE: Record<string, string[]> = Object.fromEntries(FACT_TYPES.map((t) => [t, Object.keys(curatedFactSchemaByType[t].shape)]));

const MAX_UNKNOWN_KEYS = 10;

interface KeyContext {
  allowed: string[];
  missing: string[];
  /** For a fact: its type. */
  factType?: string;
}

function keyContext(record: unknown, objPath: Path): KeyContext {
  const schema = schemaAt(record, objPath);
  const allowed = schema instanceof z.ZodObject ? Object.keys(schema.shape as Obj) : [];
  const obj = valueAt(record, objPath);
  const missing = isObj(obj) ? allowed.filter((k) => !Object.hasOwn(obj, k)) : allowed;
  const factType = objPath[0] === "facts" && objPath.length === 2 && isObj(obj) && typeof obj.type === "string" ? obj.type : undefined;
  return { allowed, missing, factType };
}

function unknownKeyReason(ctx: KeyContext, key: string): string {
  let hint = "";
  const guess = didYouMean(key, ctx.missing);
  if (guess) hint = ` (did you mean '${guess}'?)`;
  else if (ctx.factType) {
    const owners = FACT_TYPES.filter((t) => t !== ctx.factType && KEYS_BY_TYPE[t]!.includes(key));
    if (owners.length) hint = ` (a ${ctx.factType} has no '${key}'; ${owners.join(" and ")} facts do)`;
    else hint = ` (a ${ctx.factType} fact has ${ctx.allowed.filter((k) => k !== "type").join(", ")})`;
  } else if (ctx.allowed.length) hint = ` (expected ${ctx.allowed.join(", ")})`;
  return `unknown key ${keyShown(key)}${hint}`;
}

const EXPECTED: Record<string, string> = {
  number: "a number",
  string: "a string",
  object: "an object",
  array: "a list",
  int: "a whole number",
  boolean: "true or false",
};

const FORMAT_WORDS: Record<string, string> = {
  sha256: "64 lowercase hexadecimal digits (the SHA-256 of the article file's bytes)",
};

/** Zod's issues on one record, in words. */
export function schemaIssues(record: unknown): PathIssue[] {
  if (!isObj(record)) {
    return [{ ruleId: "wrong-type", reason: `an article record must be an object with schema, source and facts, got ${describe(record)}`, path: [] }];
  }
  const r = CuratedArticleRecord.safeParse(record);
  if (r.success) return [];
  const out: PathIssue[] = [];
  for (const issue of r.error.issues) {
    const path = issue.path as Array<string | number>;
    const v = valueAt(record, path);
    const name = fieldName(path);
    switch (issue.code) {
      case "unrecognized_keys": {
        // a few words each for the first ones; a hostile file may have thousands
        const shown = issue.keys.slice(0, MAX_UNKNOWN_KEYS);
        const context = keyContext(record, path);
        for (const k of shown) out.push({ ruleId: "unknown-key", reason: withSubject(path, unknownKeyReason(context, k)), path: [...path, k], part: "key" });
        if (issue.keys.length > shown.length) {
          const more = issue.keys.length - shown.length;
          out.push({ ruleId: "unknown-key", reason: withSubject(path, `and ${more} more unknown key${more === 1 ? "" : "s"}`), path, part: "head" });
        }
        break;
      }
      case "invalid_union": {
        const disc = (issue as { discriminator?: string }).discriminator;
        if (disc === "type" || path[path.length - 1] === "type") {
          const types = FACT_TYPES.join(", ");
          if (v === undefined) out.push({ ruleId: "missing-field", reason: withSubject(path, `missing field 'type' (one of ${types})`), path, part: "head" });
          else {
            const guess = typeof v === "string" ? didYouMean(v, FACT_TYPES) : undefined;
            out.push({
              ruleId: "unknown-fact-type",
              reason: withSubject(path, `unknown fact type ${typeof v === "string" ? keyShown(v) : describe(v)}${guess ? ` (did you mean '${guess}'?)` : ""}; the types are ${types}`),
              path,
            });
          }
        } else out.push({ ruleId: "wrong-type", reason: withSubject(path, `${name}: ${issue.message}`), path });
        break;
      }
      case "invalid_type": {
        if (v === undefined) {
          out.push({ ruleId: "missing-field", reason: withSubject(path, `missing field ${name}`), path, part: "head" });
          break;
        }
        const exp = EXPECTED[issue.expected] ?? issue.expected;
        let hint = "";
        if (issue.expected === "number" && typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) hint = ` (write ${v.trim()} without quotes)`;
        if (issue.expected === "string" && (typeof v === "number" || typeof v === "boolean")) hint = ` (put it in quotes)`;
        out.push({ ruleId: "wrong-type", reason: withSubject(path, `${name} must be ${exp}, got ${describe(v)}${hint}`), path });
        break;
      }
      case "invalid_value": {
        if (v === undefined) {
          out.push({ ruleId: "missing-field", reason: withSubject(path, `missing field ${name}${path.length === 1 && path[0] === "schema" ? ` (write schema: ${SCHEMA_ID})` : ""}`), path, part: "head" });
          break;
        }
        const values = issue.values.map(String);
        if (values.length === 1) {
          out.push({ ruleId: "invalid-value", reason: withSubject(path, `${name} must be ${JSON.stringify(values[0])}, got ${describe(v)}`), path });
        } else {
          const guess = typeof v === "string" ? didYouMean(v, values) : undefined;
          out.push({
            ruleId: "invalid-value",
            reason: withSubject(path, `${name} must be one of ${values.join(", ")}, got ${describe(v)}${guess ? ` (did you mean '${guess}'?)` : ""}`),
            path,
          });
        }
        break;
      }
      case "invalid_format": {
        const last = String(path[path.length - 1]);
        const words = FORMAT_WORDS[last] ?? (issue.message.startsWith("Invalid") ? `match ${(issue as { pattern?: string }).pattern ?? issue.format}` : issue.message.replace(/^must be /, ""));
        out.push({ ruleId: "invalid-value", reason: withSubject(path, `${name} must be ${words}, got ${describe(v)}`), path });
        break;
      }
      case "too_small": {
        const min = Number(issue.minimum);
        const reason = issue.origin === "string" ? `${name} must not be empty` : issue.origin === "array" ? `${name} must have at least ${min} items` : `${name} must be at least ${min}, got ${describe(v)}`;
        out.push({ ruleId: "invalid-value", reason: withSubject(path, reason), path });
        break;
      }
      case "too_big":
        out.push({ ruleId: "invalid-value", reason: withSubject(path, `${name} must be at most ${String(issue.maximum)}, got ${describe(v)}`), path });
        break;
      default:
        out.push({ ruleId: "invalid-value", reason: withSubject(path, `${name}: ${issue.message}`), path });
    }
  }
  // "unknown key 'vaule' (did you mean 'value'?)" already says that 'value' is missing.
  const suggested = new Set(out.filter((i) => i.ruleId === "unknown-key").map((i) => `${JSON.stringify(i.path.slice(0, -1))}|${/did you mean '([^']+)'/.exec(i.reason)?.[1]}`));
  return out.filter((i) => !(i.ruleId === "missing-field" && suggested.has(`${JSON.stringify(i.path.slice(0, -1))}|${String(i.path[i.path.length - 1])}`)));
}

// ---------------------------------------------------------------------------------------------
// 2. Meaning

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
const ISO_COUNTRIES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
    "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
    "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

let regionNames: Intl.DisplayNames | undefined;
function regionName(code: string): string | undefined {
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    const n = regionNames.of(code);
    return n && n !== code ? n : undefined;
  } catch {
    return undefined;
  }
}

function countryReason(code: string): string {
  const name = regionName(code);
  let hint = "";
  if (name) {
    const iso = [...ISO_COUNTRIES].find((c) => regionName(c) === name);
    hint = iso ? ` (${name} is ${iso})` : ` (${name} has no ISO 3166-1 code: leave 'country' out)`;
  }
  return `'country' ${JSON.stringify(code)} is not an ISO 3166-1 alpha-2 country code${hint}`;
}

interface Day {
  y: number;
  m: number;
  d: number;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** An ISO date, month or year: its first and last day, or why it is not a real date. */
function calendar(s: string): { first: Day; last: Day } | { error: string } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return { error: `${s} is not an ISO date` };
  const y = Number(m[1]);
  if (m[2] === undefined) return { first: { y, m: 1, d: 1 }, last: { y, m: 12, d: 31 } };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return { error: `${s} is not a real date: there is no month ${mo}` };
  const dim = mo === 2 && leap(y) ? 29 : DAYS[mo - 1]!;
  if (m[3] === undefined) return { first: { y, m: mo, d: 1 }, last: { y, m: mo, d: dim } };
  const d = Number(m[3]);
  if (d < 1 || d > dim) return { error: `${s} is not a real date: ${MONTHS[mo - 1]} ${y} has ${dim} days` };
  return { first: { y, m: mo, d }, last: { y, m: mo, d } };
}
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const dayNum = (x: Day) => x.y * 10000 + x.m * 100 + x.d;

/** A date value or interval `a/b`: problems with it, or nothing. */
function dateProblem(value: string): { ruleId: string; reason: string } | undefined {
  const parts = value.split("/");
  if (parts.length > 2) return { ruleId: "invalid-date", reason: `${value} is not an ISO date or interval` };
  const cs = parts.map(calendar);
  for (const c of cs) if ("error" in c) return { ruleId: "invalid-date", reason: c.error };
  if (cs.length === 2) {
    const [a, b] = cs as Array<{ first: Day; last: Day }>;
    if (dayNum(a!.first) > dayNum(b!.last)) return { ruleId: "interval-order", reason: `${value} ends before it starts` };
  }
  return undefined;
}

const GRANULARITY_SHAPE: Record<string, { re: RegExp; words: string }> = {
  day: { re: /^\d{4}-\d{2}-\d{2}$/, words: "a date YYYY-MM-DD" },
  month: { re: /^\d{4}-\d{2}$/, words: "a month YYYY-MM" },
  year: { re: /^\d{4}$/, words: "a year YYYY" },
  quarter: { re: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, words: "an interval of dates" },
  half: { re: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, words: "an interval of dates" },
  span: { re: /^[\d-]+\/[\d-]+$/, words: "an interval start/end" },
};

/**
 * The three ways Vietnamese documents are numbered, and the partial references the gold
 * allows: Party documents "15-CT/TW", "57-KL/TW"; state documents "21/NQ-CP", "123/QĐ-TTg",
 * joint ones "06/2008/TTLT/BCA-VKSNDTC"; with a year "30/2020/NĐ-CP", "59/2020/QH14";
 * partial "62/2013", "20".
 */
const SYMBOL_PARTY = /^\d+[a-z]?-[A-ZĐ][A-Za-zĐđ0-9]*(?:\/[A-ZĐ][A-Za-zĐđ0-9]*)+$/u;
const SYMBOL_STATE = /^\d+[a-z]?(?:\/(?:19|20)\d{2})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*$/u;
const SYMBOL_PARTIAL = /^\d+[a-z]?(?:\/(?:19|20)\d{2})?$/u;

export function isDirectiveSymbol(n: string): boolean {
  const s = n.normalize("NFC");
  return SYMBOL_PARTY.test(s) || SYMBOL_STATE.test(s) || SYMBOL_PARTIAL.test(s);
}

/** How a fact is named in a message: "figure 16 FTA", "directive 15-CT/TW" … */
export function factLabel(f: Obj): string {
  const n = (x: unknown) => (typeof x === "number" ? String(x) : String(x ?? "?"));
  switch (f.type) {
    case "directive":
      return `directive ${f.number ?? f.name ?? "?"}`;
    case "figure":
      return `figure ${n(f.value)} ${f.unit ?? ""}`.trim();
    case "target":
      return `target ${f.min !== undefined || f.max !== undefined ? `${n(f.min)}–${n(f.max)}` : n(f.value)} ${f.unit ?? ""}`.trim();
    case "date":
      return `date ${f.value ?? "?"}`;
    default:
      return `${String(f.type)} ${f.name ?? "?"}`;
  }
}

/** A key that says two facts are the same; undefined when the fields it needs are missing. */
function usableKey(f: Obj): string | undefined {
  if (typeof f.type !== "string" || !(FACT_TYPES as readonly string[]).includes(f.type)) return undefined;
  const k = factKey(f as { type: string });
  if (k === null || k === "" || k.includes("?") || k === "name:") return undefined;
  return `${f.type}|${k}`;
}

/** Checks of meaning on one record (what zod cannot say). Tolerates records that fail the schema. */
export function semanticIssues(record: unknown): PathIssue[] {
  const out: PathIssue[] = [];
  if (!isObj(record)) return out;
  const source = record.source;
  if (isObj(source) && typeof source.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(source.date)) {
    const p = dateProblem(source.date);
    if (p) out.push({ ...p, reason: `source: 'date' ${p.reason}`, path: ["source", "date"] });
  }
  const facts = Array.isArray(record.facts) ? record.facts : [];
  const byKey = new Map<string, number>();
  const byId = new Map<string, number>();
  facts.forEach((f, i) => {
    if (!isObj(f)) return;
    const at = (...p: Array<string | number>): Path => ["facts", i, ...p];
    const say = (ruleId: string, path: Path, reason: string, severity?: Severity, part?: Part) =>
      out.push({ ruleId, reason: `fact ${i + 1}: ${reason}`, path, ...(severity ? { severity } : {}), ...(part ? { part } : {}) });

    // evidence offsets
    const ev = f.evidence;
    if (isObj(ev)) {
      const { start, end, quote } = ev;
      const hasS = typeof start === "number";
      const hasE = typeof end === "number";
      if (hasS !== hasE) say("evidence-offsets", at("evidence", hasS ? "start" : "end"), `evidence gives '${hasS ? "start" : "end"}' without '${hasS ? "end" : "start"}': give both or neither`);
      if (hasS && hasE) {
        if ((end as number) <= (start as number)) say("evidence-range", at("evidence", "end"), `evidence 'end' (${end}) must be greater than 'start' (${start})`);
        else if (typeof quote === "string" && quote.length !== (end as number) - (start as number))
          say("quote-length", at("evidence", "quote"), `'quote' is ${quote.length} characters long but end - start is ${(end as number) - (start as number)}`);
      }
    }
    if (Array.isArray(f.mentions)) {
      f.mentions.forEach((m, j) => {
        if (isObj(m) && typeof m.start === "number" && typeof m.end === "number" && m.end <= m.start)
          say("evidence-range", at("mentions", j, "end"), `mention ${j + 1}: 'end' (${m.end}) must be greater than 'start' (${m.start})`);
      });
    }

    // ids and keys: one fact per key, one id per fact
    if (typeof f.id === "string" && f.id) {
      const first = byId.get(f.id);
      if (first !== undefined) say("duplicate-id", at("id"), `id ${quoteShort(f.id)} is already the id of fact ${first + 1}`);
      else byId.set(f.id, i);
    }
    const key = usableKey(f);
    if (key) {
      const first = byKey.get(key);
      if (first !== undefined)
        say("duplicate-fact", at(), `the same ${factLabel(f)} as fact ${first + 1}: give each fact once and list its other places under 'mentions'`, undefined, "head");
      else byKey.set(key, i);
    }

    switch (f.type) {
      case "directive":
        if (typeof f.number === "string" && f.number && !isDirectiveSymbol(f.number))
          say("directive-number", at("number"), `'number' ${quoteShort(f.number)} is not a document symbol: write it as 15-CT/TW, 21/NQ-CP, 30/2020/NĐ-CP, or a partial 62/2013`);
        if (f.number === undefined && f.name === undefined) say("missing-field", at(), "a directive needs 'number' or, when the text gives none, 'name'", undefined, "head");
        if (typeof f.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(f.date)) {
          const p = dateProblem(f.date);
          if (p) say(p.ruleId, at("date"), `'date' ${p.reason}`);
        }
        break;
      case "date": {
        if (typeof f.value === "string") {
          const p = /^(\d{4}(-\d{2}(-\d{2})?)?)(\/\d{4}(-\d{2}(-\d{2})?)?)?$/.test(f.value) ? dateProblem(f.value) : undefined;
          if (p) say(p.ruleId, at("value"), `'value' ${p.reason}`);
          const shape = typeof f.granularity === "string" ? GRANULARITY_SHAPE[f.granularity] : undefined;
          if (!p && shape && !shape.re.test(f.value))
            say("granularity", at("granularity"), `granularity '${f.granularity}' expects ${shape.words}, but 'value' is ${JSON.stringify(f.value)}`, "warning");
        }
        break;
      }
      case "target": {
        const { min, max, value } = f;
        if (typeof min === "number" && typeof max === "number" && min > max) say("min-max", at("min"), `'min' (${min}) is greater than 'max' (${max})`);
        if (value === undefined && min === undefined && max === undefined) say("target-number", at(), "a target needs 'value', or 'min' and/or 'max'", undefined, "head");
        if (typeof f.period === "string" && /^[\d/-]+$/.test(f.period)) {
          const p = dateProblem(f.period);
          if (p) say(p.ruleId, at("period"), `'period' ${p.reason}`);
        }
        break;
      }
      case "partner":
        if (typeof f.country === "string" && /^[A-Z]{2}$/.test(f.country) && !ISO_COUNTRIES.has(f.country)) say("unknown-country", at("country"), countryReason(f.country));
        break;
    }
  });
  return out;
}

/** Keeps what must be unique across the records of one file. */
export class FileChecks {
  private readonly articles = new Map<string, number>();
  /** `line`: where the record starts, for the message about a second one. */
  record(record: unknown, line: number): PathIssue[] {
    const id = isObj(record) && isObj(record.source) && typeof record.source.id === "string" ? record.source.id : undefined;
    if (id === undefined) return [];
    const first = this.articles.get(id);
    if (first === undefined) {
      this.articles.set(id, line);
      return [];
    }
    return [{ ruleId: "duplicate-article", reason: `source: article ${quoteShort(id)} already has a record in this file (line ${first}): give each article one record`, path: ["source", "id"] }];
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Sources

export interface SourceArticle {
  /** The path as shown in messages. */
  shown: string;
  /** The decoded text, a leading BOM dropped: what evidence offsets index. */
  text: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** Cache for the near-match hint. */
  folded?: string;
  spaced?: string;
}

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

function nearMiss(article: SourceArticle, quote: string): string {
  article.spaced ??= squash(article.text);
  if (article.spaced.includes(squash(quote))) return " (it is there with other Unicode forms or spacing: copy it from the article)";
  article.folded ??= fold(article.text);
  const fq = fold(quote);
  if (fq && article.folded.includes(fq)) return " (it is there with other case, accents or tone-mark placement: copy it from the article)";
  return "";
}

/** Checks of a record against its article's text and bytes. */
export function sourceIssues(record: unknown, article: SourceArticle): PathIssue[] {
  const out: PathIssue[] = [];
  if (!isObj(record)) return out;
  const source = record.source;
  if (isObj(source) && typeof source.sha256 === "string" && /^[0-9a-f]{64}$/.test(source.sha256) && source.sha256 !== article.sha256) {
    out.push({
      ruleId: "source-changed",
      reason: `source changed since the facts were written: ${article.shown} has sha256 ${article.sha256.slice(0, 12)}…, the record says ${source.sha256.slice(0, 12)}…`,
      path: ["source", "sha256"],
    });
  }
  const text = article.text;
  const facts = Array.isArray(record.facts) ? record.facts : [];
  facts.forEach((f, i) => {
    if (!isObj(f) || !isObj(f.evidence)) return;
    const { quote, start, end } = f.evidence;
    if (typeof quote !== "string" || !quote) return;
    const path: Path = ["facts", i, "evidence", "quote"];
    if (Number.isInteger(start) && Number.isInteger(end) && (end as number) > (start as number)) {
      const s = start as number;
      const e = end as number;
      if (text.slice(s, e) === quote) return;
      const at = text.indexOf(quote);
      const there = e <= text.length ? `the text there is ${quoteShort(text.slice(s, e), 40)}` : `the article has only ${text.length} characters`;
      if (at >= 0)
        out.push({ ruleId: "quote-offsets", reason: `fact ${i + 1}: the quote is not at ${s}–${e} of ${article.shown} (${there}); it is at ${at}–${at + quote.length}`, path });
      else out.push({ ruleId: "quote-not-found", reason: `fact ${i + 1}: quote not found in ${article.shown}: ${quoteShort(quote)}${nearMiss(article, quote)}`, path });
    } else if (!text.includes(quote)) {
      out.push({ ruleId: "quote-not-found", reason: `fact ${i + 1}: quote not found in ${article.shown}: ${quoteShort(quote)}${nearMiss(article, quote)}`, path });
    }
    if (Array.isArray(f.mentions)) {
      f.mentions.forEach((m, j) => {
        if (isObj(m) && typeof m.end === "number" && m.end > text.length)
          out.push({ ruleId: "mention-range", reason: `fact ${i + 1}: mention ${j + 1} ends at ${m.end}, after the end of ${article.shown} (${text.length})`, path: ["facts", i, "mentions", j] });
      });
    }
  });
  return out;
}

