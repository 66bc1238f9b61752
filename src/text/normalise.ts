// Normalisation of Vietnamese text, step by step, each keeping the offset map of MappedText
// so that facts found in the normalised text point exactly into the original.
//
//   line endings → invisible characters → NFC → one tone-mark style → spaces → run-together words
import { MappedText, TextBuilder, rewrite } from "./mapped.js";

/** CRLF and lone CR become LF. */
const lineEndings = rewrite(/\r\n?/g, () => "\n");

/** Zero-width characters and soft hyphens are dropped; Ð (Icelandic eth) is read as Đ. */
const invisibles = rewrite(/[\u200B-\u200D\u2060\uFEFF\u00AD]+|[Ðð]/g, (m) =>
  m[0] === "Ð" ? "Đ" : m[0] === "ð" ? "đ" : "",
);

/** NFC for each base character with its combining marks (only where the text is not NFC). */
function nfc(text: string) {
  if (text.normalize("NFC") === text) return null;
  return rewrite(/\P{M}\p{M}+|\p{M}+/gu, (m) => m[0].normalize("NFC"))(text);
}

// Old-style ("hoà", "thuỷ") → new-style ("hòa", "thủy") tone placement in open syllables
// ending in oa, oe, uy. Syllables with a final consonant ("hoàng") are the same in both.
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const OLD_TONE = new RegExp(
  `(?<![\\p{L}])([\\p{L}]*?)([oOuU])([aAeEyY])([${TONES.join("")}])(?![\\p{L}\\p{M}])`,
  "gu",
);
function toneMarks(text: string) {
  // Work on NFD pieces so that the tone mark is one code point, then recompose.
  const candidates = /[\p{L}]*[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/gu;
  return rewrite(candidates, (m) => {
    const word = m[0];
    const d = word.normalize("NFD");
    OLD_TONE.lastIndex = 0;
    const x = OLD_TONE.exec(d);
    if (!x) return word;
    const [, head, first, second, tone] = x as unknown as [string, string, string, string, string];
    const pair = (first + second).toLowerCase();
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") return word;
    // "qu" is a consonant: "quý" keeps its mark on y.
    if (pair === "uy" && /[qQ]$/.test(head)) return word;
    const fixed = (head + first + tone + second).normalize("NFC");
    return fixed.length === word.length ? fixed : word;
  })(text);
}

/** Runs of horizontal white space become one space; white space at line ends goes. */
const spaces = rewrite(/[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, (m) => {
  const next = m.input[m.index + m[0].length];
  return next === "\n" || next === undefined ? "" : " ";
});

// A Vietnamese syllable (lower case, NFC): initial, vowel nucleus, final.
const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
const VOWEL = "[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]";
const FINAL = "(?:ch|nh|ng|c|m|n|p|t)?";
const SYLLABLE = new RegExp(`^${INITIAL}${VOWEL}{1,3}${FINAL}$`, "u");
const VIETNAMESE_ONLY = /[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;
const TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gu;

/**
 * Splits a lower-case word that is two Vietnamese syllables run together ("ngoàiphải" →
 * "ngoài phải"); returns the split point or -1. Only words with two tone marks or
 * Vietnamese-only letters on both sides qualify, so foreign words stay whole.
 */
export function runTogetherSplit(word: string): number {
  if (word.length < 4 || word.length > 14 || SYLLABLE.test(word)) return -1;
  if ((word.match(TONED) ?? []).length < 2) return -1;
  for (let i = 2; i <= word.length - 2; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!/^[bcdđghklmnpqrstvx]/u.test(b)) continue;
    if (SYLLABLE.test(a) && SYLLABLE.test(b) && VIETNAMESE_ONLY.test(a) && VIETNAMESE_ONLY.test(b)) return i;
  }
  return -1;
}

function runTogether(text: string) {
  const re = /(?<![\p{L}\p{M}])\p{Ll}{4,14}(?![\p{L}\p{M}])/gu;
  let m: RegExpExecArray | null;
  let b: TextBuilder | null = null;
  let last = 0;
  while ((m = re.exec(text))) {
    const at = runTogetherSplit(m[0]);
    if (at < 0) continue;
    b ??= new TextBuilder(text);
    b.keep(last, m.index + at);
    b.insert(m.index + at, " ");
    last = m.index + at;
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
  let t = MappedText.identity(original).then(lineEndings).then(invisibles).then(nfc).then(toneMarks).then(spaces);
  if (options.splitRunTogether !== false) t = t.then(runTogether);
  return t;
}
