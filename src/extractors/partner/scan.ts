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
// others it steps over a character at a time, with one table lookup per character.
import { SHORT_FORMS } from "./ambiguity.js";
import { type FormIndex, GAZETTEER, type TextMatch } from "./gazetteer.js";
import { CLASSIFIER_LAST_WORDS, isClassifierEnd, unitMayBeForeign } from "./localities.js";
import { HashBits, isUpperCode, isWordCode } from "./tokens.js";

export interface SentenceScan {
  /** Gazetteer matches in order, none overlapping: at each word the longest form. */
  readonly matches: readonly TextMatch[];
}

// Character classes: a word character (as `tokenize`); one that starts a word worth a look (a
// capital letter, or the first letter of a gazetteer form that starts in lower case); any word
// character again, for a user's forms, which may start with any word; a capital letter.
const WORD = 1;
const LOOK = 2;
const LOOK_ANY = 4;
const UPPER = 8;
const CLASS = new Uint8Array(1 << 16);
for (let c = 0; c < 1 << 16; c++) CLASS[c] = isWordCode(c) ? WORD | LOOK_ANY | (isUpperCode(c) ? LOOK | UPPER : 0) : 0;
/** Gazetteer forms that start in lower case, by the first character of their first word. */
const LOWER_WORDS: (string[] | undefined)[] = [];
for (const w of GAZETTEER.lowerFirstWords()) {
  const c = w.charCodeAt(0);
  CLASS[c]! |= LOOK;
  (LOWER_WORDS[c] ??= []).push(w);
}
/** The last two letters of every classifier ("nh" of "tỉnh", "TP"), hashed as `pair`. */
const CLASSIFIER_ENDS = new HashBits(4096);
const pair = (a: number, b: number) => (a * 31 + b) & 0xffff;
for (const w of CLASSIFIER_LAST_WORDS) if (w.length > 1) CLASSIFIER_ENDS.add(pair(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1)));
/** A classifier's last word of one letter, which the pairs cannot tell (none today). */
const letterClassifier = CLASSIFIER_LAST_WORDS.some((w) => w.length < 2);

const SHORT = new Set(Object.keys(SHORT_FORMS));

/** "Mỹ - Trung", "Việt-Nhật": a short form with a dash and a word right after it. */
function shortBeforeDash(text: string, start: number, end: number): boolean {
  const n = text.length;
  if (end + 1 >= n) return false;
  const c = text.charCodeAt(end);
  const dashed =
    (c === 45 && isWordCode(text.charCodeAt(end + 1))) ||
    (c === 32 && end + 3 < n && text.charCodeAt(end + 1) === 45 && text.charCodeAt(end + 2) === 32 && isWordCode(text.charCodeAt(end + 3)));
  return dashed && SHORT.has(text.slice(start, end));
}

/** The start of the word that ends at `end` (exclusive). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (CLASS[text.charCodeAt(i - 1)]! & WORD) !== 0) i--;
  return i;
}

/** The end of the last word before `pos`, or -1. */
function wordEndBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (CLASS[text.charCodeAt(i - 1)]! & WORD) === 0) i--;
  return i > 0 ? i : -1;
}

/**
 * "tỉnh Tuv", "thủ đô Kabul": whether the capitalised word at `start` names a unit after a
 * classifier that may be foreign (localities.ts), looking back at the three words before it.
 */
function foreignUnit(text: string, start: number): boolean {
  // The classifier ends in a space or a full stop ("TP.HCM") right before the name.
  if (start < 2) return false;
  const sep = text.charCodeAt(start - 1);
  if (sep !== 32 && sep !== 46) return false;
  const end1 = sep === 32 && text.charCodeAt(start - 2) === 46 ? start - 2 : start - 1;
  if (end1 < 1 || (!letterClassifier && (end1 < 2 || !CLASSIFIER_ENDS.has(pair(text.charCodeAt(end1 - 2), text.charCodeAt(end1 - 1)))))) return false;
  const start1 = wordStart(text, end1);
  if (!isClassifierEnd(text, start1, end1)) return false;
  const end2 = wordEndBefore(text, start1);
  const start2 = end2 < 0 ? -1 : wordStart(text, end2);
  const end3 = start2 < 0 ? -1 : wordEndBefore(text, start2);
  const start3 = end3 < 0 ? -1 : wordStart(text, end3);
  return unitMayBeForeign(text, start, start3, start2, start1);
}

const NOTHING: readonly TextMatch[] = [];

/** Whether the lower-case first word `w` of a gazetteer form is the word at `i` (a word start). */
function lowerWordAt(text: string, i: number, w: string): boolean {
  const end = i + w.length;
  if (end > text.length) return false;
  let j = 1;
  while (j < w.length && text.charCodeAt(i + j) === w.charCodeAt(j)) j++;
  return j === w.length && (end === text.length || (CLASS[text.charCodeAt(end)]! & WORD) === 0);
}

/**
 * The sentence's gazetteer matches (`user`'s index wins where its form is at least as long),
 * or null when nothing in the sentence may name a partner. Words as `tokenize` makes them.
 */
export function scanSentence(text: string, user: FormIndex | null): SentenceScan | null {
  let matches: TextMatch[] | undefined;
  let other = false;
  const look = user ? LOOK_ANY : LOOK;
  const n = text.length;
  // The class of the character before `i`: a word starts where it is not a word character.
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = CLASS[text.charCodeAt(i)]!;
    // One test for most characters: a word start worth a look (`(prev & WORD) * 6` covers both looks).
    if ((c & look & ~((prev & WORD) * 6)) === 0) {
      prev = c;
      continue;
    }
    if ((c & UPPER) === 0 && !user) {
      // The first letter of a lower-case first word ("các", "châu"): most such words differ at
      // the next letter.
      const words = LOWER_WORDS[text.charCodeAt(i)]!;
      let k = 0;
      while (k < words.length && !lowerWordAt(text, i, words[k]!)) k++;
      if (k === words.length) {
        prev = c;
        continue;
      }
    }
    // A word to look at: its end first. The scan goes on after it (or after the match).
    const start = i;
    let end = i + 1;
    while (end < n && (CLASS[text.charCodeAt(end)]! & WORD) !== 0) end++;
    i = end - 1;
    prev = WORD;
    const a = user ? user.find(text, start, end) : null;
    const b = GAZETTEER.find(text, start, end);
    const m = a && (!b || a.end >= b.end) ? a : b;
    if (m) {
      (matches ??= []).push(m);
      i = m.end - 1;
    } else if (!matches && !other && (c & UPPER) !== 0) {
      // Once the sentence is to be read anyway, only the gazetteer matters.
      other = foreignUnit(text, start) || shortBeforeDash(text, start, end);
    }
  }
  return matches || other ? { matches: matches ?? NOTHING } : null;
}
