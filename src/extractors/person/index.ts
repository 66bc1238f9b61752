// person extractor: named people and the office stated beside them.
//
// A name is read inside a run of capitalised words. Vietnamese names open with a family name
// (lexicons/surnames.ts) and have two to four syllables ("Phạm Minh Chính", "Nguyễn Thị Kim
// Ngân"; five for some ethnic-minority names, "Y Thanh Hà Niê Kđăm"); foreign names are read
// whole after an office, an honorific or a foreign country ("Tổng thống Hàn Quốc Yoon Suk Yeol",
// "ông John Smith"). A name is a person when one of these says so:
//   title      an office before it, possibly with its body: "Thủ tướng Chính phủ Phạm Minh
//              Chính", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "Chủ tịch UBND tỉnh Quảng Ninh …"
//   honorific  "ông", "bà", "đồng chí", "PGS.TS", …
//   appositive an office after a comma or " - ": "đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch
//              UBND tỉnh", "ông X - chủ tịch Hiệp hội Lương thực VN (VFA)"
//   age        "(sinh năm 1980)", "(45 tuổi)"
//   shape      alone, a three- or four-syllable name with a common family name ("Nguyễn Văn An
//              cho biết"), unless a place or institution word stands before it ("đường Trần
//              Hưng Đạo", "Trường THPT Nguyễn Thị Minh Khai")
// The title is the office as stated ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"); an office before
// the name and one after it that closes the clause are one title ("Trưởng Ban Đối ngoại Trung ương
// Lê Hoài Trung, Ủy viên Trung ương Đảng;"); the refiner keeps the fullest statement across
// mentions. A later mention by one name only ("Bộ trưởng Sơn", "ông Albanese") is folded into the
// article's one full name that ends (or begins) with it, and dropped when there is none or more
// than one.
// Not persons: bylines and photo credits (page furniture, never seen here), all-capital words
// without an office or honorific, places ("Hồ Chí Minh" unless "Chủ tịch Hồ Chí Minh", "Hồ Hòa
// Bình"), streets ("tại Trần Nhân Tông", "những con phố như Lê Thánh Tông, …"), bodies.
// Cost: the article's tokens are shared with the organization extractor (organization/tokens.ts);
// a sentence with no word that may open an office, an honorific, a degree or a family name is
// passed over; offices are looked up only at words that open one, and a name is read only in a
// run of capitalised words.
import type { Candidate, ExtractContext, Extractor, Span } from "../types.js";
import { fold } from "../../facts/keys.js";
import {
  C,
  CAP,
  Cursor,
  DIGIT,
  TITLE,
  type Tokens,
  UPPER,
  WORD,
  articleTokens,
  mayHaveRole,
  rolesAt,
  isVietnameseSyllable,
  toTitleCase,
} from "../organization/tokens.js";
import { COUNTRY, NAME_COMPOUND, R_LEVEL_FIRST, R_ORG_FIRST, R_NAME_COMPOUND, R_COMPOUND, R_COUNTRY_FIRST, R_SURNAME_COMMON, R_SURNAME_LONG, R_SURNAME_RARE, R_TAIL, W } from "../organization/lexicon.js";
import { PLACE, R_PLACE_FIRST } from "../organization/places.js";
import { BySentence } from "../organization/by-sentence.js";
import {
  HEADS,
  HONORIFIC,
  type Head,
  LINK,
  NOT_A_PERSON_BEFORE,
  R_CLAUSE,
  R_DEGREE,
  R_HEAD_FIRST,
  R_HEAD_ONE,
  R_HEAD_SECOND,
  R_HONORIFIC_FIRST,
  R_LINK,
  R_MODIFIER,
  R_NOT_PERSON_FIRST,
  R_SCHOOL_FIRST,
  SCHOOL_BEFORE,
  R_PARTICLE,
  R_STREET_FIRST,
  R_STREET_WORD,
  STREET_BEFORE,
  TITLE_HONORIFIC,
  STREET_WORDS,
  type UserWords,
  userWordsOf,
} from "./lexicon.js";

type Kind = Head["kind"] | "degree";
const KINDS: readonly Kind[] = ["office", "foreign", "rank", "degree"];

interface Title {
  /** Token range of the stated title. */
  start: number;
  end: number;
  kind: Kind;
  /** The office may be followed directly by a company's name (see lexicon COMPANY_OFFICES). */
  company: boolean;
}

/** headKind: the index in KINDS, with this bit set for an office of companies. */
const COMPANY_BIT = 8;

interface Found {
  name: string;
  foreign: boolean;
  title?: string;
  /** Evidence: title or honorific through the name and its appositive (character offsets). */
  evStart: number;
  evEnd: number;
  /** The name's own span (character offsets): what a person claims against other types. */
  span: Span;
  /** One-word mention to link to a full name ("Bộ trưởng Sơn"). */
  single: boolean;
  /** A one-word mention kept only when it folds into a full name. */
  linkOnly: boolean;
  /** Index of the sentence in ctx.sentences. */
  sentence: number;
}

interface Pending {
  s: number;
  /** The start of the run when a body's name before the name was left out ("Luật Jonathan Turley"), else s. */
  rs: number;
  e: number;
  foreign: boolean;
  single: boolean;
  upper: boolean;
}

type Honorific = { start: number; degree: boolean } | null;

/** The roles of the words that make a name a person's (all of them hot roles: see newRole). */
const CUES = R_HEAD_FIRST | R_HONORIFIC_FIRST | R_DEGREE | R_SURNAME_COMMON | R_SURNAME_RARE;

/** At most this many offices in one chain ("Ủy viên Bộ Chính trị, Bí thư …, Chủ tịch …"). */
const MAX_CHAIN = 8;
/** An appositive office is at most this many tokens long. */
const MAX_APPOSITIVE = 48;

