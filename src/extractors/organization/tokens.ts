// Tokens and a token trie: the one matcher behind every word list of the organization and
// person extractors.
//
// Speed is the point of this file. An article is tokenized once, for both extractors, into flat
// typed arrays (offsets, flags, word ids): no object and no string per token. Every word of every
// lexicon is interned once, in lower case, in a vocabulary; a token's id is found by hashing its
// lower-cased characters straight from the article text, so an unknown word (most words) costs
// one hash probe and no allocation. Each vocabulary word carries role bits ("opens a body name",
// "a family name", "a quantifier", …), so a rule can skip a token with one integer test before it
// walks a trie. A list of hundreds of names is one trie keyed by word ids, walked from a token, so
// a lookup costs the length of the longest entry, never the number of entries; spacing and case
// do not matter ("KH & ĐT" = "KH&ĐT", "Bộ Công thương" = "Bộ Công Thương").

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Character classes, one table read per code unit. */
const K_WORD = 1; // letter, mark or digit
const K_SPACE = 2;
const K_UPPER = 4; // has a different lower case
const K_LOWER = 8; // a lower-case letter (has a different upper case)
const K_DIGIT = 16; // 0-9
const K_NONDIGIT = 32; // a word character that is not 0-9
const K_KNOWN = 128;

/** Per code unit: its class bits (0 = not computed yet). */
const classes = new Uint8Array(0x10000);
/** Per code unit: its lower-case code unit. */
const lowers = new Uint16Array(0x10000);

function fillClass(code: number): number {
  const ch = String.fromCharCode(code);
  let k = K_KNOWN;
  if (WORD_CHAR.test(ch)) {
    k |= K_WORD;
    if (code >= 48 && code <= 57) k |= K_DIGIT;
    else k |= K_NONDIGIT;
  } else if (SPACE.test(ch)) k |= K_SPACE;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  lowers[code] = lo.length === 1 ? lo.charCodeAt(0) : code;
  if (lowers[code] !== code) k |= K_UPPER;
  else if (up.length === 1 && up !== ch) k |= K_LOWER;
  classes[code] = k;
  return k;
}

// Latin, Vietnamese and general punctuation up front; anything else when first seen.
for (const [a, b] of [[0, 0x2ff], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x206f]] as const) for (let c = a; c <= b; c++) fillClass(c);

function classOf(code: number): number {
  const k = classes[code]!;
  return k === 0 ? fillClass(code) : k;
}

function lowerOf(code: number): number {
  if (classes[code] === 0) fillClass(code);
  return lowers[code]!;
}

// ---------------------------------------------------------------------------------------------
// The vocabulary: interned lower-case words with role bits.

/** Role hints per hash bucket: small enough to stay in cache while the rest of the pipeline runs. */
const BLOOM_SIZE = 1 << 13;
const BLOOM_MASK = BLOOM_SIZE - 1;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

class Vocabulary {
  /** Per slot: id + 1 (0 = empty). */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  readonly words: string[] = [];
  private roleBits = new Uint32Array(1 << 12);
  /** Per id: the word's hash. */
  private idHashes = new Int32Array(1 << 12);
  /**
   * Per hash bucket (the low bits of a word's hash): the roles of all words in it. Zero means
   * no word with that hash has any role: a token can be passed over without finding its id.
   */
  readonly bloom = new Uint32Array(BLOOM_SIZE);
  /** Grows whenever a word is added: token ids computed before then may be stale. */
  version = 0;

  private static hashOf(s: string): number {
    let h = FNV_OFFSET;
    for (let q = 0; q < s.length; q++) h = Math.imul(h ^ s.charCodeAt(q), FNV_PRIME);
    return h;
  }

  /** The id of a lower-case word, added when new. */
  intern(lower: string): number {
    const h = Vocabulary.hashOf(lower);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) break;
      if (this.hashes[s] === h && this.words[v - 1] === lower) return v - 1;
    }
    const id = this.words.length;
    this.words.push(lower);
    this.version++;
    if (id >= this.roleBits.length) {
      const r = new Uint32Array(this.roleBits.length * 2);
      r.set(this.roleBits);
      this.roleBits = r;
      const x = new Int32Array(this.idHashes.length * 2);
      x.set(this.idHashes);
      this.idHashes = x;
    }
    this.idHashes[id] = h;
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(h, id);
    return id;
  }

  private place(h: number, id: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
    this.hashes[s] = h;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(Vocabulary.hashOf(this.words[id]!), id);
  }

  /** The id of text[i, j) lower-cased, whose lower-case hash is h; -1 when it is no word of any lexicon. */
  find(text: string, i: number, j: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = j - i;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) return -1;
      if (this.hashes[s] !== h) continue;
      const w = this.words[v - 1]!;
      if (w.length !== len) continue;
      let q = 0;
      while (q < len && w.charCodeAt(q) === lowerOf(text.charCodeAt(i + q))) q++;
      if (q === len) return v - 1;
    }
  }

  roles(id: number): number {
    return id < 0 ? 0 : this.roleBits[id]!;
  }

  addRole(id: number, bit: number): void {
    if ((this.roleBits[id]! & bit) === bit) return;
    this.roleBits[id]! |= bit;
    this.bloom[this.idHashes[id]! & BLOOM_MASK]! |= bit;
    this.version++; // tokens read before carry stale role hints
  }
}

