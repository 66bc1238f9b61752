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
const NEVER = 0, ALWAYS = 1, SPACE = 2, O_OR_U = 3;
const START_KIND = new Uint8Array(0x10000);
const SPACE_AT = new Uint8Array(0x10000); // horizontal white space of H_SPACE
for (const c of "\r\u200B\u200C\u200D\u2060\uFEFF\u00ADÐð\t\u00A0\u202F\u205F\u3000") START_KIND[c.charCodeAt(0)] = ALWAYS;
for (let c = 0x2000; c <= 0x200a; c++) (START_KIND[c] = ALWAYS), (SPACE_AT[c] = 1);
for (const c of " \t\u00A0\u202F\u205F\u3000") SPACE_AT[c.charCodeAt(0)] = 1;
START_KIND[0x20] = SPACE;
for (const c of "oOuU") START_KIND[c.charCodeAt(0)] = O_OR_U;
const TONED_AFTER_OU = new Uint8Array(0x10000);
for (const c of "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ") TONED_AFTER_OU[c.charCodeAt(0)] = 1;

function onePassCanStart(text: string, i: number): boolean {
  const kind = START_KIND[text.charCodeAt(i)];
  if (kind === NEVER) return false;
  if (kind === ALWAYS) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  // A space starts a run of spaces, or ends a line.
  if (kind === SPACE) return next === -1 || next === 0x0a || next === 0x0d || SPACE_AT[next] === 1;
  // "o"/"u" + a toned vowel: the old tone placement.
  return next !== -1 && TONED_AFTER_OU[next] === 1;
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
// rare trigger to look for. One pass over char codes with one class table: a regex with these
// character classes costs several times more on two-byte strings.
const TONED_CHARS = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const TABLE_SIZE = 0x1f00;
const OTHER = 0, LOWER = 1, TONED = 2;
/** Per code unit below TABLE_SIZE: OTHER, LOWER (a lower-case letter) or TONED (also lower case). */
const LOWER_CLASS = new Uint8Array(TABLE_SIZE);
for (const c of "abcdefghijklmnopqrstuvwxyzăâêôơưđ") LOWER_CLASS[c.charCodeAt(0)] = LOWER;
for (const c of TONED_CHARS) LOWER_CLASS[c.charCodeAt(0)] = TONED;
const LETTER = /[\p{L}\p{M}]/u;

function runTogether(text: string) {
  let b: TextBuilder | null = null;
  let last = 0;
  // The current run of lower-case letters starts after `other` (the last code unit of another
  // class); `toned` is the last toned vowel seen in it or before it.
  let other = -1;
  let toned = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < TABLE_SIZE ? LOWER_CLASS[c]! : OTHER;
    if (k === OTHER) other = i;
    else if (k === TONED) {
      if (toned <= other) {
        toned = i;
        continue;
      }
      // A second toned vowel in one run: the run is a candidate.
      const start = other + 1;
      let end = i + 1;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d >= TABLE_SIZE || LOWER_CLASS[d] === OTHER) break;
        end++;
      }
      if (!LETTER.test(text[start - 1] ?? "") && !LETTER.test(text[end] ?? "")) {
        const at = runTogetherSplit(text.slice(start, end));
        if (at >= 0) {
          b ??= new TextBuilder(text);
          b.keep(last, start + at);
          b.insert(start + at, " ");
          last = start + at;
        }
      }
      // Past the run: the code unit at `end` (if any) is of another class.
      other = end;
      i = end;
    }
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
