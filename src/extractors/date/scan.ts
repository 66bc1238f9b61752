// One pass over the characters of a sentence that may hold a date (one with the trigger, see
// index.ts) that says which of the words and shapes the parsers' patterns need it holds: the
// parsers' gates (configuration.ts). Every flag is read exactly, so a parser whose gate is off
// would have matched nothing.
//
// The scan stops only at digits, dashes and the few marked vowels of the words it looks for
// ("tháng", "quý", "nửa", "năm", "và", "đến", "tới"), and reads their neighbours. (It is slower
// per character than a regular expression: it runs on the few sentences the trigger lets
// through, in place of a dozen patterns.)

/** `\d[/.-]\d`: "18/7", "1.5", "2-3". */
export const DAY_SEP = 2;
/** Two `\d[/.-]\d` that do not overlap: "3.7 - 28.7". */
export const DAY_SEP_TWICE = 4;
/** "tháng" in any case. */
export const THANG = 8;
/** "tháng " (a space after) in any case. */
export const THANG_SPACE = 16;
/** `\d\s*tháng\s*\d` in any case: "10 tháng 8". */
export const DAY_THANG = 32;
/** "nửa" in any case. */
export const NUA = 64;
/** "năm" in any case. */
export const NAM = 128;
/** "và" in any case. */
export const VA = 256;
/** "đến" or "tới" in any case. */
export const LINK_WORD = 512;
/** "-" or "–". */
export const DASH = 1024;
/** "uý" or "UÝ" (as written). */
export const QUY = 2048;
/** `(?:19|20)\d\d[\s\-–—/]`: a year and what may join it to another. */
export const YEAR_LINK = 4096;
/** `\d{4}-\d{1,2}-\d`: an ISO date. */
export const ISO_DATE = 8192;
/**
 * `\d[/.-](?:[01]\d|\d)(?!\d)`: a day-and-month shape, the month of one or two digits and no
 * more ("18/7", "5.12.2016"; not the thousands of "1.000" or "12.500"). Every numeric day-month
 * pattern of the parsers needs it.
 */
export const MONTH_SEP = 16384;
/** `tháng\s+\d` in any case: a numbered month ("tháng 8"; not "tháng trước", "hàng tháng"). */
export const THANG_NUM = 32768;
/** `\d(?:\s?[-–]\s?|\s+(?:đến|tới)\s+(?:ngày\s+)?)\d` in any case: two numbers joined as a range of days. */
export const DAY_LINK = 65536;
/** `\d\s+và\s` in any case: a number listed before "và". */
export const DIGIT_VA = 131072;
/** `(?:19|20)\d\d(?:\s*[-–—/]\s*|\s+(?:đến|tới)\s+(?:năm\s+)?)\d\d` in any case: a year joined to another. */
export const YEAR_PAIR = 262144;
/** `(?:uý|UÝ)\s+[I1-4]` (as written): a numbered quarter ("quý I", "QUÝ 4"; not "quý khách"). */
export const QUY_NUM = 524288;

const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** `[/.-]` */
const isDaySep = (c: number) => c === 0x2f || c === 0x2e || c === 0x2d;
/** An ASCII letter in either case; `lower` is the lower-case letter. */
const isLetter = (c: number, lower: number) => (c | 0x20) === lower;

// Marked vowels the scan stops at, lower and upper case.
const A_ACUTE = 0xe1; // á
const A_ACUTE_UP = 0xc1;
const Y_ACUTE = 0xfd; // ý
const Y_ACUTE_UP = 0xdd;
const U_HORN_HOOK = 0x1eed; // ử
const U_HORN_HOOK_UP = 0x1eec;
const A_BREVE = 0x103; // ă
const A_BREVE_UP = 0x102;
const A_GRAVE = 0xe0; // à
const A_GRAVE_UP = 0xc0;
const E_CIRC_ACUTE = 0x1ebf; // ế
const E_CIRC_ACUTE_UP = 0x1ebe;
const O_HORN_ACUTE = 0x1edb; // ớ
const O_HORN_ACUTE_UP = 0x1eda;
const D_STROKE = 0x111; // đ
const D_STROKE_UP = 0x110;

/** Characters the scan stops at (all below 0x2000, and the en dash). */
const STOP = new Uint8Array(0x2000);
for (let c = 0x30; c <= 0x39; c++) STOP[c] = 1;
for (const c of [
  0x2d,
  A_ACUTE,
  A_ACUTE_UP,
  Y_ACUTE,
  Y_ACUTE_UP,
  U_HORN_HOOK,
  U_HORN_HOOK_UP,
  A_BREVE,
  A_BREVE_UP,
  A_GRAVE,
  A_GRAVE_UP,
  E_CIRC_ACUTE,
  E_CIRC_ACUTE_UP,
  O_HORN_ACUTE,
  O_HORN_ACUTE_UP,
])
  STOP[c] = 1;

