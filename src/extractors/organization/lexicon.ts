// The organization extractor's matchers, built once at module load from src/lexicons: one token
// trie per concern (named bodies, local bodies, kind words, …), and role bits on the words that
// rules test one token at a time (quantifiers, joiners, tail words, family names). A user's config
// entries get a trie of their own, built once per gazetteer object.
import {
  ABBREVIATIONS,
  BOARDS,
  BODY_KINDS,
  COMPANY_LEGAL_FORMS,
  COMPANY_LINES,
  COMPANY_VERBS,
  COUNCIL_UNITS,
  KINDS_WITH_ABBREVIATION,
  KINDS_WITH_SUBJECT,
  MANAGEMENT_BOARD_HEADS,
  UNITS_OF_BODIES,
  CENTRAL_ONLY_DOMAINS,
  DEPARTMENT_DOMAINS,
  LEVELS,
  LOCAL_BODIES,
  MEDIA,
  MINISTRY_DOMAINS,
  NAME_COMPOUNDS,
  NAME_TAIL_WORDS,
  ORGANIZATIONS,
  PARTY_COMMITTEE_UNITS,
  VIETNAMESE_BRANDS,
} from "../../lexicons/organizations.js";
import { COUNTRIES } from "../../lexicons/countries.js";
import { VIETNAMESE_COMPANIES } from "../../lexicons/companies.js";
import { COMMON_SURNAMES, LONG_NAME_SURNAMES, RARE_SURNAMES } from "../../lexicons/surnames.js";
import type { Gazetteer } from "../../config.js";
import { R_OPENER, TokenTrie, keysOf, markWords, newRole, phraseTrie, wordId } from "./tokens.js";
import { COMPOUND_TAILS } from "../../lexicons/titles.js";

export interface NamedBody {
  /** The canonical name: the group key and, for an abbreviated mention, `expanded`. */
  readonly canonical: string;
  /** The canonical name in lower case, and the group of its mentions. */
  readonly key: string;
  readonly group: string;
  readonly strict?: boolean;
  readonly media?: boolean;
  /** A provincial department: a place may follow ("Sở Y tế Hà Nội"). */
  readonly department?: boolean;
  /** From the user's config: `expanded` as the user gave it. */
  readonly expanded?: string;
}

const media = new Set(MEDIA);
const keyed = (canonical: string) => ({ canonical, key: canonical.toLowerCase(), group: `named|${canonical.toLowerCase()}` });
const ABBR = new Map(ABBREVIATIONS);

/** Named bodies: ORGANIZATIONS, the ministries (Bộ …) and the departments (Sở …). */
export const NAMED = new TokenTrie<NamedBody>();
for (const o of ORGANIZATIONS) {
  const body: NamedBody = { ...keyed(o.name), strict: o.strict, media: media.has(o.name) };
  NAMED.add(o.name, body);
  for (const a of o.aliases ?? []) NAMED.add(a, body);
}
/**
 * The ways news joins the letter groups of an abbreviation: "LĐ-TB&XH" is also written
 * "LĐ-TB-XH", "LĐ&TB&XH", "LĐTB-XH", "LĐTBXH"; "VH,TT&DL" also "VH-TT-DL".
 */
function abbreviationVariants(abbr: string): string[] {
  const groups = abbr.split(/\s*(?:[-&,./]|\svà\s)\s*/u).filter(Boolean);
  if (groups.length < 2 || groups.length > 4 || !groups.every((g) => /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(g))) return [abbr];
  let out = [groups[0]!];
  for (const g of groups.slice(1)) out = out.flatMap((x) => ["-", "&", ""].map((sep) => x + sep + g));
  return [abbr, ...out];
}

