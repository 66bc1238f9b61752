// International organisations, blocs, cooperation frameworks and the aid or trade agencies of
// foreign states, as Vietnamese news names them. Sorted by canonical name. Each is a partner of
// kind "organization"; `country` is given for a foreign state's own agency (JICA → JP).
//
// Trade agreements (CPTPP, RCEP, EVFTA, FTA…) are not here: an agreement is not a counterpart.
// Vietnamese bodies (VCCI, Bộ Ngoại giao…) are not here either: they are organizations.
// Acronyms that are also common Vietnamese abbreviations or words are left out ("AU" is written
// "Liên minh châu Phi"; "EC" as "Ủy ban châu Âu").

export interface InternationalOrganization {
  /** Canonical name: the acronym where the press uses one, else the Vietnamese name. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
}

export const INTERNATIONAL_ORGANIZATIONS: readonly InternationalOrganization[] = [
  { name: "ACMECS", aliases: ["Chiến lược hợp tác kinh tế Ayeyawady - Chao Phraya - Mekong"] },
  { name: "ADB", aliases: ["Ngân hàng Phát triển châu Á", "Asian Development Bank"] },
  { name: "AFD", aliases: ["Cơ quan Phát triển Pháp"], country: "FR" },
  { name: "AIIB", aliases: ["Ngân hàng Đầu tư Cơ sở hạ tầng châu Á"] },
  { name: "AIPA", aliases: ["Đại hội đồng Liên nghị viện ASEAN"] },
  { name: "AmCham", aliases: ["Phòng Thương mại Hoa Kỳ", "Phòng Thương mại Mỹ"] },
  { name: "APEC", aliases: ["Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương"] },
  { name: "ARF", aliases: ["Diễn đàn Khu vực ASEAN"] },
  { name: "ASEAN", aliases: ["Hiệp hội các quốc gia Đông Nam Á", "Hiệp hội các nước Đông Nam Á"] },
  { name: "ASEM", aliases: ["Diễn đàn Hợp tác Á - Âu", "Diễn đàn Á - Âu"] },
  { name: "BRICS", aliases: [] },
  { name: "CLMV", aliases: [] },
  { name: "EAEU", aliases: ["Liên minh Kinh tế Á - Âu", "Liên minh Kinh tế Á Âu", "Liên minh Kinh tế Á-Âu"] },
  { name: "EBRD", aliases: ["Ngân hàng Tái thiết và Phát triển châu Âu"] },
  { name: "ECB", aliases: ["Ngân hàng Trung ương châu Âu"] },
  { name: "EIB", aliases: ["Ngân hàng Đầu tư châu Âu"] },
  { name: "EU", aliases: ["Liên minh châu Âu", "Liên minh Châu Âu", "European Union"] },
  { name: "EuroCham", aliases: ["Phòng Thương mại châu Âu", "Phòng Thương mại châu Âu tại Việt Nam", "Hiệp hội Doanh nghiệp châu Âu"] },
  { name: "FAO", aliases: ["Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", "Tổ chức Nông lương Liên hợp quốc", "Tổ chức Lương thực và Nông nghiệp"] },
  { name: "G7", aliases: ["Nhóm các nước công nghiệp phát triển", "G-7"] },
  { name: "G20", aliases: ["Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới", "G-20"] },
  { name: "GCC", aliases: ["Hội đồng Hợp tác vùng Vịnh"] },
  { name: "GCF", aliases: ["Quỹ Khí hậu Xanh"] },
  { name: "GEF", aliases: ["Quỹ Môi trường Toàn cầu"] },
  { name: "GIZ", aliases: ["Tổ chức Hợp tác Phát triển Đức", "Tổ chức Hợp tác Quốc tế Đức"], country: "DE" },
  { name: "GMS", aliases: ["Tiểu vùng Mekong mở rộng", "Tiểu vùng sông Mekong mở rộng", "Tiểu vùng Mê Công mở rộng"] },
  { name: "Hội đồng Bảo an Liên hợp quốc", aliases: ["Hội đồng Bảo an LHQ", "HĐBA LHQ", "Hội đồng Bảo an", "HĐBA"] },
  { name: "Hội đồng châu Âu", aliases: [] },
  { name: "IAEA", aliases: ["Cơ quan Năng lượng Nguyên tử Quốc tế"] },
  { name: "ICAO", aliases: ["Tổ chức Hàng không Dân dụng Quốc tế"] },
  { name: "IEA", aliases: ["Cơ quan Năng lượng Quốc tế"] },
  { name: "IFAD", aliases: ["Quỹ Quốc tế về Phát triển Nông nghiệp"] },
  { name: "IFC", aliases: ["Tổ chức Tài chính Quốc tế", "Công ty Tài chính Quốc tế"] },
  { name: "ILO", aliases: ["Tổ chức Lao động Quốc tế"] },
  { name: "IMF", aliases: ["Quỹ Tiền tệ Quốc tế"] },
  { name: "IMO", aliases: ["Tổ chức Hàng hải Quốc tế"] },
  { name: "Interpol", aliases: ["INTERPOL", "Tổ chức Cảnh sát Hình sự Quốc tế"] },
  { name: "IOM", aliases: ["Tổ chức Di cư Quốc tế"] },
  { name: "IPU", aliases: ["Liên minh Nghị viện Thế giới", "Liên minh Nghị viện thế giới"] },
  { name: "IRENA", aliases: ["Cơ quan Năng lượng Tái tạo Quốc tế"] },
  { name: "ITU", aliases: ["Liên minh Viễn thông Quốc tế"] },
  { name: "JBIC", aliases: ["Ngân hàng Hợp tác Quốc tế Nhật Bản"], country: "JP" },
  { name: "JETRO", aliases: ["Tổ chức Xúc tiến Thương mại Nhật Bản"], country: "JP" },
  { name: "JICA", aliases: ["Cơ quan Hợp tác Quốc tế Nhật Bản"], country: "JP" },
  { name: "KOICA", aliases: ["Cơ quan Hợp tác Quốc tế Hàn Quốc"], country: "KR" },
  { name: "KOTRA", aliases: ["Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc"], country: "KR" },
  { name: "Liên hợp quốc", aliases: ["LHQ", "Liên Hiệp Quốc", "Liên hiệp quốc", "UN", "Liên Hợp Quốc"] },
  { name: "Liên minh châu Phi", aliases: ["Liên minh Châu Phi"] },
  { name: "Mekong - Lan Thương", aliases: ["Mekong-Lan Thương", "Mê Công - Lan Thương", "Hợp tác Mekong - Lan Thương", "Mekong – Lan Thương"] },
  { name: "Mercosur", aliases: ["MERCOSUR", "Khối Thị trường chung Nam Mỹ"] },
  { name: "MRC", aliases: ["Ủy hội sông Mekong quốc tế", "Ủy hội sông Mê Công quốc tế"] },
  { name: "NATO", aliases: ["Tổ chức Hiệp ước Bắc Đại Tây Dương"] },
  { name: "Nghị viện châu Âu", aliases: ["Nghị viện Châu Âu"] },
  { name: "OECD", aliases: ["Tổ chức Hợp tác và Phát triển Kinh tế"] },
  { name: "OPEC", aliases: ["Tổ chức các nước xuất khẩu dầu mỏ", "OPEC+"] },
  { name: "SCO", aliases: ["Tổ chức Hợp tác Thượng Hải"] },
  { name: "UNCTAD", aliases: ["Hội nghị Liên hợp quốc về Thương mại và Phát triển"] },
  { name: "UNDP", aliases: ["Chương trình Phát triển Liên hợp quốc"] },
  { name: "UNEP", aliases: ["Chương trình Môi trường Liên hợp quốc"] },
  { name: "UNESCO", aliases: ["Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"] },
  { name: "UNFPA", aliases: ["Quỹ Dân số Liên hợp quốc"] },
  { name: "UNHCR", aliases: ["Cao ủy Liên hợp quốc về người tị nạn"] },
  { name: "UNICEF", aliases: ["Quỹ Nhi đồng Liên hợp quốc"] },
  { name: "UNIDO", aliases: ["Tổ chức Phát triển Công nghiệp Liên hợp quốc"] },
  { name: "UN Women", aliases: ["Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ"] },
  { name: "UNWTO", aliases: ["Tổ chức Du lịch Thế giới"] },
  { name: "USAID", aliases: ["Cơ quan Phát triển Quốc tế Hoa Kỳ", "Cơ quan Phát triển Quốc tế Mỹ"], country: "US" },
  { name: "Ủy ban châu Âu", aliases: ["Ủy ban Châu Âu"] },
  { name: "WB", aliases: ["Ngân hàng Thế giới", "World Bank"] },
  { name: "WEF", aliases: ["Diễn đàn Kinh tế Thế giới"] },
  { name: "WFP", aliases: ["Chương trình Lương thực Thế giới"] },
  { name: "WHO", aliases: ["Tổ chức Y tế Thế giới"] },
  { name: "WIPO", aliases: ["Tổ chức Sở hữu trí tuệ Thế giới"] },
  { name: "WMO", aliases: ["Tổ chức Khí tượng Thế giới"] },
  { name: "WTO", aliases: ["Tổ chức Thương mại Thế giới"] },
];
