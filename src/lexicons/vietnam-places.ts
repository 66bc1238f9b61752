// Vietnam's own places: never partners (RECORDS.md: "Việt Nam itself and Vietnamese localities
// are not partners"). Other extractors may import these read-only, e.g. to tell "HĐND tỉnh Hòa
// Bình" (Vietnamese: an organization) from "HĐND tỉnh Tuv (Mông Cổ)" (foreign: a partner).
// Each list is sorted; names are NFC with new-style tone marks ("Hòa", "Thủy").

/** How the text names Vietnam itself. */
export const VIETNAM_NAMES: readonly string[] = [
  "CHXHCN Việt Nam",
  "Cộng hòa Xã hội Chủ nghĩa Việt Nam",
  "nước ta",
  "Việt Nam",
  "Vietnam",
  "VN",
];

/** The 63 provinces and centrally-governed cities (before the 2025 merger; the 34 after it keep these names). */
export const VIETNAM_PROVINCES: readonly string[] = [
  "An Giang",
  "Bà Rịa - Vũng Tàu",
  "Bạc Liêu",
  "Bắc Giang",
  "Bắc Kạn",
  "Bắc Ninh",
  "Bến Tre",
  "Bình Dương",
  "Bình Định",
  "Bình Phước",
  "Bình Thuận",
  "Cà Mau",
  "Cao Bằng",
  "Cần Thơ",
  "Đà Nẵng",
  "Đắk Lắk",
  "Đắk Nông",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Giang",
  "Hà Nam",
  "Hà Nội",
  "Hà Tĩnh",
  "Hải Dương",
  "Hải Phòng",
  "Hậu Giang",
  "Hòa Bình",
  "Hồ Chí Minh",
  "Huế",
  "Hưng Yên",
  "Khánh Hòa",
  "Kiên Giang",
  "Kon Tum",
  "Lai Châu",
  "Lạng Sơn",
  "Lào Cai",
  "Lâm Đồng",
  "Long An",
  "Nam Định",
  "Nghệ An",
  "Ninh Bình",
  "Ninh Thuận",
  "Phú Thọ",
  "Phú Yên",
  "Quảng Bình",
  "Quảng Nam",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sóc Trăng",
  "Sơn La",
  "Tây Ninh",
  "Thái Bình",
  "Thái Nguyên",
  "Thanh Hóa",
  "Thừa Thiên Huế",
  "Tiền Giang",
  "Trà Vinh",
  "Tuyên Quang",
  "Vĩnh Long",
  "Vĩnh Phúc",
  "Yên Bái",
];

/** Other spellings of the provinces. */
export const VIETNAM_PROVINCE_ALIASES: readonly string[] = [
  "Bà Rịa-Vũng Tàu",
  "BR-VT",
  "Đăk Lăk",
  "Đắc Lắc",
  "Đắk Lắc",
  "Daklak",
  "Đăk Nông",
  "HCM",
  "Kontum",
  "Sài Gòn",
  "Thành phố Hồ Chí Minh",
  "Thừa Thiên - Huế",
  "TP Hồ Chí Minh",
  "TP HCM",
  "TP.HCM",
  "TPHCM",
];

