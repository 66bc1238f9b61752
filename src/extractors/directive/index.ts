// directive extractor: policy and legal documents referred to in the text.
//
// Three ways a document is named, tried in this order at every anchor (a kind word such as
// "Nghị định", or a number that starts a symbol):
//   1. numbered   "Chỉ thị số 15-CT/TW, ngày 10/8/2022 của Ban Bí thư", "21/NQ-CP",
//                 "Nghị định 30/2020/NĐ-CP", partial "Quyết định số 62/2013", "Chỉ thị 15"
//   2. law        "Luật Đất đai 2024", "Bộ luật Lao động", "Hiến pháp năm 2013"
//   3. resolution "Nghị quyết Đại hội Đảng lần thứ XIII", "Nghị quyết Trung ương 4 khóa XII"
//   4. plan       "Chương trình hành động của Chính phủ giai đoạn 2022 - 2026",
//                 "Chiến lược phát triển kinh tế - xã hội giai đoạn 2021-2030"
//
// The pipeline calls `extract` once per sentence; the extractor reads the whole article on
// the first call (cached per context) so that a partial reference ("Chỉ thị 15") takes the
// full symbol stated elsewhere ("15-CT/TW"), every mention of one document carries the
// fields stated at any of them, and a named document takes its fullest name.
//
// Evidence runs from the kind word through the symbol and the stated date and issuer; the
// claim is only the symbol (a name's descriptive part for named documents), so that the date
// in the evidence stays a date fact and "15" of "15-CT/TW" never becomes a figure.
import type { Gazetteer } from "../../config.js";
import { directiveNumberKey, fold } from "../../facts/keys.js";
import type { Sentence } from "../../segment/index.js";
import type { Candidate, ExtractContext, Extractor, Span } from "../types.js";
import {
  CLAUSE_VERBS,
  CODE_TITLES,
  COUNTED_AFTER_NUMBER,
  ISSUER_BREAKS,
  ISSUER_HEADS,
  ISSUER_INNER_WORDS,
  KINDS,
  KIND_ABBREVIATIONS,
  LAW_ABBREVIATIONS,
  LAW_TITLES,
  MIXED_CASE_CODES,
  NAME_LATE_STOPWORDS,
  NAME_STOPWORDS,
  NUMBERED_ISSUER_HEADS,
  ORDINAL_WORDS,
  ORGAN_NOUNS,
  ORG_CODES,
  ORG_PRECEDERS,
  PARTY_ORG_CODES,
  PLACE_CLASSIFIERS,
  PLURAL_BEFORE,
  STATE_ISSUER_HEADS,
  SUBJECT_DOC_NOUNS,
  SUBJECT_PERSON_TITLES,
  SURNAMES,
  PARTY_TYPE_CODES,
  SUBJECT_CLAUSE_BREAKS,
  SUBJECT_HARD_BREAKS,
  SUBJECT_LINKS,
  SUBJECT_VERBS,
  TYPE_CODES,
  type KindEntry,
} from "./lexicon.js";

type DirectiveFact = Candidate<"directive">["fact"];

// ---------------------------------------------------------------------------------------
// Patterns (compiled once)

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const alt = (xs: readonly string[]) => [...xs].sort(byLengthDesc).map(esc).join("|");

const END = "(?![\\p{L}\\p{N}])";
const YEAR = "(?:19|20)\\d{2}";

/** Surface form (capitalised or lower-case first letter) → kind entry. */
const KIND_BY_FORM = new Map<string, KindEntry>();
for (const k of KINDS) {
  for (const f of k.forms) {
    KIND_BY_FORM.set(f, k);
    KIND_BY_FORM.set(lowerFirst(f), k);
  }
}

/** Upper-case Vietnamese vowels with marks (the ASCII ones are in A-Z). */
const VIET_UPPER = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

/**
 * Every place a document may start: a kind word, an abbreviated kind before a number, or a
 * number that opens a symbol. Grouped by first letter and without look-behinds; sticky: it runs
 * only where `nextAnchor` finds that one of its branches may start. Word boundaries are
 * checked in code (`anchorOk`).
 */
const ANCHOR_RE = (() => {
  const byFirst = new Map<string, string[]>();
  for (const k of KINDS) {
    for (const f of k.forms) {
      const rest = byFirst.get(f[0]!) ?? [];
      rest.push(f.slice(1));
      byFirst.set(f[0]!, rest);
    }
  }
  const upper = [...byFirst].map(([c, rests]) => `${c}(?:${alt(rests)})`).join("|");
  // A lower-case kind word counts only before a number ("quyết định số 4898") or a
  // capitalised title ("luật Đất đai", "nghị quyết Đại hội …"): the common nouns "quy định",
  // "kế hoạch", "chương trình" are not even looked at.
  const lower = [...byFirst].map(([c, rests]) => `${c.toLowerCase()}(?:${alt(rests)})`).join("|");
  return new RegExp(
    `(?<kind>${upper}|(?:${lower})(?=\\s?(?:số|\\d|[A-ZĐ${VIET_UPPER}])))` +
      `|(?<abbr>${alt(Object.keys(KIND_ABBREVIATIONS))})(?=\\s?\\d)|(?<num>\\d{1,5})(?=[a-z]?\\s?(?:[-–—/]\\s?[A-ZĐƯ]|\\/\\s?(?:19|20)\\d\\d\\s?\\/\\s?[A-ZĐƯ]))`,
    "y",
  );
})();

/** Every literal a letter anchor starts with: the kind forms (both cases) and the abbreviations. */
const ANCHOR_WORDS: readonly string[] = [
  ...KINDS.flatMap((k) => k.forms.flatMap((f) => [f, lowerFirst(f)])),
  ...Object.keys(KIND_ABBREVIATIONS),
];
/**
 * Per character code, one bit per group of ANCHOR_WORDS (a group: the words of one first letter
 * and length class, two letters or more): FIRST_CHAR holds the bits of the groups that start with
 * the character, SECOND_CHAR (THIRD_CHAR) those of the groups that have some word with the
 * character second (third). The masks of a position where a word starts share a bit; a group of
 * two-letter words ("CT", "KL") takes any third character (SHORT_GROUPS). Digits have their own
 * bit (DIGIT), which every character takes second and third: every digit is looked at.
 */
const FIRST_CHAR = new Int32Array(65536);
const SECOND_CHAR = new Int32Array(65536);
const THIRD_CHAR = new Int32Array(65536);
const DIGIT = 1 << 30;
const SHORT_GROUPS = (() => {
  const bitOf = new Map<string, number>();
  let short = DIGIT;
  for (const w of ANCHOR_WORDS) {
    const key = `${w.charAt(0)}${w.length > 2 ? "" : " short"}`;
    let bit = bitOf.get(key);
    if (bit === undefined) {
      bit = bitOf.size;
      if (bit > 29) throw new Error("directive: too many word groups for the anchor tables");
      bitOf.set(key, bit);
    }
    const mask = 1 << bit;
    FIRST_CHAR[w.charCodeAt(0)] |= mask;
    SECOND_CHAR[w.charCodeAt(1)] |= mask;
    if (w.length > 2) THIRD_CHAR[w.charCodeAt(2)] |= mask;
    else short |= mask;
  }
  return short;
})();
for (let c = 0x30; c <= 0x39; c++) FIRST_CHAR[c] = DIGIT;
for (let c = 0; c < 65536; c++) SECOND_CHAR[c] |= DIGIT;

/** ANCHOR_WORDS by their first character's code. */
const WORDS_BY_FIRST = new Map<number, string[]>();
for (const w of ANCHOR_WORDS) {
  const list = WORDS_BY_FIRST.get(w.charCodeAt(0));
  if (list) list.push(w);
  else WORDS_BY_FIRST.set(w.charCodeAt(0), [w]);
}

/** `[-–—/]`: what follows a number that opens a symbol (after at most a letter and a space). */
const isSymbolJoin = (c: number) => c === 0x2d || c === 0x2f || c === 0x2013 || c === 0x2014;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** The character code at `i`, 0 past the end (no table has bits for it but SECOND_CHAR's DIGIT). */
const codeAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : 0);

/**
 * The next match of ANCHOR_RE at or after `from`, exactly as a global scan of the pattern
 * (lastIndex = `from`) would find it; but the pattern runs (sticky) only where one of its
 * branches may start: at a digit, or where one of ANCHOR_WORDS starts. The tables reject every
 * other position with a few loads (a window of three characters rolls along the text). Mid-word
 * positions are tried too: `anchorOk` rejects a match there, but a global scan steps over it,
 * and so must this.
 */