/** `(?:19|20)\d\d[\s\-–—/]` at `i`. */
function yearLinkAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (!((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30))) return false;
  if (!isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) return false;
  const c = text.charCodeAt(i + 4);
  return isSpace(c) || c === 0x2d || c === EN_DASH || c === EM_DASH || c === 0x2f;
}

/** `\d{4}-\d{1,2}-\d` at `i`. */
function isoDateAt(text: string, i: number): boolean {
  for (let k = 0; k < 4; k++) if (!isDigit(text.charCodeAt(i + k))) return false;
  if (text.charCodeAt(i + 4) !== 0x2d || !isDigit(text.charCodeAt(i + 5))) return false;
  const c = text.charCodeAt(i + 6);
  if (c === 0x2d) return isDigit(text.charCodeAt(i + 7));
  return isDigit(c) && text.charCodeAt(i + 7) === 0x2d && isDigit(text.charCodeAt(i + 8));
}

/** `(?:[01]\d|\d)(?!\d)` at `i` (a digit): a month of one or two digits. */
function monthEndsAt(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!isDigit(next)) return true;
  const first = text.charCodeAt(i);
  return (first === 0x30 || first === 0x31) && !isDigit(text.charCodeAt(i + 2));
}

/** `\s+` from `i`: where the white space that starts there ends, -1 when there is none. */
function spacesFrom(text: string, i: number): number {
  if (!isSpace(text.charCodeAt(i))) return -1;
  do i++;
  while (isSpace(text.charCodeAt(i)));
  return i;
}

/** `(?:đến|tới)` in any case at `i`. */
function linkWordAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  if ((a === D_STROKE || a === D_STROKE_UP) && (b === E_CIRC_ACUTE || b === E_CIRC_ACUTE_UP)) return isLetter(c, 0x6e);
  return isLetter(a, 0x74) && (b === O_HORN_ACUTE || b === O_HORN_ACUTE_UP) && isLetter(c, 0x69);
}

/** `\s+(?:ngày\s+)?\d` (in any case) from `i`: the day after "đến" or "tới". */
function dayAfterLink(text: string, i: number): boolean {
  let k = spacesFrom(text, i);
  if (k < 0) return false;
  if (isDigit(text.charCodeAt(k))) return true;
  const a = text.charCodeAt(k + 2);
  if (!(isLetter(text.charCodeAt(k), 0x6e) && isLetter(text.charCodeAt(k + 1), 0x67) && (a === A_GRAVE || a === A_GRAVE_UP) && isLetter(text.charCodeAt(k + 3), 0x79))) return false;
  k = spacesFrom(text, k + 4);
  return k >= 0 && isDigit(text.charCodeAt(k));
}

/** `\d\s+` read backwards from `i`: white space at `i` and a digit before it. */
const digitSpacesBefore = (text: string, i: number) => isSpace(text.charCodeAt(i)) && digitBefore(text, i);

/** `\d\s?` before `i` and `\s?\d` after it (a dash at `i`). */
function digitsAroundDash(text: string, i: number): boolean {
  const before = isDigit(text.charCodeAt(i - 1)) || (isSpace(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i - 2)));
  return before && (isDigit(text.charCodeAt(i + 1)) || (isSpace(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))));
}

/** YEAR_PAIR's pattern at `i`, where `(?:19|20)\d\d` is. */
function yearPairAt(text: string, i: number): boolean {
  const twoDigits = (k: number) => isDigit(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1));
  const k = i + 4;
  let j = k;
  while (isSpace(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c === 0x2d || c === EN_DASH || c === EM_DASH || c === 0x2f) {
    j++;
    while (isSpace(text.charCodeAt(j))) j++;
    return twoDigits(j);
  }
  if (j === k || !linkWordAt(text, j)) return false;
  j = spacesFrom(text, j + 3);
  if (j < 0) return false;
  if (twoDigits(j)) return true;
  // "năm" in any case
  const a = text.charCodeAt(j + 1);
  if (!(isLetter(text.charCodeAt(j), 0x6e) && (a === A_BREVE || a === A_BREVE_UP) && isLetter(text.charCodeAt(j + 2), 0x6d))) return false;
  j = spacesFrom(text, j + 3);
  return j >= 0 && twoDigits(j);
}

