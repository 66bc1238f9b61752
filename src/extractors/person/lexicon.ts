// The person extractor's matchers, built once at module load from src/lexicons (titles,
// surnames) and, per gazetteer object, from a user's config (titles, surnames).
import { DEGREES, FOREIGN_OFFICES, HONORIFICS, OFFICES, OFFICE_LINK_WORDS, COMPOUND_TAILS, RANKS } from "../../lexicons/titles.js";
import { COMMON_SURNAMES, LONG_NAME_SURNAMES, RARE_SURNAMES } from "../../lexicons/surnames.js";
import type { Gazetteer } from "../../config.js";
import { TokenTrie, phraseTrie } from "../organization/tokens.js";

export type HeadKind = "office" | "foreign" | "rank";

export interface Head {
  readonly kind: HeadKind;
}

function headTrie(offices: readonly string[], foreign: readonly string[], ranks: readonly string[]): TokenTrie<Head> {
  const t = new TokenTrie<Head>();
  // Longer and more specific first: a later add of the same phrase keeps the first value.
  for (const f of foreign) t.add(f, { kind: "foreign" });
  for (const o of offices) {
    t.add(o, { kind: "office" });
    t.add(`Phó ${o}`, { kind: "office" });
  }
  for (const r of ranks) t.add(r, { kind: "rank" });
  for (const f of foreign) t.add(`Phó ${f}`, { kind: "foreign" });
  return t;
}

/** Offices, foreign offices and ranks, each also with "Phó " before it. */
export const HEADS = headTrie(OFFICES, FOREIGN_OFFICES, RANKS);

/** Words before an office that belong to the title: "nguyên Thủ tướng", "cố Thủ tướng". */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(["nguyên", "cựu", "quyền", "tân", "cố"]);

export const HONORIFIC = phraseTrie(HONORIFICS);

export const DEGREE_WORDS: ReadonlySet<string> = new Set(DEGREES.map((d) => d.toLowerCase()));

/** Single words that may stand inside an office: "Chủ tịch nước", "Phó Chủ tịch thường trực". */
export const LINK_WORDS: ReadonlySet<string> = new Set(OFFICE_LINK_WORDS.flatMap((w) => w.split(" ")));

export const COMPOUND: ReadonlySet<string> = new Set(COMPOUND_TAILS);

export const COMMON: ReadonlySet<string> = new Set(COMMON_SURNAMES);
export const RARE: ReadonlySet<string> = new Set(RARE_SURNAMES);
export const LONG: ReadonlySet<string> = new Set(LONG_NAME_SURNAMES);

/** Lower-case particles inside foreign names: "Mohamed bin Zayed Al Nahyan", "Ursula von der Leyen". */
export const PARTICLES: ReadonlySet<string> = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "dos", "das"]);

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
]);

/**
 * Capitalised words that open a clause and never belong to a name: a run of capitals stops
 * before them ("… Nguyễn Sự Nhưng nếu …" when a full stop is missing).
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  "Bà", "Bởi", "Các", "Cả", "Còn", "Cũng", "Do", "Dù", "Để", "Hiện", "Hỏi", "Khi", "Một", "Nếu",
  "Ngoài", "Nhưng", "Những", "Ông", "Riêng", "Sau", "Song", "Tại", "Theo", "Trả", "Trong", "Trước", "Tuy", "Và",
  "Vì", "Với",
]);

/** Words right before a name that make it a street in a list or a junction ("nút giao Phạm Văn Đồng"). */
export const STREET_BEFORE = phraseTrie([
  "các tuyến đường như", "con phố", "cầu vượt", "giao lộ", "ngã ba", "ngã tư", "nhà chờ", "nút giao",
  "vòng xoay", "tuyến đường", "những con phố", "các tuyến phố", "phố vàng", "các con đường",
]);

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
      heads: g.titles.length ? headTrie(g.titles, [], []) : null,
      surnames: new Set(g.surnames),
      stop: new Set(g.stopNames.map(fold)),
    };
    userWords.set(g, u);
  }
  return u;
}