function nextAnchor(text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  let c0 = codeAt(text, from);
  let c1 = codeAt(text, from + 1);
  for (let p = from; p < n; p++) {
    const c2 = p + 2 < n ? text.charCodeAt(p + 2) : 0;
    const m = FIRST_CHAR[c0]! & SECOND_CHAR[c1]!;
    if (m !== 0 && (m & (THIRD_CHAR[c2]! | SHORT_GROUPS)) !== 0) {
      if (m === DIGIT) {
        // `\d{1,5}(?=[a-z]?\s?[-–—/]…)`: the run of digits from p ends at b; a start more than
        // five digits before b cannot match, and every later start in the run succeeds or
        // fails with the first (the same look-ahead at b), so the scan tries one start per run.
        let b = p + 1;
        while (b < n && isDigitCode(text.charCodeAt(b))) b++;
        if (isSymbolJoin(text.charCodeAt(b)) || isSymbolJoin(text.charCodeAt(b + 1)) || isSymbolJoin(text.charCodeAt(b + 2))) {
          ANCHOR_RE.lastIndex = Math.max(p, b - 5);
          const found = ANCHOR_RE.exec(text);
          if (found) return found;
        }
        // On at b (the loop's p++ makes it b).
        p = b - 1;
        c0 = codeAt(text, b);
        c1 = codeAt(text, b + 1);
        continue;
      }
      if (startsWord(text, p, c0)) {
        ANCHOR_RE.lastIndex = p;
        const found = ANCHOR_RE.exec(text);
        if (found) return found;
      }
    }
    c0 = c1;
    c1 = c2;
  }
  return null;
}

/** Whether one of ANCHOR_WORDS starts at `p` (whose character code is `c`). */
function startsWord(text: string, p: number, c: number): boolean {
  for (const w of WORDS_BY_FIRST.get(c)!) if (text.startsWith(w, p)) return true;
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BEFORE_NUMBER = /[\p{L}\p{N}/.,\-–—]/u;

function anchorOk(text: string, m: RegExpExecArray): boolean {
  const before = m.index > 0 ? text.charAt(m.index - 1) : "";
  const g = m.groups!;
  if (g.num) return !before || !BEFORE_NUMBER.test(before);
  if (before && LETTER_OR_DIGIT.test(before)) return false;
  if (g.kind) {
    const after = text.charAt(m.index + m[0].length);
    return !after || !LETTER_OR_DIGIT.test(after);
  }
  return true;
}

/** A capitalised kind word at a position (ends issuer names and name descriptions). */
const KIND_AT_RE = new RegExp(`\\s(?:${alt(KINDS.flatMap((k) => k.forms))})${END}`, "uy");

// A symbol segment: upper-case letters and digits; the official mixed-case codes (TTg, CTr,
// QĐi, TTr) end in one lower-case letter. Words with lower case ("Chỉ", "Km160") never match.
const SEG = "[\\p{Lu}][\\p{Lu}\\d&]*[gri]?(?![\\p{L}\\p{N}])";
const DASH = "\\s?[-–—]\\s?";
const SLASH = "\\s?\\/\\s?";
const SYMBOL_RE = new RegExp(
  `(?<lead>\\d{1,5}[a-z]?)(?:` +
    `${DASH}(?<ptype>${SEG})${SLASH}(?<porg>${SEG})` +
    `|${SLASH}(?<year>${YEAR})${SLASH}(?<ltype>${SEG})(?<lrest>(?:${DASH}${SEG})*)` +
    `|${SLASH}(?<atype>${SEG})(?<arest>(?:${DASH}${SEG})*)` +
    `)(?![\\p{L}\\p{N}&]|[-–—/][\\p{L}\\p{N}])`,
  "uy",
);

/** A partial reference: the leading number, optionally with its year ("62/2013"). */
const PARTIAL_RE = new RegExp(
  `(?<lead>\\d{1,5}[a-z]?)(?:${SLASH}(?<year>${YEAR}))?(?![\\p{L}\\p{N}]|[.,]\\d|\\s?[-–—/]\\s?[\\p{L}\\p{N}])`,
  "uy",
);

const YEAR_AFTER_RE = new RegExp(`\\s${YEAR}${END}`, "uy");

/** Between a kind word and its number: " số ", " số: ", " ", or nothing after an abbreviation. */
const KIND_TO_NUMBER_RE = /\s(?<so>số\s?:?\s?)?/uy;
const ABBR_TO_NUMBER_RE = /\s?(?<so>số\s?:?\s?)?/uy;

const DATE_CORE =
  `ngày\\s(?<d>\\d{1,2})(?:\\s?[\\/.\\-–]\\s?(?<m>\\d{1,2})(?:\\s?[\\/.\\-–]\\s?(?<y>\\d{4}))?` +
  `|\\stháng\\s(?<m2>\\d{1,2})(?:\\snăm\\s(?<y2>\\d{4}))?)(?![\\p{L}\\p{N}]|[\\/.\\-]\\d)`;
/** ", ngày 10/8/2022", " ban hành ngày 3/2", " (ngày 20-2-2023)", " ngày 10 tháng 8 năm 2022". */
const TAIL_DATE_RE = new RegExp(
  `(?<open>,\\s?|\\s\\(|\\s)(?:(?:ký\\s)?ban hành\\s|ký\\s)?${DATE_CORE}(?<close>\\))?`,
  "uy",
);
const TAIL_ISSUER_RE = /(?:,\s?|\s)(?<w>của|do)\s/uy;
const DO_ISSUED_RE = /\s(?:ký\s)?(?:ban hành|thông qua|ký)(?![\p{L}\p{N}])/uy;

const ISSUER_HEAD_RE = new RegExp(`(?:${alt(ISSUER_HEADS)})${END}`, "uy");
const ISSUER_HEAD_ANY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(ISSUER_HEADS)})${END}`, "gu");
/**
 * What stands between an issuer and the kind it issued: "Chính phủ vừa ban hành Nghị quyết …",
 * "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng đã ký Quyết định …".
 */
const ISSUED_VERB_RE = new RegExp(
  `^(?:\\s(?:${alt(SURNAMES)})(?:\\s\\p{Lu}\\p{Ll}*){1,3})?\\s(?:(?:đã|vừa|mới|cũng|chính thức)\\s)*(?:ký ban hành|ban hành|ký|có|ra|thông qua)\\s(?:các\\s)?$`,
  "u",
);
const SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES);

/** One word after a space: letters/digits with inner "-", ".", "&" ("tế-xã", "TP.HCM", "GD&ĐT"). */
const WORD_RE = /\s(?<w>[\p{L}\p{N}][\p{L}\p{N}&'’]*(?:[.\-–][\p{L}\p{N}&]+)*)/uy;
const LONE_DASH_RE = /\s[-–](?=\s\p{Ll})/uy;
/** "phòng, chống …": the one comma that stays inside a name. */
const PHONG_CHONG_RE = /(?<=phòng),(?=\schống)/uy;
const OF_RE = /\scủa\s/uy;

const RANGE = `${YEAR}(?:\\s?[-–—]\\s?${YEAR}|\\s(?:đến|tới)\\s(?:năm\\s)?${YEAR})?`;
/** The period in a plan's name: " giai đoạn 2021-2030", " đến năm 2030", " 5 năm 2021-2025", " (2016-2020)". */
const TIME_MAIN_RE = new RegExp(
  `\\s(?:(?:giai đoạn|thời kỳ|nhiệm kỳ)\\s(?:từ\\s)?(?:năm\\s)?${RANGE}` +
    `|(?:giai đoạn\\s)?(?:đến|tới)\\s(?:năm\\s)?${YEAR}` +
    `|\\d{1,2}\\snăm\\s(?:giai đoạn\\s)?\\(?${RANGE}\\)?` +
    `|\\(${RANGE}\\))${END}`,
  "uy",
);
/** ", tầm nhìn đến năm 2050", " và định hướng đến 2030", ", có xét đến năm 2025". */
const TIME_EXT_RE = new RegExp(
  `(?:,\\s?|\\s)(?:và\\s)?(?:tầm nhìn|định hướng|có xét đến)(?:\\s(?:đến|tới))?(?:\\snăm)?\\s${YEAR}${END}`,
  "uy",
);
const QUOTED_TITLE_RE = /\s?(?<q>[“"])(?<t>[^“”"\n]{3,200})[”"]/uy;

const LAW_YEAR_RE = new RegExp(`\\s(?:năm\\s)?(?<y>${YEAR})(?![\\p{L}\\p{N}]|[\\/.,\\-]\\d)`, "uy");
const LAW_AMENDED_RE = /\s(?:\(sửa đổi\)|sửa đổi)(?![\p{L}\p{N}])/uy;
const LAW_NUMBER_RE = /\s(?:số\s?:?\s?)/uy;
const CONSTITUTION_RE = new RegExp(
  `(?:\\s(?:nước\\s)?(?:Cộng hòa xã hội chủ nghĩa|CHXHCN)\\sViệt Nam)?\\s(?:năm\\s)?${YEAR}(?![\\p{L}\\p{N}]|[\\/.,\\-]\\d)`,
  "uy",
);
/** One Vietnamese syllable, lower case: a title word that is not one ("Plus", "Jonathan") is a name, not a law. */
const VIET_SYLLABLE_RE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:ch|nh|ng|[cmnpt])?$/u;
/** An abbreviated law title right after "Luật " ("BHXH", "Thuế TTĐB"), case-sensitive. */
const LAW_ABBR_RE = new RegExp(`(?:${alt(Object.keys(LAW_ABBREVIATIONS))})(?![\\p{L}\\p{N}&]|[.\\-–/][\\p{L}\\p{N}])`, "uy");
/** "Luật BHXH sửa đổi" → "luật bảo hiểm xã hội sửa đổi": one key for a law's abbreviated and full names. */
const LAW_ABBR_IN_NAME_RE = new RegExp(`(?<=^(?:Luật|luật)\\s)(?:${alt(Object.keys(LAW_ABBREVIATIONS))})(?![\\p{L}\\p{N}])`, "u");

/** Capitalised words after "Luật" that open an amending law's long title, not a short title. */
const NOT_A_TITLE: ReadonlySet<string> = new Set(["Sửa", "Bổ", "Số", "Mới", "Này", "Sư"]);

const EVENT_HEAD_RE = /\s(?<h>Đại hội|Hội nghị|Trung ương|TƯ|TW)(?![\p{L}\p{N}])/uy;
const CENTRAL_RE = /(?<![\p{L}\p{N}])(?:Trung ương|TƯ|TW)(?![\p{L}\p{N}])/u;
/** Words after which a bare number is the congress's or plenum's ordinal ("Trung ương 4", "khóa 12"). */
const ORDINAL_SLOTS: ReadonlySet<string> = new Set(["thứ", "Trung ương", "ương", "TƯ", "TW", "Hội nghị", "khóa", "Khóa"]);
const EVENT_WORDS = new Set(["bộ", "chấp", "đại", "biểu", "đảng", "hành", "huyện", "khóa", "lần", "phố", "phường", "quận", "quốc", "thành", "thị", "thứ", "tỉnh", "toàn", "trung", "ương", "xã"]);
const PAREN_KHOA_RE = /\s?\((?:khóa|Khóa)\s(?:[IVXLC]+|\d{1,2})\)/uy;
/** "Nghị quyết Trung ương 4, khóa XII": the term after a comma. */
const COMMA_KHOA_RE = /,\s?(?:khóa|Khóa)\s(?:[IVXLC]+|\d{1,2})(?![\p{L}\p{N}])/uy;
const OF_PARTY_RE = /\scủa\sĐảng(?![\p{L}\p{N}])/uy;

const SUBJECT_OPEN_RE = new RegExp(
  `(?:,\\s?|\\s)(?:(?<ve>về việc\\s|về\\s)(?<q1>[“"])?|(?<q2>[“"])(?:về việc\\s|về\\s)?|(?=(?:${alt(SUBJECT_VERBS)})${END}))`,
  "uy",
);
const SUBJECT_STOP_RE = new RegExp(
  `[;:!?()\\[\\]\\n“”"…]|\\.(?!\\d)|,\\s(?=\\p{Lu}|(?:${alt(SUBJECT_CLAUSE_BREAKS)})${END})|\\s[-–]\\s(?=\\p{Lu})` +
    `|\\s(?=(?:${alt(SUBJECT_HARD_BREAKS)})${END})` +
    // "… thương mại | do Bộ trưởng Trần Tuấn Anh ký" (but "dịch bệnh do vi rút … gây ra" goes on),
    // "… thương mại | và báo cáo tiếp thu …", "… | và Nghị quyết về …".
    `|\\s(?=do\\s(?:${alt(ISSUER_HEADS)})${END})` +
    `|\\s(?=và\\s(?:${alt([...SUBJECT_DOC_NOUNS, ...SUBJECT_PERSON_TITLES, ...KINDS.flatMap((k) => k.forms)])})${END})`,
  "gu",
);
const SUBJECT_LINK_END_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(SUBJECT_LINKS)})\\s*$`, "u");
/** A link word at most two lower-case words before the end: "triển khai hiệu quả | Nghị quyết số 35/NQ-CP". */
const SUBJECT_LINK_NEAR_END_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(SUBJECT_LINKS)})(?:\\s\\p{Ll}+){0,2}\\s*$`, "u");
const SUBJECT_TRAILING_RE = /(?:[\s,;:–-]|(?<![\p{L}])(?:và|cùng|hoặc|với)(?![\p{L}]))+$/u;
const MAX_SUBJECT = 250;

