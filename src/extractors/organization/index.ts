// organization extractor: named Vietnamese bodies.
//
// Rules, in the order they are tried at each capitalised token (the longest reading wins):
//   named  — a body of the lexicon: ministries, Party organs, the National Assembly and its
//            committees, departments of the ministries, state groups, banks, associations ("Bộ
//            Ngoại giao", "Ban Bí thư", "EVN", "Bộ LĐ-TB-XH"); a department may take a place ("Sở
//            Y tế Hà Nội", "Sở Công Thương tỉnh Hòa Bình")
//   local  — a body of local government with its level and place ("UBND tỉnh", "HĐND tỉnh
//            Hòa Bình", "Công an TP Hà Nội", "Tỉnh ủy Quảng Ninh"), or a unit of one ("Ban Tuyên
//            giáo Tỉnh ủy", "Ban Kinh tế - Ngân sách HĐND tỉnh"); after "tỉnh"/"thành phố" only a
//            listed province or city is a place ("UBND tỉnh Nguyễn Văn A": a person's name follows)
//   unit   — a unit of a ministry or department ("Thanh tra Bộ LĐ-TB-XH", "Văn phòng Bộ Y tế")
//   inv    — an investigation agency and its body ("Cơ quan CSĐT Bộ Công an")
//   kind   — a kind word and a name ("Tập đoàn Hòa Phát", "Hiệp hội Xuất khẩu lao động Việt Nam",
//            "Ban Chỉ đạo Trung ương về …", "Ban Quản lý dự án …"): the name runs over capitalised
//            words, the second syllables and domain words of capitalised domain words ("Đổi mới
//            sáng tạo"), "Việt Nam", a year ("APEC 2017") and a locality, and stops at a person's
//            name, another body or the clause's verb
// Each may be followed by "(ABBR)": the abbreviation becomes an alias, and the article's later
// bare mentions of it fold into the same fact ("Trung tâm …" is read only with one). Rejected:
// generic plurals ("các bộ, ngành", "UBND các tỉnh, thành phố"), foreign bodies ("Bộ Ngoại giao
// Nhật Bản", "HĐND tỉnh Tuv (Mông Cổ)": the partner extractor's), media named as a source
// ("Theo TTXVN", "phóng viên VOV"), the Party and the State as a whole ("Đảng", "Nhà nước": never
// listed). A Vietnamese body whose name holds a foreign one ("Vụ ASEAN", "Hội Hữu nghị Việt Nam -
// Lào") claims only the rest of its name, so the partner stays a partner.
//
// The whole article is read at the first call (names are chosen per article: "UBND tỉnh" folds
// into the article's one "UBND tỉnh Quảng Ninh"; "EVN" into "Tập đoàn Điện lực Việt Nam (EVN)").
// Cost: the article's tokens are shared with the person extractor (tokens.ts); a token is
// looked at further only when it is capitalised and its word opens some body's name.
import type { Candidate, ExtractContext, Extractor, Span } from "../types.js";
import { fold } from "../../facts/keys.js";
import {
  C,
  CAP,
  Cursor,
  DIGIT,
  NUMBER,
  SpanIndex,
  TITLE,
  type TokenTrie,
  type Tokens,
  UPPER,
  WORD,
  articleTokens,
  idAt,
  rolesAt,
  singleSpaced,
  wordId,
} from "./tokens.js";
import {
  BOARD,
  COMPANY_KINDS,
  COMPANY_LEGAL_FORM,
  COMPANY_LINE,
  COMPANY_VERB,
  COUNCIL_UNIT,
  COUNTRY,
  FOREIGN_MARKERS,
  MANAGEMENT_HEAD,
  NAME_COMPOUND,
  NEEDS_ABBREVIATION,
  R_NAME_COMPOUND,
  R_SUBJECT_END,
  R_TAIL_WORD,
  SUBJECT_END,
  TAKES_SUBJECT,
  UNIT_OF,
  INVESTIGATOR,
  INVESTIGATOR_OF_LOCAL,
  INVESTIGATOR_OF_NAMED,
  KIND,
  LEAD_KINDS,
  LEVEL,
  LOCAL,
  NAMED,
  PARTY_UNIT,
  R_BRAND,
  R_COMPOUND,
  R_COUNTRY_FIRST,
  R_FOREIGN_FIRST,
  R_JOINER,
  R_LEVEL_FIRST,
  R_ORG_FIRST,
  R_QUANT,
  R_TAIL,
  W,
  expandAbbreviations,
  userTrie,
  type UserBody,
} from "./lexicon.js";
import { commonSurname, knownPlaceEnd, placeEnd } from "./places.js";
import { BySentence } from "./by-sentence.js";

/** A mention of a body; one class, so that every mention has the same shape. */
class Mention {
  /** Spelled-out form for an abbreviated mention. */
  expanded: string | undefined = undefined;
  abbr: string | undefined = undefined;
  /** For "UBND tỉnh" without a place: folds into the article's one place of this body and level. */
  bodyLevel: string | undefined = undefined;
  hasPlace = false;
  /** A Vietnamese body whose name holds a foreign one ("Vụ ASEAN", "Ủy ban Quốc gia APEC 2017"): it claims the rest. */
  mixed = false;
  /** Read only with "(ABBR)" after it ("Trung tâm …"). */
  needsAbbr = false;
  claims: Span[] | undefined = undefined;

  constructor(
    public start: number,
    public end: number,
    /** Token range [ts, te). */
    public ts: number,
    public te: number,
    /** End of the body's own name, before "(ABBR)" or "tại …": what it claims. */
    public nameEnd: number,
    public written: string,
    public group: string,
    /** Index of the sentence in ctx.sentences. */
    public sentence: number,
  ) {}
}

/** Words that, right after a body, make it a concept or plural rather than the body itself. */
const NOT_AFTER: Record<string, ReadonlySet<number>> = {
  "Chính phủ": new Set(["các", "hai", "ba", "nhiều", "điện", "số", "kiến", "nước", "những"].map(wordId)),
  "Quốc hội": new Set(["các", "hai", "ba", "nhiều", "nước", "những"].map(wordId)),
};

/** A group key within one article: case and spacing folded (tone marks are normalised already). */
const key = (s: string) => {
  const lower = s.toLowerCase();
  return singleSpaced(lower) ? lower : lower.replace(/\s+/g, " ");
};


const ROMAN = /^[IVX]+$/u;

/** Kind words of a bank: its registered name may run on to its "(ABBR)". */
/** Words before a region's name: "đồng bằng sông Cửu Long", "miền Trung", "vùng Tây Bắc". */
const GEO_HEADS: ReadonlySet<string> = new Set(["sông", "miền", "vùng", "bằng", "nguyên", "bộ"]);

/** Words after a number that make it a count or a date, not part of a name ("3 năm", "10 ngày"). */
const COUNTED_AFTER: ReadonlySet<number> = new Set(["ngày", "tháng", "năm", "đến", "từ", "trong"].map(wordId));

/**
 * Bodies every country has: in a story about another country ("Quốc hội Mỹ", then "Quốc hội"
 * alone) the bare name is that country's, not Vietnam's (see foreignStory()).
 */
