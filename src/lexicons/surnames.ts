// Vietnamese family names (họ), NFC, new-style tone marks, one concern: which capitalised
// syllable can open a person's name. Sorted within each tier.
//
// Tier 1: the common family names, which in a run of capitalised syllables are taken first
// ("Nguyễn Thị Kim Ngân" opens at Nguyễn, not at Kim; "Lâm Đồng Trần Văn Hiệp" at Trần).
// Tier 2: real but rarer family names, including those of ethnic minorities (Ê Đê "Y", Khmer
// "Thạch", "Danh", H'Mông "Giàng", "Sùng", …) and Sino-Vietnamese readings of Chinese and
// Korean family names; many of them are also ordinary words or place syllables ("Hà Nội",
// "Sơn La"), so a name that opens with one needs a title or honorific before it.
// A user's config adds more (`surnames:`), at tier 2.

export const COMMON_SURNAMES: readonly string[] = [
  "Bùi", "Cao", "Chu", "Dương", "Đào", "Đặng", "Đinh", "Đoàn", "Đỗ", "Hồ", "Hoàng", "Huỳnh",
  "Khổng", "Kiều", "Lại", "Lê", "Lương", "Lưu", "Lý", "Mai", "Ngô", "Nguyễn", "Phạm", "Phan",
  "Phùng", "Quách", "Tạ", "Tô", "Tôn", "Tống", "Trần", "Triệu", "Trịnh", "Trương", "Võ",
  "Vũ", "Vương",
];

export const RARE_SURNAMES: readonly string[] = [
  "Âu", "Bàn", "Bảo", "Bạch", "Bế", "Biện", "Bồ", "Cà", "Cầm", "Chau", "Châu", "Chảo", "Chế",
  "Chung", "Công", "Cung", "Cù", "Danh", "Đàm", "Đái", "Đậu", "Điêu", "Điểu", "Diệp", "Doãn",
  "Đồng", "Đổng", "Đới", "Dư", "Đường", "Giang", "Giàng", "Giáp", "Giản", "Hà", "Hàn", "Hán",
  "Hầu", "Hình", "Hờ", "Hứa", "Kha", "Khuất", "Khúc", "Khương", "Kim", "Kpă", "Ksor", "La",
  "Lâm", "Lầu", "Lã", "Lạc", "Lèo", "Lò", "Lỗ", "Lộc", "Lù", "Lường", "Lục", "Ma", "Mao", "Mẫn",
  "Mã", "Mạc", "Mạch", "Mạnh", "Mông", "Mùa", "Nay", "Ngạc", "Nghiêm", "Ngụy", "Nhan", "Nhâm",
  "Ninh", "Nông", "Ôn", "Ông", "Phí", "Phù", "Phương", "Quan", "Quàng", "Quản", "Rah", "Rơ",
  "Sầm", "Siu", "Sình", "Sơn", "Sùng", "Tào", "Tất", "Tẩn", "Tăng", "Thào", "Thái", "Thân",
  "Thạch", "Thi", "Thiều", "Thới", "Tiêu", "Tiết", "Tòng", "Trang", "Trà", "Trình", "Từ", "Ung",
  "Uông", "Vàng", "Văn", "Vi", "Viên", "Vì", "Vừ", "Xa", "Xồng", "Y",
];

/** Family names that often open ethnic-minority names of four or five syllables ("Y Thanh Hà Niê Kđăm"). */
export const LONG_NAME_SURNAMES: readonly string[] = ["Ksor", "Nay", "Rah", "Rơ", "Siu", "Y"];
