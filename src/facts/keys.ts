// What makes two facts of one article "the same fact": used to fold repeated mentions into
// one fact, to give stable ids, to find duplicates in curated files and to match facts in
// `diff` and `eval`. Mirrors the matching rules of ../shared/eval/GOLD.md.

/** Folds case, diacritics (đ too), tone-mark placement and spacing: "Hoà" = "hòa" = "HOA". */
export function fold(s: unknown): string {
  const text = String(s ?? "");
  return foldFast(text) ?? foldSlow(text);
}

/** The definition: what `fold` returns for any string. */
export function foldSlow(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s.,;:()"“”'‘’-]+|[\s.,;:()"“”'‘’-]+$/g, "");
}

// fold runs on every candidate (its key) and in several extractors: for Latin text (all of
// Vietnamese) it maps code unit by code unit through a table built from foldSlow itself, so
// the two agree by construction. Any other character sends the string to foldSlow.
const FOLD_TABLE_SIZE = 0x1f00; // up to the end of Latin Extended Additional
const NO_FOLD = 0xffff; // not in the table: use foldSlow
const DROP = 0xfffe; // a combining mark: folds to nothing
const SPACE = 0x20;
const FOLD = new Uint16Array(FOLD_TABLE_SIZE).fill(NO_FOLD);
for (let c = 0; c < FOLD_TABLE_SIZE; c++) {
  if (c >= 0x370 && c < 0x1e00) continue; // Greek (final sigma), Cyrillic, …: context matters
  const ch = String.fromCharCode(c);
  if (/[\s\u00a0]/.test(ch)) FOLD[c] = SPACE;
  else if (/\p{M}/u.test(ch)) FOLD[c] = DROP;
  else {
    const f = ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
    if (f.length === 1 && !/[\s.,;:()"“”'‘’-]/.test(f)) FOLD[c] = f.charCodeAt(0);
    else if (f.length === 1) FOLD[c] = f.charCodeAt(0) | 0x8000; // trimmed at the ends
  }
}
const TRIMMED = 0x8000;

function foldFast(text: string): string | null {
  let out = "";
  let pendingSpace = false;
  // Characters that are trimmed at the ends are kept in `tail` until something follows them.
  let tail = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < FOLD_TABLE_SIZE ? FOLD[c]! : NO_FOLD;
    if (f === NO_FOLD) return null;
    if (f === DROP) continue;
    if (f === SPACE) {
      pendingSpace = true;
      continue;
    }
    const ch = String.fromCharCode(f & 0x7fff);
    if (pendingSpace) {
      tail += " ";
      pendingSpace = false;
    }
    if (f & TRIMMED) {
      tail += ch;
      continue;
    }
    if (out) out += tail;
    out += ch;
    tail = "";
  }
  return out;
}

/** "03/NQ-CP" = "3/NQ-CP" = "3 / nq-cp". */
export function directiveNumberKey(n: unknown): string {
  return String(n ?? "")
    .normalize("NFC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/Đ/g, "D")
    .replace(/(^|[^0-9])0+(?=[0-9])/g, "$1");
}

const num = (x: unknown): number | null => (x === undefined || x === null || x === "" ? null : Number(x));
const fmt = (x: number | null) => (x === null || Number.isNaN(x) ? "?" : String(Math.round(x * 1e6) / 1e6));

export function unitKey(u: unknown): string {
  const f = fold(u);
  if (!f) return "";
  if (f.startsWith("%") || f.startsWith("phan tram")) return "%";
  return f.split(" ")[0]!;
}

type AnyFact = { type: string } & Record<string, unknown>;

/** The key of a fact within its article and type; `null` for an unknown type. */
export function factKey(f: AnyFact): string | null {
  switch (f.type) {
    case "directive":
      return f.number ? `no:${directiveNumberKey(f.number)}` : `name:${fold(f.name)}`;
    case "figure":
      return `${fmt(num(f.value))}|${unitKey(f.unit)}`;
    case "target": {
      const lo = num(f.min ?? f.value);
      const hi = num(f.max ?? f.value);
      return `${fmt(lo)}|${fmt(hi)}|${unitKey(f.unit)}`;
    }
    case "date":
      return String(f.value ?? "").trim();
    case "partner":
    case "person":
    case "organization":
      return fold(f.name);
    default:
      return null;
  }
}