for (const d of MINISTRY_DOMAINS) {
  const body: NamedBody = keyed(`Bộ ${d.name}`);
  NAMED.add(`Bộ ${d.name}`, body);
  for (const a of d.abbreviations ?? []) for (const v of abbreviationVariants(a)) NAMED.add(`Bộ ${v}`, body);
}
const centralOnly = new Set(CENTRAL_ONLY_DOMAINS);
for (const d of [...MINISTRY_DOMAINS.filter((d) => !centralOnly.has(d.name)), ...DEPARTMENT_DOMAINS]) {
  const body: NamedBody = { ...keyed(`Sở ${d.name}`), department: true };
  NAMED.add(`Sở ${d.name}`, body);
  for (const a of d.abbreviations ?? []) for (const v of abbreviationVariants(a)) NAMED.add(`Sở ${v}`, body);
}

export interface LocalBody {
  readonly canonical: string;
  /** `canonical` in lower case. */
  readonly key: string;
  readonly level: "required" | "none";
}

/** Bodies that take a level and a place: "UBND tỉnh Quảng Ninh", "Tỉnh ủy Quảng Ninh". */
export const LOCAL = new TokenTrie<LocalBody>();
for (const b of LOCAL_BODIES) {
  const canonical = spellOut(b.name);
  LOCAL.add(b.name, { canonical, key: canonical.toLowerCase(), level: b.level === "none" ? "none" : "required" });
}

/** Level words, canonical form: "TP" → "thành phố". */
export const LEVEL = new TokenTrie<string>();
for (const l of LEVELS) LEVEL.add(l, l === "TP" ? "thành phố" : l);
LEVEL.add("Thành phố", "thành phố").add("Tp", "thành phố");

/** "Ban Tuyên giáo" of "Ban Tuyên giáo Tỉnh ủy". */
export const PARTY_UNIT = phraseTrie(PARTY_COMMITTEE_UNITS);

/** Kind words this extractor reads besides lexicons/organizations.ts: abbreviated schools ("Trường ĐH Quy Nhơn"), Vietnam's missions abroad ("Đại sứ quán Việt Nam tại Malaysia"). */
const EXTRA_KINDS: readonly string[] = ["Trường ĐH", "Trường CĐ", "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"];

/** Kind words that open a named body. */
export const KIND = phraseTrie([...BODY_KINDS, ...EXTRA_KINDS]);

/**
 * Kind words whose name may open with lower-case words when a place, "Việt Nam" or "Quốc gia"
 * closes it ("Hiệp hội doanh nghiệp Thanh Hóa", "Hội đồng thẩm định Quốc gia"); "Hội" only as
 * "Hội đồng" ("Hội chợ Hà Nội", "Hội thảo Quốc gia" are events).
 */
export const LEAD_KINDS: ReadonlySet<string> = new Set(["Hiệp hội", "Hội", "Liên đoàn", "Liên hiệp", "Tổng hội", "Tổng công ty", "Ủy ban", "Cục", "Tổng cục"]);
export const NEEDS_ABBREVIATION: ReadonlySet<string> = new Set(KINDS_WITH_ABBREVIATION);
export const TAKES_SUBJECT: ReadonlySet<string> = new Set(KINDS_WITH_SUBJECT);

/** Domain words a name runs on over ("lao động", "sáng tạo"); R_NAME_COMPOUND marks their first syllables. */
export const NAME_COMPOUND = phraseTrie(NAME_COMPOUNDS);

/** Kind words of a company: its registered name is read by the company rule ("Công ty cổ phần thép Pomina 2"). */
export const COMPANY_KINDS: ReadonlySet<string> = new Set(["Công ty", "Công ty Cổ phần", "Công ty CP", "Công ty TNHH", "Tổng công ty", "Tập đoàn"]);
/** "TNHH MTV", "cổ phần" after a company's kind word. */
export const COMPANY_LEGAL_FORM = phraseTrie(COMPANY_LEGAL_FORMS);
/** Lines of business in a company's name, any case ("phát triển nhà", "Bia", "xuất nhập khẩu"). */
export const COMPANY_LINE = phraseTrie([...NAME_COMPOUNDS, ...COMPANY_LINES]);
/** Verbs after a company's name ("thi công", "trúng"). */
export const COMPANY_VERB = phraseTrie(COMPANY_VERBS);

