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
  { name: "Tòa án nhân dân tối cao", aliases: ["TANDTC", "TAND tối cao", "Tòa án ND tối cao", "Tòa án tối cao"] },
  { name: "Viện Kiểm sát nhân dân tối cao", aliases: ["VKSNDTC", "VKSND tối cao", "Viện KSND tối cao", "Viện KSNDTC", "Viện kiểm sát tối cao", "VKS nhân dân tối cao"] },
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
  // Departments (Tổng cục, Cục, Vụ) of the ministries, as news names them.
  { name: "Tổng cục Đường bộ Việt Nam" },
  { name: "Tổng cục Lâm nghiệp" },
  { name: "Tổng cục Thủy lợi" },
  { name: "Tổng cục Thủy sản" },
  { name: "Tổng cục Môi trường" },
  { name: "Tổng cục Quản lý đất đai" },
  { name: "Tổng cục Biển và Hải đảo Việt Nam" },
  { name: "Tổng cục Giáo dục nghề nghiệp" },
  { name: "Tổng cục Dân số - Kế hoạch hóa gia đình", aliases: ["Tổng cục Dân số"] },
  { name: "Tổng cục Tiêu chuẩn Đo lường Chất lượng" },
  { name: "Tổng cục Thể dục thể thao", aliases: ["Tổng cục TDTT"] },
  { name: "Tổng cục Năng lượng" },
  { name: "Tổng cục Dự trữ Nhà nước" },
  { name: "Tổng cục Thi hành án dân sự" },
  { name: "Tổng cục Cảnh sát" },
  { name: "Tổng cục An ninh" },
  { name: "Tổng cục Hậu cần" },
  { name: "Tổng cục Kỹ thuật" },
  { name: "Tổng cục Công nghiệp quốc phòng" },
  { name: "Cục Quản lý thị trường" },
  { name: "Cục Quản lý dược" },
  { name: "Cục Quản lý khám, chữa bệnh" },
  { name: "Cục Y tế dự phòng" },
  { name: "Cục An toàn thực phẩm" },
  { name: "Cục Quản lý môi trường y tế" },
  { name: "Cục Khoa học công nghệ và Đào tạo" },
  { name: "Cục Cảnh sát giao thông", aliases: ["Cục CSGT"] },
  { name: "Cục Cảnh sát hình sự" },
  { name: "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ" },
  { name: "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu" },
  { name: "Cục Cảnh sát điều tra tội phạm về ma túy" },
  { name: "Cục Quản lý xuất nhập cảnh" },
  { name: "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao" },
  { name: "Cục Đăng kiểm Việt Nam" },
  { name: "Cục Đường thủy nội địa Việt Nam" },
  { name: "Cục Đường sắt Việt Nam" },
  { name: "Cục Quản lý cạnh tranh" },
  { name: "Cục Cạnh tranh và Bảo vệ người tiêu dùng" },
  { name: "Cục Điều tiết điện lực" },
  { name: "Cục Công nghiệp" },
  { name: "Cục Hóa chất" },
  { name: "Cục Thương mại điện tử và Kinh tế số" },
  { name: "Cục Kỹ thuật an toàn và Môi trường công nghiệp" },
  { name: "Cục Chăn nuôi" },
  { name: "Cục Thú y" },
  { name: "Cục Trồng trọt" },
  { name: "Cục Bảo vệ thực vật" },
  { name: "Cục Kiểm lâm" },
  { name: "Cục Kiểm ngư" },
  { name: "Cục Quản lý chất lượng Nông lâm sản và Thủy sản", aliases: ["Cục Quản lý chất lượng nông lâm sản và thủy sản"] },
  { name: "Cục Chế biến và Phát triển thị trường nông sản" },
  { name: "Cục Kinh tế hợp tác và Phát triển nông thôn" },
  { name: "Cục Quản lý đê điều và Phòng, chống thiên tai" },
  { name: "Cục Biến đổi khí hậu" },
  { name: "Cục Khí tượng Thủy văn" },
  { name: "Cục Quản lý tài nguyên nước" },
  { name: "Cục Địa chất Việt Nam" },
  { name: "Cục Khoáng sản Việt Nam" },
  { name: "Cục Kiểm soát ô nhiễm môi trường" },
  { name: "Cục Bảo tồn thiên nhiên và Đa dạng sinh học" },
  { name: "Cục Viễn thông" },
  { name: "Cục An toàn thông tin" },
  { name: "Cục Báo chí" },
  { name: "Cục Xuất bản, In và Phát hành" },
  { name: "Cục Phát thanh, truyền hình và thông tin điện tử" },
  { name: "Cục Tần số vô tuyến điện" },
  { name: "Cục Văn hóa cơ sở" },
  { name: "Cục Di sản văn hóa" },
  { name: "Cục Nghệ thuật biểu diễn" },
  { name: "Cục Điện ảnh" },
  { name: "Cục Bản quyền tác giả" },
  { name: "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm" },
  { name: "Cục Sở hữu trí tuệ" },
  { name: "Cục Thông tin khoa học và công nghệ quốc gia" },
  { name: "Cục Đổi mới sáng tạo" },
  { name: "Cục Khởi nghiệp và Doanh nghiệp công nghệ" },
  { name: "Cục Việc làm" },
  { name: "Cục An toàn lao động" },
  { name: "Cục Bảo trợ xã hội" },
  { name: "Cục Người có công" },
  { name: "Cục Trẻ em" },
  { name: "Cục Quản lý đấu thầu" },
  { name: "Cục Phát triển doanh nghiệp" },
  { name: "Cục Quản lý đăng ký kinh doanh" },
  { name: "Cục Quản lý nợ và Tài chính đối ngoại" },
  { name: "Cục Quản lý công sản" },
  { name: "Cục Quản lý giá" },
  { name: "Cục Quản lý, giám sát bảo hiểm" },
  { name: "Cục Tin học và Thống kê tài chính" },
  { name: "Cục Kiểm soát thủ tục hành chính" },
  { name: "Cục Kiểm tra văn bản quy phạm pháp luật" },
  { name: "Cục Bổ trợ tư pháp" },
  { name: "Cục Hộ tịch, quốc tịch, chứng thực" },
  { name: "Cục Khảo thí và Kiểm định chất lượng giáo dục" },
  { name: "Cục Nhà giáo và Cán bộ quản lý giáo dục" },
  { name: "Cục Hợp tác quốc tế" },
  { name: "Cục Ngoại vụ" },
  { name: "Cục Lễ tân Nhà nước" },
  { name: "Cục Đối ngoại" },
  { name: "Cục Tác chiến" },
  { name: "Cục Gìn giữ hòa bình Việt Nam" },
  { name: "Vụ Thị trường châu Á - châu Phi" },
  { name: "Vụ Thị trường châu Âu - châu Mỹ" },
  { name: "Vụ Thị trường trong nước" },
  { name: "Vụ Chính sách thương mại đa biên" },
  { name: "Vụ Hợp tác quốc tế" },
  { name: "Vụ Pháp chế" },
  { name: "Vụ Tổ chức cán bộ" },
  { name: "Vụ Kế hoạch" },
  { name: "Vụ Kế hoạch - Tài chính" },
  { name: "Vụ Ngân sách nhà nước" },
  { name: "Vụ Tài chính ngân hàng" },
  { name: "Vụ Kinh tế tổng hợp" },
  { name: "Vụ Chính sách tiền tệ" },
  { name: "Vụ Quản lý ngoại hối" },
  { name: "Vụ Thanh toán" },
  { name: "Vụ Giáo dục Đại học" },
  { name: "Vụ Thi đua - Khen thưởng" },
  { name: "Vụ Thông tin Báo chí" },
  { name: "Vụ Luật pháp và Điều ước quốc tế" },
  { name: "Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương" },
  { name: "Vụ ASEAN" },
  { name: "Vụ Châu Âu" },
  { name: "Vụ Châu Mỹ" },
  { name: "Vụ Đông Bắc Á" },
  { name: "Vụ Trung Đông - châu Phi" },
  { name: "Vụ Tổng hợp kinh tế" },
  { name: "Vụ Các tổ chức quốc tế" },
  { name: "Ủy ban Quốc gia về hợp tác kinh tế quốc tế" },
  { name: "Ủy ban Biên giới quốc gia" },
  { name: "Ủy ban Quốc gia về Thanh niên Việt Nam" },
  { name: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài" },
  { name: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", aliases: ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"] },
  { name: "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", aliases: ["Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 389"] },
  { name: "Ban Chỉ đạo Tây Nguyên" },
  { name: "Ban Chỉ đạo Tây Bắc" },
  { name: "Ban Chỉ đạo Tây Nam Bộ" },
  { name: "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp" },
  { name: "Hội đồng Quốc gia Giáo dục và Phát triển nhân lực" },
  { name: "Hội đồng Thi đua - Khen thưởng Trung ương" },
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
  { name: "Liên đoàn Bóng đá Việt Nam", aliases: ["VFF"] },
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
  ["HĐTV", "Hội đồng thành viên"],
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
  { name: "Ban Chấp hành Đảng bộ", level: "required" },
  { name: "BCH Đảng bộ", level: "required" },
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
  "Trường Cao đẳng", "Ủy ban", "Viện", "Vụ", "Trung tâm",
];

