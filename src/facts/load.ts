// Reads facts files (YAML, JSON, JSON Lines) into plain values, keeping for every record a way
// back to the line and column of any node in it, so that `validate` can say where a problem is.
//
// - YAML: a file whose top level is a block list (`- schema: …`) is read one entry at a time:
//   memory stays bounded and a syntax error in one article does not hide the problems of the
//   others. An entry in plain YAML is read by the fast reader of ./simple-yaml.ts; any other is
//   parsed with the `yaml` package's Document API, which is also what gives node positions
//   (asked lazily, only for records with problems). Other YAML (one record as a mapping, flow
//   style, anchors used across entries) is parsed as one document, under a smaller size limit.
// - JSON is checked by a small scanner first (exact error positions, nesting depth, duplicate
//   keys, where each top-level element starts), then parsed with JSON.parse; node positions
//   are looked up in the text only for the records that have problems.
// - JSON Lines is read line by line as a stream; line number = the line.
//
// Hostile input is refused before it can cost time or memory: a size limit, a nesting-depth
// scan before any YAML parsing, a limit on alias expansion (billion laughs) and no YAML tags
// beyond the core ones.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { extname } from "node:path";
import { Lexer, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from "yaml";
import { parseSimpleYaml } from "./simple-yaml.js";

export type FactsFormat = "yaml" | "json" | "jsonl";
export type Path = ReadonlyArray<string | number>;

export interface Point {
  line: number;
  column: number;
  offset: number;
}
export interface Place {
  start: Point;
  end: Point;
}

/** Which part of a node a diagnostic points at. `head`: the first entry of a mapping. */
export type Part = "key" | "value" | "head";

/** A problem found while reading, before any schema check. */
export interface LoadIssue {
  ruleId: string;
  reason: string;
  place?: Place;
  severity?: "error" | "warning";
}

export interface LoadedRecord {
  /** 0-based position of the record in the file. */
  index: number;
  /** The line where the record starts. */
  line: number;
  value: unknown;
  /** The place of the node at `path` inside this record (the closest existing ancestor when it is absent). */
  locate(path: Path, part?: Part): Place | undefined;
}

export type LoadItem = { kind: "record"; record: LoadedRecord } | { kind: "issue"; issue: LoadIssue };

export interface LoadLimits {
  /** Largest file read at all (bytes). */
  maxBytes: number;
  /** Largest YAML file parsed as one document (not entry by entry). */
  maxYamlDocumentBytes: number;
  /** Deepest nesting of lists and mappings; a facts file needs 6. */
  maxDepth: number;
  /** Largest number of alias expansions in a YAML document. */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: LoadLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxYamlDocumentBytes: 16 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
};

const FORMAT_BY_EXT: Record<string, FactsFormat> = { ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl" };

export const FACTS_EXTENSIONS = Object.keys(FORMAT_BY_EXT);

/** The format of a facts file from its name; sniffed from the text for other names. */
export function detectFormat(path: string, text?: string): FactsFormat {
  const byExt = FORMAT_BY_EXT[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const t = (text ?? "").replace(/^\uFEFF/, "").trimStart();
  if (t.startsWith("[")) return "json";
  if (t.startsWith("{")) return /\}\s*\r?\n\s*\{/.test(t) ? "jsonl" : "json";
  return "yaml";
}

// ---------------------------------------------------------------------------------------------
// Offsets → line and column

/** Maps UTF-16 offsets of a text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(
    text: string,
    private readonly firstLine = 1,
  ) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  point(offset: number): Point {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.firstLine, column: offset - s[lo]! + 1, offset };
  }
  place(start: number, end: number): Place {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON: a scanner for syntax errors with exact positions, depth and duplicate keys

export interface JsonScan {
  error?: { offset: number; end: number; reason: string };
  /** [start, end) of each element when the top level is an array. */
  elements?: Array<[number, number]>;
  /** Where the top-level value starts and ends. */
  root?: [number, number];
  duplicateKeys: Array<{ start: number; end: number; key: string; first: number }>;
  tooDeep?: { offset: number; depth: number };
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const show = (text: string, at: number) => {
  if (at >= text.length) return "the end of the input";
  const ch = text.codePointAt(at)!;
  if (ch < 0x20) return `a control character (U+${ch.toString(16).toUpperCase().padStart(4, "0")})`;
  const c = String.fromCodePoint(ch);
  return `'${c}'`;
};

/**
 * Checks that `text[from, to)` is one JSON value. Linear, iterative (no recursion), and it
 * stops at the first error, like JSON.parse, but says where in words of its own.
 */
export function scanJson(
  text: string,
  from = 0,
  to = text.length,
  maxDepth = DEFAULT_LIMITS.maxDepth,
  where: (offset: number) => string = (o) => `offset ${o}`,
): JsonScan {
  const out: JsonScan = { duplicateKeys: [] };
  // The stack of open containers: their kind, where they opened, and for objects the keys seen.
  const stack: Array<{ obj: boolean; open: number; keys?: Map<string, number> }> = [];
  let i = from;
  const fail = (offset: number, reason: string, end = offset + 1) => {
    out.error = { offset, end: Math.min(Math.max(end, offset), to), reason };
    return out;
  };
  const skipWs = () => {
    while (i < to && WS.has(text.charCodeAt(i))) i++;
  };
  /** Scans a string starting at the quote at i; returns false on error (out.error set). */
  const string = (): boolean => {
    const open = i;
    i++;
    for (;;) {
      if (i >= to) return !fail(open, "unterminated string: a closing '\"' is missing", to);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return !fail(i, "bad \\u escape: it needs four hexadecimal digits", i + 6);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return !fail(i, `bad escape '\\${e ?? ""}' in a string`, i + 2);
        continue;
      }
      if (c < 0x20) return !fail(i, c === 0x0a ? "line break inside a string (write \\n)" : `${show(text, i)} inside a string`);
      i++;
    }
  };
  const number = (): boolean => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const r = m.exec(text);
    const end = r ? i + r[0].length : i;
    if (!r || (end < to && !/[\s,\]}]/.test(text[end]!))) {
      let e = i + 1;
      while (e < to && e - i < 40 && !/[\s,\]}:]/.test(text[e]!)) e++;
      return !fail(i, `invalid number '${text.slice(i, e)}'`, e);
    }
    i = end;
    return true;
  };

  skipWs();
  if (i >= to) return fail(i, "empty input: expected a JSON value");
  const rootStart = i;
  // `expect`: what may come next. value: any value; afterValue: ',' or the closing bracket;
  // key: a property name (or '}' right after '{'); colon: ':'.
  let expect: "value" | "afterValue" | "key" | "colon" | "firstKey" | "firstValue" = "value";
  let elementStart = -1;
  /**
   * After a value closes: a finished element of a top-level array is noted; true when it was
   * the root value (then only white space may follow, which is skipped).
   */
  const valueEnded = (): boolean => {
    if (stack.length === 1 && !stack[0]!.obj && elementStart >= 0) {
      out.elements!.push([elementStart, i]);
      elementStart = -1;
    }
    expect = "afterValue";
    if (stack.length !== 0) return false;
    out.root = [rootStart, i];
    skipWs();
    return true;
  };
  for (;;) {
    skipWs();
    const top = stack[stack.length - 1];
    if (i >= to) {
      if (!top) break;
      return fail(to, `unexpected end of input: the ${top.obj ? "object" : "array"} opened at ${where(top.open)} is not closed (expected '${top.obj ? "}" : "]"}')`, to);
    }
    const c = text.charCodeAt(i);
    if (expect === "afterValue") {
      if (!top) return fail(i, `unexpected ${show(text, i)} after the end of the JSON value`);
      if (c === 0x2c) {
        i++;
        expect = top.obj ? "key" : "value";
        continue;
      }
      if ((top.obj && c === 0x7d) || (!top.obj && c === 0x5d)) {
        i++;
        stack.pop();
        if (valueEnded()) {
          if (i < to) return fail(i, `unexpected ${show(text, i)} after the end of the JSON value`);
          break;
        }
        continue;
      }
      return fail(i, `expected ',' or '${top.obj ? "}" : "]"}' after ${top.obj ? "a property value" : "an array element"}, found ${show(text, i)}${c === 0x22 || c === 0x7b || c === 0x5b ? " (a comma is missing)" : ""}`);
    }
    if (expect === "key" || expect === "firstKey") {
      if (c === 0x7d && expect === "firstKey") {
        expect = "afterValue";
        continue; // handled by afterValue branch on the next turn
      }
      if (c !== 0x22)
        return fail(
          i,
          c === 0x7d ? "expected a property name after ',' (JSON allows no trailing comma)" : `expected a double-quoted property name, found ${show(text, i)}`,
        );
      const ks = i;
      if (!string()) return out;
      const raw = text.slice(ks, i);
      const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const keys = top!.keys!;
      const first = keys.get(key);
      if (first !== undefined) out.duplicateKeys.push({ start: ks, end: i, key, first });
      else keys.set(key, ks);
      expect = "colon";
      continue;
    }
    if (expect === "colon") {
      if (c !== 0x3a) return fail(i, `expected ':' after a property name, found ${show(text, i)}`);
      i++;
      expect = "value";
      continue;
    }
    // a value
    if (c === 0x5d && expect === "firstValue") {
      expect = "afterValue";
      continue;
    }
    if (stack.length === 1 && !stack[0]!.obj) elementStart = i;
    if (c === 0x7b || c === 0x5b) {
      const obj = c === 0x7b;
      if (stack.length === 0 && !obj) out.elements = [];
      stack.push(obj ? { obj, open: i, keys: new Map() } : { obj, open: i });
      if (stack.length > maxDepth && !out.tooDeep) {
        out.tooDeep = { offset: i, depth: stack.length };
        return out;
      }
      i++;
      expect = obj ? "firstKey" : "firstValue";
      continue;
    }
    let ok: boolean;
    if (c === 0x22) ok = string();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) ok = number();
    else {
      const word = /[A-Za-z_]+/y;
      word.lastIndex = i;
      const w = word.exec(text)?.[0];
      if (w === "true" || w === "false" || w === "null") {
        i += w.length;
        ok = true;
      } else if (w) return fail(i, `unexpected word '${w.length > 30 ? `${w.slice(0, 30)}…` : w}': strings must be double-quoted`, i + w.length);
      else if (c === 0x5d || c === 0x7d)
        return fail(i, top && !top.obj && c === 0x5d ? "expected a value after ',' (JSON allows no trailing comma)" : `expected a value, found ${show(text, i)}`);
      else if (c === 0x27) return fail(i, "strings must be double-quoted, not single-quoted");
      else return fail(i, `expected a value, found ${show(text, i)}`);
    }
    if (!ok) return out;
    if (valueEnded()) {
      if (i < to) return fail(i, `unexpected ${show(text, i)} after the end of the JSON value`);
      break;
    }
  }
  return out;
}