/** Company kind words that hold a legal form. */
const COMPANY_LEGAL_KINDS: ReadonlySet<string> = new Set(["Công ty Cổ phần", "Công ty CP", "Công ty TNHH"]);

/** Kind words of a country's missions abroad: read only as Vietnam's ("Đại sứ quán Việt Nam tại …"). */
const EMBASSY_KINDS: ReadonlySet<string> = new Set(["Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"]);

const FOREIGN_STORY_BODIES: ReadonlySet<string> = new Set(["named|quốc hội", "named|chính phủ"]);
/** Words that bring a paragraph home: the bare "Quốc hội" or "Chính phủ" in it is Vietnam's. */
const HOME =
  /Việt Nam|(?<![\p{L}\p{N}])VN(?![\p{L}\p{N}])|nước ta|Đảng ta|Hà Nội|Thủ tướng Chính phủ|Chủ tịch nước|Tổng Bí thư|Bộ Chính trị|Ban Bí thư|UBND|Tỉnh ủy|ĐBQH|[Đđ]ại biểu Quốc hội|NĐ-CP|NQ-CP/u;

/** Boards read as bodies, of a listed state group only: "Hội đồng thành viên EVN". */
const STATE_BOARDS: ReadonlySet<string> = new Set(["hội đồng thành viên", "hđtv"]);

const BANK_KINDS: ReadonlySet<string> = new Set(["Ngân hàng", "Ngân hàng TMCP", "Ngân hàng Thương mại cổ phần"]);

const LEVEL_PREFIX = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s/u;

class Reader extends Cursor {
  sentence = 0;
  ctx!: ExtractContext;
  partners!: SpanIndex;
  user: TokenTrie<UserBody> | null = null;
  /** Where company() found the proper name after the lines of business ("Pomina" of "… thép Pomina 2"), or -1. */
  companyProper = -1;
  /** Groups of FOREIGN_STORY_BODIES the article names as another country's ("Quốc hội Mỹ"). */
  foreignBodies = new Map<string, number>();
  /** Where company() found the name after a company's legal form ("Tập đoàn Hòa Phát" of "Công ty CP Tập đoàn Hòa Phát"), or -1. */
  companyName = -1;
  /** Per token: inside a mention kept by longestWins (cleared after each sentence). */
  taken = new Uint8Array(0);

  /** The token index after "(ABBR)" at `i`, and the abbreviation; null when there is none. */
  bracketAbbreviation(i: number): { end: number; abbr: string } | null {
    if (!this.is(i, C.open)) return null;
    let j = i + 1;
    while (j < this.hi && j - i <= 6 && !this.is(j, C.close)) {
      if (j > i + 1 && this.start(j) - this.end(j - 1) > 0) return null; // no spaces inside
      j++;
    }
    if (!this.is(j, C.close) || j === i + 1) return null;
    const abbr = this.slice(i + 1, j);
    if (abbr.length > 20 || !/^\p{Lu}[\p{L}\p{N}&.\-/]*$/u.test(abbr)) return null;
    const upperCount = (abbr.match(/\p{Lu}/gu) ?? []).length;
    if (upperCount < 2 && !(this.roles(i + 1, R_BRAND) && j === i + 2) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(abbr)) return null;
    if (this.roles(i + 1, R_COUNTRY_FIRST) && COUNTRY.longestEnd(this.T, i + 1, this.hi) === j) return null;
    return { end: j + 1, abbr };
  }

