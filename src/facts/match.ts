// Scoring predicted facts against gold facts: the matching rules of ../shared/eval/GOLD.md,
// exactly as the reference scorer ../shared/eval/score.mjs applies them (a test compares the
// two on the dev set). Pure: the article texts needed for the evidence check come from a
// function the caller passes.
//
// Per article (paired by source.id) and per type, gold and predicted facts are sets of keys
// (`factKey`); a predicted name is first mapped onto a gold name through the gold's aliases
// and, for countries, ISO codes; a predicted directive with a partial number ("Nghị quyết 20")
// or a name contained in a gold name is mapped onto that gold directive. Attributes of matched
// pairs are scored apart; every predicted fact's evidence must be `text.slice(start, end)`.
import { basename, extname } from "node:path";
import { FACT_TYPES } from "../schema/records.js";
import { directiveNumberKey, factKey, fold } from "./keys.js";

type AnyFact = { type: string } & Record<string, unknown>;
type AnyRecord = { source?: { id?: unknown; path?: unknown }; facts?: unknown } & Record<string, unknown>;

export interface GoldEntry {
  id: string;
  record: AnyRecord;
  /** The file it came from (for finding the article beside it). */
  file: string;
}

export interface TypeScore {
  gold: number;
  pred: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AttributeScore {
  n: number;
  ok: number;
  wrong: string[];
  accuracy: number;
}

export interface EvalReport {
  articles: number;
  missingRecords: string[];
  types: Record<string, TypeScore>;
  micro: TypeScore;
  attributes: Record<string, AttributeScore>;
  attributeAccuracy: number;
  evidence: { facts: number; ok: number; rate: number; bad: string[] };
  details: Array<{ id: string; type: string; missed: string[]; spurious: string[] }>;
}

const TYPES = FACT_TYPES as readonly string[];
const ENTITY_TYPES = new Set(["partner", "person", "organization"]);

const num = (x: unknown): number | null => (x === undefined || x === null || x === "" ? null : Number(x));
const fmt = (x: number | null) => (x === null || Number.isNaN(x) ? "?" : String(Math.round(x * 1e6) / 1e6));
const keyOf = (f: AnyFact) => factKey(f);

/** The id a record is paired by: source.id, else the file name of source.path without extension. */
export function recordId(r: unknown): string {
  const src = (r as AnyRecord | null)?.source;
  if (src?.id) return String(src.id);
  const p = String(src?.path ?? "");
  return basename(p, extname(p));
}

function contains(a: unknown, b: unknown): boolean {
  const x = fold(a);
  const y = fold(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** Maps a predicted name onto a gold name through the gold's aliases (and, for countries, ISO codes). */
function canonicalNameKey(pred: AnyFact, golds: AnyFact[]): string {
  const k = fold(pred.name);
  for (const g of golds) {
    const names = [g.name, ...((g.aliases as unknown[] | undefined) ?? [])].map(fold);
    if (names.includes(k)) return fold(g.name);
  }
  if (pred.type === "partner" && pred.country) {
    for (const g of golds) {
      if (g.kind === "country" && pred.kind === "country" && g.country && g.country === pred.country) return fold(g.name);
    }
  }
  return k;
}

/** A partial number or a contained name maps a predicted directive onto a gold one. */
function directiveKey(pred: AnyFact, golds: AnyFact[]): string | null {
  const k = keyOf(pred);
  if (pred.number) {
    if (golds.some((g) => keyOf(g) === k)) return k;
    const head = (n: unknown) => directiveNumberKey(n).match(/^(\d+)(?:\/(\d{4}))?/);
    const p = head(pred.number);
    if (!p) return k;
    const hit = golds.find((g) => {
      const q = g.number ? head(g.number) : null;
      return q && q[1] === p[1] && (!p[2] || !q[2] || p[2] === q[2]) && fold(g.kind) === fold(pred.kind);
    });
    return hit ? keyOf(hit) : k;
  }
  if (!pred.name) return k;
  const name = fold(pred.name);
  const hits = golds.filter((g) => !g.number && g.name && fold(g.kind) === fold(pred.kind) && contains(g.name, pred.name));
  if (hits.length === 0) return k;
  hits.sort((a, b) => Math.abs(fold(a.name).length - name.length) - Math.abs(fold(b.name).length - name.length));
  return keyOf(hits[0]!);
}

type Attr = [name: string, gold: unknown, pred: unknown, equal: boolean];

/** The attributes the gold states on a matched pair, and whether the prediction has them right. */
function attributes(g: AnyFact, p: AnyFact): Attr[] {
  const out: Attr[] = [];
  const cmp = (name: string, gv: unknown, pv: unknown, eq: (x: unknown, y: unknown) => boolean = (x, y) => fold(x) === fold(y)) => {
    if (gv === undefined || gv === null || gv === "") return;
    out.push([name, gv, pv, pv !== undefined && pv !== null && eq(gv, pv)]);
  };
  const same = (x: unknown, y: unknown) => String(x) === String(y);
  switch (g.type) {
    case "directive":
      cmp("kind", g.kind, p.kind);
      cmp("issuer", g.issuer, p.issuer, contains);
      cmp("date", g.date, p.date, same);
      break;
    case "figure":
      cmp("kind", g.kind, p.kind);
      cmp("qualifier", g.qualifier, p.qualifier);
      cmp("counterpart", (g.counterpart as AnyFact | undefined)?.value, (p.counterpart as AnyFact | undefined)?.value, (x, y) => fmt(num(x)) === fmt(num(y)));
      break;
    case "target":
      cmp("year", g.year, p.year ?? (p.period ? Number(String(p.period).slice(0, 4)) : undefined), same);
      cmp("metric", g.metric, p.metric, contains);
      break;
    case "partner":
      cmp("kind", g.kind, p.kind);
      cmp("country", g.country, p.country, (x, y) => String(x).toUpperCase() === String(y).toUpperCase());
      cmp("relation", g.relation, p.relation, contains);
      break;
    case "person":
      cmp("title", g.title, p.title, contains);
      break;
  }
  return out;
}

/**
 * Scores `preds` against `gold`. `articleText(pred, id, goldFile)` gives the article a predicted
 * record's evidence offsets index (null when it cannot be found: its facts then fail the check).
 */
export function scoreFacts(
  gold: GoldEntry[],
  predRecords: unknown[],
  articleText: (pred: AnyRecord, id: string, goldFile: string) => string | null,
): EvalReport {
  // later records win, as in a Map built in order
  const goldById = new Map<string, GoldEntry>();
  for (const g of gold) goldById.set(g.id, g);
  const preds = new Map<string, AnyRecord>(predRecords.map((r) => [recordId(r), r as AnyRecord]));

  const perType = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, pred: 0, tp: 0 }])) as Record<string, { gold: number; pred: number; tp: number }>;
  const attr: Record<string, { n: number; ok: number; wrong: string[] }> = {};
  const integrity = { facts: 0, ok: 0, bad: [] as string[] };
  const details: EvalReport["details"] = [];
  const missingRecords: string[] = [];

  for (const [id, { record: g, file }] of goldById) {
    const p = preds.get(id);
    if (!p) missingRecords.push(id);
    const text = p ? articleText(p, id, file) : null;
    const gFacts = (Array.isArray(g.facts) ? g.facts : []) as AnyFact[];
    const pAll = (Array.isArray(p?.facts) ? p!.facts : []) as AnyFact[];
    const pFacts = pAll.filter((f) => TYPES.includes(f?.type));
    for (const f of pAll) {
      integrity.facts++;
      const e = f?.evidence as { quote?: unknown; start?: unknown; end?: unknown } | undefined;
      const ok =
        text !== null &&
        !!e &&
        Number.isInteger(e.start) &&
        Number.isInteger(e.end) &&
        typeof e.quote === "string" &&
        e.quote.length > 0 &&
        text.slice(e.start as number, e.end as number) === e.quote;
      if (ok) integrity.ok++;
      else if (integrity.bad.length < 20) integrity.bad.push(`${id}: ${f?.type} ${(JSON.stringify(e ?? null) ?? "null").slice(0, 120)}`);
    }
    for (const t of TYPES) {
      const gs = gFacts.filter((f) => f.type === t);
      const ps = pFacts.filter((f) => f.type === t);
      const gmap = new Map<string | null, AnyFact>();
      for (const f of gs) if (!gmap.has(keyOf(f))) gmap.set(keyOf(f), f);
      const pmap = new Map<string | null, AnyFact>();
      for (const f of ps) {
        const k = ENTITY_TYPES.has(t) ? canonicalNameKey(f, gs) : t === "directive" ? directiveKey(f, gs) : keyOf(f);
        if (!pmap.has(k)) pmap.set(k, f);
      }
      const s = perType[t]!;
      s.gold += gmap.size;
      s.pred += pmap.size;
      const missed: string[] = [];
      const spurious: string[] = [];
      for (const [k, gf] of gmap) {
        const pf = pmap.get(k);
        if (!pf) {
          missed.push(String(k));
          continue;
        }
        s.tp++;
        for (const [name, gv, pv, eq] of attributes(gf, pf)) {
          const a = (attr[`${t}.${name}`] ??= { n: 0, ok: 0, wrong: [] });
          a.n++;
          if (eq) a.ok++;
          else if (a.wrong.length < 8) a.wrong.push(`${id}: ${k}: gold ${JSON.stringify(gv)} got ${JSON.stringify(pv ?? null)}`);
        }
      }
      for (const k of pmap.keys()) if (!gmap.has(k)) spurious.push(String(k));
      if (missed.length || spurious.length) details.push({ id, type: t, missed, spurious });
    }
  }

  const prf = (s: { gold: number; pred: number; tp: number }): TypeScore => {
    const P = s.pred ? s.tp / s.pred : s.gold ? 0 : 1;
    const R = s.gold ? s.tp / s.gold : 1;
    const F = P + R ? (2 * P * R) / (P + R) : 0;
    return { ...s, precision: P, recall: R, f1: F };
  };
  const types = Object.fromEntries(TYPES.map((t) => [t, prf(perType[t]!)]));
  const all = prf(TYPES.reduce((a, t) => ({ gold: a.gold + perType[t]!.gold, pred: a.pred + perType[t]!.pred, tp: a.tp + perType[t]!.tp }), { gold: 0, pred: 0, tp: 0 }));
  const attributesOut = Object.fromEntries(Object.entries(attr).map(([k, v]) => [k, { ...v, accuracy: v.n ? v.ok / v.n : 1 }]));
  const attrTotal = Object.values(attr).reduce((a, v) => ({ n: a.n + v.n, ok: a.ok + v.ok }), { n: 0, ok: 0 });
  return {
    articles: goldById.size,
    missingRecords,
    types,
    micro: all,
    attributes: attributesOut,
    attributeAccuracy: attrTotal.n ? attrTotal.ok / attrTotal.n : 1,
    evidence: { facts: integrity.facts, ok: integrity.ok, rate: integrity.facts ? integrity.ok / integrity.facts : 1, bad: integrity.bad },
    details,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** The report as a table, line for line as score.mjs prints it. */
export function formatEvalTable(r: EvalReport, showDetails = false): string {
  const lines: string[] = [];
  lines.push(`articles: ${r.articles}${r.missingRecords.length ? `  (no record for: ${r.missingRecords.join(", ")})` : ""}`);
  lines.push("type          gold  pred    tp      P      R     F1");
  const row = (name: string, s: TypeScore) =>
    `${name.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${String(s.tp).padStart(5)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;
  for (const [t, s] of Object.entries(r.types)) lines.push(row(t, s));
  lines.push(row("all", r.micro));
  lines.push("");
  lines.push(`attributes of matched facts: ${pct(r.attributeAccuracy)}% right`);
  for (const [k, a] of Object.entries(r.attributes)) lines.push(`  ${k.padEnd(24)} ${a.ok}/${a.n}`);
  lines.push(`evidence quote === text.slice(start, end): ${r.evidence.ok}/${r.evidence.facts}`);
  if (showDetails) {
    for (const b of r.evidence.bad) lines.push(`  bad evidence  ${b}`);
    for (const a of Object.values(r.attributes)) for (const w of a.wrong) lines.push(`  wrong attribute  ${w}`);
    for (const d of r.details) {
      if (d.missed.length) lines.push(`  missed    ${d.id} ${d.type}: ${d.missed.join(" ; ")}`);
      if (d.spurious.length) lines.push(`  spurious  ${d.id} ${d.type}: ${d.spurious.join(" ; ")}`);
    }
  }
  lines.push(`micro F1 ${pct(r.micro.f1)}`);
  return lines.join("\n");
}