/** Where a JSON value ends (the text is valid JSON). Iterative. */
function skipJsonValue(text: string, i: number): number {
  let depth = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i++;
      while (text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      i++;
    } else if (WS.has(c) || c === 0x2c || c === 0x3a) {
      if (depth === 0) return i;
      i++;
    } else {
      while (i < text.length && !WS.has(text.charCodeAt(i)) && !",]}".includes(text[i]!)) i++;
    }
    if (depth === 0) return i;
  }
}

interface Span {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  head?: [number, number];
}

/** The span of the node at `path` in the valid JSON value at `start`; the deepest existing ancestor if absent. */
export function locateJson(text: string, start: number, path: Path): { span: Span; found: boolean } {
  let span: Span = { start, end: skipJsonValue(text, start) };
  const ws = (i: number) => {
    while (WS.has(text.charCodeAt(i))) i++;
    return i;
  };
  const headOf = (s: Span) => {
    if (text.charCodeAt(s.start) !== 0x7b) return;
    const k = ws(s.start + 1);
    if (text.charCodeAt(k) !== 0x22) return;
    const ke = skipJsonValue(text, k);
    const v = ws(ws(ke) + 1);
    s.head = [k, skipJsonValue(text, v)];
  };
  for (const seg of path) {
    const open = text.charCodeAt(span.start);
    let next: Span | undefined;
    if (open === 0x7b && typeof seg === "string") {
      let i = ws(span.start + 1);
      while (text.charCodeAt(i) === 0x22) {
        const ks = i;
        const ke = skipJsonValue(text, i);
        const raw = text.slice(ks, ke);
        const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const vs = ws(ws(ke) + 1);
        const ve = skipJsonValue(text, vs);
        if (key === seg) next = { start: vs, end: ve, keyStart: ks, keyEnd: ke }; // the last one wins, as in JSON.parse
        i = ws(ve);
        if (text.charCodeAt(i) === 0x2c) i = ws(i + 1);
      }
    } else if (open === 0x5b && typeof seg === "number") {
      let i = ws(span.start + 1);
      let n = 0;
      while (text.charCodeAt(i) !== 0x5d && i < text.length) {
        const ve = skipJsonValue(text, i);
        if (n === seg) {
          next = { start: i, end: ve };
          break;
        }
        n++;
        i = ws(ve);
        if (text.charCodeAt(i) === 0x2c) i = ws(i + 1);
      }
    }
    if (!next) {
      headOf(span);
      return { span, found: false };
    }
    span = next;
  }
  headOf(span);
  return { span, found: true };
}