export const VOCAB = new Vocabulary();

let nextRole = 0;
/** A fresh role bit (at most 32 in all). */
export function newRole(): number {
  if (nextRole >= 32) throw new Error("no role bits left");
  return 1 << nextRole++;
}

/** Gives every word of `phrases` (one-word phrases, or all words) the role bit. */
export function markWords(phrases: Iterable<string>, bit: number, firstOnly = false): void {
  for (const p of phrases) {
    const keys = keysOf(p);
    for (const k of firstOnly ? keys.slice(0, 1) : keys) VOCAB.addRole(VOCAB.intern(k), bit);
  }
}

/** The id of a word, interned (for constants in rules: `const VA = wordId("và")`). */
export const wordId = (lower: string): number => VOCAB.intern(lower.normalize("NFC"));

// ---------------------------------------------------------------------------------------------
// Tokens of an article.

/** Token flags. */
export const WORD = 1;
/** Starts with an upper-case letter. */
export const CAP = 2;
/** Two or more letters with case, all upper case, the second one too ("UBND", "HĐND", "EVN"). */
export const UPPER = 4;
/** Title case: an upper-case letter, then only lower-case letters, marks or apostrophes ("Thủ"). */
export const TITLE = 8;
/** Starts with a digit. */
export const DIGIT = 16;
/** Only digits. */
export const NUMBER = 32;

/**
 * The tokens of an article's content sentences: words (letters, marks, digits, with inner
 * apostrophes: "H'Hen") and single punctuation characters, in flat arrays. Sentence `k` owns
 * tokens [lo[k], hi[k]); offsets point into `text` (the normalised article).
 */
export interface Tokens {
  readonly text: string;
  readonly n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Hash of the lower-cased word (see Vocabulary). */
  readonly hash: Int32Array;
  /** Vocabulary id of the lower-cased word, -1 for none, UNRESOLVED until asked: read it with `idAt`. */
  readonly id: Int32Array;
  /** The roles some word with the token's hash has (a superset of the token's own): read it with `rolesAt`. */
  readonly hint: Uint32Array;
  readonly flags: Uint8Array;
  /** First code unit (for punctuation checks). */
  readonly ch: Uint16Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

class Pool implements Tokens {
  text = "";
  n = 0;
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  hash = new Int32Array(4096);
  id = new Int32Array(4096);
  hint = new Uint32Array(4096);
  flags = new Uint8Array(4096);
  ch = new Uint16Array(4096);
  lo = new Int32Array(256);
  hi = new Int32Array(256);

