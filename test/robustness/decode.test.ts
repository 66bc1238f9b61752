// Bytes → text on every kind of broken input: each case builds its bytes here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FATAL_WARNING_CODES, MAX_TEXT_CHARS, WARNING_CODES, decode, inspectText, isFatal, repairMojibake } from "../../src/io/decode.js";
import { decodeTcvn3, decodeVni, isVietnameseSyllable } from "../../src/io/legacy.js";
import { normalise } from "../../src/text/normalise.js";
import { doubleEncoded, encodeCp1258, encodeTcvn3, encodeVni, tcvn3Mojibake, vniMojibake } from "./legacy-encoders.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : [...p])));
const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);

const SENTENCE = "Ngày 12/3/2024, Thủ tướng Phạm Minh Chính ký Chỉ thị số 08/CT-TTg về đẩy mạnh xuất khẩu.";
const PARAGRAPH =
  "Việt Nam là một quốc gia nằm ở bán đảo Đông Dương. Kim ngạch xuất khẩu quý I đạt 93 tỷ USD, tăng 17% so với cùng kỳ năm trước. " +
  "Bộ trưởng Bộ Công Thương cho biết nhiều doanh nghiệp đã mở rộng thị trường sang Hàn Quốc và Nhật Bản.";

describe("empty input", () => {
  it("no bytes", () => {
    const d = decode(new Uint8Array());
    expect(d).toMatchObject({ text: "", readable: true });
    expect(codes(d)).toEqual(["empty"]);
  });
  it("white space only", () => {
    const d = decode(utf8(" \n\t \r\n  \u00A0\n"));
    expect(codes(d)).toEqual(["empty"]);
    expect(d.readable).toBe(true);
  });
  it("only a BOM", () => {
    expect(codes(decode(bytes([0xef, 0xbb, 0xbf])))).toEqual(["empty"]);
  });
  it("empty is not fatal", () => {
    expect(FATAL_WARNING_CODES.has("empty")).toBe(false);
  });
});

describe("binary files named .txt", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /PNG/],
    ["PDF", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), /PDF/],
    ["ZIP (DOCX)", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /ZIP/],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /JPEG/],
    ["gzip", bytes([0x1f, 0x8b, 8, 0]), /gzip/],
    ["Office 97", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Office/],
    ["NUL bytes in text", bytes("Hà Nội", [0, 0, 1, 2], "ngày 5/7", [0, 0x1f, 0x8b]), /NUL/],
    ["control bytes", bytes(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)))), /control/],
    ["random bytes", new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), /NUL|control/],
  ];
  it.each(cases)("%s", (_name, input, message) => {
    const d = decode(input);
    expect(d.readable).toBe(false);
    expect(d.text).toBe("");
    expect(codes(d)).toEqual(["binary"]);
    expect(d.warnings[0]!.message).toMatch(message);
    expect(isFatal(d.warnings[0]!)).toBe(true);
  });
  it("a PDF signature after a UTF-8 BOM is still a PDF", () => {
    expect(codes(decode(bytes([0xef, 0xbb, 0xbf], "%PDF-1.4\n")))).toEqual(["binary"]);
  });
  it("trailing NUL padding is dropped, the text kept", () => {
    const d = decode(bytes(SENTENCE, new Array(512).fill(0)));
    expect(d.readable).toBe(true);
    expect(d.text).toBe(SENTENCE);
    expect(codes(d)).toEqual(["nul-bytes"]);
    expect(isFatal(d.warnings[0]!)).toBe(false);
  });
});

