// Word lists for figures (and targets): currencies, measures, qualifiers, and the words that
// tell a counted noun from a date, a duration, a label or a function word. Data only; the
// rules that use them are in ./quantity.ts. Vietnamese is written in NFC, lower case unless
// the case matters (codes, symbols).
import type { FactFields } from "../../schema/records.js";

export type Qualifier = NonNullable<FactFields<"figure">["qualifier"]>;

/** Currency names as written after a number → ISO 4217 code. Longest first at lookup. */
export const CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ["USD", "USD"],
  ["US$", "USD"],
  ["$", "USD"],
  ["đô la Mỹ", "USD"],
  ["đô-la Mỹ", "USD"],
  ["đôla Mỹ", "USD"],
  ["Đô la Mỹ", "USD"],
  ["đô la", "USD"],
  ["đô-la", "USD"],
  ["đôla", "USD"],
  ["đô", "USD"], // colloquial; see CURRENCY_NOT_BEFORE
  ["đô la Singapore", "SGD"],
  ["SGD", "SGD"],
  ["đô la Úc", "AUD"],
  ["đô la Australia", "AUD"],
  ["AUD", "AUD"],
  ["đô la Canada", "CAD"],
  ["CAD", "CAD"],
  ["đô la Hồng Kông", "HKD"],
  ["HKD", "HKD"],
  ["đô la Đài Loan", "TWD"],
  ["Đài tệ", "TWD"],
  ["TWD", "TWD"],
  ["đô la New Zealand", "NZD"],
  ["NZD", "NZD"],
  ["đồng", "VND"], // see CURRENCY_NOT_BEFORE
  ["đ", "VND"],
  ["VNĐ", "VND"],
  ["VND", "VND"],
  ["vnđ", "VND"],
  ["vnd", "VND"],
  ["euro", "EUR"],
  ["Euro", "EUR"],
  ["EUR", "EUR"],
  ["€", "EUR"],
  ["yên Nhật", "JPY"],
  ["yen", "JPY"],
  ["yên", "JPY"],
  ["JPY", "JPY"],
  ["nhân dân tệ", "CNY"],
  ["Nhân dân tệ", "CNY"],
  ["NDT", "CNY"],
  ["NDT", "CNY"],
  ["CNY", "CNY"],
  ["RMB", "CNY"],
  ["tệ", "CNY"],
  ["won Hàn Quốc", "KRW"],
  ["won", "KRW"],
  ["KRW", "KRW"],
  ["bảng Anh", "GBP"],
  ["GBP", "GBP"],
  ["£", "GBP"],
  ["bảng", "GBP"], // only after a scaled number ("30 triệu bảng"): "3 bảng" are tables
  ["rúp", "RUB"],
  ["ruble", "RUB"],
  ["RUB", "RUB"],
  ["rupee", "INR"],
  ["rupi", "INR"],
  ["INR", "INR"],
  ["rupiah", "IDR"],
  ["IDR", "IDR"],
  ["baht", "THB"],
  ["bạt", "THB"],
  ["THB", "THB"],
  ["ringgit", "MYR"],
  ["MYR", "MYR"],
  ["peso Philippines", "PHP"],
  ["kíp", "LAK"],
  ["LAK", "LAK"],
  ["riel", "KHR"],
  ["KHR", "KHR"],
  ["franc Thụy Sĩ", "CHF"],
  ["CHF", "CHF"],
  ["real", "BRL"],
  ["lira", "TRY"],
];

/** Currency symbols written before the number ("$1,5 tỷ", "€20 triệu"). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₫": "VND" };

/** Currency words that need a scaled number before them ("30 triệu bảng", "5 triệu đô"). */
export const CURRENCY_NEEDS_SCALE: ReadonlySet<string> = new Set(["bảng", "đô", "real", "lira", "tệ"]);

/** Currency words that start another word: "3 đồng chí" are comrades, "2 đô thị" are towns. */
export const CURRENCY_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  đồng: ["chí", "bào", "hương", "nghiệp", "minh", "bằng", "ruộng", "hồ", "thời", "đội", "phục", "tác", "sở", "chủ", "lòng", "ý", "tình", "môn", "cỏ", "loạt", "bộ", "hành", "khởi", "thuận", "ca", "dạng", "nhất", "tâm", "xu", "niên", "phạm", "lúa", "muối", "trinh", "hoang", "quê", "đẳng", "vị"],
  đô: ["thị", "thành", "vật", "đốc", "hội", "tùy", "hộ", "sát"],
  won: [],
  yên: ["tâm", "ổn", "bình", "lặng", "bái", "xe", "ngựa", "vui", "ả", "nghỉ"],
  tệ: ["hại", "nạn", "bạc"],
  bảng: ["xếp", "đấu", "tin", "điện", "giá", "lương"],
};

