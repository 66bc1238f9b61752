// Word lists of the date extractor: how Vietnamese news introduces, continues and rules out a
// date. Data only; the parsers and refiners turn them into patterns once, at module load.
// Everything is lower-case NFC; patterns that use them are case-insensitive.

/** Parts of the day that open a dated lead: "Chiều 18/7", "Sáng 5-3", "Rạng sáng 2/9". */
export const PARTS_OF_DAY = [
  "buổi chiều",
  "buổi sáng",
  "buổi tối",
  "buổi trưa",
  "chiều",
  "chiều tối",
  "đêm",
  "khuya",
  "rạng sáng",
  "sáng",
  "sáng sớm",
  "tối",
  "trưa",
  "xế chiều",
];

/** Words that say the number after them is a day of the month: "ngày 2/4", "hôm 5/6". */
export const DAY_WORDS = ["hôm", "mùng", "mồng", "ngày"];

/** Weekdays as news writes them before a date: "thứ Hai (15/1)", "thứ Năm, 12/9", "Chủ nhật 3/3". */
export const WEEKDAYS: Record<string, number> = {
  "chủ nhật": 0,
  "thứ hai": 1,
  "thứ ba": 2,
  "thứ tư": 3,
  "thứ năm": 4,
  "thứ sáu": 5,
  "thứ bảy": 6,
  "thứ 2": 1,
  "thứ 3": 2,
  "thứ 4": 3,
  "thứ 5": 4,
  "thứ 6": 5,
  "thứ 7": 6,
};

/**
 * Relative day words that may stand before an explicit date: "sáng nay (8.2)", "ngày mai (7/2)",
 * "hôm qua - 11/5". The explicit date is the fact; the relative word is not part of it.
 */
export const RELATIVE_DAY_WORDS = ["hôm kia", "hôm nay", "hôm qua", "mai", "nay", "qua"];

/**
 * Words that may follow a bare "d/m" that is a date ("phiên 7/2, …", "14/2 vừa qua", "30/4
 * và 1/5"). A bare "d/m" followed by any other lower-case word is read as a fraction or a
 * ratio ("1/3 dân số", "15/19 tiêu chí", "5/6 đối tượng").
 */
export const DATE_FOLLOWERS = [
  "âm",
  "bắt",
  "cho đến",
  "cũng",
  "của",
  "dương lịch",
  "để",
  "đã",
  "đang",
  "đến",
  "diễn",
  "do",
  "hằng năm",
  "hàng năm",
  "hay",
  "hoặc",
  "khi",
  "là",
  "lúc",
  "mới",
  "này",
  "năm",
  "nhằm",
  "nhân",
  "ở",
  "sắp",
  "sẽ",
  "tại",
  "theo",
  "thì",
  "tới",
  "trên",
  "trước",
  "và",
  "vào",
  "vẫn",
  "với",
  "vừa",
];

/**
 * Words before a bare "d/m" that make it a quantity, a score, a grade or an address instead
 * of a date: "chiếm 1/3", "chỉ bằng 1/5 Singapore", "đạt 15/19", "vòng 1/8", "ngách 49/29",
 * "thị lực 20/20", "công ty 3/2", "dưới 1/3", "thương binh hạng 2/4", "trong đó 1/3 là trẻ em".
 */
export const NOT_DATE_BEFORE = [
  "bằng",
  "chiếm",
  "chỉ",
  "còn",
  "có",
  "công ty",
  "dưới",
  "đạt",
  "điểm",
  "đường",
  "được",
  "gần",
  "ghi",
  "hạng",
  "hẻm",
  "hòa",
  "hơn",
  "khoảng",
  "kiệt",
  "lên",
  "lớp",
  "mega",
  "ngách",
  "ngõ",
  "phòng",
  "số",
  "tầng",
  "thắng",
  "thêm",
  "thị lực",
  "thua",
  "thương binh",
  "tỉ lệ",
  "tỉ số",
  "tối đa",
  "trên",
  "trong đó",
  "tỷ lệ",
  "tỷ số",
  "vòng",
  "xuống",
];

/**
 * Units and counters after "từ 1.5 đến 2.5 …" or "2-3 …" that make the numbers quantities, not
 * days: "từ 2-3 đến 4-5 triệu đồng", "từ 1.5 đến 2.5 lần".
 */