/**
 * Kind words whose name is read only with an abbreviation after it ("Trung tâm Đổi mới sáng tạo
 * Quốc gia (NIC)"): without one the phrase is as often a venue or a building ("Trung tâm Hội
 * nghị quốc tế").
 */
export const KINDS_WITH_ABBREVIATION: readonly string[] = ["Trung tâm"];

/**
 * Kind words that may take a subject after "về" ("Ban Chỉ đạo Trung ương về phòng, chống tham
 * nhũng", "Ủy ban Quốc gia về người cao tuổi").
 */
export const KINDS_WITH_SUBJECT: readonly string[] = ["Ban Chỉ đạo", "Ủy ban"];

/**
 * Lower-case heads that may follow "Ban Quản lý" before a name or a place ("Ban Quản lý dự án
 * Thủy điện Sơn La", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Ban Quản lý khu kinh tế
 * Dung Quất").
 */
export const MANAGEMENT_BOARD_HEADS: readonly string[] = [
  "các dự án", "các khu chế xuất và công nghiệp", "các khu công nghiệp", "các khu kinh tế", "các KCN", "chợ",
  "di tích", "dự án", "dự án đầu tư xây dựng", "dự án đầu tư xây dựng công trình", "khu công nghệ cao",
  "khu công nghiệp", "khu di tích", "khu du lịch", "khu đô thị", "khu kinh tế", "KCN", "rừng đặc dụng",
  "rừng phòng hộ", "vịnh", "vườn quốc gia",
];

