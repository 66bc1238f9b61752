// Word lists of the directive extractor: document kinds, the codes of document symbols
// (số hiệu), issuing bodies, and the short titles of Vietnamese laws. Data only; the rules
// that use it live in ./index.ts.
//
// A Vietnamese document symbol has one of three shapes:
//   Party          15-CT/TW       number - kind code / issuing organ
//   administrative 21/NQ-CP       number / kind code - issuer (- unit)   (a công văn has no kind code: 409/UBND-TKBT)
//   legal          30/2020/NĐ-CP  number / year / kind code - issuer     (a law: 61/2020/QH14)

/** How a kind can be found without a document symbol. */
export type NamedClass =
  | "none" // only with a number ("Nghị định 30/2020/NĐ-CP", "Chỉ thị 15")
  | "plan" // "Chiến lược phát triển … giai đoạn 2021-2030", "Chương trình hành động của Chính phủ"
  | "law" // "Luật Đầu tư", "Bộ luật Lao động", "Hiến pháp năm 2013"
  | "resolution"; // "Nghị quyết Đại hội Đảng lần thứ XIII", "Nghị quyết Trung ương 4 khóa XII"

export interface KindEntry {
  /** The kind as Vietnamese writes it, capitalised: the `kind` field. */
  kind: string;
  /** Surface forms (NFC, capitalised first letter; the lower-case form is derived). */
  forms: string[];
  named: NamedClass;
  /**
   * A partial reference without "số" ("Chỉ thị 15", "Nghị định 04") is taken only for kinds
   * whose word is not also a common noun or verb; others need "số" ("quyết định số 62/2013").
   * Capitalised word required in both cases unless "số" follows.
   */
  bareNumber: boolean;
  /**
   * The lower-case word also takes a bare number ("nghị quyết 35", "thông tư 20"): only for
   * kinds whose word is never a common verb ("quyết định", "kết luận", "quy định" are).
   */
  lowerBareNumber?: boolean;
  /**
   * A capitalised kind word named by its subject, without a number: "Nghị định về hàng hóa,
   * dịch vụ …", "dự thảo Nghị quyết về xử lý nợ xấu", "Quyết định của Ban Bí thư về …".
   * "always": with or without "của <issuer>"; "issuer": only with it (the words "Quy định",
   * "Quy chế" also head generic statements: "Quy định về việc cấp biển số xe hiện nay …").
   */
  subjectNamed?: "always" | "issuer";
  /**
   * A capitalised plan-like kind named by its purpose and a state issuer, without a period:
   * "Quy chế làm việc của Chính phủ", "Chương trình công tác của Chính phủ năm 2015".
   */
  issuerNamed?: boolean;
}

/** Longest forms are tried first (the regex is built sorted by length). */
export const KINDS: readonly KindEntry[] = [
  { kind: "Báo cáo", forms: ["Báo cáo"], named: "none", bareNumber: false },
  { kind: "Bộ luật", forms: ["Bộ luật"], named: "law", bareNumber: false },
  { kind: "Chỉ thị", forms: ["Chỉ thị"], named: "none", bareNumber: true, lowerBareNumber: true, subjectNamed: "always" },
  { kind: "Chiến lược", forms: ["Chiến lược"], named: "plan", bareNumber: false },
  { kind: "Chương trình", forms: ["Chương trình"], named: "plan", bareNumber: false, issuerNamed: true },
  { kind: "Chương trình hành động", forms: ["Chương trình hành động"], named: "plan", bareNumber: false },
  { kind: "Công điện", forms: ["Công điện"], named: "none", bareNumber: true },
  { kind: "Công văn", forms: ["Công văn"], named: "none", bareNumber: true },
  { kind: "Đề án", forms: ["Đề án"], named: "plan", bareNumber: false },
  { kind: "Hiến pháp", forms: ["Hiến pháp"], named: "law", bareNumber: false },
  { kind: "Hướng dẫn", forms: ["Hướng dẫn"], named: "none", bareNumber: false },
  { kind: "Kế hoạch", forms: ["Kế hoạch"], named: "plan", bareNumber: false },
  { kind: "Kết luận", forms: ["Kết luận"], named: "none", bareNumber: true, subjectNamed: "issuer" },
  { kind: "Lệnh", forms: ["Lệnh"], named: "none", bareNumber: false },
  { kind: "Luật", forms: ["Luật"], named: "law", bareNumber: false },
  { kind: "Nghị định", forms: ["Nghị định"], named: "none", bareNumber: true, lowerBareNumber: true, subjectNamed: "always" },
  { kind: "Nghị quyết", forms: ["Nghị quyết"], named: "resolution", bareNumber: true, lowerBareNumber: true, subjectNamed: "always" },
  { kind: "Nghị quyết liên tịch", forms: ["Nghị quyết liên tịch"], named: "none", bareNumber: true },
  { kind: "Pháp lệnh", forms: ["Pháp lệnh"], named: "law", bareNumber: false, subjectNamed: "always" },
  { kind: "Quy chế", forms: ["Quy chế"], named: "none", bareNumber: false, subjectNamed: "issuer", issuerNamed: true },
  { kind: "Quy định", forms: ["Quy định"], named: "none", bareNumber: true, subjectNamed: "issuer" },
  { kind: "Quy hoạch", forms: ["Quy hoạch"], named: "plan", bareNumber: false },
  { kind: "Quyết định", forms: ["Quyết định"], named: "none", bareNumber: true, subjectNamed: "always" },
  { kind: "Sắc lệnh", forms: ["Sắc lệnh"], named: "none", bareNumber: true },
  { kind: "Thông báo", forms: ["Thông báo", "Thông báo kết luận"], named: "none", bareNumber: true },
  { kind: "Thông tri", forms: ["Thông tri"], named: "none", bareNumber: false },
  { kind: "Thông tư", forms: ["Thông tư"], named: "none", bareNumber: true, lowerBareNumber: true, subjectNamed: "always" },
  { kind: "Thông tư liên tịch", forms: ["Thông tư liên tịch"], named: "none", bareNumber: true },
  { kind: "Tờ trình", forms: ["Tờ trình"], named: "none", bareNumber: false },
  { kind: "Văn bản", forms: ["Văn bản"], named: "none", bareNumber: false },
];