/** Measure units, as written. Longest first at lookup; matched case-sensitively. */
export const MEASURES: readonly string[] = [
  "tấn",
  "tạ",
  "kg",
  "gam",
  "gram",
  "ha",
  "héc-ta",
  "hécta",
  "hecta",
  "hec-ta",
  "km²",
  "km2",
  "km/h",
  "km",
  "m²",
  "m2",
  "m³",
  "m3",
  "m",
  "cm",
  "mm",
  "mét vuông",
  "mét khối",
  "mét",
  "cây số",
  "dặm",
  "hải lý",
  "lít",
  "ml",
  "MW",
  "kW",
  "GW",
  "MWh",
  "kWh",
  "GWh",
  "TWh",
  "kV",
  "TEU",
  "DWT",
  "°C",
  "độ C",
  "inch",
  "MHz",
  "GHz",
  "sào",
  "tấc",
  "thước",
  "feet",
  "foot",
  "barrel",
  "cc",
  "Nm",
  "GB",
  "MB",
  "TB",
  "mAh",
  "Mbps",
  "Gbps",
  "mã lực",
  "vòng/phút",
  "MWp",
  "kWp",
  "m3/ngày đêm",
  "m3/ngày",
  "m3/s",
];

/** "%" and its spellings → percent. "điểm phần trăm" (percentage points) keeps its words. */
export const PERCENT_WORDS: readonly string[] = ["%", "phần trăm"];
export const PERCENT_POINT_WORDS: readonly string[] = ["điểm phần trăm", "điểm %"];

/** Qualifiers written before a number, longest first at lookup. */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ["gần như", "nearly"],
  ["gần", "nearly"],
  ["ngót", "nearly"],
  ["ngót nghét", "nearly"],
  ["suýt soát", "nearly"],
  ["khoảng gần", "about"],
  ["hơn", "over"],
  ["trên", "over"],
  ["vượt", "over"],
  ["vượt quá", "over"],
  ["vượt mức", "over"],
  ["nhiều hơn", "over"],
  ["khoảng", "about"],
  ["khoảng chừng", "about"],
  ["chừng", "about"],
  ["xấp xỉ", "about"],
  ["ước", "about"],
  ["ước tính", "about"],
  ["ước đạt", "about"],
  ["ước khoảng", "about"],
  ["dự kiến khoảng", "about"],
  ["dưới", "under"],
  ["chưa đến", "under"],
  ["chưa tới", "under"],
  ["chưa đầy", "under"],
  ["không đến", "under"],
  ["không tới", "under"],
  ["không đầy", "under"],
  ["ít nhất", "at_least"],
  ["ít nhất là", "at_least"],
  ["tối thiểu", "at_least"],
  ["tối thiểu là", "at_least"],
  ["không dưới", "at_least"],
  ["không ít hơn", "at_least"],
  ["tối đa", "at_most"],
  ["tối đa là", "at_most"],
  ["nhiều nhất", "at_most"],
  ["không quá", "at_most"],
  ["không vượt quá", "at_most"],
  ["không vượt", "at_most"],
  ["không cao hơn", "at_most"],
];

/** Qualifiers written after the unit. */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [string, Qualifier]> = [
  ["trở lên", "at_least"],
  ["trở xuống", "at_most"],
];

/**
 * Words right before a number that make it a label, an ordinal, a date part or a name
 * ("Điều 15", "khoản 2", "lần thứ 32", "năm 2030", "Trung ương 8", "Quốc lộ 1A").
 * Lower case; one or two words.
 */
