// Word lists for targets: what introduces a goal, plan or commitment, what cancels that
// reading, and the words trimmed from a metric. Data only; the rules are in ./index.ts.

/** Words that present the numbers after them as a goal, plan or commitment. */
export const TRIGGERS: readonly string[] = [
  "đặt mục tiêu",
  "mục tiêu",
  "phấn đấu",
  "hướng tới",
  "hướng đến",
  "chỉ tiêu",
  "nhằm đạt",
  "nhắm tới",
  "nhắm đến",
  "tham vọng",
  "kế hoạch",
  "dự kiến", // only before a plan verb of the actor ("Thành phố dự kiến thu …"); else an expectation
  "cam kết",
  "định hướng",
  "quyết tâm",
  "đặt kế hoạch",
  "đề ra", // only before a colon: "HĐND tỉnh đề ra: …"
  "đặt ra",
  // requirements from an authority: only before a goal verb ("yêu cầu … phải giải ngân 100%")
  "yêu cầu",
  "chỉ đạo",
  "đề nghị",
  "phải",
  "bảo đảm",
  "đảm bảo",
  // limits: only before a ceiling ("kiểm soát lạm phát dưới 4,5%")
  "kiểm soát",
  "khống chế",
  "giữ",
  "lộ trình", // only after "theo": "Theo lộ trình, giá điện sẽ tăng 3% mỗi năm"
];

/** Requirements ("Thủ tướng yêu cầu …", "phải …"): a goal only with a goal verb between it and the number. */
export const REQUIRE_TRIGGERS: ReadonlySet<string> = new Set(["yêu cầu", "chỉ đạo", "đề nghị", "phải", "bảo đảm", "đảm bảo"]);
/** Requirement words that are goal verbs themselves ("bảo đảm tăng trưởng tín dụng khoảng 15%"). */
export const SELF_VERB_TRIGGERS: ReadonlySet<string> = new Set(["bảo đảm", "đảm bảo"]);
/** The goal verbs of a requirement ("phải giải ngân 100%", "bảo đảm tăng trưởng tín dụng khoảng 15%"). */
export const REQUIRE_VERBS = /(?<![\p{L}\p{M}])(?:đạt|giải ngân|hoàn thành|bảo đảm|đảm bảo|phấn đấu|kiểm soát|khống chế|giữ|duy trì|tăng|giảm|nâng|đưa|thu hút|xuất khẩu)(?![\p{L}\p{M}])/iu;
/** Limits: a goal only when the number is a ceiling ("dưới 4,5%", "không quá 4% GDP"). */
export const LIMIT_TRIGGERS: ReadonlySet<string> = new Set(["kiểm soát", "khống chế", "giữ"]);
/** Triggers that count only after a clause-initial "theo". */
export const TRIGGERS_NEEDING_THEO: ReadonlySet<string> = new Set(["lộ trình"]);
/** What makes a requirement or a limit a report: "đã giải ngân", "lạm phát được kiểm soát ở mức 3,2%". */
export const REQUIRE_PAST = /(?<![\p{L}\p{M}])(?:đã|được|ước|ước tính|so với|cùng kỳ|hiện|hiện nay|hiện tại|vừa qua|năm qua|bồi thường|xin|hoàn trả|trả lại)(?![\p{L}\p{M}])/iu;
/** Words right before a requirement or limit word that make it something else ("nắm giữ", "không phải", "đã phải"). */
export const REQUIRE_NEGATORS: ReadonlySet<string> = new Set(["nắm", "không", "đã", "được", "lưu", "tạm", "cầm", "theo", "có", "mới", "đáp ứng", "thể"]);

/**
 * Triggers that open a goal list: the rest of the sentence is governed by them, across ";"
 * and the items after ":" ("Nghị quyết đề ra mục tiêu đến năm 2030, kinh tế số chiếm tối
 * thiểu 30% GDP; tỷ lệ …"). Future years ("đến năm 2030,") and phases ("Giai đoạn 1 (2024 -
 * 2030),") open one too, and so do "Theo kế hoạch," / "Theo cam kết,".
 */
export const SCOPE_TRIGGERS: ReadonlySet<string> = new Set(["mục tiêu", "đặt mục tiêu", "chỉ tiêu", "phấn đấu", "định hướng", "đề ra", "đặt ra"]);

/** Triggers that open a goal list only after "theo": "Theo kế hoạch, …", "theo cam kết, …". */
export const SCOPE_AFTER_THEO: ReadonlySet<string> = new Set(["kế hoạch", "cam kết", "lộ trình"]);

/** Triggers that count only right before a colon ("đề ra: …"). */
export const TRIGGERS_NEEDING_COLON: ReadonlySet<string> = new Set(["đề ra", "đặt ra"]);

