// The figure corpus: number forms, units, qualifiers, counterparts, numbers in real-looking
// sentences, and everything that must not be a figure. Run by figure.test.ts through the whole
// pipeline (so directive, date and target claims are real).
import { examples, inContext, negative, positive, type Corpus } from "../corpus.js";

const count = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({ value, unit, kind: "count", ...extra });
const money = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({ value, unit, kind: "money", ...extra });
const percent = (value: number, extra: Record<string, unknown> = {}) => ({ value, unit: "%", kind: "percent", ...extra });
const measure = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({ value, unit, kind: "measure", ...extra });

export const corpus: Corpus = {
  type: "figure",
  referenceDate: "2024-07-18",
  examples: [
    // --- Numbers written in digits, Vietnamese style -----------------------------------------
    ...examples(measure(1200, "tấn"), ["1.200 tấn", "1200 tấn", "một nghìn hai trăm tấn", "một ngàn hai trăm tấn", "1,2 nghìn tấn"]),
    ...examples(measure(2500, "tấn"), ["2.500 tấn", "hai nghìn năm trăm tấn", "hai nghìn rưỡi tấn", "2,5 nghìn tấn"]),
    ...examples(measure(1234.5, "tấn"), ["1.234,5 tấn"]),
    ...examples(measure(1500000, "tấn"), ["1,5 triệu tấn", "1.500.000 tấn", "một triệu rưỡi tấn", "1 triệu rưỡi tấn"]),
    ...examples(percent(6.5), ["6,5%", "6.5%", "6,5 %", "6,5 phần trăm", "tăng 6,5%"]),
    ...examples(percent(9.9), ["9.9%", "9,9%"]),
    ...examples(percent(7.09), ["GDP tăng 7,09%", "7.09%", "tăng trưởng 7,09%"]),
    ...examples(percent(15), ["15%", "mười lăm phần trăm", "tăng 15% so với cùng kỳ"]),
    ...examples({ value: 0.5, unit: "điểm phần trăm", kind: "percent" }, ["giảm 0,5 điểm phần trăm"]),

    // --- Money: ISO 4217 codes ---------------------------------------------------------------
    ...examples(money(150e9, "USD"), [
      "150 tỷ USD",
      "150 tỉ USD",
      "150 tỷ đô la Mỹ",
      "150 tỷ đôla",
      "150 tỷ đô la",
      "một trăm năm mươi tỷ USD",
      "150.000 triệu USD",
      "$150 tỷ",
    ]),
    ...examples(money(3.2e9, "VND"), ["3 tỷ 200 triệu đồng", "3,2 tỷ đồng", "3,2 tỷ VNĐ", "3,2 tỷ VND", "3.200.000.000 đồng", "ba tỷ hai trăm triệu đồng"]),
    ...examples(money(50000, "VND"), ["50.000đ", "50.000 đồng", "50 nghìn đồng", "năm mươi nghìn đồng", "50.000 VNĐ"]),
    ...examples(money(1e13, "VND"), ["10 nghìn tỷ đồng", "10.000 tỷ đồng", "mười nghìn tỷ đồng"]),
    ...examples(money(2e9, "EUR"), ["2 tỷ euro", "2 tỷ EUR", "€2 tỷ"]),
    ...examples(money(1e8, "JPY"), ["100 triệu yên", "100 triệu yên Nhật"]),
    ...examples(money(5e9, "CNY"), ["5 tỷ nhân dân tệ", "5 tỷ NDT"]),
    ...examples(money(1e7, "KRW"), ["10 triệu won"]),
    ...examples(money(3e7, "GBP"), ["30 triệu bảng Anh", "30 triệu bảng"]),
    ...examples(money(5e8, "THB"), ["500 triệu baht"]),
    ...examples(money(2e6, "SGD"), ["2 triệu đô la Singapore"]),
    ...examples(money(4e9, "AUD"), ["4 tỷ đô la Úc", "4 tỷ AUD"]),

    // --- Measures keep their unit as written --------------------------------------------------
    ...examples(measure(500, "ha"), ["500 ha", "500ha"]),
    ...examples(measure(500, "héc-ta"), ["500 héc-ta"]),
    ...examples(measure(20, "km"), ["20 km", "20km"]),
    ...examples(measure(100, "m2"), ["100 m2", "100m2"]),
    ...examples(measure(100, "m²"), ["100 m²"]),
    ...examples(measure(1200, "MW"), ["1.200 MW", "1.200MW"]),
    ...examples(measure(3e9, "kWh"), ["3 tỷ kWh"]),
    ...examples(measure(2e6, "TEU"), ["2 triệu TEU"]),
    ...examples(measure(10, "lít"), ["10 lít"]),
    ...examples(measure(2.5e6, "tấn"), ["2,5 triệu tấn"]),

    // --- Rates keep the whole rate as written; money keeps its ISO code --------------------------
    ...examples(measure(600000, "tấn/năm"), ["600.000 tấn/năm", "công suất 600.000 tấn/năm", "600 nghìn tấn/năm"]),
    ...examples(measure(6, "tấn/ha"), ["6 tấn/ha", "năng suất lúa đạt 6 tấn/ha"]),
    ...examples(measure(100, "km/giờ"), ["100 km/giờ", "tàu chạy với vận tốc 100 km/giờ"]),
    positive("Bình quân mỗi người tiêu thụ 45 kg/người/năm.", measure(45, "kg/người/năm")),
    positive("Mẫu xe tiêu hao 7 lít/100 km.", measure(7, "lít/100 km")),
    positive("Sản lượng điện bình quân khoảng 4,67 tỷ kWh/năm.", measure(4.67e9, "kWh/năm", { qualifier: "about" })),
    ...examples(count(700, "khách/năm"), ["700 khách/năm", "Khu du lịch đón 700 khách/năm."]),
    positive("Tuyến xe buýt chạy 20 lượt/ngày.", count(20, "lượt/ngày")),
    positive("Bình quân 18 học sinh/lớp.", count(18, "học sinh/lớp")),
    positive("Sân bay đón 25 triệu hành khách/năm trở lên.", count(25e6, "hành khách/năm", { qualifier: "at_least" })),
    inContext("Cảng có công suất 4,5 triệu tấn/năm, gấp đôi hiện nay.", "4,5 triệu tấn/năm", measure(4.5e6, "tấn/năm")),
    inContext("Giá vé tham quan là 300.000 đồng/khách.", "300.000 đồng", money(300000, "VND")),
    inContext("Giá xuất khẩu bình quân khoảng 475 USD/tấn.", "khoảng 475 USD", money(475, "USD", { qualifier: "about" })),
    inContext("Tiền đạo này nhận mức lương 250.000 bảng/tuần.", "250.000 bảng", money(250000, "GBP")),
    // A year after the slash is a date part, not a rate.
    inContext("Sản lượng cá tra đạt 500 tấn/năm 2016.", "500 tấn", measure(500, "tấn")),
    // A slash between two nouns of one kind offers a choice, not a rate.
    inContext("Chương trình có 150 xã/phường tham gia.", "150 xã", count(150, "xã")),

    // --- Counts: the counted noun phrase, lower-cased ------------------------------------------
    positive("36 hoạt động đối ngoại Cấp cao", count(36, "hoạt động đối ngoại cấp cao")),
    positive("16 FTA", count(16, "FTA")),
    // A place after "vào/tại/ở" ends its phrase: the number after it is a count, not part of a name.
    positive("các nhà đầu tư Thái Lan đã đầu tư vào Việt Nam 205 dự án", count(205, "dự án")),
    positive("Hàn Quốc có tại Đà Nẵng 12 dự án", count(12, "dự án")),
    ...examples(count(3, "đột phá chiến lược"), ["ba đột phá chiến lược", "3 đột phá chiến lược", "Ba đột phá chiến lược"]),
    ...examples(count(21, "tỉnh"), ["hai mươi mốt tỉnh", "21 tỉnh"]),
    ...examples(count(15, "dự án"), ["mười lăm dự án", "15 dự án"]),
    ...examples(count(105, "xã"), ["một trăm linh năm xã", "105 xã"]),
    ...examples(count(30000, "lao động"), ["ba mươi nghìn lao động", "30.000 lao động"]),
    ...examples(count(1.2e6, "lượt khách quốc tế"), ["1,2 triệu lượt khách quốc tế"]),
    positive("94 cơ quan đại diện Việt Nam ở nước ngoài", count(94, "cơ quan đại diện Việt Nam ở nước ngoài")),
    positive("30 đối tác chiến lược, đối tác toàn diện được củng cố", count(30, "đối tác chiến lược, đối tác toàn diện")),
    positive("hơn 150 văn kiện hợp tác ký kết", count(150, "văn kiện hợp tác", { qualifier: "over" })),
    positive("7 nhóm nhiệm vụ trọng tâm: nâng cao nhận thức", count(7, "nhóm nhiệm vụ trọng tâm")),
    positive("3 động lực truyền thống là tiêu dùng, xuất khẩu và đầu tư", count(3, "động lực truyền thống")),
    positive("2.000 nhà đầu tư", count(2000, "nhà đầu tư")),
    positive("12 chi nhánh", count(12, "chi nhánh")),
    positive("giá bán 1,849 USD", money(1849, "USD")),
    positive("Thủy sản Việt Nam đã xuất khẩu sang 160 thị trường", count(160, "thị trường")),
    positive("Việt Nam cung cấp 5.000 tấn gạo cho Cuba", measure(5000, "tấn")),
    positive("tuyến đường 20 km", measure(20, "km")),
    positive("Nhà nước nắm giữ cổ phần 51%", percent(51)),
    positive("1,500 người", count(1500, "người")),

    // --- Qualifiers ---------------------------------------------------------------------------
    ...examples(count(400, "thỏa thuận", { qualifier: "nearly" }), ["gần 400 thỏa thuận", "ngót 400 thỏa thuận"]),
    ...examples(count(150, "văn kiện", { qualifier: "over" }), ["hơn 150 văn kiện", "trên 150 văn kiện"]),
    ...examples(count(300, "doanh nghiệp", { qualifier: "about" }), [
      "khoảng 300 doanh nghiệp",
      "chừng 300 doanh nghiệp",
      "xấp xỉ 300 doanh nghiệp",
      "ước 300 doanh nghiệp",
      "khoảng gần 300 doanh nghiệp",
    ]),
    ...examples(count(50, "người", { qualifier: "under" }), ["dưới 50 người", "chưa đến 50 người", "chưa tới 50 người"]),
    ...examples(count(5, "nhà máy", { qualifier: "at_least" }), ["ít nhất 5 nhà máy", "tối thiểu 5 nhà máy", "5 nhà máy trở lên"]),
    ...examples(count(20, "người", { qualifier: "at_most" }), ["tối đa 20 người", "nhiều nhất 20 người", "không quá 20 người"]),
    positive("vốn đầu tư gần 366 tỷ đồng", money(366e9, "VND", { qualifier: "nearly" })),

    // --- "X với Y": one figure with a counterpart ------------------------------------------------
    ...examples(count(16, "FTA", { counterpart: { value: 60, unit: "đối tác" } }), [
      "16 FTA với 60 đối tác",
      "16 FTA đã ký với 60 đối tác",
      "mạng lưới 16 FTA đã ký kết với 60 đối tác",
    ]),
    positive("ký 45 văn kiện với Hàn Quốc", count(45, "văn kiện")),
    ...examples(count(17, "FTA", { counterpart: { value: 60, unit: "nền kinh tế" } }), ["17 FTA với 60 nền kinh tế", "17 FTA đã ký kết với 60 nền kinh tế"]),
    positive("ký 12 thỏa thuận hợp tác với 9 địa phương", count(12, "thỏa thuận hợp tác", { counterpart: { value: 9, unit: "địa phương" } })),
    positive("thiết lập 30 đường bay thẳng với 15 quốc gia", count(30, "đường bay thẳng", { counterpart: { value: 15, unit: "quốc gia" } })),
    // Y that is not a party to X: two figures ("with" = "having").
    inContext("Đảng bộ tỉnh có 120 tổ chức cơ sở đảng với hơn 5.000 đảng viên.", "120 tổ chức cơ sở đảng", count(120, "tổ chức cơ sở đảng")),
    inContext("Đảng bộ tỉnh có 120 tổ chức cơ sở đảng với hơn 5.000 đảng viên.", "hơn 5.000 đảng viên", count(5000, "đảng viên", { qualifier: "over" })),
    inContext("Khu công nghệ cao hiện có 40 nhà máy với khoảng 25.000 công nhân.", "khoảng 25.000 công nhân", count(25000, "công nhân", { qualifier: "about" })),
    inContext("Buổi lễ được truyền hình tới 700 điểm cầu với gần 80.000 đoàn viên tham dự.", "700 điểm cầu", count(700, "điểm cầu")),
    inContext("Buổi lễ được truyền hình tới 700 điểm cầu với gần 80.000 đoàn viên tham dự.", "gần 80.000 đoàn viên", count(80000, "đoàn viên", { qualifier: "nearly" })),
    positive("Hiện có khoảng 1,5 triệu người Việt Nam ở nước ngoài sinh sống tại châu Âu.", count(1.5e6, "người Việt Nam ở nước ngoài", { qualifier: "about" })),

    // --- In real-looking sentences --------------------------------------------------------------
    inContext(
      "Việt Nam đã nâng cấp quan hệ với Australia và ký 16 văn kiện hợp tác song phương, nâng tổng số đối tác ở cấp này lên 7 nước.",
      "16 văn kiện hợp tác song phương",
      count(16, "văn kiện hợp tác song phương"),
    ),
    inContext(
      "Việt Nam đã nâng cấp quan hệ với Australia và ký 16 văn kiện hợp tác song phương, nâng tổng số đối tác ở cấp này lên 7 nước.",
      "7 nước",
      count(7, "nước"),
    ),
    inContext("Hai bên ký 45 văn kiện, trong đó có 9 văn kiện cấp chính phủ về nhiều lĩnh vực.", "9 văn kiện cấp chính phủ", count(9, "văn kiện cấp chính phủ")),
    inContext("Nhân chuyến thăm của Thủ tướng tại 2 nước, các doanh nghiệp đã ký nhiều thỏa thuận.", "2 nước", count(2, "nước")),
    inContext(
      "Trong gần 60 hoạt động đối ngoại cấp cao từ đầu năm 2023 đến nay, nội dung kinh tế trở thành trọng tâm.",
      "gần 60 hoạt động đối ngoại cấp cao",
      count(60, "hoạt động đối ngoại cấp cao", { qualifier: "nearly" }),
    ),
    inContext("Tổng cục Thống kê cho biết GDP quý II tăng 6,93% so với cùng kỳ năm trước.", "6,93%", percent(6.93)),
    inContext(
      "Kim ngạch xuất khẩu 6 tháng đầu năm đạt 190 tỷ USD, tăng 14,5% so với cùng kỳ.",
      "190 tỷ USD",
      money(190e9, "USD"),
    ),
    inContext("Kim ngạch xuất khẩu 6 tháng đầu năm đạt 190 tỷ USD, tăng 14,5% so với cùng kỳ.", "14,5%", percent(14.5)),
    inContext("Tỉnh đã thu hút 35 dự án FDI với tổng vốn đăng ký hơn 1,2 tỷ USD.", "35 dự án FDI", count(35, "dự án FDI")),
    inContext("Tỉnh đã thu hút 35 dự án FDI với tổng vốn đăng ký hơn 1,2 tỷ USD.", "hơn 1,2 tỷ USD", money(1.2e9, "USD", { qualifier: "over" })),
    inContext("Sản lượng lúa cả năm ước đạt 43 triệu tấn, diện tích gieo trồng 7,1 triệu ha.", "ước đạt 43 triệu tấn", measure(43e6, "tấn", { qualifier: "about" })),
    inContext("Sản lượng lúa cả năm ước đạt 43 triệu tấn, diện tích gieo trồng 7,1 triệu ha.", "7,1 triệu ha", measure(7.1e6, "ha")),
    inContext("IMF dự báo kinh tế Việt Nam tăng trưởng 6% trong năm 2025.", "6%", percent(6)),
    inContext("Trong năm, toàn tỉnh giải quyết việc làm cho 32.000 lao động, xuất khẩu 2.500 lao động.", "32.000 lao động", count(32000, "lao động")),
    inContext("Hội nghị có sự tham dự của 94 cơ quan đại diện Việt Nam ở nước ngoài dự trực tuyến.", "94 cơ quan đại diện Việt Nam ở nước ngoài", count(94, "cơ quan đại diện Việt Nam ở nước ngoài")),
    inContext("Thủ tướng nêu rõ 3 nội dung chính: thể chế, hạ tầng và nhân lực.", "3 nội dung chính", count(3, "nội dung chính")),
    inContext("Đoàn đã làm việc với 12 tập đoàn lớn của Nhật Bản.", "12 tập đoàn lớn", count(12, "tập đoàn lớn")),
    inContext("Giá xuất khẩu gạo bình quân đạt 650 USD/tấn.", "650 USD", money(650, "USD")),
    inContext("Dự án có tổng mức đầu tư khoảng 1.532 tỷ đồng, thời gian hoạt động 50 năm.", "khoảng 1.532 tỷ đồng", money(1532e9, "VND", { qualifier: "about" })),

    // --- Ranges that are not goals: the lower bound ----------------------------------------------
    inContext("Giá cổ phiếu tăng 10-15% trong phiên sáng nay.", "10-15%", percent(10)),
    inContext("Dự án tiếp nhận 2,5 - 3 nghìn lao động mỗi năm.", "2,5 - 3 nghìn lao động", count(2500, "lao động")),
    // --- A sum in "tỷ" with no unit: đồng, or the currency of the sentence ------------------------
    inContext(
      "Phó Thủ tướng cho biết chi ngân sách cho khoa học mỗi năm là 2% tổng chi, chỉ khoảng trên 15-16 ngàn tỉ.",
      "trên 15-16 ngàn tỉ",
      money(15e12, "VND", { qualifier: "over" }),
    ),
    inContext("Ngân hàng đã trả lãi thiếu gần 10 tỷ cho khách hàng.", "gần 10 tỷ", money(10e9, "VND", { qualifier: "nearly" })),
    inContext("Lợi nhuận quý I đạt 4.380 tỉ, tăng 20,3% so với cùng kỳ.", "4.380 tỉ", money(4380e9, "VND")),
    inContext("Vốn hóa thị trường cổ phiếu đạt 100 tỷ USD, trong khi dư nợ trái phiếu khoảng 50 tỷ.", "khoảng 50 tỷ", money(50e9, "USD", { qualifier: "about" })),
    // --- Forecasts and expectations are figures (GOLD.md) ---------------------------------------
    inContext("Tăng trưởng của khu vực APEC năm 2026 dự kiến đạt 3,7%, bằng mức tăng trưởng toàn cầu.", "3,7%", percent(3.7)),
    inContext("Quý này, xuất khẩu của tập đoàn phục hồi, dự kiến đạt 11 tỷ USD.", "11 tỷ USD", money(11e9, "USD")),
    inContext("Cổ tức dự kiến là 10% nếu công ty tái cấu trúc thành công.", "10%", percent(10)),
    inContext("Doanh nghiệp kỳ vọng doanh thu năm 2026 đạt 500 tỷ đồng.", "500 tỷ đồng", money(500e9, "VND")),
    inContext("Theo dự báo, đến năm 2030 thị trường này có thể đạt 1.000 tỷ USD.", "1.000 tỷ USD", money(1000e9, "USD")),
    // --- Counts with a two-word head ------------------------------------------------------------
    inContext("Bộ trưởng đã trao giải cho 2 nhà khoa học đoạt giải thưởng năm nay.", "2 nhà khoa học đoạt giải thưởng", count(2, "nhà khoa học đoạt giải thưởng")),
    inContext("Hai nhà đầu tư lớn đã rút vốn khỏi dự án.", "Hai nhà đầu tư lớn", count(2, "nhà đầu tư lớn")),
    inContext("Mạng xã hội này có hơn 2 tỷ người dùng.", "hơn 2 tỷ người dùng", count(2e9, "người dùng", { qualifier: "over" })),
    inContext("Tỉnh có 2 nhà máy nhiệt điện đang vận hành.", "2 nhà máy nhiệt điện", count(2, "nhà máy nhiệt điện")),
    inContext("Ông đề nghị Thủ tướng phê duyệt 2 dự án giao thông trọng điểm.", "2 dự án giao thông trọng điểm", count(2, "dự án giao thông trọng điểm")),

    // --- Numbers after a country or region in a list ------------------------------------------
    inContext("Năm qua, lao động đi làm việc tại Nhật Bản là 52.000 người, Hàn Quốc 11.200 người, Đài Loan 40.600 người.", "11.200 người", count(11200, "người")),
    inContext("Năm qua, lao động đi làm việc tại Nhật Bản là 52.000 người, Hàn Quốc 11.200 người, Đài Loan 40.600 người.", "40.600 người", count(40600, "người")),
    inContext("Xuất khẩu cà phê sang các thị trường chính: Đức 180.000 tấn, Italia 95.000 tấn và Bỉ 60.000 tấn.", "95.000 tấn", measure(95000, "tấn")),
    inContext("Xuất khẩu cà phê sang các thị trường chính: Đức 180.000 tấn, Italia 95.000 tấn và Bỉ 60.000 tấn.", "60.000 tấn", measure(60000, "tấn")),
    inContext("Vốn đăng ký mới phân theo đối tác: Singapore 4,1 tỷ USD, châu Âu 1,3 tỷ USD.", "1,3 tỷ USD", money(1.3e9, "USD")),

    // --- Counted noun phrases that continue or start unusually ----------------------------------
    ...examples(count(98, "quốc gia và vùng lãnh thổ"), ["98 quốc gia và vùng lãnh thổ", "chín mươi tám quốc gia và vùng lãnh thổ"]),
    positive("Sản phẩm đã có mặt tại hơn 40 quốc gia và khu vực.", count(40, "quốc gia và khu vực", { qualifier: "over" })),
    inContext("Trong số 143 quốc gia có dự án tại Việt Nam, Hàn Quốc dẫn đầu về vốn.", "143 quốc gia", count(143, "quốc gia")),
    inContext("Toàn tỉnh cấp mới 35 dự án và điều chỉnh 22 lượt dự án.", "22 lượt dự án", count(22, "lượt dự án")),
    inContext("Sân bay phục vụ 1,2 triệu lượt hành khách và 9.000 lượt chuyến bay.", "9.000 lượt chuyến bay", count(9000, "lượt chuyến bay")),
    inContext("Tỉnh đã tổ chức 4 kỳ thi tuyển công chức trong năm.", "4 kỳ thi tuyển công chức", count(4, "kỳ thi tuyển công chức")),
    inContext("Hai bên đã ký hai hiệp định về thương mại và đầu tư.", "hai hiệp định", count(2, "hiệp định")),
    inContext("Phía Nhật Bản công bố khoản viện trợ ban đầu 5 triệu USD cho dự án.", "5 triệu USD", money(5e6, "USD")),

    // --- After an acronym: a unit or a counted place keeps the number a figure ---------------------
    inContext("Tuyến MRT 23 km đi qua 5 quận.", "23 km", measure(23, "km")),
    inContext("Vốn FDI 5 tỷ USD, tăng 12%.", "5 tỷ USD", money(5e9, "USD")),
    inContext("Năm 2017, GDP 6,8% là mức cao.", "6,8%", percent(6.8)),
    inContext("Đoàn làm việc với lãnh đạo UBND 6 xã ven biển.", "6 xã ven biển", count(6, "xã ven biển")),
    inContext("Tại TP.HCM 200 doanh nghiệp tham gia hội chợ.", "200 doanh nghiệp", count(200, "doanh nghiệp")),
    inContext("Trong quý II 25 dự án được cấp phép.", "25 dự án", count(25, "dự án")),
    inContext("Lao động đi làm việc tại Nhật Bản 52.000 người, UAE 3.000 người.", "3.000 người", count(3000, "người")),
    inContext("Số trạm phát sóng: Viettel có 2.000 trạm, VNPT 1.200 trạm.", "1.200 trạm", count(1200, "trạm")),

    // --- Each of several: "mỗi tổ 400 MW" -------------------------------------------------------
    inContext("Nhà máy có 3 tổ máy, mỗi tổ 250 MW.", "250 MW", measure(250, "MW")),
    inContext("Khu nhà gồm 12 tầng, mỗi tầng 20 căn hộ.", "20 căn hộ", count(20, "căn hộ")),

    // --- Ratios: "gấp N lần" is a measure in "lần" ---------------------------------------------
    ...examples(measure(3, "lần"), ["gấp 3 lần", "gấp ba lần", "tăng gấp 3 lần"]),
    positive("Kim ngạch năm nay gấp khoảng 120 lần so với năm 1995.", measure(120, "lần", { qualifier: "about" })),
    positive("Năng suất lao động cao gấp hơn 2,5 lần mức bình quân.", measure(2.5, "lần", { qualifier: "over" })),
    inContext("Tốc độ tăng trưởng của kinh tế số cao gấp ba lần tốc độ tăng GDP.", "ba lần", measure(3, "lần")),

    // --- Not figures -----------------------------------------------------------------------------
    // product grades, ranking groups (a goal's number when a goal states them), repetitions
    ...negative(
      "Giá gạo 5% tấm của Việt Nam đứng ở mức cao.",
      "gạo 25% tấm",
      "Việt Nam thuộc nhóm 20 nền kinh tế lớn nhất thế giới về thương mại.",
      "Trường lọt vào nhóm 500 đại học hàng đầu châu Á.",
      "Thủ tướng đã 3 lần thăm tỉnh.",
      "tăng 3 lần liên tiếp",
    ),
    // dates and periods
    ...negative(
      "Chiều 18/7, hội nghị diễn ra tại Hà Nội.",
      "Ngày 22-2, Bộ Ngoại giao tổ chức hội nghị.",
      "Trong 6 tháng đầu năm 2024, công tác ngoại giao kinh tế đạt kết quả tích cực.",
      "phục vụ phát triển đất nước đến năm 2030",
      "quý I/2024",
      "tháng 8/2022",
      "giai đoạn 2021-2025",
      "nhiệm kỳ 2024-2027",
      "từ năm 2024 đến nay",
      "Năm 2023 là năm bản lề.",
    ),
    // durations
    ...negative("Lễ hội kéo dài 9 ngày.", "gần 40 năm qua", "37 tháng liên tiếp", "trong 2 năm", "suốt mười năm", "trong 3 tuần", "sau 48 giờ"),
    // ordinals
    ...negative("Nghị quyết Đại hội Đảng lần thứ XIII", "Hội nghị Ngoại giao lần thứ 32", "Tại Hội nghị Ngoại giao 32 các đại biểu thảo luận.", "Việt Nam đứng thứ 3 khu vực.", "Thứ nhất, củng cố các động lực tăng trưởng.", "thứ ba"),
    // names with numbers
    ...negative(
      "Chương trình hành động của Hội nghị Ngoại giao 32 đối với công tác ngoại giao kinh tế",
      "Hội nghị Trung ương 8 khóa XIII",
      "đại dịch COVID-19",
      "Quốc lộ 1A",
      "theo Điều 15 của Luật",
      "khoản 2 Điều 3",
      "Nghị quyết 20 của Chính phủ",
      "trụ sở tại quận 1",
      "hội nghị thượng đỉnh G20",
      "máy bay Airbus A321",
      "mạng 5G",
      "cách mạng công nghiệp 4.0",
      "lọt top 10",
      "Tập đoàn 319",
      "Tổng công ty 36 thi công dự án",
      "Bệnh viện 108 tiếp nhận bệnh nhân",
    ),
    // a number after an acronym is its name or edition, unless a unit follows it
    ...negative(
      "Các bộ trưởng TPP 11 khẳng định cam kết thúc đẩy hiệp định.",
      "Hội nghị SOM 3 APEC diễn ra tại Đà Nẵng.",
      "Hội nghị lần thứ hai các quan chức cao cấp (SOM -2) Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC) khai mạc.",
      "Tuyến MRT 23 sẽ khởi công vào năm sau.",
      "vệ tinh Vinasat-2",
      "Hãng ra mắt mẫu SUV 7 chỗ mới.",
      "Năm nay, HĐND 3 cấp đã họp.",
      "Giá vàng SJC 9999 giao dịch quanh mức cao.",
    ),
    // document symbols
    ...negative("Chỉ thị số 15-CT/TW của Ban Bí thư", "Nghị định 30/2020/NĐ-CP", "Quyết định số 123/QĐ-TTg", "Nghị quyết số 21/NQ-CP"),
    // phone numbers, times, scores
    ...negative("Hotline: 0912 345 678", "ĐT: 024.3823.4567", "điện thoại 1900 1234", "lúc 8 giờ 30", "lúc 8h30", "bắt đầu từ 18h", "thắng 2-1", "tỷ số 3:0"),
    // vague amounts
    ...negative("hàng trăm doanh nghiệp", "hàng nghìn người", "nhiều FTA", "vài chục dự án", "hàng chục triệu USD", "mấy trăm người", "hàng tỷ đồng", "hàng vạn người"),
    // ages
    ...negative("ông Nguyễn Văn A, 45 tuổi, trú tại xã", "trẻ em dưới 6 tuổi"),
    // articles, "both", set phrases, names
    ...negative(
      "Ngoại giao kinh tế là một nhiệm vụ cơ bản, một động lực quan trọng.",
      "quan hệ hai nước",
      "lãnh đạo 2 nước",
      "hợp tác giữa hai nước",
      "Hai bên nhất trí tăng cường hợp tác.",
      "thương mại hai chiều",
      "Hội nghị được tổ chức theo cả hai hình thức trực tiếp và trực tuyến.",
      "cơ chế ba bên",
      "khách bốn phương",
      "Đại sứ quán Ba Lan",
      "phố Hai Bà Trưng",
    ),
    // fractions, bare numbers, page furniture
    ...negative(
      "3/4 số tỉnh",
      "Dân số vượt 100 triệu.",
      "z5183786703005-ad99d7a67d6af617d8ecd74c83955548-133.jpg",
      "Nhìn xung quanh, chúng ta chỉ bằng 1/3 của Thái Lan, 1/4 của Malaysia, 1/5 của Singapore.",
      "Diện tích khu bảo tồn bằng 2/3 diện tích huyện.",
    ),
    // a bare sum in "tỷ" is not money when it counts people or users
    ...negative("Dân số Ấn Độ khoảng 1,4 tỷ.", "Số thuê bao của nhà mạng đã lên tới hơn 1,2 tỷ."),
    // a number in words before a bare "nhà" is a home, not a count
    ...negative("Sau đó ông mua hai nhà ở quận 1."),
    // numbers stated as targets are targets
    ...negative("phấn đấu đạt công suất 1 triệu tấn/năm vào năm 2030", "mục tiêu tăng trưởng kinh tế năm 2024 đạt 6,5%", "hướng tới 150 tỷ USD kim ngạch thương mại vào năm 2030", "phấn đấu tăng trưởng GDP đạt 8% trở lên"),
  ],
};
