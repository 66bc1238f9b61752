// Vietnamese numbers: digits as Vietnamese writes them and number words.
//
//   digits   "1.200" = 1200, "6,5" = 6.5, "1.234,5" = 1234.5, "9.9" = 9.9 (a dot before one or
//            two digits cannot be a thousands mark), "1,234,567" / "1,234.5" (English style)
//   words    "ba" = 3, "mười lăm" = 15, "hai mươi mốt" = 21, "một trăm linh năm" = 105,
//            "hai chục" = 20, "ba mươi nghìn" = 30000
//   scales   nghìn/ngàn, vạn, triệu, tỷ/tỉ, stacked ("nghìn tỷ"), with remainders
//            ("3 tỷ 200 triệu") and halves ("2 triệu rưỡi")
//
// Conventions follow Duckling's Vietnamese Numeral corpus (`,` decimal, `.` thousands).
// Everything here is pure and linear; the extractors decide what a number means in context.

/** Digit words and their values; where each may stand is decided by `readNumber`. */
export const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["một", 1],
  ["hai", 2],
  ["ba", 3],
  ["bốn", 4],
  ["tư", 4], // only after "mươi"/"mười": "hai mươi tư"
  ["năm", 5], // only before mươi/trăm/a scale, or after linh/lẻ: "năm" is mostly "year"
  ["lăm", 5], // only after mười/mươi
  ["nhăm", 5], // only after mươi
  ["sáu", 6],
  ["bảy", 7],
  ["tám", 8],
  ["chín", 9],
  ["mốt", 1], // only after mươi
]);

/** Scale words and their values. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["vạn", 1e4],
  ["triệu", 1e6],
  ["tỷ", 1e9],
  ["tỉ", 1e9],
]);

/** Words that only work inside a number. */
export const NUMBER_GLUE_WORDS = ["mười", "mươi", "trăm", "linh", "lẻ", "chục", "rưỡi"] as const;

/** Every word that can be part of a number written in words. */
export const NUMBER_WORDS: readonly string[] = [...DIGIT_WORDS.keys(), ...SCALE_WORDS.keys(), ...NUMBER_GLUE_WORDS].sort();

// A scale word that starts a compound with another meaning: "tỷ lệ" (rate), "tỷ trọng",
// "tỷ giá", "triệu tập" (convene), "triệu chứng" (symptom).
const NOT_SCALE_AFTER: Record<string, readonly string[]> = {
  tỷ: ["lệ", "trọng", "giá", "số", "suất", "phú"],
  tỉ: ["lệ", "trọng", "giá", "số", "suất", "phú"],
  triệu: ["tập", "chứng", "phú", "hồi"],
};

/** A regex alternation of `words` as a trie ("m(?:ột|ười|ươi|ốt)"), so that matching a word is one pass. */
export function trieSource(words: readonly string[], guard: (w: string) => string = () => ""): string {
  interface Node {
    end: boolean;
    kids: Map<string, Node>;
  }
  const root: Node = { end: false, kids: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let k = node.kids.get(ch);
      if (!k) node.kids.set(ch, (k = { end: false, kids: new Map() }));
      node = k;
    }
    node.end = true;
  }
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const walk = (node: Node, prefix: string): string => {
    const alts = [...node.kids].map(([ch, k]) => esc(ch) + walk(k, prefix + ch));
    // Longer words first; the word itself (with its guard) last.
    if (node.end) alts.push(guard(prefix));
    if (alts.length === 0) return "";
    if (alts.length === 1 && (!node.end || alts[0] === "")) return alts[0]!;
    return `(?:${alts.join("|")})`;
  };
  return walk(root, "");
}

// Lower case and capitalised ("Ba đột phá" opening a sentence); matching without the `i`
// flag is much faster on long texts.
const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const WORD_ALT = trieSource([...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)], (w) => {
  const after = NOT_SCALE_AFTER[w.toLowerCase()];
  return after ? `(?! (?:${after.join("|")})(?![\\p{L}\\p{M}]))` : "";
});

/** Source of a regex for one number token: digits with separators, or a number word. */
export const NUMBER_TOKEN_SOURCE = `(?:[0-9]+(?:[.,][0-9]+)*|(?:${WORD_ALT})(?![\\p{L}\\p{M}\\p{N}]))`;

/**
 * The letters, digits and combining marks of Latin (with every Vietnamese letter), Greek and
 * Cyrillic as an explicit class: the same boundary as `[\p{L}\p{M}\p{N}]` for the text this
 * tool reads, but a lookbehind with it runs about twice as fast in V8 (`\p{…}` classes are slow
 * in lookbehinds that are tried at every word start).
 */
export const LETTER_CLASS = "a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";
export const WORD_CHAR_CLASS = "a-zA-Z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";