/** Abbreviated kinds written before a symbol: "NĐ 100/2019/NĐ-CP", "NĐ155/CP", "QĐ 62/2013". */
export const KIND_ABBREVIATIONS: Readonly<Record<string, string>> = {
  CT: "Chỉ thị",
  KL: "Kết luận",
  NĐ: "Nghị định",
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
};

/**
 * Kind codes inside symbols (upper-cased), for administrative and legal symbols
 * ("21/NQ-CP", "30/2020/NĐ-CP"). ASCII spellings appear in carelessly typed text.
 */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  BC: "Báo cáo",
  CĐ: "Công điện",
  CD: "Công điện",
  CT: "Chỉ thị",
  CTR: "Chương trình",
  ĐA: "Đề án",
  HD: "Hướng dẫn",
  KH: "Kế hoạch",
  KL: "Kết luận",
  L: "Lệnh",
  NĐ: "Nghị định",
  ND: "Nghị định",
  NQ: "Nghị quyết",
  NQLT: "Nghị quyết liên tịch",
  QC: "Quy chế",
  QĐ: "Quyết định",
  QD: "Quyết định",
  QYĐ: "Quy định",
  TB: "Thông báo",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  TTR: "Tờ trình",
};

/** Kind codes of Party symbols ("15-CT/TW", "08-QĐi/TW", "12-CTr/TU"). */
export const PARTY_TYPE_CODES: Readonly<Record<string, string>> = {
  BC: "Báo cáo",
  CT: "Chỉ thị",
  CTR: "Chương trình",
  ĐA: "Đề án",
  HD: "Hướng dẫn",
  KH: "Kế hoạch",
  KL: "Kết luận",
  NQ: "Nghị quyết",
  QC: "Quy chế",
  QĐ: "Quyết định",
  QĐI: "Quy định",
  TB: "Thông báo",
  TT: "Thông tri",
  TTR: "Tờ trình",
};

/** Issuing organs of Party symbols ("/TW", "/TU"). */
export const PARTY_ORG_CODES: Readonly<Record<string, string>> = {
  BBT: "Ban Bí thư",
  BCSĐ: "Ban cán sự đảng",
  BCT: "Bộ Chính trị",
  BDVTW: "Ban Dân vận Trung ương",
  BĐNTW: "Ban Đối ngoại Trung ương",
  BKTTW: "Ban Kinh tế Trung ương",
  BNCTW: "Ban Nội chính Trung ương",
  BTCTW: "Ban Tổ chức Trung ương",
  BTGTW: "Ban Tuyên giáo Trung ương",
  BTGDVTW: "Ban Tuyên giáo và Dân vận Trung ương",
  ĐĐ: "Đảng đoàn",
  ĐU: "Đảng ủy",
  ĐUCA: "Đảng ủy Công an Trung ương",
  ĐUQSTW: "Quân ủy Trung ương",
  HU: "Huyện ủy",
  QU: "Quận ủy",
  QUTW: "Quân ủy Trung ương",
  TU: "Tỉnh ủy",
  TƯ: "Trung ương",
  TW: "Trung ương",
  UBKTTW: "Ủy ban Kiểm tra Trung ương",
  VPTW: "Văn phòng Trung ương Đảng",
};

