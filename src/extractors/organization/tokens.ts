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

import { CodeUnits } from "../../text/code-units.js";

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

/** `s` has no white space but single ASCII spaces (nothing for `/\s+/g` to fold). */
export function singleSpaced(s: string): boolean {
  let prev = false;
  for (let q = 0; q < s.length; q++) {
    const c = s.charCodeAt(q);
    const space = c === 32 || ((c < 32 || c > 0x7e) && (classOf(c) & K_SPACE) !== 0);
    if (space && (prev || c !== 32)) return false;
    prev = space;
  }
  return true;
}

function lowerOf(code: number): number {
  if (classes[code] === 0) fillClass(code);
  return lowers[code]!;
}

// ---------------------------------------------------------------------------------------------
// The vocabulary: interned lower-case words with role bits.

/** Role hints per hash bucket. */
const BLOOM_SIZE = 1 << 13;
const BLOOM_MASK = BLOOM_SIZE - 1;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Role bits 0-6 are the hot roles, tested on most tokens (see newRole); a token's hint holds them
 * exactly and sums up every other role in one more bit, so that the hints of an article's tokens
 * come from a table of one byte per bucket that stays in cache.
 */
const HOT = 0x7f;
const COLD = 0x80;

class Vocabulary {
  /** Per slot: [hash, id + 1] (0 = empty), side by side: a probe reads one cache line. */
  private table = new Int32Array(2 << 12);
  readonly words: string[] = [];
  /** Every word's characters, one after another, and per id [start, length] in them. */
  private chars = new Uint16Array(1 << 14);
  private charCount = 0;
  private spans = new Int32Array(2 << 12);
  private roleBits = new Uint32Array(1 << 12);
  /** Per id: the bits of the tries some entry of which starts with the word (see TokenTrie). */
  private startBits = new Uint32Array(1 << 12);
  /** Per id: the word's hash. */
  private idHashes = new Int32Array(1 << 12);
  /**
   * Per hash bucket (the low bits of a word's hash): the roles of all words in it. Zero means
   * no word with that hash has any role: a token can be passed over without finding its id.
   */
  readonly bloom = new Uint32Array(BLOOM_SIZE);
  /** Per hash bucket: its hot roles, and COLD when it has any other role (a token's hint). */
  readonly hints = new Uint8Array(BLOOM_SIZE);
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
    const mask = (this.table.length >> 1) - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.table[2 * s + 1]!;
      if (v === 0) break;
      if (this.table[2 * s] === h && this.words[v - 1] === lower) return v - 1;
    }
    const id = this.words.length;
    this.words.push(lower);
    this.version++;
    if (id >= this.roleBits.length) {
      this.roleBits = grown(this.roleBits, this.roleBits.length * 2);
      this.startBits = grown(this.startBits, this.startBits.length * 2);
      this.idHashes = grown(this.idHashes, this.idHashes.length * 2);
      this.spans = grown(this.spans, this.spans.length * 2);
    }
    if (this.charCount + lower.length > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, this.charCount + lower.length));
    this.spans[2 * id] = this.charCount;
    this.spans[2 * id + 1] = lower.length;
    for (let q = 0; q < lower.length; q++) this.chars[this.charCount++] = lower.charCodeAt(q);
    this.idHashes[id] = h;
    if (this.words.length * 2 > this.table.length >> 1) this.rehash(this.table.length);
    else this.place(h, id);
    return id;
  }

  private place(h: number, id: number): void {
    const mask = (this.table.length >> 1) - 1;
    let s = h & mask;
    while (this.table[2 * s + 1] !== 0) s = (s + 1) & mask;
    this.table[2 * s] = h;
    this.table[2 * s + 1] = id + 1;
  }

  /** Doubles the number of slots. */
  private rehash(slots: number): void {
    this.table = new Int32Array(2 * slots);
    for (let id = 0; id < this.words.length; id++) this.place(this.idHashes[id]!, id);
  }

  /** The id of text[i, j) lower-cased, whose lower-case hash is h; -1 when it is no word of any lexicon. */
  find(text: string, i: number, j: number, h: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const len = j - i;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = table[2 * s + 1]!;
      if (v === 0) return -1;
      if (table[2 * s] !== h) continue;
      const id = v - 1;
      if (this.spans[2 * id + 1] !== len) continue;
      const at = this.spans[2 * id]!;
      let q = 0;
      while (q < len && this.chars[at + q] === lowerOf(text.charCodeAt(i + q))) q++;
      if (q === len) return id;
    }
  }

  roles(id: number): number {
    return id < 0 ? 0 : this.roleBits[id]!;
  }

  /** The hash of word `id` (the hash a token of that word has). */
  hashOfId(id: number): number {
    return this.idHashes[id]!;
  }

  /** The trie bits of word `id` (0 for -1). */
  starts(id: number): number {
    return id < 0 ? 0 : this.startBits[id]!;
  }

  markStart(id: number, bit: number): void {
    this.startBits[id]! |= bit;
  }

  addRole(id: number, bit: number): void {
    if ((this.roleBits[id]! & bit) === bit) return;
    this.roleBits[id]! |= bit;
    const b = this.idHashes[id]! & BLOOM_MASK;
    this.bloom[b]! |= bit;
    this.hints[b]! |= (bit & HOT) | (bit & ~HOT ? COLD : 0);
    this.version++; // tokens read before carry stale role hints
  }
}