/**
 * Negators that only compare a result with the goal ("vượt mục tiêu 6,5% mà Quốc hội đề ra",
 * "thấp hơn mục tiêu 6,5%"): the number right after the trigger is still the goal when the text
 * says who set it.
 */
export const COMPARING_NEGATORS: ReadonlySet<string> = new Set([
  "vượt", "vượt mức", "so với", "hoàn thành", "đã đạt", "không đạt", "chưa đạt", "bằng", "thấp hơn", "cao hơn", "hụt", "về đích",
]);
/** Triggers that may be given that second chance. */
export const DEFINABLE_TRIGGERS: ReadonlySet<string> = new Set(["mục tiêu", "chỉ tiêu", "kế hoạch"]);
/** After the number: who set the goal ("mà Quốc hội đề ra", "được giao", "theo Nghị quyết"). */
export const DEFINED_AFTER = /^(?: (?:mà|do|đã|được|của|theo)(?![\p{L}\p{M}]))?[^,;:.!?]{0,50}?(?<![\p{L}\p{M}])(?:đề ra|đặt ra|giao|thông qua|phê duyệt|Nghị quyết|kế hoạch)(?![\p{L}\p{M}])/u;

/**
 * What reports results against goals: "Kết quả thực hiện các chỉ tiêu năm 2023: …", "đã hoàn
 * thành và vượt 18 chỉ tiêu", "15/17 chỉ tiêu đạt và vượt kế hoạch". Tested on the words right
 * before a trigger.
 */
export const RESULT_BEFORE = /(?<![\p{L}\p{M}])(?:kết quả(?: thực hiện)?|tình hình thực hiện|đánh giá(?: việc)? thực hiện|đạt và vượt|hoàn thành và vượt|đã hoàn thành|đã đạt|đã vượt)(?: (?:các|những|nhiều|toàn bộ|tất cả|hầu hết|[0-9]+(?:\/[0-9]+)?))?(?: (?:chỉ tiêu|mục tiêu|kế hoạch))? ?$/iu;

/** Words before a comparing negator that make it a purpose: "để hoàn thành mục tiêu …". */
export const PURPOSE_BEFORE_NEGATOR: ReadonlySet<string> = new Set([
  "để", "nhằm", "phải", "cần", "sẽ", "phấn đấu", "quyết tâm", "nỗ lực", "bảo đảm", "đảm bảo", "muốn", "mới",
]);

/**
 * Markers of a reported result in a clause of a goal list: the list ends there ("…; 6 tháng
 * đầu năm, GRDP ước tăng 5,5%").
 */
export const SCOPE_BREAKERS = /(?<![\p{L}\p{M}])(?:đã|ước|ước tính|ước đạt|so với|cùng kỳ|đầu năm nay|vừa qua|thực hiện|đạt được|tuy nhiên|nhưng|song(?! phương| song| hành)|hiện nay|hiện tại|năm ngoái|năm qua|trước đó|thực tế|khi|nếu|vì|bởi|dù|tuy)(?![\p{L}\p{M}])/iu;

/** Verbs that make a count a goal inside a goal list ("…, phát triển ít nhất 100 doanh nghiệp", "có thêm 25 xã"). */
export const GOAL_COUNT_VERBS = /(?<![\p{L}\p{M}])(?:có|phát triển|xây dựng|hình thành|đào tạo|thu hút|đưa|tạo|tạo ra|hoàn thành|trồng|đón|tuyển|tuyển sinh|giải quyết việc làm cho|mở|mở rộng|thành lập|công nhận|đạt|nâng|cấp|hỗ trợ|đầu tư|xây mới|sửa chữa|trở thành|thuộc|lọt vào|xóa|giảm|tăng|bán|sản xuất|xuất khẩu|đạt chuẩn)(?: được| thêm| mới| khoảng)* ?$/iu;

/** Prepositions right before a count that make it a place or a part, not a goal ("tại 13 tỉnh", "của 3 bộ"). */
export const COUNT_PLACE_BEFORE = /(?<![\p{L}\p{M}])(?:giữa|của|trong|tại|ở|từ|cho|trên|dưới|sang|qua)\s*$/iu;
/** "với 6 đối tác": a count of partners after "với" is a relation, not a goal. */
export const PARTNER_COUNT_UNITS = /^(?:đối tác|nước|quốc gia|nền kinh tế|thị trường|vùng lãnh thổ|địa phương|tổ chức)(?![\p{L}\p{M}])/iu;

