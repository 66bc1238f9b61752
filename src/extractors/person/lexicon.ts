// The person extractor's matchers, built once at module load from src/lexicons (titles,
// surnames) and, per gazetteer object, from a user's config (titles, surnames): token tries, and
// role bits on the words that rules test one token at a time (see organization/tokens.ts).
import { DEGREES, FOREIGN_OFFICES, HONORIFICS, OFFICES, OFFICE_LINK_WORDS, RANKS } from "../../lexicons/titles.js";
import type { Gazetteer } from "../../config.js";
import { TokenTrie, VOCAB, keysOf, markWords, newRole, phraseTrie } from "../organization/tokens.js";

/**
 * Offices, foreign offices and honorifics this extractor reads besides those of lexicons/titles.ts:
 * abbreviated offices ("Vũ Kim Cự, ĐBQH tỉnh Hà Tĩnh") and the "-sỹ" spellings many outlets use
 * ("Tiến sỹ Alan Bollard", "Thượng nghị sỹ John McCain").
 */
const EXTRA_OFFICES: readonly string[] = ["ĐBQH", "Đại biểu HĐND", "Đại biểu Hội đồng nhân dân"];
const EXTRA_FOREIGN_OFFICES: readonly string[] = ["Nghị sỹ", "Thượng nghị sỹ", "Hạ nghị sỹ"];
const EXTRA_HONORIFICS: readonly string[] = ["tiến sỹ", "thạc sỹ", "giáo sư tiến sĩ", "giáo sư tiến sỹ", "bác sỹ", "nghệ sỹ", "nhạc sỹ", "kỹ sư"].filter(
  (h) => !HONORIFICS.includes(h),
);

export type HeadKind = "office" | "foreign" | "rank";

export interface Head {
  readonly kind: HeadKind;
  /** The office may be followed directly by a company's name ("CEO Kusto Home", "Chủ tịch Hanoi Telecom"). */
  readonly company: boolean;
}

/**
 * Offices of companies, clubs and schools, which may stand right before the body's foreign name
 * ("CEO Under Armour", "Giám đốc điều hành Oriflame Vietnam"): a foreign name after one of them
 * needs a country, an honorific or another mention. After any other office (of a state: "Bộ
 * trưởng Quốc phòng Harjit Sajjan", "Người phát ngôn Nhà Trắng Sean Spicer") a foreign-looking
 * name is a person. Each also with "Phó " before it.
 */
const COMPANY_OFFICES: readonly string[] = [
  "CEO", "Chủ nhiệm", "Chủ tịch", "Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị", "Chủ tịch Hội đồng thành viên",
  "Chủ tịch HĐTV", "Chủ tịch kiêm Tổng Giám đốc", "Đồng sáng lập", "Giám đốc", "Giám đốc điều hành",
  "Giám đốc quốc gia", "GĐ", "Hiệu trưởng", "Kế toán trưởng", "Nhà sáng lập", "Người sáng lập", "TGĐ",
  "Tổng Biên tập", "Tổng Giám đốc", "Trưởng ban", "Trưởng đại diện", "Trưởng phòng", "Ủy viên",
];

/**
 * Honorifics that state a profession or a religious rank: the person's title when no office is
 * stated ("Luật sư Trương Thanh Đức", "HLV Park Hang-seo"); "ông", "bà", "đồng chí" are not.
 */
const TITLE_HONORIFICS: readonly string[] = [
  "á hậu", "bác sĩ", "bác sỹ", "chuyên gia", "doanh nhân", "đạo diễn", "Đại đức", "Đức Giáo hoàng",
  "giáo sư", "giáo sư tiến sĩ", "giáo sư tiến sỹ", "Giám mục", "HLV", "hoa hậu", "Hòa thượng", "Hồng y",
  "huấn luyện viên", "kỹ sư", "Linh mục", "luật sư", "Mục sư", "nghệ nhân", "nghệ sĩ", "nghệ sỹ",
  "nhà báo", "nhà khoa học", "nhà nghiên cứu", "nhà sử học", "nhà thơ", "nhà văn", "nhạc sĩ", "nhạc sỹ",
  "phó giáo sư", "thạc sĩ", "thạc sỹ", "Thượng tọa", "tiến sĩ", "tiến sỹ",
];

