// The target corpus: triggers, ranges, qualifiers, metrics, years and periods, chains of
// goals under one trigger, and what only looks like a goal. Run by target.test.ts through the
// whole pipeline. Reference date 2024-07-18: years after 2024 are in the future.
import { examples, inContext, negative, positive, type Corpus } from "../corpus.js";

const range = (min: number, max: number, extra: Record<string, unknown> = {}) => ({ min, max, unit: "%", ...extra });

export const corpus: Corpus = {
  type: "target",
  referenceDate: "2024-07-18",
  examples: [
    // --- Ranges -------------------------------------------------------------------------------
    ...examples(range(6.5, 7, { metric: "tăng trưởng kinh tế", year: 2024 }), [
      "mục tiêu tăng trưởng kinh tế năm 2024 từ 6,5 - 7%",
      "mục tiêu tăng trưởng kinh tế năm 2024 từ 6,5-7%",
      "mục tiêu tăng trưởng kinh tế năm 2024 từ 6,5–7%",
      "mục tiêu tăng trưởng kinh tế năm 2024 từ 6,5% đến 7%",
      "mục tiêu tăng trưởng kinh tế năm 2024 là 6,5% - 7%",
      "mục tiêu tăng trưởng kinh tế năm 2024 từ 6,5 đến 7%",
      "mục tiêu tăng trưởng kinh tế vào cuối năm 2024 từ 6,5 - 7%",
    ]),
    positive("mục tiêu tăng trưởng cao hơn cho cả năm 2024 từ 6,5 - 7%", range(6.5, 7, { metric: "tăng trưởng", year: 2024 })),
    positive("GRDP bình quân đầu người phấn đấu từ 86 đến 88 triệu đồng", { min: 86e6, max: 88e6, unit: "VND" }),
    positive("phấn đấu tăng thêm khoảng 25 - 30 tỷ USD vốn hóa", { min: 25e9, max: 30e9, unit: "USD", qualifier: "about", metric: "vốn hóa" }),

    // --- Triggers -----------------------------------------------------------------------------
    positive("hướng tới 150 tỷ USD kim ngạch thương mại vào năm 2030", { value: 150e9, unit: "USD", metric: "kim ngạch thương mại", year: 2030 }),
    positive("hướng đến kim ngạch thương mại 100 tỷ USD", { value: 100e9, unit: "USD", metric: "kim ngạch thương mại" }),
    positive("Hàn Quốc cam kết tăng 15% hạn ngạch lao động Việt Nam ngay trong năm 2024", { value: 15, unit: "%", metric: "hạn ngạch lao động việt nam", year: 2024 }),
    positive("Nhật Bản cam kết dành 5 tỷ USD cho các dự án hạ tầng", { value: 5e9, unit: "USD" }),
    positive("Chính phủ đặt mục tiêu kim ngạch xuất khẩu đạt 500 tỷ USD vào năm 2030", { value: 500e9, unit: "USD", metric: "kim ngạch xuất khẩu", year: 2030 }),
    positive("phấn đấu kim ngạch thương mại hai chiều năm 2025 tăng 10%", { value: 10, unit: "%", metric: "kim ngạch thương mại hai chiều", year: 2025 }),
    positive("chỉ tiêu tăng trưởng tín dụng năm 2024 khoảng 15%", { value: 15, unit: "%", metric: "tăng trưởng tín dụng", qualifier: "about", year: 2024 }),
    positive("nhằm đạt 20 tỷ USD kim ngạch xuất khẩu nông sản", { value: 20e9, unit: "USD", metric: "kim ngạch xuất khẩu nông sản" }),
    positive("Thành phố dự kiến thu 10.000 tỷ đồng từ đấu giá đất", { value: 1e13, unit: "VND" }),
    // A project's planned capital is a plan ("vốn đầu tư dự kiến"), unlike an expected outcome.
    positive("Dự án có tổng vốn đầu tư dự kiến 500 triệu USD, xây dựng trong 3 năm", { value: 5e8, unit: "USD", metric: "tổng vốn đầu tư" }),
    positive("nhà máy với quy mô vốn đầu tư dự kiến 1,2 tỷ USD", { value: 1.2e9, unit: "USD" }),
    positive("Theo kế hoạch, năm 2025 tỉnh sẽ đón 6 triệu lượt khách", { value: 6e6, unit: "lượt khách", year: 2025 }),
    positive("Tập đoàn quyết tâm đạt doanh thu 2 tỷ USD", { value: 2e9, unit: "USD", metric: "doanh thu" }),
    positive("Phấn đấu đến năm 2025 có 1 triệu doanh nghiệp hoạt động", { value: 1e6, unit: "doanh nghiệp", year: 2025 }),
    positive("phấn đấu đến năm 2025 có 2,5 - 3 nghìn doanh nghiệp", { min: 2500, max: 3000, unit: "doanh nghiệp", year: 2025 }),

    // --- Qualifiers ---------------------------------------------------------------------------
    ...examples({ value: 8, unit: "%", qualifier: "at_least", metric: "tăng trưởng GDP" }, [
      "phấn đấu tăng trưởng GDP đạt 8% trở lên",
      "phấn đấu tăng trưởng GDP đạt ít nhất 8%",
      "phấn đấu tăng trưởng GDP đạt tối thiểu 8%",
    ]),
    positive("phấn đấu tăng trưởng GDP trên 8%", { value: 8, unit: "%", qualifier: "over" }),
    positive("mục tiêu lạm phát dưới 4%", { value: 4, unit: "%", qualifier: "under", metric: "lạm phát" }),

    // --- Years and periods ----------------------------------------------------------------------
    positive("mục tiêu tăng trưởng bình quân giai đoạn 2021-2025 đạt 6,5%", { value: 6.5, unit: "%", period: "2021/2025", year: 2025 }),
    positive("Năm 2025, tỉnh phấn đấu thu ngân sách 12.000 tỷ đồng", { value: 12e12, unit: "VND", year: 2025 }),
    positive("Đến năm 2030, tỷ lệ đô thị hóa đạt 50%", { value: 50, unit: "%", metric: "tỷ lệ đô thị hóa", year: 2030 }),
    positive("đến năm 2030, kim ngạch xuất khẩu tôm của Việt Nam đạt 10 tỷ USD", { value: 10e9, unit: "USD", metric: "kim ngạch xuất khẩu tôm", year: 2030 }),
    positive("Hai nước nhất trí nâng kim ngạch thương mại lên 20 tỷ USD vào năm 2026", { value: 20e9, unit: "USD", year: 2026 }),
    positive("Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 10 tỷ USD vào năm 2025.", {
      value: 10e9,
      unit: "USD",
      metric: "kim ngạch thương mại song phương",
      year: 2025,
    }),
    positive("Mục tiêu đến năm 2030 cả nước có 5.000 km đường cao tốc.", { value: 5000, unit: "km", metric: "đường cao tốc", year: 2030 }),

    // --- Several goals under one trigger --------------------------------------------------------
    inContext(
      "Năm 2024, công ty đặt mục tiêu doanh thu 3.752 tỷ đồng, lợi nhuận sau thuế 403 tỷ đồng, cổ tức 8%.",
      "đặt mục tiêu doanh thu 3.752 tỷ đồng",
      { value: 3752e9, unit: "VND", metric: "doanh thu", year: 2024 },
    ),
    inContext(
      "Năm 2024, công ty đặt mục tiêu doanh thu 3.752 tỷ đồng, lợi nhuận sau thuế 403 tỷ đồng, cổ tức 8%.",
      "lợi nhuận sau thuế 403 tỷ đồng",
      { value: 403e9, unit: "VND", metric: "lợi nhuận sau thuế", year: 2024 },
    ),
    inContext(
      "Năm 2024, công ty đặt mục tiêu doanh thu 3.752 tỷ đồng, lợi nhuận sau thuế 403 tỷ đồng, cổ tức 8%.",
      "cổ tức 8%",
      { value: 8, unit: "%", metric: "cổ tức", year: 2024 },
    ),
    inContext(
      "Bộ đề ra mục tiêu tỷ lệ nội địa hóa là 40% vào năm 2025 và 60% vào năm 2030.",
      "60% vào năm 2030",
      { value: 60, unit: "%", metric: "tỷ lệ nội địa hóa", year: 2030 },
    ),
    inContext(
      "Bộ đề ra mục tiêu tỷ lệ nội địa hóa là 40% vào năm 2025 và 60% vào năm 2030.",
      "mục tiêu tỷ lệ nội địa hóa là 40% vào năm 2025",
      { value: 40, unit: "%", metric: "tỷ lệ nội địa hóa", year: 2025 },
    ),

    // --- A goal list: one cue governs the rest of the sentence, across ";" and after ":" ---------
    ...(() => {
      const t = "Kế hoạch đặt mục tiêu đến năm 2030, tỷ lệ đô thị hóa toàn tỉnh đạt trên 45%; thu nhập bình quân đầu người đạt tối thiểu 150 triệu đồng; tỷ lệ hộ nghèo giảm xuống dưới 1%.";
      return [
        inContext(t, "đến năm 2030, tỷ lệ đô thị hóa toàn tỉnh đạt trên 45%", { value: 45, unit: "%", qualifier: "over", metric: "tỷ lệ đô thị hóa toàn tỉnh", year: 2030 }),
        inContext(t, "thu nhập bình quân đầu người đạt tối thiểu 150 triệu đồng", { value: 150e6, unit: "VND", qualifier: "at_least", metric: "thu nhập bình quân đầu người", year: 2030 }),
        inContext(t, "tỷ lệ hộ nghèo giảm xuống dưới 1%", { value: 1, unit: "%", qualifier: "under", metric: "tỷ lệ hộ nghèo", year: 2030 }),
      ];
    })(),
    ...(() => {
      const t = "Về chỉ tiêu năm 2025, HĐND thành phố đề ra: tăng trưởng GRDP đạt 8 - 8,5%; kim ngạch xuất khẩu tăng khoảng 10%; có thêm ít nhất 12 xã đạt chuẩn nông thôn nâng cao.";
      return [
        inContext(t, "đề ra: tăng trưởng GRDP đạt 8 - 8,5%", range(8, 8.5, { metric: "tăng trưởng GRDP", year: 2025 })),
        inContext(t, "kim ngạch xuất khẩu tăng khoảng 10%", { value: 10, unit: "%", qualifier: "about", metric: "kim ngạch xuất khẩu", year: 2025 }),
        inContext(t, "ít nhất 12 xã", { value: 12, unit: "xã", qualifier: "at_least", metric: "xã", year: 2025 }),
      ];
    })(),
    ...(() => {
      const t = "Tỉnh phấn đấu tốc độ tăng trưởng kinh tế năm 2025 đạt 8%, GRDP bình quân đầu người 95 triệu đồng; tổng vốn đầu tư toàn xã hội tăng 12%; tỷ lệ che phủ rừng đạt 42%.";
      return [
        inContext(t, "GRDP bình quân đầu người 95 triệu đồng", { value: 95e6, unit: "VND", metric: "GRDP bình quân đầu người", year: 2025 }),
        inContext(t, "tổng vốn đầu tư toàn xã hội tăng 12%", { value: 12, unit: "%", metric: "tổng vốn đầu tư toàn xã hội", year: 2025 }),
        inContext(t, "tỷ lệ che phủ rừng đạt 42%", { value: 42, unit: "%", metric: "tỷ lệ che phủ rừng", year: 2025 }),
      ];
    })(),
    inContext(
      "Chương trình đặt mục tiêu đến năm 2030 tỷ lệ sử dụng thanh toán không dùng tiền mặt của người dân và doanh nghiệp đạt trên 70%, trong đó khu vực nông thôn đạt 50%.",
      "khu vực nông thôn đạt 50%",
      { value: 50, unit: "%", metric: "khu vực nông thôn", year: 2030 },
    ),
    inContext(
      "Chương trình đặt mục tiêu đến năm 2030 tỷ lệ sử dụng thanh toán không dùng tiền mặt của người dân và doanh nghiệp đạt trên 70%, trong đó khu vực nông thôn đạt 50%.",
      "đến năm 2030 tỷ lệ sử dụng thanh toán không dùng tiền mặt của người dân và doanh nghiệp đạt trên 70%",
      { value: 70, unit: "%", qualifier: "over", metric: "tỷ lệ sử dụng thanh toán không dùng tiền mặt", year: 2030 },
    ),
    inContext(
      "Nghị quyết đề ra mục tiêu đến năm 2035, Việt Nam thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới sáng tạo; chi cho nghiên cứu (R&D) đạt 2% GDP.",
      "chi cho nghiên cứu (R&D) đạt 2%",
      { value: 2, unit: "%", metric: "chi", year: 2035 },
    ),
    // A ranking group is a goal's number, with what it ranks in.
    inContext(
      "Nghị quyết đề ra mục tiêu đến năm 2035, Việt Nam thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới sáng tạo; chi cho nghiên cứu (R&D) đạt 2% GDP.",
      "đến năm 2035, Việt Nam thuộc nhóm 30 nước",
      { value: 30, unit: "nước", metric: "đổi mới sáng tạo", year: 2035 },
    ),
    positive("Tỉnh phấn đấu năm 2026 lọt vào nhóm 15 địa phương dẫn đầu cả nước về chỉ số cải cách hành chính.", { value: 15, unit: "địa phương", year: 2026 }),

    // --- Cue, metric and year before the number ---------------------------------------------------
    positive("mục tiêu tăng trưởng tín dụng năm 2025 đạt 16%", { value: 16, unit: "%", metric: "tăng trưởng tín dụng", year: 2025 }),
    positive("chỉ tiêu thu ngân sách năm 2025 là 25.000 tỷ đồng", { value: 25e12, unit: "VND", metric: "thu ngân sách", year: 2025 }),
    positive("Để hoàn thành mục tiêu tăng trưởng GRDP năm 2025 đạt 9%, tỉnh sẽ tập trung tháo gỡ vướng mắc.", { value: 9, unit: "%", metric: "tăng trưởng GRDP", year: 2025 }),
    // A goal named after a comparison, when the text says who set it.
    inContext("Năm 2024, GDP tăng 6,8%, vượt mục tiêu 6,5% mà Quốc hội đã đề ra.", "mục tiêu 6,5%", { value: 6.5, unit: "%", metric: "GDP", year: 2024 }),
    inContext(
      "Tăng trưởng cả năm ước đạt 5,2%, thấp hơn chỉ tiêu 6% do HĐND tỉnh giao.",
      "chỉ tiêu 6%",
      { value: 6, unit: "%", metric: "tăng trưởng" },
    ),

    // --- Commitments ------------------------------------------------------------------------------
    positive("Theo cam kết, Nhật Bản sẽ xóa bỏ thuế đối với 92% số dòng thuế ngay khi hiệp định có hiệu lực.", { value: 92, unit: "%", metric: "số dòng thuế" }),
    positive("Australia cam kết xóa bỏ thuế quan với 97% số dòng thuế trong vòng 5 năm.", { value: 97, unit: "%", metric: "số dòng thuế" }),
    inContext(
      "Theo cam kết, ngay khi hiệp định có hiệu lực, Canada sẽ loại bỏ thuế với 75% số dòng thuế và sau 5 năm là 95%.",
      "95%",
      { value: 95, unit: "%", metric: "số dòng thuế" },
    ),

    // --- Phases of a plan -------------------------------------------------------------------------
    inContext(
      "Giai đoạn 1 (2025 - 2030), thành phố xây dựng 3 tuyến metro với tổng chiều dài 100 km; giai đoạn 2 (2031 - 2035) hoàn thành thêm 4 tuyến.",
      "Giai đoạn 1 (2025 - 2030), thành phố xây dựng 3 tuyến metro",
      { value: 3, unit: "tuyến metro", period: "2025/2030", year: 2030 },
    ),
    inContext(
      "Giai đoạn 1 (2025 - 2030), thành phố xây dựng 3 tuyến metro với tổng chiều dài 100 km; giai đoạn 2 (2031 - 2035) hoàn thành thêm 4 tuyến.",
      "giai đoạn 2 (2031 - 2035) hoàn thành thêm 4 tuyến",
      { value: 4, unit: "tuyến", period: "2031/2035", year: 2035 },
    ),
    inContext(
      "Giai đoạn 2026 - 2030, tỉnh thu hút khoảng 5 tỷ USD vốn FDI, phát triển ít nhất 20 khu công nghiệp.",
      "ít nhất 20 khu công nghiệp",
      { value: 20, unit: "khu công nghiệp", qualifier: "at_least", period: "2026/2030" },
    ),

    // --- Years, deadlines and metrics after the number --------------------------------------------
    positive("Tỉnh phấn đấu giải ngân 95% kế hoạch vốn đầu tư công năm 2025.", { value: 95, unit: "%", year: 2025 }),
    positive("Công ty phấn đấu hoàn thành 120 km đường trước ngày 30/6/2025.", { value: 120, unit: "km", metric: "đường", year: 2025 }),
    inContext(
      "Theo kế hoạch, Tổng cục sẽ mua 150.000 tấn gạo và 60.000 tấn thóc trước ngày 30/4/2025.",
      "60.000 tấn thóc",
      { value: 60000, unit: "tấn", metric: "thóc", year: 2025 },
    ),
    inContext(
      "Theo kế hoạch, Tổng cục sẽ mua 150.000 tấn gạo và 60.000 tấn thóc trước ngày 30/4/2025.",
      "kế hoạch, Tổng cục sẽ mua 150.000 tấn gạo",
      { value: 150000, unit: "tấn", metric: "gạo", year: 2025 },
    ),
    positive("Chỉ tiêu tuyển sinh năm nay là 4.500 sinh viên.", { value: 4500, unit: "sinh viên", metric: "tuyển sinh", year: 2024 }),
    positive("Ông Macron đặt mục tiêu cắt giảm thất nghiệp từ 10% hiện nay xuống còn 7%.", { value: 7, unit: "%" }),
    positive("Hãng lên kế hoạch tăng sản lượng từ 50 triệu lít lên 120 triệu lít mỗi năm.", { value: 120e6, unit: "lít", metric: "sản lượng" }),
    positive("Giảm dần tỷ lệ bội chi ngân sách, đến năm 2030 xuống dưới 3% GDP.", { value: 3, unit: "%", qualifier: "under", year: 2030, metric: "tỷ lệ bội chi ngân sách" }),
    positive("Việt Nam đặt mục tiêu đào tạo 50.000 kỹ sư vi mạch.", { value: 50000, unit: "kỹ sư vi mạch", metric: "kỹ sư vi mạch" }),

    // --- In real-looking sentences --------------------------------------------------------------
    inContext(
      "Vì vậy, để thực hiện mục tiêu tăng trưởng kinh tế vào cuối năm 2024 từ 6,5 - 7%, ngoài tập trung phát triển hạ tầng thì ngoại giao kinh tế cần được tăng cường.",
      "mục tiêu tăng trưởng kinh tế vào cuối năm 2024 từ 6,5 - 7%",
      range(6.5, 7, { metric: "tăng trưởng kinh tế", year: 2024 }),
    ),
    inContext(
      "Việt Nam ký 45 văn kiện với Hàn Quốc, hướng tới 150 tỷ USD kim ngạch thương mại vào năm 2030; Hàn Quốc cam kết tăng 15% hạn ngạch lao động Việt Nam ngay trong năm 2024, nhân chuyến thăm của Thủ tướng tại 2 nước.",
      "cam kết tăng 15% hạn ngạch lao động Việt Nam ngay trong năm 2024",
      { value: 15, unit: "%", year: 2024 },
    ),
    inContext(
      "“Chúng ta đã xác định mục tiêu tăng trưởng cao hơn cho cả năm 2024 từ 6,5 - 7%, tiếp tục đẩy mạnh triển khai ba đột phá chiến lược”, Thủ tướng nói.",
      "mục tiêu tăng trưởng cao hơn cho cả năm 2024 từ 6,5 - 7%",
      range(6.5, 7, { year: 2024 }),
    ),
    inContext(
      "Thủ tướng yêu cầu phấn đấu tăng trưởng GDP năm 2025 đạt 8% trở lên, tạo đà cho giai đoạn tới.",
      "phấn đấu tăng trưởng GDP năm 2025 đạt 8% trở lên",
      { value: 8, unit: "%", qualifier: "at_least", metric: "tăng trưởng GDP", year: 2025 },
    ),
    inContext("Kế hoạch cổ tức năm nay là 10% nếu công ty tái cấu trúc thành công.", "Kế hoạch cổ tức năm nay là 10%", { value: 10, unit: "%", metric: "cổ tức", year: 2024 }),

    // --- Plans with "sẽ" after "Theo kế hoạch" / "Dự kiến" / "Theo lộ trình" -----------------------
    positive("Theo kế hoạch, nhà máy sẽ đạt công suất 1.200 MW vào năm 2026.", { value: 1200, unit: "MW", metric: "công suất", year: 2026 }),
    positive("Theo lộ trình, giá điện sẽ tăng 3% mỗi năm.", { value: 3, unit: "%", metric: "giá điện" }),
    positive("Theo kế hoạch, đến năm 2026, sân bay sẽ đón 25 triệu lượt khách mỗi năm.", { value: 25e6, unit: "lượt khách", year: 2026 }),
    // "dự kiến" before the actor's own action is a plan; before an outcome it is an expectation (a figure).
    positive("Công ty dự kiến sẽ tuyển 500 lao động trong năm 2025.", { value: 500, unit: "lao động", year: 2025 }),
    positive("Năm 2025, tỉnh dự kiến đầu tư 2.000 tỷ đồng cho hạ tầng giao thông.", { value: 2e12, unit: "VND", year: 2025 }),
    positive("Samsung Việt Nam phấn đấu xuất khẩu 60 tỷ USD trong năm 2025.", { value: 60e9, unit: "USD", metric: "xuất khẩu", year: 2025 }),

    // --- Requirements from an authority -------------------------------------------------------------
    positive("Thủ tướng yêu cầu các bộ, ngành phải giải ngân 100% kế hoạch vốn đầu tư công năm 2024.", { value: 100, unit: "%", year: 2024 }),
    positive("Chính phủ yêu cầu tỷ lệ giải ngân đạt ít nhất 95%.", { value: 95, unit: "%", qualifier: "at_least", metric: "tỷ lệ giải ngân" }),
    positive("Ngân hàng Nhà nước cần bảo đảm tăng trưởng tín dụng khoảng 15%.", { value: 15, unit: "%", qualifier: "about", metric: "tăng trưởng tín dụng" }),
    inContext(
      "Tại hội nghị, Bộ trưởng chỉ đạo các đơn vị phấn đấu thu ngân sách đạt 1,7 triệu tỷ đồng, đồng thời rà soát các khoản chi.",
      "phấn đấu thu ngân sách đạt 1,7 triệu tỷ đồng",
      { value: 1.7e15, unit: "VND", metric: "thu ngân sách" },
    ),

    // --- Limits ------------------------------------------------------------------------------------
    positive("Chính phủ đề nghị kiểm soát lạm phát dưới 4,5%.", { value: 4.5, unit: "%", qualifier: "under", metric: "lạm phát" }),
    positive("Quốc hội yêu cầu giữ bội chi ngân sách không quá 4% GDP.", { value: 4, unit: "%", qualifier: "at_most", metric: "bội chi ngân sách" }),
    positive("Nợ công không vượt 60% GDP.", { value: 60, unit: "%", qualifier: "at_most", metric: "nợ công" }),
    inContext(
      "Năm 2025, Ngân hàng Nhà nước điều hành chính sách tiền tệ linh hoạt, kiểm soát lạm phát ở mức dưới 4,5%, bảo đảm thanh khoản hệ thống.",
      "kiểm soát lạm phát ở mức dưới 4,5%",
      { value: 4.5, unit: "%", qualifier: "under", metric: "lạm phát", year: 2025 },
    ),

    // --- A list of goal years ------------------------------------------------------------------------
    inContext(
      "Hai nước nhất trí nâng kim ngạch lên 100 tỷ USD vào năm 2025 và 150 tỷ USD vào năm 2030.",
      "150 tỷ USD vào năm 2030",
      { value: 150e9, unit: "USD", year: 2030 },
    ),
    inContext(
      "Hai bên đặt mục tiêu đưa kim ngạch thương mại lên 100 tỷ USD vào năm 2023 và hướng tới 150 tỷ USD vào năm 2030.",
      "hướng tới 150 tỷ USD vào năm 2030",
      { value: 150e9, unit: "USD", year: 2030, metric: "kim ngạch thương mại" },
    ),
    inContext(
      "Hai bên đặt mục tiêu đưa kim ngạch thương mại lên 100 tỷ USD vào năm 2023 và hướng tới 150 tỷ USD vào năm 2030.",
      "đặt mục tiêu đưa kim ngạch thương mại lên 100 tỷ USD vào năm 2023",
      { value: 100e9, unit: "USD", year: 2023, metric: "kim ngạch thương mại" },
    ),

    // --- Not targets ------------------------------------------------------------------------------
    ...negative(
      // results and comparisons with a plan
      "Doanh thu năm 2023 đạt 104% kế hoạch.",
      "Sản lượng đạt 28,2% so với kế hoạch năm.",
      "Công ty đã vượt kế hoạch lợi nhuận 15%.",
      "Năm 2023, GDP tăng 5,05%, thấp hơn mục tiêu đề ra.",
      "GDP 6 tháng đầu năm tăng 6,42%.",
      "Đến năm 2023, xuất khẩu đạt 355 tỷ USD.",
      // forecasts, expectations and estimates are figures, the actor's own or a third party's
      "IMF dự báo kinh tế Việt Nam tăng trưởng 6% vào năm 2025.",
      "Tăng trưởng của khu vực APEC năm 2026 dự kiến đạt 3,7%, bằng mức tăng trưởng toàn cầu.",
      "Quý này, xuất khẩu của tập đoàn phục hồi, dự kiến đạt 11 tỷ USD.",
      "Cổ tức dự kiến là 10% nếu công ty tái cấu trúc thành công.",
      "Dự kiến, đến năm 2026, sân bay sẽ đón 25 triệu lượt khách mỗi năm.",
      "Doanh thu dự kiến của dự án sau khi hoàn thành là khoảng 2 tỷ USD.",
      "Số vốn đầu tư dự kiến sẽ đạt 3.000 tỷ đồng vào năm 2027.",
      "Doanh nghiệp kỳ vọng doanh thu năm 2026 đạt 500 tỷ đồng.",
      "Theo dự báo, đến năm 2030 thị trường này có thể đạt 1.000 tỷ USD.",
      "Tăng trưởng GDP năm 2025 ước đạt 7%.",
      "Kinh tế số được kỳ vọng đóng góp 20% GDP vào năm 2030.",
      "Theo tính toán của các chuyên gia, chi phí tới năm 2070 sẽ lên tới 1.500 tỷ USD.",
      // registered capital, names, back-references, earmarked budgets, military targets
      "Vốn FDI cam kết vào Việt Nam đạt 1,4 tỷ USD.",
      "Theo Bộ Kế hoạch và Đầu tư, vốn FDI đạt 10 tỷ USD.",
      "Mục tiêu này giúp tăng thu nhập thêm 20%.",
      "Ngân sách trung ương bổ sung có mục tiêu cho tỉnh 500 tỷ đồng.",
      "Tên lửa có thể tiêu diệt mục tiêu ở độ cao 1.500 km.",
      "Chương trình mục tiêu quốc gia có tổng vốn 100.000 tỷ đồng.",
      // goals without a number
      "Chỉ thị về công tác ngoại giao kinh tế phục vụ phát triển đất nước đến năm 2030.",
      "hướng tới kỷ niệm 50 năm thiết lập quan hệ ngoại giao",
      "mục tiêu hình thành quan hệ đối tác toàn diện giữa ASEAN với 6 đối tác",
      // loose plans whose number is about something else
      "Theo kế hoạch, từ ngày 11/2, các thuê bao cố định tại 13 tỉnh sẽ đổi mã vùng.",
      "Kế hoạch không như cô sắp đặt khi 4 vị khách bất ngờ xuất hiện.",
      "Theo dự kiến, hội hoa sẽ được tổ chức trong 3 ngày tại khu đồi cách trung tâm thành phố khoảng 5 km.",
      "Kết quả này đúng như dự kiến 5 năm trước.",
      "Khi phát triển kinh tế kế hoạch, chúng ta có hai thành phần kinh tế chủ chốt.",
      "Tỷ lệ tham gia bảo hiểm y tế vượt 0,96% chỉ tiêu kế hoạch do Thủ tướng giao.",
      // results reported against goals, and lists that turn to results
      "Kết quả thực hiện các chỉ tiêu năm 2023: GRDP tăng 8,2%; thu ngân sách đạt 15.000 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2,1%.",
      "Năm 2023, tỉnh đã hoàn thành và vượt 18 chỉ tiêu; GRDP tăng 8,2%; thu ngân sách đạt 15.000 tỷ đồng.",
      "Doanh thu năm 2023 đạt 5.200 tỷ đồng, bằng 104% kế hoạch; lợi nhuận đạt 420 tỷ đồng, vượt 12% kế hoạch.",
      "Kim ngạch xuất khẩu 6 tháng đạt 190 tỷ USD, tăng 14,5% so với cùng kỳ, đạt 52% kế hoạch năm; nhập khẩu đạt 180 tỷ USD.",
      "Tính chung cả năm, 15/17 chỉ tiêu đạt và vượt kế hoạch, trong đó GDP tăng 6,8%, CPI tăng 3,5%.",
      "Với mục tiêu phục vụ người dân, năm qua bệnh viện đã khám cho 120.000 lượt bệnh nhân; phẫu thuật 5.000 ca.",
      "Đội bóng không còn mục tiêu nên thi đấu thoải mái trên sân nhà, nơi họ có 4 chiến thắng liên tiếp.",
      "Vượt mục tiêu đề ra, năm nay GDP tăng 7,1%.",
      // a phase named inside another phrase is not a plan's heading; a count inside a phrase describes something else
      "Theo chuẩn nghèo giai đoạn 2026 – 2030, huyện còn 7.000 hộ nghèo.",
      "Mục tiêu tỷ lệ nội địa hóa với xe đến 9 chỗ ngồi chưa đạt.",
      "Hội nghị bàn về lộ trình cam kết của các bên theo hiệp định.",
      // ratios and product grades after a goal word are not goals of their own
      "Giá gạo 5% tấm đã vượt mục tiêu của các nhà xuất khẩu.",
      // achieved results of requirements and limits, holdings, demands without a goal verb
      "Tỉnh đã giải ngân 95% kế hoạch vốn.",
      "Năm 2023, lạm phát được kiểm soát ở mức 3,2%.",
      "Xuất khẩu tăng 6% so với cùng kỳ.",
      "Nhà đầu tư nước ngoài nắm giữ dưới 5% cổ phần của ngân hàng.",
      "Gia đình yêu cầu bồi thường 500 triệu đồng.",
      "Người dân phải chờ hơn 3 giờ để làm thủ tục.",
      "Doanh nghiệp phải nộp phạt 50 triệu đồng.",
      "Các khoản phải thu khó đòi khiến chi phí tăng lên hơn 13 tỷ đồng.",
      "Chi đảm bảo an sinh xã hội (chiếm 86,2% tổng chi) được ưu tiên.",
      "Năm 2023, nợ công đã không vượt quá 60% GDP.",
      "Theo yêu cầu của Bộ Tài chính, tỷ lệ giải ngân hiện đạt 40%.",
    ),
    // Not the goal, but its baseline and a past year in the list.
    inContext("Năm 2025, thành phố phấn đấu đón 3 triệu lượt khách; năm 2023, thành phố đón 2,5 triệu lượt khách.", "phấn đấu đón 3 triệu lượt khách", {
      value: 3e6,
      unit: "lượt khách",
      year: 2025,
    }),
  ],
};
