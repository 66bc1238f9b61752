// Words that introduce a person's name in Vietnamese news, one list per role, NFC with
// new-style tone marks, written as newspapers capitalise them. Matched case-insensitively
// ("phó chủ tịch UBND TP" as some outlets write it), each as a whole word sequence.
// A user's config adds offices (`titles:`).

/**
 * Offices (chức vụ) that stand before a name ("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn") or after
 * it as an appositive ("…, Phó Bí thư Tỉnh ủy"). Each may take "Phó " before it (Phó Thủ tướng,
 * Phó Chủ tịch) and "nguyên", "cựu", "quyền", "tân", "cố" (former, acting, new, late).
 * The body or place after an office ("Chủ tịch UBND tỉnh Quảng Ninh") is read by the extractor.
 */
export const OFFICES: readonly string[] = [
  "Bí thư", "Bí thư thứ nhất", "Bộ trưởng", "CEO", "Chánh án", "Chánh Thanh tra", "Chánh Văn phòng",
  "Chỉ huy trưởng", "Chính ủy", "Chủ nhiệm", "Chủ tịch", "Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị",
  "Chủ tịch Hội đồng thành viên", "Chủ tịch HĐTV", "Chủ tịch nước", "Chủ tịch kiêm Tổng Giám đốc",
  "Cục trưởng", "Đại biện", "Đại biểu Quốc hội", "Đại diện thương mại", "Đại sứ",
  "Đại sứ đặc mệnh toàn quyền", "Đặc phái viên",
  "Đồng sáng lập", "Giám đốc", "Giám đốc điều hành", "Giám đốc quốc gia", "GĐ", "Hiệu trưởng",
  "Kế toán trưởng", "Lãnh sự", "Người phát ngôn", "Nhà sáng lập", "Người sáng lập", "Phát ngôn viên",
  "Tham mưu trưởng", "Tham tán", "Tham tán Công sứ",
  "Tham tán thương mại", "Thống đốc", "Thủ tướng", "Thứ trưởng", "Thường trực Ban Bí thư", "Thư ký",
  "Tổng Bí thư", "Tổng Biên tập", "Tổng cục trưởng", "Tổng Giám đốc", "TGĐ", "Tổng Kiểm toán", "Tổng Kiểm toán Nhà nước",
  "Tổng Lãnh sự", "Tổng Tham mưu trưởng", "Tổng Thanh tra", "Tổng Thư ký", "Trợ lý", "Trưởng ban",
  "Trưởng Cơ quan đại diện", "Trưởng đại diện", "Trưởng đoàn", "Trưởng phái đoàn", "Trưởng phòng",
  "Trưởng Công an", "Tư lệnh", "Tùy viên", "Ủy viên", "Ủy viên Bộ Chính trị", "Ủy viên dự khuyết",
  "Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Ban Thường vụ",
  "Viện trưởng", "Vụ trưởng",
];

/** Offices held only abroad: a name after one of them may be a foreign name ("Tổng thống Yoon Suk Yeol"). */
export const FOREIGN_OFFICES: readonly string[] = [
  "Cao ủy", "Công chúa", "Giáo hoàng", "Hạ nghị sĩ", "Hoàng thái tử", "Hoàng tử", "Nghị sĩ", "Ngoại trưởng",
  "Nhà vua", "Nữ hoàng", "Quốc vương", "Thái tử", "Thẩm phán liên bang", "Thị trưởng", "Thống đốc bang", "Thủ hiến",
  "Thượng nghị sĩ", "Tiểu vương", "Tỉnh trưởng", "Tổng chưởng lý", "Tổng thống", "Tổng Thư ký Liên hợp quốc", "Vua",
];

/** Military and police ranks: a title when nothing better is stated ("Đại tướng Phan Văn Giang"). */
export const RANKS: readonly string[] = [
  "Chuẩn Đô đốc", "Đại tá", "Đại tướng", "Đại úy", "Đô đốc", "Phó Đô đốc", "Thiếu tá", "Thiếu tướng",
  "Thiếu úy", "Thượng sĩ", "Thượng tá", "Thượng tướng", "Thượng úy", "Trung sĩ", "Trung tá", "Trung tướng",
  "Trung úy",
];