/**
 * Boards of a company or a body: "Hội đồng thành viên EVN", "Hội đồng quản trị Vietcombank",
 * "Ban Tổng Giám đốc Tập đoàn Hòa Phát".
 */
export const BOARDS: readonly string[] = [
  "Ban Giám đốc", "Ban Kiểm soát", "Ban Tổng Giám đốc", "HĐQT", "HĐTV", "Hội đồng quản trị", "Hội đồng thành viên",
];

/** Units of a ministry or department: "Thanh tra Bộ LĐ-TB-XH", "Văn phòng Bộ Y tế". */
export const UNITS_OF_BODIES: readonly string[] = ["Thanh tra", "Văn phòng"];

/**
 * Committees of a people's council: "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Pháp chế HĐND
 * thành phố". ("Thường trực HĐND" is the council itself.)
 */
export const COUNCIL_UNITS: readonly string[] = [
  "Ban Dân tộc", "Ban Đô thị", "Ban Kinh tế", "Ban Kinh tế - Ngân sách", "Ban Kinh tế - Xã hội", "Ban Pháp chế",
  "Ban Văn hóa - Xã hội", "Ban Văn hóa, Xã hội",
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
 * Domain words of two or more syllables that names of bodies are built from, written in lower
 * case after the first ("Hiệp hội Xuất khẩu lao động Việt Nam", "Trung tâm Đổi mới sáng tạo
 * Quốc gia", "Liên đoàn Bóng đá Việt Nam"): a name runs on over them. Not verbs of a clause.
 */
export const NAME_COMPOUNDS: readonly string[] = [
  "an ninh", "an toàn", "bán dẫn", "bảo hiểm", "bảo tồn", "bảo vệ", "bảo trợ", "bất động sản", "bóng đá", "bóng chuyền", "bóng rổ", "bưu chính", "cà phê", "cao su",
  "chăn nuôi", "chiến lược", "chất lượng", "chữ thập đỏ", "công cộng", "cựu chiến binh", "chế biến", "chứng khoán", "chuyển đổi số", "cơ khí", "công nghệ", "công nghiệp",
  "cứu hộ", "cứu nạn", "da giày", "dân số", "dân tộc", "dầu khí", "dệt may", "di sản", "doanh nghiệp", "doanh nhân",
  "du lịch", "dự án", "dự báo", "dược phẩm", "đa dạng sinh học", "đăng kiểm", "đường thủy", "đá quý", "đào tạo", "đầu tư", "điện ảnh", "điện lực", "điện tử", "điều hành",
  "đo lường", "đổi mới", "đô thị", "đường bộ", "đường sắt", "gia đình", "giao thông", "giáo dục", "hải quan",
  "hàng hải", "hàng không", "hạt điều", "hóa chất", "hợp tác", "hữu nghị", "khai thác", "khí tượng", "khoa học",
  "khoáng sản", "khởi nghiệp", "kinh doanh", "kiểm định", "kiểm toán", "kiến trúc", "kinh tế", "kỹ thuật", "lao động", "lâm nghiệp",
  "lâm sản", "lương thực", "môi trường", "mỹ thuật", "năng lượng", "ngân hàng", "nghệ thuật", "nghiên cứu",
  "ngoại giao", "người cao tuổi", "nhà báo", "nhà ở", "nhân đạo", "nhập khẩu", "nhà nước", "nhân dân", "nhi đồng", "nguồn lực", "nông dân", "nông nghiệp", "nông sản", "nông thôn",
  "phần mềm", "quốc gia", "quốc phòng", "phát thanh", "phát triển", "phòng cháy", "phụ nữ", "quản lý", "quy hoạch", "rau quả", "sản xuất",
  "sáng tạo", "sở hữu trí tuệ", "thị trường", "cơ sở", "dự phòng", "tài chính", "tài nguyên", "thanh niên", "thể thao", "thiên tai", "thiết bị",
  "thẩm định", "thi hành án", "thiên văn", "thông tin", "thủy lợi", "thủy sản", "thương mại", "tiêu chuẩn", "tiêu dùng", "trẻ em", "truyền hình",
  "truyền thông", "trung ương", "từ thiện", "văn hóa", "vận tải", "vật liệu", "vi mạch", "viễn thông", "việc làm", "xã hội",
  "quân đội", "quân sự", "quân y", "hậu cần", "thời tiết", "điều tra", "dân sự", "hình sự", "biên phòng",
  "cảnh sát", "phòng không", "không quân", "hải quân", "kiểm sát", "tư pháp", "pháp luật",
  "vàng bạc", "vật lý", "văn nghệ", "xăng dầu", "xây dựng", "xuất bản", "xuất khẩu", "xuất nhập khẩu", "y dược", "y tế", "ô tô",
];

/**
 * Legal forms written after "Công ty", "Tổng công ty" or "Tập đoàn", in any case ("Công ty TNHH
 * MTV …", "Tổng công ty cổ phần …", "Công ty trách nhiệm hữu hạn một thành viên …").
 */
export const COMPANY_LEGAL_FORMS: readonly string[] = [
  "CP", "CPĐT", "cổ phần", "hai thành viên", "hai thành viên trở lên", "liên doanh", "một thành viên", "MTV", "TNHH",
  "TNHH MTV", "trách nhiệm hữu hạn", "hợp danh",
];

/**
 * Lines of business a Vietnamese company's registered name runs over before its proper name, in
 * lower case or capitalised ("Công ty cổ phần phát triển nhà tỉnh Bà Rịa - Vũng Tàu", "Công ty
 * cổ phần thép Pomina 2", "Tổng công ty CP Bia - Rượu - Nước giải khát Sài Gòn"); the domain
 * words of NAME_COMPOUNDS count too. Nouns only: a verb or a function word ends the name.
 */
export const COMPANY_LINES: readonly string[] = [
  "bao bì", "bến xe", "bia", "cấp nước", "cấp thoát nước", "cảng", "chế tạo", "cơ điện", "cơ giới", "công trình",
  "công ích", "cung ứng", "dây dẫn", "dầu", "dệt", "dịch vụ", "địa chất", "địa ốc", "điện", "điện lạnh", "điện máy",
  "đóng tàu", "đấu giá", "đá", "đá ốp lát", "gạch", "giấy", "giải trí", "gỗ", "gốm", "gốm sứ", "hạ tầng", "hóa dầu",
  "in", "khai khoáng", "khách sạn", "kho vận", "kính", "kỹ nghệ", "lắp máy", "liên doanh", "may", "may mặc",
  "mía đường", "muối", "nhà", "nhà ga", "nhựa", "nước", "nước giải khát", "nước sạch", "phân bón", "phân phối",
  "phim", "quảng cáo", "rượu", "sản phẩm", "sữa", "sứ", "tập đoàn", "than", "thép", "thiết kế", "thoát nước",
  "thực phẩm", "tiếp thị", "tin học", "tổng công ty", "tổng hợp", "tư vấn", "vật tư", "xe khách", "xây lắp",
  "xi măng", "xuất nhập khẩu", "y học cổ truyền", "quốc tế", "giao nhận", "logistics", "năng lượng tái tạo",
  "chè", "cà phê", "cao su", "lâm sản", "thủy điện", "nhiệt điện", "dược", "dược liệu", "thiết bị y tế",
  "khu chế xuất", "khu công nghiệp", "khu đô thị", "khu kinh tế", "cáp treo", "dụng cụ", "giải pháp", "phụ tùng",
  "công viên", "cây xanh", "chiếu sáng", "giày", "xổ số", "điện toán", "đồ gỗ", "mỹ nghệ", "nội thất", "lọc dầu",
  "lọc", "truyền tải điện",
];

/**
 * Verbs that follow a company's name in news ("Công ty CP Xây dựng công trình giao thông 244 thi
 * công …"): after a number they show that the number closes the name rather than counts a noun.
 */
export const COMPANY_VERBS: readonly string[] = [
  "bán", "cam kết", "chịu", "góp", "huy động", "mua", "nắm", "niêm yết", "nộp", "phát hành", "sở hữu", "thi công",
  "thoái", "thực hiện", "triển khai", "trúng", "vay", "xin",
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
  "VNPT", "VPBank", "Becamex", "Bitexco", "Coteccons", "Doji", "Hapro", "Licogi", "Pomina", "Vinaconex", "Vinataba",
  "Vissan", "Vinacafe", "Vinalines", "Vinafood",
];