/** Issuers of administrative and legal symbols (upper-cased). */
export const ORG_CODES: Readonly<Record<string, string>> = {
  BCA: "Bộ Công an",
  BCT: "Bộ Công Thương",
  BDTTG: "Bộ Dân tộc và Tôn giáo",
  BGDĐT: "Bộ Giáo dục và Đào tạo",
  BGTVT: "Bộ Giao thông vận tải",
  BHXH: "Bảo hiểm xã hội Việt Nam",
  BKH: "Bộ Kế hoạch và Đầu tư",
  BKHCN: "Bộ Khoa học và Công nghệ",
  BKHĐT: "Bộ Kế hoạch và Đầu tư",
  BLĐTBXH: "Bộ Lao động - Thương binh và Xã hội",
  BNG: "Bộ Ngoại giao",
  BNN: "Bộ Nông nghiệp và Phát triển nông thôn",
  BNNMT: "Bộ Nông nghiệp và Môi trường",
  BNNPTNT: "Bộ Nông nghiệp và Phát triển nông thôn",
  BNV: "Bộ Nội vụ",
  BQP: "Bộ Quốc phòng",
  BTC: "Bộ Tài chính",
  BTNMT: "Bộ Tài nguyên và Môi trường",
  BTP: "Bộ Tư pháp",
  BTTTT: "Bộ Thông tin và Truyền thông",
  BVHTTDL: "Bộ Văn hóa, Thể thao và Du lịch",
  BXD: "Bộ Xây dựng",
  BYT: "Bộ Y tế",
  CP: "Chính phủ",
  CTN: "Chủ tịch nước",
  HĐND: "Hội đồng nhân dân",
  HĐTP: "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
  KTNN: "Kiểm toán nhà nước",
  MTTQ: "Mặt trận Tổ quốc Việt Nam",
  NHNN: "Ngân hàng Nhà nước",
  QH: "Quốc hội",
  TANDTC: "Tòa án nhân dân tối cao",
  TCHQ: "Tổng cục Hải quan",
  TCT: "Tổng cục Thuế",
  TLĐ: "Tổng Liên đoàn Lao động Việt Nam",
  TTCP: "Thanh tra Chính phủ",
  TTG: "Thủ tướng Chính phủ",
  UB: "Ủy ban nhân dân",
  UBCKNN: "Ủy ban Chứng khoán Nhà nước",
  UBDT: "Ủy ban Dân tộc",
  UBND: "Ủy ban nhân dân",
  UBTVQH: "Ủy ban Thường vụ Quốc hội",
  VKSNDTC: "Viện kiểm sát nhân dân tối cao",
  VPCP: "Văn phòng Chính phủ",
};

/** Segments whose official spelling is not all upper case, restored after upper-casing. */
export const MIXED_CASE_CODES: Readonly<Record<string, string>> = {
  CTR: "CTr",
  QĐI: "QĐi",
  QYĐ: "QyĐ",
  TTG: "TTg",
  TTR: "TTr",
};

/**
 * First words of an issuing body after "của"/"do" ("của Ban Bí thư", "do Quốc hội ban
 * hành"). The rest of the name is read word by word (see ISSUER_INNER_WORDS).
 */
export const ISSUER_HEADS: readonly string[] = [
  "BCH",
  "Ban",
  "Bảo hiểm xã hội",
  "BHXH",
  "Bộ",
  "Bộ trưởng",
  "Chính phủ",
  "Chủ tịch",
  "Cục",
  "Đại hội",
  "Đảng đoàn",
  "Đảng ủy",
  "HĐND",
  "Hội đồng",
  "Hội nghị",
  "Huyện ủy",
  "Kho bạc",
  "Kiểm toán",
  "Liên bộ",
  "Mặt trận",
  "Ngân hàng Nhà nước",
  "NHNN",
  "Phó Thủ tướng",
  "Quân ủy",
  "Quận ủy",
  "Quốc hội",
  "Sở",
  "Thanh tra",
  "Thành ủy",
  "Thị ủy",
  "Thống đốc",
  "Thủ tướng",
  "Thường trực",
  "Thường vụ",
  "Tòa án",
  "Tổng cục",
  "Tổng Liên đoàn",
  "Tỉnh ủy",
  "Trung ương",
  "TƯ",
  "TW",
  "UBND",
  "UBTVQH",
  "Ủy ban",
  "Uỷ ban",
  "Văn phòng",
  "VPCP",
  "Viện",
];

