// Normalisation of Vietnamese text, keeping the offset map of MappedText so that facts found
// in the normalised text point exactly into the original:
//
//   NFC → one pass for line endings, invisible characters, tone-mark style and spaces →
//   run-together words
//
// The middle steps are one regex alternation and one rewrite (one offset map instead of four):
// normalisation runs on every article, so its cost is felt on every article.
import { MappedText, TextBuilder, rewrite } from "./mapped.js";


/** NFC for each base character with its combining marks (only where the text is not NFC). */
function nfc(text: string) {
  if (text.normalize("NFC") === text) return null;
  return rewrite(/\P{M}\p{M}+|\p{M}+/gu, (m) => m[0].normalize("NFC"))(text);
}

// Old-style ("hoà", "thuỷ") → new-style ("hòa", "thủy") tone placement in open syllables
// ending in oa, oe, uy. Syllables with a final consonant ("hoàng") are the same in both.
// Anchored on the rare pair itself, so the scan is one cheap pass.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
function newToneStyle(m: RegExpExecArray): string {
  {
    const first = m[0][0]!;
    const d = m[0][1]!.normalize("NFD");
    const second = d[0]!;
    const tone = d.slice(1);
    if (!TONE_MARKS.test(tone)) return m[0];
    const pair = (first + second).toLowerCase();
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") return m[0];
    const before = m.input[m.index - 1] ?? "";
    // "qu" is a consonant: "quý" keeps its mark on y; "gì"-like pairs are not affected.
    if (pair === "uy" && (before === "q" || before === "Q")) return m[0];
    // Only a pair that ends a Vietnamese syllable: what comes before must be a consonant or nothing.
    if (/[\p{L}]/u.test(before) && /[aăâeêiıoôơuưy]/iu.test(before.normalize("NFD")[0]!)) return m[0];
    return (first + tone).normalize("NFC") + second;
  }
}

const H_SPACE = "[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]";
const ODD_SPACE = "[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]";
const ONE_PASS = new RegExp(
  [
    "\\r\\n?", // CRLF and lone CR → LF
    "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]+", // zero-width characters, soft hyphens → dropped
    "[Ðð]", // Icelandic eth, a legacy-font stand-in → Đ đ
    "[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\\p{L}\\p{M}])", // old tone placement → new
    `${H_SPACE}{2,}`, // runs of white space → one space (none at a line end)
    ODD_SPACE, // tabs, no-break and other spaces → a space
    " (?=[\\r\\n]|$)", // a space at a line end → dropped
  ].join("|"),
  "gu",
);

// Where one of ONE_PASS's alternatives can start, as a table of code units: most characters
// of a text are not, and testing the table is far cheaper than the regex's scan.
const STARTS_HERE = new Uint8Array(0x10000);
const SPACE_AT = new Uint8Array(0x10000); // horizontal white space of H_SPACE
for (const c of "\r\u200B\u200C\u200D\u2060\uFEFF\u00ADÐð\t\u00A0\u202F\u205F\u3000") STARTS_HERE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) STARTS_HERE[c] = SPACE_AT[c] = 1;
for (const c of " \t\u00A0\u202F\u205F\u3000") SPACE_AT[c.charCodeAt(0)] = 1;
const TONED_AFTER_OU = new Uint8Array(0x10000);
for (const c of "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ") TONED_AFTER_OU[c.charCodeAt(0)] = 1;

function onePassCanStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (STARTS_HERE[c]) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  // A space starts a run of spaces, or ends a line.
  if (c === 0x20) return next === -1 || next === 0x0a || next === 0x0d || SPACE_AT[next] === 1;
  // "o"/"u" + a toned vowel: the old tone placement.
  if (c === 0x6f || c === 0x4f || c === 0x75 || c === 0x55) return next !== -1 && TONED_AFTER_OU[next] === 1;
  return false;
}

