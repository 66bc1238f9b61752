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
//   appositive an office after a comma: "đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"
//   age        "(sinh năm 1980)", "(45 tuổi)"
//   shape      alone, a three- or four-syllable name with a common family name ("Nguyễn Văn An
//              cho biết"), unless a place or institution word stands before it ("đường Trần
//              Hưng Đạo", "Trường THPT Nguyễn Thị Minh Khai")
// The title is the office as stated ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"); the refiner keeps
// the fullest statement across mentions. A later mention by one name only ("Bộ trưởng Sơn",
// "ông Albanese") is folded into the article's one full name that ends (or begins) with it, and
// dropped when there is none or more than one.
// Not persons: bylines and photo credits (page furniture, never seen here), all-capital words
// without an office or honorific, places ("Hồ Chí Minh" unless "Chủ tịch Hồ Chí Minh"), bodies.
import type { Candidate, ExtractContext, Extractor, Span } from "../types.js";
import type { Sentence } from "../../segment/index.js";
import { fold } from "../../facts/keys.js";
import { type Token, adjacent, isTitleCase, isVietnameseSyllable, sentenceTokens, toTitleCase } from "../organization/tokens.js";
import { COUNTRY, TAIL_WORDS } from "../organization/lexicon.js";
import { PLACE } from "../organization/places.js";
import {
  COMMON,
  COMPOUND,
  DEGREE_WORDS,
  HEADS,
  CLAUSE_WORDS,
  HONORIFIC,
  type Head,
  LINK_WORDS,
  LONG,
  NOT_A_PERSON_BEFORE,
  OFFICE_MODIFIERS,
  PARTICLES,
  RARE,
  STREET_BEFORE,
  type UserWords,
  userWordsOf,
} from "./lexicon.js";

interface HeadMatch {
  start: number; // token index
  end: number; // token index after
  head: Head;
}

interface Title {
  /** Token range of the stated title. */
  start: number;
  end: number;
  kind: Head["kind"] | "degree";
}

interface Found {
  /** Token range of the name. */
  start: number;
  end: number;
  name: string;
  foreign: boolean;
  title?: string;
  /** Evidence: title or honorific through the name and its appositive (character offsets). */
  evStart: number;
  evEnd: number;
  /** The name's own span (character offsets): what a person claims against other types. */
  span: Span;
  /** One-word mention to link to a full name ("Bộ trưởng Sơn"). */
  single?: boolean;
  /** A one-word mention kept only when it folds into a full name. */
  linkOnly?: boolean;
  sentence: number;
}

const capWord = (t: Token | undefined): boolean => !!t && t.word && (t.cap || t.upper);

class SentenceReader {
  readonly toks: Token[];
  /** Token index → covered by an organization or partner found earlier. */
  readonly covered: boolean[];
  /** Office heads by start token. */
  readonly heads: (HeadMatch | undefined)[];
  /** Token index → inside an office head. */
  readonly inHead: boolean[];
  /** Token index → start of the last office head at or before it, or -1. */
  readonly headNear: Int32Array;
  /** Token index → inside a name found in this sentence (an office never runs across one). */
  nameTok: boolean[] = [];