/**
 * Lower-case words (or two-word phrases) that may continue an issuer's name on their own:
 * "Ủy ban nhân dân tỉnh", "Bộ chính trị", "Thủ tướng chính phủ", "Hội đồng Bảo an Liên hợp quốc".
 */
export const ISSUER_INNER_WORDS: ReadonlySet<string> = new Set([
  "bí thư",
  "đảng ủy",
  "huyện ủy",
  "quận ủy",
  "thành ủy",
  "thị ủy",
  "tỉnh ủy",
  "chính phủ",
  "chính trị",
  "huyện",
  "hợp quốc",
  "khóa",
  "khoá",
  "nhà nước",
  "nhân dân",
  "nông thôn",
  "phường",
  "quận",
  "thành phố",
  "thị trấn",
  "thị xã",
  "tỉnh",
  "tối cao",
  "tp",
  "trung ương",
  "xã",
]);

/** Common Vietnamese surnames: a name after an issuer is its signatory ("Bộ Tài chính | Đinh Tiến Dũng"). */
export const SURNAMES: readonly string[] = [
  "Bùi", "Cao", "Chu", "Dương", "Đàm", "Đặng", "Đào", "Đinh", "Đoàn", "Đỗ", "Giang", "Hà", "Hồ", "Hoàng",
  "Huỳnh", "Khổng", "Kiều", "Lại", "Lâm", "Lê", "Lò", "Lưu", "Lương", "Lý", "Mai", "Ngô", "Nguyễn", "Nông",
  "Phạm", "Phan", "Phùng", "Quách", "Tạ", "Tăng", "Thái", "Tô", "Tôn", "Trần", "Triệu", "Trịnh", "Trương",
  "Từ", "Văn", "Vi", "Võ", "Vũ", "Vương",
];

/** Words after which a surname-like word is a place ("tỉnh Hà Nam", "TP Hồ Chí Minh", "Thành ủy Hà Nội"). */
export const PLACE_CLASSIFIERS: ReadonlySet<string> = new Set(["hđnd", "huyện", "phố", "phường", "quận", "thị", "tp", "tp.", "trấn", "tỉnh", "ubnd", "ủy", "uỷ", "xã"]);

/** Lower-case words that never continue an issuer's name, even after a capitalised word ("Bộ Công Thương | phê duyệt"). */
export const ISSUER_BREAKS: ReadonlySet<string> = new Set([
  "ban hành",
  "bị",
  "bổ sung",
  "các",
  "chỉ đạo",
  "cho",
  "có",
  "cũng",
  "đã",
  "đang",
  "để",
  "đề nghị",
  "đề ra",
  "đối",
  "được",
  "gửi",
  "hướng dẫn",
  "khẳng định",
  "kèm",
  "ký",
  "là",
  "mới",
  "năm",
  "nêu",
  "ngày",
  "nhằm",
  "những",
  "phê duyệt",
  "quy định",
  "ra",
  "sẽ",
  "số",
  "sửa đổi",
  "tại",
  "theo",
  "thông qua",
  "thực hiện",
  "trình",
  "triển khai",
  "trong",
  "về",
  "với",
  "vừa",
  "xác định",
  "yêu cầu",
]);

/** Organ nouns after which a capitalised word starts the organ's name ("Bộ | Tài chính", "Sở | Xây dựng"). */
export const ORGAN_NOUNS: ReadonlySet<string> = new Set(["Ban", "Bộ", "Cục", "Phòng", "Sở", "Viện", "Vụ"]);

/** Heads whose names may end in a number ("Hội nghị Ngoại giao 32", "Hội nghị Trung ương 8"). */
export const NUMBERED_ISSUER_HEADS: ReadonlySet<string> = new Set(["Hội nghị", "Đại hội"]);

/**
 * Words that, written right before a capitalised plan kind or "Luật", make it part of an
 * organisation's or event's name, not a document: "Viện Chiến lược …", "Ban Chỉ đạo
 * Chương trình …", "Diễn đàn Chiến lược …", "Đại học Luật", "Công ty Luật".
 */
