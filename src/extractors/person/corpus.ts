// The person corpus: Vietnamese names with their office before them, after them (appositives)
// or with an honorific; foreign names after foreign offices and countries; one-word mentions
// folded into the full name; and what is never a person (bylines, streets, places, bodies,
// all-capital words, bare given names). Runs through the whole pipeline (see
// test/run-corpus.ts); expected facts are partial (only the fields given).
import { examples, inContext, negative, positive, type Corpus } from "../corpus.js";

export const corpus: Corpus = {
  type: "person",
  referenceDate: "2024-07-18",
  examples: [
    // --- An office before the name --------------------------------------------------------
    positive("Thủ tướng Chính phủ Phạm Minh Chính khẳng định", { name: "Phạm Minh Chính", title: "Thủ tướng Chính phủ" }),
    positive("Phát biểu kết luận, Thủ tướng Phạm Minh Chính yêu cầu", { name: "Phạm Minh Chính", title: "Thủ tướng" }),
    positive("đứng đầu là Tổng Bí thư Nguyễn Phú Trọng", { name: "Nguyễn Phú Trọng", title: "Tổng Bí thư" }),
    positive("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị", { name: "Bùi Thanh Sơn", title: "Bộ trưởng Bộ Ngoại giao" }),
    positive("Theo Bộ trưởng Ngoại giao Bùi Thanh Sơn, ngoại giao kinh tế cần hướng trọng tâm", { name: "Bùi Thanh Sơn", title: "Bộ trưởng Ngoại giao" }),
    positive("Phó Thủ tướng Trần Lưu Quang dự hội nghị", { name: "Trần Lưu Quang", title: "Phó Thủ tướng" }),
    positive("Chủ tịch Quốc hội Vương Đình Huệ phát biểu", { name: "Vương Đình Huệ", title: "Chủ tịch Quốc hội" }),
    positive("Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ", { name: "Võ Văn Thưởng", title: "Chủ tịch nước" }),
    positive("Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân cho biết", { name: "Nguyễn Sinh Nhật Tân", title: "Thứ trưởng Bộ Công Thương" }),
    positive("Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết", { name: "Trần Thị Nhị Hà", title: "Giám đốc Sở Y tế Hà Nội" }),
    positive("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu", { name: "Nguyễn Đức Chung", title: "Chủ tịch UBND TP Hà Nội" }),
    positive("Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy kiểm tra", { name: "Cao Tường Huy", title: "Chủ tịch UBND tỉnh Quảng Ninh" }),
    positive("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng làm việc", { name: "Đinh Tiến Dũng", title: "Bí thư Thành ủy Hà Nội" }),
    positive("Phó Chủ tịch thường trực UBND tỉnh Lê Văn A ký quyết định", { name: "Lê Văn A", title: "Phó Chủ tịch thường trực UBND tỉnh" }),
    positive("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu cho biết", { name: "Phạm Quang Hiệu", title: "Đại sứ Việt Nam tại Nhật Bản" }),
    positive("Tổng Giám đốc EVN Trần Đình Nhân báo cáo", { name: "Trần Đình Nhân", title: "Tổng Giám đốc EVN" }),
    positive("nguyên Thủ tướng Nguyễn Tấn Dũng", { name: "Nguyễn Tấn Dũng", title: "nguyên Thủ tướng" }),
    positive("Ủy viên Bộ Chính trị, Bí thư Thành ủy Đinh La Thăng thăm", { name: "Đinh La Thăng", title: "Ủy viên Bộ Chính trị, Bí thư Thành ủy" }),
    positive("Đại tướng Phan Văn Giang dự lễ", { name: "Phan Văn Giang", title: "Đại tướng" }),
    positive("chủ tịch UBND TP Nguyễn Văn Nên cho biết", { name: "Nguyễn Văn Nên", title: "chủ tịch UBND TP" }),
    positive("Bí thư Thành ủy Hội An Nguyễn Sự xin nghỉ hưu", { name: "Nguyễn Sự", title: "Bí thư Thành ủy Hội An" }),

    // --- An office after the name (appositive) ---------------------------------------------
    positive("Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ chủ trì hội nghị.", { name: "Phạm Minh Chính", title: "Thủ tướng Chính phủ" }),
    positive("Cùng dự có đồng chí Trần Lưu Quang, Phó Thủ tướng Chính phủ; lãnh đạo các bộ, ngành.", { name: "Trần Lưu Quang", title: "Phó Thủ tướng Chính phủ" }),
    positive("Dự tại điểm cầu tỉnh có đồng chí Bùi Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.", {
      name: "Bùi Văn Khánh",
      title: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
    }),
    positive("ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, cho biết", { name: "Lê Hoàng Châu", title: "Chủ tịch Hiệp hội Bất động sản TP.HCM" }),
    positive("bà Nguyễn Thị Cúc, Phó Tổng Giám đốc PNJ, chia sẻ", { name: "Nguyễn Thị Cúc", title: "Phó Tổng Giám đốc PNJ" }),
    positive("Nguyễn Văn An, Giám đốc Sở Công Thương tỉnh Hòa Bình, cho biết", { name: "Nguyễn Văn An", title: "Giám đốc Sở Công Thương tỉnh Hòa Bình" }),
    positive("Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, phát biểu", { name: "Phan Văn Giang", title: "Bộ trưởng Bộ Quốc phòng" }),

    // --- An office after " - ", in lower case, with "(ABBR)"; offices before and after the name ---
    positive("Đồng chí Nguyễn Văn Thắng - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.", {
      name: "Nguyễn Văn Thắng",
      title: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
    }),
    positive("Bà Lê Thị Hằng - giám đốc Công ty TNHH Thủy sản Minh Phú (Cà Mau) - cho biết giá tôm giảm.", {
      name: "Lê Thị Hằng",
      title: "giám đốc Công ty TNHH Thủy sản Minh Phú (Cà Mau)",
    }),
    positive("Theo ông Phan Văn Mãi - chủ tịch Hiệp hội Du lịch Việt Nam (VITA), lượng khách tăng mạnh.", {
      name: "Phan Văn Mãi",
      title: "chủ tịch Hiệp hội Du lịch Việt Nam (VITA)",
    }),
    positive("Ông Nguyễn Văn Bình, bí thư tỉnh ủy, cho biết tỉnh sẽ ưu tiên vốn.", { name: "Nguyễn Văn Bình", title: "bí thư tỉnh ủy" }),
    positive("Phó Thủ tướng Trần Hồng Hà, Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai, yêu cầu các địa phương chủ động.", {
      name: "Trần Hồng Hà",
      title: "Phó Thủ tướng, Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
    }),
    inContext("Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh, Ủy viên Bộ Chính trị; Bí thư Tỉnh ủy Lê Văn A cùng dự.", "Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh, Ủy viên Bộ Chính trị", {
      name: "Trần Tuấn Anh",
      title: "Trưởng Ban Kinh tế Trung ương, Ủy viên Bộ Chính trị",
    }),

    // --- Honorifics and degrees --------------------------------------------------------------
    positive("ông Nguyễn Văn Hùng cho biết", { name: "Nguyễn Văn Hùng" }),
    positive("Bà Nguyễn Thị Kim Ngân nhấn mạnh", { name: "Nguyễn Thị Kim Ngân" }),
    positive("Theo anh Lê Minh, việc này là cần thiết", { name: "Lê Minh" }),
    positive("PGS.TS Nguyễn Văn Ngãi cho rằng", { name: "Nguyễn Văn Ngãi", title: "PGS.TS" }),
    positive("GS. Vũ Hà Văn giảng bài", { name: "Vũ Hà Văn" }),
    positive("luật sư Phạm Thị Thúy Kiều phân tích", { name: "Phạm Thị Thúy Kiều" }),
    positive("đồng chí Y Thanh Hà Niê Kđăm phát biểu", { name: "Y Thanh Hà Niê Kđăm" }),
    positive("hai cô giáo Đặng Thị Bình (23 tuổi) nhận lỗi", { name: "Đặng Thị Bình" }),

    // --- Names alone: three or four syllables with a common family name ----------------------
    positive("Nguyễn Văn Thành cho biết đơn vị đã hoàn thành kế hoạch.", { name: "Nguyễn Văn Thành" }),
    positive("Trả lời phỏng vấn, Trần Thị Thu Hà khẳng định", { name: "Trần Thị Thu Hà" }),

    // --- Foreign names -------------------------------------------------------------------------
    positive("Tổng thống UAE Mohamed bin Zayed Al Nahyan hội đàm", { name: "Mohamed bin Zayed Al Nahyan", title: "Tổng thống UAE" }),
    positive("Thủ tướng Australia Anthony Albanese đón", { name: "Anthony Albanese", title: "Thủ tướng Australia" }),
    positive("Tổng thống Hàn Quốc Yoon Suk Yeol cam kết", { name: "Yoon Suk Yeol", title: "Tổng thống Hàn Quốc" }),
    positive("Chủ tịch Trung Quốc Tập Cận Bình thăm", { name: "Tập Cận Bình", title: "Chủ tịch Trung Quốc" }),
    positive("Đại sứ Mỹ Marc Knapper cho biết", { name: "Marc Knapper", title: "Đại sứ Mỹ" }),
    positive("ông John Smith phát biểu", { name: "John Smith" }),
    positive("Tổng thống Mỹ Donald Trump ký sắc lệnh", { name: "Donald Trump", title: "Tổng thống Mỹ" }),
    positive("Thủ tướng Thái Lan Prayut Chan-o-cha hội kiến", { name: "Prayut Chan-o-cha" }),
    positive("Nữ hoàng Elizabeth II qua đời", { name: "Elizabeth II", title: "Nữ hoàng" }),
    positive("Tổng thống Putin tuyên bố", { name: "Putin", title: "Tổng thống" }),
    positive("Cao ủy Thương mại EU Phil Hogan phát biểu tại hội nghị.", { name: "Phil Hogan", title: "Cao ủy Thương mại EU" }),
    positive("Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản Hiroshi Kajiyama hội đàm với đoàn.", {
      name: "Hiroshi Kajiyama",
      title: "Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản",
    }),
    positive("Bộ trưởng phụ trách Thương mại của Australia Dan Tehan cho biết.", { name: "Dan Tehan", title: "Bộ trưởng phụ trách Thương mại của Australia" }),
    positive("Sau cuộc gặp của nhà sáng lập kiêm Chủ tịch Alibaba Jack Ma với doanh nghiệp, hai bên ký thỏa thuận.", {
      name: "Jack Ma",
      title: "nhà sáng lập kiêm Chủ tịch Alibaba",
    }),
    positive("Ông Minoru Kato, Tổng giám đốc Công ty Honda Việt Nam, cho biết.", { name: "Minoru Kato", title: "Tổng giám đốc Công ty Honda Việt Nam" }),
    inContext("Thủ tướng Anh Boris Johnson và Tổng thống Pháp Emmanuel Macron điện đàm.", "Tổng thống Pháp Emmanuel Macron", {
      name: "Emmanuel Macron",
      title: "Tổng thống Pháp",
    }),

    // --- Foreign names after an honorific or degree ("-sỹ" spellings, sentence start, romanised) ---
    positive("Tiến sỹ Wang Zhennyu đến từ Đại học Bắc Kinh cho biết.", { name: "Wang Zhennyu" }),
    positive("Tiến sỹ Alan Bollard, Giám đốc điều hành Ban Thư ký APEC, phát biểu khai mạc.", {
      name: "Alan Bollard",
      title: "Giám đốc điều hành Ban Thư ký APEC",
    }),
    positive("Theo ông Han Myoung-Sup, thị trường Việt Nam còn nhiều dư địa.", { name: "Han Myoung-Sup" }),
    positive("Theo ông Han Myoung Sup, thị trường Việt Nam còn nhiều dư địa.", { name: "Han Myoung Sup" }),
    positive("Ngài Ban Ki-moon phát biểu tại lễ khai mạc.", { name: "Ban Ki-moon" }),
    positive("Giáo sư Joseph Stiglitz cho rằng lạm phát sẽ giảm.", { name: "Joseph Stiglitz" }),
    positive("Trong khi đó, bà Angela Merkel kêu gọi đối thoại.", { name: "Angela Merkel" }),
    positive("Thượng nghị sỹ John McCain chỉ trích quyết định này.", { name: "John McCain", title: "Thượng nghị sỹ" }),
    positive("Nguyên Chủ tịch VEF - Bà Lê Thu Hương cho biết.", { name: "Lê Thu Hương" }),

    // --- A family name right after the office's body; a domain list; ĐBQH ----------------------
    positive("Thứ trưởng Bộ Tài chính Đỗ Hoàng Anh Tuấn cho biết.", { name: "Đỗ Hoàng Anh Tuấn", title: "Thứ trưởng Bộ Tài chính" }),
    positive("Phó Chủ tịch UBND tỉnh Lê Nguyễn Minh Quang ký quyết định.", { name: "Lê Nguyễn Minh Quang", title: "Phó Chủ tịch UBND tỉnh" }),
    positive("ông Mai Trần Quốc Bảo cho biết.", { name: "Mai Trần Quốc Bảo" }),
    positive("Thứ trưởng Bộ Kế hoạch, Đầu tư Đặng Huy Đông cho biết.", { name: "Đặng Huy Đông", title: "Thứ trưởng Bộ Kế hoạch, Đầu tư" }),
    positive("Ông Vũ Kim Cự, ĐBQH tỉnh Hà Tĩnh, cho rằng cần sửa luật.", { name: "Vũ Kim Cự", title: "ĐBQH tỉnh Hà Tĩnh" }),
    positive("Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà cho biết.", { name: "Trần Hồng Hà", title: "Bộ trưởng Tài nguyên và Môi trường" }),
    positive("Phóng viên trao đổi với Chủ tịch UBND tỉnh Kon Tum, Ông Nguyễn Văn Hòa về cải cách.", { name: "Nguyễn Văn Hòa" }),

    // --- One word: folded into the article's full name, else nothing ----------------------------
    positive("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị. Bộ trưởng Sơn nhấn mạnh ba nhóm nhiệm vụ.", {
      name: "Bùi Thanh Sơn",
      title: "Bộ trưởng Bộ Ngoại giao",
    }),
    positive("Thủ tướng Australia Anthony Albanese đón đoàn. Ông Albanese cho biết.", { name: "Anthony Albanese" }),
    positive("Tổng thống Hàn Quốc Yoon Suk Yeol cam kết. Tổng thống Yoon cũng đề nghị.", { name: "Yoon Suk Yeol" }),
    inContext("Thủ tướng Phạm Minh Chính và Thủ tướng Chính phủ Phạm Minh Chính", "Thủ tướng Phạm Minh Chính", { title: "Thủ tướng Chính phủ" }),
    ...examples({ name: "Bùi Thanh Sơn" }, [
      "Bộ trưởng Bùi Thanh Sơn xác định",
      "ông Bùi Thanh Sơn",
      "Bộ trưởng Bùi Thanh Sơn, Trưởng Ban Chỉ đạo ngoại giao kinh tế",
    ]),

    // --- "Chủ tịch Hồ Chí Minh" is a person; the city and the ideology are not ------------------
    positive("theo lời dạy của Chủ tịch Hồ Chí Minh", { name: "Hồ Chí Minh", title: "Chủ tịch" }),

    // --- Lists of people ---------------------------------------------------------------------
    inContext("Tổng thống Hàn Quốc Yoon Suk Yeol và Thủ tướng Phạm Minh Chính chứng kiến", "Thủ tướng Phạm Minh Chính", { name: "Phạm Minh Chính", title: "Thủ tướng" }),
    inContext("Tổng thống Hàn Quốc Yoon Suk Yeol và Thủ tướng Phạm Minh Chính chứng kiến", "Tổng thống Hàn Quốc Yoon Suk Yeol", { name: "Yoon Suk Yeol" }),
    inContext("Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Vương Đình Huệ dự lễ", "Thủ tướng Phạm Minh Chính", { name: "Phạm Minh Chính", title: "Thủ tướng" }),
    inContext("Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Vương Đình Huệ dự lễ", "Chủ tịch Quốc hội Vương Đình Huệ", { name: "Vương Đình Huệ", title: "Chủ tịch Quốc hội" }),

    // --- Foreign names after an office of a state, with "nước này" or a ministry's domain --------
    positive("Ngoại trưởng nước này Chrystia Freeland khẳng định Canada sẽ đáp trả. Ngoại trưởng Freeland nói thêm.", {
      name: "Chrystia Freeland",
      title: "Ngoại trưởng nước này",
    }),
    positive("Bộ trưởng Quốc phòng Harjit Sajjan thăm Hà Nội. Theo ông Sajjan, hai nước sẽ tăng cường hợp tác.", { name: "Harjit Sajjan", title: "Bộ trưởng Quốc phòng" }),
    positive("Thượng nghị sĩ John Cornyn phản đối dự luật. Ông Cornyn cho rằng cần thêm thời gian.", { name: "John Cornyn", title: "Thượng nghị sĩ" }),
    positive("Thủ tướng Nhật Bản Shinzo Abe hội đàm với đoàn. Thủ tướng Abe cảm ơn sự ủng hộ.", { name: "Shinzo Abe", title: "Thủ tướng Nhật Bản" }),
    positive("Người phát ngôn Nhà Trắng Sean Spicer cho biết.", { name: "Sean Spicer", title: "Người phát ngôn Nhà Trắng" }),
    positive("Người phát ngôn Điện Kremlin Dmitry Peskov bác bỏ thông tin này.", { name: "Dmitry Peskov", title: "Người phát ngôn Điện Kremlin" }),
    positive("Bộ trưởng Quốc Phòng Mỹ James Mattis thăm Tokyo.", { name: "James Mattis" }),
    positive("Đại diện Thương mại Hoa Kỳ Robert Lighthizer đến chào Bộ trưởng.", { name: "Robert Lighthizer", title: "Đại diện Thương mại Hoa Kỳ" }),
    positive("phát ngôn viên Bộ Ngoại giao Trung Quốc Hồng Lỗi cho biết.", { name: "Hồng Lỗi", title: "phát ngôn viên Bộ Ngoại giao Trung Quốc" }),
    // after an office of a company, a foreign-looking name needs a country, an honorific or another mention
    positive("CEO Tim Cook giới thiệu sản phẩm mới. Ông Cook cho biết doanh số tăng.", { name: "Tim Cook", title: "CEO" }),
    inContext("Bộ trưởng Thương mại Wilbur Ross (phải) trò chuyện với Đại diện thương mại Mỹ Robert Lighthizer (giữa) tại Nhà Trắng.", "Đại diện thương mại Mỹ Robert Lighthizer", {
      name: "Robert Lighthizer",
      title: "Đại diện thương mại Mỹ",
    }),
    inContext("Bộ trưởng Thương mại Wilbur Ross (phải) trò chuyện với Đại diện thương mại Mỹ Robert Lighthizer (giữa) tại Nhà Trắng.", "Bộ trưởng Thương mại Wilbur Ross", {
      name: "Wilbur Ross",
      title: "Bộ trưởng Thương mại",
    }),

    // --- An appositive office is not taken from the next person's ----------------------------
    inContext("Theo ông Robert Lighthizer, Tổng thống Mỹ Trump muốn giảm thâm hụt thương mại.", "ông Robert Lighthizer", { name: "Robert Lighthizer" }),
    inContext("Theo ông Robert Lighthizer, Tổng thống Trump muốn giảm thâm hụt thương mại.", "ông Robert Lighthizer", { name: "Robert Lighthizer" }),
    // … but a place after a word that also names a country is not a person ("Đức Minh")
    positive("Tối 14/5, ông Võ Quý Quang, Phó Chủ tịch UBND xã Đức Minh, huyện Mộ Đức (Quảng Ngãi) cho biết.", {
      name: "Võ Quý Quang",
      title: "Phó Chủ tịch UBND xã Đức Minh",
    }),

    // --- Abbreviated, lower-case and professional titles -------------------------------------
    positive("GĐ Sở Y tế Nguyễn Văn Hải cho biết.", { name: "Nguyễn Văn Hải", title: "GĐ Sở Y tế" }),
    positive("Ông Nguyễn Văn Hải, GĐ Sở Công Thương tỉnh Bình Dương, cho biết.", { name: "Nguyễn Văn Hải", title: "GĐ Sở Công Thương tỉnh Bình Dương" }),
    positive("TGĐ Vietjet Đinh Việt Phương cho biết.", { name: "Đinh Việt Phương", title: "TGĐ Vietjet" }),
    positive("phó tổng giám đốc Sabeco Nguyễn Thành Nam bị bắt.", { name: "Nguyễn Thành Nam", title: "phó tổng giám đốc Sabeco" }),
    positive("Bà Phạm Thị Lan, nguyên kế toán trưởng công ty, bị khởi tố.", { name: "Phạm Thị Lan", title: "nguyên kế toán trưởng" }),
    positive("Luật sư Trương Thanh Đức cho rằng quy định này chưa rõ.", { name: "Trương Thanh Đức", title: "Luật sư" }),
    positive("Nạn nhân là chị Trần Thị Thu Th. (32 tuổi).", { name: "Trần Thị Thu Th" }),
    positive("Theo bác sĩ Lê Văn Nam, bệnh nhân đã qua cơn nguy kịch.", { name: "Lê Văn Nam", title: "bác sĩ" }),

    // --- Not persons ---------------------------------------------------------------------------
    ...negative(
      // bylines and photo credits (page furniture), all-capital names without an office
      "Các đại biểu tham dự hội nghị tại điểm cầu tỉnh Sóc Trăng. Ảnh: HOÀNG LAN",
      "Hội nghị diễn ra trong hai ngày.\nHOÀNG LAN",
      "Hội nghị diễn ra trong hai ngày.\nN.H",
      "THỦ TƯỚNG CHỦ TRÌ HỘI NGHỊ VỚI CÁC ĐỊA PHƯƠNG",
      // offices without a name, given names alone
      "Thủ tướng Chính phủ cho biết, thời gian tới đất nước sẽ tiếp tục đối mặt với nhiều khó khăn.",
      "Bộ trưởng Sơn nhấn mạnh ba nhóm nhiệm vụ.",
      "ông Sơn cho biết",
      // places, streets, institutions and things named after people
      "hội nghị tại TP Hồ Chí Minh",
      "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
      "Chủ tịch Hà Nội cho biết",
      "dự án trên đường Trần Hưng Đạo",
      "các tuyến đường như Hoàng Văn Thụ, Lê Văn Sỹ đều thông thoáng",
      "tại nút giao Phạm Văn Đồng - Nguyễn Thái Sơn",
      "Nguyễn Hữu Thọ (quận 7) ùn ứ",
      "Trường THPT Nguyễn Thị Minh Khai",
      // a school named after a person, even after an office; a club after "HLV"; a product after "MS"
      "Hiệu trưởng Trường THPT Phan Đình Phùng cho biết.",
      "Phó hiệu trưởng Trường Tiểu học Nguyễn Khả Trạc cho biết.",
      "HLV Real Madrid đã lên tiếng.",
      "Cài đặt MS Office trên máy tính.",
      // unaccented two-word nicknames after "ông" are not read as foreign names
      "Theo ông Ba Phi thì chuyện này rất lạ.",
      "quận Hai Bà Trưng, Hà Nội",
      "tỉnh Hòa Bình và tỉnh Vĩnh Long",
      "Trường Đại học Bách khoa tuyển sinh",
      // streets in a list after a street word, lakes named after a province
      "Nhiều người xếp hàng trên những con phố như Lê Thánh Tông, Hàng Bạc từ sáng sớm.",
      "Cửa hàng tại Nguyễn Chí Thanh đông khách.",
      "Mực nước Hồ Hòa Bình đang xuống thấp.",
      // a name after "UBND tỉnh" is a person's, not a place ("Hà Sỹ Đồng"), only with an office before it
      "Trao đổi với phóng viên VOV về kế hoạch năm 2024.",
      "Việt Nam và Hàn Quốc",
      // companies after an office
      "Tổng giám đốc Becamex IDC cho biết",
      "đồng sáng lập Skype",
      "CEO Kusto Home cho biết doanh thu tăng.",
      "Giám đốc điều hành Oriflame Vietnam chia sẻ.",
      // bodies after an office of a state, initials
      "Người phát ngôn Điện Kremlin cho biết.",
      "Tổng thống Nga V.Putin phát biểu.",
      "cố vấn HĐQT Nam Á Bank cho biết.",
    ),
  ],
};
