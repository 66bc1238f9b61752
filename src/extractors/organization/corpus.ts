// The organization corpus: ministries and ministry-level bodies, Party organs, the National
// Assembly, local government with its abbreviations and places, state groups, banks and
// associations with "(ABBR)" pairs, bodies inside a person's title, and what is never an
// organization (generic plurals, the Party and the State as a whole, events, places, foreign
// bodies). Runs through the whole pipeline (see test/run-corpus.ts); expected facts are partial.
import { examples, inContext, negative, positive, type Corpus } from "../corpus.js";

export const corpus: Corpus = {
  type: "organization",
  referenceDate: "2024-07-18",
  examples: [
    // --- Ministries and ministry-level bodies ------------------------------------------------
    positive("Theo đánh giá của Bộ Ngoại giao, công tác ngoại giao kinh tế đạt kết quả tốt.", { name: "Bộ Ngoại giao" }),
    positive("Bộ Công Thương đề xuất tăng cường xúc tiến thương mại.", { name: "Bộ Công Thương" }),
    positive("Bộ Công thương cho biết", { name: "Bộ Công thương" }),
    positive("Bộ Kế hoạch và Đầu tư vừa trình đề án.", { name: "Bộ Kế hoạch và Đầu tư" }),
    positive("Bộ KH&ĐT cho biết", { name: "Bộ KH&ĐT", expanded: "Bộ Kế hoạch và Đầu tư" }),
    ...examples({ expanded: "Bộ Kế hoạch và Đầu tư" }, ["Bộ KH&ĐT", "Bộ KHĐT", "Bộ KH-ĐT", "Bộ KH & ĐT"]),
    ...examples({ expanded: "Ủy ban nhân dân tỉnh Quảng Ninh" }, ["UBND tỉnh Quảng Ninh", "lãnh đạo UBND tỉnh Quảng Ninh", "UBND tỉnh Quảng Ninh cho biết"]),
    positive("Bộ NN&PTNT cho biết", { name: "Bộ NN&PTNT", expanded: "Bộ Nông nghiệp và Phát triển nông thôn" }),
    positive("theo Bộ Nông nghiệp và Phát triển nông thôn", { name: "Bộ Nông nghiệp và Phát triển nông thôn" }),
    positive("Bộ Nông nghiệp và Môi trường vừa ban hành hướng dẫn", { name: "Bộ Nông nghiệp và Môi trường" }),
    positive("Bộ Tài nguyên và Môi trường chủ trì", { name: "Bộ Tài nguyên và Môi trường" }),
    positive("Bộ Giao thông vận tải khẩn trương triển khai", { name: "Bộ Giao thông vận tải" }),
    positive("Bộ GD&ĐT công bố phương án thi", { name: "Bộ GD&ĐT", expanded: "Bộ Giáo dục và Đào tạo" }),
    positive("Bộ Văn hóa, Thể thao và Du lịch phối hợp tổ chức", { name: "Bộ Văn hóa, Thể thao và Du lịch" }),
    positive("Bộ Lao động - Thương binh và Xã hội hướng dẫn", { name: "Bộ Lao động - Thương binh và Xã hội" }),
    positive("Bộ LĐ-TB&XH hướng dẫn", { name: "Bộ LĐ-TB&XH", expanded: "Bộ Lao động - Thương binh và Xã hội" }),
    positive("Bộ Thông tin và Truyền thông cấp phép", { name: "Bộ Thông tin và Truyền thông" }),
    positive("Bộ Khoa học và Công nghệ đặt hàng nhiệm vụ", { name: "Bộ Khoa học và Công nghệ" }),
    positive("Bộ Quốc phòng và lực lượng vũ trang", { name: "Bộ Quốc phòng" }),
    positive("Bộ Công an điều tra", { name: "Bộ Công an" }),
    positive("Bộ Tài chính công bố số liệu", { name: "Bộ Tài chính" }),
    positive("Bộ Y tế khuyến cáo", { name: "Bộ Y tế" }),
    positive("Bộ Nội vụ thẩm định", { name: "Bộ Nội vụ" }),
    positive("Bộ Tư pháp thẩm định dự thảo", { name: "Bộ Tư pháp" }),
    positive("Bộ Dân tộc và Tôn giáo tiếp nhận", { name: "Bộ Dân tộc và Tôn giáo" }),
    positive("Ngân hàng Nhà nước điều hành lãi suất", { name: "Ngân hàng Nhà nước" }),
    positive("NHNN điều hành lãi suất", { name: "NHNN", expanded: "Ngân hàng Nhà nước" }),
    positive("Thanh tra Chính phủ kết luận", { name: "Thanh tra Chính phủ" }),
    positive("Ủy ban Dân tộc tổng kết", { name: "Ủy ban Dân tộc" }),
    positive("Văn phòng Chính phủ tổ chức hội nghị trực tuyến", { name: "Văn phòng Chính phủ" }),
    positive("Kiểm toán Nhà nước phát hiện sai phạm", { name: "Kiểm toán Nhà nước" }),
    positive("Tòa án nhân dân tối cao hướng dẫn", { name: "Tòa án nhân dân tối cao" }),
    positive("Viện Kiểm sát nhân dân tối cao kháng nghị", { name: "Viện Kiểm sát nhân dân tối cao" }),
    positive("Chính phủ ban hành nghị định", { name: "Chính phủ" }),
    positive("Tổng cục Thống kê công bố", { name: "Tổng cục Thống kê" }),

    // --- The Party, the National Assembly, the Front --------------------------------------
    positive("sự lãnh đạo của Bộ Chính trị", { name: "Bộ Chính trị" }),
    positive("Chỉ thị số 15-CT/TW của Ban Bí thư", { name: "Ban Bí thư" }),
    positive("Ban Chấp hành Trung ương Đảng thảo luận", { name: "Ban Chấp hành Trung ương Đảng" }),
    positive("Ban Tuyên giáo Trung ương hướng dẫn", { name: "Ban Tuyên giáo Trung ương" }),
    positive("Ban Đối ngoại Trung ương chủ trì", { name: "Ban Đối ngoại Trung ương" }),
    positive("Ban Kinh tế Trung ương nghiên cứu", { name: "Ban Kinh tế Trung ương" }),
    positive("Ban Tổ chức Trung ương thẩm định", { name: "Ban Tổ chức Trung ương" }),
    positive("Ủy ban Kiểm tra Trung ương kết luận", { name: "Ủy ban Kiểm tra Trung ương" }),
    positive("Quân ủy Trung ương lãnh đạo", { name: "Quân ủy Trung ương" }),
    positive("Quốc hội thông qua luật", { name: "Quốc hội" }),
    positive("Ủy ban Thường vụ Quốc hội cho ý kiến", { name: "Ủy ban Thường vụ Quốc hội" }),
    positive("Ủy ban Kinh tế của Quốc hội thẩm tra", { name: "Ủy ban Kinh tế của Quốc hội" }),
    positive("Mặt trận Tổ quốc Việt Nam giám sát", { name: "Mặt trận Tổ quốc Việt Nam" }),
    positive("Ban Chỉ đạo Ngoại giao kinh tế điều phối", { name: "Ban Chỉ đạo Ngoại giao kinh tế" }),
    inContext(
      "Các đồng chí lãnh đạo Đảng, Nhà nước, Chính phủ, Quốc hội năm 2022.",
      "Quốc hội",
      { name: "Quốc hội" },
    ),

    // --- Local government: abbreviations kept as written, expanded ---------------------------
    positive("UBND tỉnh tích cực phối hợp", { name: "UBND tỉnh", expanded: "Ủy ban nhân dân tỉnh" }),
    positive("HĐND tỉnh Hòa Bình ký thỏa thuận", { name: "HĐND tỉnh Hòa Bình", expanded: "Hội đồng nhân dân tỉnh Hòa Bình" }),
    positive("UBND tỉnh Quảng Ninh chỉ đạo", { name: "UBND tỉnh Quảng Ninh", expanded: "Ủy ban nhân dân tỉnh Quảng Ninh" }),
    positive("UBND TP Hà Nội yêu cầu", { name: "UBND TP Hà Nội", expanded: "Ủy ban nhân dân thành phố Hà Nội" }),
    positive("UBND TP.HCM vừa ban hành", { name: "UBND TP.HCM", expanded: "Ủy ban nhân dân thành phố Hồ Chí Minh" }),
    positive("Ủy ban nhân dân tỉnh Nghệ An quyết định", { name: "Ủy ban nhân dân tỉnh Nghệ An" }),
    positive("UBND huyện Sóc Sơn cho biết", { name: "UBND huyện Sóc Sơn" }),
    positive("Công an TP Hà Nội điều tra", { name: "Công an TP Hà Nội" }),
    positive("Tỉnh ủy Quảng Ninh ban hành nghị quyết", { name: "Tỉnh ủy Quảng Ninh" }),
    positive("Thành ủy Hà Nội chỉ đạo", { name: "Thành ủy Hà Nội" }),
    positive("Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị", { name: "Ban Tuyên giáo Tỉnh ủy" }),
    positive("Sở Công Thương tỉnh Hòa Bình phối hợp", { name: "Sở Công Thương tỉnh Hòa Bình" }),
    positive("Sở Y tế Hà Nội khuyến cáo", { name: "Sở Y tế Hà Nội" }),
    positive("Sở GD&ĐT Hà Nội công bố", { name: "Sở GD&ĐT Hà Nội", expanded: "Sở Giáo dục và Đào tạo Hà Nội" }),
    positive("Sở Ngoại vụ làm đầu mối", { name: "Sở Ngoại vụ" }),
    // "UBND tỉnh" after "UBND tỉnh Quảng Ninh" in one article is the same body.
    positive("UBND tỉnh Quảng Ninh chỉ đạo quyết liệt. UBND tỉnh cũng yêu cầu các sở báo cáo.", { name: "UBND tỉnh Quảng Ninh" }),
    positive("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu", { name: "UBND TP Hà Nội" }),

    // --- Bodies named only inside a person's title -------------------------------------------
    positive("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị", { name: "Bộ Ngoại giao" }),
    inContext("Dự có đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.", "Tỉnh ủy", { name: "Tỉnh ủy" }),
    inContext("Dự có đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.", "UBND tỉnh", { name: "UBND tỉnh" }),
    positive("Chiều 18/7, đã diễn ra Hội nghị Thủ tướng Chính phủ với các trưởng cơ quan đại diện.", { name: "Chính phủ" }),

    // --- Groups, companies, banks, associations: "(ABBR)" pairs -------------------------------
    positive("Tập đoàn Điện lực Việt Nam (EVN) cho biết. EVN đã huy động tối đa nguồn điện.", {
      name: "Tập đoàn Điện lực Việt Nam",
      aliases: ["EVN"],
    }),
    positive("EVN đã huy động tối đa nguồn điện.", { name: "EVN", expanded: "Tập đoàn Điện lực Việt Nam" }),
    positive("Tập đoàn Dầu khí Việt Nam (Petrovietnam) khai thác vượt kế hoạch", { name: "Tập đoàn Dầu khí Việt Nam", aliases: ["Petrovietnam"] }),
    positive("Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) đầu tư", { name: "Tập đoàn Công nghiệp - Viễn thông Quân đội" }),
    positive("Tổng công ty Đầu tư và Kinh doanh vốn nhà nước (SCIC) thoái vốn", {
      name: "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước",
      aliases: ["SCIC"],
    }),
    positive("Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) kiến nghị", { name: "Liên đoàn Thương mại và Công nghiệp Việt Nam" }),
    positive("VCCI kiến nghị", { name: "VCCI" }),
    positive("Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) cho biết", { name: "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam" }),
    positive("Hiệp hội Dệt may Việt Nam dự báo", { name: "Hiệp hội Dệt may Việt Nam" }),
    positive("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) giảm lãi suất", { name: "Ngân hàng TMCP Ngoại thương Việt Nam" }),
    positive("Tập đoàn Hòa Phát công bố lợi nhuận", { name: "Tập đoàn Hòa Phát" }),
    positive("Thông tấn xã Việt Nam tổ chức lễ kỷ niệm", { name: "Thông tấn xã Việt Nam" }),
    positive("Đài Truyền hình Việt Nam (VTV) phát sóng trực tiếp", { name: "Đài Truyền hình Việt Nam", aliases: ["VTV"] }),
    positive("Học viện Ngoại giao đào tạo", { name: "Học viện Ngoại giao" }),
    positive("Trường Đại học Bách khoa Hà Nội tuyển sinh", { name: "Trường Đại học Bách khoa Hà Nội" }),
    positive("Tổng công ty Truyền tải điện Quốc gia (EVNNPT) khởi công", { name: "Tổng công ty Truyền tải điện Quốc gia", aliases: ["EVNNPT"] }),

    // --- Abbreviations joined in other ways; units and boards of bodies --------------------
    positive("Bộ LĐ-TB-XH vừa có văn bản hướng dẫn.", { name: "Bộ LĐ-TB-XH", expanded: "Bộ Lao động - Thương binh và Xã hội" }),
    ...examples({ expanded: "Bộ Văn hóa, Thể thao và Du lịch" }, ["Bộ VH-TT-DL đề nghị các địa phương.", "Bộ VHTTDL cho biết"]),
    positive("Sở LĐ-TB-XH tỉnh Nghệ An kiểm tra các doanh nghiệp.", {
      name: "Sở LĐ-TB-XH tỉnh Nghệ An",
      expanded: "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An",
    }),
    positive("Thanh tra Bộ Xây dựng đã kết luận sai phạm.", { name: "Thanh tra Bộ Xây dựng" }),
    positive("Văn phòng Bộ Tài chính thông báo lịch làm việc.", { name: "Văn phòng Bộ Tài chính" }),
    positive("Hội đồng quản trị Vietcombank đã phê duyệt phương án.", { name: "Vietcombank" }),
    // A company's board is part of the company: the company after it is read on its own; only a
    // listed state group's members' council is a body.
    inContext("Chủ tịch Hội đồng thành viên PVN Lê Mạnh Hùng báo cáo.", "Hội đồng thành viên PVN", { name: "Hội đồng thành viên PVN" }),
    inContext("Ông Trần Văn Bình, nguyên Chủ tịch HĐQT Ngân hàng MHB, bị khởi tố.", "Ngân hàng MHB", { name: "Ngân hàng MHB" }),
    ...negative(
      "HĐQT MHB đã thông qua phương án tái cơ cấu.",
      "Ban Tổng giám đốc MHBS đã phê duyệt khoản vay.",
      "Ban kiểm soát không phát hiện sai phạm trong năm.",
      "Ban Giám đốc công ty chỉ đạo khắc phục sự cố.",
      "Hội đồng quản trị đã thống nhất chia cổ tức.",
    ),
    positive("Ban Pháp chế HĐND tỉnh thẩm tra dự thảo nghị quyết.", { name: "Ban Pháp chế HĐND tỉnh", expanded: "Ban Pháp chế Hội đồng nhân dân tỉnh" }),
    positive("Báo cáo của Ban Văn hóa - Xã hội HĐND thành phố nêu rõ.", { name: "Ban Văn hóa - Xã hội HĐND thành phố" }),

    // --- Names that run on: domain words, "Việt Nam", a year, "về …", a board's head word -----
    positive("Hiệp hội Sản xuất kinh doanh Việt Nam kiến nghị giảm thuế.", { name: "Hiệp hội Sản xuất kinh doanh Việt Nam" }),
    positive("Liên đoàn Quần vợt Việt Nam tổ chức giải.", { name: "Liên đoàn Quần vợt Việt Nam" }),
    positive("Công ty Vàng bạc đá quý Sài Gòn tăng giá bán.", { name: "Công ty Vàng bạc đá quý Sài Gòn" }),
    positive("Hội Chữ thập đỏ huyện Sóc Sơn trao quà cho người nghèo.", { name: "Hội Chữ thập đỏ huyện Sóc Sơn" }),
    positive("Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt.", { name: "Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An" }),
    positive("Ủy ban Quốc gia ASEAN 2020 họp phiên toàn thể.", { name: "Ủy ban Quốc gia ASEAN 2020" }),
    positive("Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh đã họp trực tuyến.", { name: "Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh" }),
    positive("Ban Chỉ đạo Trung ương về cải cách tư pháp tổng kết nhiệm kỳ.", { name: "Ban Chỉ đạo Trung ương về cải cách tư pháp" }),
    positive("Ban Quản lý các khu công nghiệp tỉnh Bắc Giang vừa cấp phép.", { name: "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang" }),
    positive("Ban Quản lý dự án Nhiệt điện Thái Bình bàn giao mặt bằng.", { name: "Ban Quản lý dự án Nhiệt điện Thái Bình" }),
    positive("Trung tâm Xúc tiến Đầu tư và Thương mại (ITPC) tổ chức hội nghị.", {
      name: "Trung tâm Xúc tiến Đầu tư và Thương mại",
      aliases: ["ITPC"],
    }),
    // A listed body that holds a foreign name claims the rest of it: the partner stays a partner.
    inContext("Vụ ASEAN (Bộ Ngoại giao) chủ trì cuộc họp.", "Vụ ASEAN", { name: "Vụ ASEAN" }),
    // ... but not past the clause's verb
    positive("Công ty Thiên Thanh khai thác cát trái phép.", { name: "Công ty Thiên Thanh" }),
    positive("Hội Phật giáo chuẩn bị đại lễ.", { name: "Hội Phật giáo" }),
    // A province or city only from the gazetteer: the name after it is a person's.
    inContext("Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng chủ trì cuộc họp.", "UBND tỉnh", { name: "UBND tỉnh" }),

    // --- Not organizations ------------------------------------------------------------------
    ...negative(
      // generic plurals
      "Lãnh đạo các bộ, ngành, UBND các tỉnh, thành phố thông tin kết quả.",
      "Thủ tướng yêu cầu các Bộ, ngành, địa phương tiếp tục triển khai.",
      "phối hợp chặt chẽ với các Bộ, ngành Trung ương",
      "lãnh đạo các sở, ngành tham dự",
      "UBND tỉnh, thành phố chỉ đạo quyết liệt",
      "Chính quyền các địa phương nước ngoài",
      "các cơ quan đại diện Việt Nam ở nước ngoài",
      "Chính phủ các nước cam kết hỗ trợ",
      "các ngân hàng giảm lãi suất",
      // the Party and the State as a whole
      "quán triệt chủ trương, đường lối của Đảng và Nhà nước",
      // events
      "Chương trình hành động của Hội nghị Ngoại giao 32",
      "hướng tới Đại hội Đảng toàn quốc lần thứ XIV",
      "Hội nghị Trung ương 8 khóa XIII",
      // places and lone kind words
      "Các đại biểu tham dự hội nghị tại điểm cầu tỉnh Sóc Trăng.",
      "các đơn vị trong Bộ",
      "lãnh đạo Sở cho biết",
      "9 văn kiện cấp chính phủ",
      "xây dựng Chính phủ điện tử",
      "hội nghị diễn ra tại Nhà Quốc hội",
      // foreign bodies are partners
      "Bộ Ngoại giao Nhật Bản ra tuyên bố",
      "Chính phủ Hàn Quốc cam kết",
      "Thỏa thuận hợp tác với HĐND tỉnh Tuv (Mông Cổ)",
      "Ngân hàng Thế giới dự báo tăng trưởng",
      "Tập đoàn Samsung mở rộng nhà máy",
      // media as a source line or a byline
      "Theo TTXVN, hội nghị diễn ra trong hai ngày.",
      "Trao đổi với phóng viên VTV, ông Lê Văn An cho biết.",
      "Kỳ họp bế mạc chiều nay. Minh Anh/VOV.VN",
      // a venue ("Trung tâm …" without an abbreviation) and a foreign national body
      "Hội nghị diễn ra tại Trung tâm Hội nghị Quốc gia.",
      "Ủy ban Đối ngoại và An ninh Quốc gia Iran cảnh báo.",
    ),
    // A dashed province is one place, whatever the dash.
    positive("UBND tỉnh Bà Rịa – Vũng Tàu vừa ban hành kế hoạch.", { name: "UBND tỉnh Bà Rịa – Vũng Tàu" }),
    positive("UBND tỉnh Bà Rịa-Vũng Tàu vừa ban hành kế hoạch.", { name: "UBND tỉnh Bà Rịa-Vũng Tàu" }),
    positive("Sở Y tế Thừa Thiên – Huế khuyến cáo người dân.", { name: "Sở Y tế Thừa Thiên – Huế" }),
    positive("Công an tỉnh Bà Rịa – Vũng Tàu đang điều tra vụ việc.", { name: "Công an tỉnh Bà Rịa – Vũng Tàu" }),
    // "tối cao" belongs to the name, in either case.
    positive("Viện KSND tối cao đã ban hành cáo trạng.", { name: "Viện KSND tối cao", expanded: "Viện Kiểm sát nhân dân tối cao" }),
    positive("Viện KSND Tối cao đã ban hành cáo trạng.", { name: "Viện KSND Tối cao" }),
    positive("Vụ án được TAND Tối cao xét xử giám đốc thẩm.", { name: "TAND Tối cao" }),
    positive("Tòa án nhân dân tối cao ban hành nghị quyết.", { name: "Tòa án nhân dân tối cao" }),
    // Investigation agencies with the police or procuracy they belong to; never alone.
    positive("Cơ quan CSĐT Bộ Công an đã khởi tố vụ án.", { name: "Cơ quan CSĐT Bộ Công an", expanded: "Cơ quan Cảnh sát điều tra Bộ Công an" }),
    positive("Cơ quan Cảnh sát điều tra Bộ Công an đã khởi tố vụ án.", { name: "Cơ quan Cảnh sát điều tra Bộ Công an" }),
    positive("Cơ quan CSĐT Công an tỉnh Đồng Nai vừa bắt tạm giam bị can.", { name: "Cơ quan CSĐT Công an tỉnh Đồng Nai" }),
    positive("Cơ quan An ninh điều tra Bộ Công an đã khởi tố bị can.", { name: "Cơ quan An ninh điều tra Bộ Công an" }),
    ...negative(
      "Cơ quan CSĐT đã khởi tố vụ án.",
      "Cơ quan điều tra đang làm rõ vụ việc.",
    ),
    // A bank's registered name runs on in lower case to a place and "(ABBR)".
    positive("Ngân hàng TMCP Phát triển nhà đồng bằng sông Cửu Long (MHB) đã cho vay.", {
      name: "Ngân hàng TMCP Phát triển nhà đồng bằng sông Cửu Long",
      aliases: ["MHB"],
    }),
    positive("Ngân hàng ACB giảm lãi suất Hà Nội (HN) từ tuần sau.", { name: "Ngân hàng ACB" }),
    positive("Ngân hàng TMCP Techcombank chỉ bán được 760.000 cổ phiếu (CP) trong phiên.", { name: "Ngân hàng TMCP Techcombank" }),
    // Universities written "Trường ĐH"; a place alone closes the name before the clause.
    positive("Trường ĐH Quy Nhơn vừa công bố điểm chuẩn.", { name: "Trường ĐH Quy Nhơn" }),
    positive("Trường ĐH Cần Thơ cần thêm giảng viên.", { name: "Trường ĐH Cần Thơ" }),
    inContext("Trường ĐH Bách khoa (ĐHQG TP. HCM) vừa công bố điểm chuẩn.", "Trường ĐH Bách khoa", { name: "Trường ĐH Bách khoa" }),
    positive("Trường CĐ Y tế Khánh Hòa phát gạo cho ngư dân.", { name: "Trường CĐ Y tế Khánh Hòa" }),
    // Lower-case words before a place, "Việt Nam" or "Quốc gia".
    positive("Hiệp hội doanh nghiệp Thanh Hóa tổ chức hội thảo.", { name: "Hiệp hội doanh nghiệp Thanh Hóa" }),
    positive("Hội đồng thẩm định Quốc gia đã họp phiên thứ nhất.", { name: "Hội đồng thẩm định Quốc gia" }),
    positive("Liên đoàn bóng chuyền Việt Nam công bố danh sách.", { name: "Liên đoàn bóng chuyền Việt Nam" }),
    positive("Hiệp hội Bệnh viện tư nhân VN kiến nghị sửa quy định.", { name: "Hiệp hội Bệnh viện tư nhân VN" }),
    ...negative(
      // events and joint bodies, not a lower-case-led name
      "Hội chợ Hà Nội thu hút nhiều khách.",
      "Hội thảo Quốc gia về giáo dục diễn ra hôm qua.",
      "Chủ tịch Ủy ban hợp tác Việt Nam – Lào ký kết biên bản.",
    ),
    inContext(
      "Thỏa thuận hợp tác giữa HĐND tỉnh Hòa Bình với HĐND tỉnh Tuv (Mông Cổ).",
      "HĐND tỉnh Hòa Bình",
      { name: "HĐND tỉnh Hòa Bình" },
    ),
    inContext(
      "Triển khai Nghị quyết số 21/NQ-CP, ngày 20/2/2023 của Chính phủ ban hành Chương trình hành động.",
      "Chính phủ",
      { name: "Chính phủ" },
    ),

    // --- Companies: legal form, lines of business in any case, then the proper name ----------
    positive("Công ty cổ phần phát triển nhà tỉnh Bà Rịa - Vũng Tàu đầu tư dự án căn hộ.", { name: "Công ty cổ phần phát triển nhà tỉnh Bà Rịa - Vũng Tàu" }),
    positive("Công ty cổ phần thép Pomina 2 với dự án nhà máy tôn mạ kẽm.", { name: "Công ty cổ phần thép Pomina 2" }),
    positive("Tổng công ty đầu tư phát triển đô thị và khu công nghiệp Việt Nam vừa công bố kết quả.", { name: "Tổng công ty đầu tư phát triển đô thị và khu công nghiệp Việt Nam" }),
    positive("Công ty tập đoàn khoa học công nghệ Khải Thịnh đăng ký đầu tư.", { name: "Công ty tập đoàn khoa học công nghệ Khải Thịnh" }),
    positive("Tổng công ty CP Bia - Rượu - Nước giải khát Sài Gòn trình đại hội cổ đông.", { name: "Tổng công ty CP Bia - Rượu - Nước giải khát Sài Gòn" }),
    positive("Tổng công ty cổ phần Bia - Rượu - Nước giải khát Sài Gòn trình đại hội cổ đông.", { name: "Tổng công ty cổ phần Bia - Rượu - Nước giải khát Sài Gòn" }),
    positive("Gói thầu do Công ty CP Xây dựng công trình giao thông 244 thi công.", { name: "Công ty CP Xây dựng công trình giao thông 244" }),
    positive("Công ty CP Đầu tư và Xây dựng 501 đã tổ chức lễ ra quân.", { name: "Công ty CP Đầu tư và Xây dựng 501" }),
    positive("Công ty CP đầu tư và phát triển nhà số 5 nghiên cứu lập dự án.", { name: "Công ty CP đầu tư và phát triển nhà số 5" }),
    positive("Công ty TNHH MTV Thoát nước đô thị TP.HCM kiểm tra các miệng cống.", { name: "Công ty TNHH MTV Thoát nước đô thị TP.HCM" }),
    positive("Công ty TNHH Một thành viên Lọc – Hóa dầu Bình Sơn vận hành nhà máy.", { name: "Công ty TNHH Một thành viên Lọc – Hóa dầu Bình Sơn" }),
    positive("Công ty CP Thép Hòa Phát Dung Quất có vốn điều lệ 10.000 tỷ đồng.", { name: "Công ty CP Thép Hòa Phát Dung Quất" }),
    positive("Công ty cổ phần Giày Thiên Phúc thông báo tuyển 200 công nhân.", { name: "Công ty cổ phần Giày Thiên Phúc" }),
    positive("Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không cho biết sân bay có hai đường cất hạ cánh.", { name: "Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không" }),
    positive("Ông Nam nói Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không (ADCC) đã trình phương án.", { name: "Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không", aliases: ["ADCC"] }),
    inContext("Công ty CP Môi trường Khánh Hòa Trước đó đã thu gom rác.", "Công ty CP Môi trường Khánh Hòa", { name: "Công ty CP Môi trường Khánh Hòa" }),
    inContext("Công ty TNHH dệt Pacific Crystal do ông Wan Wai Loi làm giám đốc.", "Công ty TNHH dệt Pacific Crystal", { name: "Công ty TNHH dệt Pacific Crystal" }),
    inContext("Công ty CP Vật tư thiết bị và Xây dựng Vạn Xuân trúng Gói thầu Xây lắp.", "Công ty CP Vật tư thiết bị và Xây dựng Vạn Xuân", { name: "Công ty CP Vật tư thiết bị và Xây dựng Vạn Xuân" }),
    // Two companies joined by "và" stay two.
    inContext("Tổng công ty Lâm nghiệp và Tổng công ty Chè Việt Nam được cổ phần hóa.", "Tổng công ty Chè Việt Nam", { name: "Tổng công ty Chè Việt Nam" }),
    // A listed group under its registered name: one fact with its short name.
    positive("Công ty CP Tập đoàn Hòa Phát đầu tư khu liên hợp gang thép, Hòa Phát sẽ khởi công năm sau.", { name: "Công ty CP Tập đoàn Hòa Phát", aliases: ["Hòa Phát"] }),
    ...negative(
      // a legal form or lines of business with no name; a count after the lines
      "Công ty TNHH MTV đã được thành lập năm 2010.",
      "Công ty cổ phần xây dựng tại Hà Nội phải công khai báo cáo.",
      "Tập đoàn kinh tế Hàn Quốc đầu tư mạnh vào điện tử.",
    ),
    ...negative("Công ty cổ phần xây dựng 3 dự án nhà ở xã hội."),

    // --- Another country's parliament and government, named bare after "Quốc hội Mỹ" ---------
    ...negative(
      "Quốc hội Mỹ đã thông qua dự luật ngân sách. Theo đó, Quốc hội sẽ cấp thêm 10 tỷ USD cho quốc phòng.",
      "Chính phủ Hàn Quốc quyết định mở rộng yêu cầu an toàn với pin. Chính phủ cho biết sẽ kiểm soát các sản phẩm nhập khẩu.",
    ),
    // … but Vietnam's own stays: named first, or in a paragraph about Vietnam.
    inContext("Chính phủ ban hành nghị định mới. Chính phủ Nhật Bản hỗ trợ 10 triệu USD.", "Chính phủ", { name: "Chính phủ" }),
    inContext(
      "Quốc hội Mỹ thông qua dự luật thương mại. Trong khi đó, Quốc hội đã thảo luận về kinh tế - xã hội của Việt Nam.",
      "Quốc hội",
      { name: "Quốc hội" },
    ),

    // --- Bodies named after their parent; Vietnam's missions abroad -------------------------
    positive("Ban Chỉ đạo của Chính phủ về phát triển dịch vụ logistics họp phiên thứ nhất.", { name: "Ban Chỉ đạo của Chính phủ về phát triển dịch vụ logistics" }),
    positive("Ban Chấp hành Đảng bộ tỉnh Yên Bái khóa XIX họp.", { name: "Ban Chấp hành Đảng bộ tỉnh Yên Bái" }),
    positive("Đại sứ quán Việt Nam tại Malaysia cho biết đã liên hệ với cơ quan chức năng.", { name: "Đại sứ quán Việt Nam tại Malaysia" }),
    positive("Đại sứ quán Việt Nam tại Nhật Bản tổ chức gặp mặt.", { name: "Đại sứ quán Việt Nam tại Nhật Bản" }),
    ...negative("Đại sứ quán Hàn Quốc tại Việt Nam cấp thị thực.", "Ban Chỉ đạo của tỉnh đã họp."),
  ],
};