export const ORG_PRECEDERS: ReadonlySet<string> = new Set([
  "ban",
  "báo",
  "cử nhân",
  "bộ",
  "cục",
  "diễn đàn",
  "đạo",
  "điều hành",
  "đoàn",
  "đối thoại",
  "án",
  "ước",
  "giải",
  "hãng",
  "học",
  "hội",
  "khoa",
  "lực lượng",
  "ngành",
  "nghiên cứu",
  "nhóm",
  "pháp",
  "phòng",
  "quỹ",
  "sở",
  "tâm",
  "thạc sĩ",
  "tiến sĩ",
  "tạp chí",
  "tổ",
  "trường",
  "ty",
  "vụ",
  "viện",
]);

/**
 * Words that end the descriptive part of a document's name ("Chiến lược phát triển nhà ở
 * quốc gia | đã quy định …"): verbs, auxiliaries, function words. Two-word entries are
 * matched as phrases.
 */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  "bao gồm",
  "bảo đảm",
  "bị",
  "các",
  "cần",
  "cho",
  "chỉ",
  "có",
  "cũng",
  "của",
  "đã",
  "đang",
  "đặc biệt",
  "đặt",
  "đây",
  "để",
  "đề ra",
  "đến",
  "đều",
  "do",
  "đó",
  "đối với",
  "được",
  "gồm",
  "khẳng định",
  "khi",
  "không",
  "là",
  "mà",
  "một",
  "nay",
  "này",
  "nên",
  "nêu",
  "nhằm",
  "nhưng",
  "nhất là",
  "những",
  "phải",
  "phê duyệt",
  "qua",
  "quy định",
  "rất",
  "sau",
  "sẽ",
  "tại",
  "theo",
  "thì",
  "thuộc",
  "thực hiện",
  "tới",
  "trên",
  "triển khai",
  "trong",
  "trước",
  "từ",
  "vẫn",
  "về",
  "vì",
  "với",
  "vừa",
  "xác định",
  "yêu cầu",
]);

/**
 * Verbs that end a name's description once it has two words or more ("Chương trình mục tiêu
 * quốc gia xây dựng NTM | gắn với …"); as a first word they may open it ("Đề án hỗ trợ …").
 */
export const NAME_LATE_STOPWORDS: ReadonlySet<string> = new Set([
  "chính là",
  "cho rằng",
  "đạt",
  "đem lại",
  "gắn",
  "giúp",
  "góp phần",
  "làm",
  "mang lại",
  "nhận định",
  "ra đời",
  "tạo ra",
]);

/** Nouns that, right after "Kind N", show the number counts something: "Kế hoạch 5 năm", "quy định 6 người". */
export const COUNTED_AFTER_NUMBER: ReadonlySet<string> = new Set([
  "bước",
  "cơ quan",
  "cấp",
  "chữ",
  "cuộc",
  "dự án",
  "điểm",
  "đơn vị",
  "giải pháp",
  "giờ",
  "ha",
  "hộ",
  "km",
  "lần",
  "lĩnh vực",
  "loại",
  "ngày",
  "người",
  "nghìn",
  "ngàn",
  "nhiệm vụ",
  "nhóm",
  "nội dung",
  "phút",
  "tháng",
  "tỉ",
  "tỷ",
  "triệu",
  "trường hợp",
  "tuần",
  "tuổi",
  "vấn đề",
  "xã",
]);

/** Verbs that open a document's subject when "về" does not: "Quyết định số … phê duyệt Quy hoạch …". */
export const SUBJECT_VERBS: readonly string[] = [
  "ban hành",
  "bổ sung",
  "công bố",
  "điều chỉnh",
  "hướng dẫn",
  "phê duyệt",
  "quy định",
  "sửa đổi",
  "thành lập",
  "thay thế",
  "thực hiện",
  "triển khai",
];

/**
 * After a comma, these open a new clause and end a subject ("về công tác ngoại giao kinh tế
 * …, công tác ngoại giao kinh tế được …").
 */
export const SUBJECT_CLAUSE_BREAKS: readonly string[] = [
  "bởi",
  "các",
  "có",
  "công tác",
  "cũng",
  "do đó",
  "dự thảo",
  "đã",
  "đang",
  "để",
  "đồng chí",
  "đồng thời",
  "được",
  "góp phần",
  "khi",
  "là",
  "ngày",
  "nhằm",
  "nhưng",
  "nếu",
  "ông",
  "qua đó",
  "sau",
  "sẽ",
  "song",
  "tạo",
  "theo đó",
  "thì",
  "tờ trình",
  "trình",
  "trong đó",
  "trước",
  "từ",
  "tuy nhiên",
  "vì vậy",
  "với",
];