export const LABELS_BEFORE: ReadonlySet<string> = new Set([
  "thứ", "lần thứ", "số", "số hiệu", "mã", "mã số", "biển số", "hiệu", "năm", "niên", "tháng", "ngày", "mùng", "mồng", "quý", "tuần", "thế kỷ",
  "lúc", "hồi", "giờ", "khóa", "đợt", "giai đoạn", "vòng", "lần", "phiên", "kỳ", "kì", "mùa", "hạng", "bậc", "top", "lớp", "phòng",
  "tầng", "lô", "căn", "căn hộ", "nhà", "ngã", "m" /* "đồng/m 2 nhà ở": m² split */, "phố", "đường", "ngõ", "ngách", "hẻm", "kiệt", "quốc lộ", "tỉnh lộ", "hương lộ", "đường tỉnh", "cao tốc", "tuyến", "km",
  "phường", "quận", "tổ", "ấp", "thôn", "xóm", "khu", "khu phố", "bản", "buôn", "điều", "khoản", "điểm", "mục", "chương", "phần", "phụ lục", "tập", "trang",
  "bài", "câu", "mẫu", "model", "phiên bản", "version", "series", "gen", "chuyến bay", "chuyến", "ghế", "áo số", "bảng", "nhóm", "đội", "sư đoàn", "trung đoàn",
  "lữ đoàn", "quân đoàn", "quân khu", "binh đoàn", "vùng", "khu vực", "trung ương", "hội nghị", "đại hội", "kỳ họp", "nghị quyết", "chỉ thị", "quyết định", "nghị định",
  "thông tư", "luật", "kết luận", "công văn", "công điện", "thông báo", "tờ trình", "báo cáo", "ngoại giao", "khóa học", "lứa", "cỡ", "size", "bảo tàng", "tỷ số",
  "tỉ số", "cúp", "giải", "đường số", "cổng", "ga", "bến", "trạm", "lò", "tổ máy", "ô", "lộ", "vài", "mấy", "dăm", "mươi", "tầm", "thập niên",
  "cuối", "đầu", "giữa", "từ năm", "đến năm", "tới năm", "vào năm", "hết năm", "đt", "sđt", "hotline", "fax", "tel", "điện thoại", "di động", "số điện thoại",
  "liên hệ", "zalo", "tài khoản", "stk", "chứng minh", "cmnd", "cccd", "hộ chiếu", "mật khẩu", "pin", "iphone", "galaxy", "note", "windows", "ios", "android",
  "phiên họp", "hội thảo", "diễn đàn", "festival", "fanpage", "web", "covid", "bệnh viện", "viện", "công ty", "tổng công ty", "xí nghiệp",
  "bệnh xá", "trường", "kho", "cảng", "đơn vị", "tập đoàn", "binh chủng", "hải đoàn", "vùng hải quân", "tàu", "chiến hạm", "máy bay", "tên lửa", "thời kỳ", "cơ sở", "nhà máy", "tổ dân phố", "căn cứ", "kênh", "chi nhánh",
]);

/** Words before a label noun that make it distributive, not a label: "mỗi tổ 400 MW", "từng phòng 2 người". */
export const DISTRIBUTIVE_BEFORE_LABEL: ReadonlySet<string> = new Set(["mỗi", "từng", "mỗi một"]);

/** Labels that make any number a label or a date part, even one with a unit ("số 1", "năm 2000", "ngày 15"). */
export const STRONG_LABELS: ReadonlySet<string> = new Set([
  "thứ", "lần thứ", "số", "số hiệu", "mã", "mã số", "biển số", "năm", "niên", "tháng", "ngày", "mùng", "mồng", "quý", "tuần", "thế kỷ", "lúc", "hồi",
  "giờ", "khóa", "điều", "khoản", "mục", "chương", "phụ lục", "trang", "đt", "sđt", "hotline", "fax", "tel", "điện thoại", "di động", "số điện thoại",
  "liên hệ", "zalo", "tài khoản", "stk", "chứng minh", "cmnd", "cccd", "hộ chiếu", "mật khẩu", "tỷ số", "tỉ số", "từ năm", "đến năm", "tới năm",
  "vào năm", "hết năm", "cuối", "đầu", "giữa", "thập niên", "trung ương", "hội nghị", "đại hội", "kỳ họp", "nghị quyết", "chỉ thị", "quyết định",
  "nghị định", "thông tư", "luật", "kết luận", "công văn", "công điện", "thông báo", "tờ trình", "quốc lộ", "tỉnh lộ", "hương lộ", "đường tỉnh",
  "phiên bản", "version", "model", "iphone", "galaxy", "note", "windows", "ios", "android", "covid", "lần", "đợt", "vòng", "phiên", "kỳ", "kì",
  "hạng", "top", "lớp", "phòng", "tầng", "phường", "quận", "tổ", "ấp", "thôn", "xóm", "khu phố", "mùa", "giai đoạn", "vài", "mấy", "dăm", "mươi",
]);