  /** Some token of [a, b) is all capitals ("UBND", "KH&ĐT"): the name is abbreviated. */
  abbreviated(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.flags(k) & UPPER) return true;
    return false;
  }

  /** A country name starts at token k. */
  country(k: number): boolean {
    return (this.roles(k, R_COUNTRY_FIRST)) !== 0 && COUNTRY.longestEnd(this.T, k, this.hi) > 0;
  }

  /** A partner (foreign country, locality, …) overlaps tokens [a, b). */
  foreign(a: number, b: number): boolean {
    if (b <= a || a >= this.hi) return false;
    if (this.partners.overlaps(this.start(a), this.end(Math.min(b, this.hi) - 1))) return true;
    for (let k = a; k < b && k < this.hi; k++) if (this.capWord(k) && this.country(k)) return true;
    return false;
  }

  /** "(Mông Cổ)", "(Lào)" right after token b: the body is foreign. */
  foreignBracket(b: number): boolean {
    if (!this.is(b, C.open)) return false;
    if (this.roles(b + 1, R_COUNTRY_FIRST)) {
      const e = COUNTRY.longestEnd(this.T, b + 1, this.hi);
      if (e > 0 && this.is(e, C.close)) return true;
    }
    return this.partners.startsWithin(this.end(b), this.end(b) + 1);
  }

  quantified(i: number): boolean {
    return (this.roles(i - 1, R_QUANT)) !== 0;
  }

  /**
   * A level word and a place after token j: "tỉnh Quảng Ninh", "TP.HCM", "huyện", "quận 1".
   * Returns the index after them, or null when there is no level word.
   */
  levelAndPlace(j: number): { end: number; level: string; place: boolean } | null {
    if (this.isId(j, W.tphcm)) return { end: j + 1, level: "thành phố", place: true };
    if (!(this.roles(j, R_LEVEL_FIRST)) || !this.adj(j - 1, j)) return null;
    const lv = LEVEL.longest(this.T, j, this.hi);
    if (!lv) return null;
    let k = lv.end;
    // "UBND tỉnh, thành phố", "UBND tỉnh/thành phố": every province, not one body.
    if ((this.is(k, C.comma) || this.is(k, C.slash)) && this.roles(k + 1, R_LEVEL_FIRST) && LEVEL.longestEnd(this.T, k + 1, this.hi) > 0) return null;
    let known = false;
    let dot = false;
    if (this.is(k, C.dot) && this.isId(k - 1, W.tp) && this.start(k) === this.end(k - 1)) {
      k++;
      dot = true;
      // "TP. Hà Nội", but not "UBND TP. Về việc …", where the dot ends a sentence.
      known = this.has(k) && this.start(k) > this.end(k - 1);
    }
    // Every province and city is listed: after "tỉnh"/"TP" an unlisted name is a person's
    // ("Chủ tịch UBND tỉnh Lê Văn A", "UBND tỉnh Nguyễn Hương Giang"), except a foreign place
    // ("HĐND tỉnh Tuv (Mông Cổ)"), which the caller rejects.
    const province = lv.value === "tỉnh" || lv.value === "thành phố";
    const pe = placeEnd(this, k, known || province);
    if (pe === k && province && this.capWord(k)) {
      const unlisted = placeEnd(this, k, false);
      if (this.partners.overlaps(this.start(k), this.end(unlisted - 1)) || this.foreignBracket(unlisted)) return { end: unlisted, level: lv.value, place: true };
    }
    // "UBND TP. Ảnh: …": without a place the dot is not part of the name.
    if (dot && pe === k) return { end: k - 1, level: lv.value, place: false };
    return { end: pe, level: lv.value, place: pe > k };
  }

  mention(i: number, end: number, nameEnd: number, written: string, group: string, expanded?: string): Mention {
    const m = new Mention(this.start(i), this.end(end - 1), i, end, this.end(nameEnd - 1), written, group, this.sentence);
    m.expanded = expanded;
    return m;
  }

  named(i: number): Mention | null {
    const m = NAMED.longest(this.T, i, this.hi);
    if (!m) return null;
    const body = m.value;
    let end = m.end;
    const hasNext = this.has(end);
    if (
      body.strict &&
      hasNext &&
      this.adj(end - 1, end) &&
      (this.capWord(end) || ((this.is(end, C.dash) || this.isId(end, W.va)) && this.capWord(end + 1)))
    )
      return null;
    const notAfter = NOT_AFTER[body.canonical];
    if (notAfter && this.isWord(end) && notAfter.has(this.id(end))) return null;
    if (body.canonical === "Quốc hội" && this.isId(i - 1, W.nha) && this.capWord(i - 1)) return null;
    if (body.media) {
      // A source, not an actor: "(TTXVN)", "Theo VOV", "Nguồn: VTV", "phóng viên VOV", "Vân Anh/VOV".
      if (this.is(i - 1, C.open) || this.isId(i - 1, W.theo) || this.isId(i - 1, W.nguon) || this.is(i - 1, C.colon) || this.is(i - 1, C.slash)) return null;
      if ((this.isId(i - 1, W.vien) && this.isId(i - 2, W.phong)) || this.isId(i - 1, W.pv)) return null;
      if (this.is(end, C.close)) return null;
      // "VOV.VN", "VTV.vn": the outlet's website, a source line.
      if (this.is(end, C.dot) && this.isId(end + 1, W.vn)) return null;
    }
    // "Bộ Ngoại giao Nhật Bản", "Chính phủ Hàn Quốc": a foreign body.
    if (hasNext && this.foreign(end, end + 1)) {
      if (FOREIGN_STORY_BODIES.has(body.group) && !this.foreignBodies.has(body.group)) this.foreignBodies.set(body.group, this.start(i));
      return null;
    }
    let expanded: string | undefined;
    let group = body.group;
    let nameEnd = end;
    if (body.department) {
      const lp = this.levelAndPlace(end);
      if (lp && lp.place) {
        if (this.foreign(end, lp.end) || this.foreignBracket(lp.end)) return null;
        end = lp.end;
      } else if (!lp) {
        const pe = placeEnd(this, end, true);
        if (pe > end) end = pe;
      }
      nameEnd = end;
      if (end > m.end) group += `|${key(expandAbbreviations(this.slice(m.end, end)))}`;
    }
    const written = this.slice(i, end);
    const own = this.slice(i, m.end);
    if (this.abbreviated(i, m.end) && key(own) !== body.key) {
      expanded = body.canonical + (end > m.end ? ` ${expandAbbreviations(this.slice(m.end, end))}` : "");
    } else if (this.abbreviated(i, end)) {
      const x = expandAbbreviations(written);
      if (x !== written) expanded = x;
    }
    const x = this.mention(i, end, nameEnd, written, group, expanded);
    x.mixed = true; // a listed body is Vietnamese, whatever names it holds ("Vụ ASEAN")
    return x;
  }

  local(i: number): Mention | null {
    let unit: string | null = null;
    let j = i;
    const u = PARTY_UNIT.longest(this.T, i, this.hi);
    if (u && LOCAL.longest(this.T, u.end, this.hi)?.value.level === "none") {
      unit = u.value;
      j = u.end;
    } else {
      // "Ban Kinh tế - Ngân sách HĐND tỉnh": a committee of a people's council.
      const cu = COUNCIL_UNIT.longest(this.T, i, this.hi);
      if (cu && LOCAL.longest(this.T, cu.end, this.hi)?.value.key === "hội đồng nhân dân") {
        unit = cu.value;
        j = cu.end;
      }
    }
    const m = LOCAL.longest(this.T, j, this.hi);
    if (!m) return null;
    let end = m.end;
    let level = "";
    let hasPlace = false;
    if (m.value.level === "required") {
      const lp = this.levelAndPlace(end);
      if (!lp) return null;
      end = lp.end;
      level = lp.level;
      hasPlace = lp.place;
    } else {
      const pe = placeEnd(this, end, "named");
      hasPlace = pe > end;
      end = pe;
    }
    if (this.foreign(m.end, end) || this.foreignBracket(end)) return null;
    const written = this.slice(i, end);
    const bodyName = (unit ? `${unit} ` : "") + m.value.canonical;
    const placeText = end > m.end ? expandAbbreviations(this.slice(m.end, end)) : "";
    const expanded = this.abbreviated(i, end) ? expandAbbreviations(written) : undefined;
    const bodyLevel = `${unit ? key(bodyName) : m.value.key}|${level}`;
    const group = `local|${bodyLevel}|${hasPlace ? key(placeText.replace(LEVEL_PREFIX, "")) : ""}`;
    const x = this.mention(i, end, end, written, group, expanded !== written ? expanded : undefined);
    x.bodyLevel = bodyLevel;
    x.hasPlace = hasPlace;
    return x;
  }

  kind(i: number): Mention | null {
    if (this.flags(i) & UPPER) return null;
    const k = KIND.longest(this.T, i, this.hi);
    if (!k) return null;
    const company = COMPANY_KINDS.has(k.value);
    this.companyName = -1;
    this.companyProper = -1;
    const embassy = EMBASSY_KINDS.has(k.value);
    let end = company ? this.company(k.end) : embassy ? this.embassy(k.end) : -1;
    if (embassy && end < 0) return null;
    if (end < 0) end = this.tail(k.end);
    // "Ban Quản lý dự án Thủy điện Sơn La", "Ban Quản lý các khu công nghiệp tỉnh".
    if (end <= k.end && k.value === "Ban Quản lý") end = this.managementHead(k.end);
    // "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ …".
    // "Hiệp hội doanh nghiệp Thanh Hóa", "Hội đồng thẩm định Quốc gia".
    if (end <= k.end && LEAD_KINDS.has(k.value)) end = this.leadName(k.end, k.value === "Hội");
    // "Ban Chỉ đạo của Chính phủ về …": a body named after its parent and its subject.
    if (end <= k.end && TAKES_SUBJECT.has(k.value) && this.isId(k.end, W.cua) && this.capWord(k.end + 1)) {
      const parent = this.named(k.end + 1);
      if (parent && parent.group !== "named|quốc hội") {
        const e = this.subject(parent.te, true);
        if (e > parent.te) end = e;
      }
    }
    if (TAKES_SUBJECT.has(k.value)) end = this.subject(end, end > k.end);
    // A bank's registered name runs on in lower case to a place and "(ABBR)": "Ngân hàng TMCP
    // Phát triển nhà đồng bằng sông Cửu Long (MHB)".
    if (end > k.end && BANK_KINDS.has(k.value)) end = this.toAbbreviation(end);
    if (end <= k.end) return null;
    // Its locality: "Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An", "Hội Chữ thập đỏ huyện Sóc Sơn".
    const lp = this.levelAndPlace(end);
    if (lp && lp.place && !this.foreign(end, lp.end)) end = lp.end;
    // International and foreign bodies are partners: "Ngân hàng Thế giới", "Tập đoàn Samsung";
    // unless the name says it is Vietnam's own ("Ủy ban Quốc gia APEC 2017", "Hội Hữu nghị Việt Nam - Lào").
    const nameText = this.slice(k.end, end);
    let vietnam = false;
    let state = false;
    for (let x = k.end; x < end; x++) {
      if (this.isId(x, W.vn) ? this.flags(x) & UPPER : this.isId(x, W.viet) && this.isId(x + 1, W.nam)) vietnam = true;
      if ((this.isId(x, W.quoc) && this.isId(x + 1, W.gia)) || (this.isId(x, W.trung) && this.isId(x + 1, W.uong)) || (this.isId(x, W.tw) && this.flags(x) & UPPER)) state = true;
    }
    let syllables = 0;
    let words = 0;
    let mixed = false;
    // A company's lines of business are Vietnamese words whoever owns it: without a Vietnamese
    // legal form ("cổ phần", "TNHH") only its proper name tells ("Tập đoàn khách sạn Hilton
    // Worldwide" is foreign; "Công ty cổ phần thép Pomina 2" is registered here).
    const legalForm = company && (COMPANY_LEGAL_KINDS.has(k.value) || this.companyName > k.end);
    const own = company && !legalForm && this.companyProper > k.end && this.companyProper < end ? this.companyProper : k.end;
    for (let x = k.end; x < end; x++) {
      if (!vietnam && !state && this.roles(x, R_FOREIGN_FIRST) && FOREIGN_MARKERS.longestEnd(this.T, x, this.hi) > 0) return null;
      if (this.capWord(x) && (this.country(x) || this.partners.overlaps(this.start(x), this.start(x) + 1))) {
        // "Hội Hữu nghị Việt Nam - Lào"; "Ủy ban Quốc gia APEC 2017" (an event or a bloc, not a country).
        const friendship = this.is(x - 1, C.dash) && this.isId(x - 2, W.nam) && this.isId(x - 3, W.viet);
        if (friendship || (state && !this.country(x))) mixed = true;
        else if (!this.isId(x - 1, W.tai) && !this.isId(x - 1, W.o)) return null;
        // "… tại Nhật Bản": the place's other words.
        else while (x + 1 < end && this.capWord(x + 1) && this.partners.overlaps(this.start(x + 1), this.start(x + 1) + 1)) x++;
      }
      const f = this.flags(x);
      if (f & WORD && !(f & DIGIT) && x >= own) {
        words++;
        if (!syllables && (f & UPPER || this.roles(x, R_BRAND) || this.syllable(x))) syllables++;
      }
    }
    if (!vietnam && words && !syllables) return null;
    if (k.value === "Hội" && nameText === "An") return null;
    const written = this.slice(i, end);
    const expanded = this.abbreviated(i, end) ? expandAbbreviations(written) : undefined;
    let group = `kind|${key(expanded ?? written)}`;
    // "Công ty CP Tập đoàn Hòa Phát" is the listed "Tập đoàn Hòa Phát": one fact with its other names.
    if (company && this.companyName >= k.end && this.roles(this.companyName, R_ORG_FIRST)) {
      const named = NAMED.longest(this.T, this.companyName, this.hi);
      if (named && named.end === end) group = named.value.group;
    }
    const m = this.mention(i, end, end, written, group, expanded !== written ? expanded : undefined);
    if (mixed || embassy) m.mixed = true;
    if (NEEDS_ABBREVIATION.has(k.value)) m.needsAbbr = true;
    return m;
  }

  /**
   * A company's registered name after its kind word: legal forms ("cổ phần", "TNHH MTV"), lines
   * of business in any case ("phát triển nhà", "thép", "Bia - Rượu - Nước giải khát", joined by
   * "và", "-", "&"), then its proper part: a capitalised name (read by tail()), a province ("tỉnh
   * Bà Rịa - Vũng Tàu"), "số 5", or a number after the lines ("giao thông 208"); a number may
   * close a proper name ("Pomina 2"). The end, j when there is only a legal form (no name), or
   * -1 when no proper part follows the lines (then tail() reads the name as for any body).
   */
  private company(j: number): number {
    const T = this.T;
    let p = j;
    for (let n = 0; n < 3 && this.has(p) && this.adj(p - 1, p); n++) {
      const e = COMPANY_LEGAL_FORM.longestEnd(T, p, this.hi);
      if (e <= p) break;
      p = e;
    }
    if (!this.has(p) || !this.adj(p - 1, p)) return p > j ? j : -1;
    this.companyName = p;
    // The lines of business, to the first word that is none.
    let q = p;
    while (q < this.hi && q - p < 14 && this.adj(q - 1, q)) {
      const e = COMPANY_LINE.longestEnd(T, q, this.hi);
      if (e > q) {
        q = e;
        continue;
      }
      // "Bia - Rượu", "đầu tư và xây dựng", "Vàng bạc & Đá quý": a joiner between two lines (not
      // before another body: "Tổng công ty Lâm nghiệp và Tổng công ty Chè Việt Nam").
      if (q > p && (this.isId(q, W.va) || this.is(q, C.dash) || this.is(q, C.endash) || this.is(q, C.amp)) && this.adj(q, q + 1) && COMPANY_LINE.longestEnd(T, q + 1, this.hi) > q + 1 && !this.bodyStarts(q + 1)) {
        q++;
        continue;
      }
      break;
    }
    let end = -1;
    this.companyProper = q;
    if (q < this.hi && this.adj(q - 1, q)) {
      const lp = this.levelAndPlace(q);
      if (lp) {
        // "… nhà tỉnh Bà Rịa - Vũng Tàu"; "… nhà tỉnh" without a place is no name.
        if (lp.place && q > p && !this.foreign(q, lp.end)) end = lp.end;
      } else if (this.capWord(q) && !this.roles(q, R_QUANT)) {
        // After the lines a place closes the name, as in tail(): "Công ty CP Môi trường Khánh Hòa".
        const place = q > p ? knownPlaceEnd(this, q) : -1;
        const e = place > q ? place : this.tail(q, q > p);
        if (e > q) end = e;
      } else if (this.isId(q, W.so) && this.flags(q + 1) & NUMBER && this.adj(q, q + 1)) {
        end = q + 2; // "… phát triển nhà số 5"
      } else if (q > p && this.shortNumber(q)) {
        end = q + 1; // "… giao thông 208"
      } else if (q > p && GEO_HEADS.has(this.lower(q)) && this.capWord(q + 1) && this.adj(q, q + 1)) {
        const e = this.tail(q + 1, true); // "… thủy lợi sông Tích"
        if (e > q + 1) end = e;
      } else if (q > p && this.lowerWord(q - 1) && this.bracketAbbreviation(q)) {
        end = q; // "… tư vấn xây dựng công trình hàng không (ADCC)"
      }
    }
    if (end < 0) {
      if (q === p) return p > j && !this.capWord(q) ? j : -1;
      // Capitalised lines alone, to the clause: "Công ty TNHH MTV Thiết kế và tư vấn xây dựng công
      // trình hàng không, …", "Công ty Cây xanh cho biết".
      return this.capWord(p) && this.lowerWord(q - 1) && this.clauseAfter(q) ? q : -1;
    }
    // "Pomina 2", "Sông Đà 10": a number closes the name.
    if ((this.flags(end - 1) & (WORD | DIGIT)) === WORD && this.shortNumber(end)) end++;
    return end;
  }

  /**
   * "Đại sứ quán Việt Nam tại Malaysia": Vietnam's mission and the country it is in (the partner
   * keeps the country). The end, or -1 when the mission is not Vietnam's.
   */
  private embassy(j: number): number {
    if (!this.adj(j - 1, j) || !this.vietnamAt(j)) return -1;
    const e = this.isId(j, W.vn) ? j + 1 : j + 2;
    if (!this.isId(e, W.tai) || !this.capWord(e + 1)) return e;
    if (this.country(e + 1)) return COUNTRY.longestEnd(this.T, e + 1, this.hi);
    const t = placeEnd(this, e + 1, false);
    return t > e + 1 && this.foreign(e + 1, t) ? t : e;
  }

  /** Token k ends the name: punctuation, the sentence's end, or a verb or function word. */
  private clauseAfter(k: number): boolean {
    if (!this.has(k)) return true;
    if (!this.isWord(k)) return true;
    if (!this.lowerWord(k)) return false;
    return COMPANY_VERB.longestEnd(this.T, k, this.hi) > 0 || (this.roles(k, R_SUBJECT_END) !== 0 && SUBJECT_END.longestEnd(this.T, k, this.hi) > 0);
  }

  /** Token k is a number of one to three digits that closes a name: a clause's word, not a counted noun, follows. */
  private shortNumber(k: number): boolean {
    if (!(this.flags(k) & NUMBER) || this.end(k) - this.start(k) > 3 || !this.adj(k - 1, k)) return false;
    const n = k + 1;
    if (!this.isWord(n)) return !(this.is(n, C.dot) || this.is(n, C.comma)) || !(this.flags(n + 1) & DIGIT);
    if (this.capWord(n)) return true;
    if (COMPANY_VERB.longestEnd(this.T, n, this.hi) > 0) return true;
    if (COMPANY_LINE.longestEnd(this.T, n, this.hi) > 0) return false; // "3 dự án"
    return this.roles(n, R_SUBJECT_END) !== 0 && !COUNTED_AFTER.has(this.id(n)) && SUBJECT_END.longestEnd(this.T, n, this.hi) > 0;
  }

  /**
   * A name that opens with one to three lower-case words and closes with a place, "Việt Nam"/"VN",
   * "Quốc gia" or "Trung ương": its end, or j. `council`: only "đồng …" ("Hội đồng …").
   */
  private leadName(j: number, council: boolean): number {
    if (!this.lowerWord(j) || !this.adj(j - 1, j) || (council && !this.isId(j, W.dong))) return j;
    let q = j;
    while (q < this.hi && q - j < 4 && this.lowerWord(q) && this.adj(q - 1, q)) {
      if (this.roles(q, R_JOINER | R_QUANT) || (this.roles(q, R_SUBJECT_END) && SUBJECT_END.longestEnd(this.T, q, this.hi) > 0)) return j;
      q++;
    }
    if (q === j || q - j > 3 || !this.capWord(q) || !this.adj(q - 1, q)) return j;
    const place = knownPlaceEnd(this, q);
    // Not "Ủy ban hợp tác Việt Nam - Lào": a joint body.
    const e = place > 0 ? place : this.isId(q, W.vn) ? q + 1 : q + 2;
    if (this.is(e, C.dash) || this.is(e, C.endash)) return j;
    if (place > 0) return place;
    if (this.isId(q, W.vn) && this.flags(q) & UPPER) return q + 1;
    if (this.flags(q + 1) & WORD && ((this.isId(q, W.viet) && this.isId(q + 1, W.nam)) || (this.isId(q, W.quoc) && this.isId(q + 1, W.gia)) || (this.isId(q, W.trung) && this.isId(q + 1, W.uong)))) return q + 2;
    return j;
  }

  /**
   * From token j, a few words (lower case or capitalised, no verb or function word, the last
   * capitalised) up to a bracketed abbreviation: the token index before the bracket, else j.
   */
  private toAbbreviation(j: number): number {
    // After a brand or an abbreviation the lower-case words are the clause's ("Ngân hàng ACB giảm …").
    if (this.flags(j - 1) & UPPER || this.roles(j - 1, R_BRAND) || !this.lowerWord(j)) return j;
    let q = j;
    while (q < this.hi && q - j < 7 && this.adj(q - 1, q)) {
      const f = this.flags(q);
      if (!(f & WORD) || f & (DIGIT | UPPER)) break;
      if (this.roles(q, R_JOINER | R_QUANT) && !this.isId(q, W.va)) return j;
      if (this.roles(q, R_SUBJECT_END) && SUBJECT_END.longestEnd(this.T, q, this.hi) > 0) return j;
      if (f & CAP && commonSurname(this, q) && this.personRunFrom(q)) return j;
      q++;
    }
    if (q === j || !this.capWord(q - 1) || !this.bracketAbbreviation(q)) return j;
    // The capitalised words before the bracket are a place: listed, "Việt Nam", or after a
    // geographic word ("sông Cửu Long", "miền Trung"); not "… giảm lãi suất Hà Nội (HN)" alone.
    let r = q - 1;
    while (r > j && this.capWord(r - 1)) r--;
    if (r === j) return j;
    const placed = knownPlaceEnd(this, r) === q || this.vietnamAt(r) || GEO_HEADS.has(this.lower(r - 1));
    return placed ? q : j;
  }

  /** "Việt Nam" or "VN" at token r. */
  private vietnamAt(r: number): boolean {
    return this.isId(r, W.vn) ? (this.flags(r) & UPPER) !== 0 : this.isId(r, W.viet) && this.isId(r + 1, W.nam) && (this.flags(r) & TITLE) !== 0;
  }

  /** After "Ban Quản lý": a lower-case head ("dự án", "các khu công nghiệp") and a name or a place. */
  private managementHead(j: number): number {
    if (!this.adj(j - 1, j)) return j;
    const h = MANAGEMENT_HEAD.longestEnd(this.T, j, this.hi);
    if (h < 0) return j;
    const named = this.tail(h);
    if (named > h) return named;
    const lp = this.levelAndPlace(h);
    return lp ? lp.end : j;
  }

  /**
   * "… về <subject>" after a body that takes one: the subject runs over lower-case words, "và",
   * commas and dashes between words, to the verb or function word that follows the name. Before
   * "về" may stand "quốc gia" or "liên ngành" ("Ban Chỉ đạo quốc gia về …"). `named`: a
   * capitalised name came before (required for a bare "về").
   */
  private subject(j: number, named: boolean): number {
    let p = j;
    const qualifier = this.lowerWord(p) && (this.isId(p, W.quoc) ? this.isId(p + 1, W.gia) : this.lower(p) === "liên" && this.lower(p + 1) === "ngành");
    if (qualifier) p += 2;
    if (!(named || qualifier) || !this.isId(p, W.ve) || !this.adj(p - 1, p)) return j;
    // "về việc …" is what the body does, not its name.
    if (this.isId(p + 1, W.viec)) return j;
    let q = p + 1;
    let last = -1;
    while (q < this.hi && q - p <= 16 && this.adj(q - 1, q)) {
      const f = this.flags(q);
      if (f & WORD) {
        if (this.roles(q, R_SUBJECT_END) && SUBJECT_END.longestEnd(this.T, q, this.hi) > 0) break;
        if (f & CAP && q > p + 1 && ((commonSurname(this, q) && this.personRunFrom(q)) || this.bodyStarts(q))) break;
        q++;
        if (!(this.roles(q - 1, R_JOINER) && !(f & CAP))) last = q;
        continue;
      }
      if ((this.is(q, C.comma) && this.lowerWord(q + 1)) || (this.is(q, C.dash) && this.isWord(q + 1) && last > 0)) {
        q++;
        continue;
      }
      break;
    }
    return last > p + 1 ? last : j;
  }

  /** "Thanh tra Bộ LĐ-TB-XH", "Văn phòng Bộ Y tế": a unit of a ministry or a department. */
  unitOf(i: number): Mention | null {
    const u = UNIT_OF.longest(this.T, i, this.hi);
    if (!u || !this.adj(u.end - 1, u.end)) return null;
    const m = this.named(u.end);
    if (!m || !/^named\|(?:bộ|sở|tổng cục|cục|ủy ban) /u.test(m.group)) return null;
    const written = this.slice(i, m.te);
    const x = this.mention(i, m.te, m.te, written, `unit|${key(u.value)}|${m.group}`);
    if (m.expanded) x.expanded = `${u.value} ${m.expanded}`;
    return x;
  }

  /**
   * "Cơ quan CSĐT Bộ Công an", "Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai": an
   * investigation agency and the police or procuracy it belongs to (never alone: "cơ quan điều
   * tra" is any of them).
   */
  investigator(i: number): Mention | null {
    const p = INVESTIGATOR.longest(this.T, i, this.hi);
    if (!p || !this.has(p.end) || !this.adj(p.end - 1, p.end) || !this.capWord(p.end)) return null;
    const named = this.named(p.end);
    let of: Mention | null = named && INVESTIGATOR_OF_NAMED.has(named.group) ? named : null;
    if (!of) {
      const l = this.local(p.end);
      if (l && l.hasPlace && INVESTIGATOR_OF_LOCAL.test(l.group)) of = l;
    }
    if (!of) return null;
    const written = this.slice(i, of.te);
    const ofExpanded = of.expanded ?? of.written;
    const expanded = `${p.value} ${ofExpanded}`;
    const x = this.mention(i, of.te, of.te, written, `inv|${key(p.value)}|${of.group}`, expanded !== written ? expanded : undefined);
    x.mixed = of.mixed;
    return x;
  }

  /**
   * "Hội đồng thành viên EVN": the members' council of a listed state group answers for it to
   * the state and is named as a body; other boards are not (see mentions()).
   */
  stateBoard(i: number, j: number, board: string): Mention | null {
    if (!STATE_BOARDS.has(board.toLowerCase()) || !this.has(j) || !this.adj(j - 1, j)) return null;
    const end = NAMED.longestEnd(this.T, j, this.hi);
    if (end < 0 || this.foreign(j, end)) return null;
    const written = this.slice(i, end);
    const expanded = this.abbreviated(i, j) ? expandAbbreviations(written) : undefined;
    return this.mention(i, end, end, written, `board|${key(written)}`, expanded !== written ? expanded : undefined);
  }

  /** Another body starts at token k: "Tổng cục Thủy lợi và Tập đoàn Điện lực Việt Nam". */
  private bodyStarts(k: number): boolean {
    if (!(this.roles(k, R_ORG_FIRST))) return false;
    return KIND.longestEnd(this.T, k, this.hi) > 0 || NAMED.longestEnd(this.T, k, this.hi) > 0 || LOCAL.longestEnd(this.T, k, this.hi) > 0;
  }

  /**
   * The end of a capitalised name after a kind word: "Điện lực Việt Nam", "Chỉ đạo Ngoại giao kinh
   * tế". `proper`: a company's proper name, after its lines of business: no lower-case domain
   * words after it but the second syllable of its last word ("Công ty cổ phần Giày Thiên Phúc
   * thông báo …", "… Dầu khí Quốc gia").
   */
  tail(j: number, proper = false): number {
    if (!this.capWord(j) || !this.adj(j - 1, j) || this.roles(j, R_QUANT)) return j;
    let good = j;
    let k = j;
    // A place alone is the name when lower-case words follow: "Trường ĐH Cần Thơ cần …".
    const whole = knownPlaceEnd(this, j);
    if (whole > j + 1 && this.has(whole) && this.lowerWord(whole)) return whole;
    while (k < this.hi && k - j < 14) {
      if (k > j && !this.adj(k - 1, k)) break;
      const f = this.flags(k);
      if (k > j && f & CAP) {
        if (this.bodyStarts(k)) break;
        // A place closes the name: "Đại học Đà Nẵng", "Cục Thuế Hà Nội".
        const place = knownPlaceEnd(this, k);
        if (place > 0) {
          good = k = place;
          break;
        }
      }
      if (f & CAP || (f & NUMBER && this.isId(k - 1, W.so))) {
        // A person's name closes the body's name: "Giám đốc Sở … Nguyễn Văn A".
        if (k > j && commonSurname(this, k) && this.personRunFrom(k)) break;
        k++;
        good = k;
        // A year closes it: "Ủy ban Quốc gia APEC 2017".
        if (f & CAP && this.year(k)) {
          good = k + 1;
          break;
        }
        // A name ends with "Việt Nam": "Tập đoàn Dầu khí Việt Nam".
        if (this.isId(k - 1, W.vn) ? f & UPPER : f & TITLE && this.isId(k - 1, W.nam) && this.flags(k - 2) & TITLE && this.isId(k - 2, W.viet)) break;
        continue;
      }
      if (f & WORD && !(f & DIGIT)) {
        let r = k;
        while (r < this.hi && (this.flags(r) & (WORD | CAP)) === WORD && this.adj(r - 1, r)) r++;
        const interior =
          this.capWord(r) && this.adj(r - 1, r) && !(commonSurname(this, r) && this.personRunFrom(r)) && !(this.roles(r, R_QUANT));
        // Three lower-case words before "Việt Nam": "Hiệp hội Bệnh viện tư nhân VN".
        if (interior && (r - k <= 2 || (r - k === 3 && this.vietnamAt(r)))) {
          let joinersOk = true;
          for (let q = k; q < r; q++) {
            if ((!this.isId(q, W.va) && this.roles(q, R_JOINER)) || this.isId(q, W.ong) || this.isId(q, W.ba) || COMPANY_VERB.longestEnd(this.T, q, r) > 0) joinersOk = false;
            // After a company's proper name: "… Pacific Crystal do ông …", "… Sông Thao và Hạ Long".
            else if (proper && (this.isId(q, W.va) || (this.roles(q, R_SUBJECT_END) && SUBJECT_END.longestEnd(this.T, q, r) > 0))) joinersOk = false;
          }
          if (joinersOk) {
            k = r;
            continue;
          }
        }
        // A lower-case tail after a capitalised domain word: its second syllable ("Đổi mới",
        // "Xuất khẩu", "Vàng bạc"), then whole domain words ("… lao động", "… đá quý"). After a
        // proper name the lower-case words are the clause's ("Công ty Thiên Thanh khai thác …",
        // "Tập đoàn Vingroup đầu tư …").
        const lone = !(k - 2 >= j && this.capWord(k - 2));
        let q = k;
        const c0 = this.roles(k - 1, R_NAME_COMPOUND) ? NAME_COMPOUND.longestEnd(this.T, k - 1, r) : -1;
        // A proper name takes only the second syllable of its last word ("… Quốc gia").
        if (proper) {
          if (c0 > k) good = c0;
          else if (!lone || !this.domainWord(k - 1)) break;
          else if (this.roles(k, R_COMPOUND | R_TAIL_WORD)) good = k + 1; // "Bưu điện"
          break;
        }
        const c1 = lone && this.roles(k, R_NAME_COMPOUND) && this.domainWord(k - 1) ? NAME_COMPOUND.longestEnd(this.T, k, r) : -1;
        if (c0 > k) q = c0;
        else if (c1 > k) q = c1; // "Cảng hàng không"
        else if (this.roles(k, R_TAIL | R_COMPOUND) && (lone || this.roles(k, R_COMPOUND)) && this.domainWord(k - 1)) q = k + 1;
        for (let n = 0; q > k && n < 2 && q < r; n++) {
          const c = this.roles(q, R_NAME_COMPOUND) ? NAME_COMPOUND.longestEnd(this.T, q, r) : -1;
          if (c > 0) q = c;
          else if (this.roles(q, R_TAIL_WORD)) q++;
          else break;
        }
        if (q > k) good = q;
        // Only such words, and the name goes on: "Hiệp hội Xuất khẩu lao động Việt Nam".
        if (q === r && q > k && interior) {
          k = r;
          continue;
        }
        break;
      }
      if ((this.is(k, C.dash) || this.is(k, C.endash) || this.is(k, C.amp)) && this.capWord(k + 1) && !this.isId(k + 1, W.ong) && !this.isId(k + 1, W.ba)) {
        k++;
        continue;
      }
      break;
    }
    // … or with Vietnam and its partner country: "Hội Hữu nghị Việt Nam - Lào".
    if (this.isId(good - 1, W.nam) && this.isId(good - 2, W.viet) && this.is(good, C.dash) && this.country(good + 1)) good = COUNTRY.longestEnd(this.T, good + 1, this.hi);
    return good;
  }

  /** Token k is a capitalised Vietnamese syllable that may open a domain word ("Kinh", "Quản"), not a brand or a numeral. */
  private domainWord(k: number): boolean {
    return (this.flags(k) & TITLE) !== 0 && this.syllable(k) && !ROMAN.test(this.text(k));
  }

  /** Token k is a year written after a name ("APEC 2017"). */
  private year(k: number): boolean {
    if (!(this.flags(k) & NUMBER) || !this.adj(k - 1, k) || this.end(k) - this.start(k) !== 4) return false;
    const c = this.T.text.charCodeAt(this.start(k) + 1);
    const d = this.T.text.charCodeAt(this.start(k));
    return (d === 50 && c === 48) || (d === 49 && c === 57); // 20xx, 19xx
  }

  /** Tokens from k are a person's name that ends the capitalised run: "Nguyễn Văn A" then a lower-case word. */
  personRunFrom(k: number): boolean {
    let r = k;
    while (r < this.hi && (this.flags(r) & (CAP | UPPER)) === CAP && (r === k || this.adj(r - 1, r))) r++;
    return r - k >= 2 && r - k <= 4;
  }

  userMention(i: number): Mention | null {
    const m = this.user?.longest(this.T, i, this.hi);
    if (!m) return null;
    const written = this.slice(i, m.end);
    const x = this.mention(i, m.end, m.end, written, `user|${fold(m.value.name)}`);
    if (m.value.expanded && fold(m.value.expanded) !== fold(written)) x.expanded = m.value.expanded;
    return x;
  }

  mentions(out: Mention[]): void {
    const before = out.length;
    const T = this.T;
    const flags = T.flags;
    // Read once, not per token (imported bindings may be getters under a CommonJS loader).
    const cap = CAP;
    const first = R_ORG_FIRST;
    const hint = T.hint;
    for (let i = this.lo; i < this.hi; i++) {
      // R_ORG_FIRST is a hot role: the token's hint rules most words out without a lookup.
      if (!(flags[i]! & cap) || !(hint[i]! & first) || !rolesAt(T, i, first)) continue;
      const user = this.user !== null && this.user.starts(idAt(T, i));
      if (this.quantified(i)) continue;
      // A company's board ("HĐQT Ngân hàng MHB", "Ban Tổng giám đốc MHBS", "Ban kiểm soát") is
      // part of the company, not a body: the company after it is read on its own.
      let best: Mention | null = null;
      const board = BOARD.longest(T, i, this.hi);
      if (board) {
        best = this.stateBoard(i, board.end, board.value);
        if (!best) {
          i = board.end - 1;
          continue;
        }
      }
      // The longest reading wins; at equal length the earlier rule (user, named, local). A kind
      // word reads a name only where no listed body starts ("Ủy ban Thường vụ Quốc hội").
      if (user) best = longer(best, this.userMention(i));
      best = longer(best, this.named(i));
      best = longer(best, this.local(i));
      best = longer(best, this.unitOf(i));
      best = longer(best, this.investigator(i));
      best ??= this.kind(i);
      if (!best) continue;
      const br = this.bracketAbbreviation(best.te);
      if (br) {
        best.abbr = br.abbr;
        best.end = this.end(br.end - 1);
        best.te = br.end;
      } else if (best.needsAbbr) continue;
      out.push(best);
    }
    if (out.length - before > 1) longestWins(out, before, this.taken);
  }
}