/** These end a subject even without a comma ("… năm 2017 | mà theo đó cơ quan này sẽ …"). */
export const SUBJECT_HARD_BREAKS: readonly string[] = [
  "chỉ có thể",
  "chính thức có hiệu lực",
  "cho ý kiến",
  "có hiệu lực",
  "diễn ra",
  "dự kiến",
  "đã",
  "đang",
  "để",
  "đó là",
  "được",
  "đồng thời",
  "góp phần",
  "là",
  "mà",
  "nhằm",
  "nhưng",
  "sắp tới",
  "sẽ",
  "song",
  "theo đó",
  "thì",
  "trong đó",
  "tuy nhiên",
  "vẫn",
  "vừa ban hành",
  "vừa có",
  "vừa được",
];

/**
 * Nouns of documents and files: after "và" they start the next item of a list of documents
 * and end a subject ("về hàng hóa, dịch vụ … thương mại | và báo cáo tiếp thu …"); after a
 * comma "dự thảo" and "tờ trình" do (SUBJECT_CLAUSE_BREAKS).
 */
export const SUBJECT_DOC_NOUNS: readonly string[] = [
  "báo cáo",
  "bản",
  "dự thảo",
  "hồ sơ",
  "tờ trình",
  "văn bản",
];

/** Titles of people: after "và" they start a new clause ("… tổ chức tín dụng | và Chủ nhiệm Ủy ban Kinh tế báo cáo …"). */
export const SUBJECT_PERSON_TITLES: readonly string[] = [
  "Bộ trưởng",
  "Chủ nhiệm",
  "Chủ tịch",
  "Phó Chủ tịch",
  "Phó Thủ tướng",
  "Thống đốc",
  "Thứ trưởng",
  "Tổng Bí thư",
  "Trưởng ban",
];

/**
 * The first words of the state and Party bodies whose named plans and rules are documents
 * without a number ("Quy chế làm việc của Chính phủ", "Chương trình công tác của Quốc hội").
 */
export const STATE_ISSUER_HEADS: readonly string[] = [
  "Ban Bí thư",
  "Ban Chấp hành",
  "Ban Thường vụ",
  "BCH",
  "Bộ",
  "Chính phủ",
  "HĐND",
  "Hội đồng nhân dân",
  "Huyện ủy",
  "Ngân hàng Nhà nước",
  "NHNN",
  "Quốc hội",
  "Thành ủy",
  "Thủ tướng",
  "Tỉnh ủy",
  "Trung ương",
  "TW",
  "TƯ",
  "UBND",
  "UBTVQH",
  "Ủy ban nhân dân",
  "Ủy ban Thường vụ Quốc hội",
];

/** Words right before a kind word that make it a plural or counted common noun ("các Nghị định về thuế"). */
export const PLURAL_BEFORE: readonly string[] = ["ba", "bốn", "các", "hai", "mấy", "mọi", "một số", "nhiều", "những", "vài"];

/** Verbs that, within four words after a comma, show a new clause ("về công tác văn thư, | văn bản phải có số"). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(["bị", "cần", "có", "đã", "đang", "được", "không", "là", "phải", "sẽ", "vẫn", "vừa"]);

/** Words that, ending a subject before the next document reference, make that reference part of it. */
export const SUBJECT_LINKS: readonly string[] = [
  "bổ sung",
  "của",
  "hướng dẫn",
  "sửa đổi",
  "tại",
  "thay thế",
  "theo",
  "thi hành",
  "thực hiện",
  "triển khai",
];

/** Vietnamese number words after "lần thứ" ("Hội nghị lần thứ tám"). */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  "ba",
  "bảy",
  "bốn",
  "chín",
  "hai",
  "mười",
  "mốt",
  "một",
  "nhất",
  "năm",
  "sáu",
  "tám",
  "tư",
]);

/**
 * Short titles of Vietnamese codes and laws (the words after "Bộ luật"/"Luật"), matched
 * case-insensitively so that a title's extent is known ("Luật Đất đai | quy định …").
 * A capitalised title that is not listed is still read, up to the first function word.
 */
export const CODE_TITLES: readonly string[] = [
  "Dân sự",
  "Hàng hải Việt Nam",
  "Hàng hải",
  "Hình sự",
  "Lao động",
  "Tố tụng dân sự",
  "Tố tụng hình sự",
];

