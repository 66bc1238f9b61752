// The date corpus: every form of day, month, quarter, half, run of months and span, the
// years that come from the article, and what is never a date fact. Runs through the whole
// pipeline (see test/run-corpus.ts) with a fixed reference date; expected facts are partial
// (only the fields given, so a year that was stated shows as the absence of `inferred: true`,
// which a partial match cannot assert; every inferred year is asserted).
import { examples, inContext, negative, positive, type Corpus } from "../corpus.js";

const inferred = { inferred: true };

export const corpus: Corpus = {
  type: "date",
  referenceDate: "2024-09-01",
  examples: [
    // --- A day with a part of day or a day word; the year from the reference date ----------
    positive("Chiều 18/7", { value: "2024-07-18", granularity: "day", ...inferred }),
    positive("Sáng 5-3", { value: "2024-03-05", granularity: "day", ...inferred }),
    positive("Tối 12.9", { value: "2024-09-12", granularity: "day", ...inferred }),
    positive("Trưa 1/10", { value: "2024-10-01", granularity: "day", ...inferred }),
    positive("Đêm 30/4", { value: "2024-04-30", granularity: "day", ...inferred }),
    positive("Rạng sáng 2/9", { value: "2024-09-02", granularity: "day", ...inferred }),
    positive("Ngày 22-2", { value: "2024-02-22", granularity: "day", ...inferred }),
    positive("ngày 2/4", { value: "2024-04-02", granularity: "day", ...inferred }),
    positive("Ngày 21.9", { value: "2024-09-21", granularity: "day", ...inferred }),
    positive("hôm 5/6", { value: "2024-06-05", granularity: "day", ...inferred }),
    positive("mùng 2/9", { value: "2024-09-02", granularity: "day", ...inferred }),
    positive("Sáng ngày 06/02", { value: "2024-02-06", granularity: "day", ...inferred }),
    positive("sáng thứ Hai (15/1)", { value: "2024-01-15", granularity: "day", ...inferred }),
    positive("thứ Năm, 12/9", { value: "2024-09-12", granularity: "day", ...inferred }),
    positive("Chủ nhật 3/3", { value: "2024-03-03", granularity: "day", ...inferred }),
    positive("ngày 29/2", { value: "2024-02-29", granularity: "day", ...inferred }),

    // --- A day with its year --------------------------------------------------------------
    ...examples({ value: "2022-08-10", granularity: "day" }, [
      "ngày 10 tháng 8 năm 2022",
      "ngày 10/8/2022",
      "10/8/2022",
      "ngày 10-8-2022",
      "ngày 10.8.2022",
      "10/08/2022",
      "2022-08-10",
    ]),
    positive("ngày 20-2-2023", { value: "2023-02-20", granularity: "day" }),
    positive("ngày 2 tháng 9 năm 1945", { value: "1945-09-02", granularity: "day" }),

    // --- Months ---------------------------------------------------------------------------
    ...examples({ value: "2022-08", granularity: "month" }, [
      "tháng 8/2022",
      "tháng 8 năm 2022",
      "tháng Tám năm 2022",
      "tháng 8-2022",
      "tháng 8.2022",
      "Tháng 08/2022",
    ]),
    positive("tháng 4-2016", { value: "2016-04", granularity: "month" }),
    positive("tháng 12", { value: "2024-12", granularity: "month", ...inferred }),
    positive("tháng 3 năm ngoái", { value: "2023-03", granularity: "month", ...inferred }),
    positive("Hồi tháng Tư 2001", { value: "2001-04", granularity: "month" }),

    // --- Quarters -------------------------------------------------------------------------
    ...examples({ value: "2024-01-01/2024-03-31", granularity: "quarter" }, [
      "quý I/2024",
      "quý 1/2024",
      "Quý I năm 2024",
      "quý I-2024",
      "QUÝ I/2024",
      "3 tháng đầu năm 2024",
    ]),
    positive("quý 4 năm 2018", { value: "2018-10-01/2018-12-31", granularity: "quarter" }),
    positive("quý II-2023", { value: "2023-04-01/2023-06-30", granularity: "quarter" }),
    positive("quý III", { value: "2024-07-01/2024-09-30", granularity: "quarter", ...inferred }),
    positive("quý IV năm nay", { value: "2024-10-01/2024-12-31", granularity: "quarter", ...inferred }),

    // --- Halves and runs of months ----------------------------------------------------------
    ...examples({ value: "2024-01-01/2024-06-30", granularity: "half" }, [
      "6 tháng đầu năm 2024",
      "sáu tháng đầu năm 2024",
      "nửa đầu năm 2024",
    ]),
    positive("6 tháng cuối năm 2024", { value: "2024-07-01/2024-12-31", granularity: "half" }),
    positive("nửa đầu năm 2023", { value: "2023-01-01/2023-06-30", granularity: "half" }),
    positive("nửa cuối năm", { value: "2024-07-01/2024-12-31", granularity: "half", ...inferred }),
    positive("6 tháng đầu năm", { value: "2024-01-01/2024-06-30", granularity: "half", ...inferred }),
    positive("9 tháng đầu năm 2024", { value: "2024-01-01/2024-09-30", granularity: "span" }),
    positive("11 tháng năm 2023", { value: "2023-01-01/2023-11-30", granularity: "span" }),
    positive("2 tháng cuối năm 2022", { value: "2022-11-01/2022-12-31", granularity: "span" }),

    // --- Multi-year spans -------------------------------------------------------------------
    positive("giai đoạn 2022 - 2026", { value: "2022/2026", granularity: "span" }),
    positive("giai đoạn 2021-2025", { value: "2021/2025", granularity: "span" }),
    positive("nhiệm kỳ 2024-2027", { value: "2024/2027", granularity: "span" }),
    positive("thời kỳ 2021 - 2030", { value: "2021/2030", granularity: "span" }),
    positive("trong 2 năm 2023-2024", { value: "2023/2024", granularity: "span" }),
    positive("từ năm 2021 đến năm 2025", { value: "2021/2025", granularity: "span" }),
    positive("năm học 2023 – 2024", { value: "2023/2024", granularity: "span" }),
    positive("kế hoạch 5 năm 2021-2025", { value: "2021/2025", granularity: "span" }),
    positive("niên vụ 2023/2024", { value: "2023/2024", granularity: "span" }),
    // Crop seasons, numbered stages and counted years in brackets, two-digit end years.
    ...examples({ value: "2019/2020", granularity: "span" }, [
      "vụ đông xuân 2019-2020",
      "vụ lúa đông xuân 2019 - 2020",
      "Vụ Đông Xuân 2019-2020",
      "niên vụ cà phê 2019/2020",
      "năm học 2019-2020",
      "mùa vụ 2019 - 2020",
      "mùa giải 2019/20",
    ]),
    ...examples({ value: "2024/2030", granularity: "span" }, [
      "Giai đoạn 1 (2024 - 2030)",
      "giai đoạn I (2024-2030)",
      "giai đoạn thứ 1 (2024 – 2030)",
      "trong 7 năm (2024-2030)",
      "kế hoạch 7 năm (2024 - 2030)",
    ]),
    ...examples({ value: "2020/2025", granularity: "span" }, [
      "nhiệm kỳ 2020 - 2025",
      "nhiệm kỳ 2020–2025",
      "(nhiệm kỳ 2020 - 2025)",
      "khóa XIV, nhiệm kỳ 2020-2025",
    ]),
    positive("vụ hè thu 2023 - 2024", { value: "2023/2024", granularity: "span" }),
    positive("mùa giải 1999/00", { value: "1999/2000", granularity: "span" }),

    // --- Ranges of days and months ------------------------------------------------------------
    positive("từ ngày 1 đến 3/7", { value: "2024-07-01/2024-07-03", granularity: "span", ...inferred }),
    positive("từ 1-3/7/2024", { value: "2024-07-01/2024-07-03", granularity: "span" }),
    positive("ngày 22 - 24.6", { value: "2024-06-22/2024-06-24", granularity: "span", ...inferred }),
    positive("tuần 13-17/2", { value: "2024-02-13/2024-02-17", granularity: "span", ...inferred }),
    positive("Từ ngày 15/3 đến hết ngày 30/4", { value: "2024-03-15/2024-04-30", granularity: "span", ...inferred }),
    positive("từ ngày 1 đến ngày 3 tháng 7 năm 2024", { value: "2024-07-01/2024-07-03", granularity: "span" }),
    positive("từ ngày 28/6 đến ngày 3/7/2024", { value: "2024-06-28/2024-07-03", granularity: "span" }),
    positive("từ 20/12 đến 5/1/2025", { value: "2024-12-20/2025-01-05", granularity: "span" }),
    positive("từ 15.6 đến 30.6", { value: "2024-06-15/2024-06-30", granularity: "span", ...inferred }),
    positive("30/4 - 1/5", { value: "2024-04-30/2024-05-01", granularity: "span", ...inferred }),
    positive("từ tháng 3 đến tháng 5/2024", { value: "2024-03/2024-05", granularity: "span" }),
    positive("tháng 3-5/2024", { value: "2024-03/2024-05", granularity: "span" }),
    // A range with "từ … đến" is one span; days listed with "và" are days (see in context).
    positive("từ ngày 10 đến 12-11-2017", { value: "2017-11-10/2017-11-12", granularity: "span" }),

    // --- Not date facts ---------------------------------------------------------------------
    // Bare years and vague periods.
    ...negative(
      "năm 2024",
      "đến năm 2030",
      "vào cuối năm 2024",
      "từ năm 2024 đến nay",
      "từ đầu năm 2023 đến nay",
      "cơ chế họp định kỳ hàng tháng",
      "12 tháng năm 2023",
      "tầm nhìn 2045",
    ),
    // Relative days, weekdays and times alone.
    ...negative("hôm nay", "ngày mai", "tuần tới", "thứ Hai tuần sau", "lúc 8 giờ", "3 ngày trước", "sáng nay"),
    // Fractions, ratios, scores, decimals, versions, measures.
    ...negative(
      "1/3 dân số",
      "2/3 tổng số đại biểu",
      "chiếm 1/3 diện tích",
      "đạt 15/19 tiêu chí nông thôn mới",
      "với số phiếu 57/57",
      "phục vụ 24/7",
      "trực 24/24 giờ",
      "thắng 2-1",
      "hòa 1-1 ở bán kết",
      "tỷ số 3-0",
      "tăng 6,5%",
      "iOS 10.3",
      "động cơ 1.5 lít",
      "vào vòng 1/8 Champions League",
      "cao thêm 3/4-inch",
      "rút ngắn từ 1/3 - 1/2 thời gian",
      "giá từ 2-3 đến 4-5 triệu đồng",
      "khoảng 1000-2000 người",
      "Dự án 1152 - 1154 đường Láng",
      "ngách 49/29 Huỳnh Thúc Kháng",
      // A list of ratios after a quantity word: every member is a ratio.
      "Số bằng sáng chế của ta chỉ bằng 1/3 của Thái Lan, 1/4 của Malaysia và 1/6 của Singapore.",
      "Hàng nhập từ khu vực này chiếm đến 1/3 tổng lượng xe.",
      "Tỷ lệ hộ nghèo còn dưới 1/5 dân số.",
      "Ông là thương binh hạng 2/4 của huyện.",
      "Vụ tai nạn làm 30 người bị thương, trong đó 1/3 là trẻ em.",
      "Tiền đạo này vượt qua 4-5 hậu vệ.",
    ),
    // Timestamps: page furniture and listings.
    ...negative("Cập nhật 18/07/2024 14:30 (GMT+7)", "Phúc Vũ - Thể thao Việt Nam | 21:20 06/02/2017"),
    // Names of streets, squares, parks, stadiums, companies and schools that hold a date.
    ...negative(
      "Vụ va chạm xảy ra trên đường 30/4, phường Phú Hòa.",
      "Ông là công nhân Cty Dệt may 29/3, TP Đà Nẵng.",
      "Công ty 19/5 đã bàn giao công trình.",
      "Trận đấu diễn ra trên sân vận động 19/8 Nha Trang.",
      "Một xe máy chạy trên đường 2 tháng 9, người ngồi sau bế con nhỏ.",
      "Anh đón cháu bé tại Công viên 23/9, sau đó về quận 7.",
      "Lễ hội được tổ chức tại Quảng trường 19/8, thành phố Yên Bái.",
      "Em là học sinh Trường THPT Chuyên 19/5.",
      "tại Quảng trường 2 Tháng 4, Nha Trang",
    ),
    // Spans need a span word, and a two-digit end year only right after the first.
    ...negative("năm 2016 - 17 tỉnh thành", "tăng 3 và 1/2 lần"),
    // Datelines are evidence of the article's date, not facts.
    ...negative("Thứ Năm, 18/07/2024 10:30 (GMT+7)", "• 2024-07-18 15:47"),
    // Names and codes with numbers.
    ...negative("Hội nghị Ngoại giao 32", "COVID-19", "Nghị quyết số 21/NQ-CP", "Nghị định 30/2020/NĐ-CP", "Chỉ thị số 15-CT/TW", "0912.345.678"),
    // Days that do not exist; lunar dates; frequencies; months and years as words.
    ...negative(
      "ngày 31/4",
      "ngày 30/2",
      "ngày 29/2/2023",
      "ngày 32/1",
      "15/1 âm lịch",
      "rằm tháng Giêng",
      "mùng 5 tháng 5",
      "định kỳ 3 tháng 1 lần",
      "mỗi quý 1 lần",
      "những tháng năm gian khó",
      "6 tháng đầu năm học",
      "kéo dài 1 tháng 12 ngày",
    ),

    // --- In context: the exact span, and the year from the article -----------------------------
    inContext(
      "Chiều 18/7, đã diễn ra Hội nghị Thủ tướng Chính phủ với các cơ quan đại diện. Báo cáo cho biết trong 6 tháng đầu năm 2024, công tác ngoại giao kinh tế được triển khai quyết liệt.",
      "Chiều 18/7",
      { value: "2024-07-18", granularity: "day", ...inferred },
    ),
    // The year comes from the article's text, not from the reference date.
    inContext(
      "Ngày 2/4, Văn phòng Chính phủ tổ chức hội nghị triển khai nhiệm vụ năm 2023. Từ đầu năm 2022 đến nay, nhiều hiệp định đã được ký.",
      "Ngày 2/4",
      { value: "2023-04-02", granularity: "day", ...inferred },
    ),
    // A dateline is the article's own date: its year wins over the years the text mentions.
    inContext(
      "Thứ Năm, 18/07/2024 10:30 (GMT+7)\nChiều 18/7, Bộ Công Thương tổng kết công tác năm 2023.",
      "Chiều 18/7",
      { value: "2024-07-18", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Kinh tế | 09:15 20/03/2019\nNgày 19/3, Hiệp hội Dệt may công bố kết quả quý I.",
      "quý I",
      { value: "2019-01-01/2019-03-31", granularity: "quarter", ...inferred },
      "2026-11-22",
    ),
    // Targets ("đến năm 2030") and span ends are not the article's year.
    // A year reviewed ("tổng kết công tác năm 2023") is over: the lead is in the year after it.
    inContext(
      "Ngày 22-2, tại Hà Nội, Bộ Ngoại giao tổng kết công tác năm 2023 và triển khai Chiến lược giai đoạn 2021-2025, hướng tới mục tiêu đến năm 2030.",
      "Ngày 22-2",
      { value: "2024-02-22", granularity: "day", ...inferred },
    ),
    inContext(
      "Ngày 22-2, tại Hà Nội, Bộ Ngoại giao tổng kết công tác năm 2023 và triển khai Chiến lược giai đoạn 2021-2025, hướng tới mục tiêu đến năm 2030.",
      "giai đoạn 2021-2025",
      { value: "2021/2025", granularity: "span" },
    ),
    // "ngày 30/12 năm ngoái": the year before the article's.
    inContext(
      "Lệnh ngừng bắn có hiệu lực từ ngày 30/12 năm ngoái, theo báo cáo năm 2014 của Liên hợp quốc.",
      "ngày 30/12 năm ngoái",
      { value: "2013-12-30", granularity: "day", ...inferred },
    ),
    // "cùng kỳ năm 2022" is the year before the article's.
    inContext(
      "Sáng 5-3, Tổng cục Thống kê cho biết xuất khẩu tăng 12% so với cùng kỳ năm 2022.",
      "Sáng 5-3",
      { value: "2023-03-05", granularity: "day", ...inferred },
    ),
    // A lead in February puts a December day in the year before.
    inContext(
      "Ngày 5/2, Sở Công Thương họp báo về thị trường Tết năm 2024. Trước đó, ngày 28/12, Sở đã ban hành kế hoạch bình ổn giá.",
      "ngày 28/12",
      { value: "2023-12-28", granularity: "day", ...inferred },
    ),
    // The weekday picks the year: 15/1/2023 was a Sunday, 15/1/2024 a Monday.
    inContext(
      "Sáng thứ Hai (15/1), Bộ Tài chính công bố kết quả thu ngân sách năm 2023.",
      "Sáng thứ Hai (15/1)",
      { value: "2024-01-15", granularity: "day", ...inferred },
    ),
    inContext(
      "Triển khai Nghị quyết số 21/NQ-CP, ngày 20/2/2023 của Chính phủ ban hành Chương trình hành động giai đoạn 2022 - 2026 thực hiện Chỉ thị số 15-CT/TW, ngày 10/8/2022 của Ban Bí thư.",
      "ngày 20/2/2023",
      { value: "2023-02-20", granularity: "day" },
    ),
    inContext(
      "Triển khai Nghị quyết số 21/NQ-CP, ngày 20/2/2023 của Chính phủ ban hành Chương trình hành động giai đoạn 2022 - 2026 thực hiện Chỉ thị số 15-CT/TW, ngày 10/8/2022 của Ban Bí thư.",
      "ngày 10/8/2022",
      { value: "2022-08-10", granularity: "day" },
    ),
    inContext(
      "Triển khai Nghị quyết số 21/NQ-CP, ngày 20/2/2023 của Chính phủ ban hành Chương trình hành động giai đoạn 2022 - 2026 thực hiện Chỉ thị số 15-CT/TW, ngày 10/8/2022 của Ban Bí thư.",
      "giai đoạn 2022 - 2026",
      { value: "2022/2026", granularity: "span" },
    ),
    inContext(
      "Các trưởng cơ quan đại diện Việt Nam ở nước ngoài nhiệm kỳ 2024-2027 đã tham dự hội nghị.",
      "nhiệm kỳ 2024-2027",
      { value: "2024/2027", granularity: "span" },
    ),
    inContext(
      "Để thực hiện mục tiêu tăng trưởng kinh tế 6 tháng cuối năm 2024 từ 6,5 - 7%, cần đẩy mạnh xuất khẩu.",
      "6 tháng cuối năm 2024",
      { value: "2024-07-01/2024-12-31", granularity: "half" },
    ),
    inContext(
      "Doanh thu quý III của Tập đoàn đạt 1.200 tỷ đồng, lũy kế 9 tháng đầu năm 2023 đạt 3.500 tỷ đồng.",
      "quý III",
      { value: "2023-07-01/2023-09-30", granularity: "quarter", ...inferred },
    ),
    inContext(
      "Tính đến hôm nay (6/2), Hà Nội đã có 73% ý kiến đồng thuận với phương án năm 2017.",
      "6/2",
      { value: "2017-02-06", granularity: "day", ...inferred },
    ),
    // "và" lists days: "hai ngày 10 và 11/6" is 10/6 and 11/6, not a span.
    inContext(
      "Kỳ thi diễn ra trong hai ngày 10 và 11/6 với gần 100.000 thí sinh dự thi năm 2023.",
      "ngày 10",
      { value: "2023-06-10", granularity: "day", ...inferred },
    ),
    inContext(
      "Kỳ thi diễn ra trong hai ngày 10 và 11/6 với gần 100.000 thí sinh dự thi năm 2023.",
      "11/6",
      { value: "2023-06-11", granularity: "day", ...inferred },
    ),
    inContext(
      "Lịch tuyển sinh năm 2023: đợt 1 từ 3.7 - 28.7, đợt 2 từ 1.8 – 26.8.",
      "từ 1.8 – 26.8",
      { value: "2023-08-01/2023-08-26", granularity: "span", ...inferred },
    ),
    inContext(
      "Dịch vụ được đổi vào các ngày 16/12, 23/12, 27/12 năm 2016 theo kế hoạch của Bộ.",
      "27/12 năm 2016",
      { value: "2016-12-27", granularity: "day" },
    ),
    inContext(
      "Khách hàng đến giao dịch dịp Lễ tình nhân 14/2 vừa qua tăng gấp đôi.",
      "14/2",
      { value: "2024-02-14", granularity: "day", ...inferred },
    ),
    inContext(
      "Phiên giao dịch 17/3, cổ phiếu HHC đóng cửa ở mức tham chiếu.",
      "17/3",
      { value: "2024-03-17", granularity: "day", ...inferred },
    ),
    // In a list, the year stated for the last member holds for the others.
    inContext(
      "Tăng trưởng tín dụng quý I và quý II/2022 đều vượt kế hoạch.",
      "quý I",
      { value: "2022-01-01/2022-03-31", granularity: "quarter" },
    ),
    inContext(
      "Các đợt thử nghiệm diễn ra vào các ngày 28/12, 2/1/2025 và 6/1/2025.",
      "ngày 28/12",
      { value: "2024-12-28", granularity: "day" },
    ),
    inContext(
      "Thời gian thực hiện dự án từ năm 2021 đến năm 2025, tổng vốn 1.000 tỷ đồng.",
      "từ năm 2021 đến năm 2025",
      { value: "2021/2025", granularity: "span" },
    ),
    inContext(
      "Kim ngạch xuất khẩu tháng 8/2022 đạt 35 tỷ USD, tăng 10% so với tháng 7.",
      "tháng 8/2022",
      { value: "2022-08", granularity: "month" },
    ),

    // --- The year of a yearless day: the article's own full dates first ---------------------
    // The same day in full ("8 đến 11-11-2019") beats a later year in the future tense.
    inContext(
      "Chiều 11-11, Hội nghị Bộ trưởng Nông nghiệp ASEAN bế mạc sau chuỗi sự kiện diễn ra từ ngày 8 đến 11-11-2019 tại Hà Nội. Năm 2020, Việt Nam sẽ đảm nhận vai trò Chủ tịch ASEAN.",
      "Chiều 11-11",
      { value: "2019-11-11", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // A day near the end of the year and next year's tasks: the December before them.
    inContext(
      "Ngày 28.12, Sở Công Thương tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Riêng tháng 12.2023, kim ngạch xuất khẩu đạt 1,2 tỉ USD.",
      "Ngày 28.12",
      { value: "2023-12-28", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // An expectation ("kỳ vọng … có thể … từ đầu năm 2022") is not the article's year.
    inContext(
      "Hiệp định được ký chiều 28/6 tại Hà Nội. Trước đó, ngày 20/6/2021, Quốc hội đã thông qua chủ trương ký kết. Giới chuyên gia kỳ vọng hiệp định có thể có hiệu lực từ đầu năm 2022.",
      "chiều 28/6",
      { value: "2021-06-28", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // Targets ("mục tiêu … năm 2025", "tầm nhìn đến năm 2045") are not; "cùng kỳ năm 2023" is the year before.
    inContext(
      "Sáng 5/3, Bộ Kế hoạch và Đầu tư cho biết mục tiêu tăng trưởng GDP năm 2025 đạt 6,5%, tầm nhìn đến năm 2045. Xuất khẩu tăng 8% so với cùng kỳ năm 2023.",
      "Sáng 5/3",
      { value: "2024-03-05", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // A day in January after a month of December: the January after it.
    inContext(
      "Ngày 5/1, Tổng cục Hải quan công bố số liệu. Riêng tháng 12/2023, cả nước xuất khẩu 32 tỷ USD.",
      "Ngày 5/1",
      { value: "2024-01-05", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // The end of a range of full dates is a stated date, not a span end to ignore.
    inContext(
      "Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024), sáng 17/5, Tỉnh ủy tổ chức lễ dâng hương.",
      "sáng 17/5",
      { value: "2024-05-17", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // "hồi tháng 3/2023" is well past: the lead is after it, not just before it.
    inContext(
      "Ngày 8/2, Bộ Quốc phòng nước này xác nhận vụ phóng thử. Loại tên lửa này từng được phóng hồi tháng 3/2023.",
      "Ngày 8/2",
      { value: "2024-02-08", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // "năm 2023 vừa qua" is the year before the article's.
    inContext(
      "Sáng 10/2, Tập đoàn cho biết trong năm 2023 vừa qua doanh thu đạt 1.000 tỷ đồng.",
      "Sáng 10/2",
      { value: "2024-02-10", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // "Dự kiến, năm 2025 dự án sẽ …" is a plan, not the article's year.
    inContext(
      "Sáng 3/4, Ban quản lý dự án cho biết đã giải ngân 60% vốn trong quý I/2024. Dự kiến, năm 2025 dự án sẽ hoàn thành.",
      "Sáng 3/4",
      { value: "2024-04-03", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // Birth years say nothing about the article.
    inContext(
      "Sáng 6/2, Công an huyện bắt giữ Nguyễn Văn A (sinh năm 1979) và Trần Văn B (SN 1985).",
      "Sáng 6/2",
      { value: "2024-02-06", granularity: "day", ...inferred },
    ),
    // A birth date is no evidence of the article's time ("sinh ngày 20-5-1970", "ngày sinh
    // 3/8/1968", "sinh tháng 5/1972"); a term that has started ("nhiệm kỳ 2015-2020") is.
    inContext(
      "Ngày 6/2, Ban Bí thư chỉ định ông Lê Văn Hùng giữ chức Phó Bí thư Tỉnh ủy. Ông Hùng sinh ngày 20-5-1970, là Thạc sĩ quản lý, Tỉnh ủy viên nhiệm kỳ 2015-2020.",
      "Ngày 6/2",
      { value: "2015-02-06", granularity: "day", ...inferred },
    ),
    inContext(
      "Chiều 12/3, HĐND tỉnh bầu bà Nguyễn Thị Lan (ngày sinh 3/8/1968) và ông Phạm Minh (sinh tháng 5/1972) giữ chức Phó Chủ tịch UBND tỉnh.",
      "Chiều 12/3",
      { value: "2024-03-12", granularity: "day", ...inferred },
    ),
    // The birth date itself is still a date.
    inContext(
      "Ông Hùng sinh ngày 20-5-1970 tại Hà Nội.",
      "ngày 20-5-1970",
      { value: "1970-05-20", granularity: "day" },
    ),
    // A term looked ahead to is not evidence; the end of a term never is.
    inContext(
      "Sáng 9/10, tỉnh cho biết trong tháng 9/2024 thu ngân sách đạt 900 tỷ đồng; tỉnh đang chuẩn bị Đại hội Đảng bộ nhiệm kỳ 2025-2030.",
      "Sáng 9/10",
      { value: "2024-10-09", granularity: "day", ...inferred },
    ),
    inContext(
      "Ngày 4/6, Việt Nam công bố ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021. Tháng 5/2017, Bộ Ngoại giao đã vận động các nước.",
      "Ngày 4/6",
      { value: "2017-06-04", granularity: "day", ...inferred },
    ),
    // An ISO timestamp is a dateline too.
    inContext(
      "• 2019-05-09 15:47\nSáng 9/5, lễ duyệt binh diễn ra tại Quảng trường Đỏ. Năm 2015, Nga tổ chức lễ kỷ niệm lớn nhất.",
      "Sáng 9/5",
      { value: "2019-05-09", granularity: "day", ...inferred },
      "2026-11-22",
    ),

    // Forecasts and plans are not the article's year, even right after it ("năm 2019 dự kiến",
    // "1,5% trong năm 2018" after "dự kiến … 1,1%"); a year reported as over is the year before.
    inContext(
      "Chiều 17/5, hội nghị bế mạc tại Hà Nội. Xuất khẩu tăng 9% so với cùng kỳ năm 2016. Tăng trưởng của khu vực năm 2019 dự kiến đạt 3,7%.",
      "Chiều 17/5",
      { value: "2017-05-17", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Sáng 4/3, Sở Giao thông cho biết 10 xe buýt điện đã chạy thử từ tháng 12/2016, trong năm 2019 sẽ đưa vào khai thác 30 xe.",
      "Sáng 4/3",
      { value: "2017-03-04", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Ngày 9/2, Bộ Kinh tế Nga công bố số liệu mới. Trong năm 2016, GDP giảm 0,2%. GDP dự kiến tăng 1,1% trong năm 2017 và 1,5% trong năm 2018.",
      "Ngày 9/2",
      { value: "2017-02-09", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // A year stated for the event in the lead's own sentence is its year.
    inContext(
      "Hội nghị Bộ trưởng Thương mại lần thứ 23, 2017, chiều 17/5 đã khai mạc tại Hà Nội. Năm 2015, thương mại nội khối đạt 2.000 tỷ USD.",
      "chiều 17/5",
      { value: "2017-05-17", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Sáng 20/11, lễ trao giải thưởng Nhân tài năm 2017 đã diễn ra tại Hà Nội.",
      "Sáng 20/11",
      { value: "2017-11-20", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // A whole year reported ("cả năm 2016", "so với năm 2016", "Năm 2016, … đạt 34 tỷ USD") is
    // over: the article is of the year after; not an estimate ("ước tính cả năm 2016").
    inContext(
      "Ngày 15/2, Tổng cục Hải quan cho biết trong cả năm 2016, kim ngạch xuất khẩu sang EU giảm 4,1%.",
      "Ngày 15/2",
      { value: "2017-02-15", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Chiều 10/2, lễ khai ấn diễn ra sớm hơn 30 phút so với năm 2016.",
      "Chiều 10/2",
      { value: "2017-02-10", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Chiều 3/3, đoàn doanh nghiệp châu Âu làm việc tại TP.HCM. Năm 2016, kim ngạch xuất khẩu sang EU đạt 34 tỷ USD.",
      "Chiều 3/3",
      { value: "2017-03-03", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Ngày 25/12, Bộ Công Thương cho biết ước tính cả năm 2016, xuất khẩu đạt 175 tỷ USD.",
      "Ngày 25/12",
      { value: "2016-12-25", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    inContext(
      "Công ty vừa công bố báo cáo tài chính năm. Riêng quý 4, lợi nhuận đạt 216 tỷ đồng, cả năm 2016 đạt 810 tỷ đồng.",
      "quý 4",
      { value: "2016-10-01/2016-12-31", granularity: "quarter", ...inferred },
      "2026-11-22",
    ),
    // "Đến tháng 10/2016, …" opening a sentence tells a story: a past point, not a deadline.
    inContext(
      "Sáng 6/2, Công an quận cho biết đã bắt giữ nghi phạm. Đến tháng 10/2016, đối tượng bỏ trốn khỏi địa phương.",
      "Sáng 6/2",
      { value: "2017-02-06", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // With nothing but plans, the earliest year ahead bounds the article's from above.
    inContext(
      "Sáng 6/2, Bộ Giáo dục cho biết kỳ thi quốc gia năm 2017 sẽ bỏ điểm sàn.",
      "Sáng 6/2",
      { value: "2017-02-06", granularity: "day", ...inferred },
      "2026-11-22",
    ),
    // With no year at all, a day more than a month after the reference date is of the year before.
    inContext("Ngày 5/1, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ.", "Ngày 5/1", { value: "2026-01-05", granularity: "day", ...inferred }, "2026-11-22"),
    inContext("Ngày 28/12, UBND tỉnh tổ chức hội nghị.", "Ngày 28/12", { value: "2025-12-28", granularity: "day", ...inferred }, "2026-01-03"),

    // --- Bare days and months that are dates ------------------------------------------------------
    inContext("Hạn chót 31/3 của chính phủ đã cận kề.", "31/3", { value: "2024-03-31", granularity: "day", ...inferred }),
    inContext("Sáng qua (6/2), đoàn công tác đã đến tỉnh.", "6/2", { value: "2024-02-06", granularity: "day", ...inferred }),
    inContext("Hiện nay (7/2), không khí lạnh vẫn tràn về.", "7/2", { value: "2024-02-07", granularity: "day", ...inferred }),
    inContext("Quy định có hiệu lực từ 1/7.", "1/7", { value: "2024-07-01", granularity: "day", ...inferred }),
    inContext("Hồ sơ phải nộp trước 31/12.", "31/12", { value: "2024-12-31", granularity: "day", ...inferred }, "2024-12-10"),
    inContext("Lễ khai mạc (2/4) có 500 đại biểu.", "2/4", { value: "2024-04-02", granularity: "day", ...inferred }),

    // --- Spans and lists in context -----------------------------------------------------------
    inContext(
      "Dự án chia làm hai giai đoạn: Giai đoạn 1 (2024 - 2030) đầu tư 5 tỷ USD; giai đoạn 2 (2031-2035) hoàn thiện toàn tuyến.",
      "Giai đoạn 1 (2024 - 2030)",
      { value: "2024/2030", granularity: "span" },
    ),
    inContext(
      "Dự án chia làm hai giai đoạn: Giai đoạn 1 (2024 - 2030) đầu tư 5 tỷ USD; giai đoạn 2 (2031-2035) hoàn thiện toàn tuyến.",
      "giai đoạn 2 (2031-2035)",
      { value: "2031/2035", granularity: "span" },
    ),
    inContext(
      "Tổng diện tích gieo cấy vụ đông xuân 2019-2020 của tỉnh đạt 110.000 ha.",
      "vụ đông xuân 2019-2020",
      { value: "2019/2020", granularity: "span" },
    ),
    inContext(
      "Tổng vốn trái phiếu Chính phủ bố trí trong 5 năm (2016-2020) là 70.000 tỷ đồng.",
      "5 năm (2016-2020)",
      { value: "2016/2020", granularity: "span" },
    ),
    // "và" lists days: "hai ngày 21 và 22-3" is 21/3 and 22/3.
    inContext(
      "Hội chợ diễn ra trong hai ngày 21 và 22-3 tại Cần Thơ, thu hút 300 doanh nghiệp năm 2023.",
      "ngày 21",
      { value: "2023-03-21", granularity: "day", ...inferred },
    ),
    inContext(
      "Hội chợ diễn ra trong hai ngày 21 và 22-3 tại Cần Thơ, thu hút 300 doanh nghiệp năm 2023.",
      "22-3",
      { value: "2023-03-22", granularity: "day", ...inferred },
    ),
    inContext("Đợt kiểm tra diễn ra vào các ngày 16, 17 và 18/12/2023.", "17", { value: "2023-12-17", granularity: "day" }),
    inContext("Đợt kiểm tra diễn ra vào các ngày 16, 17 và 18/12/2023.", "18/12/2023", { value: "2023-12-18", granularity: "day" }),
    inContext("Hội nghị họp trong hai ngày 7 và 8 tháng 12 năm 2023.", "ngày 7", { value: "2023-12-07", granularity: "day" }),
    // A date after a company's name is still a date.
    inContext("Công ty Cổ phần Sông Đà vào 5/2 đã công bố báo cáo tài chính quý IV.", "5/2", { value: "2024-02-05", granularity: "day", ...inferred }),
    // One date and a street named after a date.
    positive("Sáng 2/9, đoàn diễu hành đi qua đường 2 tháng 9 và Công viên 23/9.", { value: "2024-09-02", granularity: "day", ...inferred }),
    // "quý IV và cả năm 2016": the year is stated for the quarter too.
    inContext(
      "Trong quý IV và cả năm 2016, Thanh tra Sở đã xử lý 16 công trình sai phép.",
      "quý IV",
      { value: "2016-10-01/2016-12-31", granularity: "quarter" },
    ),
    // A month stated with its year elsewhere in the article keeps that year when it comes back bare.
    inContext(
      "Ngày 8/2, cơ quan thống kê cho biết kim ngạch xuất khẩu trong tháng 12/2016 tăng 2,4%. Trong tháng 12, xuất khẩu ô tô tăng mạnh.",
      "tháng 12",
      { value: "2016-12", granularity: "month" },
    ),
    // A day or month that comes back every year is a season or an anniversary, not a date.
    ...negative("thời gian khai thác từ tháng 2 đến tháng 8 hàng năm", "Lễ hội được tổ chức vào ngày 10/3 hằng năm."),
    // "Đến" with a capital opens the next sentence: no range across it.
    inContext(
      "Văn bản được trình Chính phủ vào ngày 3/2  Đến ngày 30/11/2016, Bộ đã có báo cáo.",
      "ngày 30/11/2016",
      { value: "2016-11-30", granularity: "day" },
    ),
    inContext("Dự thảo được gửi ngày 5/3 Đến ngày 20/4/2017, Bộ đã trả lời.", "ngày 5/3", { value: "2017-03-05", granularity: "day", ...inferred }),
  ],
};