/** "dự án", "các khu công nghiệp" after "Ban Quản lý". */
export const MANAGEMENT_HEAD = phraseTrie(MANAGEMENT_BOARD_HEADS);
/** "Hội đồng thành viên" of "Hội đồng thành viên EVN". */
export const BOARD = phraseTrie(BOARDS);
/** "Thanh tra" of "Thanh tra Bộ Y tế". */
export const UNIT_OF = phraseTrie(UNITS_OF_BODIES);
/**
 * Investigation agencies, named with the body they belong to ("Cơ quan CSĐT Bộ Công an",
 * "Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai"); the value spells the prefix out.
 */
export const INVESTIGATOR = new TokenTrie<string>();
for (const [written, canonical] of [
  ["Cơ quan CSĐT", "Cơ quan Cảnh sát điều tra"],
  ["Cơ quan Cảnh sát điều tra", "Cơ quan Cảnh sát điều tra"],
  ["CQCSĐT", "Cơ quan Cảnh sát điều tra"],
  ["Cơ quan ANĐT", "Cơ quan An ninh điều tra"],
  ["Cơ quan An ninh điều tra", "Cơ quan An ninh điều tra"],
  ["CQANĐT", "Cơ quan An ninh điều tra"],
  ["Cơ quan điều tra", "Cơ quan điều tra"],
  ["CQĐT", "Cơ quan điều tra"],
] as const)
  INVESTIGATOR.add(written, canonical);
/** Named bodies an investigation agency belongs to; local ones are "Công an …" and "VKSND …". */
export const INVESTIGATOR_OF_NAMED: ReadonlySet<string> = new Set(["named|bộ công an", "named|bộ quốc phòng", "named|viện kiểm sát nhân dân tối cao"]);
export const INVESTIGATOR_OF_LOCAL = /^local\|(?:công an|viện kiểm sát nhân dân)\|/u;

/** "Ban Kinh tế - Ngân sách" of "Ban Kinh tế - Ngân sách HĐND tỉnh". */
export const COUNCIL_UNIT = phraseTrie(COUNCIL_UNITS);

/** Country names and aliases: a body followed by one of them is foreign ("Bộ Ngoại giao Nhật Bản"). */
export const COUNTRY = new TokenTrie<string>();
for (const c of COUNTRIES) {
  COUNTRY.add(c.name, c.code);
  for (const a of c.aliases) COUNTRY.add(a, c.code);
}

/** Words in a body's name that make it international ("Ngân hàng Thế giới", "Ủy ban châu Âu"). */
export const FOREIGN_MARKERS = phraseTrie([
  "Á - Âu", "Á-Âu", "ASEAN", "châu Á", "châu Âu", "châu Mỹ", "châu Phi", "châu Đại Dương", "Châu Á", "Châu Âu",
  "Đông Nam Á", "Liên hợp quốc", "LHQ", "Quốc tế", "Thái Bình Dương", "Thế giới", "Liên minh châu Âu", "EU",
]);

// --- Role bits: one integer test per token before any trie walk --------------------------------

/** First word of a named body, a local body, a party unit or a kind word. */
export const R_ORG_FIRST = R_OPENER;
export const R_COUNTRY_FIRST = newRole();
export const R_LEVEL_FIRST = newRole();
export const R_FOREIGN_FIRST = newRole();
/** Words that make what follows plural or vague ("các", "những", "nhiều"). */
export const R_QUANT = newRole();
/** Function words: they join the parts of a name but never end one. */
export const R_JOINER = newRole();
/** Lower-case words that may continue a name after a capitalised word. */
export const R_TAIL = newRole();
/** Second syllables of capitalised domain words ("Ngoại giao", "Y tế"). */
export const R_COMPOUND = newRole();
/** Vietnamese brands written as one word ("Viettel", "Vinamilk"). */
export const R_BRAND = newRole();
/** Family names: common, rarer, and those that open long ethnic-minority names. */
export const R_SURNAME_COMMON = newRole(true);
export const R_SURNAME_RARE = newRole(true);
export const R_SURNAME_LONG = newRole();