/** Label words that are fine when the word before them makes them a total ("tổng số 100"). */
export const LABEL_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  số: ["tổng", "con", "với", "có", "trong"], // "trong số 98 quốc gia"
  đầu: ["ban"], // "khoản hỗ trợ ban đầu 2 triệu USD"
  năm: ["hàng", "mỗi", "mỗi một", "mọi"],
  phần: ["cổ", "thành", "bộ"],
};

/**
 * First words after a number that are not counted things: time and duration, ages, scores,
 * repetitions, parts, and function words.
 */
export const NON_COUNT_HEADS: ReadonlySet<string> = new Set([
  "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tiếng", "buổi", "đêm", "hôm", "sáng", "chiều", "tối", "trưa", "thập kỷ", "thập niên", "thế kỷ",
  "quý", "kỳ", "kì", "nhiệm kỳ", "khóa", "mùa", "tuổi", "lần", "điểm", "bàn", "hiệp", "set", "ván", "vòng", "số", "chữ số", "phần", "nửa", "bên", "phía",
  "chiều", "mặt", "miền", "phương", "mùa", "cùng", "thứ", "độ", "h", "x", "giờ", "năm học", "niên", "năm tuổi", "trên", "dưới", "lượt trận", "tháng tuổi",
  "ngày đêm", "nốt", "sao", "giải", "hạng", "độ tuổi", "số tuổi", "bậc", "tầng", "chấm", "phẩy", "lớp", "cỡ", "thì", "trong", "ngoài",
  "dài", "rộng", "cao", "nặng", "sâu", "dày", "mới", "cũ", "lớn", "nhỏ", "to", "tốt", "nhất", "kiểu", "loại hình", "vài", "mấy",
  "chút", "ít", "số ít",
]);

/** Two-word heads that stay counts though their first word is listed above ("3 điểm cầu"). */
export const COUNT_HEAD_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  điểm: ["cầu", "đến", "du lịch", "nóng", "sáng", "nghẽn", "bán", "giao dịch", "trường", "tiêm", "thi", "dân cư", "di tích", "đỗ", "cháy"],
  lớp: ["học", "tập huấn", "bồi dưỡng", "đào tạo"],
  tầng: ["hầm", "lớp"],
  mặt: ["hàng", "bằng"],
  phòng: ["học", "khám", "bệnh"],
  phần: ["mềm", "tử", "mộ", "việc", "quà", "thưởng"],
  ngày: ["công"],
  giải: ["pháp", "thưởng"],
  bậc: ["thang"],
  buổi: ["học", "làm việc", "tập huấn", "hội thảo", "biểu diễn", "gặp", "tiếp"],
  vòng: ["đàm phán"],
  kỳ: ["thi", "họp", "hội chợ", "lễ hội", "đại hội", "bầu cử"],
  hiệp: ["định", "hội", "ước"],
};

/**
 * Words that end a counted noun phrase: prepositions, conjunctions, auxiliaries and common
 * verbs ("16 FTA đã ký", "45 văn kiện với Hàn Quốc", "36 hoạt động … từ năm 2024").
 * Checked from the second word on.
 */