describe("invalid UTF-8", () => {
  const cases: [string, number[]][] = [
    ["a lone continuation byte", [0x80]],
    ["0xFF", [0xff]],
    ["a lead byte without continuation", [0xc3, 0x28]],
    ["an overlong slash", [0xc0, 0xaf]],
    ["a surrogate encoded in UTF-8", [0xed, 0xa0, 0x80]],
    ["a truncated four-byte sequence", [0xf0, 0x9f, 0x98]],
  ];
  it.each(cases)("%s in Vietnamese text", (_name, bad) => {
    const d = decode(bytes("Việt Nam là một quốc gia ", bad, " ở Đông Nam Á."));
    expect(d.readable).toBe(true);
    expect(codes(d)).toEqual(["not-utf8"]);
    expect(d.text).toContain("\uFFFD");
    expect(d.text.startsWith("Việt Nam là một quốc gia ")).toBe(true);
    const w = d.warnings[0]!;
    expect(d.text.slice(w.start, w.end)).toMatch(/^\uFFFD/);
    expect(isFatal(w)).toBe(true);
  });
  it("counts only replaced bytes, not a U+FFFD that was in the file", () => {
    const d = decode(bytes("a \uFFFD b ", [0xff], " c"));
    expect(d.warnings[0]!.message).toMatch(/^1 byte/);
  });
  it("Latin-1 French is not mistaken for a Vietnamese encoding", () => {
    const d = decode(new Uint8Array(Buffer.from("Le café est très bon à Paris, où il fait beau en été.", "latin1")));
    expect(codes(d)).toContain("not-utf8");
    expect(d.encoding).toBe("utf-8");
  });
});

describe("byte order marks and UTF-16", () => {
  it("drops a UTF-8 BOM", () => {
    const d = decode(bytes([0xef, 0xbb, 0xbf], SENTENCE));
    expect(d.text).toBe(SENTENCE);
    expect(d.warnings).toEqual([]);
  });
  it("decodes UTF-16 LE with a BOM", () => {
    const d = decode(bytes([0xff, 0xfe], Buffer.from(SENTENCE, "utf16le")));
    expect(d.text).toBe(SENTENCE);
    expect(d.encoding).toBe("utf-16le");
    expect(codes(d)).toEqual(["utf16"]);
    expect(isFatal(d.warnings[0]!)).toBe(false);
  });
  it("decodes UTF-16 BE with a BOM", () => {
    const be = Buffer.from(SENTENCE, "utf16le").swap16();
    const d = decode(bytes([0xfe, 0xff], be));
    expect(d.text).toBe(SENTENCE);
    expect(d.encoding).toBe("utf-16be");
  });
  it("decodes UTF-16 LE without a BOM", () => {
    const d = decode(new Uint8Array(Buffer.from(PARAGRAPH, "utf16le")));
    expect(d.text).toBe(PARAGRAPH);
    expect(d.warnings[0]!.message).toMatch(/without a byte order mark/);
  });
  it("decodes UTF-32 LE with a BOM", () => {
    const cps = [0xfeff, ...[...SENTENCE].map((c) => c.codePointAt(0)!)];
    const buf = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => buf.writeUInt32LE(cp, i * 4));
    expect(decode(new Uint8Array(buf)).text).toBe(SENTENCE);
  });
  it("a lone surrogate in UTF-16 is replaced and reported", () => {
    const d = decode(bytes([0xff, 0xfe], Buffer.from("Hà Nội ", "utf16le"), [0x00, 0xd8], Buffer.from(" năm 2024", "utf16le")));
    expect(codes(d)).toEqual(["utf16", "invalid-utf16"]);
  });
});

