// Step 0: what in a sentence may name a partner, read in one pass over its characters:
//   gazetteer forms      "Hàn Quốc", "châu Âu", "Samsung" (the matches step 1 judges)
//   a foreign unit       "thành phố Gimje", "thủ đô Kabul": a classifier before a foreign-looking
//                        name, or a capital's name (step 2)
//   a dash compound      "Việt - Nhật" (step 3)
// Without a gazetteer match the later steps find nothing else in a sentence: a country stated
// in brackets, a company's country, a list, a relation all need a partner the gazetteer found.
// So a sentence with none of the three is skipped whole, never split into words: most
// sentences of general news are such sentences.
//
// All three start at a capitalised word, but for the few gazetteer forms that start with a
// lower-case word ("châu Âu", "các Tiểu vương quốc…"). The scan looks only at those words; the
// others it steps over a character at a time, with one table lookup per character, reading the
// characters from a typed array of the article's code units (code-units.ts), and it asks the
// gazetteer only about words whose shape is one of its first words'.
import { SHORT_FORMS } from "./ambiguity.js";
import { type FormIndex, GAZETTEER, type TextMatch } from "./gazetteer.js";
import { CLASSIFIER_LAST_WORDS, isClassifierEnd, unitMayBeForeign } from "./localities.js";
import { HashBits, SCAN_LOOK, charClasses, isUpperCode, isWordCode, shape, shapeOfCodes } from "./tokens.js";

export interface SentenceScan {
  /** Gazetteer matches in order, none overlapping: at each word the longest form. */
  readonly matches: readonly TextMatch[];
}

// Character classes, in the tokenizer's table (tokens.ts): a word character; a capital letter;
// one that starts a word worth a look (a capital letter, or the first letter of a gazetteer form
// that starts in lower case). For a user's forms, which may start with any word, any word
// character is worth a look.
const CLASS = charClasses();
const WORD = 1;
const UPPER = 4;
const LOOK = SCAN_LOOK;
const LOOK_ANY = WORD;
/** Gazetteer forms that start in lower case, by the first character of their first word. */
const LOWER_WORDS: (string[] | undefined)[] = [];
for (const w of GAZETTEER.lowerFirstWords()) {
  const c = w.charCodeAt(0);
  CLASS[c]! |= LOOK;
  (LOWER_WORDS[c] ??= []).push(w);
}
// Checked once: the bits the scan reads mean what it needs (a capital is a word character).
for (let c = 0; c < 1 << 16; c++) {
  const k = CLASS[c]!;
  if ((k & WORD) !== (isWordCode(c) ? WORD : 0) || (k & UPPER) !== (isUpperCode(c) ? UPPER : 0) || ((k & UPPER) !== 0 && (k & (LOOK | WORD)) !== (LOOK | WORD))) {
    throw new Error(`partner scan: character class of U+${c.toString(16)}`);
  }
}
/** The last two letters of every classifier ("nh" of "tỉnh", "TP"), hashed as `pair`. */
const CLASSIFIER_ENDS = new HashBits(4096);
const pair = (a: number, b: number) => (a * 31 + b) & 0xffff;
for (const w of CLASSIFIER_LAST_WORDS) if (w.length > 1) CLASSIFIER_ENDS.add(pair(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1)));
/** The shapes (tokens.ts) of the classifiers' last words: most words before a capital fail on them unsliced. */
const CLASSIFIER_SHAPES = new HashBits(4096);
for (const w of CLASSIFIER_LAST_WORDS) CLASSIFIER_SHAPES.add(shape(w, 0, w.length));
/** A classifier's last word of one letter, which the pairs cannot tell (none today). */
const letterClassifier = CLASSIFIER_LAST_WORDS.some((w) => w.length < 2);