  reserve(tokens: number, sentences: number): void {
    if (tokens > this.start.length) {
      const size = Math.max(tokens, this.start.length * 2);
      this.start = new Int32Array(size);
      this.end = new Int32Array(size);
      this.hash = new Int32Array(size);
      this.id = new Int32Array(size);
      this.hint = new Uint32Array(size);
      this.flags = new Uint8Array(size);
      this.ch = new Uint16Array(size);
    }
    if (sentences > this.lo.length) {
      const size = Math.max(sentences, this.lo.length * 2);
      this.lo = new Int32Array(size);
      this.hi = new Int32Array(size);
    }
  }
}

function tokenizeRange(p: Pool, text: string, from: number, to: number): void {
  let n = p.n;
  const { start, end, hash, id, hint, flags, ch } = p;
  const bloom = VOCAB.bloom;
  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    const k0 = classOf(c0);
    if (k0 & K_SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!(k0 & K_WORD)) {
      if (j < to && (c0 & 0xfc00) === 0xd800) j++; // a surrogate pair
      start[n] = i;
      end[n] = j;
      flags[n] = 0;
      ch[n] = c0;
      // Punctuation inside names ("KH&ĐT", "Lao động - Thương binh") has an id too.
      let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
      if (j === i + 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      hash[n] = h;
      hint[n] = bloom[h & BLOOM_MASK]!;
      id[n] = UNRESOLVED;
      n++;
      i = j;
      continue;
    }
    // A word: hash its lower-cased characters and note its case on the way.
    let h = FNV_OFFSET;
    let capitals = 0;
    let acc = 0;
    let q = i;
    for (;;) {
      for (; q < to; q++) {
        const c = text.charCodeAt(q);
        let k = classes[c]!;
        if (k === 0) k = fillClass(c);
        if (!(k & K_WORD)) break;
        acc |= k;
        if (k & K_UPPER) {
          capitals++;
          h = Math.imul(h ^ lowers[c]!, FNV_PRIME);
        } else h = Math.imul(h ^ c, FNV_PRIME);
      }
      const c = text.charCodeAt(q);
      if ((c === 39 || c === 0x2019) && q + 1 < to && classOf(text.charCodeAt(q + 1)) & K_WORD) {
        h = Math.imul(h ^ c, FNV_PRIME);
        q++;
      } else break;
    }
    j = q;
    let f = WORD;
    if (k0 & K_UPPER) {
      f |= CAP;
      if (capitals === 1) {
        if (!(acc & K_DIGIT)) f |= TITLE;
      } else if (capitals >= 2 && !(acc & K_LOWER) && classOf(text.charCodeAt(i + 1)) & K_UPPER) f |= UPPER;
    } else if (k0 & K_DIGIT) {
      f |= DIGIT;
      if (!(acc & K_NONDIGIT)) f |= NUMBER;
    }
    start[n] = i;
    end[n] = j;
    flags[n] = f;
    ch[n] = c0;
    hash[n] = h;
    hint[n] = bloom[h & BLOOM_MASK]!;
    id[n] = UNRESOLVED;
    n++;
    i = j;
  }
  p.n = n;
}

/** Not looked up yet. */
const UNRESOLVED = -2;

/** The vocabulary id of token k, or -1; looked up once, on first request. */
export function idAt(T: Tokens, k: number): number {
  let v = T.id[k]!;
  if (v === UNRESOLVED) v = T.id[k] = VOCAB.find(T.text, T.start[k]!, T.end[k]!, T.hash[k]!);
  return v;
}

/** The role bits of token k among `mask` (0 for most words, without a lookup). */
export function rolesAt(T: Tokens, k: number, mask: number): number {
  return (T.hint[k]! & mask) === 0 ? 0 : VOCAB.roles(idAt(T, k)) & mask;
}

const pool = new Pool();
let cachedFor: object | null = null;
let cachedVersion = -1;

/**
 * Words that open a body's name which may go on in lower case only ("Chính phủ", "Quốc hội",
 * "Tỉnh ủy", "Công an tỉnh"): a sentence that starts with one is read whole even when no other
 * word in it is capitalised.
 */
export const R_OPENER = newRole();

/**
 * The tokens of the article of `ctx`, computed once and shared by the extractors that read them
 * (one article at a time: the arrays are reused for the next article).
 *
 * A sentence with no capital letter after its first word names no person and no body, unless
 * its first word opens one (R_OPENER): of such a sentence only the first word is tokenized.
 * The next capital is searched once for all sentences, so this stays linear in the text.
 */
export function articleTokens(ctx: { readonly text: string; readonly sentences: ReadonlyArray<{ start: number; end: number }> }): Tokens {
  if (cachedFor === ctx.sentences && pool.text === ctx.text && cachedVersion === VOCAB.version) return pool;
  const ss = ctx.sentences;
  const text = ctx.text;
  let chars = 0;
  for (const s of ss) chars += s.end - s.start;
  pool.reserve(chars + 1, ss.length);
  pool.n = 0;
  pool.text = text;
  let nextCapital = -1; // the first capital letter at or after the last search start; text.length when none
  for (let k = 0; k < ss.length; k++) {
    const { start, end } = ss[k]!;
    pool.lo[k] = pool.n;
    // The end of the first word.
    let w = start;
    while (w < end && !(classOf(text.charCodeAt(w)) & K_WORD)) w++;
    while (w < end && classOf(text.charCodeAt(w)) & K_WORD) w++;
    if (nextCapital < w) {
      nextCapital = w;
      while (nextCapital < text.length && !(classOf(text.charCodeAt(nextCapital)) & K_UPPER)) nextCapital++;
    }
    if (nextCapital < end) tokenizeRange(pool, text, start, end);
    else {
      tokenizeRange(pool, text, start, w);
      const first = pool.n - 1;
      if (first >= pool.lo[k]! && rolesAt(pool, first, R_OPENER)) tokenizeRange(pool, text, w, end);
    }
    pool.hi[k] = pool.n;
  }
  cachedFor = ss;
  cachedVersion = VOCAB.version;
  return pool;
}

/** The tokens of one phrase (a lexicon entry, a corpus snippet): for tests and lexicon building. */
export function tokenizeText(text: string): Tokens {
  const p = new Pool();
  p.reserve(text.length + 1, 1);
  p.text = text;
  p.lo[0] = 0;
  tokenizeRange(p, text, 0, text.length);
  p.hi[0] = p.n;
  return p;
}

/** Splits a lexicon entry into the lower-case words of its tokens (the trie keys). */
export function keysOf(phrase: string): string[] {
  const s = phrase.normalize("NFC");
  const out: string[] = [];
  const re = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
  for (const m of s.matchAll(re)) out.push(m[0].toLowerCase());
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tries over word ids.

/** A trie node; one class, so that every node has the same shape. */
class Node<V> {
  next: Map<number, Node<V>> | null = null;
  value: V | undefined = undefined;
}

export interface TrieMatch<V> {
  value: V;
  /** Token index just after the match. */
  end: number;
}

/** A trie over interned lower-case words. Later `add`s of the same phrase keep the first value. */
export class TokenTrie<V> {
  private readonly root = new Node<V>();

  add(phrase: string, value: V): this {
    let node = this.root;
    for (const k of keysOf(phrase)) {
      const id = VOCAB.intern(k);
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = new Node<V>()));
      node = child;
    }
    if (node !== this.root && node.value === undefined) node.value = value;
    return this;
  }