/** The longer of two readings; at equal length the first. */
const longer = (a: Mention | null, b: Mention | null): Mention | null => (b && (!a || b.end > a.end) ? b : a);

/**
 * Of mentions out[from..] (one sentence's), longest first; a mention inside or across a longer
 * one is dropped ("Chính phủ" in "Văn phòng Chính phủ"). Marks taken tokens, so the cost is the
 * mentions' length.
 */
function longestWins(out: Mention[], from: number, taken: Uint8Array): void {
  const ms = out.splice(from);
  ms.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of ms) {
    let free = true;
    for (let k = m.ts; k < m.te && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, m.ts, m.te);
    kept.push(m);
  }
  for (const m of kept) taken.fill(0, m.ts, m.te);
  kept.sort((a, b) => a.start - b.start);
  for (const m of kept) out.push(m);
}

let taken = new Uint8Array(4096);
/** One reader for every article: its fields are set again for each. */
const reader = new Reader();

/** [start, end) less the spans (sorted by start): the pieces a mixed name claims. */
function without(start: number, end: number, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = start;
  for (const s of spans) {
    if (s.end <= at) continue;
    if (s.start >= end) break;
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < end) out.push({ start: at, end });
  return out;
}

function analyse(ctx: ExtractContext, out: BySentence<"organization">): void {
  const spans: { start: number; end: number }[] = [];
  for (const c of ctx.found) if (c.fact.type === "partner") for (const s of c.claims ?? [c]) spans.push(s);
  const partners = new SpanIndex(spans);
  const user = userTrie(ctx.gazetteer);
  const T = articleTokens(ctx);
  const r = reader;
  if (taken.length < T.n) taken = new Uint8Array(Math.max(T.n, taken.length * 2));
  r.taken = taken;
  r.ctx = ctx;
  r.partners = partners;
  r.user = user;
  let all: Mention[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    r.at(T, s);
    r.sentence = s;
    r.mentions(all);
  }
  if (partners.size) {
    spans.sort((a, b) => a.start - b.start);
    all = all.filter((m) => {
      if (!partners.overlaps(m.start, m.nameEnd)) return true;
      if (!m.mixed) return false;
      m.claims = without(m.start, m.nameEnd, spans);
      return m.claims.length > 0;
    });
  }

  // "X (ABBR)": the abbreviation's later bare mentions are X.
  const abbrGroup = new Map<string, string>();
  for (const m of all) if (m.abbr && !abbrGroup.has(m.abbr)) abbrGroup.set(m.abbr, m.group);
  if (abbrGroup.size) {
    all.push(...abbreviationMentions(T, ctx, abbrGroup, all));
    all.sort((a, b) => a.start - b.start);
  }

  // "UBND tỉnh" folds into the article's one "UBND tỉnh X".
  const placesOf = new Map<string, Set<string>>();
  for (const m of all) if (m.bodyLevel && m.hasPlace) (placesOf.get(m.bodyLevel) ?? placesOf.set(m.bodyLevel, new Set()).get(m.bodyLevel)!).add(m.group);
  for (const m of all) {
    if (!m.bodyLevel || m.hasPlace) continue;
    const g = placesOf.get(m.bodyLevel);
    if (g?.size === 1) m.group = [...g][0]!;
  }

  const groups = new Map<string, Mention[]>();
  for (const m of all) (groups.get(m.group) ?? groups.set(m.group, []).get(m.group)!).push(m);
  for (const [g, at] of r.foreignBodies) if (foreignStory(ctx, groups.get(g), at)) groups.delete(g);
  r.foreignBodies.clear();

  const stop = ctx.gazetteer.stopNames.length ? new Set(ctx.gazetteer.stopNames.map(fold)) : null;
  for (const ms of groups.values()) {
    // The name: the full form of an "X (ABBR)" pair, else the first mention with a place, else the first.
    const head = ms.find((m) => m.abbr) ?? ms.find((m) => m.hasPlace) ?? ms[0]!;
    const name = head.written;
    if (stop?.has(fold(name))) continue;
    const expanded = head.expanded;
    // The other ways the article writes it, each once: the mentions as written, then the abbreviations.
    const aliases: string[] = [];
    if (ms.length > 1 || head.abbr) {
      const nameKey = key(name);
      for (const m of ms) if (!aliases.includes(m.written) && key(m.written) !== nameKey) aliases.push(m.written);
      for (const m of ms) if (m.abbr && !aliases.includes(m.abbr) && key(m.abbr) !== nameKey) aliases.push(m.abbr);
    }
    for (const m of ms) {
      const fact = { type: "organization", name } as Candidate<"organization">["fact"] & { expanded?: string; aliases?: string[] };
      if (expanded) fact.expanded = expanded;
      if (aliases.length) fact.aliases = aliases;
      const c: Candidate<"organization"> = { fact, start: m.start, end: m.end, claims: m.claims ?? [{ start: m.start, end: m.nameEnd }] };
      out.add(m.sentence, c);
    }
  }
}