// ---------------------------------------------------------------------------------------------
// YAML

const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * A cheap scan for how deeply a YAML text nests, before the parser sees it (the parser recurses
 * and deep input can exhaust the stack or memory). Counts block levels from indentation and
 * compact `- - x` entries, and flow levels from brackets that open a value; skips quoted
 * scalars and comments. It may overestimate for odd plain scalars, never underestimate.
 */
export function yamlNestingDepth(text: string, limit: number): { depth: number; offset: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // start of a line
    const lineStart = i;
    while (i < n && text.charCodeAt(i) === 0x20) i++;
    const indent = i - lineStart;
    const c0 = text.charCodeAt(i);
    if (i >= n) break;
    if (c0 === 0x0a || c0 === 0x0d || c0 === 0x23 /* # */) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1]! > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1]! < indent) indents.push(indent);
      // compact nested entries: "- - - x", "? ? x", "- key:" …
      let extra = 0;
      while ((text[i] === "-" || text[i] === "?") && (text[i + 1] === " " || text[i + 1] === "\t")) {
        extra++;
        if (indents.length + extra > limit) return { depth: indents.length + extra, offset: i };
        i += 2;
        while (text.charCodeAt(i) === 0x20) i++;
      }
      const depth = indents.length + extra;
      if (depth > limit) return { depth, offset: i };
      // Block levels implied by compact entries count toward later lines through their indentation.
    }
    // the rest of the line
    let valueStart = true; // a flow collection or a quote may start here
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        i++;
        break;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i++;
        continue;
      }
      if (c === 0x23 && (i === lineStart || /\s/.test(text[i - 1]!))) {
        const nl = text.indexOf("\n", i);
        i = nl === -1 ? n : nl + 1;
        break;
      }
      if (valueStart && (c === 0x22 || c === 0x27)) {
        // a quoted scalar: skip to its closing quote (it may span lines)
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (c === 0x22 && d === 0x5c) i += 2;
          else if (d === c) {
            if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i += 2;
            else break;
          } else i++;
        }
        i++;
        valueStart = false;
        continue;
      }
      if ((c === 0x5b || c === 0x7b) && (valueStart || flow > 0)) {
        flow++;
        const depth = indents.length + flow;
        if (depth > limit) return { depth, offset: i };
        i++;
        valueStart = true;
        continue;
      }
      if ((c === 0x5d || c === 0x7d) && flow > 0) {
        flow--;
        i++;
        valueStart = false;
        continue;
      }
      if (c === 0x2c && flow > 0) {
        i++;
        valueStart = true;
        continue;
      }
      if ((c === 0x3a || c === 0x2d || c === 0x3f) && /[\s]/.test(text[i + 1] ?? " ")) {
        i++;
        valueStart = true;
        continue;
      }
      if ((c === 0x26 || c === 0x2a || c === 0x21) && valueStart) {
        // anchor, alias or tag: a value may still follow it
        while (i < n && !/[\s,\[\]{}]/.test(text[i]!)) i++;
        continue;
      }
      i++;
      valueStart = false;
    }
  }
  return undefined;
}