export const VOCAB = new Vocabulary();

let nextHot = 0;
let nextCold = 7;
/**
 * A fresh role bit. At most 7 roles are hot: those that rules test on most tokens (the first
 * word of an office or a body, family names, …); a test for one of them costs one byte of the
 * token's hint. At most 25 others.
 */
export function newRole(hot = false): number {
  if (hot) {
    if (nextHot >= 7) throw new Error("no hot role bits left");
    return 1 << nextHot++;
  }
  if (nextCold >= 32) throw new Error("no role bits left");
  return 1 << nextCold++;
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
  /** The hot roles some word with the token's hash has, and COLD for any other (see Vocabulary.hints): read it with `rolesAt`. */
  readonly hint: Uint8Array;
  readonly flags: Uint8Array;
  /** First code unit (for punctuation checks). */
  readonly ch: Uint16Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Per low bits of a hash: a token (+ 1) whose id was looked up, so that the same word later copies it (see lookUp). */
  readonly seen: Int32Array;
}

class Pool implements Tokens {
  text = "";
  n = 0;
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  hash = new Int32Array(4096);
  id = new Int32Array(4096);
  hint = new Uint8Array(4096);
  flags = new Uint8Array(4096);
  ch = new Uint16Array(4096);
  lo = new Int32Array(256);
  hi = new Int32Array(256);
  seen = new Int32Array(SEEN);