describe("legacy Vietnamese encodings as raw bytes", () => {
  it("Windows-1258 (Node's decoder supports it)", () => {
    const d = decode(encodeCp1258(PARAGRAPH));
    expect(d.encoding).toBe("windows-1258");
    expect(d.text).toBe(PARAGRAPH);
    expect(codes(d)).toEqual(["legacy-encoding"]);
    expect(isFatal(d.warnings[0]!)).toBe(false);
  });
  it("TCVN3 (ABC)", () => {
    const d = decode(encodeTcvn3(PARAGRAPH));
    expect(d.encoding).toBe("tcvn3");
    expect(d.text).toBe(PARAGRAPH);
    expect(codes(d)).toEqual(["legacy-encoding"]);
  });
  it("VNI-Windows", () => {
    const d = decode(encodeVni(PARAGRAPH));
    expect(d.encoding).toBe("vni");
    expect(d.text).toBe(PARAGRAPH);
  });
  it("the well-known samples read right", () => {
    expect(decodeTcvn3(new Uint8Array(Buffer.from("TiÕng ViÖt rÊt hay", "latin1")))).toBe("Tiếng Việt rất hay");
    expect(decodeTcvn3(new Uint8Array(Buffer.from("M\u00ADêng Kh\u00AD¬ng", "latin1")))).toBe("Mường Khương");
    expect(decodeVni(new Uint8Array(Buffer.from("Tieáng Vieät raát hay", "latin1")))).toBe("Tiếng Việt rất hay");
    expect(decodeVni(new Uint8Array(Buffer.from("Xin chaøo caùc baïn", "latin1")))).toBe("Xin chào các bạn");
  });
  it("every Vietnamese letter survives a TCVN3 and a VNI round trip", () => {
    const letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
    expect(decodeTcvn3(encodeTcvn3(letters))).toBe(letters);
    expect(decodeVni(encodeVni(letters))).toBe(letters);
    expect(decodeVni(encodeVni(letters.toUpperCase()))).toBe(letters.toUpperCase());
  });
  it("a large file is judged on its beginning and decoded whole", () => {
    const text = `${PARAGRAPH}\n`.repeat(2_000);
    expect(text.length).toBeGreaterThan(300_000); // more than the 256 KB sample
    expect(decode(encodeVni(text)).text).toBe(text);
    expect(decode(encodeTcvn3(text)).text).toBe(text);
  });
  it("too little text to be sure is read as UTF-8 and reported", () => {
    const d = decode(encodeTcvn3("Việt"));
    expect(codes(d)).toContain("not-utf8");
  });
});