/**
 * Where the entries of a top-level block list start, when the file can be read entry by entry:
 * its first content line is `- …` at column 0, it holds one document and no directives. A
 * line that starts with `- ` at column 0 always begins a new entry of such a list (even a
 * quoted scalar cannot continue there), so parsing each entry alone gives the same result as
 * parsing the whole, with one exception: anchors used across entries. Files with anchors are
 * parsed whole while they are small enough.
 */
function yamlEntryStarts(text: string, limits: LoadLimits): number[] | undefined {
  if (/^%/m.test(text)) return undefined;
  if (text.length <= limits.maxYamlDocumentBytes && /(?:^|[\s[{,])&[^\s,[\]{}]/.test(text)) return undefined;
  const content = /^(?!#|---[ \t]*(?:#.*)?\r?$|[ \t]*\r?$)/gm;
  const m = content.exec(text);
  if (!m || content.lastIndex > text.length) return undefined;
  const first = m.index;
  if (!/^-(?:[ \t\r\n]|$)/.test(text.slice(first, first + 2))) return undefined;
  // A later document marker means a stream of documents: parse whole.
  const marker = /^(?:---|\.\.\.)(?:\s|$)/gm;
  marker.lastIndex = first;
  if (marker.exec(text)) return undefined;
  const starts: number[] = [];
  const entry = /^-(?=[ \t\r\n]|$)/gm;
  entry.lastIndex = first;
  for (let e = entry.exec(text); e; e = entry.exec(text)) starts.push(e.index);
  return starts;
}

function yamlReason(message: string): string {
  // yaml's messages end with " at line L, column C:\n\n<context>"
  const cut = message.search(/ at line \d+, column \d+/);
  const r = (cut === -1 ? message : message.slice(0, cut)).trim();
  return r.charAt(0).toLowerCase() + r.slice(1);
}

/** Maps offsets of a parsed (sub-)document to places in the whole file. */
type PlaceOf = (start: number, end: number) => Place;

/** The node of a YAML document at a path; the deepest existing ancestor when absent. */
function yamlNodeAt(doc: Document.Parsed, root: unknown, path: Path): { node: YamlNode | null; key?: YamlNode; found: boolean } {
  const resolve = (n: unknown) => (isAlias(n) ? ((n.resolve(doc) as YamlNode | undefined) ?? (n as YamlNode)) : (n as YamlNode));
  let node = root as YamlNode | null;
  let key: YamlNode | undefined;
  for (const seg of path) {
    const cur = resolve(node);
    let next: { value: YamlNode | null; key?: YamlNode } | undefined;
    if (isMap(cur)) {
      for (const p of cur.items) {
        const k = isScalar(p.key) ? p.key.value : p.key;
        if (String(k) === String(seg)) next = { value: (p.value as YamlNode | null) ?? null, key: p.key as YamlNode };
      }
    } else if (isSeq(cur) && typeof seg === "number") {
      const v = cur.items[seg];
      if (v !== undefined) next = { value: (v as YamlNode | null) ?? null };
    }
    if (!next) return { node: cur, key, found: false };
    // `key:` with no value: point at the key
    node = next.value ?? (next.key as YamlNode);
    key = next.key;
  }
  return { node: resolve(node), key, found: true };
}

/** Where a tagged node's tag starts (the node's range starts after the tag and its space). */
function tagStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  let j = i;
  while (j >= 0 && !/[\s[{,]/.test(text[j]!)) j--;
  return text[j + 1] === "!" ? j + 1 : at;
}

function yamlLocator(doc: Document.Parsed, root: unknown, text: string, placeOf: PlaceOf) {
  return (path: Path, part: Part = "value"): Place | undefined => {
    const { node, key, found } = yamlNodeAt(doc, root, path);
    if (found && part === "key" && key?.range) return placeOf(key.range[0], key.range[1]);
    if (!node) return undefined;
    if ((part === "head" || !found) && isMap(node) && node.items.length) {
      const p = node.items[0]!;
      const ks = (p.key as YamlNode | null)?.range;
      const ve = (p.value as YamlNode | null)?.range ?? ks;
      if (ks && ve) return placeOf(ks[0], ve[1]);
    }
    if (!node.range) return undefined;
    let [s, e] = node.range;
    if (node.tag && !isMap(node) && !isSeq(node)) s = tagStart(text, s);
    e = contentEnd(node) ?? e;
    return placeOf(s, e);
  };
}

/** Where a node's content ends: a block collection ends at its last item, not after the comments and blank lines that follow. */
function contentEnd(node: unknown): number | undefined {
  for (let depth = 0; depth < 100; depth++) {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
      const last = node.items[node.items.length - 1] as unknown;
      node = isPair(last) ? (last.value ?? last.key) : last;
      continue;
    }
    return (node as YamlNode | null)?.range?.[1];
  }
  return undefined;
}

/**
 * Parses one YAML document: the whole file, or one entry of a top-level list (`entry`: the
 * document is then a list of one item, record number `firstRecord`).
 */
function* yamlDocument(text: string, placeOf: PlaceOf, limits: LoadLimits, entry: { record: number } | undefined): Generator<LoadItem> {
  // uniqueKeys is checked below, in linear time (yaml's own check is quadratic in the number of keys)
  const doc = parseDocument(text, { schema: "core", uniqueKeys: false, prettyErrors: false, strict: true });
  const problems: LoadIssue[] = [];
  const linesWithError = new Set<number>();
  for (const e of doc.errors) {
    // one syntax error per line: the ones after it are mostly its echoes
    const lineStart = text.lastIndexOf("\n", e.pos[0] - 1) + 1;
    if (linesWithError.has(lineStart)) continue;
    linesWithError.add(lineStart);
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
    if (indent.includes("\t")) {
      const tab = lineStart + indent.indexOf("\t");
      problems.push({ ruleId: "yaml-syntax", reason: "a tab is used for indentation: YAML needs spaces", place: placeOf(tab, tab + 1) });
      continue;
    }
    const reason = e.code === "KEY_OVER_1024_CHARS" ? "a key longer than 1024 characters" : yamlReason(e.message);
    // yaml finds a missing closing quote at the end of the input: point at the opening one.
    const open = e.code === "MISSING_CHAR" && /quote/.test(e.message) ? openQuoteBefore(text, e.pos[0]) : undefined;
    if (open !== undefined) {
      const eol = text.indexOf("\n", open);
      problems.push({ ruleId: "yaml-syntax", reason: `this ${text[open] === '"' ? "double" : "single"}-quoted string is never closed (a closing ${text[open]} is missing)`, place: placeOf(open, eol === -1 ? text.length : eol) });
    } else {
      // an error found at the start of a line is about what follows the indentation
      let [at, end] = e.pos;
      while ((text[at] === " " || text[at] === "\t") && at < text.length) at++;
      if (text[at] === "\n" || at >= text.length) at = e.pos[0];
      problems.push({ ruleId: "yaml-syntax", reason: friendlier(reason), place: placeOf(at, Math.max(at + 1, end)) });
    }
  }
  for (const w of doc.warnings) {
    if (w.code === "TAG_RESOLVE_FAILED") continue; // reported below with the other tags
    problems.push({ ruleId: "yaml-syntax", reason: yamlReason(w.message), place: placeOf(w.pos[0], w.pos[1]), severity: "warning" });
  }
  // Tags other than the core ones (!!js/function, !foo, !!binary, !!set …) are refused; keys must be unique.
  const refuseTag = (node: YamlNode) => {
    if (!node.tag || CORE_TAGS.has(node.tag) || !node.range) return;
    const shown = node.tag.startsWith("tag:yaml.org,2002:") ? `!!${node.tag.slice(18)}` : node.tag;
    const start = tagStart(text, node.range[0]);
    problems.push({
      ruleId: "yaml-tag",
      reason: `tag '${shown}' is not allowed in a facts file: only plain values, lists and mappings`,
      place: placeOf(start, Math.max(start + 1, node.range[0] - 1)),
    });
  };
  visit(doc, {
    Map(_, map) {
      refuseTag(map);
      const seen = new Map<string, YamlNode>();
      for (const pair of map.items) {
        const k = pair.key as YamlNode | null;
        if (!isScalar(k)) continue;
        const name = String(k.value);
        const first = seen.get(name);
        if (!first) {
          seen.set(name, k);
          continue;
        }
        if (!k.range || !first.range) continue;
        const at = placeOf(first.range[0], first.range[1]).start;
        const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
        problems.push({ ruleId: "duplicate-key", reason: `duplicate key '${shown}' (first at ${at.line}:${at.column}): each key may appear once in a mapping`, place: placeOf(k.range[0], k.range[1]) });
      }
    },
    Node(_, node) {
      refuseTag(node);
    },
  });
  for (const issue of problems) yield { kind: "issue", issue };
  if (problems.some((p) => p.severity !== "warning")) return;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (err) {
    let at: Place | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.range) at = placeOf(node.range[0], node.range[1]);
        return visit.BREAK;
      },
    });
    const why = err instanceof Error && !/alias/i.test(err.message) ? ` (${err.message})` : "";
    yield { kind: "issue", issue: { ruleId: "yaml-alias", reason: `too many alias expansions (over ${limits.maxAliasCount}): an alias bomb is refused${why}`, place: at } };
    return;
  }
  const root = doc.contents;
  if (entry) {
    const items = isSeq(root) ? root.items : [];
    for (let k = 0; k < items.length; k++) {
      const line = placeOf((items[k] as YamlNode | null)?.range?.[0] ?? 0, 0).start.line;
      yield { kind: "record", record: { index: entry.record + k, line, value: (value as unknown[])[k], locate: yamlLocator(doc, items[k], text, placeOf) } };
    }
    return;
  }
  if (value === null || value === undefined) {
    yield { kind: "issue", issue: { ruleId: "empty-file", reason: "the file holds no records", severity: "warning" } };
  } else if (Array.isArray(value) && isSeq(root)) {
    for (let k = 0; k < value.length; k++) {
      const line = placeOf((root.items[k] as YamlNode | null)?.range?.[0] ?? 0, 0).start.line;
      yield { kind: "record", record: { index: k, line, value: value[k], locate: yamlLocator(doc, root.items[k], text, placeOf) } };
    }
  } else if (isMap(root)) {
    yield { kind: "record", record: { index: 0, line: placeOf(root.range?.[0] ?? 0, 0).start.line, value, locate: yamlLocator(doc, root, text, placeOf) } };
  } else {
    const r = (root as YamlNode | null)?.range;
    yield {
      kind: "issue",
      issue: { ruleId: "not-a-list", reason: `expected a list of article records (or one record), got ${describeKind(value)}`, place: r ? placeOf(r[0], r[1]) : undefined },
    };
  }
}

