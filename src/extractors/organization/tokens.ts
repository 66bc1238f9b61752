// Tokens and a token trie: the one matcher behind every word list of the organization and
// person extractors. A list of hundreds of names becomes one trie keyed by lower-cased tokens,
// walked from each token of a sentence, so a lookup costs the length of the longest entry, never
// the number of entries; spacing and case do not matter ("KH & ĐT" = "KH&ĐT", "Bộ Công thương" =
// "Bộ Công Thương").

export interface Token {
  readonly text: string;
  /** Lower case, for trie keys. */
  readonly lower: string;
  /** Offsets in the normalised article text. */
  readonly start: number;
  readonly end: number;
  /** A word (letters or digits), not punctuation. */
  readonly word: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("UBND", "HĐND", "EVN"). */
  readonly upper: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
/** Per code unit: 1 word character (letter, mark, digit), 2 white space, 0 other. Filled lazily. */
const kinds = new Uint8Array(0x10000).fill(255);
/** Per code unit: its lower-case code unit (0 = not known yet). Filled lazily. */
const lowers = new Uint16Array(0x10000);

function kindOf(code: number): number {
  let k = kinds[code]!;
  if (k === 255) {
    const ch = String.fromCharCode(code);
    k = kinds[code] = WORD_CHAR.test(ch) ? 1 : SPACE.test(ch) ? 2 : 0;
  }
  return k;
}

function lowerOf(code: number): number {
  let l = lowers[code]!;
  if (l === 0) {
    const x = String.fromCharCode(code).toLowerCase();
    l = lowers[code] = x.length === 1 ? x.charCodeAt(0) : code;
  }
  return l;
}

/**
 * Tokens of `text`: words (letters, marks, digits, with inner apostrophes: "H'Hen") and single
 * punctuation characters; offsets are shifted by `offset` (the sentence's start in the article).
 * Lower-casing goes through a per-character table: String#toLowerCase on Vietnamese text is slow.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = kindOf(text.charCodeAt(i));
    if (k === 2) {
      i++;
      continue;
    }
    let j = i + 1;
    if (k === 1) {
      for (;;) {
        while (j < n && kindOf(text.charCodeAt(j)) === 1) j++;
        const c = text.charCodeAt(j);
        if ((c === 39 || c === 0x2019) && j + 1 < n && kindOf(text.charCodeAt(j + 1)) === 1) j++;
        else break;
      }
    } else if (k === 0 && j < n && (text.charCodeAt(i) & 0xfc00) === 0xd800) j++; // a surrogate pair
    const t = text.slice(i, j);
    let capitals = 0;
    for (let q = i; q < j; q++) {
      const c = text.charCodeAt(q);
      if (lowerOf(c) !== c) capitals++;
    }
    let lower = t;
    if (capitals && j - i > 64) lower = t.toLowerCase(); // not a word of Vietnamese; no spread of a long array
    else if (capitals) {
      const codes = new Array<number>(j - i);
      for (let q = i; q < j; q++) codes[q - i] = lowerOf(text.charCodeAt(q));
      lower = String.fromCharCode(...codes);
    }
    const cap = k === 1 && lowerOf(text.charCodeAt(i)) !== text.charCodeAt(i);
    // All capitals: two or more letters with case, none in lower case ("UBND", "ĐH", "TP").
    const upper = cap && capitals >= 2 && t.charCodeAt(1) !== lower.charCodeAt(1) && t === t.toUpperCase();
    out.push({ text: t, lower, start: offset + i, end: offset + j, word: k === 1, cap, upper });
    i = j;
  }
  return out;
}

const cache = new WeakMap<object, Token[]>();

/** The tokens of a sentence, computed once and shared by the extractors that read them. */
export function sentenceTokens(sentence: { readonly text: string; readonly start: number }): Token[] {
  let t = cache.get(sentence);
  if (!t) cache.set(sentence, (t = tokenize(sentence.text, sentence.start)));
  return t;
}

/** Splits a lexicon entry into the trie keys of its tokens. */
export function keysOf(phrase: string): string[] {
  return tokenize(phrase.normalize("NFC")).map((t) => t.lower);
}

interface Node<V> {
  next?: Map<string, Node<V>>;
  value?: V;
}

export interface TrieMatch<V> {
  value: V;
  /** Token index just after the match. */
  end: number;
}

/** A trie over lower-cased tokens. Later `add`s of the same phrase keep the first value. */
export class TokenTrie<V> {
  private readonly root: Node<V> = {};

  add(phrase: string, value: V): this {
    let node = this.root;
    for (const k of keysOf(phrase)) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = {}));
      node = child;
    }
    if (node !== this.root && node.value === undefined) node.value = value;
    return this;
  }

  /** True when some entry's first token is `lower`. */
  starts(lower: string): boolean {
    return this.root.next?.has(lower) ?? false;
  }

  /** The first tokens of all entries. */
  firstWords(): string[] {
    return [...(this.root.next?.keys() ?? [])];
  }

  /** The longest entry that starts at token `i`, or null. */
  longest(tokens: readonly Token[], i: number): TrieMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    for (let j = i; j < tokens.length && node?.next; j++) {
      node = node.next.get(tokens[j]!.lower);
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: j + 1 };
    }
    return best;
  }

  /** Every entry that starts at token `i`, shortest first. */
  all(tokens: readonly Token[], i: number): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    let node: Node<V> | undefined = this.root;
    for (let j = i; j < tokens.length && node?.next; j++) {
      node = node.next.get(tokens[j]!.lower);
      if (!node) break;
      if (node.value !== undefined) out.push({ value: node.value, end: j + 1 });
    }
    return out;
  }
}

/** A trie whose entries are the phrases themselves. */
export function phraseTrie(phrases: Iterable<string>): TokenTrie<string> {
  const t = new TokenTrie<string>();
  for (const p of phrases) t.add(p, p);
  return t;
}

/** True when tokens a and b are written next to each other with at most one space between. */
export function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}

/** A Vietnamese syllable in lower case (onset, vowel nucleus, coda), as in text/normalise.ts. */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:ch|nh|ng|c|m|n|p|t)?$/u;

/** True for a word that can be one Vietnamese syllable ("Nguyễn", "Minh"); false for "Samsung", "Kđăm". */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase());
}

/** "Thủ" → true; "THỦ", "thủ", "McCain" → false. */
export function isTitleCase(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’]*$/u.test(word);
}

/** "NGUYỄN" → "Nguyễn". */
export function toTitleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Spans sorted by start with a running maximum of their ends: "does any span overlap [s, e)?"
 * in O(log n), so that checking every mention against every claim stays linear-logarithmic.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((x) => x.start);
    this.maxEnds = [];
    let max = -1;
    for (const x of sorted) this.maxEnds.push((max = Math.max(max, x.end)));
  }

  get size(): number {
    return this.starts.length;
  }

  /** Index of the last span starting before `pos`, or -1. */
  private lastBefore(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Some span overlaps [s, e). */
  overlaps(s: number, e: number): boolean {
    const i = this.lastBefore(e);
    return i >= 0 && this.maxEnds[i]! > s;
  }

  /** Some span starts within [s, e]. */
  startsWithin(s: number, e: number): boolean {
    const i = this.lastBefore(e + 1);
    return i >= 0 && this.starts[i]! >= s;
  }
}