// A run of number tokens separated by single spaces, matched at a position `findNumbers` has
// found by hand: never inside a digit group or a word ("1.1.1" is matched once, from its first
// digit), never backtracks: nothing follows the last repetition.
const RUN_AT = new RegExp(`${NUMBER_TOKEN_SOURCE}(?: ${NUMBER_TOKEN_SOURCE})*`, "uy");

// Where a run may start: a digit or the letters of a number word, at the start of the text or
// after a character outside WORD_CHAR_CLASS; `lastIndex` is left at the start. Without the `u`
// flag and without a lookbehind the engine scans a sentence several times faster; RUN_AT then
// decides at each such place.
const RUN_HEAD = new RegExp(`(?:^|[^${WORD_CHAR_CLASS}])(?=[0-9]|${trieSource([...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalise)])})`, "g");

/** Quick test: can this text contain a number at all? */
export const MAY_HAVE_NUMBER = new RegExp(
  `[0-9]|(?<![\\p{L}\\p{M}])(?:${[...DIGIT_WORDS.keys(), "mười", "trăm", ...SCALE_WORDS.keys()].join("|")})(?![\\p{L}\\p{M}])`,
  "iu",
);

// ---------------------------------------------------------------------------------------------
// Digits

const DIGITS_ONLY = /^[0-9]+$/;

/**
 * A number written in digits, Vietnamese style: "1.200" → 1200, "6,5" → 6.5, "1.234,5" →
 * 1234.5, "9.9" → 9.9, "7.09" → 7.09, "1.200.000" → 1200000; English style when it cannot be
 * Vietnamese: "1,234,567" → 1234567, "1,234.5" → 1234.5. `null` for what is not one number:
 * "1.2.3", "18.7.2024", "1.2345", "012.345".
 */
export function parseDigits(raw: string): number | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 40) return null;
  if (DIGITS_ONLY.test(s)) return Number(s);
  const parts = s.split(/([.,])/);
  const groups: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < parts.length; i++) (i % 2 === 0 ? groups : seps).push(parts[i]!);
  if (groups.some((g) => !DIGITS_ONLY.test(g))) return null;
  const dots = seps.filter((x) => x === ".").length;
  const commas = seps.length - dots;
  const head = groups[0]!;
  const thousandsHead = head.length <= 3 && !(head.length > 1 && head.startsWith("0"));
  const allThree = (gs: string[]) => gs.every((g) => g.length === 3);

  if (commas === 0) {
    // Only dots: thousands ("1.200", "1.200.000") or one decimal point ("9.9", "7.09").
    if (thousandsHead && allThree(groups.slice(1))) return Number(groups.join(""));
    if (dots === 1 && groups[1]!.length <= 2) return Number(`${head}.${groups[1]}`);
    return null;
  }
  if (dots === 0) {
    // Only commas: one decimal comma ("6,5", "1,25"), or English thousands ("1,234,567").
    if (commas === 1) return Number(`${head}.${groups[1]}`);
    if (thousandsHead && allThree(groups.slice(1))) return Number(groups.join(""));
    return null;
  }
  // Both: the last separator is the decimal mark, the others are one kind of thousands mark.
  const last = seps[seps.length - 1]!;
  const thousandSeps = seps.slice(0, -1);
  if (thousandSeps.some((x) => x === last)) return null;
  const intGroups = groups.slice(0, -1);
  if (!thousandsHead || !allThree(intGroups.slice(1))) return null;
  return Number(`${intGroups.join("")}.${groups[groups.length - 1]}`);
}

// ---------------------------------------------------------------------------------------------
// Words and scales

export interface ParsedNumber {
  value: number;
  /** How many tokens of the input were used. */
  used: number;
  /** Some token was a word ("ba", "triệu"). */
  words: boolean;
  /** Some token was written in digits. */
  digits: boolean;
  /** A scale word was applied ("150 tỷ"). */
  scaled: boolean;
}

const isDigitToken = (t: string) => /^[0-9]/.test(t);

/**
 * Reads the longest number at the start of `tokens` (lower-cased words and digit strings).
 * Handles "ba", "mười lăm", "hai mươi mốt", "một trăm linh năm", "ba mươi nghìn", "150 tỷ",
 * "1,5 triệu", "3 tỷ 200 triệu", "10 nghìn tỷ", "2 triệu rưỡi". Returns `null` when the first
 * token does not start a number ("năm 2024", "trăm", "mươi").
 */