  /** True when some entry's first word has this id. */
  starts(id: number): boolean {
    return id >= 0 && (this.root.next?.has(id) ?? false);
  }

  /** Gives the first word of every entry the role bit, for a quick check before `longest`. */
  markFirst(bit: number): this {
    for (const id of this.root.next?.keys() ?? []) VOCAB.addRole(id, bit);
    return this;
  }

  /** The longest entry that starts at token `i` and ends by token `hi`, or null. */
  longest(t: Tokens, i: number, hi: number): TrieMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let value: V | undefined;
    let end = -1;
    for (let j = i; j < hi && node.next; j++) {
      const id = idAt(t, j);
      if (id < 0) break;
      node = node.next.get(id);
      if (!node) break;
      if (node.value !== undefined) {
        value = node.value;
        end = j + 1;
      }
    }
    return end < 0 ? null : { value: value!, end };
  }

  /** The end of the longest entry that starts at token `i`, or -1. */
  longestEnd(t: Tokens, i: number, hi: number): number {
    let node: Node<V> | undefined = this.root;
    let end = -1;
    for (let j = i; j < hi && node.next; j++) {
      const id = idAt(t, j);
      if (id < 0) break;
      node = node.next.get(id);
      if (!node) break;
      if (node.value !== undefined) end = j + 1;
    }
    return end;
  }

  /** True when some entry starting at token `i` ends exactly at token `e`. */
  endsAt(t: Tokens, i: number, e: number): boolean {
    let node: Node<V> | undefined = this.root;
    for (let j = i; j < e && node.next; j++) {
      const id = idAt(t, j);
      if (id < 0) return false;
      node = node.next.get(id);
      if (!node) return false;
      if (j + 1 === e) return node.value !== undefined;
    }
    return false;
  }
}

/** A trie whose entries are the phrases themselves. */
export function phraseTrie(phrases: Iterable<string>): TokenTrie<string> {
  const t = new TokenTrie<string>();
  for (const p of phrases) t.add(p, p);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Words.

// A Vietnamese syllable (onset, vowel nucleus of one to three vowels, coda), as in
// text/normalise.ts, checked on character codes: it runs on every word of every candidate name.
const VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];
const isVowel = new Uint8Array(0x10000);
for (const v of VOWELS) isVowel[v.charCodeAt(0)] = 1;
/** Onsets by their first letter (lower case), longest first; "" for every letter. */
const onsetsBy = new Map<number, string[]>();
for (const o of ONSETS) if (o) (onsetsBy.get(o.charCodeAt(0)) ?? onsetsBy.set(o.charCodeAt(0), []).get(o.charCodeAt(0))!).push(o);

/** text[i, j) is one Vietnamese syllable, in any case ("Nguyễn", "MINH"); not "Samsung", "Kđăm". */
export function isSyllableAt(text: string, i: number, j: number): boolean {
  if (j - i > 8) return false;
  const options = onsetsBy.get(lowerOf(text.charCodeAt(i)));
  if (options) {
    for (const o of options) {
      if (o.length > j - i) continue;
      let q = 0;
      while (q < o.length && lowerOf(text.charCodeAt(i + q)) === o.charCodeAt(q)) q++;
      if (q === o.length && restIsRhyme(text, i + q, j)) return true;
    }
  }
  return restIsRhyme(text, i, j);
}