function onePassReplacement(m: RegExpExecArray): string {
  const c = m[0][0]!;
  if (c === "\r") return "\n";
  if (c === "Ð") return "Đ";
  if (c === "ð") return "đ";
  if (c === "o" || c === "O" || c === "u" || c === "U") return newToneStyle(m);
  if (/[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(c)) return ""; // invisible characters
  const next = m.input[m.index + m[0].length];
  return next === "\n" || next === "\r" || next === undefined ? "" : " ";
}

const onePass = rewrite(ONE_PASS, onePassReplacement, onePassCanStart);
/** The same step with the regex scanning every character: the definition `onePass` is tested against. */
export const onePassByScan = rewrite(ONE_PASS, onePassReplacement);
/** Exported for tests: the step that `normalise` runs. */
export { onePass };

// A Vietnamese syllable (lower case, NFC): initial, vowel nucleus, final.
const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
const VOWEL = "[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]";
const FINAL = "(?:ch|nh|ng|c|m|n|p|t)?";
const SYLLABLE = new RegExp(`^${INITIAL}${VOWEL}{1,3}${FINAL}$`, "u");
const VIETNAMESE_ONLY = /[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;
const TWO_TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ].*[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/;

/**
 * Splits a lower-case word that is two Vietnamese syllables run together ("ngoàiphải" →
 * "ngoài phải"); returns the split point or -1. Only words with two tone marks or
 * Vietnamese-only letters on both sides qualify, so foreign words stay whole.
 */
export function runTogetherSplit(word: string): number {
  if (word.length < 4 || word.length > 14 || !TWO_TONED.test(word) || SYLLABLE.test(word)) return -1;
  for (let i = 2; i <= word.length - 2; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!/^[bcdđghklmnpqrstvx]/u.test(b)) continue;
    if (SYLLABLE.test(a) && SYLLABLE.test(b) && VIETNAMESE_ONLY.test(a) && VIETNAMESE_ONLY.test(b)) return i;
  }
  return -1;
}

// A syllable carries at most one tone mark, so a lower-case word with two toned vowels is the
// rare trigger to look for. One pass over char codes with lookup tables: a regex with these
// character classes costs several times more on two-byte strings.
const TONED_CHARS = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const TABLE_SIZE = 0x1f00;
const IS_TONED = new Uint8Array(TABLE_SIZE);
const IS_LOWER = new Uint8Array(TABLE_SIZE);
for (const c of TONED_CHARS) IS_TONED[c.charCodeAt(0)] = 1;
for (const c of `abcdefghijklmnopqrstuvwxyzăâêôơưđ${TONED_CHARS}`) IS_LOWER[c.charCodeAt(0)] = 1;
const LETTER = /[\p{L}\p{M}]/u;

function runTogether(text: string) {
  let b: TextBuilder | null = null;
  let last = 0;
  let start = 0;
  let tones = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < TABLE_SIZE && IS_LOWER[c]) {
      if (tones === 0 && (i === 0 || !(text.charCodeAt(i - 1) < TABLE_SIZE && IS_LOWER[text.charCodeAt(i - 1)]))) start = i;
      tones += IS_TONED[c]!;
      continue;
    }
    if (tones >= 2 && !LETTER.test(text[start - 1] ?? "") && !LETTER.test(text[i] ?? "")) {
      const at = runTogetherSplit(text.slice(start, i));
      if (at >= 0) {
        b ??= new TextBuilder(text);
        b.keep(last, start + at);
        b.insert(start + at, " ");
        last = start + at;
      }
    }
    tones = 0;
  }
  if (!b) return null;
  b.keep(last, text.length);
  return b.finish();
}

export interface NormaliseOptions {
  /** Split run-together syllables ("ngoàiphải"). Default true. */
  splitRunTogether?: boolean;
}

export function normalise(original: string, options: NormaliseOptions = {}): MappedText {
  let t = MappedText.identity(original).then(nfc).then(onePass);
  if (options.splitRunTogether !== false) t = t.then(runTogether);
  return t;
}