export function readNumber(tokens: readonly string[], from = 0): ParsedNumber | null {
  let total = 0; // value of the completed scale blocks
  let group = 0; // value below the current scale
  let hasGroup = false;
  let digitGroup = false; // the current group was written in digits
  let hundreds = false;
  let tens: "" | "mười" | "mươi" | "chục" = "";
  let units = false;
  let pending: number | null = null; // a digit word waiting for mươi/trăm/chục or the end
  let afterLinh = false;
  let afterScale = false;
  let lastScale = Infinity; // the effective scale of the last block ("nghìn tỷ" = 1e12)
  let used = 0;
  let words = false;
  let digits = false;
  let scaled = false;

  const newGroup = () => {
    group = 0;
    hasGroup = digitGroup = hundreds = units = afterLinh = false;
    tens = "";
    pending = null;
  };

  // Positions are relative to `from`; a number is at most a few dozen tokens long.
  const stop = Math.min(tokens.length - from, 40);
  for (let i = 0; i < stop; i++) {
    const t = tokens[from + i]!;
    const next = i + 1 < stop ? tokens[from + i + 1] : undefined;

    if (isDigitToken(t)) {
      const v = parseDigits(t);
      if (v === null) break;
      if (i > 0) {
        // Only a remainder after a scale, itself followed by a smaller scale: "3 tỷ 200 triệu".
        const nextScale = next !== undefined ? SCALE_WORDS.get(next) : undefined;
        if (!afterScale || nextScale === undefined || nextScale >= lastScale || !Number.isInteger(v) || v >= 1000) break;
      }
      newGroup();
      group = v;
      hasGroup = digitGroup = true;
      digits = true;
      afterScale = false;
      used = i + 1;
      continue;
    }

    const scale = SCALE_WORDS.get(t);
    if (scale !== undefined) {
      if (pending !== null) {
        group += pending;
        pending = null;
        hasGroup = true;
      }
      if (hasGroup) {
        if (total !== 0 && scale >= lastScale) break; // "hai triệu ba triệu": two numbers
        total += group * scale;
        lastScale = scale;
      } else if (afterScale && scale > lastScale) {
        // A stacked scale: "nghìn tỷ", "trăm nghìn tỷ".
        total *= scale;
        lastScale *= scale;
      } else break;
      newGroup();
      afterScale = true;
      scaled = words = true;
      used = i + 1;
      continue;
    }

    if (t === "rưỡi") {
      // "hai triệu rưỡi" = 2.5 million, "một trăm rưỡi" = 150.
      if (afterScale) total += lastScale / 2;
      else if (hundreds && !tens && !units && pending === null && !digitGroup) group += 50;
      else break;
      used = i + 1;
      words = true;
      break;
    }

    if (digitGroup) break; // "150 hai": not one number

    const d = DIGIT_WORDS.get(t);
    if (d !== undefined) {
      if (tens === "mười" || tens === "mươi" || afterLinh) {
        // The units digit: "mười lăm", "hai mươi mốt", "một trăm linh năm".
        if (units || pending !== null) break;
        if (t === "mốt" && tens !== "mươi") break;
        if ((t === "lăm" || t === "nhăm") && !tens) break;
        if (t === "năm" && !afterLinh) break; // "mười năm" is ten years, 15 is "mười lăm"
        if (afterLinh && (t === "mốt" || t === "tư" || t === "lăm" || t === "nhăm")) break;
        if (tens === "chục") break;
        group += d;
        units = true;
        afterLinh = false;
        used = i + 1;
        words = true;
        continue;
      }
      if (pending !== null || units || t === "mốt" || t === "lăm" || t === "nhăm" || t === "tư") break; // "hai ba": two or three
      const glue = next === "mươi" || next === "trăm" || next === "chục" || (next !== undefined && SCALE_WORDS.has(next));
      if (t === "năm" && !glue) break; // "năm" alone is "year"
      if (hundreds || tens) {
        // After "trăm", a digit must lead its tens: "một trăm hai mươi"; "một trăm hai" is not read.
        if (next !== "mươi") break;
        pending = d;
        continue;
      }
      pending = d;
      hasGroup = true;
      afterScale = false;
      words = true;
      used = i + 1;
      continue;
    }

    if (t === "mười") {
      if (pending !== null || tens || units) break;
      group += 10;
      tens = "mười";
      hasGroup = true;
      afterScale = false;
      words = true;
      used = i + 1;
      continue;
    }
    if (t === "mươi" || t === "chục") {
      if (pending === null || tens || (t === "mươi" && pending < 2)) break;
      group += pending * 10;
      pending = null;
      tens = t;
      used = i + 1;
      continue;
    }
    if (t === "trăm") {
      if (pending === null || hundreds || tens) break;
      group += pending * 100;
      pending = null;
      hundreds = true;
      used = i + 1;
      continue;
    }
    if (t === "linh" || t === "lẻ") {
      const n = next !== undefined ? DIGIT_WORDS.get(next) : undefined;
      if (!hundreds || tens || units || pending !== null || n === undefined) break;
      afterLinh = true;
      continue;
    }
    break;
  }
  if (used === 0) return null;
  // A digit still pending at the end stands alone: "ba" → 3.
  const value = total + group + (pending ?? 0);
  if (!Number.isFinite(value)) return null;
  return { value: round(value), used, words, digits, scaled };
}