export const UNIT_STOP_WORDS: ReadonlySet<string> = new Set([
  "của", "tại", "với", "từ", "trong", "đã", "được", "về", "cho", "và", "ở", "là", "có", "đang", "sẽ", "bị", "vừa", "thì", "mà", "nhưng", "hoặc",
  "hay", "như", "cũng", "đều", "để", "do", "bởi", "vì", "nên", "theo", "trên", "dưới", "giữa", "sau", "trước", "khi", "nếu", "đến", "tới", "vào",
  "ra", "lên", "xuống", "qua", "so", "này", "đó", "kia", "ấy", "nay", "nào", "các", "những", "mỗi", "nữa", "rồi", "chỉ", "gồm", "bao gồm", "thuộc",
  "nhằm", "tham dự", "dự", "ký", "đạt", "tăng", "giảm", "cần", "phải", "không", "chưa", "còn", "vẫn", "đi", "làm", "tham gia", "đối với", "bằng",
  "thực hiện", "triển khai", "thông qua", "trực tiếp", "hiện nay", "hiện có", "tương đương", "tương ứng", "chiếm", "gây", "khiến", "giúp", "tạo",
  "đưa", "mang", "lại", "ngay", "cùng", "kể", "tính", "trị giá", "nhờ", "hơn", "kém", "tổng cộng", "riêng", "hầu", "luôn", "sắp", "lần", "năm",
  "tháng", "ngày", "sáng", "chiều", "tối", "hôm", "với tổng", "nhận", "đạt được", "thay", "đồng thời", "rất", "khá", "quá", "khoảng", "gần", "ước",
  "nhiều", "ít", "thêm", "bớt", "trở", "khác", "hết", "toàn", "tất", "cả", "lượt", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đứng", "nằm", "xếp", "thu",
  "chi", "bán", "mua", "xuất", "nhập", "sản xuất", "ghi nhận", "tiếp tục", "nhưng", "song", "dù", "mặc dù", "tuy", "ngoài ra", "hiện", "trực thuộc",
  "đến nay", "hiện đang", "liên quan", "được ký", "ký kết", "chịu", "đóng", "góp", "phục vụ", "gửi", "đón", "tiếp nhận", "diễn ra", "bắt đầu",
  "x", "lẫn", "trang bị", "bên trong", "bên ngoài", "bên cạnh", "hoạt động", "chúng", "tôi", "họ", "mình", "nó", "gắn", "nhé", "ạ", "nêu", "sinh sống", "học tập", "cư trú",
  "dẫn đầu", "đứng đầu",
]);

/** Heads that are nouns though the same words end a phrase further on ("36 hoạt động đối ngoại"). */
export const HEAD_NOUNS: ReadonlySet<string> = new Set(["hoạt động", "dự", "tham tán", "thu", "chi", "đầu", "lượt"]);

/** Stop words that do not stop inside these compounds (previous word → this word). */
export const UNIT_COMPOUNDS: ReadonlySet<string> = new Set([
  "thư ký", "nhà đầu", "dự án", "cơ sở", "doanh nghiệp", "đối tác", "đối ngoại", "tham tán", "chính phủ", "chính quyền", "chính sách", "chính trị",
  "đại sứ", "tổng lãnh", "lượt khách", "nhân dân", "bộ chính", "chủ chốt", "truyền thống", "toàn diện", "chiến lược", "trọng tâm", "trọng điểm",
  "văn kiện", "cao tốc", "thông tin", "thông minh", "thực phẩm", "thực tập", "hiện đại", "hiện hành", "trực thuộc", "trực tuyến", "tổng công",
  "kinh tế", "ngoại giao", "đầu tư", "đầu mối", "giá trị", "vốn hóa", "mới nổi", "chi nhánh", "chi bộ", "chi cục", "chi hội", "chi đoàn",
  "chi phí", "thu nhập", "việc làm", "song phương", "song song", "xuất khẩu", "nhập khẩu", "sản xuất", "bán lẻ", "bán hàng", "mua sắm",
]);

/** Phrases that continue a counted noun though they start with a stop word. */
export const UNIT_CONTINUATIONS: readonly string[] = ["và vùng lãnh thổ", "và khu vực", "ở nước ngoài", "tại nước ngoài", "ở trong nước", "trong nước", "ngoài nước", "trên thế giới", "trên cả nước", "trong và ngoài nước"];

/** Nouns that make "2"/"hai" mean "both" after words like "của", "giữa", "cả". */
export const BOTH_NOUNS: ReadonlySet<string> = new Set([
  "nước", "bên", "phía", "quốc gia", "đảng", "dân tộc", "nền kinh tế", "nhà nước", "chính phủ", "lãnh đạo", "nhà lãnh đạo", "thủ tướng", "chủ tịch",
  "bộ trưởng", "ngoại trưởng", "tổng thống", "nguyên thủ", "đoàn", "bộ", "ngành", "tỉnh", "thành phố", "địa phương", "cơ quan", "doanh nghiệp", "tập đoàn",
  "công ty", "đơn vị", "trường", "đội", "người", "quân đội", "thủ đô", "hãng", "ông", "bà", "vị", "chiều", "miền", "viện", "quốc hội", "bộ quốc phòng",
  "nhà lãnh đạo", "nhà nước", "nhà đồng cấp", // ("2 nhà khoa học", "2 nhà máy" are counts)
]);