/**
 * The bare "Quốc hội"/"Chính phủ" of an article that also names another country's ("Quốc hội
 * Mỹ" first) is that country's when no paragraph it stands in names Vietnam, "nước ta" or a
 * Vietnamese office (most Vietnamese stories name our own Chính phủ bare: it is kept whenever one
 * does, and when it comes before the foreign one).
 */
function foreignStory(ctx: ExtractContext, ms: readonly Mention[] | undefined, foreignAt: number): boolean {
  // The bare name first ("Chính phủ ban hành …, Chính phủ Nhật Bản hỗ trợ …"): Vietnam's own.
  if (!ms || ms[0]!.start < foreignAt) return false;
  const seen = new Set<number>();
  for (const m of ms) {
    const p = ctx.sentences[m.sentence]!.paragraph;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const s of ctx.sentences) if (s.paragraph === p && HOME.test(s.text)) return false;
  }
  return true;
}

/**
 * Later bare mentions of the abbreviations of "X (ABBR)" pairs, written exactly so ("EVN", not
 * "evn"), outside the mentions already found: one pass over the capitalised tokens.
 */
function abbreviationMentions(T: Tokens, ctx: ExtractContext, abbrGroup: Map<string, string>, all: Mention[]): Mention[] {
  // By the abbreviation's first token ("LĐ" of "LĐ-TB&XH"), longest first, a few per token.
  const byFirst = new Map<string, string[]>();
  for (const a of [...abbrGroup.keys()].sort((x, y) => y.length - x.length)) {
    const first = /^[\p{L}\p{M}\p{N}]+/u.exec(a)?.[0] ?? a.charAt(0);
    const list = byFirst.get(first) ?? byFirst.set(first, []).get(first)!;
    if (list.length < 8) list.push(a);
  }
  const taken = new SpanIndex(all);
  const c = new Cursor();
  const out: Mention[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    c.at(T, s);
    for (let i = c.lo; i < c.hi; i++) {
      if (!(T.flags[i]! & CAP)) continue;
      const list = byFirst.get(c.text(i));
      if (!list) continue;
      for (const a of list) {
        const st = T.start[i]!;
        if (!T.text.startsWith(a, st)) continue;
        // The abbreviation must end where a token ends.
        let e = i;
        while (e < c.hi && T.end[e]! < st + a.length) e++;
        if (e >= c.hi || T.end[e] !== st + a.length) continue;
        const en = st + a.length;
        if (taken.overlaps(st, en)) continue;
        if (c.is(i - 1, C.open) && c.is(e + 1, C.close)) continue;
        out.push(new Mention(st, en, i, e + 1, en, a, abbrGroup.get(a)!, s));
        i = e;
        break;
      }
    }
  }
  return out;
}

const bySentence = new BySentence<"organization">(analyse);

export const organizationExtractor: Extractor<"organization"> = {
  name: "organization",
  type: "organization",
  blockedBy: ["partner"],
  extract(sentence, ctx) {
    return bySentence.get(sentence, ctx);
  },
};