describe("mojibake in valid UTF-8", () => {
  it("repairs double-encoded UTF-8 (Windows-1252 reading)", () => {
    const broken = doubleEncoded(PARAGRAPH);
    expect(broken).toContain("Viá»‡t Nam");
    const d = decode(utf8(broken));
    expect(d.text).toBe(PARAGRAPH);
    expect(codes(d)).toEqual(["mojibake"]);
    expect(d.warnings[0]!.message).toMatch(/^repaired/);
    expect(isFatal(d.warnings[0]!)).toBe(false);
  });
  it("repairs double-encoded UTF-8 (Latin-1 reading, C1 controls)", () => {
    const broken = Buffer.from(PARAGRAPH, "utf8").toString("latin1");
    expect(inspectText(broken).text).toBe(PARAGRAPH);
  });
  it("repairs only the garbled part of a mixed text", () => {
    const text = `${SENTENCE}\n${doubleEncoded(PARAGRAPH)}`;
    const d = inspectText(text);
    expect(d.text).toBe(`${SENTENCE}\n${PARAGRAPH}`);
    const w = d.warnings[0]!;
    expect(w.start).toBeGreaterThan(SENTENCE.length);
    expect(w.end).toBeLessThanOrEqual(d.text.length);
  });
  it("locates double-encoded UTF-8 whose bytes were lost, without repairing it", () => {
    const d = inspectText("Chá»?t sá»? liá»?u");
    expect(d.text).toBe("Chá»?t sá»? liá»?u");
    expect(codes(d)).toEqual(["mojibake"]);
    expect(d.text.slice(d.warnings[0]!.start, d.warnings[0]!.end)).toBe("á»");
  });
  it("repairs TCVN3 text shown in a Windows-1252 font", () => {
    const broken = tcvn3Mojibake(PARAGRAPH);
    expect(broken).toMatch(/^ViÖt Nam lµ mét quèc gia/);
    const d = inspectText(broken);
    expect(d.text).toBe(PARAGRAPH);
    expect(d.warnings[0]!.message).toMatch(/TCVN3/);
  });
  it("repairs VNI text shown in a Windows-1252 font", () => {
    const broken = vniMojibake(PARAGRAPH);
    expect(broken).toMatch(/^Vieät Nam laø moät quoác gia/);
    const d = inspectText(broken);
    expect(d.text).toBe(PARAGRAPH);
    expect(d.warnings[0]!.message).toMatch(/VNI/);
  });
  it("repairs Windows-1258 text shown in a Windows-1252 font", () => {
    const broken = Buffer.from(encodeCp1258(PARAGRAPH)).toString("latin1");
    expect(inspectText(broken).text).toBe(PARAGRAPH);
  });
  it("repairs a TCVN3 paragraph inside a Unicode article and leaves the rest alone", () => {
    const text = `${SENTENCE}\n${tcvn3Mojibake(PARAGRAPH)}\n${SENTENCE}`;
    const d = inspectText(text);
    expect(d.text).toBe(`${SENTENCE}\n${PARAGRAPH}\n${SENTENCE}`);
    const w = d.warnings[0]!;
    expect(w.start).toBe(SENTENCE.length + 1);
    expect(w.end).toBe(SENTENCE.length + 1 + PARAGRAPH.length);
  });
  it("locates a garbled title too short to repair with certainty", () => {
    const d = inspectText(`${tcvn3Mojibake("Hà Nội")}\n\nA story in English follows here.`);
    expect(codes(d)).toContain("mojibake");
    expect(d.warnings.find((w) => w.code === "mojibake")!.message).toMatch(/too few/);
  });
  it("leaves capitals followed by punctuation alone", () => {
    const text = "“ĐÃ”, “LÊ…”, MÃ–ĐÀ, KHÔ” và ĐÃ\u00A0ĐẾN, nhiệt độ 35°C";
    expect(inspectText(text)).toMatchObject({ text, warnings: [] });
  });
  it("leaves correct text alone: foreign names, symbols, abbreviations", () => {
    const text =
      "Ông Emmanuel Macron và bà Angela Merkel gặp ông Müller tại Zürich; nhiệt độ 35°C, diện tích 120 m², giá 279.000.000 VNĐ, 4×4, «ngoặc kép», Samsung®, © 2024, Français, São Paulo, Ørsted, Nestlé.";
    const d = inspectText(text);
    expect(d.text).toBe(text);
    expect(d.warnings).toEqual([]);
  });
});

describe("text the pipeline normalises: decode leaves it as it is", () => {
  it("NFD text is kept (offsets point into it); normalisation composes it", () => {
    const nfd = PARAGRAPH.normalize("NFD");
    const d = decode(utf8(nfd));
    expect(d.text).toBe(nfd);
    expect(d.warnings).toEqual([]);
    expect(normalise(d.text).text).toContain("Việt Nam");
  });
  it("CRLF and mixed line endings are kept", () => {
    const text = "Dòng một\r\nDòng hai\nDòng ba\rDòng bốn\r\n";
    const d = decode(utf8(text));
    expect(d.text).toBe(text);
    expect(d.warnings).toEqual([]);
  });
  it("text without Vietnamese letters is noted, as information only", () => {
    const d = decode(utf8("The State Bank of Vietnam kept its policy rate at 4.5% on Monday."));
    expect(codes(d)).toEqual(["no-vietnamese"]);
    expect(isFatal(d.warnings[0]!)).toBe(false);
  });
});

