// Page furniture: the parts of a news page that are not the story. They feed
// `source.title` / `source.byline` and never become facts.

export type FurnitureKind = "title" | "caption" | "image" | "byline" | "boilerplate" | "credit";

/** Lines that are site chrome, matched against the whole trimmed line (case-insensitive). */
const BOILERPLATE = [
  "tin cùng chuyên mục",
  "tin liên quan",
  "tin khác",
  "tin mới",
  "tin nổi bật",
  "xem thêm",
  "đọc thêm",
  "bài liên quan",
  "thông tin bạn đọc",
  "đóng lưu thông tin",
  "đóng",
  "lưu thông tin",
  "gửi bình luận",
  "bình luận",
  "ý kiến bạn đọc",
  "chia sẻ",
  "in bài",
  "in bài viết",
  "quay lại",
  "về trang chủ",
  "lên đầu trang",
];
const BOILERPLATE_PREFIX = /^(?:tags?|từ khóa|từ khoá|chủ đề|xem thêm|tin liên quan|bài liên quan)\s*:/iu;

const IMAGE_FILE = /^[\w\-.()]+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)$/iu;

/**
 * "Ảnh: HOÀNG LAN", "(Ảnh: TTXVN)", "Ảnh minh họa", "Nguồn ảnh: …". PHOTO_CREDIT_WORD, a
 * literal search, tells whether a text can hold one before the costlier PHOTO_CREDIT runs.
 * No comma or semicolon: "Ảnh: Thống Nhất/TTXVN Tại buổi tiếp, Thủ tướng …" is a credit and
 * then a story sentence, not an 80-character credit.
 */
export const PHOTO_CREDIT_WORD = /Ảnh|Nguồn ảnh|Video|Clip|Đồ họa|Infographic|Photo/u;
export const PHOTO_CREDIT = /\(?\s*(?:Ảnh|Ảnh minh họa|Nguồn ảnh|Video|Clip|Đồ họa|Infographic|Photo)\s*:\s*[^(),;\n]{0,80}?(?:\)|(?=$|\n|\s*$))/gu;
/** News agencies and photo services that sign photos: "Ảnh: Văn Điệp – TTXVN", "Ảnh: Reuters". */
const PHOTO_AGENCY = [
  "TTXVN/Vietnam+", "TTXVN/VNA", "TTXVN", "Vietnam+", "VNA", "VGP", "VOV", "VTV", "BNEWS", "AFP", "AP", "Reuters",
  "Xinhua", "Tân Hoa xã", "Getty Images", "Getty", "EPA", "Kyodo", "Yonhap", "Sputnik", "TASS", "Bloomberg", "CNBC",
];
/**
 * A credit that names an agency, inside running text where the next paragraph follows it
 * without a line break: "Quang cảnh cuộc họp. Ảnh: Văn Điệp – TTXVN Tiến sỹ Wang …",
 * "Ảnh: Thống Nhất/TTXVN Tại buổi tiếp, …", "Ảnh minh họa. (Nguồn: CNA Finance)".
 */
/** Every INLINE_PHOTO_CREDIT starts with one of these: a literal search before the costlier scan. */
export const INLINE_PHOTO_CREDIT_WORD = /Ảnh|Photo|Nguồn ảnh/u;
export const INLINE_PHOTO_CREDIT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:Ảnh|Photo|Nguồn ảnh)\\s*:\\s*(?:[^.:;()\\n]{0,40}?[-–—/]\\s*)?(?:${PHOTO_AGENCY.map((a) => a.replace(/[+./]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}+])|Ảnh(?: minh họa)?\\.?\\s*\\(Nguồn\\s*:\\s*[^()\\n]{1,60}\\))`,
  "gu",
);
const CAPTION_LINE = /^(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Video|Đồ họa|Photo)\s*(?::|$)/iu;
const CREDIT_AT_END = /(?:^|[.\s(])(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^.\n]{1,60}\)?\s*$/u;

/** A byline: upper-case names or initials, optionally after "Theo", "Bài và ảnh:". */
const BYLINE =
  /^(?:(?:Theo|Bài và ảnh|Bài, ảnh|Nhóm PV|PV|Tin, ảnh|Nguồn)\s*:?\s*)?(?:[\p{Lu}][\p{Lu}\p{M}.\-]*(?:\s+[\p{Lu}][\p{Lu}\p{M}.\-]*){0,5}|\p{Lu}\.\s?\p{Lu}(?:\.\s?\p{Lu})*\.?)(?:\s*\((?:[\p{Lu}\p{M}\s/.-]+)\))?\s*$/u;

const LONGEST_BOILERPLATE = Math.max(...BOILERPLATE.map((b) => b.length));
/** Enough of a line's start for BOILERPLATE_PREFIX: its longest label, spaces and the colon. */
const PREFIX_WINDOW = 40;

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  // Story lines are long: only their start can be a "Tags:" label, so only it is lower-cased.
  if (t.length > LONGEST_BOILERPLATE) return BOILERPLATE_PREFIX.test(t.slice(0, PREFIX_WINDOW).toLowerCase());
  const l = t.toLowerCase();
  return BOILERPLATE.includes(l) || BOILERPLATE_PREFIX.test(l);
}

export function isImageLine(line: string): boolean {
  return IMAGE_FILE.test(line.trim());
}

export function isCaptionLine(line: string): boolean {
  const l = line.trim();
  return CAPTION_LINE.test(l) || (l.length < 400 && CREDIT_AT_END.test(l));
}

/** A name in title case standing alone on the last line: "Thùy Linh", "Đoàn Hào Lương (TTXVN)". */
const TITLE_CASE_BYLINE = /^(?:Theo\s+)?\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}(?:\s*[-–(]\s*[\p{Lu}\p{M}\s/.]+\)?)?$/u;

export function isBylineLine(line: string): boolean {
  const l = line.trim();
  if (l.length === 0 || l.length > 48) return false;
  if (/\d/.test(l)) return false;
  return BYLINE.test(l) || TITLE_CASE_BYLINE.test(l);
}

/** Markers after which a page lists other stories: what follows is not this article. */
const RELATED_MARKER = /^(?:tin liên quan|tin cùng chuyên mục|bài liên quan|tin khác|đọc thêm|xem thêm|tin mới|tin nổi bật|có thể bạn quan tâm|bài viết liên quan)\s*:?$/iu;

export function isRelatedMarker(line: string): boolean {
  return RELATED_MARKER.test(line.trim());
}

/** A related story's headline: short, no sentence-final punctuation. */
export function isHeadlineLike(line: string): boolean {
  const l = line.trim();
  return l.length <= 200 && !/[.!?…:;"”]$/u.test(l);
}

/** The byline text without its lead-in ("Theo", "Bài và ảnh:"). */
export function bylineText(line: string): string {
  return line.trim().replace(/^(?:Bài và ảnh|Bài, ảnh|Tin, ảnh)\s*:\s*/u, "");
}
