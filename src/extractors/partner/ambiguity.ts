// When a gazetteer form that is also an ordinary word or a name may be read as a partner.
// Data only; the rules that use it are in rules.ts.

export interface Ambiguity {
  /**
   * Lower-case words that, right after the form, make it an ordinary word: "Pháp luật",
   * "Mỹ phẩm", "Ý kiến", "Áo dài", "Anh hùng".
   */
  readonly compounds?: readonly string[];
  /** At the start of a sentence or quotation it is most often the ordinary word ("Anh cho biết"). */
  readonly notAtStart?: boolean;
  /** Lower-case words that, right before the form, make it something else ("sông Hàn"). */
  readonly after?: readonly string[];
}

/**
 * Vietnamese one-syllable country names that are also given names ("Nguyễn Văn Đức", "chị Nga"),
 * place-name syllables ("Lào Cai", "Mỹ Tho", "Đức Phổ") or words ("anh", "ý", "áo", "pháp").
 */
export const AMBIGUOUS_FORMS: Readonly<Record<string, Ambiguity>> = {
  Anh: {
    compounds: ["ấy", "ba", "bộ", "cả", "chị", "đào", "em", "hai", "hào", "hùng", "kiệt", "linh", "minh", "ngữ", "rể", "ta", "tài", "trai", "út", "văn"],
    notAtStart: true,
    after: ["bảng"],
  },
  Áo: {
    compounds: ["ấm", "bà", "bông", "cà", "choàng", "cộc", "cưới", "dài", "đấu", "đẹp", "giáp", "gối", "khoác", "len", "lót", "mới", "mưa", "ngực", "phao", "quan", "sơ", "sơ mi", "tắm", "thun", "trắng", "vest", "xanh"],
    notAtStart: true,
  },
  Bỉ: { compounds: ["ổi", "vỏ"] },
  Đức: { compounds: ["bà", "cha", "chúa", "độ", "dục", "hạnh", "mẹ", "ông", "phật", "tài", "thánh", "tin", "tính", "trị", "vua"] },
  Lào: {},
  Mỹ: {
    compounds: ["cảm", "dung", "đức", "học", "lệ", "mãn", "mạo", "miều", "nghệ", "nhân", "nữ", "phẩm", "quan", "thuật", "từ", "tửu", "vị", "ý"],
  },
  Nga: { compounds: ["my"] },
  Nhật: { compounds: ["báo", "dụng", "ký", "kỳ", "lệnh", "nguyệt", "quang", "thực", "trình"] },
  Pháp: {
    compounds: ["bảo", "chế", "danh", "điển", "đình", "hiệu", "hội", "luân", "luật", "lực", "lệnh", "lý", "môn", "nhân", "phục", "quy", "quyền", "sư", "sự", "thuật", "trị", "trường", "tướng", "y"],
  },
  Séc: { compounds: ["du"] },
  Síp: {},
  Úc: {},
  Ý: {
    compounds: ["chí", "chính", "đồ", "định", "kiến", "muốn", "nghĩa", "nguyện", "niệm", "tại", "thích", "thức", "tình", "tưởng", "tứ", "vị"],
    notAtStart: true,
  },
};

/**
 * Latin-script names that are also given names or parts of other names ("Michael Jordan",
 * "Kobe Bryant", "Paris Hilton"): read as a place only when no capitalised Latin word stands
 * right before or after them.
 */
export const AMBIGUOUS_LATIN = new Set([
  "Boston",
  "Chad",
  "Chiba",
  "Congo",
  "Dominica",
  "Florida",
  "Georgia",
  "Guinea",
  "Jersey",
  "Jordan",
  "Kobe",
  "Lima",
  "Madrid",
  "Mali",
  "Monaco",
  "Niger",
  "Panama",
  "Paris",
  "Rome",
  "Roma",
  "Samoa",
  "Sydney",
  "Texas",
  "Togo",
  "Tonga",
  "Washington",
]);

/**
 * Words before a name that address a person: "ông Đức", "chị Nga", "bé Anh", "NSƯT Mỹ".
 * After one of them the name is a person's, never a country.
 */
export const ADDRESS_TERMS = new Set([
  "anh",
  "bà",
  "bác",
  "bé",
  "BS",
  "cậu",
  "cháu",
  "chàng",
  "chị",
  "chồng",
  "chú",
  "cô",
  "cụ",
  "dì",
  "em",
  "GS",
  "mợ",
  "nàng",
  "NSND",
  "NSƯT",
  "ông",
  "PGS",
  "tên",
  "thầy",
  "ThS",
  "thím",
  "TS",
  "vợ",
]);

/**
 * Words right before a one-syllable country name that make it a country even in an article
 * where the same syllable is also someone's name: "nước Đức", "tại Nga", "Thủ tướng Anh",
 * "người Mỹ", "thị trường Nhật", "Đại sứ quán Pháp".
 */
export const COUNTRY_CUES = new Set([
  "bang",
  "bào",
  "gia",
  "giữa",
  "hãng",
  "hàng",
  "hòa",
  "khách",
  "người",
  "nghiệp",
  "nước",
  "phía",
  "phủ",
  "quân",
  "quán",
  "quốc",
  "sang",
  "sứ",
  "tại",
  "thống",
  "trưởng",
  "trường",
  "tư",
  "tướng",
  "tuyển",
  "ở",
]);

/** Words before a country name that make it something else: "tiếng Anh" is a language. */
export const NOT_A_COUNTRY_AFTER = new Set(["tiếng"]);

/**
 * Vietnamese surnames and common middle names: a multi-syllable country name right after one
 * is part of a person's name ("Nguyễn Hà Lan", "Lê Thái Lan").
 */
export const NAME_PREFIXES = new Set([
  "Bùi",
  "Đặng",
  "Đinh",
  "Đỗ",
  "Dương",
  "Hà",
  "Hồ",
  "Hoàng",
  "Hữu",
  "Huỳnh",
  "Lâm",
  "Lê",
  "Lương",
  "Lý",
  "Mai",
  "Ngô",
  "Ngọc",
  "Nguyễn",
  "Phạm",
  "Phan",
  "Tạ",
  "Thị",
  "Tô",
  "Trần",
  "Trịnh",
  "Trương",
  "Văn",
  "Võ",
  "Vũ",
]);

/**
 * Two words before a world region that make it part of a Vietnamese institution's name:
 * "Ngân hàng Đông Á", "Ngân hàng TMCP Bắc Á", "Đại học Đông Á".
 */
export const INSTITUTION_HEADS: readonly (readonly [string, string])[] = [
  ["Bệnh", "viện"],
  ["Công", "ty"],
  ["Đại", "học"],
  ["Học", "viện"],
  ["Ngân", "hàng"],
  ["Tập", "đoàn"],
  ["Trường", "học"],
];

/**
 * One-syllable short forms used in dash compounds ("quan hệ Việt - Nhật", "thương chiến Mỹ -
 * Trung"): each names a country only inside such a compound. "Việt" is Vietnam (not a partner).
 */
export const SHORT_FORMS: Readonly<Record<string, string | null>> = {
  Anh: "GB",
  Ấn: "IN",
  Đức: "DE",
  Hàn: "KR",
  Lào: "LA",
  Mỹ: "US",
  Nga: "RU",
  Nhật: "JP",
  Pháp: "FR",
  Thái: "TH",
  Triều: "KP",
  Trung: "CN",
  Úc: "AU",
  Việt: null,
  Ý: "IT",
};