/** Phases of a plan: "Giai đoạn 1 (2024 - 2030),", "giai đoạn 2026 - 2030,", "thời kỳ 2031-2035". */
export const PHASE_RE = /(?<![\p{L}\p{M}])(?:[Gg]iai đoạn|[Tt]hời kỳ|[Cc]hặng)(?: (?<n>[0-9]{1,2}|I{1,3}|IV|V|một|hai|ba|đầu|tiếp theo|sau))?(?: ?\(| )(?:từ )?(?:năm )?(?<y1>(?:19|20)[0-9]{2}) ?[-–] ?(?:đến )?(?:năm )?(?<y2>(?:19|20)[0-9]{2})(?![0-9])\)?/gu;


/** Words right before a trigger that make it a comparison or a result, not a goal ("vượt kế hoạch", "104% kế hoạch"). */
export const TRIGGER_NEGATORS: ReadonlySet<string> = new Set([
  "vượt",
  "vượt mức",
  "so với",
  "hoàn thành",
  "đã đạt",
  "không đạt",
  "chưa đạt",
  "bằng",
  "có", // "bổ sung có mục tiêu": earmarked
  "thấp hơn",
  "cao hơn",
  "hụt",
  "về đích",
  "chương trình",
  "như", // "như dự kiến", "như kế hoạch": as planned
  "không còn",
  "mất",
  "tiêu diệt",
  "đánh chặn",
  "phát hiện",
  "tấn công",
  "bắn",
  "trúng",
  "đánh trúng",
  "chiều cao",
  "khóa",
  "theo dõi",
  "một",
  "kinh tế", // "kinh tế kế hoạch": the planned economy
  "vốn fdi",
  "vốn",
  "lộ trình",
]);

/** Words right after a trigger that point back to a goal stated elsewhere ("mục tiêu này"). */
export const TRIGGER_ANAPHORS: ReadonlySet<string> = new Set([
  "này", "đó", "ấy", "trên", "nói trên", "nêu trên", "kép", "chung", "chính", "có", "ở", "tên lửa", "bay", "trên không", "mặt đất", "di động", "quân sự",
]);

/** "cam kết" is a commitment only with one of these verbs after it (else "vốn FDI cam kết" is registered capital). */
export const COMMIT_VERBS: readonly string[] = [
  "xóa bỏ", "loại bỏ", "bãi bỏ", "miễn", "miễn thuế", "giảm thuế", "cắt giảm thuế", "mở cửa", "áp dụng", "dành cho", "bố trí", "thu hút", "nhập", "cung ứng",
  "tăng", "giảm", "đầu tư", "dành", "hỗ trợ", "viện trợ", "cung cấp", "tài trợ", "mua", "nhập khẩu", "đóng góp", "cắt giảm", "đạt", "giải ngân",
  "cho vay", "chi", "xây dựng", "tạo", "đào tạo", "tiếp nhận", "ủng hộ", "cấp", "rót", "bơm", "nâng", "đưa", "tiếp nhận", "mở", "trồng", "giữ",
  "duy trì", "hoàn thành", "trả", "bồi thường", "xuất khẩu", "tuyển", "tuyển dụng", "nhận", "bán", "sản xuất", "góp", "huy động", "phân bổ",
];

/**
 * Sentences that report a forecast, an expectation or an estimate: their future numbers are
 * figures, not targets ("Tăng trưởng của khu vực năm 2026 dự kiến đạt 3,7%", "kỳ vọng đạt 11 tỷ
 * USD vào năm 2030", "ước đạt 5%").
 */
export const FORECAST_WORDS =
  /(?<![\p{L}\p{M}])(?:dự báo|dự đoán|dự kiến|kỳ vọng|ước tính|ước đạt|ước tăng|ước giảm|ước khoảng|nhận định|theo ước tính|kịch bản|khả năng|có thể|tính toán|chuyên gia)(?![\p{L}\p{M}])/iu;

/**
 * "dự kiến" is a plan only when the actor's own action follows ("Thành phố dự kiến thu 10.000 tỷ
 * đồng", "Công ty dự kiến sẽ tuyển 500 lao động"); before a verb of outcome ("dự kiến đạt 11 tỷ
 * USD", "dự kiến tăng 6,5%", "dự kiến là 10%") or a noun it is an expectation: a figure.
 */
export const PLAN_VERB_TRIGGERS: ReadonlySet<string> = new Set(["dự kiến"]);
export const PLAN_VERBS: readonly string[] = [
  "bố trí", "chi", "chi trả", "cho vay", "cung cấp", "cắt giảm", "dành", "giải ngân", "huy động", "hỗ trợ", "khởi công", "mua", "mở", "mở rộng",
  "nâng", "nhập khẩu", "phát hành", "phân bổ", "sản xuất", "thu", "thu hút", "trồng", "tuyển", "tuyển dụng", "tuyển sinh", "xây", "xây dựng",
  "xây mới", "xuất khẩu", "đào tạo", "đưa", "đầu tư", "rót", "góp",
];