/** Some of yaml's messages, in the words of someone who wrote the file. */
function friendlier(reason: string): string {
  if (/^sequence item without - indicator/.test(reason)) return "bad indentation: this line does not line up with the one above it (or its '- ' is missing)";
  return reason;
}

/** The start of the quoted scalar that is still open at `pos` (only called for a parse error). */
function openQuoteBefore(text: string, pos: number): number | undefined {
  let offset = 0;
  let found: number | undefined;
  for (const token of new Lexer().lex(text)) {
    // the lexer's control tokens (document, scalar and flow markers) take no room in the text
    if (token.length === 1 && token.charCodeAt(0) < 0x20 && token !== "\n" && token !== "\t" && token !== "\r") continue;
    if ((token[0] === '"' || token[0] === "'") && offset <= pos) found = offset;
    offset += token.length;
    if (offset > pos) break;
  }
  return found;
}

function describeKind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "a mapping" : `a ${typeof v}`;
}

const tooDeep = (limits: LoadLimits) => `nesting deeper than ${limits.maxDepth} levels (a facts file needs 6): the file is refused`;

function* parseYaml(text: string, limits: LoadLimits): Generator<LoadItem> {
  const index = new LineIndex(text);
  const deep = yamlNestingDepth(text, limits.maxDepth);
  if (deep) {
    yield { kind: "issue", issue: { ruleId: "too-deep", reason: tooDeep(limits), place: index.place(deep.offset, deep.offset + 1) } };
    return;
  }
  const starts = yamlEntryStarts(text, limits);
  if (!starts) {
    if (text.length > limits.maxYamlDocumentBytes) {
      const reason = `a YAML file over ${mb(limits.maxYamlDocumentBytes)} must be a top-level list of records ("- schema: …"), so that it can be read one entry at a time; or use JSON Lines`;
      yield { kind: "issue", issue: { ruleId: "too-large", reason } };
      return;
    }
    yield* yamlDocument(text, (s, e) => index.place(s, e), limits, undefined);
    return;
  }
  for (let k = 0; k < starts.length; k++) {
    const base = starts[k]!;
    const entryText = text.slice(base, starts[k + 1] ?? text.length);
    const placeOf: PlaceOf = (s, e) => index.place(base + s, base + e);
    // The plain subset most files are written in is read fast; the `yaml` parser reads the
    // rest, and is asked for node positions only when a record has a problem.
    const simple = parseSimpleYaml(entryText);
    if (simple && simple.value.length === 1) {
      let locator: ReturnType<typeof yamlLocator> | undefined;
      const locate = (path: Path, part?: Part) => {
        if (!locator) {
          const doc = parseDocument(entryText, { schema: "core", uniqueKeys: false, prettyErrors: false, strict: true });
          locator = yamlLocator(doc, isSeq(doc.contents) ? doc.contents.items[0] : doc.contents, entryText, placeOf);
        }
        return locator(path, part);
      };
      yield { kind: "record", record: { index: k, line: placeOf(0, 0).start.line, value: simple.value[0], locate } };
      continue;
    }
    yield* yamlDocument(entryText, placeOf, limits, { record: k });
  }
}