export const LAW_TITLES: readonly string[] = [
  "An ninh mạng",
  "An ninh quốc gia",
  "An toàn thông tin mạng",
  "An toàn thực phẩm",
  "An toàn, vệ sinh lao động",
  "Ban hành văn bản quy phạm pháp luật",
  "Báo chí",
  "Bảo hiểm tiền gửi",
  "Bảo hiểm xã hội",
  "Bảo hiểm y tế",
  "Bảo vệ bí mật nhà nước",
  "Bảo vệ dữ liệu cá nhân",
  "Bảo vệ môi trường",
  "Bảo vệ quyền lợi người tiêu dùng",
  "Bảo vệ và kiểm dịch thực vật",
  "Bảo vệ và phát triển rừng",
  "Bảo vệ, chăm sóc và giáo dục trẻ em",
  "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
  "Biên giới quốc gia",
  "Biển Việt Nam",
  "Bình đẳng giới",
  "Các tổ chức tín dụng",
  "Cán bộ, công chức",
  "Căn cước",
  "Căn cước công dân",
  "Cảnh sát biển Việt Nam",
  "Cạnh tranh",
  "Chăn nuôi",
  "Chất lượng sản phẩm, hàng hóa",
  "Chứng khoán",
  "Chuyển đổi số",
  "Chuyển giao công nghệ",
  "Cơ yếu",
  "Công an nhân dân",
  "Công chứng",
  "Công đoàn",
  "Công nghệ cao",
  "Công nghệ thông tin",
  "Công nghiệp công nghệ số",
  "Cư trú",
  "Dân quân tự vệ",
  "Dân số",
  "Dầu khí",
  "Di sản văn hóa",
  "Doanh nghiệp",
  "Du lịch",
  "Dữ liệu",
  "Dược",
  "Đa dạng sinh học",
  "Đặc xá",
  "Đất đai",
  "Đấu giá tài sản",
  "Đấu thầu",
  "Đầu tư",
  "Đầu tư công",
  "Đầu tư theo phương thức đối tác công tư",
  "Đê điều",
  "Điện ảnh",
  "Điện lực",
  "Điều ước quốc tế",
  "Địa chất và khoáng sản",
  "Đo lường",
  "Đơn vị hành chính - kinh tế đặc biệt",
  "Đường bộ",
  "Đường sắt",
  "Giá",
  "Giám định tư pháp",
  "Giao dịch điện tử",
  "Giao thông đường bộ",
  "Giao thông đường thủy nội địa",
  "Giáo dục",
  "Giáo dục đại học",
  "Giáo dục nghề nghiệp",
  "Giáo dục quốc phòng và an ninh",
  "Hải quan",
  "Hàng không dân dụng Việt Nam",
  "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
  "Hóa chất",
  "Hòa giải ở cơ sở",
  "Hôn nhân và gia đình",
  "Hộ tịch",
  "Hỗ trợ doanh nghiệp nhỏ và vừa",
  "Hợp tác xã",
  "Kế toán",
  "Khám bệnh, chữa bệnh",
  "Khiếu nại",
  "Khoa học và công nghệ",
  "Khoa học, công nghệ và đổi mới sáng tạo",
  "Khoáng sản",
  "Kiểm toán độc lập",
  "Kiểm toán nhà nước",
  "Kiến trúc",
  "Kinh doanh bảo hiểm",
  "Kinh doanh bất động sản",
  "Lâm nghiệp",
  "Lưu trữ",
  "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
  "Mặt trận Tổ quốc Việt Nam",
  "Năng lượng nguyên tử",
  "Ngân hàng Nhà nước Việt Nam",
  "Ngân sách nhà nước",
  "Nghĩa vụ quân sự",
  "Người cao tuổi",
  "Người khuyết tật",
  "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
  "Nhà ở",
  "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
  "Nuôi con nuôi",
  "Phá sản",
  "Phí và lệ phí",
  "Phòng cháy và chữa cháy",
  "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
  "Phòng thủ dân sự",
  "Phòng, chống bạo lực gia đình",
  "Phòng, chống bệnh truyền nhiễm",
  "Phòng, chống ma túy",
  "Phòng, chống mua bán người",
  "Phòng, chống rửa tiền",
  "Phòng, chống tác hại của rượu, bia",
  "Phòng, chống tác hại của thuốc lá",
  "Phòng, chống tham nhũng",
  "Phòng, chống thiên tai",
  "Phổ biến, giáo dục pháp luật",
  "Quản lý ngoại thương",
  "Quản lý nợ công",
  "Quản lý thuế",
  "Quản lý, sử dụng tài sản công",
  "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
  "Quảng cáo",
  "Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
  "Quốc phòng",
  "Quốc tịch Việt Nam",
  "Quy hoạch",
  "Quy hoạch đô thị",
  "Quy hoạch đô thị và nông thôn",
  "Sĩ quan Quân đội nhân dân Việt Nam",
  "Sở hữu trí tuệ",
  "Sử dụng năng lượng tiết kiệm và hiệu quả",
  "Tài nguyên nước",
  "Tài nguyên, môi trường biển và hải đảo",
  "Tần số vô tuyến điện",
  "Thanh niên",
  "Thanh tra",
  "Thể dục, thể thao",
  "Thi đua, khen thưởng",
  "Thi hành án dân sự",
  "Thi hành án hình sự",
  "Thống kê",
  "Thú y",
  "Thủ đô",
  "Thuế bảo vệ môi trường",
  "Thuế giá trị gia tăng",
  "Thuế tài nguyên",
  "Thuế thu nhập cá nhân",
  "Thuế thu nhập doanh nghiệp",
  "Thuế tiêu thụ đặc biệt",
  "Thuế sử dụng đất nông nghiệp",
  "Thuế sử dụng đất phi nông nghiệp",
  "Thuế xuất khẩu, thuế nhập khẩu",
  "Thủy lợi",
  "Thủy sản",
  "Thư viện",
  "Thực hành tiết kiệm, chống lãng phí",
  "Thương mại",
  "Tiếp cận thông tin",
  "Tiếp công dân",
  "Tiêu chuẩn và quy chuẩn kỹ thuật",
  "Tín ngưỡng, tôn giáo",
  "Tổ chức chính quyền địa phương",
  "Tổ chức Chính phủ",
  "Tổ chức Quốc hội",
  "Tổ chức Tòa án nhân dân",
  "Tổ chức Viện kiểm sát nhân dân",
  "Tố cáo",
  "Tố tụng hành chính",
  "Trách nhiệm bồi thường của Nhà nước",
  "Trật tự, an toàn giao thông đường bộ",
  "Trẻ em",
  "Trí tuệ nhân tạo",
  "Trọng tài thương mại",
  "Trồng trọt",
  "Trợ giúp pháp lý",
  "Trưng cầu ý dân",
  "Viễn thông",
  "Viên chức",
  "Việc làm",
  "Xây dựng",
  "Xử lý vi phạm hành chính",
  "Xuất bản",
  "Xuất cảnh, nhập cảnh của công dân Việt Nam",
];