  reserve(tokens: number, sentences: number): void {
    if (tokens > this.start.length) {
      const size = Math.max(tokens, this.start.length * 2);
      this.start = new Int32Array(size);
      this.end = new Int32Array(size);
      this.hash = new Int32Array(size);
      this.id = new Int32Array(size);
      this.hint = new Uint8Array(size);
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

const ownUnits = new CodeUnits();
/** The code units of `text` (reused: valid until the next call); the tokenizer reads an array. */
const codeUnits = (text: string): Uint16Array => ownUnits.of(text);

/**
 * Appends the tokens of text[from, to) (code units, see codeUnits) to the pool. One table read
 * per code unit (`classes`); the lower case is read only for capitals. Spaces (most of them
 * ASCII) are skipped first. Returns whether a capital letter stands after the first word's first
 * run of letters (the test of `articleTokens`), found on the way.
 */
function tokenizeRange(p: Pool, text: Uint16Array, from: number, to: number): boolean {
  let n = p.n;
  const { start, end, hash, id, hint, flags, ch } = p;
  const hints = VOCAB.hints;
  const cls = classes;
  let firstWord = true;
  let capitalAfter = false;
  let i = from;
  while (i < to) {
    const c0 = text[i]!;
    if (c0 === 32) {
      i++;
      continue;
    }
    let k0 = cls[c0]!;
    if (k0 === 0) k0 = fillClass(c0);
    if (k0 & K_SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!(k0 & K_WORD)) {
      if (j < to && (c0 & 0xfc00) === 0xd800) j++; // a surrogate pair
      if (k0 & K_UPPER && !firstWord) capitalAfter = true; // "Ⓐ": a capital, not a letter
      // Punctuation inside names ("KH&ĐT", "Lao động - Thương binh") has an id too.
      let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
      if (j === i + 2) h = Math.imul(h ^ text[i + 1]!, FNV_PRIME);
      start[n] = i;
      end[n] = j;
      flags[n] = 0;
      ch[n] = c0;
      hash[n] = h;
      hint[n] = hints[h & BLOOM_MASK]!;
      n++;
      i = j;
      continue;
    }
    // A word: hash its lower-cased characters and note its case on the way.
    let h = FNV_OFFSET;
    let capitals = 0;
    let acc = 0;
    let q = i;
    let firstRunCapitals = -1;
    for (;;) {
      for (; q < to; q++) {
        const c = text[q]!;
        let k = cls[c]!;
        if (k === 0) k = fillClass(c);
        if (!(k & K_WORD)) break;
        acc |= k;
        if (k & K_UPPER) {
          capitals++;
          h = Math.imul(h ^ lowers[c]!, FNV_PRIME);
        } else h = Math.imul(h ^ c, FNV_PRIME);
      }
      if (firstRunCapitals < 0) firstRunCapitals = capitals;
      if (q + 1 >= to) break;
      const c = text[q]!;
      if ((c === 39 || c === 0x2019) && classOf(text[q + 1]!) & K_WORD) {
        h = Math.imul(h ^ c, FNV_PRIME);
        q++;
      } else break;
    }
    if (firstWord) {
      if (capitals > firstRunCapitals) capitalAfter = true; // "H'Hen"
      firstWord = false;
    } else if (capitals) capitalAfter = true;
    j = q;
    let f = WORD;
    if (k0 & K_UPPER) {
      f |= CAP;
      if (capitals === 1) {
        if (!(acc & K_DIGIT)) f |= TITLE;
      } else if (capitals >= 2 && !(acc & K_LOWER) && classOf(text[i + 1]!) & K_UPPER) f |= UPPER;
    } else if (k0 & K_DIGIT) {
      f |= DIGIT;
      if (!(acc & K_NONDIGIT)) f |= NUMBER;
    }
    start[n] = i;
    end[n] = j;
    flags[n] = f;
    ch[n] = c0;
    hash[n] = h;
    hint[n] = hints[h & BLOOM_MASK]!;
    n++;
    i = j;
    // Most words are followed by one space: step over it here.
    if (text[i] === 32) i++;
  }
  id.fill(UNRESOLVED, p.n, n);
  p.n = n;
  return capitalAfter;
}

/** Slots of Tokens.seen. */
const SEEN = 1 << 10;

/** Not looked up yet. */
const UNRESOLVED = -2;

/** The vocabulary id of token k, or -1; looked up once, on first request. */
export function idAt(T: Tokens, k: number): number {
  let v = T.id[k]!;
  if (v === UNRESOLVED) v = T.id[k] = lookUp(T, k);
  return v;
}

/**
 * The vocabulary id of token k. An article repeats its words ("bộ", "ông"): an earlier token of
 * the same word, compared in the article's own text, gives the id without reading the vocabulary.
 */
function lookUp(T: Tokens, k: number): number {
  const h = T.hash[k]!;
  const slot = h & (SEEN - 1);
  // An entry may be left from an earlier article: only a token of this one (below n), already
  // looked up, of the same hash and the same word, is taken.
  const other = T.seen[slot]! - 1;
  if (other >= 0 && other < T.n && T.hash[other] === h && T.id[other] !== UNRESOLVED && sameWord(T, other, k)) return T.id[other]!;
  T.seen[slot] = k + 1;
  return VOCAB.find(T.text, T.start[k]!, T.end[k]!, h);
}

/** Tokens a and b are the same word, case aside. */
function sameWord(T: Tokens, a: number, b: number): boolean {
  const sa = T.start[a]!;
  const sb = T.start[b]!;
  const len = T.end[a]! - sa;
  if (T.end[b]! - sb !== len) return false;
  const text = T.text;
  for (let q = 0; q < len; q++) {
    const x = text.charCodeAt(sa + q);
    const y = text.charCodeAt(sb + q);
    if (x !== y && lowerOf(x) !== lowerOf(y)) return false;
  }
  return true;
}

/** The role bits of token k among `mask` (0 for most words, without a lookup). */
export function rolesAt(T: Tokens, k: number, mask: number): number {
  const hint = T.hint[k]!;
  // A hot role is in the hint itself; any other is looked for in the bucket's full role set.
  if ((hint & mask & HOT) === 0 && ((hint & COLD) === 0 || (mask & ~HOT) === 0 || (VOCAB.bloom[T.hash[k]! & BLOOM_MASK]! & mask) === 0)) return 0;
  return VOCAB.roles(idAt(T, k)) & mask;
}

/**
 * Some token of [lo, hi) may have one of the hot roles in `mask`: a test on the tokens' hints,
 * without a lookup. False means none has; true, that some word with a token's hash has one.
 */
export function mayHaveRole(T: Tokens, lo: number, hi: number, mask: number): boolean {
  if (mask & ~HOT) throw new Error("only hot roles are in the hints");
  const hint = T.hint;
  let any = 0;
  for (let k = lo; k < hi; k++) any |= hint[k]!;
  return (any & mask) !== 0;
}

const pool = new Pool();
let cachedFor: object | null = null;
let cachedVersion = -1;

/**
 * Words that open a body's name which may go on in lower case only ("Chính phủ", "Quốc hội",
 * "Tỉnh ủy", "Công an tỉnh"): a sentence that starts with one is read whole even when no other
 * word in it is capitalised.
 */
export const R_OPENER = newRole(true);

/**
 * The tokens of the article of `ctx`, computed once and shared by the extractors that read them
 * (one article at a time: the arrays are reused for the next article).
 *
 * A sentence with no capital letter after its first word names no person and no body, unless
 * its first word opens one (R_OPENER): of such a sentence only the first word is kept.
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
  const codes = codeUnits(text);
  for (let k = 0; k < ss.length; k++) {
    const { start, end } = ss[k]!;
    const lo = pool.n;
    pool.lo[k] = lo;
    const w = firstRunEndWithoutCapitalAfter(codes, start, end);
    if (w >= 0) {
      // No capital after the first run (a cheap scan, no tokens): the tokens of the first run,
      // and the rest only when that word opens a body. The same tokens as the test below.
      tokenizeRange(pool, codes, start, w);
      if (rolesAt(pool, pool.n - 1, R_OPENER)) tokenizeRange(pool, codes, w, end);
    } else if (!tokenizeRange(pool, codes, start, end)) {
      // No capital after the first word: keep the tokens through the first word, and the rest
      // only when that word opens a body.
      let first = lo;
      while (first < pool.n && !(pool.flags[first]! & WORD)) first++;
      if (first < pool.n) {
        if (pool.end[first]! > wordRunEnd(text, pool.start[first]!, end)) {
          // The first word goes on after an apostrophe ("d'Ivoire"): read as the first run alone.
          pool.n = lo;
          const w = wordRunEnd(text, start, end);
          tokenizeRange(pool, codes, start, w);
          const last = pool.n - 1;
          if (last >= lo && rolesAt(pool, last, R_OPENER)) tokenizeRange(pool, codes, w, end);
        } else if (!rolesAt(pool, first, R_OPENER)) pool.n = first + 1;
      }
    }
    pool.hi[k] = pool.n;
  }
  cachedFor = ss;
  cachedVersion = VOCAB.version;
  return pool;
}

/**
 * The end of the first run of letters, marks and digits of text[from, to) (code units) when no
 * code unit after that run has a different lower case; -1 when one has, when there is no run, or
 * when a surrogate stands before the run (left to tokenizeRange, which pairs surrogates). Then
 * tokenizeRange would find no capital after the first word, and its tokens up to the end of the
 * run are those of text[from, end of run).
 */
function firstRunEndWithoutCapitalAfter(text: Uint16Array, from: number, to: number): number {
  const cls = classes;
  let i = from;
  for (; i < to; i++) {
    const c = text[i]!;
    let k = cls[c]!;
    if (k === 0) k = fillClass(c);
    if (k & K_WORD) break;
    if ((c & 0xf800) === 0xd800) return -1;
  }
  if (i >= to) return -1;
  for (; i < to; i++) {
    const c = text[i]!;
    let k = cls[c]!;
    if (k === 0) k = fillClass(c);
    if (!(k & K_WORD)) break;
  }
  const runEnd = i;
  for (; i < to; i++) {
    const c = text[i]!;
    let k = cls[c]!;
    if (k === 0) k = fillClass(c);
    if (k & K_UPPER) return -1;
  }
  return runEnd;
}

/** The end of the first run of letters, marks and digits at or after `i`. */
function wordRunEnd(text: string, i: number, end: number): number {
  while (i < end && !(classOf(text.charCodeAt(i)) & K_WORD)) i++;
  while (i < end && classOf(text.charCodeAt(i)) & K_WORD) i++;
  return i;
}

/** The tokens of one phrase (a lexicon entry, a corpus snippet): for tests and lexicon building. */
export function tokenizeText(text: string): Tokens {
  const p = new Pool();
  p.reserve(text.length + 1, 1);
  p.text = text;
  p.lo[0] = 0;
  tokenizeRange(p, codeUnits(text), 0, text.length);
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

export interface TrieMatch<V> {
  value: V;
  /** Token index just after the match. */
  end: number;
}

let nextTrieBit = 0;

/** Node flags. */
const HAS_VALUE = 1;
const HAS_CHILDREN = 2;

/**
 * A trie over interned lower-case words. Later `add`s of the same phrase keep the first value.
 *
 * Flat, for the cache: nodes are numbers (0 the root), and every edge (parent, word id) → child
 * is one slot of an open-addressing table in an Int32Array, so a step of a walk reads one slot
 * and one byte of node flags instead of following a Map per node.
 */
/** A copy of a typed array with room for `length` elements. */
function grown<T extends Uint16Array | Uint32Array | Int32Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

export class TokenTrie<V> {
  /** Per slot: [parent, word id, child + 1] (0 = an empty slot). */
  private edges = new Int32Array(3 * 8);
  private edgeCount = 0;
  private nodeFlags = new Uint8Array(8);
  private values: (V | undefined)[] = [undefined];
  /** The node of the last match of `longestEnd` (read by `longest`). */
  private lastNode = 0;
  /**
   * This trie's bit among the words' start bits (the first 32 tries; 0 for later ones): a walk
   * from a word that opens no entry ends on one array read, without probing the edges.
   */
  private readonly bit = nextTrieBit < 32 ? 1 << nextTrieBit++ : 0;

  private static slotOf(parent: number, id: number, mask: number): number {
    let h = Math.imul(Math.imul(parent, 0x9e3779b1) ^ id, 0x85ebca6b);
    h ^= h >>> 15;
    return (h ^ (h >>> 7)) & mask;
  }

  /**
   * The children of the root by word id (child + 1; 0 = none): the first step of every walk is
   * one array read instead of a probe of the edge table.
   */
  private rootChildren = new Int32Array(0);

  /** The child of `node` by word `id`, or -1. */
  private child(node: number, id: number): number {
    if (node === 0) return id >>> 0 < this.rootChildren.length ? this.rootChildren[id]! - 1 : -1;
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    for (let s = TokenTrie.slotOf(node, id, mask); ; s = (s + 1) & mask) {
      const c = edges[3 * s + 2]!;
      if (c === 0) return -1;
      if (edges[3 * s] === node && edges[3 * s + 1] === id) return c - 1;
    }
  }

  private addChild(node: number, id: number): number {
    // At most 3/5 full: small enough to stay in cache, and a miss reads few neighbouring slots.
    if (5 * (this.edgeCount + 1) > 3 * (this.edges.length / 3)) this.grow();
    const child = this.values.length;
    this.values.push(undefined);
    if (child >= this.nodeFlags.length) {
      const f = new Uint8Array(this.nodeFlags.length * 2);
      f.set(this.nodeFlags);
      this.nodeFlags = f;
    }
    this.place(node, id, child);
    if (node === 0) {
      if (id >= this.rootChildren.length) this.rootChildren = grown(this.rootChildren, Math.max(id + 1, 2 * this.rootChildren.length));
      this.rootChildren[id] = child + 1;
    }
    this.edgeCount++;
    this.nodeFlags[node]! |= HAS_CHILDREN;
    return child;
  }

  private place(node: number, id: number, child: number): void {
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    let s = TokenTrie.slotOf(node, id, mask);
    while (edges[3 * s + 2] !== 0) s = (s + 1) & mask;
    edges[3 * s] = node;
    edges[3 * s + 1] = id;
    edges[3 * s + 2] = child + 1;
  }

  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 3) if (old[s + 2] !== 0) this.place(old[s]!, old[s + 1]!, old[s + 2]! - 1);
  }

  add(phrase: string, value: V): this {
    let node = 0;
    for (const k of keysOf(phrase)) {
      const id = VOCAB.intern(k);
      if (node === 0) VOCAB.markStart(id, this.bit);
      const c = this.child(node, id);
      node = c >= 0 ? c : this.addChild(node, id);
    }
    if (node !== 0 && !(this.nodeFlags[node]! & HAS_VALUE)) {
      this.values[node] = value;
      this.nodeFlags[node]! |= HAS_VALUE;
    }
    return this;
  }

  /** True when some entry's first word has this id. */
  starts(id: number): boolean {
    return id >= 0 && this.child(0, id) >= 0;
  }

  /** Gives the first word of every entry the role bit, for a quick check before `longest`. */
  markFirst(bit: number): this {
    const edges = this.edges;
    for (let s = 0; s < edges.length; s += 3) if (edges[s + 2] !== 0 && edges[s] === 0) VOCAB.addRole(edges[s + 1]!, bit);
    return this;
  }

  /** The longest entry that starts at token `i` and ends by token `hi`, or null. */
  longest(t: Tokens, i: number, hi: number): TrieMatch<V> | null {
    const end = this.longestEnd(t, i, hi);
    return end < 0 ? null : { value: this.values[this.lastNode]!, end };
  }

  /** The end of the longest entry that starts at token `i`, or -1. */
  longestEnd(t: Tokens, i: number, hi: number): number {
    if (i >= hi || (this.bit !== 0 && (VOCAB.starts(idAt(t, i)) & this.bit) === 0)) return -1;
    const flags = this.nodeFlags;
    let node = 0;
    let end = -1;
    for (let j = i; j < hi && flags[node]! & HAS_CHILDREN; j++) {
      const id = idAt(t, j);
      if (id < 0) break;
      node = this.child(node, id);
      if (node < 0) break;
      if (flags[node]! & HAS_VALUE) {
        end = j + 1;
        this.lastNode = node;
      }
    }
    return end;
  }

  /** True when some entry starting at token `i` ends exactly at token `e`. */
  endsAt(t: Tokens, i: number, e: number): boolean {
    const flags = this.nodeFlags;
    let node = 0;
    for (let j = i; j < e && flags[node]! & HAS_CHILDREN; j++) {
      const id = idAt(t, j);
      if (id < 0) return false;
      node = this.child(node, id);
      if (node < 0) return false;
      if (j + 1 === e) return (flags[node]! & HAS_VALUE) !== 0;
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
/** Onsets by the code of their first letter (lower case, all below 0x180), longest first. */
const onsetsBy: (string[] | undefined)[] = new Array<string[] | undefined>(0x180).fill(undefined);
for (const o of ONSETS) if (o) (onsetsBy[o.charCodeAt(0)] ??= []).push(o);

/** text[i, j) is one Vietnamese syllable, in any case ("Nguyễn", "MINH"); not "Samsung", "Kđăm". */
export function isSyllableAt(text: string, i: number, j: number): boolean {
  if (j - i > 8) return false;
  const first = lowerOf(text.charCodeAt(i));
  const options = first < onsetsBy.length ? onsetsBy[first] : undefined;
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
    // A token of another hash is another word: no lookup.
    return k >= this.lo && k < this.hi && this.T.hash[k] === VOCAB.hashOfId(id) && idAt(this.T, k) === id;
  }

  id(k: number): number {
    return k >= this.lo && k < this.hi ? idAt(this.T, k) : -1;
  }

  /** The role bits of token k among `mask`. */
  roles(k: number, mask: number): number {
    if (k < this.lo || k >= this.hi) return 0;
    // Most tokens have none of the hot roles asked for and no other role at all: the hint alone
    // says so, without a call (the test rolesAt makes first).
    const hint = this.T.hint[k]!;
    if ((hint & mask) === 0 && (hint & COLD) === 0) return 0;
    return rolesAt(this.T, k, mask);
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