// ---------------------------------------------------------------------------------------------
// JSON and JSON Lines

function* parseJson(text: string, limits: LoadLimits, index: LineIndex, lineMode = false): Generator<LoadItem> {
  const scan = scanJson(text, 0, text.length, limits.maxDepth, (o) => {
    const p = index.point(o);
    return `${p.line}:${p.column}`;
  });
  if (scan.tooDeep) {
    yield { kind: "issue", issue: { ruleId: "too-deep", reason: tooDeep(limits), place: index.place(scan.tooDeep.offset, scan.tooDeep.offset + 1) } };
    return;
  }
  if (scan.error) {
    yield { kind: "issue", issue: { ruleId: "json-syntax", reason: scan.error.reason, place: index.place(scan.error.offset, scan.error.end) } };
    return;
  }
  for (const d of scan.duplicateKeys) {
    const k = d.key.length > 40 ? `${d.key.slice(0, 40)}…` : d.key;
    const first = index.point(d.first);
    yield {
      kind: "issue",
      issue: { ruleId: "duplicate-key", reason: `duplicate key '${k}' (first at ${first.line}:${first.column}): each key may appear once in an object`, place: index.place(d.start, d.end) },
    };
  }
  const value = JSON.parse(text) as unknown;
  const locator = (start: number) => (path: Path, part: Part = "value") => {
    const { span, found } = locateJson(text, start, path);
    if (found && part === "key" && span.keyStart !== undefined) return index.place(span.keyStart, span.keyEnd!);
    if ((part === "head" || !found) && span.head) return index.place(span.head[0], span.head[1]);
    return index.place(span.start, span.end);
  };
  if (Array.isArray(value) && !lineMode) {
    const els = scan.elements ?? [];
    for (let k = 0; k < value.length; k++) yield { kind: "record", record: { index: k, line: index.point(els[k]![0]).line, value: value[k], locate: locator(els[k]![0]) } };
    return;
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    yield { kind: "record", record: { index: 0, line: index.point(scan.root![0]).line, value, locate: locator(scan.root![0]) } };
    return;
  }
  yield {
    kind: "issue",
    issue: {
      ruleId: "not-a-list",
      reason: lineMode ? `expected an article record (a JSON object) on this line, got ${describeKind(value)}` : `expected a list of article records (or one record), got ${describeKind(value)}`,
      place: index.place(scan.root![0], scan.root![1]),
    },
  };
}

