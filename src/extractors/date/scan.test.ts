// The scan's flags against the patterns they stand for, on random text made of the pieces
// those patterns look at: a flag that is off where its pattern matches would drop dates.
import { describe, expect, it } from "vitest";
import * as F from "./scan.js";

const PATTERNS: Array<[number, RegExp]> = [
  [F.DAY_SEP, /\d[/.-]\d/],
  [F.DAY_SEP_TWICE, /\d[/.-]\d[^]*?\d[/.-]\d/],
  [F.THANG, /tháng/iu],
  [F.THANG_SPACE, /tháng /iu],
  [F.DAY_THANG, /\d\s*tháng\s*\d/i],
  [F.NUA, /nửa/iu],
  [F.NAM, /năm/iu],
  [F.VA, /và/iu],
  [F.LINK_WORD, /đến|tới/iu],
  [F.DASH, /[-–]/],
  [F.QUY, /uý|UÝ/],
  [F.YEAR_LINK, /(?:19|20)\d\d[\s\-–—/]/],
  [F.ISO_DATE, /\d{4}-\d{1,2}-\d/],
  [F.MONTH_SEP, /\d[/.-](?:[01]\d|\d)(?!\d)/],
  [F.THANG_NUM, /tháng\s+\d/iu],
  [F.DAY_LINK, /\d(?:\s?[-–]\s?|\s+(?:đến|tới)\s+(?:ngày\s+)?)\d/iu],
  [F.DIGIT_VA, /\d\s+và\s/iu],
  [F.QUY_NUM, /(?:uý|UÝ)\s+[I1-4]/],
  [F.YEAR_PAIR, /(?:19|20)\d\d(?:\s*[-–—/]\s*|\s+(?:đến|tới)\s+(?:năm\s+)?)\d\d/iu],
];

const PIECES = [
  ..."0123456789",
  ..." /.-–—\t\n\u00a0\u2009,()",
  ..."tThHáÁnNgGqQuUýÝửỬaAăĂmMvVàÀđĐếẾớỚiIoOe",
  "tháng",
  "Tháng",
  "THÁNG",
  "tHÁng",
  "quý",
  "QUÝ",
  "Quý",
  "nửa",
  "NỬA",
  "năm",
  "và",
  "Và",
  "đến",
  "ĐẾN",
  "tới",
  "TỚI",
  "ngày",
  "NGÀY",
  "Năm",
  "19",
  "20",
  "2024",
  "1999",
  // Parts of words, so that mixed cases and broken words come up.
  ..."thá THÁ Thá tHá th Th TH tH há áng ÁNG Áng NG ng Ng q Q qu Qu QU uý UÝ Uý n N ửa ỬA Ửa ới ỚI ến ẾN Đ đ ăm ĂM v V à À".split(" "),
];

/** A small deterministic generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Fewer pieces, for the flags of longer shapes ("5 đến ngày 6", "2016 tới năm 2020"). */
const SHAPE_PIECES = [..."0125 \t-–—/.", "19", "20", "2016", "đến", " đến ", " ĐẾN ", "tới", " Tới ", "ngày", " ngày ", " NGÀY ", "năm", " năm ", " Năm ", "và", " và ", " VÀ ", "tháng", " tháng ", "\u00a0", "quý", "QUÝ", "Quý", "uý", "I", "V", "4", "9"];
describe("scan", () => {
  it("sets each flag exactly where its pattern matches", () => {
    const next = random(7);
    for (let n = 0; n < 200_000; n++) {
      // A few pieces per text, so that the shapes the patterns look for come up often.
      const few = Array.from({ length: 2 + Math.floor(next() * 4) }, () => PIECES[Math.floor(next() * PIECES.length)]!);
      const len = 1 + Math.floor(next() * 12);
      let text = "";
      for (let k = 0; k < len; k++) text += few[Math.floor(next() * few.length)];
      const flags = F.scan(text);
      for (const [flag, re] of PATTERNS) {
        if (Boolean(flags & flag) !== re.test(text)) expect({ text, flag, re: re.source }).toEqual({ text, flag, re: "" });
      }
    }
  });

  it("sets the flags of longer shapes exactly where their patterns match", () => {
    const next = random(11);
    for (let n = 0; n < 200_000; n++) {
      const len = 1 + Math.floor(next() * 10);
      let text = "";
      for (let k = 0; k < len; k++) text += SHAPE_PIECES[Math.floor(next() * SHAPE_PIECES.length)];
      const flags = F.scan(text);
      for (const [flag, re] of PATTERNS) {
        if (Boolean(flags & flag) !== re.test(text)) expect({ text, flag, re: re.source }).toEqual({ text, flag, re: "" });
      }
    }
  });
});