/**
 * Words of office heads, for a quick check before the trie: the first word of every head, the
 * first word of a one-word head ("CEO", "Vua"), the second word of a longer one ("tịch" of "Chủ
 * tịch"). Most words that open some office ("công", "người", "nhà") are followed by none.
 */
export const R_HEAD_FIRST = newRole(true);
export const R_HEAD_ONE = newRole();
export const R_HEAD_SECOND = newRole();

function headTrie(offices: readonly string[], foreign: readonly string[], ranks: readonly string[], company: readonly string[] = []): TokenTrie<Head> {
  const t = new TokenTrie<Head>();
  const byCompany = new Set(company.map((o) => keysOf(o).join(" ")));
  const add = (phrase: string, head: Head) => {
    t.add(phrase, head);
    const keys = keysOf(phrase);
    VOCAB.addRole(VOCAB.intern(keys[0]!), keys.length === 1 ? R_HEAD_FIRST | R_HEAD_ONE : R_HEAD_FIRST);
    if (keys.length > 1) VOCAB.addRole(VOCAB.intern(keys[1]!), R_HEAD_SECOND);
  };
  // Longer and more specific first: a later add of the same phrase keeps the first value.
  for (const f of foreign) add(f, { kind: "foreign", company: false });
  for (const o of offices) {
    const head: Head = { kind: "office", company: byCompany.has(keysOf(o).join(" ")) };
    add(o, head);
    add(`Phó ${o}`, head);
  }
  for (const r of ranks) add(r, { kind: "rank", company: false });
  for (const f of foreign) add(`Phó ${f}`, { kind: "foreign", company: false });
  return t;
}

/** Offices, foreign offices and ranks, each also with "Phó " before it. */
export const HEADS = headTrie([...OFFICES, ...EXTRA_OFFICES], [...FOREIGN_OFFICES, ...EXTRA_FOREIGN_OFFICES], RANKS, COMPANY_OFFICES);

/** Honorifics that are titles (see TITLE_HONORIFICS). */
export const TITLE_HONORIFIC = phraseTrie(TITLE_HONORIFICS);

/** Words before an office that belong to the title: "nguyên Thủ tướng", "cố Thủ tướng". */
export const R_MODIFIER = newRole();
markWords(["nguyên", "cựu", "quyền", "tân", "cố"], R_MODIFIER);

export const HONORIFIC = phraseTrie([...HONORIFICS, ...EXTRA_HONORIFICS]);
export const R_HONORIFIC_FIRST = newRole(true);
HONORIFIC.markFirst(R_HONORIFIC_FIRST);

export const R_DEGREE = newRole(true);
markWords(DEGREES, R_DEGREE);

/** Single words that may stand inside an office: "Chủ tịch nước", "Phó Chủ tịch thường trực". */
export const LINK = phraseTrie(OFFICE_LINK_WORDS);
export const R_LINK = newRole();
LINK.markFirst(R_LINK);

