import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold, foldSlow } from "../../src/facts/keys.js";

describe("fold", () => {
  it.each([
    ["Hoà", "hoa"],
    ["HÒA", "hoa"],
    ["Đồng Nai", "dong nai"],
    ["  “Bộ Ngoại giao”, ", "bo ngoai giao"],
    ["Ho\u0300a", "hoa"], // NFD input
    ["Liên  Hợp\u00a0Quốc", "lien hop quoc"],
    ["(- Nhật Bản -)", "nhat ban"],
    ["Ấn Độ - Thái Bình Dương", "an do - thai binh duong"],
    ["Ελλάς", "ελλας"], // outside the table: the slow path
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it("agrees with its definition on every single character of the table's range, alone and between letters", () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c < 0xe000) continue;
      for (const s of [ch, `a${ch}b`, ` ${ch} `, `${ch}${ch}x`]) expect(fold(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(foldSlow(s));
    }
  });

  it("agrees with its definition on random Vietnamese-looking strings", () => {
    const alphabet = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠÝỸ0123456789  \t\n\u00a0.,;:()\"“”'‘’-–/\u0300\u0301\u0309\u0303\u0323\u2003ΣΑ"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const s = chars.join("");
        expect(fold(s)).toBe(foldSlow(s));
      }),
      { numRuns: 3000 },
    );
  });
});