/** Their first two letters, hashed as `pair`: most lower-case words that start alike differ at the second. */
const LOWER_PAIRS = new HashBits(4096);
for (const w of GAZETTEER.lowerFirstWords()) if (w.length > 1) LOWER_PAIRS.add(pair(w.charCodeAt(0), w.charCodeAt(1)));
/** And their third letters with the first two: "ch" starts many words, "châ" few. */
const LOWER_TRIPLES = new HashBits(4096);
const triple = (a: number, b: number, c: number) => (pair(a, b) * 31 + c) & 0xffff;
for (const w of GAZETTEER.lowerFirstWords()) if (w.length > 2) LOWER_TRIPLES.add(triple(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)));
/** A lower-case first word of two letters, which the triples cannot tell (none today). */
const twoLetterLowerWord = GAZETTEER.lowerFirstWords().some((w) => w.length < 3);
/** A lower-case first word of one letter, which the pairs cannot tell (none today). */
const letterLowerWord = GAZETTEER.lowerFirstWords().some((w) => w.length < 2);
/** The shapes of the gazetteer's first words: a word of another shape starts no form (no `find`). */
const FIRST_WORDS = new HashBits(1 << 14);
for (const h of GAZETTEER.firstWordShapes()) FIRST_WORDS.add(h);

const SHORT = new Set(Object.keys(SHORT_FORMS));

/** "Mỹ - Trung", "Việt-Nhật": a short form with a dash and a word right after it. */
function shortBeforeDash(text: string, start: number, end: number, codes: Uint16Array, base: number): boolean {
  const n = text.length;
  if (end + 1 >= n) return false;
  const at = base + end;
  const c = codes[at]!;
  const dashed =
    (c === 45 && isWordCode(codes[at + 1]!)) ||
    (c === 32 && end + 3 < n && codes[at + 1] === 45 && codes[at + 2] === 32 && isWordCode(codes[at + 3]!));
  return dashed && SHORT.has(text.slice(start, end));
}

/** The start of the word that ends at `end` (exclusive). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (CLASS[text.charCodeAt(i - 1)]! & WORD) !== 0) i--;
  return i;
}

/** `wordStart` read on the text's code units (`codes[base + i]` is `text.charCodeAt(i)`). */
function wordStartOfCodes(codes: Uint16Array, base: number, end: number): number {
  let i = end;
  while (i > 0 && (CLASS[codes[base + i - 1]!]! & WORD) !== 0) i--;
  return i;
}

/** The end of the last word before `pos`, or -1. */
function wordEndBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (CLASS[text.charCodeAt(i - 1)]! & WORD) === 0) i--;
  return i > 0 ? i : -1;
}

/**
 * Where a classifier's last word may end right before the word at `start` (-1: nowhere), by
 * the separator and the classifier's last two letters: a test most words fail, cheap enough to
 * make before `foreignUnit` is called.
 */
function classifierEndBefore(codes: Uint16Array, base: number, start: number): number {
  // The classifier ends in a space or a full stop ("TP.HCM") right before the name.
  if (start < 2) return -1;
  const sep = codes[base + start - 1]!;
  if (sep !== 32 && sep !== 46) return -1;
  const end1 = sep === 32 && codes[base + start - 2] === 46 ? start - 2 : start - 1;
  if (end1 < 1 || (!letterClassifier && (end1 < 2 || !CLASSIFIER_ENDS.has(pair(codes[base + end1 - 2]!, codes[base + end1 - 1]!))))) return -1;
  return end1;
}

/** Whether a dash follows the word that ends at `end` ("Mỹ - Trung", "Việt-Nhật"): `shortBeforeDash`'s first test. */
function dashAfter(codes: Uint16Array, base: number, end: number, n: number): boolean {
  if (end + 1 >= n) return false;
  const c = codes[base + end]!;
  return c === 45 || (c === 32 && codes[base + end + 1] === 45);
}

/**
 * "tỉnh Tuv", "thủ đô Kabul": whether the capitalised word at `start` names a unit after a
 * classifier that may be foreign (localities.ts), looking back at the three words before it.
 */