/** Triggers that also name plans and estimates loosely: their number must follow closely. */
export const WEAK_TRIGGERS: ReadonlySet<string> = new Set(["kế hoạch", "dự kiến", "định hướng", "tham vọng", "đặt kế hoạch", "yêu cầu", "chỉ đạo", "đề nghị", "phải", "bảo đảm", "đảm bảo", "kiểm soát", "khống chế", "giữ", "lộ trình"]);
export const MAX_LEAD = 160;
export const MAX_WEAK_LEAD = 70;

/** Triggers that need a verb after them ("quyết tâm đạt …", "cam kết tăng …"). */
export const TRIGGERS_NEEDING_VERB: ReadonlySet<string> = new Set(["cam kết", "quyết tâm"]);

/** Words between a future year and its number that make the statement a past one ("… đến năm 2020 được ban hành …, đã …"). */
export const PAST_MARKERS = /(?<![\p{L}\p{M}])(?:đã|được ban hành|ban hành)(?![\p{L}\p{M}])/iu;

/** Words that end a chain of targets after one trigger. */
export const CHAIN_BREAKERS = /(?<![\p{L}\p{M}])(?:trong khi|thay vì|khả năng|có thể|từ mức|đến nay|tính đến|lũy kế|mới đạt|mới thu|chỉ đạt|tuy nhiên|nhưng|song(?! phương| song| hành)|hiện nay|hiện tại|hiện đã|năm ngoái|năm qua|thực tế|trước đó|đã đạt|đạt được|so với cùng kỳ|cùng kỳ|thực hiện năm|riêng|trong đó|tiếp tục|đẩy mạnh|triển khai|nhân dịp|nhân chuyến|tuy|dù|khi|bởi|vì|nếu|(?<!(?:thực|xuất|thể|phát|biểu|hiển) )hiện)(?![\p{L}\p{M}])/iu;

/** Words trimmed from either end of a metric. */
export const METRIC_EDGE_WORDS: ReadonlySet<string> = new Set([
  "đạt", "là", "ở", "mức", "ở mức", "lên", "tăng", "giảm", "từ", "khoảng", "với", "và", "có", "sẽ", "phải", "được", "đến", "tới", "cho", "trong",
  "vào", "đưa", "nâng", "của", "thì", "để", "tối thiểu", "tối đa", "ít nhất", "hơn", "trên", "dưới", "gần", "cao hơn", "thấp hơn", "bình quân",
  "đạt mức", "duy trì", "giữ", "giữ vững", "tiếp tục", "cụ thể", "như", "sau", "các", "những", "một", "thêm", "chiếm", "lần lượt", "cần", "bằng",
  "hàng năm", "mỗi năm", "vượt", "kế hoạch", "mục tiêu", "chỉ tiêu", "phấn đấu", "dự kiến", "đặt", "ra", "so", "so với", "chúng ta",
  "chúng tôi", "tôi", "ta", "họ", "mình", "chúng", "đã", "đang", "còn", "chỉ", "lên tới", "lên đến", "tới", "cũng", "đều", "nữa", "quyết tâm",
  "đề ra", "đặt ra", "mà", "nhằm", "theo", "giao", "được giao", "cả năm", "cả", "về", "hướng tới", "hướng đến",
  "xuống", "xuống còn", "còn", "giảm xuống", "tăng lên", "vẫn", "dần", "dần dần", "từng bước", "trở", "thay vì", "hiện nay", "hiện tại", "hiện", "đầu tiên", "cần thiết",
  "ban đầu", "nữa", "thêm nữa", "trở lên", "trở xuống", "ước", "ước đạt", "ước tính", "ước tăng", "ước giảm", "là khoảng", "đạt khoảng", "tăng trưởng đạt", "chung", "này", "đó", "khi", "nếu", "tổng cộng",
]);

/** A metric ends before these words ("kim ngạch xuất khẩu tôm của Việt Nam" → "kim ngạch xuất khẩu tôm"). */
export const METRIC_CUT_WORDS: ReadonlySet<string> = new Set([
  "của", "tại", "ở", "với", "cho", "trong", "so", "sang", "từ", "vào", "đến", "tới", "ngay", "nhằm", "để", "khi", "đạt", "là", "sẽ", "phải", "được",
  "trị giá", "một", "có", "lên", "đã", "đang", "chiếm", "trên",
]);

/** Two-word metrics whose first word would otherwise be trimmed ("tăng trưởng"). */
export const METRIC_KEEP: ReadonlySet<string> = new Set(["tăng trưởng", "tăng thu", "giảm nghèo", "mức tăng", "mức giảm", "giá trị", "tổng mức", "trên thế giới", "đầu tư", "chỉ số", "chỉ tiêu", "kế hoạch"]);

export const MAX_METRIC_WORDS = 10;