/** Removes binary noise: 8.03 × 1e9 is 8030000000, not 8029999999.999999. */
const round = (x: number) => (Number.isInteger(x) ? x : Number.parseFloat(x.toPrecision(12)));

/** Splits a number phrase into lower-cased tokens. */
export function numberTokens(text: string): string[] {
  return text.normalize("NFC").toLowerCase().trim().split(/\s+/u).filter(Boolean);
}

/**
 * The value of a whole phrase that is one number ("1.200", "6,5", "mười lăm", "150 tỷ",
 * "một trăm linh năm", "3 tỷ 200 triệu", "hai triệu rưỡi"); `null` when it is not exactly one.
 */
export function parseVietnameseNumber(text: string): number | null {
  const tokens = numberTokens(text);
  if (tokens.length === 0) return null;
  const n = readNumber(tokens);
  return n && n.used === tokens.length ? n.value : null;
}

/** Alias of `parseVietnameseNumber` for callers that read number words. */
export const parseNumberWords = parseVietnameseNumber;

// ---------------------------------------------------------------------------------------------
// Finding numbers in running text

/** Words that are a number on their own ("ba" → 3; not "năm", "tư", "trăm"). */
const SINGLE_WORD: ReadonlyMap<string, number> = new Map(
  NUMBER_WORDS.flatMap((w) => {
    const n = readNumber([w]);
    return n && n.used === 1 ? [[w, n.value] as const] : [];
  }),
);

export interface NumberSpan {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  value: number;
  /** The text of the number as written. */
  raw: string;
  words: boolean;
  digits: boolean;
  scaled: boolean;
  /** Another number stands right beside it ("2 26 733", "hai ba ngày"): a list or an approximation. */
  crowded: boolean;
}

/**
 * Every number in `text`, left to right: runs of number tokens are read greedily into one or
 * more numbers. A word that cannot be read as part of a number ("năm" as "year") ends it.
 */
export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  RUN_HEAD.lastIndex = 0;
  while (RUN_HEAD.test(text)) {
    const p = RUN_HEAD.lastIndex;
    // Not right after a digit and a separator: "1.1" is one run from its first "1".
    const b = text.charCodeAt(p - 1);
    if ((b === 46 || b === 44) && p > 1) {
      const b2 = text.charCodeAt(p - 2);
      if (b2 >= 48 && b2 <= 57) {
        RUN_HEAD.lastIndex = p + 1;
        continue;
      }
    }
    RUN_AT.lastIndex = p;
    if (!RUN_AT.test(text)) {
      RUN_HEAD.lastIndex = p + 1;
      continue;
    }
    const c = text.charCodeAt(p);
    const base = p;
    const run = text.slice(p, RUN_AT.lastIndex);
    RUN_HEAD.lastIndex = RUN_AT.lastIndex;
    if (run.indexOf(" ") < 0) {
      // One token: the common case ("2024", "năm", "một", "15").
      if (c >= 48 && c <= 57) {
        const value = parseDigits(run);
        if (value !== null) out.push({ start: base, end: base + run.length, value, raw: run, words: false, digits: true, scaled: false, crowded: false });
      } else {
        const value = SINGLE_WORD.get(run.toLowerCase());
        if (value !== undefined) out.push({ start: base, end: base + run.length, value, raw: run, words: true, digits: false, scaled: false, crowded: false });
      }
      continue;
    }
    // Token offsets within the run (single spaces between tokens).
    const toks: Array<{ t: string; s: number; e: number }> = [];
    let q = 0;
    for (const piece of run.split(" ")) {
      toks.push({ t: piece.toLowerCase(), s: q, e: q + piece.length });
      q += piece.length + 1;
    }
    const words = toks.map((x) => x.t);
    const spans: NumberSpan[] = [];
    let i = 0;
    while (i < toks.length) {
      const n = readNumber(words, i);
      if (!n) {
        i++;
        continue;
      }
      const s = base + toks[i]!.s;
      const e = base + toks[i + n.used - 1]!.e;
      spans.push({ start: s, end: e, value: n.value, raw: text.slice(s, e), words: n.words, digits: n.digits, scaled: n.scaled, crowded: false });
      i += n.used;
    }
    for (let k = 0; k < spans.length; k++) {
      const a = spans[k]!;
      const b = spans[k + 1];
      if (b && b.start === a.end + 1) a.crowded = b.crowded = true;
    }
    out.push(...spans);
  }
  return out;
}