NAMED.markFirst(R_ORG_FIRST);
LOCAL.markFirst(R_ORG_FIRST);
PARTY_UNIT.markFirst(R_ORG_FIRST);
KIND.markFirst(R_ORG_FIRST);
BOARD.markFirst(R_ORG_FIRST);
UNIT_OF.markFirst(R_ORG_FIRST);
INVESTIGATOR.markFirst(R_ORG_FIRST);
COUNCIL_UNIT.markFirst(R_ORG_FIRST);
COUNTRY.markFirst(R_COUNTRY_FIRST);
export const R_NAME_COMPOUND = newRole();
NAME_COMPOUND.markFirst(R_NAME_COMPOUND);
LEVEL.markFirst(R_LEVEL_FIRST);
FOREIGN_MARKERS.markFirst(R_FOREIGN_FIRST);

export const QUANTIFIERS: readonly string[] = ["các", "những", "nhiều", "mọi", "từng", "hai", "ba", "mấy", "vài", "số"];
markWords(QUANTIFIERS, R_QUANT);

export const JOINERS: readonly string[] = ["các", "cho", "của", "những", "ở", "tại", "trong", "và", "về", "với"];
markWords(JOINERS, R_JOINER);

/** Words of body names that are also verbs after a name ("… Hà Nội công bố", "… tổ chức"). */
const VERBS = new Set(["bố", "chức", "có", "hiện", "thực", "tổ"]);
const joiners = new Set(JOINERS);
/** The lower-case words of a phrase ("Ban Chỉ đạo Ngoại giao kinh tế" → "đạo", "kinh", "tế"). */
const lowerWords = (phrase: string) =>
  phrase
    .normalize("NFC")
    .split(/\s+/u)
    .filter((w) => /^\p{Ll}/u.test(w))
    .flatMap((w) => keysOf(w).filter((k) => /^[\p{L}\p{N}]/u.test(k)));
/** One-syllable words that end a domain word's phrase ("Xã hội học", "Truyền tải điện"). */
export const R_TAIL_WORD = newRole();
markWords(["học", "điện", "nước", "khí", "biển"], R_TAIL_WORD);

/**
 * Words that may follow a capitalised word in a name: the curated lists only. The lower-case
 * words of every listed name would let a name run on into a clause ("Cục Thuế tổng hợp", "Bệnh
 * viện Nhi kiểm tra"); longer domain words are NAME_COMPOUNDS.
 */
markWords(
  [
    ...NAME_TAIL_WORDS,
    ...COMPOUND_TAILS,
    ...MINISTRY_DOMAINS.flatMap((d) => lowerWords(d.name)),
  ].filter((w) => !joiners.has(w) && !VERBS.has(w)),
  R_TAIL,
);
markWords(COMPOUND_TAILS, R_COMPOUND);
markWords(
  [...VIETNAMESE_BRANDS, ...VIETNAMESE_COMPANIES].filter((b) => keysOf(b).length === 1),
  R_BRAND,
);
markWords(COMMON_SURNAMES, R_SURNAME_COMMON);
markWords(RARE_SURNAMES, R_SURNAME_RARE);
markWords(LONG_NAME_SURNAMES, R_SURNAME_LONG);

/**
 * Words that end the subject of a body named "… về <subject>": the verbs and function words
 * that follow a body's name in a clause ("Ban Chỉ đạo … về chuyển đổi số họp phiên thứ nhất").
 */