/** `\s*\d` read backwards from `i`: a digit before white space. */
function digitBefore(text: string, i: number): boolean {
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && isDigit(text.charCodeAt(i));
}

/** `\s*\d` from `i`. */
function digitAfter(text: string, i: number): boolean {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return isDigit(text.charCodeAt(i));
}

/** The flags of a sentence (see the constants above). */
export function scan(text: string): number {
  let flags = 0;
  /** Where the last counted `\d[/.-]\d` ends, so that the next one counted does not overlap it. */
  let daySepEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2000 ? c !== EN_DASH : STOP[c] === 0) continue;
    if (c <= 0x39 && c >= 0x30) {
      if (isDaySep(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) {
        if (i >= daySepEnd) {
          flags |= daySepEnd < 0 ? DAY_SEP : DAY_SEP_TWICE;
          daySepEnd = i + 3;
        }
        if (monthEndsAt(text, i + 2)) flags |= MONTH_SEP;
      }
      if ((c === 0x31 || c === 0x32) && yearLinkAt(text, i)) {
        flags |= YEAR_LINK;
        if (yearPairAt(text, i)) flags |= YEAR_PAIR;
      }
      if (isoDateAt(text, i)) flags |= ISO_DATE;
      continue;
    }
    switch (c) {
      case 0x2d:
      case EN_DASH:
        flags |= DASH;
        if (digitsAroundDash(text, i)) flags |= DAY_LINK;
        break;
      case A_ACUTE:
      case A_ACUTE_UP: {
        // tháng: the "á" at i.
        const t = text.charCodeAt(i - 2);
        const h = text.charCodeAt(i - 1);
        const nn = text.charCodeAt(i + 1);
        const g = text.charCodeAt(i + 2);
        if (!(isLetter(t, 0x74) && isLetter(h, 0x68) && isLetter(nn, 0x6e) && isLetter(g, 0x67))) break;
        flags |= THANG;
        if (text.charCodeAt(i + 3) === 0x20) flags |= THANG_SPACE;
        if (isSpace(text.charCodeAt(i + 3)) && digitAfter(text, i + 3)) flags |= THANG_NUM;
        if (digitBefore(text, i - 3) && digitAfter(text, i + 3)) flags |= DAY_THANG;
        break;
      }
      case Y_ACUTE:
      case Y_ACUTE_UP: {
        // quý: the "ý" at i.
        const u = text.charCodeAt(i - 1);
        if (c === Y_ACUTE ? u === 0x75 : u === 0x55) {
          flags |= QUY;
          const k = spacesFrom(text, i + 1);
          const q = k < 0 ? 0 : text.charCodeAt(k);
          if (q === 0x49 || (q >= 0x31 && q <= 0x34)) flags |= QUY_NUM;
        }
        break;
      }
      case U_HORN_HOOK:
      case U_HORN_HOOK_UP:
        // nửa
        if (isLetter(text.charCodeAt(i - 1), 0x6e) && isLetter(text.charCodeAt(i + 1), 0x61)) flags |= NUA;
        break;
      case A_BREVE:
      case A_BREVE_UP:
        // năm
        if (isLetter(text.charCodeAt(i - 1), 0x6e) && isLetter(text.charCodeAt(i + 1), 0x6d)) flags |= NAM;
        break;
      case A_GRAVE:
      case A_GRAVE_UP:
        // và
        if (isLetter(text.charCodeAt(i - 1), 0x76)) {
          flags |= VA;
          if (isSpace(text.charCodeAt(i + 1)) && digitSpacesBefore(text, i - 2)) flags |= DIGIT_VA;
        }
        break;
      case E_CIRC_ACUTE:
      case E_CIRC_ACUTE_UP: {
        // đến
        const d = text.charCodeAt(i - 1);
        if ((d === D_STROKE || d === D_STROKE_UP) && isLetter(text.charCodeAt(i + 1), 0x6e)) {
          flags |= LINK_WORD;
          if (digitSpacesBefore(text, i - 2) && dayAfterLink(text, i + 2)) flags |= DAY_LINK;
        }
        break;
      }
      case O_HORN_ACUTE:
      case O_HORN_ACUTE_UP:
        // tới
        if (isLetter(text.charCodeAt(i - 1), 0x74) && isLetter(text.charCodeAt(i + 1), 0x69)) {
          flags |= LINK_WORD;
          if (digitSpacesBefore(text, i - 2) && dayAfterLink(text, i + 2)) flags |= DAY_LINK;
        }
        break;
    }
  }
  return flags;
}
