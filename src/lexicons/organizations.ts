// Vietnamese organisations: the state, the Party, the National Assembly, the front and mass
// organisations, state groups, banks, associations, media and universities, NFC with new-style
// tone marks. Each entry is one body: `name` as news usually writes it, `aliases` for the other
// forms (abbreviations, old and English names), `expanded` when `name` itself is abbreviated.
// Matched case-insensitively, token by token ("Bộ Công thương" = "Bộ Công Thương").
// Bodies named after a place ("UBND tỉnh X", "Sở Y tế Hà Nội", "Tỉnh ủy X") and bodies found by
// their kind word ("Tập đoàn …", "Hiệp hội … (ABBR)") are read by the extractor's patterns, with
// the word lists at the end of this file. A user's config adds entries (`organizations:`).

export interface OrganizationEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly expanded?: string;
  /**
   * The name is also a common phrase or a foreign body's name ("Ủy ban Kinh tế", "Hội đồng Dân
   * tộc"): it is read only when nothing capitalised continues it ("Ủy ban Kinh tế - Xã hội châu Á
   * - Thái Bình Dương" is not it).
   */
  readonly strict?: boolean;
}

/** Domains of the ministries (Bộ …), with their abbreviations as news writes them. */
export const MINISTRY_DOMAINS: ReadonlyArray<{ readonly name: string; readonly abbreviations?: readonly string[] }> = [
  { name: "Công an", abbreviations: ["CA"] },
  { name: "Công Thương", abbreviations: ["CT"] },
  { name: "Dân tộc và Tôn giáo", abbreviations: ["DT&TG", "DTTG"] },
  { name: "Giáo dục và Đào tạo", abbreviations: ["GD&ĐT", "GD-ĐT", "GDĐT", "GD và ĐT"] },
  { name: "Giao thông vận tải", abbreviations: ["GTVT"] },
  { name: "Kế hoạch và Đầu tư", abbreviations: ["KH&ĐT", "KH-ĐT", "KHĐT", "KH và ĐT"] },
  { name: "Khoa học và Công nghệ", abbreviations: ["KH&CN", "KH-CN", "KHCN"] },
  { name: "Lao động - Thương binh và Xã hội", abbreviations: ["LĐ-TB&XH", "LĐTB&XH", "LĐTBXH", "LĐ-TBXH", "Lao động, Thương binh và Xã hội"] },
  { name: "Ngoại giao", abbreviations: ["NG"] },
  { name: "Nội vụ", abbreviations: ["NV"] },
  { name: "Nông nghiệp và Môi trường", abbreviations: ["NN&MT", "NNMT"] },
  { name: "Nông nghiệp và Phát triển nông thôn", abbreviations: ["NN&PTNT", "NN-PTNT", "NNPTNT"] },
  { name: "Quốc phòng", abbreviations: ["QP"] },
  { name: "Tài chính", abbreviations: ["TC"] },
  { name: "Tài nguyên và Môi trường", abbreviations: ["TN&MT", "TN-MT", "TNMT"] },
  { name: "Thông tin và Truyền thông", abbreviations: ["TT&TT", "TT-TT", "TTTT"] },
  { name: "Tư pháp" },
  { name: "Văn hóa, Thể thao và Du lịch", abbreviations: ["VH,TT&DL", "VH-TT&DL", "VHTT&DL", "VHTTDL", "Văn hóa - Thể thao và Du lịch", "Văn hóa Thể thao và Du lịch"] },
  { name: "Xây dựng", abbreviations: ["XD"] },
  { name: "Y tế", abbreviations: ["YT"] },
];

/**
 * Domains of provincial departments (Sở …): the ministries' domains (MINISTRY_DOMAINS, less the
 * central-only ones) and these. "Sở Công Thương tỉnh Hòa Bình", "Sở Ngoại vụ Hà Nội".
 */