const isCap = (t: string) => /^\p{Lu}/u.test(t);
const isRoman = (t: string) => /^[IVXLC]+$/.test(t);
const isAllCaps = (t: string) => /^[\p{Lu}\d&.\-]+$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);

const LAW_TITLE_LIST = [...LAW_TITLES].sort(byLengthDesc).map((t) => ({ t, l: t.toLowerCase() }));
const CODE_TITLE_LIST = [...CODE_TITLES].sort(byLengthDesc).map((t) => ({ t, l: t.toLowerCase() }));

// ---------------------------------------------------------------------------------------
// What one sentence yields before the article-level pass

interface Raw {
  start: number;
  end: number;
  claims: Span[];
  kind: string;
  kindStated: boolean;
  number?: string;
  /** A full symbol (not a partial reference). */
  full: boolean;
  lead?: string;
  year?: string;
  name?: string;
  /** "plan" names fold into a longer name in the article; "event" names by their congress/plenum; "subject" names are a kind and its subject. */
  nameClass?: "plan" | "law" | "event" | "subject";
  /** Dropped at the article level: a subject name that restates a numbered document's subject. */
  drop?: boolean;
  issuer?: string;
  /** 3 stated after ("của Ban Bí thư"), 2 stated before ("Chính phủ ban hành …"), 1 inferred from the symbol. */
  issuerRank: number;
  date?: string;
  subject?: string;
  /** Where a subject may start (after the evidence), and where the symbol/name ends. */
  after: number;
  coreEnd: number;
}

interface Parsed {
  /** The kind comes from a kind code in the symbol ("NQ", "CT"), not from its shape. */
  typeCoded?: boolean;
  number: string;
  lead: string;
  year?: string;
  kind?: string;
  issuer?: string;
  end: number;
}

// ---------------------------------------------------------------------------------------
// Symbols

function canonicalNumber(raw: string): string {
  const s = raw.replace(/\s+/g, "").replace(/[–—]/g, "-").toUpperCase();
  return s
    .split(/([-/])/)
    .map((p) => MIXED_CASE_CODES[p] ?? p)
    .join("");
}