describe("size limit", () => {
  it(`keeps the first ${MAX_TEXT_CHARS.toLocaleString("en")} characters, cut at a paragraph end`, () => {
    const para = `${PARAGRAPH}\n`;
    const text = para.repeat(Math.ceil((MAX_TEXT_CHARS * 1.2) / para.length));
    const d = inspectText(text);
    expect(codes(d)).toEqual(["too-large"]);
    expect(d.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(d.text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(d.text.endsWith("\n")).toBe(true);
    expect(isFatal(d.warnings[0]!)).toBe(true);
  });
  it("one line without paragraph breaks is cut at a sentence end", () => {
    const text = `${PARAGRAPH} `.repeat(Math.ceil((MAX_TEXT_CHARS * 1.1) / (PARAGRAPH.length + 1)));
    const d = inspectText(text);
    expect(d.text.endsWith(". ")).toBe(true);
  });
  it("a file read only in part says so", () => {
    const d = decode(utf8(SENTENCE), { fileSize: 50_000_000 });
    expect(codes(d)).toEqual(["too-large"]);
  });
  it("a file read in part does not report the character cut at the end as invalid", () => {
    const full = utf8(SENTENCE);
    const d = decode(full.subarray(0, full.length - 1 - "khẩu.".length + 3), { fileSize: full.length });
    expect(codes(d)).not.toContain("not-utf8");
  });
});

describe("warning codes", () => {
  it("every fatal code is documented and the fatal set matches the table", () => {
    for (const [code, v] of Object.entries(WARNING_CODES)) expect(FATAL_WARNING_CODES.has(code)).toBe(v.fatal);
    expect([...FATAL_WARNING_CODES].sort()).toEqual(
      ["binary", "internal-error", "invalid-utf16", "malformed-line", "missing", "not-utf8", "too-large", "unreadable"].sort(),
    );
  });
});

describe("the syllable test", () => {
  it.each(["việt", "nghiêng", "quốc", "giữa", "khuya", "thuở", "Đường", "xoong", "ngoặt"])("%s is a syllable", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(["viöt", "néi", "cña", "vµ", "café", "hàt", "quyểnt", "ab"])("%s is not", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe("the hostile fixtures", () => {
  const dir = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));
  const read = (name: string) => decode(new Uint8Array(readFileSync(dir + name)));
  it.each([
    ["empty.txt", ["empty"], true],
    ["whitespace.txt", ["empty"], true],
    ["png-named.txt", ["binary"], false],
    ["pdf-named.txt", ["binary"], false],
    ["nul.txt", ["binary"], false],
    ["invalid-utf8.txt", ["not-utf8"], true],
    ["utf16le.txt", ["utf16"], true],
    ["utf16be.txt", ["utf16"], true],
    ["utf8-bom.txt", [], true],
    ["windows-1258.txt", ["legacy-encoding"], true],
    ["tcvn3.txt", ["legacy-encoding"], true],
    ["vni.txt", ["legacy-encoding"], true],
    ["tcvn3-mojibake.txt", ["mojibake"], true],
    ["double-utf8.txt", ["mojibake"], true],
    ["nfd.txt", [], true],
    ["crlf.txt", [], true],
    ["english.txt", ["no-vietnamese"], true],
  ] as const)("%s → %j", (name, expected, readable) => {
    const d = read(name);
    expect(codes(d)).toEqual(expected);
    expect(d.readable).toBe(readable);
    if (readable && !name.includes("empty") && !name.includes("whitespace") && !name.includes("english")) {
      expect(normalise(d.text).text).toMatch(/Thủ tướng|Việt Nam|Hà Nội/);
    }
  });
});

describe("never throws", () => {
  it("on every single byte and every pair of a few interesting bytes", () => {
    const interesting = [0x00, 0x0a, 0x0d, 0x1b, 0x20, 0x41, 0x7f, 0x80, 0x81, 0x9d, 0xa0, 0xad, 0xc0, 0xc3, 0xe1, 0xed, 0xef, 0xf4, 0xfe, 0xff];
    for (let b = 0; b < 256; b++) expect(() => decode(new Uint8Array([b]))).not.toThrow();
    for (const a of interesting) for (const b of interesting) expect(() => decode(new Uint8Array([a, b, a, b]))).not.toThrow();
  });
  it("repairMojibake on text full of mojibake characters", () => {
    const junk = "Ã¡»‡Æ°Ä‘µ¸®«¬\u00AD¨©ª".repeat(2000);
    expect(() => repairMojibake(junk)).not.toThrow();
  });
});
