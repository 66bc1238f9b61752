import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import retextLatin from "retext-latin";
import type { Root } from "nlcst";
import { segment } from "../../src/segment/index.js";
import { splitSentences } from "../../src/segment/sentences.js";
import { normalise } from "../../src/text/normalise.js";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "articles");

describe("sentences", () => {
  test("split at sentence ends, not inside numbers, abbreviations or quotes", () => {
    const text =
      "GDP tăng 7,09%, cao nhất từ năm 2011. Kim ngạch đạt 1.200 tỷ USD! TP. Hồ Chí Minh dẫn đầu. PGS.TS. Nguyễn Văn A cho biết vậy. \"Chúng ta làm được\", ông nói.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "GDP tăng 7,09%, cao nhất từ năm 2011.",
      "Kim ngạch đạt 1.200 tỷ USD!",
      "TP. Hồ Chí Minh dẫn đầu.",
      "PGS.TS. Nguyễn Văn A cho biết vậy.",
      "\"Chúng ta làm được\", ông nói.",
    ]);
  });

  test("agrees with retext-latin's sentence boundaries on ordinary news text", () => {
    const latin = unified().use(retextLatin).freeze();
    let compared = 0;
    for (const f of readdirSync(fixtures).filter((f) => f.endsWith(".txt"))) {
      const text = normalise(readFileSync(join(fixtures, f), "utf8")).text;
      for (const line of text.split("\n").filter((l) => l.trim())) {
        if (/\p{Lu}\.\s?\p{Lu}|TP\.|TS\./u.test(line)) continue; // abbreviations: where we differ on purpose
        const tree = latin.parse(line) as Root;
        const theirs = tree.children.flatMap((p) =>
          p.type === "ParagraphNode" ? p.children.filter((s) => s.type === "SentenceNode").map((s) => s.position!.end.offset) : [],
        );
        const ours = splitSentences(line).map((s) => s.end);
        expect(ours).toEqual(theirs);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe("page furniture", () => {
  test("captions, image names, bylines and site chrome never become sentences", () => {
    const article = [
      "Hà Nội đón 2 triệu lượt khách quốc tế",
      "Sáng 3/5, Sở Du lịch cho biết lượng khách tăng mạnh.",
      "z5183786703005-ad99d7a67d6af617d8ecd74c83955548-133.jpg",
      "Du khách tham quan Hồ Gươm",
      "Ngành du lịch đặt mục tiêu đón 5 triệu lượt khách.",
      "Khách tham quan phố cổ. Ảnh: MINH ANH",
      "T.L",
      "Tin cùng chuyên mục",
    ].join("\n");
    const seg = segment(article);
    expect(seg.title).toBe("Hà Nội đón 2 triệu lượt khách quốc tế");
    expect(seg.byline).toBe("T.L");
    expect(seg.sentences.map((s) => s.text)).toEqual([
      "Hà Nội đón 2 triệu lượt khách quốc tế",
      "Sáng 3/5, Sở Du lịch cho biết lượng khách tăng mạnh.",
      "Ngành du lịch đặt mục tiêu đón 5 triệu lượt khách.",
    ]);
    expect(seg.furniture.map((f) => f.kind).sort()).toEqual(["boilerplate", "byline", "caption", "caption", "image", "title"]);
  });

  test("a dateline lead is not a headline; an upper-case name at the end is the byline", () => {
    const seg = segment("Ngày 2/4, hội nghị diễn ra tại Hà Nội\nCác đại biểu thảo luận.\nHOÀNG LAN");
    expect(seg.title).toBeUndefined();
    expect(seg.byline).toBe("HOÀNG LAN");
  });
});

describe("related stories and title-case bylines", () => {
  test("headlines listed after 'Tin liên quan' are furniture; a name on the last line is the byline", () => {
    const seg = segment(
      ["Xuất khẩu lao động tăng mạnh", "Năm 2023, ngành đặt mục tiêu đưa 110.000 lao động đi làm việc ở nước ngoài.", "Thùy Linh", "Tin liên quan", "Thêm 4 đơn hàng đi Nhật Bản miễn phí", "CPI tháng 9 tăng 1,08%"].join("\n"),
    );
    expect(seg.byline).toBe("Thùy Linh");
    expect(seg.sentences.map((s) => s.text)).toEqual([
      "Xuất khẩu lao động tăng mạnh",
      "Năm 2023, ngành đặt mục tiêu đưa 110.000 lao động đi làm việc ở nước ngoài.",
    ]);
  });
});

describe("photo credits in running text", () => {
  const credits = (body: string) =>
    segment(`Tiêu đề\n${body}\n`)
      .furniture.filter((f) => f.kind === "credit")
      .map((f) => f.text);

  test.each([
    ["Quang cảnh cuộc họp. Ảnh: Văn Điệp – TTXVN Tiến sỹ Wang Zhennyu bày tỏ tin tưởng.", ["Ảnh: Văn Điệp – TTXVN"]],
    ["Ảnh: Thống Nhất/TTXVN Tại buổi tiếp, Thủ tướng đề nghị Bộ Công Thương hỗ trợ.", ["Ảnh: Thống Nhất/TTXVN"]],
    ["Xuất khẩu tăng. Ảnh minh họa. (Nguồn: CNA Finance) Xuất khẩu của Trung Quốc tăng.", ["Ảnh minh họa. (Nguồn: CNA Finance)"]],
    ["Toàn cảnh phiên họp (Ảnh: TTXVN) Các đại biểu thảo luận.", ["(Ảnh: TTXVN)"]],
  ])("%s", (body, expected) => {
    expect(credits(body)).toEqual(expect.arrayContaining(expected));
    // The story sentence after the credit is not furniture.
    for (const c of credits(body)) expect(c).not.toMatch(/Thủ tướng|Các đại biểu|Xuất khẩu của/);
  });
});