/** Academic and honorary prefixes, alone or chained ("PGS.TS", "GS.TSKH", "NSND"). */
export const DEGREES: readonly string[] = [
  "BS", "BSCKI", "BSCKII", "CKI", "CKII", "GS", "KS", "LS", "NGND", "NGƯT", "NSND", "NSƯT", "PGS",
  "ThS", "Ths", "TS", "TSKH",
];

/**
 * Words that introduce a person without stating an office: honorifics, professions, roles in
 * a story. Lower case; the capitalised form at a sentence start is matched too.
 */
export const HONORIFICS: readonly string[] = [
  "anh", "á hậu", "bà", "bác", "bác sĩ", "bị can", "bị cáo", "cầu thủ", "cháu", "chị", "chú",
  "chuyên gia", "cô", "cụ", "diễn viên", "doanh nhân", "đạo diễn", "đồng chí", "giáo sư",
  "hoa hậu", "học sinh", "huấn luyện viên", "HLV", "kỹ sư", "luật sư", "Mr", "Mrs", "Ms", "Dr",
  "nạn nhân", "ngài", "nghệ nhân", "nghệ sĩ", "nghi phạm", "nhà báo", "nhà khoa học", "nhà nghiên cứu",
  "nhà sử học", "nhà thơ", "nhà văn", "nhạc sĩ", "nữ sinh", "ông", "phó giáo sư", "phóng viên",
  "sinh viên", "tác giả", "tài xế", "thầy", "thạc sĩ", "tiến sĩ", "tỷ phú", "vận động viên", "VĐV",
  "Hòa thượng", "Thượng tọa", "Đại đức", "Linh mục", "Mục sư", "Giám mục", "Hồng y", "Đức Giáo hoàng",
  "Bác",
];

/**
 * Lower-case words that may stand inside an office between its head and the name:
 * "Chủ tịch nước", "Phó Chủ tịch thường trực UBND tỉnh", "Đại sứ đặc mệnh toàn quyền Việt Nam tại …".
 */
export const OFFICE_LINK_WORDS: readonly string[] = [
  "cấp cao", "chuyên trách", "dự khuyết", "đặc biệt", "đặc mệnh", "điều hành", "huyện", "kiêm",
  "nước", "nước này", "nước chủ nhà", "nước láng giềng", "phụ trách", "phường", "quận", "thành phố", "thị trấn", "thị xã", "thường trực",
  "thường vụ", "tỉnh", "toàn quyền", "xã", "tại",
  // offices written in lower case: "bí thư tỉnh ủy", "chủ tịch ủy ban nhân dân tỉnh"
  "ủy", "ủy ban nhân dân", "hội đồng nhân dân",
];

/**
 * Second syllables of the domain words in office and body names after a capitalised first
 * syllable ("Ngoại giao", "Y tế", "Công an", "Tài chính"), so that "Bộ trưởng Ngoại giao
 * Nhật Bản" reads as one office.
 */
export const COMPOUND_TAILS: readonly string[] = [
  "an", "ban", "biên", "binh", "bộ", "cần", "chất", "chính", "công", "cục", "dân", "đảo", "đạo", "đội", "động",
  "dựng", "dục", "gia", "giao", "hành", "hóa", "học", "hội", "khí", "kiện", "lập", "lịch", "lượng",
  "lực", "lý", "mại", "ngân", "nghệ", "nghiệp", "nguyên", "nhân", "pháp", "phạm", "phòng", "quan", "quân",
  "quốc", "sách", "sát", "sản", "sinh", "sự", "tâm", "tải", "tạo", "tế", "thao", "thí", "thông",
  "thuật", "thương", "tin", "tịch", "trị", "trường", "tư", "ty", "ương", "vận", "viện", "vực", "vụ", "xã",
];