export const UNITS = [
  "%",
  "cm",
  "độ",
  "đồng",
  "giờ",
  "kg",
  "km",
  "lần",
  "lít",
  "m",
  "mét",
  "mm",
  "nghìn",
  "ngàn",
  "người",
  "phút",
  "tấn",
  "tỉ",
  "trăm",
  "triệu",
  "tuổi",
  "tỷ",
  "usd",
];

/**
 * Words that head a name, so that a day and month right after them (and after the capitalised
 * words of the name) is part of the name, not a date: streets and squares ("đường 30/4",
 * "đường 2 tháng 9", "Quảng trường 19/8"), parks, stadiums ("sân vận động 19/8", "SVĐ
 * 19.8"), companies ("Công ty 19/5", "Cty Dệt may 29/3"), schools, hospitals, plants.
 */
export const NAME_HEADS = [
  "bến",
  "bệnh viện",
  "câu lạc bộ",
  "cầu",
  "chợ",
  "clb",
  "công ty",
  "công viên",
  "cty",
  "cảng",
  "đại lộ",
  "đường",
  "hợp tác xã",
  "htx",
  "khách sạn",
  "khu",
  "khu phố",
  "kênh",
  "lâm trường",
  "liên khu",
  "nhà máy",
  "nhà văn hóa",
  "nông trường",
  "phố",
  "quảng trường",
  "rạp",
  "sân vận động",
  "svđ",
  "tổng công ty",
  "trường",
  "xí nghiệp",
  "xưởng",
];

/**
 * Words before a name head that make it a common word instead: "thị trường", "môi trường",
 * "nhu cầu", "yêu cầu", "thành phố", "phiên chợ".
 */
export const NOT_NAME_BEFORE_HEAD = [
  "bán",
  "chiến",
  "cung",
  "đấu",
  "địa",
  "hiện",
  "hình",
  "học",
  "khẩn",
  "kích",
  "lập",
  "môi",
  "mưu",
  "ngư",
  "nhà",
  "nhu",
  "pháp",
  "phiên",
  "quan",
  "thành",
  "thị",
  "thỉnh",
  "thương",
  "toàn",
  "võ",
  "yêu",
];

/**
 * Lower-case words that end a name before a date instead of continuing it: "Công ty ABC vào
 * 5/2" is a date after a name; "Cty Dệt may 29/3" is a name.
 */
export const NAME_STOP_WORDS = ["của", "đến", "hôm", "hồi", "khi", "là", "lúc", "ngày", "sau", "tới", "trong", "trước", "từ", "và", "vào"];

/** "d/m" strings that are idioms, not dates: "phục vụ 24/7", "trực 24/24". */
export const NOT_DATES = ["24/24", "24/7"];

/** Number words for "sáu tháng đầu năm", "chín tháng năm 2024". */
export const NUMBER_WORDS: Record<string, number> = {
  "một": 1,
  "hai": 2,
  "ba": 3,
  "bốn": 4,
  "năm": 5,
  "sáu": 6,
  "bảy": 7,
  "tám": 8,
  "chín": 9,
  "mười": 10,
  "mười một": 11,
};

/** Roman and Arabic quarter numbers: "quý I/2024", "quý 4 năm 2018". */
export const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Year words relative to the article's own year: "quý III năm nay", "6 tháng đầu năm ngoái". */
export const RELATIVE_YEARS: Record<string, number> = {
  nay: 0,
  ngoái: -1,
  trước: -1,
  sau: 1,
  tới: 1,
};

/**
 * Words that introduce a multi-year span: "giai đoạn 2022 - 2026", "nhiệm kỳ 2024-2027",
 * "năm học 2017 - 2018". A year pair without one of them (or "từ"/"năm") is not read as a
 * span: "1000-2000 người", "Dự án 1152 - 1154".
 */
export const SPAN_WORDS = [
  "các năm",
  "chiến lược",
  "giai đoạn",
  "kế hoạch",
  "khóa",
  "kỳ",
  "mùa",
  "mùa bóng",
  "mùa giải",
  "mùa khô",
  "mùa mưa",
  "mùa vụ",
  "năm",
  "năm học",
  "năm tài chính",
  "nhiệm kỳ",
  "những năm",
  "niên độ",
  "niên khóa",
  "niên vụ",
  "thời gian",
  "thời kỳ",
  "trong",
  "từ",
  "từ năm",
  "vụ",
];