/** One line of a JSON Lines file; `lineNo` is 1-based. */
function* parseJsonLine(line: string, lineNo: number, recordIndex: number, limits: LoadLimits): Generator<LoadItem> {
  const index = new LineIndex(line, lineNo);
  for (const item of parseJson(line, limits, index, true)) {
    if (item.kind === "record") yield { kind: "record", record: { ...item.record, index: recordIndex } };
    else yield item;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Records and reading problems of a facts file's text. */
export function* parseFactsText(text: string, format: FactsFormat, limits: LoadLimits = DEFAULT_LIMITS): Generator<LoadItem> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") {
    yield { kind: "issue", issue: { ruleId: "empty-file", reason: "the file holds no records", severity: "warning" } };
    return;
  }
  if (format === "yaml") yield* parseYaml(text, limits);
  else if (format === "json") yield* parseJson(text, limits, new LineIndex(text));
  else {
    let n = 0;
    let lineNo = 0;
    for (let i = 0; i <= text.length; ) {
      const nl = text.indexOf("\n", i);
      const end = nl === -1 ? text.length : nl;
      lineNo++;
      const line = text.slice(i, end).replace(/\r$/, "");
      if (line.trim()) {
        for (const item of parseJsonLine(line, lineNo, n, limits)) {
          yield item;
        }
        n++;
      }
      if (nl === -1) break;
      i = nl + 1;
    }
  }
}