/** text[i, j) is one to three vowels and a coda. */
function restIsRhyme(text: string, i: number, j: number): boolean {
  let v = i;
  while (v < j && isVowel[lowerOf(text.charCodeAt(v))]) v++;
  if (v === i || v - i > 3) return false;
  const n = j - v;
  if (n === 0) return true;
  if (n > 2) return false;
  const a = lowerOf(text.charCodeAt(v));
  if (n === 1) return a === 99 || a === 109 || a === 110 || a === 112 || a === 116; // c m n p t
  const b = lowerOf(text.charCodeAt(v + 1));
  return b === 104 ? a === 99 || a === 110 : a === 110 && b === 103; // ch nh | ng
}

/** True for a word that can be one Vietnamese syllable ("Nguyễn", "Minh"); false for "Samsung", "Kđăm". */
export function isVietnameseSyllable(word: string): boolean {
  return isSyllableAt(word, 0, word.length);
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
    if (this.starts.length === 0) return false;
    const i = this.lastBefore(e);
    return i >= 0 && this.maxEnds[i]! > s;
  }

  /** Some span starts within [s, e]. */
  startsWithin(s: number, e: number): boolean {
    if (this.starts.length === 0) return false;
    const i = this.lastBefore(e + 1);
    return i >= 0 && this.starts[i]! >= s;
  }
}

/**
 * A view of one sentence's tokens [lo, hi) with the tests rules make on them; every test is
 * false outside the sentence, so rules never read across a sentence boundary.
 */
const EMPTY: Tokens = tokenizeText("");

export class Cursor {
  T: Tokens = EMPTY;
  lo = 0;
  hi = 0;

  /** Moves to sentence `k` of `T`. */
  at(T: Tokens, k: number): this {
    this.T = T;
    this.lo = T.lo[k]!;
    this.hi = T.hi[k]!;
    return this;
  }

  has(k: number): boolean {
    return k >= this.lo && k < this.hi;
  }

  flags(k: number): number {
    return k >= this.lo && k < this.hi ? this.T.flags[k]! : 0;
  }

  /** A word that starts with a capital ("Bộ", "UBND"). */
  capWord(k: number): boolean {
    return (this.flags(k) & CAP) !== 0;
  }

  isWord(k: number): boolean {
    return (this.flags(k) & WORD) !== 0;
  }

  /** A lower-case word (no capital first; digits are not). */
  lowerWord(k: number): boolean {
    const f = this.flags(k);
    return (f & WORD) !== 0 && (f & (CAP | DIGIT)) === 0;
  }

  /** Punctuation token `k` is the character `c` ("(" → 40). */
  is(k: number, c: number): boolean {
    return k >= this.lo && k < this.hi && this.T.flags[k] === 0 && this.T.ch[k] === c;
  }

  /** Token `k` is the word with vocabulary id `id`. */
  isId(k: number, id: number): boolean {
    return k >= this.lo && k < this.hi && idAt(this.T, k) === id;
  }

  id(k: number): number {
    return k >= this.lo && k < this.hi ? idAt(this.T, k) : -1;
  }

  /** The role bits of token k among `mask`. */
  roles(k: number, mask: number): number {
    return k >= this.lo && k < this.hi ? rolesAt(this.T, k, mask) : 0;
  }

  /** Tokens a and b are written next to each other with at most one space between. */
  adj(a: number, b: number): boolean {
    return this.T.start[b]! - this.T.end[a]! <= 1;
  }

  text(k: number): string {
    return this.T.text.slice(this.T.start[k]!, this.T.end[k]!);
  }

  /** The text of tokens [a, b). */
  slice(a: number, b: number): string {
    return this.T.text.slice(this.T.start[a]!, this.T.end[b - 1]!);
  }

  /** Token k is one Vietnamese syllable. */
  syllable(k: number): boolean {
    return isSyllableAt(this.T.text, this.T.start[k]!, this.T.end[k]!);
  }

  lower(k: number): string {
    const id = this.id(k);
    return id >= 0 ? VOCAB.words[id]! : this.text(k).toLowerCase();
  }

  start(k: number): number {
    return this.T.start[k]!;
  }

  end(k: number): number {
    return this.T.end[k]!;
  }
}

/** Punctuation character codes. */
export const C = {
  open: 40, // (
  close: 41, // )
  comma: 44, // ,
  dash: 45, // -
  endash: 0x2013,
  dot: 46,
  slash: 47,
  colon: 58,
  amp: 38,
  semicolon: 59,
} as const;