/** Words before "2 nước" / "hai nước" that make it a count ("tại 2 nước", "gồm hai bộ") rather than "both". */
export const COUNT_CONTEXT: ReadonlySet<string> = new Set([
  "tại", "ở", "thăm", "tới", "đến", "sang", "gồm", "bao gồm", "có", "với", "từ", "qua", "thêm", "ký", "ký kết", "lập", "thành lập", "xây dựng",
  "tổ chức", "triển khai", "thực hiện", "bố trí", "huy động", "cử", "mở", "hỗ trợ", "đón", "tiếp nhận", "phân bổ", "kết nối", "chọn", "lựa chọn", "còn",
  "chỉ có", "chỉ", "mới có", "trong số", "trong", "lên", "thêm", "khoảng", "gần", "hơn", "trên", "dưới", "ít nhất", "tối đa", "chừng",
]);

/** Words before a number in words that make "hai X" "the two X" (after a noun or "of"). */
export const BOTH_BEFORE: ReadonlySet<string> = new Set([
  "giữa", "của", "cả", "do", "quan hệ", "hợp tác", "nhân dân", "lãnh đạo", "đại diện", "và", "hai", "các", "những", "mà", "là", "tình hữu nghị", "thương mại",
  "đầu tư", "ngoại trưởng", "thủ tướng", "chủ tịch", "bộ trưởng", "nguyên thủ", "doanh nghiệp", "người dân", "quân đội", "biên giới", "hữu nghị", "đoàn kết",
]);

/** Word-written numbers in set phrases that are not counts: "ba bên", "bốn phương", "hai chiều". */
export const WORD_NUMBER_IDIOM_HEADS: ReadonlySet<string> = new Set([
  "bên", "phía", "chiều", "mặt", "miền", "phương", "mùa", "cùng", "tốt", "không", "có", "giỏi", "sạch", "an", "xanh", "ổn", "nhà", "lòng", "sáu", "hồn",
  "chìm", "bảy", "thứ", "con", "chân", "tay", "đầu", "mắt", "họ", "người", "anh", "chị", "em", "ông", "bà", "cô", "chú", "vợ", "chồng", "cha", "mẹ", "bố",
  "muồi", "chắn", "rưỡi", "lần", "gác", "đứa", "bạn", "cậu", "cô", "nàng", "chàng", "vị", "kẻ", "lão", "ngả", "lối",
]);

/** Idiom heads of a number in words that are counted nouns with a noun after them: "hai nhà" (two homes) but "hai nhà khoa học". */
export const IDIOM_HEADS_COUNTED_WITH_NOUN: ReadonlySet<string> = new Set(["nhà"]);

/**
 * A sum in "tỷ" with no unit after it is money in the sentence's currency, else in đồng: "chi
 * ngân sách … chỉ khoảng 15-16 ngàn tỉ.", "trả lãi thiếu gần 10 tỷ cho khách hàng". The words
 * that may follow it (besides punctuation and the end of the sentence).
 */
export const IMPLIED_MONEY_SCALES: ReadonlySet<string> = new Set(["tỷ", "tỉ"]);
export const IMPLIED_MONEY_AFTER: ReadonlySet<string> = new Set([
  "cho", "so", "và", "hoặc", "thì", "là", "trong", "từ", "để", "vào", "mà", "nhưng", "tăng", "giảm", "của", "với", "khi", "nên", "do", "còn",
  "đến", "tới", "xuống", "lên", "trở", "mỗi", "một", "nữa", "rồi", "thôi", "đã", "sẽ", "đang", "chứ", "ạ", "nhé",
]);
/** What makes such a sum a count of people or things: "dân số Ấn Độ 1,4 tỷ" (in its clause), "1,2 tỷ người" (right before). */
export const IMPLIED_MONEY_VETO_CLAUSE = /(?<![\p{L}\p{M}])(?:dân số|người dùng|thuê bao|lượt xem|lượt truy cập|năm ánh sáng|tế bào|vi khuẩn)(?![\p{L}\p{M}])/iu;
export const IMPLIED_MONEY_VETO_BEFORE = /(?<![\p{L}\p{M}])(?:dân|người|cư dân)\s*(?:(?:khoảng|gần|hơn|trên|chừng|xấp xỉ|là|lên|tới|đạt|đến)\s*)*$/iu;