/** Provincial cities, towns and well-known districts and islands. */
export const VIETNAM_CITIES: readonly string[] = [
  "An Khê",
  "An Nhơn",
  "Ayun Pa",
  "Ba Đồn",
  "Bà Rịa",
  "Bảo Lộc",
  "Bến Cát",
  "Biên Hòa",
  "Bỉm Sơn",
  "Buôn Hồ",
  "Buôn Ma Thuột",
  "Cam Ranh",
  "Cao Lãnh",
  "Cát Bà",
  "Cẩm Phả",
  "Châu Đốc",
  "Chí Linh",
  "Côn Đảo",
  "Cửa Lò",
  "Dĩ An",
  "Điện Biên Phủ",
  "Đà Lạt",
  "Đông Hà",
  "Đông Triều",
  "Đồng Hới",
  "Đồng Xoài",
  "Gia Nghĩa",
  "Gò Công",
  "Hạ Long",
  "Hà Tiên",
  "Hoàng Sa",
  "Hội An",
  "Hồng Ngự",
  "Kỳ Anh",
  "La Gi",
  "Long Khánh",
  "Long Xuyên",
  "Lý Sơn",
  "Móng Cái",
  "Mỹ Tho",
  "Nha Trang",
  "Phan Rang - Tháp Chàm",
  "Phan Thiết",
  "Phủ Lý",
  "Phú Quốc",
  "Phúc Yên",
  "Pleiku",
  "Quy Nhơn",
  "Rạch Giá",
  "Sa Đéc",
  "Sa Pa",
  "Sầm Sơn",
  "Sơn Tây",
  "Sông Công",
  "Tam Điệp",
  "Tam Kỳ",
  "Tân An",
  "Thủ Dầu Một",
  "Thủ Đức",
  "Thuận An",
  "Trường Sa",
  "Tuy Hòa",
  "Uông Bí",
  "Vân Đồn",
  "Vị Thanh",
  "Việt Trì",
  "Vinh",
  "Vĩnh Yên",
  "Vũng Tàu",
];

/**
 * Districts of the Central Highlands whose names are not Vietnamese syllables (Ê Đê, Gia Rai,
 * Ba Na words): without this list a rule that reads "not a Vietnamese syllable" as "foreign"
 * would take "huyện Kbang" for a foreign place.
 */
export const VIETNAM_HIGHLAND_DISTRICTS: readonly string[] = [
  "Chư Păh",
  "Chư Prông",
  "Chư Pưh",
  "Chư Sê",
  "Cư M'gar",
  "Đak Pơ",
  "Đăk Đoa",
  "Đăk Glei",
  "Đắk Glong",
  "Ea H'leo",
  "Ea Kar",
  "Ea Súp",
  "Ia Grai",
  "Ia Pa",
  "Kbang",
  "Kon Plông",
  "Kon Rẫy",
  "Kông Chro",
  "Krông Ana",
  "Krông Bông",
  "Krông Búk",
  "Krông Năng",
  "Krông Nô",
  "Krông Pa",
  "Krông Pắc",
  "M'Đrắk",
  "Mang Yang",
];

/** Vietnam's own regions: not world regions. */
export const VIETNAM_REGIONS: readonly string[] = [
  "Bắc Bộ",
  "Bắc Trung Bộ",
  "Biển Đông",
  "Duyên hải miền Trung",
  "Đông Bắc",
  "Đông Nam Bộ",
  "Đồng bằng sông Cửu Long",
  "Đồng bằng sông Hồng",
  "miền Bắc",
  "miền Nam",
  "miền Trung",
  "Nam Bộ",
  "Nam Trung Bộ",
  "Tây Bắc",
  "Tây Nam Bộ",
  "Tây Nguyên",
  "Trung Bộ",
];

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s*[-–]\s*/g, " - ")
    .replace(/\s+/g, " ")
    .trim();

const ALL = new Set(
  [...VIETNAM_NAMES, ...VIETNAM_PROVINCES, ...VIETNAM_PROVINCE_ALIASES, ...VIETNAM_CITIES, ...VIETNAM_HIGHLAND_DISTRICTS, ...VIETNAM_REGIONS].map(fold),
);

/**
 * True for Vietnam itself and the places above, compared with case and diacritics folded
 * ("Hoà Bình" = "Hòa Bình" = "hoa binh"). Unlisted districts and communes are not known here.
 */
export function isVietnamesePlace(name: string): boolean {
  let known = seen.get(name);
  if (known === undefined) {
    known = ALL.has(fold(name));
    if (seen.size > 20_000) seen.clear();
    seen.set(name, known);
  }
  return known;
}

const seen = new Map<string, boolean>();