/** Crop seasons after "vụ" or "mùa vụ": "vụ đông xuân 2019-2020", "vụ lúa hè thu 2023 - 2024". */
export const CROP_SEASONS = ["chiêm", "chiêm xuân", "đông xuân", "hè thu", "mùa", "thu đông", "xuân hè"];

/**
 * Words before a year (or a date) that put it in the article's future — a target, a plan, a
 * forecast — so that it says nothing about when the article was written: "đến năm 2030",
 * "tầm nhìn 2045", "mục tiêu năm 2025", "dự kiến vào năm 2018". "trước"/"sau" are left out:
 * "trước năm 1975" is a past year as often as "trước năm 2030" a deadline.
 */
export const FORWARD_WORDS = [
  "cho đến",
  "dự báo",
  "dự kiến",
  "đến",
  "định hướng",
  "hướng đến",
  "hướng tới",
  "kế hoạch",
  "kỳ vọng",
  "mục tiêu",
  "phấn đấu",
  "sẽ",
  "tầm nhìn",
  "tầm nhìn đến",
  "tới",
];

/** Words after a year that put it in the future: "năm 2018 tới", "năm 2025 sắp tới". */
export const FORWARD_AFTER = ["sắp tới", "tiếp theo", "tới"];

/**
 * Future-tense markers of a clause that holds a bare year: "Năm 2018, Papua New Guinea sẽ đảm
 * nhận vai trò chủ nhà APEC", "kỳ vọng EVFTA có thể có hiệu lực từ đầu năm 2020".
 */
export const FORWARD_CLAUSE = [
  "chỉ tiêu",
  "có thể",
  "dự báo",
  "dự kiến",
  "định hướng",
  "hy vọng",
  "kỳ vọng",
  "mục tiêu",
  "phấn đấu",
  "sắp",
  "sẽ",
  "tầm nhìn",
];

/**
 * Future-tense markers right after a year, in its clause, that make it a plan or a forecast:
 * "Tăng trưởng của khu vực năm 2019 dự kiến đạt 3,7%", "trong năm 2020 sẽ triển khai 30
 * xe". Narrower than FORWARD_CLAUSE: "năm 2016 có thể coi là năm thành công" looks back.
 */
export const FORWARD_CLAUSE_AFTER = ["dự báo", "dự kiến", "hy vọng", "kỳ vọng", "phấn đấu", "sắp", "sẽ"];

/**
 * Verbs that report a whole year's result when a sentence opens with the year and an
 * aggregate figure follows them (RESULT_UNITS): "Trong năm 2016, kim ngạch giảm 4,1%", "Năm
 * 2016 ngân sách thu được hơn 42.000 tỷ đồng", "Năm 2016, Séc đón 9,3 triệu lượt khách".
 * Annual figures are published once the year is over: the article is of the year after.
 * Not "có" nor "lên": "năm 2017, tỉnh có 4 nhà giáo đủ điều kiện" counts the present year.
 */
export const RESULT_VERBS = ["chiếm", "đạt", "đón", "ghi nhận", "giảm", "nhập khẩu", "tăng", "thu", "tiêu thụ", "xuất khẩu"];

/** Units of an aggregate figure after a result verb: "giảm 4,1%", "đạt 34 tỷ USD", "đón 9,3 triệu lượt". */
export const RESULT_UNITS = ["%", "lượt", "nghìn", "ngàn", "tấn", "tỉ", "tỷ", "triệu", "usd"];

/** Words in such a sentence that make its figure a plan, an estimate or a condition instead. */
export const NOT_RESULT = ["chỉ tiêu", "dự kiến", "dự báo", "kế hoạch", "mục tiêu", "nếu", "phấn đấu", "sẽ", "ước", "tạm tính"];

/** Months written as words, as chrono's VIMonthYearParser reads them ("tháng Tám"). */
export const MONTH_WORDS = [
  "ba",
  "bảy",
  "chạp",
  "chín",
  "giêng",
  "hai",
  "một",
  "mười",
  "mười hai",
  "mười một",
  "năm",
  "sáu",
  "tám",
  "tư",
];

/** Lunar-calendar markers: "rằm tháng Giêng", "15/1 âm lịch", "mùng 5 tháng 5 (ÂL)". */
export const LUNAR_AFTER = ["âm lịch", "(âl)", "âl"];
export const LUNAR_MONTHS = ["chạp", "giêng"];
