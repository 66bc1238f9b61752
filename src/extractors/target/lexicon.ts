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
  "dự kiến",
  "cam kết",
  "định hướng",
  "quyết tâm",
  "đặt kế hoạch",
];

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
  "tăng", "giảm", "đầu tư", "dành", "hỗ trợ", "viện trợ", "cung cấp", "tài trợ", "mua", "nhập khẩu", "đóng góp", "cắt giảm", "đạt", "giải ngân",
  "cho vay", "chi", "xây dựng", "tạo", "đào tạo", "tiếp nhận", "ủng hộ", "cấp", "rót", "bơm", "nâng", "đưa", "tiếp nhận", "mở", "trồng", "giữ",
  "duy trì", "hoàn thành", "trả", "bồi thường", "xuất khẩu", "tuyển", "tuyển dụng", "nhận", "bán", "sản xuất", "góp", "huy động", "phân bổ",
];

/** Sentences that report a third party's forecast: their future numbers are figures, not targets. */
export const FORECAST_WORDS = /(?<![\p{L}\p{M}])(?:dự báo|dự đoán|ước tính|nhận định|theo ước tính|kịch bản|khả năng|có thể|tính toán|chuyên gia)(?![\p{L}\p{M}])/iu;

/** Triggers that also name plans and estimates loosely: their number must follow closely. */
export const WEAK_TRIGGERS: ReadonlySet<string> = new Set(["kế hoạch", "dự kiến", "định hướng", "tham vọng", "đặt kế hoạch"]);
export const MAX_LEAD = 160;
export const MAX_WEAK_LEAD = 70;

/** Triggers that need a verb after them ("quyết tâm đạt …", "cam kết tăng …"). */
export const TRIGGERS_NEEDING_VERB: ReadonlySet<string> = new Set(["cam kết", "quyết tâm"]);

/** Words between a future year and its number that make the statement a past one ("… đến năm 2020 được ban hành …, đã …"). */
export const PAST_MARKERS = /(?<![\p{L}\p{M}])(?:đã|được ban hành|ban hành)(?![\p{L}\p{M}])/iu;

/** Words that end a chain of targets after one trigger. */
export const CHAIN_BREAKERS = /(?<![\p{L}\p{M}])(?:trong khi|tuy nhiên|nhưng|song(?! phương| song| hành)|hiện nay|hiện tại|hiện đã|năm ngoái|năm qua|thực tế|trước đó|đã đạt|đạt được|so với cùng kỳ|cùng kỳ|thực hiện năm|riêng|trong đó|tiếp tục|đẩy mạnh|triển khai|nhân dịp|nhân chuyến|tuy|dù|khi|bởi|vì|nếu|(?<!(?:thực|xuất|thể|phát|biểu|hiển) )hiện)(?![\p{L}\p{M}])/iu;

/** Words trimmed from either end of a metric. */
export const METRIC_EDGE_WORDS: ReadonlySet<string> = new Set([
  "đạt", "là", "ở", "mức", "ở mức", "lên", "tăng", "giảm", "từ", "khoảng", "với", "và", "có", "sẽ", "phải", "được", "đến", "tới", "cho", "trong",
  "vào", "đưa", "nâng", "của", "thì", "để", "tối thiểu", "tối đa", "ít nhất", "hơn", "trên", "dưới", "gần", "cao hơn", "thấp hơn", "bình quân",
  "đạt mức", "duy trì", "giữ", "giữ vững", "tiếp tục", "cụ thể", "như", "sau", "các", "những", "một", "thêm", "chiếm", "lần lượt", "cần", "bằng",
  "hàng năm", "mỗi năm", "vượt", "kế hoạch", "mục tiêu", "chỉ tiêu", "phấn đấu", "dự kiến", "đặt", "ra", "so", "so với", "chúng ta",
  "chúng tôi", "tôi", "ta", "họ", "mình", "chúng", "đã", "đang", "còn", "chỉ", "lên tới", "lên đến", "tới", "cũng", "đều", "nữa", "quyết tâm",
  "đề ra", "đặt ra", "mà", "nhằm", "theo", "là khoảng", "đạt khoảng", "tăng trưởng đạt", "chung", "này", "đó", "khi", "nếu", "tổng cộng",
]);

/** A metric ends before these words ("kim ngạch xuất khẩu tôm của Việt Nam" → "kim ngạch xuất khẩu tôm"). */
export const METRIC_CUT_WORDS: ReadonlySet<string> = new Set([
  "của", "tại", "ở", "với", "cho", "trong", "so", "sang", "từ", "vào", "đến", "tới", "ngay", "nhằm", "để", "khi", "đạt", "là", "sẽ", "phải", "được",
  "trị giá", "một", "có", "lên", "đã", "đang", "chiếm",
]);

/** Two-word metrics whose first word would otherwise be trimmed ("tăng trưởng"). */
export const METRIC_KEEP: ReadonlySet<string> = new Set(["tăng trưởng", "tăng thu", "giảm nghèo", "mức tăng", "mức giảm", "giá trị", "tổng mức", "trên thế giới", "đầu tư", "chỉ số", "chỉ tiêu", "kế hoạch"]);

export const MAX_METRIC_WORDS = 7;