/**
 * Abbreviated law titles as news writes them after "Luật" ("Luật BHXH sửa đổi", "Luật NSNN",
 * "Luật Thuế TTĐB"), matched case-sensitively; the value is the short title, so that "Luật
 * BHXH" and "Luật Bảo hiểm xã hội" in one article are one document. An acronym that is not
 * listed ("Đại học Luật TP.HCM", "Công ty Luật TNHH") is never a law.
 */
export const LAW_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ATGT: "An toàn giao thông",
  ATTP: "An toàn thực phẩm",
  ANM: "An ninh mạng",
  BHXH: "Bảo hiểm xã hội",
  BHYT: "Bảo hiểm y tế",
  BVMT: "Bảo vệ môi trường",
  CĐGT: "Chuyển đổi giới tính",
  DN: "Doanh nghiệp",
  ĐĐ: "Đất đai",
  ĐT: "Đầu tư",
  ĐTC: "Đầu tư công",
  GDĐH: "Giáo dục đại học",
  GTĐB: "Giao thông đường bộ",
  HTX: "Hợp tác xã",
  KBCB: "Khám bệnh, chữa bệnh",
  KDBĐS: "Kinh doanh bất động sản",
  NSNN: "Ngân sách nhà nước",
  NVQS: "Nghĩa vụ quân sự",
  PCCC: "Phòng cháy và chữa cháy",
  PCTN: "Phòng, chống tham nhũng",
  QLT: "Quản lý thuế",
  SHTT: "Sở hữu trí tuệ",
  TCTD: "Các tổ chức tín dụng",
  TDTT: "Thể dục, thể thao",
  "THA dân sự": "Thi hành án dân sự",
  THADS: "Thi hành án dân sự",
  "Thuế BVMT": "Thuế bảo vệ môi trường",
  "Thuế GTGT": "Thuế giá trị gia tăng",
  "Thuế TNCN": "Thuế thu nhập cá nhân",
  "Thuế TNDN": "Thuế thu nhập doanh nghiệp",
  "Thuế TTĐB": "Thuế tiêu thụ đặc biệt",
  "Thuế XNK": "Thuế xuất khẩu, thuế nhập khẩu",
  XLVPHC: "Xử lý vi phạm hành chính",
};