/** Lower-case particles inside foreign names: "Mohamed bin Zayed Al Nahyan", "Ursula von der Leyen". */
export const R_PARTICLE = newRole();
markWords(["bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "dos", "das"], R_PARTICLE);

/**
 * Words right before a name that make it a place, a street, an institution or a thing named
 * after a person ("đường Trần Hưng Đạo", "Trường THPT Nguyễn Thị Minh Khai", "tư tưởng Hồ Chí Minh").
 */
export const NOT_A_PERSON_BEFORE = phraseTrie([
  "ấp", "bản", "bảo tàng", "bến", "bệnh viện", "cảng", "cầu", "chợ", "chùa", "chung cư", "công viên",
  "công ty", "cộng sản", "cúp", "đại học", "đại lộ", "đảo", "đèo", "đền", "đình", "đường", "ga", "giải",
  "giải thưởng", "hãng", "hẻm", "học viện", "huân chương", "huyện", "khu", "khu đô thị", "kiệt", "làng",
  "lăng", "mang tên", "ngách", "ngõ", "nhà văn hóa", "núi", "phố", "phong cách", "phường", "quận",
  "quảng trường", "quỹ", "số", "sông", "tàu", "tập đoàn", "tên", "thị trấn", "thị xã", "thôn", "THCS",
  "THPT", "thành phố", "tiểu học", "tỉnh", "toà nhà", "tòa nhà", "TP", "trường", "tư tưởng", "tuyến",
  "tượng", "tượng đài", "xã", "di tích", "khu di tích", "nhà sàn", "đạo đức", "học bổng", "tấm gương",
  "bộ", "sở", "ban", "ủy ban", "hội", "hiệp hội", "chuyên", "THPT chuyên", "trường chuyên", "đê", "đoạn", "số nhà",
  "hồ", "dự án", "khu phố", "tổ dân phố", "cụm", "lô", "nhà", "ký túc xá",
  // places written like names: "tại Trần Nhân Tông", "đập Hồ Tả Trạch", "lòng hồ …"
  "tại", "ở", "đập", "công trình", "thủy điện", "thủy lợi", "lòng", "ven", "quanh", "bờ",
]);
export const R_NOT_PERSON_FIRST = newRole();
NOT_A_PERSON_BEFORE.markFirst(R_NOT_PERSON_FIRST);

/** School words right before a name: a school named after a person, even after an office ("Hiệu trưởng Trường THPT Lê Quý Đôn"). */
export const SCHOOL_BEFORE = phraseTrie([
  "tiểu học", "THCS", "THPT", "THPT chuyên", "trường chuyên", "mầm non", "đại học", "học viện", "phổ thông", "PTTH", "PTCS",
]);
export const R_SCHOOL_FIRST = newRole();
SCHOOL_BEFORE.markFirst(R_SCHOOL_FIRST);

/**
 * Capitalised words that open a clause and never belong to a name: a run of capitals stops
 * before them ("… Nguyễn Sự Nhưng nếu …" when a full stop is missing).
 */
export const CLAUSE_WORDS: readonly string[] = [
  "Bà", "Bởi", "Các", "Cả", "Còn", "Cũng", "Do", "Dù", "Để", "Hiện", "Hỏi", "Khi", "Một", "Nếu",
  "Ngoài", "Nhưng", "Những", "Ông", "Riêng", "Sau", "Song", "Tại", "Theo", "Trả", "Trong", "Trước", "Tuy", "Và",
  "Vì", "Với",
];
/** Written in title case, as listed. */
export const R_CLAUSE = newRole(true);
markWords(CLAUSE_WORDS, R_CLAUSE);

/** Words right before a name that make it a street in a list or a junction ("nút giao Phạm Văn Đồng"). */
export const STREET_BEFORE = phraseTrie([
  "các tuyến đường như", "con phố", "cầu vượt", "giao lộ", "ngã ba", "ngã tư", "nhà chờ", "nút giao",
  "vòng xoay", "tuyến đường", "những con phố", "các tuyến phố", "phố vàng", "các con đường",
]);
export const R_STREET_FIRST = newRole();
STREET_BEFORE.markFirst(R_STREET_FIRST);

/** Street words that open a list with "như" a few words later ("những con phố vàng Hà Nội như Trần Nhân Tông, …"). */
export const STREET_WORDS = phraseTrie(["đường", "phố", "tuyến đường", "tuyến phố", "con phố", "con đường", "ngõ", "đại lộ", "quốc lộ"]);
export const R_STREET_WORD = newRole();
STREET_WORDS.markFirst(R_STREET_WORD);

export interface UserWords {
  heads: TokenTrie<Head> | null;
  surnames: ReadonlySet<string>;
  stop: ReadonlySet<string>;
}

const userWords = new WeakMap<Gazetteer, UserWords>();

export function userWordsOf(g: Gazetteer, fold: (s: string) => string): UserWords {
  let u = userWords.get(g);
  if (!u) {
    u = {
      heads: g.titles.length ? headTrie(g.titles, [], [], g.titles) : null,
      surnames: new Set(g.surnames),
      stop: new Set(g.stopNames.map(fold)),
    };
    userWords.set(g, u);
  }
  return u;
}