function foreignUnit(text: string, start: number, codes: Uint16Array, base: number): boolean {
  const end1 = classifierEndBefore(codes, base, start);
  if (end1 < 0) return false;
  const start1 = wordStartOfCodes(codes, base, end1);
  if (!CLASSIFIER_SHAPES.has(shapeOfCodes(codes, base + start1, base + end1)) || !isClassifierEnd(text, start1, end1)) return false;
  const end2 = wordEndBefore(text, start1);
  const start2 = end2 < 0 ? -1 : wordStart(text, end2);
  const end3 = start2 < 0 ? -1 : wordEndBefore(text, start2);
  const start3 = end3 < 0 ? -1 : wordStart(text, end3);
  return unitMayBeForeign(text, start, start3, start2, start1);
}

const NOTHING: readonly TextMatch[] = [];

/** Whether the lower-case first word `w` of a gazetteer form is the word at `i` (a word start) of a text of `n` characters. */
function lowerWordAt(codes: Uint16Array, base: number, n: number, i: number, w: string): boolean {
  const end = i + w.length;
  if (end > n) return false;
  let j = 1;
  while (j < w.length && codes[base + i + j] === w.charCodeAt(j)) j++;
  return j === w.length && (end === n || (CLASS[codes[base + end]!]! & WORD) === 0);
}

/**
 * The sentence's gazetteer matches (`user`'s index wins where its form is at least as long),
 * or null when nothing in the sentence may name a partner. Words as `tokenize` makes them.
 * `codes[base + i]` is `text.charCodeAt(i)` (code-units.ts): the loop reads every character.
 */
export function scanSentence(text: string, user: FormIndex | null, codes: Uint16Array, base: number): SentenceScan | null {
  let matches: TextMatch[] | undefined;
  let other = false;
  const look = user ? LOOK_ANY : LOOK;
  const n = text.length;
  // The class of the character before `i`: a word starts where it is not a word character.
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = CLASS[codes[base + i]!]!;
    // One test for most characters: a word start worth a look (`(prev & WORD) * (LOOK | WORD)` covers both looks).
    if ((c & look & ~((prev & WORD) * (LOOK | WORD))) === 0) {
      prev = c;
      continue;
    }
    if ((c & UPPER) === 0 && !user) {
      // The first letter of a lower-case first word ("các", "châu"): most such words differ at
      // the next letter.
      const code = codes[base + i]!;
      if (!letterLowerWord && (i + 1 >= n || !LOWER_PAIRS.has(pair(code, codes[base + i + 1]!)))) {
        prev = c;
        continue;
      }
      if (!twoLetterLowerWord && (i + 2 >= n || !LOWER_TRIPLES.has(triple(code, codes[base + i + 1]!, codes[base + i + 2]!)))) {
        prev = c;
        continue;
      }
      const words = LOWER_WORDS[code]!;
      let k = 0;
      while (k < words.length && !lowerWordAt(codes, base, n, i, words[k]!)) k++;
      if (k === words.length) {
        prev = c;
        continue;
      }
    }
    // A word to look at: its end first. The scan goes on after it (or after the match).
    const start = i;
    let end = i + 1;
    while (end < n && (CLASS[codes[base + end]!]! & WORD) !== 0) end++;
    i = end - 1;
    prev = WORD;
    const a = user ? user.find(text, codes, base, start, end) : null;
    const b = FIRST_WORDS.has(shapeOfCodes(codes, base + start, base + end)) ? GAZETTEER.find(text, codes, base, start, end) : null;
    const m = a && (!b || a.end >= b.end) ? a : b;
    if (m) {
      (matches ??= []).push(m);
      i = m.end - 1;
    } else if (!matches && !other && (c & UPPER) !== 0) {
      // Once the sentence is to be read anyway, only the gazetteer matters.
      other =
        (classifierEndBefore(codes, base, start) >= 0 && foreignUnit(text, start, codes, base)) ||
        (dashAfter(codes, base, end, n) && shortBeforeDash(text, start, end, codes, base));
    }
  }
  return matches || other ? { matches: matches ?? NOTHING } : null;
}