/** Capitalised honorifics that stay honorifics inside a sentence ("Ngài", "Đồng chí", "HLV"). */
const CAPITALISED_HONORIFIC = /^(?:Ngài|Đồng|Hòa|Thượng|Đại|Linh|Mục|Giám|Hồng|Đức|Mr|Mrs|Ms|Dr|HLV|VĐV|Bác|Tiến|Thạc|Giáo|Phó|Kỹ|Luật|Chuyên)/u;
const PERSONAL = /^(?:ông|bà|ngài|mr|mrs|ms|dr)$/iu;
const AGE = /^\(\s*(?:sinh năm|SN|sn|\d{1,3}\s*tuổi)/u;
const ADDRESS_AFTER = /^(?:phường|quận|xã|huyện|thị xã|thị trấn|P|Q|TP|tp)$/u;
const DISTRICT_BRACKET = /^\(\s*(?:quận|Q\.|P\.|phường|huyện|TP|Hà Nội|TP\.HCM)/u;
const ROMAN = /^[IVX]+$/u;
const H_APOSTROPHE = /^H'\p{Lu}/u;

/** Token k opens a clause (R_CLAUSE, a hot role: the hint decides most tokens without a lookup). */
function isClauseWord(T: Tokens, k: number): boolean {
  return (T.hint[k]! & R_CLAUSE) !== 0 && rolesAt(T, k, R_CLAUSE) !== 0;
}

/** Token k is a degree ("TS", "PGS"; R_DEGREE is a hot role). */
function isDegree(T: Tokens, k: number): boolean {
  return (T.hint[k]! & R_DEGREE) !== 0 && rolesAt(T, k, R_DEGREE) !== 0;
}

/** Per-token scratch arrays of an article, reused from one article to the next. */
class Scratch {
  covered = new Uint8Array(4096);
  /** Token index → end of the office head that starts there, or 0. */
  headEnd = new Int32Array(4096);
  headKind = new Uint8Array(4096);
  inHead = new Uint8Array(4096);
  nameTok = new Uint8Array(4096);
  nameStart = new Uint8Array(4096);
  /** Token index → the end of the place (of the country) that starts there + 2; 0 = not asked yet. */
  placeEnds = new Int32Array(4096);
  countryEnds = new Int32Array(4096);

  reserve(n: number): void {
    if (n <= this.covered.length) {
      this.covered.fill(0, 0, n);
      this.headEnd.fill(0, 0, n);
      this.inHead.fill(0, 0, n);
      this.nameTok.fill(0, 0, n);
      this.nameStart.fill(0, 0, n);
      this.placeEnds.fill(0, 0, n);
      this.countryEnds.fill(0, 0, n);
      return;
    }
    const size = Math.max(n, this.covered.length * 2);
    this.covered = new Uint8Array(size);
    this.headEnd = new Int32Array(size);
    this.headKind = new Uint8Array(size);
    this.inHead = new Uint8Array(size);
    this.nameTok = new Uint8Array(size);
    this.nameStart = new Uint8Array(size);
    this.placeEnds = new Int32Array(size);
    this.countryEnds = new Int32Array(size);
  }
}

const scratch = new Scratch();

class Reader extends Cursor {
  sentence = 0;
  user!: UserWords;
  x = scratch;

  /** Marks the office heads of the current sentence. */
  findHeads(): void {
    const { covered, headEnd, headKind, inHead } = this.x;
    const T = this.T;
    const flags = T.flags;
    const userHeads = this.user.heads;
    // Read once, not per token (imported bindings may be getters under a CommonJS loader).
    const headFirst = R_HEAD_FIRST;
    const word = WORD;
    const hint = T.hint;
    for (let i = this.lo; i < this.hi; i++) {
      // Most words open no office: the token's hint (a hot role) says so before any lookup.
      if (!(hint[i]! & headFirst) || !(flags[i]! & word) || covered[i] || !rolesAt(T, i, headFirst)) continue;
      if (!rolesAt(T, i, R_HEAD_ONE) && !(i + 1 < this.hi && rolesAt(T, i + 1, R_HEAD_SECOND))) continue;
      let m = HEADS.longest(T, i, this.hi);
      if (!m && userHeads) m = userHeads.longest(T, i, this.hi);
      if (!m) continue;
      // An office is written capitalised, or all in lower case by some outlets ("chủ tịch UBND").
      headEnd[i] = m.end;
      headKind[i] = KINDS.indexOf(m.value.kind) | (m.value.company ? COMPANY_BIT : 0);
      for (let k = i; k < m.end; k++) inHead[k] = 1;
      i = m.end - 1;
    }
  }

  head(k: number): boolean {
    return k >= this.lo && k < this.hi && this.x.headEnd[k]! > 0;
  }

  /**
   * Token k may stand inside an office after its head: a body found earlier ("Bộ Ngoại giao"),
   * a capitalised word, a link word ("nước", "tỉnh", "thường trực", "tại"), the second syllable
   * of a capitalised domain word ("Ngoại giao", "Y tế"); before a name (`gap`) also up to three
   * lower-case words of body names ("Trưởng phòng giáo dục quận …").
   */
  inOffice(k: number, gap: boolean, ns = -1): boolean {
    if (this.x.covered[k]) return true;
    if (this.x.nameTok[k]) return false;
    const f = this.flags(k);
    // Not a word that opens a clause: "Chủ tịch UBND tỉnh Kon Tum, Ông Nguyễn Văn Hòa".
    if (f & CAP) return !this.clause(k);
    if (f & WORD) {
      if (this.inLink(k)) return true;
      const r = this.roles(k, R_COMPOUND | R_TAIL);
      // The second syllable of a capitalised domain word: "Trưởng phòng Quản lý …", "Giám đốc Kinh doanh".
      if (this.roles(k - 1, R_NAME_COMPOUND) && this.capWord(k - 1) && NAME_COMPOUND.endsAt(this.T, k - 1, k + 1)) return true;
      // Before a name (ns: its first token): "Bộ trưởng phụ trách TPP của Nhật Bản", "Bộ trưởng
      // Kinh doanh, Thương mại và Doanh nghiệp Romania" (not "Thủ tướng Anh và Angela Merkel").
      if (ns > k + 1 && this.isId(k, W.cua) && this.x.covered[k + 1]) return true;
      if (ns > k + 1 && this.isId(k, W.va) && this.capWord(k + 1) && !this.x.nameTok[k + 1] && this.afterDomain(k)) return true;
      if (r & R_COMPOUND && this.capWord(k - 1)) return true;
      if (!gap || !(r & R_TAIL)) return false;
      let run = 1;
      for (let j = k - 1; run <= 3 && j >= this.lo && (this.T.flags[j]! & (WORD | CAP)) === WORD && !this.x.covered[j]; j--) run++;
      return run <= 3;
    }
    if (this.is(k, C.dash) || this.is(k, C.amp)) return true;
    if (this.is(k, C.dot) && this.isId(k - 1, W.tp)) return true;
    // A comma inside a list of domains: "Bộ trưởng Kinh doanh, Thương mại và Doanh nghiệp …".
    if (ns > k + 1 && this.is(k, C.comma) && this.capWord(k + 1) && !this.x.nameTok[k + 1] && this.afterDomain(k)) {
      for (let q = k + 2; q < ns && q - k <= 6; q++) if (this.isId(q, W.va)) return true;
      // "Thứ trưởng Bộ Kế hoạch, Đầu tư Đặng Huy Đông": one domain word after the comma, then the name.
      if (ns - k <= 3 && ns - k >= 2) {
        let domain = true;
        for (let q = k + 1; q < ns && domain; q++) if (!(q === k + 1 ? this.capWord(q) && this.syllable(q) : this.roles(q, R_COMPOUND) && this.lowerWord(q))) domain = false;
        if (domain) return true;
      }
    }
    return false;
  }

  /** Token k lies inside a link phrase of offices ("thường trực", "ủy ban nhân dân"). */
  private inLink(k: number): boolean {
    for (let st = k; st >= this.lo && k - st < 4; st--) {
      if (this.roles(st, R_LINK) && LINK.longestEnd(this.T, st, this.hi) > k) return true;
      if (!this.lowerWord(st)) break;
    }
    return false;
  }

  /** The token before k ends a capitalised domain word ("Thương mại", "Kinh doanh", "EU"). */
  private afterDomain(k: number): boolean {
    return this.capWord(k - 1) || (this.lowerWord(k - 1) && this.capWord(k - 2));
  }

  /** The office stated right before token `ns` (the name's first token), or null. */
  titleBefore(ns: number): Title | null {
    const { headEnd, inHead } = this.x;
    let near = ns - 1;
    while (near >= this.lo && ns - near <= 16 && !headEnd[near]) near--;
    if (near < this.lo || ns - near > 16) return null;
    for (let h = ns - 1; h >= this.lo && ns - h <= 16; h--) {
      if (!headEnd[h]) {
        // "Giám đốc Trung tâm … (NIC) Vũ Quốc Huy": an abbreviation in brackets inside the office.
        if (this.is(h, C.close)) {
          let o = h - 1;
          while (o > this.lo && h - o <= 5 && this.capWord(o)) o--;
          if (o < h - 1 && this.is(o, C.open)) {
            h = o;
            continue;
          }
        }
        if (!inHead[h] && !this.inOffice(h, true, ns)) return null;
        continue;
      }
      if (headEnd[h]! > ns) return null;
      for (let k = headEnd[h]!; k < ns; k++) {
        if (this.is(k, C.open)) {
          const b = this.bracketGroup(k);
          if (b > 0 && b <= ns) {
            k = b - 1;
            continue;
          }
        }
        if (!this.inOffice(k, true, ns)) return null;
      }
      let start = h;
      // "Ủy viên Bộ Chính trị, Thủ tướng …", "Phó Bí thư Tỉnh ủy kiêm Chủ tịch …": earlier offices of one chain.
      for (let links = 0; links < MAX_CHAIN; links++) {
        if (!(this.is(start - 1, C.comma) || this.isId(start - 1, W.kiem))) break;
        const prev = this.chainBefore(start - 1);
        // "thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng X": the earlier office is another
        // person's; "nhà sáng lập kiêm Giám đốc điều hành NVIDIA" is one person's.
        if (prev === null || (this.isId(prev - 1, W.cua) && !this.isId(start - 1, W.kiem))) break;
        start = prev;
      }
      if (this.roles(start - 1, R_MODIFIER)) start--;
      const hk = this.x.headKind[h]!;
      return { start, end: ns, kind: KINDS[hk & 7]!, company: (hk & COMPANY_BIT) !== 0 };
    }
    return null;
  }

  /** The start of an office that ends right before token `end`, or null. */
  private chainBefore(end: number): number | null {
    const { headEnd, inHead } = this.x;
    for (let h = end - 1; h >= this.lo && end - h <= 12; h--) {
      if (headEnd[h] && headEnd[h]! <= end) {
        for (let k = headEnd[h]!; k < end; k++) if (!this.inOffice(k, false)) return null;
        return h;
      }
      if (!inHead[h] && !this.inOffice(h, false)) return null;
    }
    return null;
  }

  private clause(k: number): boolean {
    if (k < this.lo || k >= this.hi) return false;
    return (this.T.flags[k]! & TITLE) !== 0 && isClauseWord(this.T, k);
  }

  /**
   * An office after the name at token `k` (an appositive), after ", " or " - " ("đồng chí X -
   * Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"; "ông X - chủ tịch Hiệp hội Lương thực VN (VFA)");
   * returns its token range or null.
   */
  titleAfter(k: number): Title | null {
    const dash = (this.is(k, C.dash) || this.is(k, C.endash)) && this.start(k) > this.end(k - 1);
    if (!this.is(k, C.comma) && !dash) return null;
    const { headEnd, headKind, nameStart, covered } = this.x;
    let s = k + 1;
    if (this.roles(s, R_MODIFIER)) s++;
    if (!this.head(s)) return null;
    let e = headEnd[s]!;
    const kind = KINDS[headKind[s]! & 7]!;
    const company = (headKind[s]! & COMPANY_BIT) !== 0;
    const limit = Math.min(this.hi, k + MAX_APPOSITIVE);
    for (let links = 0; links < MAX_CHAIN; links++) {
      for (;;) {
        if (e >= limit || nameStart[e] || headEnd[e] || this.clause(e)) break;
        // A body's name may hold commas ("Ban Chỉ đạo … về khoa học, công nghệ …").
        if (this.is(e, C.comma) && !covered[e]) break;
        // " - " closes a dash appositive: "Bà X - giám đốc Công ty Y - cho biết".
        if (dash && (this.is(e, C.dash) || this.is(e, C.endash)) && this.start(e) > this.end(e - 1)) break;
        // "(VFA)", "(Cần Thơ)": an abbreviation or a place in brackets belongs to the office.
        const b = this.is(e, C.open) ? this.bracketGroup(e) : -1;
        if (b > 0) {
          e = b;
          break; // the abbreviation closes the body's name
        }
        if (!this.inOffice(e, false)) break;
        e++;
      }
      // A name right after the office: the office is that person's, not this one's.
      if (e < this.hi && nameStart[e]) return null;
      const next = this.is(e, C.comma) || this.isId(e, W.kiem) ? e + 1 : this.head(e) ? e : -1;
      if (next >= 0 && this.head(next)) {
        e = headEnd[next]!;
        continue;
      }
      break;
    }
    while (e > s && (this.flags(e - 1) & (WORD | CAP)) === WORD && (this.isId(e - 1, W.tai) || this.isId(e - 1, W.cua) || this.isId(e - 1, W.va) || this.isId(e - 1, W.kiem))) e--;
    while (e > s && (this.is(e - 1, C.dash) || this.is(e - 1, C.endash))) e--;
    return { start: k + 1, end: e, kind, company };
  }

  /** Token e ends a clause: punctuation or the sentence's end (an office there belongs to the name before it). */
  private closes(e: number): boolean {
    return e >= this.hi || this.is(e, C.comma) || this.is(e, C.semicolon) || this.is(e, C.dot) || this.is(e, C.colon) || this.is(e, C.close);
  }

  /** "(VFA)", "(Cần Thơ)" at token b: the index after ")", or -1. */
  private bracketGroup(b: number): number {
    let q = b + 1;
    while (q < this.hi && q - b <= 5 && this.capWord(q)) q++;
    return q > b + 1 && this.is(q, C.close) ? q + 1 : -1;
  }

  /** An office head within 16 tokens before token `s`, or an honorific or degree within 4. */
  private contextNear(s: number): boolean {
    const headEnd = this.x.headEnd;
    const lo = this.lo;
    for (let h = s - 1; h >= lo && s - h <= 16; h--) if (headEnd[h]) return true;
    const T = this.T;
    const hint = T.hint;
    const cue = R_HONORIFIC_FIRST | R_DEGREE;
    // Both are hot roles: the hint rules most words out without a lookup.
    for (let h = s - 1; h >= lo && s - h <= 4; h--) if (hint[h]! & cue && h < this.hi && rolesAt(T, h, cue)) return true;
    return false;
  }

  /** An honorific or degree right before token `ns`: its first token, or null. */
  honorificBefore(ns: number): Honorific {
    // "PGS.TS", "GS. TSKH", "ThS"
    let d = ns;
    while (d > this.lo && ns - d < 8 && (this.roles(d - 1, R_DEGREE) || ((this.is(d - 1, C.dot) || this.is(d - 1, C.dash)) && this.roles(d - 2, R_DEGREE)))) d--;
    if (d < ns && this.roles(d, R_DEGREE)) return { start: d, degree: true };
    for (let h = Math.max(this.lo, ns - 4); h < ns; h++) {
      if (!(this.roles(h, R_HONORIFIC_FIRST))) continue;
      if (HONORIFIC.longestEnd(this.T, h, this.hi) === ns) {
        // Lower-case in running text ("ông"), capitalised only at the sentence start ("Ông").
        const f = this.flags(h);
        // After " - " or ":" a new phrase starts: "Nguyên Chủ tịch VEF - Bà Đường Thu Hương".
        const opens = this.is(h - 1, C.dash) || this.is(h - 1, C.endash) || this.is(h - 1, C.colon);
        if (f & CAP && !(f & UPPER) && h > this.lo && !opens && !CAPITALISED_HONORIFIC.test(this.text(h))) continue;
        return { start: h, degree: false };
      }
    }
    return null;
  }

  /** A capitalised word that may stand in a name. */
  private runWord(k: number): boolean {
    if (k < this.lo || k >= this.hi) return false;
    const T = this.T;
    const f = T.flags[k]!;
    return (f & CAP) !== 0 && !this.x.inHead[k] && !isDegree(T, k) && !((f & TITLE) !== 0 && isClauseWord(T, k));
  }

  /** The end of the capitalised run (outside office heads) that starts at token i, a run word. */
  private runEnd(i: number): number {
    const T = this.T;
    const { flags, start, end } = T;
    const inHead = this.x.inHead;
    const hi = this.hi;
    let j = i + 1;
    for (;;) {
      // The run stops at a gap, an office head, a word that opens a clause, a degree.
      if (j >= hi || start[j]! - end[j - 1]! > 1 || inHead[j]) break;
      const f = flags[j]!;
      if (((f & TITLE) !== 0 && isClauseWord(T, j)) || isDegree(T, j)) break;
      if (f & CAP) {
        j++;
        continue;
      }
      // "Mohamed bin Zayed", "Chan-o-cha", "Jae-in"
      if (this.isWord(j) && this.roles(j, R_PARTICLE) && this.capWord(j + 1) && this.adj(j, j + 1)) {
        j += 2;
        continue;
      }
      if (this.is(j, C.dash) && this.start(j) === this.end(j - 1) && this.isWord(j + 1) && this.start(j + 1) === this.end(j)) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  isSurname(k: number): 0 | 1 | 2 {
    if (!(this.flags(k) & TITLE)) return 0;
    const r = this.T.hint[k]! & (R_SURNAME_COMMON | R_SURNAME_RARE) ? rolesAt(this.T, k, R_SURNAME_COMMON | R_SURNAME_RARE) : 0;
    if (r & R_SURNAME_COMMON) return 2;
    if (r & R_SURNAME_RARE || (this.user.surnames.size && this.user.surnames.has(this.text(k)))) return 1;
    return 0;
  }

  /** The Vietnamese name at the end of tokens [s, e): its start, or -1. */
  vietnameseName(s: number, e: number): number {
    let best = -1;
    let bestScore = -1;
    for (let p = s; p < e - 1; p++) {
      const tier = this.isSurname(p);
      if (!tier) continue;
      const len = e - p;
      const long = this.roles(p, R_SURNAME_LONG) || (this.T.ch[p + 1] === 72 && this.T.text.charCodeAt(this.start(p + 1) + 1) === 39); // "H'"
      if (len > (long ? 5 : 4)) continue;
      let ok = true;
      for (let k = p; k < e && ok; k++) {
        const f = this.flags(k);
        if (!(f & WORD) || !(f & TITLE || H_APOSTROPHE.test(this.text(k)))) ok = false;
        // Vietnamese syllables only, but in the long names of the Central Highlands ("Niê Kđăm"):
        // "Thái Bình Dương Mỹ Harry Harris" holds no Vietnamese name.
        else if (!long && !this.syllable(k)) ok = false;
      }
      if (!ok) continue;
      // An ethnic-minority family name that opens the run takes the whole run ("Y Thanh Hà Niê Kđăm").
      // A common family name that opens the run takes four syllables ("Thứ trưởng Bộ Tài chính Đỗ
      // Hoàng Anh Tuấn"), unless it opens a place ("Cao Bằng Lê Văn Hà").
      const whole = p === s && len === 4 && tier === 2 && this.placeEnd(p) < 0;
      const score = long && p === s ? 30 : tier * 10 + (len === 3 || whole ? 4 : len === 4 ? 3 : len === 2 ? 2 : 1);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** The end of a country's name at token k, or -1 (once per token: the rules ask several times). */
  private countryEnd(k: number): number {
    return this.memoEnd(k, this.x.countryEnds, R_COUNTRY_FIRST, COUNTRY);
  }

  /** The end of a Vietnamese place's name at token k, or -1 (once per token). */
  private placeEnd(k: number): number {
    return this.memoEnd(k, this.x.placeEnds, R_PLACE_FIRST, PLACE);
  }

  /** The end of a name of `vocab` at token k, or -1, remembered in `memo` (end + 2; 0: not asked yet). */
  private memoEnd(k: number, memo: Int32Array, role: number, vocab: typeof PLACE): number {
    if (k < this.lo || k >= this.hi) return -1;
    const v = memo[k]!;
    if (v !== 0) return v - 2;
    const e = this.roles(k, role) ? vocab.longestEnd(this.T, k, this.hi) : -1;
    memo[k] = e + 2;
    return e;
  }

  /** Tokens [s, e) are exactly a place or a country ("Hà Nội", "Hàn Quốc"). */
  private isPlace(s: number, e: number): boolean {
    return this.placeEnd(s) === e || this.countryEnd(s) === e;
  }

  /** Leading tokens of [s, e) that are a country or a Vietnamese place ("Hàn Quốc", "Quảng Ninh"). */
  skipPlaces(s: number, e: number): number {
    while (s < e) {
      if (this.x.covered[s]) {
        s++;
        continue;
      }
      const c = this.countryEnd(s);
      const m = c > 0 ? c : this.placeEnd(s);
      if (m > 0 && m < e) {
        s = m;
        continue;
      }
      break;
    }
    return s;
  }

  /**
   * A body's name or a country written before a foreign name in one run of capitals ("người phát
   * ngôn Nhà Trắng Sean Spicer", "Bộ trưởng Quốc Phòng Mỹ James Mattis"): the start of the foreign
   * name when the run opens with Vietnamese syllables, the last of them written with diacritics,
   * and ends with at least two words that are not Vietnamese or have none; else s.
   */
  private foreignTail(s: number, e: number): number {
    // Not a Vietnamese name with an initial ("Nguyễn Minh T.").
    if (e - s < 3 || !this.syllable(s) || this.syllable(e - 1) || this.T.flags[e - 1]! & UPPER) return s;
    let q = -1;
    for (let k = e - 2; k >= s && q < 0; k--) if (this.flags(k) & CAP && this.syllable(k) && !this.ascii(k)) q = k + 1;
    if (q < 0) return s;
    for (let k = s; k < q; k++) if (!(this.flags(k) & CAP) || !this.syllable(k)) return s;
    let words = 0;
    for (let k = q; k < e; k++) {
      const f = this.flags(k);
      // No abbreviations or initials: "Cù Hoàng Phi L.", "Trần Thị Thu Th.".
      if (f & UPPER || (f & CAP && this.end(k) - this.start(k) < 3)) return s;
      if (f & CAP) words++;
    }
    if (words < 2) return s;
    // "Điện Kremlin Dmitry Peskov": a one-word body noun takes the foreign word after it.
    if (q === s + 1 && words >= 3) while (++q < e && !(this.flags(q) & CAP));
    return q;
  }

  /** The name's text; an all-capitals name in title case ("NGUYỄN VĂN A" → "Nguyễn Văn A"). */
  private nameText(c: Pending): string {
    if (!c.upper) return this.slice(c.s, c.e);
    const words: string[] = [];
    for (let k = c.s; k < c.e; k++) words.push(toTitleCase(this.text(k)));
    return words.join(" ");
  }

  /** The name a capitalised run [rs, e) may hold, added to `pending`. */
  private readRun(rs: number, e: number, pending: Pending[]): void {
    const { covered, nameStart } = this.x;
    // Drop what earlier extractors own (bodies, countries) at the front of the run.
    let s = rs;
    for (let k = rs; k < e; k++) if (covered[k]) s = k + 1;
    if (s >= e) return;
    if (e - s === 1) {
      // One word: only a foreign name after an office or honorific ("Tổng thống Putin"), never an
      // initial ("Tổng thống Nga V.Putin").
      if (!(this.T.flags[s]! & UPPER) && this.end(s) - this.start(s) > 1 && s > this.lo && this.contextNear(s)) pending.push({ s, rs: s, e, foreign: true, single: true, upper: false });
      return;
    }
    const p = this.vietnameseName(s, e);
    if (p >= 0) {
      pending.push({ s: p, rs: p, e, foreign: false, single: false, upper: false });
      return;
    }
    // "Ngài Ban Ki-moon", "Giáo sư Joseph Stiglitz" at a sentence start: the honorific opens the
    // run (not "HLV", "MS": "HLV Real Madrid", "MS Office").
    if (this.roles(s, R_HONORIFIC_FIRST) && !(this.T.flags[s]! & UPPER)) {
      const h = HONORIFIC.longestEnd(this.T, s, e);
      if (h > s && h < e) s = h;
    }
    let upper = true;
    for (let k = s; k < e && upper; k++) if (!(this.T.flags[k]! & UPPER)) upper = false;
    const ps = this.skipPlaces(s, e);
    const fs = upper ? ps : this.foreignTail(ps, e);
    // Any other name needs an office or an honorific before it: most runs have none near.
    const near = this.contextNear(fs);
    if (upper) {
      // All capitals: a name only after an office or honorific ("ông NGUYỄN VĂN A"); never a byline.
      if (near && e - fs >= 2 && e - fs <= 4 && this.roles(fs, R_SURNAME_COMMON) && this.allSyllables(fs, e))
        pending.push({ s: fs, rs: fs, e, foreign: false, single: false, upper: true });
      return;
    }
    if (e - fs >= 1 && e - fs <= 6) {
      if (near) pending.push({ s: fs, rs: ps, e, foreign: true, single: e - fs === 1, upper: false });
      else if (e - fs > 1 && !this.isPlace(fs, e)) nameStart[fs] = 1;
    }
  }

  find(out: Found[], pending: Pending[]): void {
    const { covered, nameTok, nameStart, inHead } = this.x;
    if (pending.length) pending.length = 0;
    // The capitalised runs, outside office heads, in order.
    const flags = this.T.flags;
    const cap = CAP;
    let i = this.lo;
    while (i < this.hi) {
      if (!(flags[i]! & cap) || !this.runWord(i)) {
        i++;
        continue;
      }
      const e = this.runEnd(i);
      this.readRun(i, e, pending);
      i = e;
    }
    if (!pending.length) return;
    // Names an office cannot run across: Vietnamese names, and foreign names right after an
    // office or a country ("Nhà vua Iran Mohammad Reza Pahlavi, Nhà vua Na Uy Olav V").
    for (const x of pending) {
      const pe = this.placeEnd(x.s);
      const place = (pe > 0 ? pe : this.countryEnd(x.s)) === x.e;
      // A place after a level word ("ĐBQH tỉnh Hà Tĩnh") stays inside an office.
      if (place && x.s > this.lo && this.roles(x.s - 1, R_LEVEL_FIRST) && !this.capWord(x.s - 1)) continue;
      // A one-word foreign name after a country or a foreign office starts a name too: an appositive
      // office before it is that person's ("Theo ông X, Tổng thống Mỹ Trump cho biết"); not a
      // Vietnamese syllable: "xã Đức Minh" is a place after the word for Germany.
      if (!x.foreign || (!x.single && !place) || (x.single && !place && !this.syllable(x.s) && this.foreignBefore(x.s))) nameStart[x.s] = 1;
      // Not "Bộ Kế" of "Thứ trưởng Bộ Kế hoạch, Đầu tư Đặng Huy Đông": a body's name cut by a lower-case word.
      const marked = !x.foreign || (!x.single && !place && x.s > this.lo && (inHead[x.s - 1] || covered[x.s - 1]) && !(this.roles(x.s, R_ORG_FIRST) && this.lowerWord(x.e) && this.adj(x.e - 1, x.e)));
      if (marked) nameTok.fill(1, x.s, x.e);
    }

    for (const c of pending) {
      const hon = this.honorificBefore(c.s) ?? (c.rs < c.s ? this.honorificBefore(c.rs) : null);
      let title = this.titleBefore(hon ? hon.start : c.s);
      if ((c.upper || c.foreign) && !title && !hon) continue;
      const appositive = this.titleAfter(c.e);
      const age = this.is(c.e, C.open) && AGE.test(this.T.text.slice(this.start(c.e), this.start(c.e) + 14));
      const context = !!title || !!hon || !!appositive || age;
      const len = c.e - c.s;
      const nameText = this.nameText(c);
      if (this.user.stop.size && this.user.stop.has(fold(nameText))) continue;

      if (c.foreign) {
        // A foreign name needs an office or honorific, and must not be a place or a word of Vietnamese.
        if (this.isPlace(c.s, c.e)) continue;
        // Names are not abbreviations: "Becamex IDC", "Trường ĐH Giao", "GD-ĐT".
        let abbreviation = false;
        let vietnamese = true;
        for (let k = c.s; k < c.e; k++) {
          const f = this.T.flags[k]!;
          if (f & UPPER && !ROMAN.test(this.text(k))) abbreviation = true;
          if (vietnamese && f & WORD && !this.syllable(k)) vietnamese = false;
        }
        if (abbreviation) continue;
        const foreignContext = title !== null && (title.kind === "foreign" || this.countryIn(title.start, c.s) || this.partnerBefore(c.s));
        if (c.single) {
          // "Tổng thống Putin", "ông Trump": kept when the article has no full name to fold it into.
          const personal = hon !== null && !hon.degree && PERSONAL.test(this.text(hon.start));
          out.push(this.found(c, nameText, title, hon, appositive, true, !(foreignContext || personal)));
          continue;
        }
        // Words that look like Vietnamese syllables: a foreign name only after a foreign office or
        // country, or after an honorific when the name is unaccented and long or hyphenated
        // ("ông Han Myoung Sup", "Ngài Ban Ki-moon"), never "ông Ba Phi".
        if (vietnamese && !foreignContext && !(hon && this.romanised(c.s, c.e))) continue;
        // After an office of a company with no country or honorific ("CEO Kusto Home"), or when the
        // name does not look foreign: only a name the article states elsewhere with a country or
        // honorific. After an office of a state, a foreign-looking name is a person ("Bộ trưởng
        // Quốc phòng Harjit Sajjan").
        if (!foreignContext && !hon && !appositive && title?.kind !== "rank" && (title === null || title.company || !this.foreignLooking(c.s, c.e))) {
          out.push(this.found(c, nameText, title, hon, appositive, false, true));
          continue;
        }
        // "Chủ tịch Hồ Chí Minh": the person; "TP Hồ Chí Minh" is a place (never reaches here).
        out.push(this.found(c, nameText, title, hon, appositive, false));
        continue;
      }

      // Vietnamese name; never a place or a country ("Chủ tịch Hà Nội", "Hà Nội").
      const hcm = nameText === "Hồ Chí Minh";
      if (!hcm && this.isPlace(c.s, c.e)) continue;
      if (hcm) {
        if (!(title && /^chủ tịch$/iu.test(this.slice(title.start, title.end).trim()))) continue;
        if (title.start - 1 >= this.lo && this.roles(title.start - 1, R_NOT_PERSON_FIRST) && NOT_A_PERSON_BEFORE.longestEnd(this.T, title.start - 1, this.hi) > 0) continue;
      }
      if (!context) {
        // Alone: three or four syllables with a common family name, nothing place-like before.
        if (len < 3 || len > 4 || this.isSurname(c.s) !== 2) continue;
        if (!this.allSyllables(c.s, c.e)) continue;
        if (this.placeBefore(c.s) || this.streetAround(c.s, c.e) || this.lake(c.s, c.e)) continue;
        // A later item of a list of streets: "các tuyến đường như Hoàng Văn Thụ, Lê Văn Sỹ".
        const first = this.listStart(c.s);
        if (first < c.s && (this.placeBefore(first) || this.streetAround(first, first))) continue;
      } else if (!title && !hon && !appositive && this.placeBefore(c.s)) continue;
      // A school named after a person: "Hiệu trưởng Trường Tiểu học Nguyễn Khả Trạc", "Trường THCS - THPT Nguyễn Tất Thành".
      else if (title && !hon && this.schoolBefore(c.s)) continue;
      if (title && title.kind === "rank" && appositive) title = appositive;
      out.push(this.found(c, nameText, title, hon, appositive, false));
    }
  }

  /**
   * Tokens [s, e) look like a foreign person's name: two to four capitalised words, the last not a
   * Vietnamese syllable, any that is one written without diacritics ("Harjit Sajjan", "Dan Tehan";
   * not "Điện Kremlin", "Nhà Trắng").
   */
  private foreignLooking(s: number, e: number): boolean {
    let words = 0;
    let last = -1;
    for (let k = s; k < e; k++) {
      if (!(this.flags(k) & CAP)) continue;
      words++;
      last = k;
      if ((this.syllable(k) && !this.ascii(k)) || this.end(k) - this.start(k) < 2) return false;
    }
    return words >= 2 && words <= 4 && last >= 0 && !this.syllable(last);
  }

  private ascii(k: number): boolean {
    const text = this.T.text;
    for (let q = this.start(k); q < this.end(k); q++) if (text.charCodeAt(q) > 127) return false;
    return true;
  }

  /** Tokens [s, e) are plain ASCII letters and either three words or hyphenated ("Han Myoung Sup", "Ban Ki-moon"). */
  private romanised(s: number, e: number): boolean {
    let words = 0;
    let hyphen = false;
    const text = this.T.text;
    for (let k = s; k < e; k++) {
      if (this.is(k, C.dash)) {
        hyphen = true;
        continue;
      }
      words++;
      for (let q = this.start(k); q < this.end(k); q++) {
        const ch = text.charCodeAt(q) | 32;
        if (ch < 97 || ch > 122) return false;
      }
    }
    return words >= 3 || (hyphen && words >= 2);
  }

  private allSyllables(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (!this.syllable(k)) return false;
    return true;
  }

  /** A country claimed by an earlier extractor inside the title ("Tổng thống Hàn Quốc"). */
  private countryIn(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.x.covered[k] && this.countryEnd(k) > 0) return true;
    return false;
  }

  /** A country or a foreign office ends right before token s ("Tổng thống Mỹ Trump", "Tổng thống Trump"). */
  private foreignBefore(s: number): boolean {
    const { headEnd, headKind } = this.x;
    for (let k = s - 1; k >= this.lo && s - k <= 4; k--) {
      if (headEnd[k] === s) return KINDS[headKind[k]! & 7] === "foreign";
      if (this.x.inHead[k]) continue;
      if (!this.capWord(k)) return false;
      if (this.countryEnd(k) === s) return true;
    }
    return false;
  }

  /** The first item of a list of capitalised names that ends with the one at token s ("A, B và C"). */
  private listStart(s: number): number {
    let first = s;
    for (let guard = 0; guard < 12; guard++) {
      if (!(this.is(first - 1, C.comma) || this.isId(first - 1, W.va))) break;
      let k = first - 2;
      if (k < this.lo || !this.capWord(k)) break;
      while (k > this.lo && this.capWord(k - 1) && this.adj(k - 1, k)) k--;
      first = k;
    }
    return first;
  }

  /**
   * A street, not a person: a junction ("Phạm Văn Đồng - Nguyễn Thái Sơn"), a district in
   * brackets after it ("Nguyễn Hữu Thọ (quận 7)"), a street word before it ("nút giao …").
   */
  private streetAround(s: number, e: number): boolean {
    if ((this.is(e, C.dash) || this.is(e, C.endash)) && this.capWord(e + 1)) return true;
    if ((this.is(s - 1, C.dash) || this.is(s - 1, C.endash)) && this.capWord(s - 2)) return true;
    // An address: "số nhà 133, Trần Hưng Đạo, phường Nam Ngạn".
    if (this.is(s - 1, C.comma) && this.flags(s - 2) & DIGIT) return true;
    if (this.is(e, C.comma) && this.has(e + 1) && ADDRESS_AFTER.test(this.text(e + 1))) return true;
    if (this.is(e, C.open) && DISTRICT_BRACKET.test(this.T.text.slice(this.start(e), this.start(e) + 12))) return true;
    for (let h = Math.max(this.lo, s - 4); h < s; h++) if (this.roles(h, R_STREET_FIRST) && STREET_BEFORE.endsAt(this.T, h, s)) return true;
    // "những con phố vàng Hà Nội như Trần Nhân Tông, Cầu Giấy": a list of streets.
    if (this.isId(s - 1, W.nhu)) {
      for (let h = Math.max(this.lo, s - 10); h < s - 1; h++) if (this.roles(h, R_STREET_WORD) && STREET_WORDS.longestEnd(this.T, h, s) > 0) return true;
    }
    return false;
  }

  /** A lake, not a person: "Hồ Hòa Bình", "Hồ Hoàn Kiếm" ("Hồ" and a listed place). */
  private lake(s: number, e: number): boolean {
    return this.isId(s, W.ho) && this.flags(s) & TITLE ? this.placeEnd(s + 1) === e : false;
  }

  /** A partner (country) claimed just before token s ("Đại sứ Mỹ Marc Knapper"). */
  private partnerBefore(s: number): boolean {
    return s > this.lo && this.x.covered[s - 1] === 1 && this.capWord(s - 1);
  }

  /** A school word right before token s ("Trường THPT", "Tiểu học", "Đại học"). */
  private schoolBefore(s: number): boolean {
    for (let h = Math.max(this.lo, s - 3); h < s; h++) if (this.roles(h, R_SCHOOL_FIRST) && SCHOOL_BEFORE.endsAt(this.T, h, s)) return true;
    return false;
  }

  /** A place, street or institution word (or a number) right before token s. */
  private placeBefore(s: number): boolean {
    if (s <= this.lo) return false;
    if (this.flags(s - 1) & DIGIT) return true;
    for (let h = Math.max(this.lo, s - 3); h < s; h++) if (this.roles(h, R_NOT_PERSON_FIRST) && NOT_A_PERSON_BEFORE.endsAt(this.T, h, s)) return true;
    return this.x.covered[s - 1] === 1 && this.capWord(s - 1);
  }

  private found(c: Pending, name: string, title: Title | null, hon: Honorific, appositive: Title | null, single: boolean, linkOnly = false): Found {
    let stated: Title | null = title && title.kind !== "rank" ? title : appositive ?? title;
    // A degree or a profession stands for a title when no office is stated ("PGS.TS", "Luật sư").
    if (!stated && hon && (hon.degree || (this.roles(hon.start, R_HONORIFIC_FIRST) && TITLE_HONORIFIC.endsAt(this.T, hon.start, c.s))))
      stated = { start: hon.start, end: c.s, kind: "degree", company: false };
    const evStartTok = Math.min(title?.start ?? c.s, hon ? hon.start : c.s, c.s);
    const evEndTok = appositive ? appositive.end : c.e;
    // Every Found has the same properties in the same order (one shape for the code that reads them).
    const f: Found = {
      name,
      foreign: c.foreign,
      title: undefined,
      evStart: this.start(evStartTok),
      evEnd: this.end(evEndTok - 1),
      span: { start: this.start(c.s), end: this.end(c.e - 1) },
      single,
      linkOnly,
      sentence: this.sentence,
    };
    if (stated) {
      let e = stated.end;
      while (e > stated.start && (this.is(e - 1, C.comma) || this.is(e - 1, C.semicolon) || this.is(e - 1, C.colon) || this.is(e - 1, C.dash) || this.is(e - 1, C.endash))) e--;
      if (e > stated.start) f.title = this.slice(stated.start, e);
      // "Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung, Ủy viên Trung ương Đảng": both offices.
      if (f.title && stated === title && appositive && appositive !== title && appositive.end > appositive.start && this.closes(appositive.end))
        f.title += `, ${this.slice(appositive.start, appositive.end)}`;
    }
    return f;
  }
}

/** One reader for every article: its fields are set again for each. */
const reader = new Reader();

/** Marks the tokens inside an organization's or partner's claim. */
function markCovered(T: Tokens, claims: readonly Span[], covered: Uint8Array): void {
  for (const c of claims) {
    // The first token that starts at or after the claim's start.
    let lo = 0;
    let hi = T.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (T.start[mid]! < c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < T.n && T.end[i]! <= c.end; i++) covered[i] = 1;
  }
}

function analyse(ctx: ExtractContext, out: BySentence<"person">): void {
  const claims: Span[] = [];
  for (const c of ctx.found) if (c.fact.type === "organization" || c.fact.type === "partner") for (const s of c.claims ?? [c]) claims.push(s);
  const user = userWordsOf(ctx.gazetteer, fold);
  const T = articleTokens(ctx);
  scratch.reserve(T.n);
  markCovered(T, claims, scratch.covered);
  const r = reader;
  r.user = user;
  const all: Found[] = [];
  const pending: Pending[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    r.at(T, s);
    if (r.lo === r.hi) continue;
    // A name needs an office, an honorific or a degree before it, or a family name (see readRun):
    // a sentence where no word may be one is passed over.
    if (!user.surnames.size && !mayHaveRole(T, r.lo, r.hi, CUES)) continue;
    r.sentence = s;
    r.findHeads();
    r.find(all, pending);
  }

  // One-word mentions fold into the article's one full name that ends (or, for foreign names,
  // begins) with the word; otherwise a one-word foreign name after a foreign office stands alone.
  const confirmed = new Set<string>();
  // Word → the full names it can stand for: a Vietnamese name's last word, a foreign name's first or last.
  const byWord = new Map<string, Set<string>>();
  const own = (w: string, name: string) => (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(name);
  for (const g of all) {
    if (g.single || g.linkOnly) continue;
    confirmed.add(g.name);
    const name = g.name;
    own(name.slice(name.lastIndexOf(" ") + 1), name);
    if (g.foreign) {
      const space = name.indexOf(" ");
      own(space < 0 ? name : name.slice(0, space), name);
    }
  }
  // A one-word mention with a country, a foreign office or "ông"/"bà" ("Ngoại trưởng Freeland", "ông
  // Cook") confirms a full name stated only after a company's office ("CEO Tim Cook").
  let pendingNames: Map<string, Set<string>> | null = null;
  for (const g of all) {
    if (g.single || !g.linkOnly || confirmed.has(g.name)) continue;
    pendingNames ??= new Map();
    const name = g.name;
    const w = name.slice(name.lastIndexOf(" ") + 1);
    (pendingNames.get(w) ?? pendingNames.set(w, new Set()).get(w)!).add(name);
  }
  if (pendingNames) {
    for (const f of all) {
      if (!f.single || f.linkOnly || byWord.has(f.name)) continue;
      const names = pendingNames.get(f.name);
      if (names?.size !== 1) continue;
      const name = [...names][0]!;
      confirmed.add(name);
      own(f.name, name);
    }
  }
  const emit = (f: Found, name: string) => {
    const fact = { type: "person", name } as Candidate<"person">["fact"] & { title?: string };
    if (f.title) fact.title = f.title;
    out.add(f.sentence, { fact, start: f.evStart, end: f.evEnd, claims: [f.span] });
  };
  for (const f of all) {
    if (!f.single) {
      if (!f.linkOnly || confirmed.has(f.name)) emit(f, f.name);
      continue;
    }
    const owners = byWord.get(f.name);
    if (owners?.size === 1) emit(f, [...owners][0]!);
    else if (!owners && f.foreign && !f.linkOnly && !isVietnameseSyllable(f.name)) emit(f, f.name);
  }
}

const bySentence = new BySentence<"person">(analyse);

export const personExtractor: Extractor<"person"> = {
  name: "person",
  type: "person",
  blockedBy: ["organization", "partner"],
  extract(sentence, ctx) {
    return bySentence.get(sentence, ctx);
  },
};