const segsOf = (rest: string | undefined) =>
  (rest ?? "")
    .split(/\s?[-–—]\s?/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
const orgCode = (seg: string) => ORG_CODES[seg] ?? ORG_CODES[seg.replace(/\d+$/, "")];
const issuersOf = (segs: string[]) => {
  const names = [...new Set(segs.map(orgCode).filter((x): x is string => !!x))];
  return names.length ? names.join(", ") : undefined;
};

/** A full symbol at `pos`; `stated` relaxes what a bare symbol must look like. */
function parseSymbol(text: string, pos: number, stated: boolean): Parsed | null {
  SYMBOL_RE.lastIndex = pos;
  const m = SYMBOL_RE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const number = canonicalNumber(m[0]);
  const lead = g.lead!;
  const out: Parsed = { number, lead, end: pos + m[0].length };
  if (g.ptype) {
    const type = g.ptype.toUpperCase();
    const org = g.porg!.toUpperCase();
    out.kind = PARTY_TYPE_CODES[type];
    out.typeCoded = !!out.kind;
    out.issuer = PARTY_ORG_CODES[org];
    if (!stated && !out.kind) return null;
  } else if (g.ltype) {
    out.year = g.year;
    const type = g.ltype.toUpperCase();
    const rest = segsOf(g.lrest);
    if (TYPE_CODES[type]) {
      out.kind = TYPE_CODES[type];
      out.typeCoded = true;
      out.issuer = issuersOf(rest);
      if (!stated && rest.length === 0) return null;
    } else if (/^(?:UBTV)?QH\d*$/.test(type)) {
      out.kind = type.startsWith("UBTV") ? "Nghị quyết" : "Luật";
      out.issuer = orgCode(type);
    } else if (!stated) return null;
  } else {
    const type = g.atype!.toUpperCase();
    const rest = segsOf(g.arest);
    if (TYPE_CODES[type]) {
      out.kind = TYPE_CODES[type];
      out.typeCoded = true;
      out.issuer = issuersOf(rest);
      if (!stated && rest.length === 0) return null;
    } else if (orgCode(type)) {
      out.kind = "Công văn";
      out.issuer = orgCode(type);
      if (!stated && rest.length === 0) return null;
    } else if (!stated) return null;
  }
  return out;
}

/** The word after a partial number, to reject "Kế hoạch 5 năm", "quy định 6 người". */
function countedAfter(text: string, pos: number): boolean {
  WORD_RE.lastIndex = pos;
  const a = WORD_RE.exec(text);
  if (!a) return false;
  const w1 = a.groups!.w!.toLowerCase();
  if (w1 === "năm") {
    YEAR_AFTER_RE.lastIndex = pos + a[0].length;
    return !YEAR_AFTER_RE.test(text);
  }
  if (COUNTED_AFTER_NUMBER.has(w1)) {
    if (w1 === "ngày") return !/^\s\d{1,2}\s?[\/.\-]\s?\d/u.test(text.slice(pos + a[0].length, pos + a[0].length + 10));
    return true;
  }
  WORD_RE.lastIndex = pos + a[0].length;
  const b = WORD_RE.exec(text);
  return !!b && COUNTED_AFTER_NUMBER.has(`${w1} ${b.groups!.w!.toLowerCase()}`);
}

// ---------------------------------------------------------------------------------------
// Issuers, dates, subjects

const gazetteerRegex = new WeakMap<Gazetteer, RegExp | null>();
function gazetteerIssuerRe(g: Gazetteer): RegExp | null {
  if (gazetteerRegex.has(g)) return gazetteerRegex.get(g)!;
  const names = g.organizations.flatMap((o) => [o.name, ...o.aliases]).filter((n) => n.trim());
  const re = names.length ? new RegExp(`(?:${alt(names.map((n) => n.normalize("NFC")))})${END}`, "uy") : null;
  gazetteerRegex.set(g, re);
  return re;
}

/** An issuing body starting at `pos`: a known head ("Ban", "Bộ", "Chính phủ", "UBND" …) and the words of its name. */
function parseIssuer(text: string, pos: number, gaz: Gazetteer): Span | null {
  const gre = gazetteerIssuerRe(gaz);
  let head = "";
  let end = -1;
  if (gre) {
    gre.lastIndex = pos;
    const g = gre.exec(text);
    if (g) end = pos + g[0].length;
  }
  ISSUER_HEAD_RE.lastIndex = pos;
  const h = ISSUER_HEAD_RE.exec(text);
  if (h && pos + h[0].length >= end) {
    head = h[0];
    end = pos + h[0].length;
  }
  if (end < 0) return null;
  let good = end;
  // The first capitalised word of a name may go on in lower case ("Bộ Tài chính", "Hội nghị
  // Ngoại giao", "Bộ Kế hoạch và Đầu tư"); a place name after "tỉnh", "TP" … may not
  // ("UBND tỉnh Thái Bình | do …").
  let capRun = 0;
  let inPlace = false;
  let lastWord = head.split(" ").pop() ?? head;
  for (let i = 0; i < 12; i++) {
    // A kind word ends the issuer ("của Chính phủ | Quy định …") unless it names the body ("Bộ Kế hoạch và Đầu tư").
    KIND_AT_RE.lastIndex = end;
    if (KIND_AT_RE.test(text) && !ORG_PRECEDERS.has(lastWord.toLowerCase())) break;
    WORD_RE.lastIndex = end;
    const w = WORD_RE.exec(text);
    if (!w) break;
    const t = w.groups!.w!;
    const tl = t.toLowerCase();
    const next = end + w[0].length;
    if (t === "và") {
      KIND_AT_RE.lastIndex = next;
      WORD_RE.lastIndex = next;
      const n = WORD_RE.exec(text);
      if (!n || !isCap(n.groups!.w!) || KIND_AT_RE.test(text)) break;
      end = next;
      capRun = 0;
      inPlace = false;
      continue;
    }
    const cap = isCap(t);
    // A signatory's name after the body ends it: "Bộ Tài chính | Đinh Tiến Dũng".
    if (cap && SURNAME_SET.has(t) && !PLACE_CLASSIFIERS.has(lastWord.toLowerCase())) {
      WORD_RE.lastIndex = next;
      const n = WORD_RE.exec(text);
      if (n && isCap(n.groups!.w!)) break;
    }
    // Two-word inner phrases first ("thành phố", "nhân dân"), so that "thành lập" does not pass.
    WORD_RE.lastIndex = next;
    const n2 = WORD_RE.exec(text);
    const pair = n2 ? `${tl} ${n2.groups!.w!.toLowerCase()}` : "";
    if (n2 && ISSUER_INNER_WORDS.has(pair)) {
      end = next + n2[0].length;
      good = end;
      capRun = 0;
      lastWord = n2.groups!.w!;
      inPlace = PLACE_CLASSIFIERS.has(lastWord.toLowerCase());
      continue;
    }
    const continues = capRun === 1 && !inPlace && /^\p{Ll}/u.test(t) && !ISSUER_BREAKS.has(tl) && !ISSUER_BREAKS.has(pair);
    if (cap || ISSUER_INNER_WORDS.has(tl) || continues || (/^\d{1,3}$/.test(t) && NUMBERED_ISSUER_HEADS.has(head))) {
      end = next;
      good = end;
      // An organ's own word restarts the name ("Bộ trưởng Bộ Tài chính"); an abbreviation never goes on ("LHQ").
      capRun = !cap ? 0 : ORGAN_NOUNS.has(t) ? 0 : isAllCaps(t) ? 2 : capRun + 1;
      if (!cap) inPlace = PLACE_CLASSIFIERS.has(tl);
      else if (PLACE_CLASSIFIERS.has(tl)) inPlace = true;
      lastWord = t;
      continue;
    }
    break;
  }
  return { start: pos, end: good };
}

function issuerText(text: string, s: Span): string {
  const v = text.slice(s.start, s.end);
  return v === "TW" || v === "TƯ" ? "Trung ương" : v;
}

function isoDate(d: number, m: number, y: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

interface Tail {
  end: number;
  date?: string;
  issuer?: string;
}

/** The stated date and issuer right after a symbol, in either order. */
function parseTail(text: string, pos: number, yearHint: string | undefined, gaz: Gazetteer): Tail {
  const out: Tail = { end: pos };
  let gotDate = false;
  let gotIssuer = false;
  for (let i = 0; i < 2; i++) {
    if (!gotDate) {
      TAIL_DATE_RE.lastIndex = out.end;
      const m = TAIL_DATE_RE.exec(text);
      if (m && (m.groups!.open!.includes("(") === !!m.groups!.close)) {
        const g = m.groups!;
        const y = g.y ?? g.y2 ?? yearHint;
        const date = y ? isoDate(Number(g.d), Number(g.m ?? g.m2), Number(y)) : undefined;
        if (date) out.date = date;
        out.end += m[0].length;
        gotDate = true;
        continue;
      }
    }
    if (!gotIssuer) {
      TAIL_ISSUER_RE.lastIndex = out.end;
      const m = TAIL_ISSUER_RE.exec(text);
      if (m) {
        const iss = parseIssuer(text, out.end + m[0].length, gaz);
        if (iss) {
          out.issuer = issuerText(text, iss);
          out.end = iss.end;
          if (m.groups!.w === "do") {
            DO_ISSUED_RE.lastIndex = out.end;
            const d = DO_ISSUED_RE.exec(text);
            if (d) out.end += d[0].length;
          }
          gotIssuer = true;
          continue;
        }
      }
    }
    break;
  }
  return out;
}

/**
 * "ngày 30/11/2016, Bộ trưởng … đã ký văn bản số 119/BC-BCT": the date that opens the clause
 * whose issuer signs or issues the document (year from the symbol when the date has none).
 */
const LEAD_DATE_RE = /(?:^|[\s(,;])(?:[Nn]gày|[Hh]ôm)\s(?<d>\d{1,2})\s?[\/.\-–]\s?(?<m>\d{1,2})(?:\s?[\/.\-–]\s?(?<y>\d{4}))?\s?,\s?$/u;
function dateBefore(text: string, issuerStart: number, yearHint: string | undefined): string | undefined {
  const m = LEAD_DATE_RE.exec(text.slice(Math.max(0, issuerStart - 24), issuerStart));
  if (!m) return undefined;
  const y = m.groups!.y ?? yearHint;
  return y ? isoDate(Number(m.groups!.d), Number(m.groups!.m), Number(y)) : undefined;
}

/** "Chính phủ vừa ban hành Nghị quyết …": the issuer stated before the kind word, and where it starts. */
function issuerSpanBefore(text: string, kindStart: number, gaz: Gazetteer): { issuer: string; start: number } | undefined {
  const from = Math.max(0, kindStart - 100);
  const windowText = text.slice(from, kindStart);
  const heads: number[] = [];
  ISSUER_HEAD_ANY_RE.lastIndex = 0;
  for (let m = ISSUER_HEAD_ANY_RE.exec(windowText); m; m = ISSUER_HEAD_ANY_RE.exec(windowText)) heads.push(from + m.index);
  // The first head whose name runs up to the verb gives the fullest issuer ("Thủ tướng Chính phủ", not "Chính phủ").
  for (let i = 0; i < heads.length; i++) {
    const iss = parseIssuer(text, heads[i]!, gaz);
    if (iss && iss.end <= kindStart && ISSUED_VERB_RE.test(text.slice(iss.end, kindStart))) return { issuer: issuerText(text, iss), start: iss.start };
  }
  return undefined;
}

/** "về …" (or "ban hành …", "phê duyệt …") after the evidence, to the end of its clause. */
function parseSubject(text: string, pos: number, nextDocs: readonly { start: number; coreEnd: number }[], firstDoc: number): string | undefined {
  SUBJECT_OPEN_RE.lastIndex = pos;
  const o = SUBJECT_OPEN_RE.exec(text);
  if (!o) return undefined;
  const sp = subjectFrom(text, pos + o[0].length, !!(o.groups!.q1 || o.groups!.q2), nextDocs, firstDoc);
  return sp ? text.slice(sp.start, sp.end) : undefined;
}

/** A subject's extent from `start` (right after "về "), to the end of its clause. */
function subjectFrom(text: string, start: number, quoted: boolean, nextDocs: readonly { start: number; coreEnd: number }[], firstDoc: number): Span | undefined {
  const windowText = text.slice(start, start + MAX_SUBJECT + 50);
  let end = windowText.length;
  if (quoted) {
    const close = windowText.search(/[“”"]/u);
    if (close >= 0) end = close;
  }
  {
    SUBJECT_STOP_RE.lastIndex = 0;
    const s = SUBJECT_STOP_RE.exec(windowText);
    if (s) end = Math.min(end, s.index);
    // A comma followed by a clause of its own: "về công tác văn thư, văn bản phải có số".
    for (let c = windowText.indexOf(", "); c >= 0 && c < end; c = windowText.indexOf(", ", c + 2)) {
      const words = windowText.slice(c + 2, Math.min(end, c + 40)).split(/[\s,]+/u).slice(0, 4);
      if (words.some((w) => CLAUSE_VERBS.has(w))) {
        end = c;
        break;
      }
    }
  }
  // A following document reference: part of the subject after "thực hiện", "sửa đổi" …; else the end.
  for (let i = firstDoc; i < nextDocs.length; i++) {
    const d = nextDocs[i]!;
    const ds = d.start - start;
    if (ds >= end) break;
    if (ds <= 0) continue;
    const before = windowText.slice(0, ds);
    end = SUBJECT_LINK_END_RE.test(before) ? Math.min(end, d.coreEnd - start) : ds;
    break;
  }
  if (end > MAX_SUBJECT) {
    const cut = windowText.lastIndexOf(" ", MAX_SUBJECT);
    end = cut > 0 ? cut : MAX_SUBJECT;
  }
  const kept = windowText.slice(0, end).replace(SUBJECT_TRAILING_RE, "");
  const lead = kept.length - kept.trimStart().length;
  const len = kept.trim().length;
  return len >= 3 ? { start: start + lead, end: start + lead + len } : undefined;
}

// ---------------------------------------------------------------------------------------
// Named documents

function precededByOrg(text: string, start: number): boolean {
  // "Ban Chỉ đạo các Chương trình …": look past a plural marker.
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s(?:các|những)\s$/u, " ");
  const m = /(?:^|[^\p{L}])(?<a>\p{L}+)(?:\s(?<b>\p{L}+))?\s$/u.exec(before);
  if (!m) return false;
  const last = (m.groups!.b ?? m.groups!.a)!.toLowerCase();
  const two = m.groups!.b ? `${m.groups!.a!.toLowerCase()} ${last}` : "";
  return ORG_PRECEDERS.has(last) || (two !== "" && ORG_PRECEDERS.has(two));
}

function stopwordAt(text: string, pos: number, word: string, late = false): boolean {
  const w = word.toLowerCase();
  if (NAME_STOPWORDS.has(w) || (late && NAME_LATE_STOPWORDS.has(w))) return true;
  WORD_RE.lastIndex = pos;
  const n = WORD_RE.exec(text);
  if (!n) return false;
  const two = `${w} ${n.groups!.w!.toLowerCase()}`;
  return NAME_STOPWORDS.has(two) || (late && NAME_LATE_STOPWORDS.has(two));
}

interface Times {
  end: number;
  found: boolean;
}
function parseTimes(text: string, pos: number): Times {
  TIME_MAIN_RE.lastIndex = pos;
  const m = TIME_MAIN_RE.exec(text);
  if (!m) return { end: pos, found: false };
  let end = pos + m[0].length;
  for (let i = 0; i < 2; i++) {
    TIME_EXT_RE.lastIndex = end;
    const x = TIME_EXT_RE.exec(text);
    if (!x) break;
    end += x[0].length;
  }
  return { end, found: true };
}

/** Numbers inside an issuer ("Hội nghị Ngoại giao 32"): claimed so that they are not figures. */
function numberClaims(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const re = /(?<![\p{L}\p{N}])\d{1,3}(?![\p{L}\p{N}])/gu;
  const part = text.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

function parsePlan(text: string, kStart: number, kEnd: number, entry: KindEntry, gaz: Gazetteer): Raw | null {
  if (!isCap(text.charAt(kStart)) || precededByOrg(text, kStart)) return null;
  const kind = entry.kind;
  QUOTED_TITLE_RE.lastIndex = kEnd;
  const q = QUOTED_TITLE_RE.exec(text);
  if (q && (kind === "Đề án" || kind === "Chiến lược" || kind === "Quy hoạch")) {
    const end = kEnd + q[0].length;
    // The kind word and the small numbers of the title are claimed; its period stays a date.
    return namedRaw(kStart, end, kind, text.slice(kStart, end), "plan", [{ start: kStart, end: kEnd }, ...numberClaims(text, kEnd, end)]);
  }
  let specEnd = kEnd;
  let tokens = 0;
  let firstCap = false;
  let roman = false;
  let timeFound = false;
  for (let i = 0; i < 16; i++) {
    TIME_MAIN_RE.lastIndex = specEnd;
    if (TIME_MAIN_RE.test(text)) break;
    OF_RE.lastIndex = specEnd;
    if (OF_RE.test(text)) break;
    LONE_DASH_RE.lastIndex = specEnd;
    const d = tokens > 0 ? LONE_DASH_RE.exec(text) ?? (PHONG_CHONG_RE.lastIndex = specEnd, PHONG_CHONG_RE.exec(text)) : null;
    if (d) {
      specEnd += d[0].length;
      continue;
    }
    WORD_RE.lastIndex = specEnd;
    const w = WORD_RE.exec(text);
    if (!w) break;
    const t = w.groups!.w!;
    const next = specEnd + w[0].length;
    if (/^\d/.test(t) || stopwordAt(text, next, t, tokens >= 2) || (t === "và" && tokens === 0)) break;
    if (isCap(t)) {
      KIND_AT_RE.lastIndex = specEnd;
      if (KIND_AT_RE.test(text)) break;
      if (tokens === 0) firstCap = true;
      if (isRoman(t)) roman = true;
    }
    specEnd = next;
    tokens++;
  }
  // Trailing "và" / dash belong to the next phrase.
  const specText = text.slice(kEnd, specEnd).replace(/(?:\s(?:và|năm|[-–]))+$/u, "");
  specEnd = kEnd + specText.length;
  const spec = specText.trim();
  tokens = spec ? spec.split(/\s+/u).filter((x) => !/^[-–]$/.test(x)).length : 0;
  let end = specEnd;
  let issuer: Span | null = null;
  OF_RE.lastIndex = end;
  if (OF_RE.test(text)) {
    issuer = parseIssuer(text, end + 5, gaz);
    if (issuer) end = issuer.end;
  }
  const t1 = parseTimes(text, end);
  if (t1.found) {
    timeFound = true;
    end = t1.end;
    if (!issuer) {
      OF_RE.lastIndex = end;
      if (OF_RE.test(text)) {
        const after = parseIssuer(text, end + 5, gaz);
        if (after) {
          issuer = after;
          end = after.end;
        }
      }
    }
  }
  // "Chương trình công tác của Chính phủ năm 2015": a state body's plan or rule by its purpose.
  const ofState = !!issuer && !firstCap && tokens > 0 && tokens <= 4 && !!entry.issuerNamed && STATE_ISSUER_RE.test(text.slice(issuer.start, issuer.end));
  if (ofState && !timeFound) {
    NAME_YEAR_RE.lastIndex = end;
    const y = NAME_YEAR_RE.exec(text);
    if (y) end += y[0].length;
  }
  const quocGia = /quốc gia/iu.test(spec);
  let ok: boolean;
  switch (kind) {
    case "Chương trình hành động":
      ok = !!issuer || timeFound || tokens >= 2;
      break;
    case "Chương trình":
      ok = tokens > 0 && (timeFound || (quocGia && tokens >= 5) || ofState);
      break;
    case "Quy chế":
      ok = ofState;
      break;
    case "Kế hoạch":
      ok = tokens > 0 && timeFound;
      break;
    default:
      ok = tokens > 0 && (timeFound || quocGia || (!!issuer && !firstCap) || (kind === "Quy hoạch" && roman));
  }
  if (firstCap && !timeFound) ok = false;
  if (!ok) return null;
  const claims: Span[] = [{ start: kStart, end: specEnd }];
  if (issuer) claims.push(...numberClaims(text, issuer.start, issuer.end));
  const raw = namedRaw(kStart, end, kind, text.slice(kStart, end), "plan", claims);
  if (issuer) {
    raw.issuer = issuerText(text, issuer);
    raw.issuerRank = 3;
  }
  return raw;
}

const ABOUT_RE = /\svề\s/uy;
const PLURAL_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(PLURAL_BEFORE)}|\\d{1,3})\\s$`, "u");
const STATE_ISSUER_RE = new RegExp(`^(?:${alt(STATE_ISSUER_HEADS)})${END}`, "u");
const NAME_YEAR_RE = new RegExp(`\\snăm\\s${YEAR}(?![\\p{L}\\p{N}]|[\\/.,\\-]\\d)`, "uy");
const MAX_NAMED_SUBJECT_WORDS = 30;

/**
 * "Nghị định về hàng hóa, dịch vụ … trong hoạt động thương mại", "(dự thảo) Nghị quyết về xử lý
 * nợ xấu", "Quyết định của Ban Bí thư về công tác cán bộ": a capitalised kind named by its
 * subject. The name runs from the kind word to the subject's end; a numbered document inside
 * the subject ends it ("Nghị định về xử phạt … | theo Nghị định số …").
 */
function parseSubjectNamed(text: string, kStart: number, kEnd: number, entry: KindEntry, gaz: Gazetteer): Raw | null {
  if (PLURAL_BEFORE_RE.test(text.slice(Math.max(0, kStart - 12), kStart))) return null;
  let pos = kEnd;
  let issuer: Span | null = null;
  OF_RE.lastIndex = pos;
  if (OF_RE.test(text)) {
    issuer = parseIssuer(text, pos + 5, gaz);
    if (!issuer) return null;
    pos = issuer.end;
  } else if (entry.subjectNamed === "issuer") return null;
  ABOUT_RE.lastIndex = pos;
  if (!ABOUT_RE.test(text)) return null;
  const sp = subjectFrom(text, ABOUT_RE.lastIndex, false, [], 0);
  if (!sp) return null;
  let end = sp.end;
  for (let m = nextAnchor(text, sp.start); m && m.index < end; m = nextAnchor(text, m.index + m[0].length)) {
    const numEnd = anchorOk(text, m) ? numberEnd(text, m) : -1;
    if (numEnd < 0) continue;
    // "về triển khai hiệu quả Nghị quyết số 35/NQ-CP": the document is part of the subject.
    const before = text.slice(sp.start, m.index);
    if (SUBJECT_LINK_NEAR_END_RE.test(before)) end = Math.min(end, numEnd);
    else end = sp.start + before.replace(SUBJECT_TRAILING_RE, "").length;
    break;
  }
  const subject = text.slice(sp.start, end);
  const words = subject.split(" ").length;
  if (subject.length < 3 || words < 2 || words > MAX_NAMED_SUBJECT_WORDS) return null;
  const raw = namedRaw(kStart, end, entry.kind, text.slice(kStart, end), "subject", [{ start: kStart, end: kEnd }]);
  // The documents named inside the subject are read on their own ("Nghị quyết về Chương trình …").
  raw.coreEnd = pos;
  raw.subject = subject;
  if (issuer) {
    raw.issuer = issuerText(text, issuer);
    raw.issuerRank = 3;
  }
  return raw;
}

/** Where the number of a numbered reference that an anchor opens ends (a symbol, or a kind word and its number); -1 if none. */
function numberEnd(text: string, m: RegExpExecArray): number {
  const g = m.groups!;
  let pos = m.index;
  if (!g.num) {
    const re = g.abbr ? ABBR_TO_NUMBER_RE : KIND_TO_NUMBER_RE;
    re.lastIndex = m.index + m[0].length;
    if (!re.exec(text)) return -1;
    pos = re.lastIndex;
    if (!isDigitCode(codeAt(text, pos))) return -1;
  }
  const sym = parseSymbol(text, pos, !g.num);
  if (sym) return sym.end;
  if (g.num) return -1;
  PARTIAL_RE.lastIndex = pos;
  const p = PARTIAL_RE.exec(text);
  return p ? pos + p[0].length : -1;
}

function namedRaw(start: number, end: number, kind: string, name: string, nameClass: Raw["nameClass"], claims: Span[]): Raw {
  return { start, end, claims, kind, kindStated: true, full: false, name, nameClass, issuerRank: 0, after: end, coreEnd: end };
}

function matchTitle(text: string, pos: number, list: readonly { t: string; l: string }[]): number {
  const ahead = text.slice(pos, pos + 90).toLowerCase();
  for (const { l } of list) {
    if (ahead.startsWith(l) && !/^[\p{L}\p{N}]/u.test(ahead.slice(l.length))) return l.length;
  }
  return 0;
}

function parseLaw(text: string, kStart: number, kEnd: number, entry: KindEntry, gaz: Gazetteer): Raw | null {
  const capKind = isCap(text.charAt(kStart));
  if (precededByOrg(text, kStart)) return null;
  let end = kEnd;
  if (entry.kind === "Hiến pháp") {
    // Only the Vietnamese constitution by its year or full name; a bare "Hiến pháp" is as often
    // a foreign one or the idea ("Tòa án Hiến pháp", "trái với Hiến pháp").
    if (!capKind) return null;
    CONSTITUTION_RE.lastIndex = kEnd;
    const c = CONSTITUTION_RE.exec(text);
    if (!c) return null;
    end = kEnd + c[0].length;
    return namedRaw(kStart, end, entry.kind, text.slice(kStart, end), "law", [{ start: kStart, end }]);
  } else {
    if (text.charAt(kEnd) !== " ") return null;
    const pos = kEnd + 1;
    const n = matchTitle(text, pos, entry.kind === "Bộ luật" ? CODE_TITLE_LIST : entry.kind === "Luật" ? LAW_TITLE_LIST : []);
    LAW_ABBR_RE.lastIndex = pos;
    const ab = n > 0 || entry.kind !== "Luật" ? null : LAW_ABBR_RE.exec(text);
    if (n > 0 && (capKind || isCap(text.charAt(pos)))) {
      end = pos + n;
    } else if (ab) {
      end = pos + ab[0].length;
    } else {
      // A title not in the list: a capitalised word and the words of the title after it.
      if (!capKind) return null;
      WORD_RE.lastIndex = kEnd;
      const w = WORD_RE.exec(text);
      if (!w) return null;
      const t = w.groups!.w!;
      if (!isCap(t) || !VIET_SYLLABLE_RE.test(t.toLowerCase()) || NOT_A_TITLE.has(t)) return null;
      KIND_AT_RE.lastIndex = kEnd;
      if (KIND_AT_RE.test(text)) return null;
      end = kEnd + w[0].length;
      for (let i = 0; i < 7; i++) {
        KIND_AT_RE.lastIndex = end;
        if (KIND_AT_RE.test(text)) break;
        WORD_RE.lastIndex = end;
        const x = WORD_RE.exec(text);
        if (!x) break;
        const u = x.groups!.w!;
        const next = end + x[0].length;
        if (u === "và") {
          WORD_RE.lastIndex = next;
          const v = WORD_RE.exec(text);
          if (!v || !/^\p{Ll}/u.test(v.groups!.w!) || stopwordAt(text, next + v[0].length, v.groups!.w!)) break;
          end = next;
          continue;
        }
        if (SURNAME_SET.has(u) || /\d/.test(u) || !VIET_SYLLABLE_RE.test(u.toLowerCase()) || stopwordAt(text, next, u) || u === "năm" || u === "số") break;
        end = next;
      }
    }
  }
  LAW_AMENDED_RE.lastIndex = end;
  const a = LAW_AMENDED_RE.exec(text);
  if (a) end += a[0].length;
  LAW_YEAR_RE.lastIndex = end;
  const y = LAW_YEAR_RE.exec(text);
  if (y) end += y[0].length;
  const raw = namedRaw(kStart, end, entry.kind, text.slice(kStart, end), "law", [{ start: kStart, end }]);
  // "Luật Đầu tư số 61/2020/QH14": the symbol identifies it.
  LAW_NUMBER_RE.lastIndex = end;
  const so = LAW_NUMBER_RE.exec(text);
  if (so) {
    const sym = parseSymbol(text, end + so[0].length, true);
    if (sym) {
      raw.number = sym.number;
      raw.full = true;
      raw.lead = sym.lead;
      raw.year = sym.year;
      raw.claims = [{ start: end + so[0].length, end: sym.end }];
      if (sym.issuer) {
        raw.issuer = sym.issuer;
        raw.issuerRank = 1;
      }
      const tail = parseTail(text, sym.end, sym.year, gaz);
      if (tail.date) raw.date = tail.date;
      if (tail.issuer) {
        raw.issuer = tail.issuer;
        raw.issuerRank = 3;
      }
      raw.end = tail.end;
      raw.after = tail.end;
      raw.coreEnd = sym.end;
    }
  }
  return raw;
}

/** "Nghị quyết Đại hội Đảng lần thứ XIII", "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương". */
function parseResolution(text: string, kStart: number, kEnd: number): Raw | null {
  EVENT_HEAD_RE.lastIndex = kEnd;
  const h = EVENT_HEAD_RE.exec(text);
  if (!h) return null;
  const evStart = kEnd + 1;
  let end = kEnd + h[0].length;
  let good = end;
  let ordinal = false;
  let prev = h.groups!.h!;
  for (let i = 0; i < 16; i++) {
    PAREN_KHOA_RE.lastIndex = end;
    let p = PAREN_KHOA_RE.exec(text);
    if (!p && ordinal && end === good) {
      COMMA_KHOA_RE.lastIndex = end;
      p = COMMA_KHOA_RE.exec(text);
    }
    if (p) {
      end += p[0].length;
      good = end;
      ordinal = true;
      prev = ")";
      continue;
    }
    OF_PARTY_RE.lastIndex = end;
    const of = OF_PARTY_RE.exec(text);
    if (of) {
      end += of[0].length;
      good = end;
      prev = "Đảng";
      continue;
    }
    KIND_AT_RE.lastIndex = end;
    if (KIND_AT_RE.test(text)) break;
    WORD_RE.lastIndex = end;
    const w = WORD_RE.exec(text);
    if (!w) break;
    const t = w.groups!.w!;
    const tl = t.toLowerCase();
    const next = end + w[0].length;
    const afterOrdinalSlot = ORDINAL_SLOTS.has(prev);
    if (isRoman(t)) {
      ordinal = true;
      good = next;
    } else if (/^\d{1,2}$/.test(t) && afterOrdinalSlot) {
      ordinal = true;
      good = next;
    } else if (prev === "thứ" && ORDINAL_WORDS.has(tl)) {
      ordinal = true;
      good = next;
    } else if ((isCap(t) && !isAllCaps(t)) || t === "TƯ" || t === "TW") {
      good = next;
    } else if (EVENT_WORDS.has(tl)) {
      if (!["lần", "thứ", "khóa"].includes(tl)) good = next;
    } else break;
    end = next;
    prev = t;
  }
  if (!ordinal) return null;
  // "nhiệm kỳ 2020-2025" right after: part of the name, not of the claim.
  const t = parseTimes(text, good);
  const claimEnd = good;
  const end2 = t.found && /^\snhiệm kỳ/u.test(text.slice(good, good + 10)) ? t.end : good;
  const raw = namedRaw(kStart, end2, "Nghị quyết", text.slice(kStart, end2), "event", [{ start: kStart, end: claimEnd }]);
  // A plenum of the Central Committee ("Nghị quyết TƯ 5", "Nghị quyết Hội nghị Trung ương 6
  // khóa XII") is the Central Committee's resolution; a congress's is the congress's own.
  const event = text.slice(evStart, good);
  raw.issuer = h.groups!.h !== "Đại hội" && CENTRAL_RE.test(event) ? "Trung ương" : event;
  raw.issuerRank = 3;
  return raw;
}

// ---------------------------------------------------------------------------------------
// One sentence

/** Documents in one sentence's text; offsets are local to it. */
function findInText(text: string, gaz: Gazetteer): Raw[] {
  const out: Raw[] = [];
  let next = 0;
  for (let m = nextAnchor(text, 0); m; m = nextAnchor(text, next)) {
    next = m.index + m[0].length;
    if (!anchorOk(text, m)) continue;
    const g = m.groups!;
    const at = m.index;
    let raw: Raw | null = null;
    if (g.num) {
      const sym = parseSymbol(text, at, false);
      if (sym) raw = numberedRaw(text, at, at, sym, undefined, false, gaz);
    } else if (g.abbr) {
      ABBR_TO_NUMBER_RE.lastIndex = at + g.abbr.length;
      const c = ABBR_TO_NUMBER_RE.exec(text)!;
      const pos = at + g.abbr.length + c[0].length;
      const kind = KIND_ABBREVIATIONS[g.abbr]!;
      const sym = parseSymbol(text, pos, true);
      if (sym) raw = numberedRaw(text, at, pos, sym, kind, true, gaz);
      else {
        PARTIAL_RE.lastIndex = pos;
        const p = PARTIAL_RE.exec(text);
        if (p?.groups!.year) raw = partialRaw(text, at, pos, p, kind, gaz);
      }
    } else {
      const form = g.kind!;
      const entry = KIND_BY_FORM.get(form)!;
      const kEnd = at + form.length;
      raw = numberedAfterKind(text, at, kEnd, form, entry, gaz);
      if (!raw && entry.named === "law") raw = parseLaw(text, at, kEnd, entry, gaz);
      if (!raw && entry.named === "resolution") raw = parseResolution(text, at, kEnd);
      if (!raw && (entry.named === "plan" || entry.issuerNamed)) raw = parsePlan(text, at, kEnd, entry, gaz);
      if (!raw && entry.subjectNamed && isCap(form)) raw = parseSubjectNamed(text, at, kEnd, entry, gaz);
    }
    if (raw) {
      out.push(raw);
      next = Math.max(next, raw.coreEnd);
    }
  }
  // A name that runs over other documents ("Nghị quyết về thi hành Bộ luật Hình sự") gives them
  // its evidence's tail: one type's overlapping evidence keeps only the longer.
  for (const r of out) {
    if (r.nameClass !== "subject") continue;
    for (const o of out) {
      if (o !== r && o.start > r.start && o.start < r.end) r.end = r.start + text.slice(r.start, o.start).trimEnd().length;
    }
  }
  // Subjects: after the evidence, up to the clause end or the next numbered document.
  const numbered = out.filter((d) => d.number);
  let k = 0;
  for (const r of out) {
    while (k < numbered.length && numbered[k]!.start <= r.after) k++;
    if (r.subject) continue;
    const sub = parseSubject(text, r.after, numbered, k);
    if (sub) r.subject = sub;
  }
  return out;
}

function numberedAfterKind(text: string, kStart: number, kEnd: number, form: string, entry: KindEntry, gaz: Gazetteer): Raw | null {
  KIND_TO_NUMBER_RE.lastIndex = kEnd;
  const c = KIND_TO_NUMBER_RE.exec(text);
  if (!c) return null;
  const pos = kEnd + c[0].length;
  if (!/\d/.test(text.charAt(pos))) return null;
  const hasSo = !!c.groups!.so;
  const sym = parseSymbol(text, pos, true);
  if (sym) {
    // A lower-case word that the symbol contradicts is not the kind ("kết luật số 19-TB/TW").
    const agrees = !sym.typeCoded || fold(sym.kind!) === fold(entry.kind) || (entry.kind === "Quy định" && sym.kind === "Quyết định");
    if (!isCap(form) && !agrees && entry.kind !== "Văn bản" && entry.kind !== "Công văn") {
      return numberedRaw(text, pos, pos, sym, undefined, false, gaz);
    }
    return numberedRaw(text, kStart, pos, sym, entry.kind, true, gaz);
  }
  PARTIAL_RE.lastIndex = pos;
  const p = PARTIAL_RE.exec(text);
  if (!p) return null;
  const cap = isCap(form);
  const pEnd = pos + p[0].length;
  if (!hasSo && countedAfter(text, pEnd)) return null;
  if (hasSo || (cap && entry.bareNumber) || (!cap && entry.lowerBareNumber)) return partialRaw(text, kStart, pos, p, entry.kind, gaz);
  // "Đề án 06", "Chương trình 135", "Chương trình 30a": programmes known by a number.
  const lead = p.groups!.lead!;
  if (cap && (entry.kind === "Đề án" || entry.kind === "Chương trình") && !p.groups!.year && lead.length <= 4 && !new RegExp(`^${YEAR}$`).test(lead)) {
    if (precededByOrg(text, kStart)) return null;
    return namedRaw(kStart, pEnd, entry.kind, text.slice(kStart, pEnd), "plan", [{ start: kStart, end: pEnd }]);
  }
  return null;
}

function numberedRaw(text: string, start: number, symStart: number, sym: Parsed, statedKind: string | undefined, kindWord: boolean, gaz: Gazetteer): Raw {
  const tail = parseTail(text, sym.end, sym.year, gaz);
  const raw: Raw = {
    start,
    end: tail.end,
    claims: [{ start: symStart, end: sym.end }],
    kind: statedKind ?? sym.kind ?? "Văn bản",
    kindStated: !!statedKind,
    number: sym.number,
    full: true,
    lead: sym.lead,
    year: sym.year,
    issuerRank: 0,
    after: tail.end,
    coreEnd: sym.end,
  };
  if (tail.date) raw.date = tail.date;
  if (tail.issuer) {
    raw.issuer = tail.issuer;
    raw.issuerRank = 3;
  } else {
    const before = kindWord ? issuerSpanBefore(text, start, gaz) : undefined;
    if (before) {
      raw.issuer = before.issuer;
      raw.issuerRank = 2;
      raw.date ??= dateBefore(text, before.start, sym.year);
    } else if (sym.issuer) {
      raw.issuer = sym.issuer;
      raw.issuerRank = 1;
    }
  }
  if (!raw.date && kindWord && tail.issuer) {
    const before = issuerSpanBefore(text, start, gaz);
    if (before) raw.date = dateBefore(text, before.start, sym.year);
  }
  return raw;
}

function partialRaw(text: string, start: number, pos: number, p: RegExpExecArray, kind: string, gaz: Gazetteer): Raw {
  const end = pos + p[0].length;
  const year = p.groups!.year;
  const tail = parseTail(text, end, year, gaz);
  const raw: Raw = {
    start,
    end: tail.end,
    claims: [{ start: pos, end }],
    kind,
    kindStated: true,
    number: canonicalNumber(p[0]),
    full: false,
    lead: p.groups!.lead,
    year,
    issuerRank: 0,
    after: tail.end,
    coreEnd: end,
  };
  if (tail.date) raw.date = tail.date;
  if (tail.issuer) {
    raw.issuer = tail.issuer;
    raw.issuerRank = 3;
  } else {
    const before = issuerSpanBefore(text, start, gaz);
    if (before) {
      raw.issuer = before.issuer;
      raw.issuerRank = 2;
      raw.date ??= dateBefore(text, before.start, year);
    }
  }
  return raw;
}

// ---------------------------------------------------------------------------------------
// The article

const leadKey = (lead: string | undefined) => (lead ?? "").toUpperCase().replace(/^0+(?=\d)/, "");

/** A partial reference takes the full symbol of the same kind and leading number (and year) in the article. */
function foldPartials(raws: Raw[]): void {
  const fulls = new Map<string, Raw[]>();
  for (const r of raws) {
    if (!r.full || !r.number) continue;
    const k = `${fold(r.kind)}|${leadKey(r.lead)}`;
    const list = fulls.get(k);
    if (list) list.push(r);
    else fulls.set(k, [r]);
  }
  if (!fulls.size) return;
  for (const r of raws) {
    if (r.full || !r.number) continue;
    const fits = (fulls.get(`${fold(r.kind)}|${leadKey(r.lead)}`) ?? []).filter((f) => !r.year || !f.year || r.year === f.year);
    if (!fits.length) continue;
    let pick = fits[0]!;
    for (const f of fits) if (f.start < r.start) pick = f;
    r.number = pick.number;
    r.year ??= pick.year;
  }
}

/** The ordinal signature of a congress/plenum resolution: "Đại hội … XIII" = "Đại hội XIII của Đảng". */
function eventKey(name: string): string {
  const f = fold(name);
  const head = /dai hoi/.test(f) ? "dh" : "hn";
  const ords = f.match(/(?<![a-z0-9])(?:[ivxlc]+|\d{1,2})(?![a-z0-9])/g) ?? [];
  const local = /dang bo\s(.*)$/.exec(f)?.[1]?.replace(/lan thu.*$|(?<![a-z])[ivxlc]+(?![a-z]).*$/, "").trim() ?? "";
  const word = /lan thu\s([a-z]+)/.exec(f)?.[1] ?? "";
  return `${head}|${ords.join(",")}|${word}|${local}`;
}

/** A law's name with its abbreviated title spelt out, folded. */
function lawKey(name: string): string {
  return fold(name.replace(LAW_ABBR_IN_NAME_RE, (a) => LAW_ABBREVIATIONS[a] ?? a));
}

/** Named documents take their fullest name in the article. */
function foldNames(raws: Raw[]): void {
  const named = raws.filter((r) => r.name && !r.number);
  if (named.length < 2) return;
  const events = new Map<string, string>();
  /** Distinct names per kind, folded. */
  const byKind = new Map<string, Map<string, string>>();
  for (const r of named) {
    if (r.nameClass === "event") {
      const k = eventKey(r.name!);
      const cur = events.get(k);
      if (!cur || r.name!.length > cur.length) events.set(k, r.name!);
      continue;
    }
    let m = byKind.get(r.kind);
    if (!m) byKind.set(r.kind, (m = new Map()));
    m.set(fold(r.name), r.name!);
  }
  // "Nghị quyết Trung ương 4" is the one "Nghị quyết Trung ương 4 khóa XII" of the article.
  const eventFull = new Map<string, string>();
  if (events.size > 1) {
    const keys = [...events.keys()];
    for (const k of keys) {
      const [head, ords, ...rest] = k.split("|");
      if (!ords) continue;
      const longer = keys.filter((k2) => {
        const [h2, o2, ...r2] = k2.split("|");
        return h2 === head && o2!.startsWith(`${ords},`) && r2.join("|") === rest.join("|");
      });
      if (longer.length === 1) eventFull.set(k, events.get(longer[0]!)!);
    }
  }
  // "Luật BHXH" is the "Luật Bảo hiểm xã hội" of the article.
  const laws = byKind.get("Luật");
  if (laws) {
    for (const r of named) {
      if (r.kind !== "Luật" || !LAW_ABBR_IN_NAME_RE.test(r.name!)) continue;
      const k = lawKey(r.name!);
      const full = laws.get(k) ?? [...laws].filter(([f]) => f.startsWith(`${k} `)).map(([, n]) => n);
      if (typeof full === "string") r.name = full;
      else if (full.length === 1) r.name = full[0]!;
    }
  }
  const memo = new Map<string, string | undefined>();
  for (const r of named) {
    if (r.nameClass === "event") {
      const k = eventKey(r.name!);
      r.name = eventFull.get(k) ?? events.get(k) ?? r.name;
      continue;
    }
    const names = byKind.get(r.kind)!;
    const f = fold(r.name);
    const mk = `${r.kind}|${f}`;
    if (!memo.has(mk)) {
      // Bounded: an article names few distinct documents of one kind.
      const longer = names.size > 64 ? [] : [...names.entries()].filter(([g]) => g.startsWith(`${f} `));
      memo.set(mk, longer.length === 1 ? longer[0]![1] : undefined);
    }
    r.name = memo.get(mk) ?? r.name;
  }
}

/**
 * A document named by its subject that restates the subject of a numbered document of the same
 * kind in the article is that document mentioned again ("Nghị quyết số 42/2017/QH14 về thí điểm
 * xử lý nợ xấu …", later "Nghị quyết về xử lý nợ xấu"): marked to be dropped.
 */
function dropRestated(raws: Raw[]): boolean {
  let any = false;
  for (const r of raws) {
    if (r.nameClass !== "subject") continue;
    const k = fold(r.kind);
    const sub = fold(r.subject);
    for (const n of raws) {
      if (!n.number || !n.subject || fold(n.kind) !== k) continue;
      const ns = fold(n.subject);
      if (ns.includes(sub) || sub.includes(ns)) {
        r.drop = true;
        any = true;
        break;
      }
    }
  }
  return any;
}

const keyOf = (r: Raw) => (r.number ? `no:${directiveNumberKey(r.number)}` : `name:${fold(r.name)}`);

/**
 * One document, several mentions: the richest mention (a full symbol with its stated issuer
 * and date) carries everything any mention states, so that the refiner takes it as the fact's
 * evidence; a stated issuer wins over one inferred from the symbol.
 */
function shareFields(raws: Raw[]): void {
  const groups = new Map<string, Raw[]>();
  for (const r of raws) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const richness = (r: Raw) => (r.full ? 4 : 0) + (r.issuerRank >= 2 ? 2 : 0) + (r.date ? 1 : 0) + (r.subject ? 1 : 0);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const kind = g.find((r) => r.kindStated && r.full)?.kind ?? g.find((r) => r.kindStated)?.kind ?? g[0]!.kind;
    const best = g.reduce((a, b) => (b.issuerRank > a.issuerRank ? b : a));
    const date = g.find((r) => r.date)?.date;
    const subject = g.reduce<string | undefined>((a, r) => (r.subject && r.subject.length > (a?.length ?? 0) ? r.subject : a), undefined);
    const name = g.find((r) => r.name)?.name;
    const primary = g.reduce((a, b) => (richness(b) > richness(a) ? b : a));
    for (const r of g) {
      r.kind = kind;
      if (r.issuerRank < best.issuerRank) {
        r.issuer = undefined;
        r.issuerRank = 0;
      }
    }
    if (best.issuer) {
      primary.issuer = best.issuer;
      primary.issuerRank = best.issuerRank;
    }
    if (date) primary.date = date;
    if (subject) primary.subject = subject;
    if (name) primary.name = name;
  }
}

function toCandidate(r: Raw): Candidate<"directive"> {
  const fact: DirectiveFact = { type: "directive", kind: r.kind };
  if (r.number) fact.number = r.number;
  if (r.name) fact.name = r.name;
  if (r.issuer) fact.issuer = r.issuer;
  if (r.date) fact.date = r.date;
  if (r.subject) fact.subject = r.subject;
  return { fact, start: r.start, end: r.end, claims: r.claims };
}

const shift = (sp: Span, by: number): Span => ({ start: sp.start + by, end: sp.end + by });

function analyse(ctx: ExtractContext, sentences: readonly Sentence[]): Map<number, Candidate<"directive">[]> {
  // One scan of the article finds the sentences worth reading; most have no anchor at all.
  const anchors: number[] = [];
  const text = ctx.text;
  for (let m = nextAnchor(text, 0); m; m = nextAnchor(text, m.index + m[0].length)) if (anchorOk(text, m)) anchors.push(m.index);
  const perSentence: Array<[number, Raw[]]> = [];
  let all: Raw[] = [];
  let a = 0;
  for (const s of sentences) {
    while (a < anchors.length && anchors[a]! < s.start) a++;
    if (a >= anchors.length || anchors[a]! >= s.end) continue;
    const raws = findInText(s.text, ctx.gazetteer);
    if (!raws.length) continue;
    for (const r of raws) {
      r.start += s.start;
      r.end += s.start;
      r.after += s.start;
      r.coreEnd += s.start;
      r.claims = r.claims.map((c) => shift(c, s.start));
    }
    perSentence.push([s.start, raws]);
    all.push(...raws);
  }
  if (!all.length) return new Map();
  if (dropRestated(all)) {
    all = all.filter((r) => !r.drop);
    for (const e of perSentence) e[1] = e[1].filter((r) => !r.drop);
  }
  foldPartials(all);
  foldNames(all);
  shareFields(all);
  return new Map(perSentence.map(([start, raws]) => [start, raws.map(toCandidate)]));
}

interface Article {
  found: Map<number, Candidate<"directive">[]>;
  /** The index in ctx.sentences of the sentence the pipeline is expected to ask for next. */
  next: number;
}
const articles = new WeakMap<ExtractContext, Article>();

/** Whether `sentence` is one of the context's own (the pipeline asks for them in order). */
function isOwn(article: Article, sentences: readonly Sentence[], sentence: Sentence): boolean {
  if (sentences[article.next] === sentence) {
    article.next++;
    return true;
  }
  const i = sentences.indexOf(sentence);
  if (i < 0) return false;
  article.next = i + 1;
  return true;
}

export const directiveExtractor: Extractor<"directive"> = {
  name: "directive",
  type: "directive",
  blockedBy: [],
  extract(sentence, ctx) {
    let article = articles.get(ctx);
    if (!article) {
      article = { found: analyse(ctx, ctx.sentences), next: 0 };
      articles.set(ctx, article);
    }
    const own = isOwn(article, ctx.sentences, sentence);
    const hit = article.found.get(sentence.start);
    if (hit) return hit;
    // A sentence that is not one of the context's own: read it alone.
    if (own) return [];
    return analyse(ctx, [sentence]).get(sentence.start) ?? [];
  },
};