export const R_SUBJECT_END = newRole();
export const SUBJECT_END = phraseTrie(
  [
    "đã", "đang", "sẽ", "vừa", "cũng", "dự", "họp", "tổ chức", "chủ trì", "phát biểu", "yêu cầu", "đề nghị",
    "cho", "có", "là", "được", "bị", "làm", "tại", "trong", "với", "của", "theo", "nhằm", "để", "do", "khi", "thì",
    "này", "đó", "nêu", "nhấn mạnh", "khẳng định", "ban hành", "kiểm tra", "làm việc", "thông qua", "gồm", "trao",
    "tiếp", "thăm", "ký", "công bố", "đánh giá", "báo cáo", "nhận", "giao", "hướng dẫn", "chỉ đạo", "quyết định",
    "đồng ý", "kết luận", "vào", "từ", "đến", "tiến hành", "đề ra", "trình", "xem xét", "thống nhất", "ghi nhận",
    "ngày", "tháng", "năm", "tổng kết", "sơ kết", "thông báo", "phát động", "khai mạc", "bế mạc", "đề xuất",
    "kiến nghị", "phê duyệt", "ra mắt", "gửi", "tặng", "cấp", "đạt",
  ],
).markFirst(R_SUBJECT_END);

/** Word ids the rules test directly. */
export const W = {
  va: wordId("và"),
  cua: wordId("của"),
  tai: wordId("tại"),
  o: wordId("ở"),
  ve: wordId("về"),
  theo: wordId("theo"),
  nguon: wordId("nguồn"),
  vn: wordId("vn"),
  viet: wordId("việt"),
  nam: wordId("nam"),
  so: wordId("số"),
  tp: wordId("tp"),
  tphcm: wordId("tphcm"),
  nha: wordId("nhà"),
  kiem: wordId("kiêm"),
  quoc: wordId("quốc"),
  gia: wordId("gia"),
  trung: wordId("trung"),
  uong: wordId("ương"),
  tw: wordId("tw"),
  phong: wordId("phóng"),
  vien: wordId("viên"),
  pv: wordId("pv"),
  viec: wordId("việc"),
  nhu: wordId("như"),
  ho: wordId("hồ"),
  ong: wordId("ông"),
  ba: wordId("bà"),
  dong: wordId("đồng"),
} as const;

/**
 * Spells out abbreviations inside a body's name: "UBND tỉnh" → "Ủy ban nhân dân tỉnh",
 * "UBND TP.HCM" → "Ủy ban nhân dân thành phố Hồ Chí Minh".
 */
export function expandAbbreviations(name: string): string {
  let x = expanded.get(name);
  if (x === undefined) {
    if (expanded.size >= 4096) expanded.clear();
    expanded.set(name, (x = spellOut(name)));
  }
  return x;
}

/** Names seen, spelled out: the same few names come back in article after article. */
const expanded = new Map<string, string>();

function spellOut(name: string): string {
  return name
    .replace(/(?<![\p{L}\p{N}])(?:TP\.?\s?HCM|TPHCM|Tp\.?\s?HCM)(?![\p{L}\p{N}])/gu, "thành phố Hồ Chí Minh")
    .replace(/(?<![\p{L}\p{N}])(?:TP|Tp)\.\s?(?=\p{Lu})/gu, "thành phố ")
    .replace(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}]*(?![\p{L}\p{N}])/gu, (m) => ABBR.get(m) ?? m);
}


export interface UserBody {
  readonly name: string;
  readonly expanded?: string;
}

const userTries = new WeakMap<Gazetteer, TokenTrie<UserBody>>();

/** The user's organizations (config `organizations:`), as a trie; null when there are none. */
export function userTrie(g: Gazetteer): TokenTrie<UserBody> | null {
  if (!g.organizations.length) return null;
  let t = userTries.get(g);
  if (!t) {
    t = new TokenTrie<UserBody>();
    for (const o of g.organizations) {
      const body = { name: o.name, expanded: o.expanded };
      t.add(o.name, body);
      for (const a of o.aliases) t.add(a, body);
    }
    t.markFirst(R_OPENER);
    userTries.set(g, t);
  }
  return t;
}