/**
 * "X với Y" is one figure with a counterpart only when Y counts partners ("16 FTA với 60 đối
 * tác", "17 FTA với hơn 60 nền kinh tế"): the parties to the X. Otherwise "50 doanh nghiệp với
 * khoảng 6.000 kỹ sư", "11.000 điểm cầu với hơn 900.000 cán bộ" are two figures.
 * First words of Y's unit.
 */
export const COUNTERPART_NOUNS: readonly string[] = [
  "đối tác", "nước", "quốc gia", "nền kinh tế", "thị trường", "vùng lãnh thổ", "lãnh thổ", "địa phương", "tổ chức quốc tế", "khu vực", "đối tác thương mại",
];

/** Percent followed by these is a product grade, not a quantity: "gạo 5% tấm". */
export const PERCENT_GRADE_AFTER: readonly string[] = ["tấm"];

/** "gấp ba lần", "gấp khoảng 275 lần": a ratio, kind measure, unit "lần". The word before the number (or its qualifier). */
export const RATIO_BEFORE: ReadonlySet<string> = new Set(["gấp"]);
export const RATIO_UNIT = "lần";

/** Territories written like countries in lists ("Đài Loan 58.598 lao động"), beside ../../lexicons countries and regions. */
export const TERRITORY_NAMES: readonly string[] = ["Đài Loan", "Hồng Kông", "Hong Kong", "Ma Cao", "Macao", "Ma-cao"];

/** Labels that open a ranking group when a rank word follows the counted noun ("nhóm 3 nước dẫn đầu", "top 10 ngân hàng lớn nhất"). */
export const RANK_LABELS: ReadonlySet<string> = new Set(["nhóm", "top", "tốp"]);
/** Rank words after the counted noun of a ranking group. */
export const RANK_AFTER: readonly string[] = ["dẫn đầu", "đứng đầu", "hàng đầu", "lớn nhất", "cao nhất", "tốt nhất", "mạnh nhất", "phát triển nhất", "nhiều nhất"];

/**
 * What a rate is per, written after a slash: a measure or a count keeps the whole rate as its
 * unit ("600.000 tấn/năm", "700 khách/năm", "6 tấn/ha", "100 km/giờ", "20 lượt/ngày",
 * "45 kg/người/năm"). Money keeps its ISO code ("300.000 đồng/khách" is VND). Time, area and
 * measure units, and the people or things a quantity is shared among; never nouns that a
 * slash only offers as a choice beside another of their kind ("150 xã/phường", "63 tỉnh/thành").
 */
export const RATE_DENOMINATORS: readonly string[] = [
  // time
  "năm", "tháng", "quý", "tuần", "ngày", "ngày đêm", "đêm", "giờ", "h", "phút", "giây", "vụ", "mùa", "mùa vụ", "ca", "kỳ", "buổi",
  // area and measures
  "ha", "héc-ta", "hécta", "hecta", "sào", "mẫu", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "kg", "tấn", "tạ", "lít", "lit", "gam",
  "kWh", "MW", "chuyến bay",
  // what a quantity is shared among
  "người", "đầu người", "hộ", "hộ gia đình", "khách", "lượt", "lượt khách", "chuyến", "lần", "trận", "con", "cây", "lớp", "học sinh",
  "bệnh nhân", "giường", "giường bệnh", "suất", "dân",
];

/**
 * Places written in capitals that may stand before a count ("TP.HCM 200 doanh nghiệp"):
 * unlike other acronyms ("TPP 11", "SOM 2", "MRT 23"), the number after them is no part of a name.
 * (Country codes such as "UAE" come from ../../lexicons/countries.ts.)
 */
export const ACRONYM_PLACES: readonly string[] = ["HCM", "TPHCM", "HN", "ĐBSCL", "ĐNB", "EU"];

/**
 * Counted nouns that stay counts after an acronym: the places, members or cases of what it
 * names ("UBND 6 xã", "Hội ND 14 tỉnh", "TPP 11 nước", "RCEP 15 thành viên", "không có GPLX
 * 21.291 trường hợp"), unlike names and editions ("TPP 11 khẳng định", "SOM 2 APEC", "SUV 7 chỗ").
 * First word or first two words of the unit.
 */
export const ACRONYM_COUNT_HEADS: ReadonlySet<string> = new Set([
  "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "ấp", "thôn", "bản", "địa phương",
  "nước", "quốc gia", "nền kinh tế", "thành viên", "trường hợp",
]);