export const DEPARTMENT_DOMAINS: ReadonlyArray<{ readonly name: string; readonly abbreviations?: readonly string[] }> = [
  { name: "Du lịch" },
  { name: "Giao thông công chính" },
  { name: "Ngoại vụ" },
  { name: "Quy hoạch - Kiến trúc", abbreviations: ["QH-KT", "Quy hoạch Kiến trúc", "Quy hoạch kiến trúc"] },
  { name: "Văn hóa và Thể thao", abbreviations: ["VH&TT", "VH-TT", "VHTT", "Văn hóa - Thể thao", "Văn hóa Thể thao"] },
  { name: "Dân tộc và Tôn giáo" },
];

/** Ministry domains that have no provincial department of the same name. */
export const CENTRAL_ONLY_DOMAINS: readonly string[] = ["Công an", "Ngoại giao", "Quốc phòng"];

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  // --- Government and ministry-level bodies (the ministries are built from MINISTRY_DOMAINS)
  { name: "Chính phủ" },
  { name: "Văn phòng Chính phủ", aliases: ["VPCP"] },
  { name: "Thanh tra Chính phủ", aliases: ["TTCP"] },
  { name: "Ngân hàng Nhà nước", aliases: ["Ngân hàng Nhà nước Việt Nam", "NHNN", "NHNN Việt Nam", "SBV"] },
  { name: "Ủy ban Dân tộc", aliases: ["UBDT"] },
  { name: "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", aliases: ["Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp", "CMSC"] },
  { name: "Ủy ban Chứng khoán Nhà nước", aliases: ["UBCKNN", "UBCK Nhà nước"] },
  { name: "Kiểm toán Nhà nước", aliases: ["KTNN"] },
  { name: "Tòa án nhân dân tối cao", aliases: ["TANDTC", "TAND tối cao"] },
  { name: "Viện Kiểm sát nhân dân tối cao", aliases: ["VKSNDTC", "VKSND tối cao"] },
  { name: "Bảo hiểm xã hội Việt Nam", aliases: ["BHXH Việt Nam", "BHXH VN"] },
  { name: "Kho bạc Nhà nước", aliases: ["KBNN"] },
  { name: "Tổng cục Thống kê", aliases: ["TCTK"] },
  { name: "Tổng cục Hải quan" },
  { name: "Tổng cục Thuế" },
  { name: "Tổng cục Du lịch" },
  { name: "Tổng cục Quản lý thị trường" },
  { name: "Cục Thống kê" },
  { name: "Cục Đầu tư nước ngoài" },
  { name: "Cục Xúc tiến thương mại", aliases: ["Vietrade"] },
  { name: "Cục Hàng không Việt Nam" },
  { name: "Cục Hàng hải Việt Nam" },
  { name: "Cục Lãnh sự" },
  { name: "Cục Phòng vệ thương mại" },
  { name: "Cục Xuất nhập khẩu" },
  { name: "Cục Quản lý lao động ngoài nước" },
  { name: "Sở Giao dịch Chứng khoán TP Hồ Chí Minh", aliases: ["HoSE", "HOSE", "Sở Giao dịch Chứng khoán TP.HCM", "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh"] },
  { name: "Sở Giao dịch Chứng khoán Hà Nội", aliases: ["HNX"] },
  { name: "Sở Giao dịch Chứng khoán Việt Nam", aliases: ["VNX"] },
  { name: "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", aliases: ["VAST"] },
  { name: "Viện Hàn lâm Khoa học xã hội Việt Nam", aliases: ["VASS"] },
  { name: "Viện Nghiên cứu quản lý kinh tế Trung ương", aliases: ["CIEM"] },
  { name: "Học viện Chính trị quốc gia Hồ Chí Minh" },
  { name: "Học viện Ngoại giao", aliases: ["Học viện Ngoại giao Việt Nam"] },
  { name: "Đại học Quốc gia Hà Nội", aliases: ["ĐHQG Hà Nội", "ĐHQGHN"] },
  { name: "Đại học Quốc gia TP Hồ Chí Minh", aliases: ["ĐHQG TP.HCM", "ĐHQG-HCM", "Đại học Quốc gia TP.HCM", "Đại học Quốc gia Thành phố Hồ Chí Minh"] },
  { name: "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh" },
  { name: "Ủy ban Quốc gia về người cao tuổi" },
  { name: "Ủy ban An toàn giao thông Quốc gia" },
  { name: "Ủy ban Quốc gia Tìm kiếm Cứu nạn" },
  // --- Courts and procuracy at every level are read by the extractor's place patterns.
  // --- National Assembly
  { name: "Quốc hội" },
  { name: "Ủy ban Thường vụ Quốc hội", aliases: ["UBTVQH"] },
  { name: "Văn phòng Quốc hội" },
  { name: "Hội đồng Dân tộc", aliases: ["Hội đồng Dân tộc của Quốc hội"], strict: true },
  { name: "Ủy ban Pháp luật", aliases: ["Ủy ban Pháp luật của Quốc hội"], strict: true },
  { name: "Ủy ban Tư pháp", aliases: ["Ủy ban Tư pháp của Quốc hội"], strict: true },
  { name: "Ủy ban Pháp luật và Tư pháp", aliases: ["Ủy ban Pháp luật và Tư pháp của Quốc hội"], strict: true },
  { name: "Ủy ban Kinh tế", aliases: ["Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế Quốc hội"], strict: true },
  { name: "Ủy ban Tài chính, Ngân sách", aliases: ["Ủy ban Tài chính - Ngân sách", "Ủy ban Tài chính, Ngân sách của Quốc hội"], strict: true },
  { name: "Ủy ban Kinh tế và Tài chính", aliases: ["Ủy ban Kinh tế và Tài chính của Quốc hội"], strict: true },
  { name: "Ủy ban Quốc phòng và An ninh", aliases: ["Ủy ban Quốc phòng, An ninh và Đối ngoại", "Ủy ban Quốc phòng và An ninh của Quốc hội"], strict: true },
  { name: "Ủy ban Văn hóa, Giáo dục", aliases: ["Ủy ban Văn hóa, Giáo dục của Quốc hội"], strict: true },
  { name: "Ủy ban Văn hóa và Xã hội", aliases: ["Ủy ban Văn hóa và Xã hội của Quốc hội"], strict: true },
  { name: "Ủy ban Xã hội", aliases: ["Ủy ban Xã hội của Quốc hội"], strict: true },
  { name: "Ủy ban Khoa học, Công nghệ và Môi trường", aliases: ["Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"], strict: true },
  { name: "Ủy ban Đối ngoại", aliases: ["Ủy ban Đối ngoại của Quốc hội"], strict: true },
  { name: "Ban Công tác đại biểu" },
  { name: "Ban Dân nguyện", strict: true },
  { name: "Đảng đoàn Quốc hội" },
  { name: "Đảng ủy Quốc hội" },
  { name: "Hội đồng bầu cử quốc gia" },
  // --- Party organs
  { name: "Bộ Chính trị" },
  { name: "Ban Bí thư" },
  { name: "Ban Chấp hành Trung ương", aliases: ["Ban Chấp hành Trung ương Đảng", "BCH Trung ương", "BCH Trung ương Đảng", "BCHTW", "Trung ương Đảng"] },
  { name: "Ủy ban Kiểm tra Trung ương", aliases: ["UBKT Trung ương", "UBKTTW"] },
  { name: "Ban Tổ chức Trung ương", aliases: ["Ban Tổ chức TW"] },
  { name: "Ban Tuyên giáo Trung ương", aliases: ["Ban Tuyên giáo TW"] },
  { name: "Ban Tuyên giáo và Dân vận Trung ương" },
  { name: "Ban Dân vận Trung ương", aliases: ["Ban Dân vận TW"] },
  { name: "Ban Nội chính Trung ương", aliases: ["Ban Nội chính TW"] },
  { name: "Ban Kinh tế Trung ương", aliases: ["Ban Kinh tế TW"] },
  { name: "Ban Đối ngoại Trung ương", aliases: ["Ban Đối ngoại TW"] },
  { name: "Ban Chính sách, chiến lược Trung ương", aliases: ["Ban Chính sách, Chiến lược Trung ương"] },
  { name: "Văn phòng Trung ương Đảng" },
  { name: "Hội đồng Lý luận Trung ương" },
  { name: "Quân ủy Trung ương" },
  { name: "Đảng ủy Quân sự Trung ương" },
  { name: "Đảng ủy Công an Trung ương" },
  { name: "Đảng ủy Chính phủ" },
  { name: "Đảng ủy Khối các cơ quan Trung ương" },
  { name: "Đảng ủy Khối Doanh nghiệp Trung ương" },
  { name: "Đảng ủy các cơ quan Đảng Trung ương" },
  { name: "Ban Cán sự đảng Chính phủ", aliases: ["Ban Cán sự Đảng Chính phủ"] },
  { name: "Văn phòng Chủ tịch nước" },
  { name: "Hội đồng Quốc phòng và An ninh" },
  // --- The front and mass organisations
  { name: "Mặt trận Tổ quốc Việt Nam", aliases: ["MTTQ Việt Nam", "MTTQVN"] },
  { name: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", aliases: ["Ủy ban Trung ương MTTQ Việt Nam", "UBTƯ MTTQ Việt Nam", "Ủy ban TƯ MTTQ Việt Nam"] },
  { name: "Tổng Liên đoàn Lao động Việt Nam", aliases: ["Tổng LĐLĐ Việt Nam", "Tổng LĐLĐVN"] },
  { name: "Hội Liên hiệp Phụ nữ Việt Nam", aliases: ["Hội LHPN Việt Nam"] },
  { name: "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", aliases: ["Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn"] },
  { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", aliases: ["Đoàn TNCS Hồ Chí Minh"] },
  { name: "Hội Liên hiệp Thanh niên Việt Nam" },
  { name: "Hội Nông dân Việt Nam" },
  { name: "Hội Cựu chiến binh Việt Nam" },
  { name: "Hội Chữ thập đỏ Việt Nam" },
  { name: "Hội Nhà báo Việt Nam" },
  { name: "Liên hiệp các tổ chức hữu nghị Việt Nam", aliases: ["Liên hiệp các Tổ chức hữu nghị Việt Nam", "VUFO"] },
  { name: "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", aliases: ["VUSTA"] },
  { name: "Liên minh Hợp tác xã Việt Nam" },
  { name: "Liên đoàn Thương mại và Công nghiệp Việt Nam", aliases: ["VCCI", "Phòng Thương mại và Công nghiệp Việt Nam"] },
  { name: "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", aliases: ["Hiệp hội DNNVV Việt Nam"] },
  { name: "Hội Doanh nhân trẻ Việt Nam" },
  { name: "Hiệp hội Ngân hàng Việt Nam", aliases: ["VNBA"] },
  { name: "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam", aliases: ["VASEP"] },
  { name: "Hiệp hội Dệt may Việt Nam", aliases: ["VITAS"] },
  { name: "Hiệp hội Lương thực Việt Nam", aliases: ["VFA"] },
  { name: "Hiệp hội Da giày - Túi xách Việt Nam", aliases: ["LEFASO"] },
  { name: "Hiệp hội Gỗ và Lâm sản Việt Nam", aliases: ["VIFOREST"] },
  { name: "Hiệp hội Cà phê - Ca cao Việt Nam", aliases: ["VICOFA"] },
  { name: "Hiệp hội Rau quả Việt Nam", aliases: ["Vinafruit"] },
  { name: "Hiệp hội Điều Việt Nam", aliases: ["Vinacas"] },
  { name: "Hiệp hội Thép Việt Nam", aliases: ["VSA"] },
  { name: "Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam", aliases: ["VINASA"] },
  { name: "Hiệp hội Doanh nghiệp có vốn đầu tư nước ngoài", aliases: ["VAFIE"] },
  { name: "Hiệp hội Bất động sản Việt Nam", aliases: ["VNREA"] },
  { name: "Hiệp hội Logistics Việt Nam", aliases: ["VLA"] },
  { name: "Hiệp hội Du lịch Việt Nam" },
  // --- Armed forces
  { name: "Quân đội nhân dân Việt Nam" },
  { name: "Bộ Tổng Tham mưu" },
  { name: "Tổng cục Chính trị" },
  { name: "Bộ đội Biên phòng" },
  { name: "Cảnh sát biển Việt Nam" },
  { name: "Hải quân nhân dân Việt Nam", aliases: ["Quân chủng Hải quân"] },
  { name: "Quân chủng Phòng không - Không quân" },
  // --- State groups and large companies
  { name: "Tập đoàn Điện lực Việt Nam", aliases: ["EVN"] },
  { name: "Tập đoàn Dầu khí Việt Nam", aliases: ["PVN", "Petrovietnam", "PetroVietnam", "Tập đoàn Dầu khí Quốc gia Việt Nam", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"] },
  { name: "Tập đoàn Công nghiệp - Viễn thông Quân đội", aliases: ["Viettel", "Tập đoàn Viễn thông Quân đội", "Tập đoàn Viễn thông Quân đội Viettel", "Tập đoàn Viettel", "Tập đoàn Công nghiệp - Viễn thông Quân đội Viettel"] },
  { name: "Tập đoàn Bưu chính Viễn thông Việt Nam", aliases: ["VNPT"] },
  { name: "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", aliases: ["TKV", "Vinacomin"] },
  { name: "Tập đoàn Hóa chất Việt Nam", aliases: ["Vinachem"] },
  { name: "Tập đoàn Dệt May Việt Nam", aliases: ["Vinatex"] },
  { name: "Tập đoàn Công nghiệp Cao su Việt Nam", aliases: ["VRG"] },
  { name: "Tập đoàn Xăng dầu Việt Nam", aliases: ["Petrolimex"] },
  { name: "Tập đoàn Bảo Việt", aliases: ["Bảo Việt"] },
  { name: "Tổng công ty Hàng không Việt Nam", aliases: ["Vietnam Airlines"] },
  { name: "Tổng công ty Đường sắt Việt Nam", aliases: ["VNR"] },
  { name: "Tổng công ty Cảng hàng không Việt Nam", aliases: ["ACV"] },
  { name: "Tổng công ty Hàng hải Việt Nam", aliases: ["VIMC", "Vinalines"] },
  { name: "Tổng công ty Bưu điện Việt Nam", aliases: ["Vietnam Post"] },
  { name: "Tổng công ty Viễn thông MobiFone", aliases: ["MobiFone"] },
  { name: "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước", aliases: ["SCIC", "Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước"] },
  { name: "Tổng công ty Khí Việt Nam", aliases: ["PV Gas", "PV GAS"] },
  { name: "Tổng công ty Điện lực Dầu khí Việt Nam", aliases: ["PV Power"] },
  { name: "Tổng công ty Thăm dò Khai thác Dầu khí", aliases: ["PVEP"] },
  { name: "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam", aliases: ["VEC"] },
  { name: "Tổng công ty Lương thực miền Bắc", aliases: ["Vinafood 1", "Vinafood1"] },
  { name: "Tổng công ty Lương thực miền Nam", aliases: ["Vinafood 2", "Vinafood2"] },
  { name: "Tập đoàn Vingroup", aliases: ["Vingroup"] },
  { name: "VinFast", aliases: ["Vinfast"] },
  { name: "Vinamilk", aliases: ["Công ty Cổ phần Sữa Việt Nam"] },
  { name: "Tập đoàn FPT", aliases: ["FPT"] },
  { name: "Tập đoàn Masan", aliases: ["Masan"] },
  { name: "Tập đoàn Hòa Phát", aliases: ["Hòa Phát"] },
  { name: "Tập đoàn Sovico", aliases: ["Sovico"] },
  { name: "Vietjet", aliases: ["Vietjet Air", "VietJet", "VietJet Air"] },
  { name: "Bamboo Airways" },
  { name: "Tập đoàn Trường Hải", aliases: ["THACO", "Thaco"] },
  { name: "Tập đoàn Sun Group", aliases: ["Sun Group"] },
  { name: "Tập đoàn T&T", aliases: ["T&T Group"] },
  { name: "Tập đoàn TH", aliases: ["TH true MILK"] },
  { name: "Tổng công ty Bia - Rượu - Nước giải khát Sài Gòn", aliases: ["Sabeco"] },
  { name: "Tổng công ty Bia - Rượu - Nước giải khát Hà Nội", aliases: ["Habeco"] },
  // --- Banks
  { name: "Ngân hàng Chính sách xã hội", aliases: ["NHCSXH", "Ngân hàng Chính sách Xã hội", "Ngân hàng Chính sách xã hội Việt Nam", "VBSP"] },
  { name: "Ngân hàng Phát triển Việt Nam", aliases: ["VDB"] },
  { name: "Ngân hàng TMCP Ngoại thương Việt Nam", aliases: ["Vietcombank", "VCB", "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam"] },
  { name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", aliases: ["BIDV", "Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam"] },
  { name: "Ngân hàng TMCP Công Thương Việt Nam", aliases: ["VietinBank", "Vietinbank", "Ngân hàng Thương mại cổ phần Công Thương Việt Nam"] },
  { name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", aliases: ["Agribank", "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam"] },
  { name: "Techcombank", aliases: ["Ngân hàng TMCP Kỹ thương Việt Nam"] },
  { name: "MB", aliases: ["MBBank", "MB Bank", "Ngân hàng TMCP Quân đội"] },
  { name: "VPBank", aliases: ["Ngân hàng TMCP Việt Nam Thịnh Vượng"] },
  { name: "ACB", aliases: ["Ngân hàng TMCP Á Châu"] },
  { name: "Sacombank", aliases: ["Ngân hàng TMCP Sài Gòn Thương Tín"] },
  { name: "SHB", aliases: ["Ngân hàng TMCP Sài Gòn - Hà Nội"] },
  { name: "HDBank", aliases: ["Ngân hàng TMCP Phát triển TP Hồ Chí Minh"] },
  { name: "TPBank", aliases: ["Ngân hàng TMCP Tiên Phong"] },
  { name: "VIB", aliases: ["Ngân hàng TMCP Quốc tế Việt Nam"] },
  { name: "SeABank", aliases: ["Ngân hàng TMCP Đông Nam Á"] },
  { name: "OCB", aliases: ["Ngân hàng TMCP Phương Đông"] },
  { name: "MSB", aliases: ["Maritime Bank", "Ngân hàng TMCP Hàng Hải Việt Nam"] },
  { name: "Eximbank", aliases: ["Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"] },
  { name: "LPBank", aliases: ["LienVietPostBank", "Ngân hàng TMCP Bưu điện Liên Việt", "Ngân hàng TMCP Lộc Phát Việt Nam"] },
  { name: "PVcomBank", aliases: ["Ngân hàng TMCP Đại chúng Việt Nam"] },
  { name: "Kienlongbank", aliases: ["Ngân hàng TMCP Kiên Long"] },
  // --- Media (read only where they act, not as a source line: see the extractor)
  { name: "Thông tấn xã Việt Nam", aliases: ["TTXVN"] },
  { name: "Đài Truyền hình Việt Nam", aliases: ["VTV"] },
  { name: "Đài Tiếng nói Việt Nam", aliases: ["VOV"] },
  { name: "Báo Nhân Dân", aliases: ["Báo Nhân dân"] },
  { name: "Báo Quân đội nhân dân", aliases: ["Báo Quân đội Nhân dân"] },
];

/** Media names: not read after "Theo", "Nguồn:" or inside brackets, where they are a source line. */
export const MEDIA: readonly string[] = ["Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Báo Nhân Dân", "Báo Quân đội nhân dân"];

/**
 * Abbreviations inside body names and their spelled-out forms, for `expanded`
 * ("UBND tỉnh" → "Ủy ban nhân dân tỉnh", "Bộ KH&ĐT" → "Bộ Kế hoạch và Đầu tư"). The ministry and
 * department abbreviations come from MINISTRY_DOMAINS and DEPARTMENT_DOMAINS.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["BCH", "Ban Chấp hành"],
  ["BHXH", "Bảo hiểm xã hội"],
  ["BQL", "Ban Quản lý"],
  ["BTV", "Ban Thường vụ"],
  ["CA", "Công an"],
  ["ĐBQH", "đại biểu Quốc hội"],
  ["ĐH", "Đại học"],
  ["ĐHQG", "Đại học Quốc gia"],
  ["HCM", "Hồ Chí Minh"],
  ["HĐND", "Hội đồng nhân dân"],
  ["HĐQT", "Hội đồng quản trị"],
  ["KCN", "khu công nghiệp"],
  ["LĐLĐ", "Liên đoàn Lao động"],
  ["LHPN", "Liên hiệp Phụ nữ"],
  ["MTTQ", "Mặt trận Tổ quốc"],
  ["NHNN", "Ngân hàng Nhà nước"],
  ["TAND", "Tòa án nhân dân"],
  ["THCS", "Trung học cơ sở"],
  ["THPT", "Trung học phổ thông"],
  ["TMCP", "Thương mại cổ phần"],
  ["TNCS", "Thanh niên Cộng sản"],
  ["TNHH", "Trách nhiệm hữu hạn"],
  ["TP", "thành phố"],
  ["TPHCM", "thành phố Hồ Chí Minh"],
  ["TW", "Trung ương"],
  ["TƯ", "Trung ương"],
  ["UBKT", "Ủy ban Kiểm tra"],
  ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc"],
  ["UBND", "Ủy ban nhân dân"],
  ["VKSND", "Viện Kiểm sát nhân dân"],
  ["VN", "Việt Nam"],
];

/**
 * Bodies that exist at every level and take a place after them: "UBND tỉnh Quảng Ninh",
 * "HĐND huyện", "Công an TP Hà Nội", "Tỉnh ủy Quảng Ninh". `level` says whether a level word
 * (tỉnh, thành phố, huyện, …) is required after the body ("UBND tỉnh"), optional, or never
 * there ("Tỉnh ủy Quảng Ninh").
 */
export const LOCAL_BODIES: ReadonlyArray<{ readonly name: string; readonly level: "required" | "optional" | "none" }> = [
  { name: "UBND", level: "required" },
  { name: "Ủy ban nhân dân", level: "required" },
  { name: "HĐND", level: "required" },
  { name: "Hội đồng nhân dân", level: "required" },
  { name: "Ủy ban MTTQ Việt Nam", level: "required" },
  { name: "Ủy ban Mặt trận Tổ quốc Việt Nam", level: "required" },
  { name: "Ủy ban MTTQ", level: "required" },
  { name: "UBMTTQ", level: "required" },
  { name: "Công an", level: "required" },
  { name: "Tòa án nhân dân", level: "required" },
  { name: "TAND", level: "required" },
  { name: "Viện Kiểm sát nhân dân", level: "required" },
  { name: "VKSND", level: "required" },
  { name: "Bộ Chỉ huy Quân sự", level: "required" },
  { name: "Bộ Chỉ huy Bộ đội Biên phòng", level: "required" },
  { name: "Đoàn đại biểu Quốc hội", level: "required" },
  { name: "Đoàn ĐBQH", level: "required" },
  { name: "Liên đoàn Lao động", level: "required" },
  { name: "LĐLĐ", level: "required" },
  { name: "Hội Nông dân", level: "required" },
  { name: "Hội Liên hiệp Phụ nữ", level: "required" },
  { name: "Hội LHPN", level: "required" },
  { name: "Tỉnh ủy", level: "none" },
  { name: "Thành ủy", level: "none" },
  { name: "Huyện ủy", level: "none" },
  { name: "Quận ủy", level: "none" },
  { name: "Thị ủy", level: "none" },
  { name: "Ban Thường vụ Tỉnh ủy", level: "none" },
  { name: "Ban Thường vụ Thành ủy", level: "none" },
  { name: "Đảng ủy", level: "required" },
  { name: "Cục Thuế", level: "required" },
  { name: "Cục Hải quan", level: "required" },
  { name: "Cục Thống kê", level: "required" },
  { name: "Kho bạc Nhà nước", level: "required" },
  { name: "Bảo hiểm xã hội", level: "required" },
  { name: "BHXH", level: "required" },
];

/** Levels of local government that follow a local body ("UBND tỉnh", "Công an TP"). */
export const LEVELS: readonly string[] = ["huyện", "phường", "quận", "thành phố", "thị trấn", "thị xã", "tỉnh", "TP", "xã"];

/** Party committees of a provincial organ: "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Thành ủy". */
export const PARTY_COMMITTEE_UNITS: readonly string[] = [
  "Ban Dân vận", "Ban Nội chính", "Ban Thường vụ", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Tuyên giáo và Dân vận",
  "Ủy ban Kiểm tra", "Văn phòng",
];

/**
 * Kind words that open a named body ("Tập đoàn Hòa Phát", "Hiệp hội Dệt may Việt Nam (VITAS)",
 * "Trường Đại học Bách khoa Hà Nội"). The name after one of them is read as a capitalised
 * phrase; foreign ones ("Tập đoàn Samsung") are left to the partner extractor.
 */
export const BODY_KINDS: readonly string[] = [
  "Ban Chỉ đạo", "Ban Quản lý", "Bệnh viện", "Công ty", "Công ty Cổ phần", "Công ty CP", "Công ty TNHH",
  "Cục", "Đại học", "Hiệp hội", "Học viện", "Hội", "Liên đoàn", "Liên hiệp", "Ngân hàng", "Ngân hàng TMCP",
  "Ngân hàng Thương mại cổ phần", "Tập đoàn", "Tổng cục", "Tổng công ty", "Tổng hội", "Trường Đại học",
  "Trường Cao đẳng", "Ủy ban", "Viện", "Vụ",
];

/**
 * Lower-case words that may continue a body's name after a capitalised word ("Ban Chỉ đạo
 * Ngoại giao kinh tế", "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước"); the lower-case words
 * of ORGANIZATIONS are added by the extractor.
 */
export const NAME_TAIL_WORDS: readonly string[] = [
  "an", "bản", "biển", "bộ", "chính", "công", "dân", "doanh", "dục", "dựng", "đạo", "đầu", "điện",
  "động", "gia", "giao", "hàng", "hóa", "học", "hội", "khẩu", "khí", "khoa", "kinh", "lâm", "lịch",
  "lực", "mại", "nghệ", "nghiệp", "nhà", "nhân", "nông", "nước", "phẩm", "phát", "phòng", "phố",
  "quốc", "sản", "sản", "sự", "tải", "tạo", "tế", "thao", "thôn", "thông", "thuật", "thương", "tin",
  "trị", "triển", "trung", "trường", "tư", "ương", "vận", "viễn", "vốn", "vụ", "xã", "xuất",
];

/**
 * Vietnamese brand names that are not Vietnamese syllables ("Viettel", "Vinamilk"), so that
 * a body named after one is read as Vietnamese, not as a foreign company.
 */
export const VIETNAMESE_BRANDS: readonly string[] = [
  "Agribank", "BIDV", "Eximbank", "FPT", "HDBank", "Kienlongbank", "LPBank", "Masan", "MobiFone",
  "Novaland", "Petrolimex", "Petrovietnam", "PVcomBank", "Sabeco", "Habeco", "Sacombank", "SeABank",
  "Sovico", "Techcombank", "THACO", "TPBank", "Vietcombank", "VietinBank", "Vietjet", "Vietravel",
  "Viettel", "VinFast", "Vingroup", "Vinamilk", "Vinacomin", "Vinachem", "Vinatex", "Vinhomes",
  "VNPT", "VPBank",
];
