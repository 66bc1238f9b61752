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
    positive("dự kiến tăng thêm khoảng 25 - 30 tỷ USD vốn hóa", { min: 25e9, max: 30e9, unit: "USD", qualifier: "about", metric: "vốn hóa" }),

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
    inContext(
      "Cổ tức dự kiến là 10% nếu công ty tái cấu trúc thành công.",
      "dự kiến là 10%",
      { value: 10, unit: "%", metric: "cổ tức" },
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
      // third-party forecasts are figures
      "IMF dự báo kinh tế Việt Nam tăng trưởng 6% vào năm 2025.",
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
    ),
  ],
};