/** Records and reading problems of a facts file; JSON Lines is streamed line by line. */
export async function* readFactsFile(path: string, options: { format?: FactsFormat; limits?: LoadLimits } = {}): AsyncGenerator<LoadItem> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    size = st.size;
  } catch (err) {
    yield { kind: "issue", issue: { ruleId: "read-error", reason: `cannot read the file: ${readError(err)}` } };
    return;
  }
  if (size > limits.maxBytes) {
    yield { kind: "issue", issue: { ruleId: "too-large", reason: `the file is ${mb(size)}, over the ${mb(limits.maxBytes)} limit` } };
    return;
  }
  const format = options.format ?? (FORMAT_BY_EXT[extname(path).toLowerCase()] as FactsFormat | undefined);
  if (format === "jsonl") {
    let n = 0;
    let lineNo = 0;
    let empty = true;
    const rl = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
    try {
      for await (let line of rl) {
        lineNo++;
        if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
        if (!line.trim()) continue;
        empty = false;
        yield* parseJsonLine(line, lineNo, n++, limits);
      }
    } catch (err) {
      yield { kind: "issue", issue: { ruleId: "read-error", reason: `cannot read the file: ${readError(err)}` } };
      return;
    }
    if (empty) yield { kind: "issue", issue: { ruleId: "empty-file", reason: "the file holds no records", severity: "warning" } };
    return;
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    yield { kind: "issue", issue: { ruleId: "read-error", reason: `cannot read the file: ${readError(err)}` } };
    return;
  }
  yield* parseFactsText(text, format ?? detectFormat(path, text), limits);
}

function readError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EISDIR") return "it is a folder";
  if (e?.code === "EACCES") return "permission denied";
  return e?.message ?? String(err);
}

/**
 * All records of a facts file, for commands that only read them (eval, diff). Reading
 * problems that are errors are thrown as one message `file:line:col: reason`.
 */
export async function loadFactsFile(path: string, options: { format?: FactsFormat; limits?: LoadLimits } = {}): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const item of readFactsFile(path, options)) {
    if (item.kind === "record") records.push(item.record.value);
    else if (item.issue.severity !== "warning") {
      const p = item.issue.place;
      throw new FactsFileError(`${path}${p ? `:${p.start.line}:${p.start.column}` : ""}: ${item.issue.reason}`);
    }
  }
  return records;
}

export class FactsFileError extends Error {
  override name = "FactsFileError";
}
