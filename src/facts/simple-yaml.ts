// A fast reader for the plain YAML that facts files are written in: block lists and mappings
// by indentation, one scalar per line (plain, "double-" or 'single-quoted'), and one-line flow
// collections (`{ quote: Hàn Quốc, start: 12 }`, `[a, b]`). That is what `vnfacts extract`
// writes and what people write by hand, and the `yaml` package's full parser reads it at about
// 1 MB/s; this reads it some ten times faster.
//
// It never guesses: anything outside that subset (anchors, tags, block scalars, multi-line
// scalars, quoted or odd keys, tabs, duplicate keys, flow collections over several lines, a
// plain scalar with ": " …) makes it return undefined, and the caller parses the text with the
// `yaml` package instead. When it returns a value, that value is the one `yaml` (core schema)
// gives for the same text; test/validate/simple-yaml.test.ts checks this on generated input.
// Positions are not kept: the caller parses with `yaml` when it needs one.

type Value = unknown;
const BAIL = Symbol("bail");
type Result = Value | typeof BAIL;

// Scalars of the core schema, in the order the `yaml` package tries them.
function resolvePlain(s: string): Value {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  const c = s.charCodeAt(0);
  // numbers start with a digit, a sign or a dot; everything else is a string
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e)) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};

/** A quoted scalar starting at s[i]; [value, index after it] or BAIL. */
function quoted(s: string, i: number): [string, number] | typeof BAIL {
  const q = s[i];
  let out = "";
  let j = i + 1;
  if (q === "'") {
    for (;;) {
      const k = s.indexOf("'", j);
      if (k === -1) return BAIL;
      out += s.slice(j, k);
      if (s[k + 1] === "'") {
        out += "'";
        j = k + 2;
        continue;
      }
      return [out, k + 1];
    }
  }
  for (;;) {
    const k = s.slice(j).search(/["\\]/);
    if (k === -1) return BAIL;
    out += s.slice(j, j + k);
    j += k;
    if (s[j] === '"') return [out, j + 1];
    const e = s[j + 1];
    if (e === undefined) return BAIL;
    if (e in ESCAPES) {
      out += ESCAPES[e];
      j += 2;
      continue;
    }
    const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    const hex = s.slice(j + 2, j + 2 + len);
    if (!len || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) return BAIL;
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return BAIL;
    out += String.fromCodePoint(cp);
    j += 2 + len;
  }
}

/** What may follow a value on its line: nothing, or a comment after a space. */
const restIsEmpty = (s: string, i: number) => /^(?: +(?:#.*)?)?$/.test(s.slice(i));

// (short keys only: YAML forbids an implicit key over 1024 characters, and no facts-file key is long)
const KEY = /^([A-Za-z_][A-Za-z0-9_]{0,63}):(?: +|$)/;
const RESERVED_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);

/** A flow collection on one line, starting at s[i]. */
function flow(s: string, i: number, depth: number): [Value, number] | typeof BAIL {
  if (depth > 8) return BAIL;
  const ws = (k: number) => {
    while (s[k] === " ") k++;
    return k;
  };
  const item = (k: number): [Value, number] | typeof BAIL => {
    const c = s[k];
    if (c === '"' || c === "'") return quoted(s, k);
    if (c === "[" || c === "{") return flow(s, k, depth + 1);
    // a plain scalar ends at , ] } ; it may not hold ':' or ' #' or start with an indicator
    let e = k;
    while (e < s.length && !",[]{}".includes(s[e]!)) e++;
    const raw = s.slice(k, e).replace(/ +$/, "");
    if (!raw || /[:#]|^(?:-(?![0-9.])|[?!&*|>%@`'"])/.test(raw)) return BAIL;
    return [resolvePlain(raw), k + raw.length];
  };
  const open = s[i];
  let k = ws(i + 1);
  if (open === "[") {
    const out: Value[] = [];
    if (s[k] === "]") return [out, k + 1];
    for (;;) {
      const r = item(k);
      if (r === BAIL) return BAIL;
      out.push(r[0]);
      k = ws(r[1]);
      if (s[k] === "]") return [out, k + 1];
      if (s[k] !== ",") return BAIL;
      k = ws(k + 1);
      if (s[k] === "]") return BAIL; // a trailing comma: let yaml decide
    }
  }
  const out: Record<string, Value> = {};
  if (s[k] === "}") return [out, k + 1];
  for (;;) {
    const m = /^([A-Za-z_][A-Za-z0-9_]{0,63}): +/.exec(s.slice(k, k + 200));
    if (!m || RESERVED_KEYS.has(m[1]!) || Object.hasOwn(out, m[1]!)) return BAIL;
    const r = item(k + m[0].length);
    if (r === BAIL) return BAIL;
    out[m[1]!] = r[0];
    k = ws(r[1]);
    if (s[k] === "}") return [out, k + 1];
    if (s[k] !== ",") return BAIL;
    k = ws(k + 1);
    if (s[k] === "}") return BAIL;
  }
}

/** The value written after `key: ` or `- ` on one line; BAIL for anything but a one-line scalar or flow collection. */
function inlineValue(s: string): Result {
  const c = s[0]!;
  if (c === '"' || c === "'") {
    const r = quoted(s, 0);
    if (r === BAIL || !restIsEmpty(s, r[1])) return BAIL;
    return r[0];
  }
  if (c === "[" || c === "{") {
    const r = flow(s, 0, 0);
    if (r === BAIL || !restIsEmpty(s, r[1])) return BAIL;
    return r[0];
  }
  if ("&*!|>%@`,]}#".includes(c) || ((c === "-" || c === "?" || c === ":") && (s[1] === " " || s[1] === undefined))) return BAIL;
  // a comment starts at " #"
  const hash = s.indexOf(" #");
  const raw = (hash === -1 ? s : s.slice(0, hash)).replace(/ +$/, "");
  if (/: |:$/.test(raw) || raw.startsWith(":")) return BAIL;
  return resolvePlain(raw);
}

interface Frame {
  kind: "seq" | "map";
  indent: number;
  seq?: Value[];
  map?: Record<string, Value>;
}

/** Characters that this reader leaves to the full parser. */
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/**
 * Reads `text` when it is one top-level block list written in the simple subset; undefined
 * otherwise. `{ value }` holds the list.
 */
export function parseSimpleYaml(text: string): { value: Value[] } | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const stack: Frame[] = [];
  let root: Value[] | undefined;
  /** A key whose value is on the following lines. */
  let pending: { map: Record<string, Value>; key: string; indent: number } | undefined;
  let lineStart = 0;
  const n = text.length;

  const openMapEntry = (frame: Frame, content: string): boolean => {
    const m = KEY.exec(content);
    if (!m || RESERVED_KEYS.has(m[1]!) || Object.hasOwn(frame.map!, m[1]!)) return false;
    const rest = content.slice(m[0].length);
    if (rest === "" || rest.startsWith("#")) {
      pending = { map: frame.map!, key: m[1]!, indent: frame.indent };
      frame.map![m[1]!] = null;
      return true;
    }
    const v = inlineValue(rest);
    if (v === BAIL) return false;
    frame.map![m[1]!] = v;
    return true;
  };

  /** `- rest` at column `indent` in a list frame. */
  const seqItem = (frame: Frame, indent: number, content: string): boolean => {
    let k = 1;
    while (content[k] === " ") k++;
    const rest = content.slice(k);
    if (rest === "" || rest.startsWith("#") || rest.startsWith("- ") || rest === "-") return false;
    if (KEY.test(rest)) {
      const map: Record<string, Value> = {};
      frame.seq!.push(map);
      const f: Frame = { kind: "map", indent: indent + k, map };
      stack.push(f);
      return openMapEntry(f, rest);
    }
    const v = inlineValue(rest);
    if (v === BAIL) return false;
    frame.seq!.push(v);
    return true;
  };

  while (lineStart < n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (indent === line.length || line[indent] === "#") continue; // blank or comment
    const content = line.slice(indent);
    if (/^(?:---|\.\.\.)(?: |$)/.test(content) && indent === 0) return undefined;
    const isItem = content === "-" || content.startsWith("- ");

    if (pending) {
      const p = pending;
      pending = undefined;
      if (indent > p.indent || (indent === p.indent && isItem)) {
        // the key's value is a block collection starting here
        const f: Frame = isItem ? { kind: "seq", indent, seq: [] } : { kind: "map", indent, map: {} };
        p.map[p.key] = isItem ? f.seq : f.map;
        stack.push(f);
        if (!(isItem ? seqItem(f, indent, content) : openMapEntry(f, content))) return undefined;
        continue;
      }
      // else: the key's value stays null
    }

    if (!stack.length) {
      if (root || indent !== 0 || !isItem) return undefined;
      root = [];
      stack.push({ kind: "seq", indent: 0, seq: root });
    }
    while (stack.length && (stack[stack.length - 1]!.indent > indent || (stack[stack.length - 1]!.indent === indent && stack[stack.length - 1]!.kind === "seq" && !isItem && stack.length > 1))) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || top.indent !== indent) return undefined;
    if (top.kind === "seq") {
      if (!isItem || !seqItem(top, indent, content)) return undefined;
    } else if (isItem || !openMapEntry(top, content)) return undefined;
  }
  return root ? { value: root } : undefined;
}
