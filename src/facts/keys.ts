// What makes two facts of one article "the same fact": used to fold repeated mentions into
// one fact, to give stable ids, to find duplicates in curated files and to match facts in
// `diff` and `eval`. Mirrors the matching rules of ../shared/eval/GOLD.md.

/** Folds case, diacritics (đ too), tone-mark placement and spacing: "Hoà" = "hòa" = "HOA". */
export function fold(s: unknown): string {
  return String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s.,;:()"“”'‘’-]+|[\s.,;:()"“”'‘’-]+$/g, "");
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