  constructor(
    readonly sentence: Sentence,
    readonly ctx: ExtractContext,
    claims: readonly Span[],
    readonly user: UserWords,
  ) {
    const t = (this.toks = sentenceTokens(sentence));
    // Claims are sorted by start: one sweep marks the tokens inside them.
    this.covered = new Array(t.length).fill(false);
    let ci = 0;
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      while (ci < claims.length && claims[ci]!.end <= x.start) ci++;
      for (let cj = ci; cj < claims.length && claims[cj]!.start <= x.start; cj++) {
        if (x.end <= claims[cj]!.end) {
          this.covered[i] = true;
          break;
        }
      }
    }
    this.heads = new Array<HeadMatch | undefined>(t.length).fill(undefined);
    this.inHead = new Array(t.length).fill(false);
    for (let i = 0; i < t.length; i++) {
      if (!t[i]!.word || this.covered[i]) continue;
      const m = HEADS.longest(t, i) ?? user.heads?.longest(t, i) ?? null;
      if (!m) continue;
      // An office is written capitalised, or all in lower case by some outlets ("chủ tịch UBND").
      this.heads[i] = { start: i, end: m.end, head: m.value };
      for (let k = i; k < m.end; k++) this.inHead[k] = true;
      i = m.end - 1;
    }
    this.headNear = new Int32Array(t.length);
    for (let i = 0, last = -1; i < t.length; i++) this.headNear[i] = last = this.heads[i] ? i : last;
  }

  text(a: number, b: number): string {
    return this.ctx.text.slice(this.toks[a]!.start, this.toks[b - 1]!.end);
  }

  /**
   * Token k may stand inside an office after its head: a body found earlier ("Bộ Ngoại giao"),
   * a capitalised word, a link word ("nước", "tỉnh", "thường trực", "tại"), the second syllable
   * of a capitalised domain word ("Ngoại giao", "Y tế"); before a name (`gap`) also up to three
   * lower-case words of body names ("Trưởng phòng giáo dục quận …").
   */
  inOffice(k: number, gap: boolean): boolean {
    const t = this.toks;
    const x = t[k]!;
    if (this.covered[k]) return true;
    if (this.nameTok[k]) return false;
    if (x.word && (x.cap || x.upper)) return true;
    if (x.word) {
      if (LINK_WORDS.has(x.lower)) return true;
      const prev = t[k - 1];
      if (COMPOUND.has(x.lower) && capWord(prev)) return true;
      if (!gap || !TAIL_WORDS.has(x.lower)) return false;
      let run = 1;
      for (let j = k - 1; j >= 0 && t[j]!.word && !t[j]!.cap && !t[j]!.upper && !this.covered[j]; j--) run++;
      return run <= 3;
    }
    if (x.text === "-" || x.text === "&") return true;
    if (x.text === "." && /^tp$/iu.test(t[k - 1]?.text ?? "")) return true;
    return false;
  }

  /** The office stated right before token `ns` (the name's first token), or null. */
  titleBefore(ns: number): Title | null {
    const t = this.toks;
    const near = ns > 0 ? this.headNear[ns - 1]! : -1;
    if (near < 0 || ns - near > 16) return null;
    for (let h = ns - 1; h >= 0 && ns - h <= 16; h--) {
      const hm = this.heads[h];
      if (!hm) {
        if (!this.inHead[h] && !this.inOffice(h, true)) return null;
        continue;
      }
      if (hm.end > ns) return null;
      for (let k = hm.end; k < ns; k++) if (!this.inOffice(k, true)) return null;
      let start = h;
      // "Ủy viên Bộ Chính trị, Thủ tướng …", "Phó Bí thư Tỉnh ủy kiêm Chủ tịch …": earlier offices of one chain.
      for (;;) {
        const sep = t[start - 1];
        if (!sep || !(sep.text === "," || sep.lower === "kiêm")) break;
        const prev = this.chainBefore(start - 1);
        // "thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng X": the earlier office is another person's.
        if (prev === null || t[prev - 1]?.lower === "của") break;
        start = prev;
      }
      if (t[start - 1] && OFFICE_MODIFIERS.has(t[start - 1]!.lower)) start--;
      return { start, end: ns, kind: hm.head.kind };
    }
    return null;
  }

  /** The start of an office that ends right before token `end`, or null. */
  private chainBefore(end: number): number | null {
    for (let h = end - 1; h >= 0 && end - h <= 12; h--) {
      const hm = this.heads[h];
      if (hm && hm.end <= end) {
        for (let k = hm.end; k < end; k++) if (!this.inOffice(k, false)) return null;
        return h;
      }
      if (!this.inHead[h] && !this.inOffice(h, false)) return null;
    }
    return null;
  }

  /** An office after ", " at token `k` (an appositive); returns its token range or null. */
  titleAfter(k: number, names: ReadonlySet<number>): Title | null {
    const t = this.toks;
    if (t[k]?.text !== ",") return null;
    let s = k + 1;
    if (t[s] && OFFICE_MODIFIERS.has(t[s]!.lower)) s++;
    if (!this.heads[s]) return null;
    let e = this.heads[s]!.end;
    const kind = this.heads[s]!.head.kind;
    for (;;) {
      while (e < t.length && !names.has(e) && !this.heads[e] && this.inOffice(e, false) && t[e]!.text !== "," && !CLAUSE_WORDS.has(t[e]!.text)) e++;
      // A name right after the office: the office is that person's, not this one's.
      if (names.has(e)) return null;
      const sep = t[e];
      const next = sep && (sep.text === "," || sep.lower === "kiêm") ? e + 1 : this.heads[e] ? e : -1;
      if (next > 0 && this.heads[next]) {
        e = this.heads[next]!.end;
        continue;
      }
      break;
    }
    while (e > s && t[e - 1]!.word && !t[e - 1]!.cap && !t[e - 1]!.upper && ["tại", "của", "và", "kiêm"].includes(t[e - 1]!.lower)) e--;
    return { start: k + 1, end: e, kind };
  }

  /** An honorific or degree right before token `ns`: its first token, or -1. */
  honorificBefore(ns: number): { start: number; degree: boolean } | -1 {
    const t = this.toks;
    // "PGS.TS", "GS. TSKH", "ThS"
    let d = ns;
    while (d > 0 && (DEGREE_WORDS.has(t[d - 1]!.lower) || ((t[d - 1]!.text === "." || t[d - 1]!.text === "-") && DEGREE_WORDS.has(t[d - 2]?.lower ?? "")))) d--;
    if (d < ns && t[d] && DEGREE_WORDS.has(t[d]!.lower)) return { start: d, degree: true };
    for (let h = Math.max(0, ns - 4); h < ns; h++) {
      const m = HONORIFIC.longest(t, h);
      if (m && m.end === ns) {
        // Lower-case in running text ("ông"), capitalised only at the sentence start ("Ông").
        const x = t[h]!;
        if (x.cap && !x.upper && h > 0 && !/^(?:Ngài|Đồng|Hòa|Thượng|Đại|Linh|Mục|Giám|Hồng|Đức|Mr|Mrs|Ms|Dr|HLV|VĐV|Bác)/u.test(x.text)) continue;
        return { start: h, degree: false };
      }
    }
    return -1;
  }

  /** Capitalised runs: [start, end) token ranges, outside office heads. */
  runs(): Array<[number, number]> {
    const t = this.toks;
    const out: Array<[number, number]> = [];
    let i = 0;
    while (i < t.length) {
      if (!(t[i]!.word && (t[i]!.cap || t[i]!.upper)) || this.inHead[i] || DEGREE_WORDS.has(t[i]!.lower)) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        const x = t[j];
        if (!x || !adjacent(t[j - 1]!, x) || this.inHead[j] || CLAUSE_WORDS.has(x.text) || DEGREE_WORDS.has(x.lower)) break;
        if (x.word && (x.cap || x.upper)) {
          j++;
          continue;
        }
        // "Mohamed bin Zayed", "Chan-o-cha", "Jae-in"
        if (x.word && PARTICLES.has(x.lower) && capWord(t[j + 1]) && adjacent(x, t[j + 1]!)) {
          j += 2;
          continue;
        }
        if (x.text === "-" && x.start === t[j - 1]!.end && t[j + 1]?.word && t[j + 1]!.start === x.end) {
          j += 2;
          continue;
        }
        break;
      }
      out.push([i, j]);
      i = j;
    }
    return out;
  }

  isSurname(x: Token): 0 | 1 | 2 {
    if (!isTitleCase(x.text)) return 0;
    if (COMMON.has(x.text)) return 2;
    if (RARE.has(x.text) || this.user.surnames.has(x.text)) return 1;
    return 0;
  }

  /** The Vietnamese name at the end of tokens [s, e): its start, or -1. */
  vietnameseName(s: number, e: number): number {
    const t = this.toks;
    let best = -1;
    let bestScore = -1;
    for (let p = s; p < e - 1; p++) {
      const tier = this.isSurname(t[p]!);
      if (!tier) continue;
      const len = e - p;
      const long = LONG.has(t[p]!.text) || t[p + 1]?.text.startsWith("H'");
      if (len > (long ? 5 : 4)) continue;
      let ok = true;
      for (let k = p; k < e; k++) if (!t[k]!.word || !(isTitleCase(t[k]!.text) || /^H'\p{Lu}/u.test(t[k]!.text))) ok = false;
      if (!ok) continue;
      // An ethnic-minority family name that opens the run takes the whole run ("Y Thanh Hà Niê Kđăm").
      const score = long && p === s ? 30 : tier * 10 + (len === 3 ? 4 : len === 4 ? 3 : len === 2 ? 2 : 1);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** Leading tokens of [s, e) that are a country or a Vietnamese place ("Hàn Quốc", "Quảng Ninh"). */
  skipPlaces(s: number, e: number): number {
    const t = this.toks;
    while (s < e) {
      if (this.covered[s]) {
        s++;
        continue;
      }
      const m = COUNTRY.longest(t, s) ?? PLACE.longest(t, s);
      if (m && m.end <= e && m.end < e) {
        s = m.end;
        continue;
      }
      break;
    }
    return s;
  }

  find(): Found[] {
    const t = this.toks;
    const out: Found[] = [];
    const pending: Array<{ s: number; e: number; foreign: boolean; single: boolean; upper: boolean }> = [];
    for (const [rs, re] of this.runs()) {
      // Drop what earlier extractors own (bodies, countries) at the front of the run.
      let s = rs;
      for (let k = rs; k < re; k++) if (this.covered[k]) s = k + 1;
      if (s >= re) continue;
      const e = re;
      const upper = t.slice(s, e).every((x) => x.upper);
      const p = this.vietnameseName(s, e);
      if (p >= 0) {
        pending.push({ s: p, e, foreign: false, single: false, upper: false });
        continue;
      }
      const fs = this.skipPlaces(s, e);
      if (upper) {
        // All capitals: a name only after an office or honorific ("ông NGUYỄN VĂN A"); never a byline.
        if (e - fs >= 2 && e - fs <= 4 && t.slice(fs, e).every((x) => x.word && isVietnameseSyllable(x.text)) && this.isSurname({ ...t[fs]!, text: toTitleCase(t[fs]!.text) } as Token) === 2)
          pending.push({ s: fs, e, foreign: false, single: false, upper: true });
        continue;
      }
      if (e - fs >= 1 && e - fs <= 6) pending.push({ s: fs, e, foreign: true, single: e - fs === 1, upper: false });
    }
    const nameStarts = new Set(pending.filter((x) => !x.single || !x.foreign).map((x) => x.s));
    // Names an office cannot run across: Vietnamese names, and foreign names right after an
    // office or a country ("Nhà vua Iran Mohammad Reza Pahlavi, Nhà vua Na Uy Olav V").
    this.nameTok = new Array(t.length).fill(false);
    for (const x of pending) {
      const place = (PLACE.longest(t, x.s) ?? COUNTRY.longest(t, x.s))?.end === x.e;
      const marked = !x.foreign || (!x.single && !place && x.s > 0 && (this.inHead[x.s - 1] || this.covered[x.s - 1]));
      if (marked) for (let k = x.s; k < x.e; k++) this.nameTok[k] = true;
    }

    for (const c of pending) {
      const hon = this.honorificBefore(c.s);
      let title = this.titleBefore(hon !== -1 ? hon.start : c.s);
      const appositive = this.titleAfter(c.e, nameStarts);
      const age = t[c.e]?.text === "(" && /^\(\s*(?:sinh năm|SN|sn|\d{1,3}\s*tuổi)/u.test(this.ctx.text.slice(t[c.e]!.start, t[c.e]!.start + 14));
      const context = !!title || hon !== -1 || !!appositive || age;
      const len = c.e - c.s;
      const words = t.slice(c.s, c.e);
      const nameText = c.upper ? words.map((w) => toTitleCase(w.text)).join(" ") : this.text(c.s, c.e);
      if (this.user.stop.size && this.user.stop.has(fold(nameText))) continue;
      if (c.upper && !(title || hon !== -1)) continue;

      if (c.foreign) {
        // A foreign name needs an office or honorific, and must not be a place or a word of Vietnamese.
        if (!title && hon === -1) continue;
        if (PLACE.longest(t, c.s)?.end === c.e || COUNTRY.longest(t, c.s)?.end === c.e) continue;
        // Names are not abbreviations: "Becamex IDC", "Trường ĐH Giao", "GD-ĐT".
        if (words.some((w) => w.upper && !/^[IVX]+$/u.test(w.text))) continue;
        const vietnamese = words.every((w) => !w.word || isVietnameseSyllable(w.text));
        const foreignContext =
          title?.kind === "foreign" ||
          (title !== null && t.slice(title.start, c.s).some((_, k) => this.covered[title!.start + k] && COUNTRY.longest(t, title!.start + k) !== null)) ||
          (title !== null && this.partnerBefore(c.s));
        if (c.single) {
          // "Tổng thống Putin", "ông Trump": kept when the article has no full name to fold it into.
          const personal = hon !== -1 && !hon.degree && /^(?:ông|bà|ngài|mr|mrs|ms|dr)$/iu.test(t[hon.start]!.text);
          if (foreignContext || personal) out.push(this.found(c, nameText, title, hon, appositive, true));
          else if (title || hon !== -1) out.push({ ...this.found(c, nameText, title, hon, appositive, true), linkOnly: true });
          continue;
        }
        if (vietnamese && !foreignContext) continue;
        // After a plain office with no country or honorific ("CEO Kusto Home"): only a name the
        // article states elsewhere with a country or honorific.
        if (!foreignContext && hon === -1 && !appositive && title?.kind !== "rank") {
          out.push({ ...this.found(c, nameText, title, hon, appositive, false), linkOnly: true });
          continue;
        }
        // "Chủ tịch Hồ Chí Minh": the person; "TP Hồ Chí Minh" is a place (never reaches here).
        out.push(this.found(c, nameText, title, hon, appositive, false));
        continue;
      }

      // Vietnamese name; never a place or a country ("Chủ tịch Hà Nội", "Hà Nội").
      const hcm = nameText === "Hồ Chí Minh";
      if (!hcm && (PLACE.longest(t, c.s)?.end === c.e || COUNTRY.longest(t, c.s)?.end === c.e)) continue;
      if (hcm) {
        if (!(title && /^chủ tịch$/iu.test(this.text(title.start, title.end).trim()))) continue;
        const before = t[title.start - 1];
        if (before && NOT_A_PERSON_BEFORE.all(t, title.start - 1).length) continue;
      }
      if (!context) {
        // Alone: three or four syllables with a common family name, nothing place-like before.
        if (len < 3 || len > 4 || this.isSurname(t[c.s]!) !== 2) continue;
        if (!words.every((w) => isVietnameseSyllable(w.text))) continue;
        if (this.placeBefore(c.s) || this.streetAround(c.s, c.e)) continue;
        // A later item of a list of streets: "các tuyến đường như Hoàng Văn Thụ, Lê Văn Sỹ".
        const first = this.listStart(c.s);
        if (first < c.s && (this.placeBefore(first) || this.streetAround(first, first))) continue;
      } else if (!title && hon === -1 && !appositive && this.placeBefore(c.s)) continue;
      if (title && title.kind === "rank" && appositive) title = appositive;
      out.push(this.found(c, nameText, title, hon, appositive, false));
    }
    return out;
  }

  /** The first item of a list of capitalised names that ends with the one at token s ("A, B và C"). */
  private listStart(s: number): number {
    const t = this.toks;
    let first = s;
    for (let guard = 0; guard < 12; guard++) {
      const sep = t[first - 1];
      if (!sep || !(sep.text === "," || sep.lower === "và")) break;
      let k = first - 2;
      if (k < 0 || !capWord(t[k])) break;
      while (k > 0 && capWord(t[k - 1]) && adjacent(t[k - 1]!, t[k]!)) k--;
      first = k;
    }
    return first;
  }

  /**
   * A street, not a person: a junction ("Phạm Văn Đồng - Nguyễn Thái Sơn"), a district in
   * brackets after it ("Nguyễn Hữu Thọ (quận 7)"), a street word before it ("nút giao …").
   */
  private streetAround(s: number, e: number): boolean {
    const t = this.toks;
    if ((t[e]?.text === "-" || t[e]?.text === "–") && capWord(t[e + 1])) return true;
    if ((t[s - 1]?.text === "-" || t[s - 1]?.text === "–") && capWord(t[s - 2])) return true;
    // An address: "số nhà 133, Trần Hưng Đạo, phường Nam Ngạn".
    if (t[s - 1]?.text === "," && /^\p{N}/u.test(t[s - 2]?.text ?? "")) return true;
    if (t[e]?.text === "," && /^(?:phường|quận|xã|huyện|thị xã|thị trấn|P|Q|TP|tp)$/u.test(t[e + 1]?.text ?? "")) return true;
    if (t[e]?.text === "(" && /^\(\s*(?:quận|Q\.|P\.|phường|huyện|TP|Hà Nội|TP\.HCM)/u.test(this.ctx.text.slice(t[e]!.start, t[e]!.start + 12))) return true;
    for (let h = Math.max(0, s - 4); h < s; h++) if (STREET_BEFORE.all(t, h).some((m) => m.end === s)) return true;
    return false;
  }

  /** A partner (country) claimed just before token s ("Đại sứ Mỹ Marc Knapper"). */
  private partnerBefore(s: number): boolean {
    return s > 0 && this.covered[s - 1] === true && capWord(this.toks[s - 1]);
  }

  /** A place, street or institution word (or a number) right before token s. */
  private placeBefore(s: number): boolean {
    const t = this.toks;
    const prev = t[s - 1];
    if (!prev) return false;
    if (/^\p{N}/u.test(prev.text)) return true;
    for (let h = Math.max(0, s - 3); h < s; h++) if (NOT_A_PERSON_BEFORE.all(t, h).some((m) => m.end === s)) return true;
    return this.covered[s - 1] === true && capWord(prev);
  }

  private found(
    c: { s: number; e: number; foreign: boolean },
    name: string,
    title: Title | null,
    hon: { start: number; degree: boolean } | -1,
    appositive: Title | null,
    single: boolean,
  ): Found {
    const t = this.toks;
    let stated: Title | null = title && title.kind !== "rank" ? title : appositive ?? title;
    if (!stated && hon !== -1 && hon.degree) stated = { start: hon.start, end: c.s, kind: "degree" };
    const evStartTok = Math.min(title?.start ?? c.s, hon !== -1 ? hon.start : c.s, c.s);
    const evEndTok = appositive ? appositive.end : c.e;
    const f: Found = {
      start: c.s,
      end: c.e,
      name,
      foreign: c.foreign,
      evStart: t[evStartTok]!.start,
      evEnd: t[evEndTok - 1]!.end,
      span: { start: t[c.s]!.start, end: t[c.e - 1]!.end },
      sentence: this.sentence.start,
    };
    if (stated && stated.end > stated.start) {
      const tt = this.text(stated.start, stated.end).replace(/[\s,;:]+$/u, "");
      if (tt) f.title = tt;
    }
    if (single) f.single = true;
    return f;
  }
}

function analyse(ctx: ExtractContext): Map<number, Candidate<"person">[]> {
  const claims: Span[] = ctx.found
    .filter((c) => c.fact.type === "organization" || c.fact.type === "partner")
    .flatMap((c) => c.claims ?? [{ start: c.start, end: c.end }])
    .sort((a, b) => a.start - b.start);
  const user = userWordsOf(ctx.gazetteer, fold);
  const all: Found[] = [];
  for (const s of ctx.sentences) all.push(...new SentenceReader(s, ctx, claims, user).find());

  // One-word mentions fold into the article's one full name that ends (or, for foreign names,
  // begins) with the word; otherwise a one-word foreign name after a foreign office stands alone.
  const full = all.filter((f) => !f.single && !f.linkOnly);
  const confirmed = new Set(full.map((f) => f.name));
  // Word → the full names it can stand for: a Vietnamese name's last word, a foreign name's first or last.
  const byWord = new Map<string, Set<string>>();
  const own = (w: string, name: string) => (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(name);
  for (const g of full) {
    const parts = g.name.split(" ");
    own(parts[parts.length - 1]!, g.name);
    if (g.foreign) own(parts[0]!, g.name);
  }
  const kept: Found[] = [];
  for (const f of all) {
    if (!f.single) {
      if (!f.linkOnly || confirmed.has(f.name)) kept.push(f);
      continue;
    }
    const owners = byWord.get(f.name);
    if (owners?.size === 1) {
      kept.push({ ...f, name: [...owners][0]! });
    } else if (!owners && f.foreign && !f.linkOnly && !isVietnameseSyllable(f.name)) {
      kept.push(f);
    }
  }

  const out = new Map<number, Candidate<"person">[]>();
  for (const f of kept) {
    const fact = { type: "person", name: f.name } as Candidate<"person">["fact"];
    if (f.title) (fact as { title?: string }).title = f.title;
    const c: Candidate<"person"> = {
      fact,
      start: f.evStart,
      end: f.evEnd,
      claims: [f.span],
    };
    (out.get(f.sentence) ?? out.set(f.sentence, []).get(f.sentence)!).push(c);
  }
  return out;
}

const cache = new WeakMap<ExtractContext, Map<number, Candidate<"person">[]>>();

export const personExtractor: Extractor<"person"> = {
  name: "person",
  type: "person",
  blockedBy: ["organization", "partner"],
  extract(sentence, ctx) {
    let bySentence = cache.get(ctx);
    if (!bySentence) cache.set(ctx, (bySentence = analyse(ctx)));
    return bySentence.get(sentence.start) ?? [];
  },
};
