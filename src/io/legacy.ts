// Legacy Vietnamese 8-bit encodings, and the test that tells whether a reading of some bytes
// is Vietnamese: decode.ts tries every reading and keeps the one whose words are Vietnamese
// syllables.
//
// Before Unicode, Vietnamese text was stored in 8-bit encodings tied to fonts:
// - Windows-1258 (code page 1258): Latin-1 letters plus combining tone marks. Node's
//   TextDecoder (ICU) reads it.
// - TCVN3 (TCVN 5712:1993 VN3, the ".Vn" ABC fonts): one byte per lower-case letter with its
//   marks, in 0xA1–0xFE. Upper-case accented letters were written with a second font that used
//   the same bytes, so they come back lower case.
// - VNI-Windows (the "VNI-" fonts): a base letter followed by a byte for its marks
//   ("Vieät" = "Việt").
// Archives hold both the raw bytes and, more often, "mojibake": the bytes shown in a Windows-1252
// font and saved again as Unicode ("ViÖt Nam", "Vieät Nam", "Viá»‡t Nam").

/** Windows-1252 characters of the bytes 0x80–0x9F (its five undefined bytes as C1 controls). */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const CP1252_BYTE = new Map<number, number>();
for (let i = 0; i < 32; i++) CP1252_BYTE.set(CP1252_80_9F.charCodeAt(i), 0x80 + i);

/** The character a Windows-1252 reading gives for a byte (C1 controls for its undefined bytes). */
export function cp1252Char(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte);
}

/**
 * The bytes that a Windows-1252 (or Latin-1) reading turned into `text`, or null when a
 * character has no such byte. A C1 control U+0080–U+009F counts as its own byte (a Latin-1
 * reading).
 */
export function cp1252Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) out[i] = c;
    else {
      const b = CP1252_BYTE.get(c);
      if (b === undefined) return null;
      out[i] = b;
    }
  }
  return out;
}

// TCVN3 (VN3): byte → letter. Bytes not listed read as Windows-1252 (the fonts kept its quotes
// and dashes there).
// prettier-ignore
const TCVN3: Record<number, string> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
};

const TCVN3_TABLE = Uint16Array.from({ length: 256 }, (_, b) => (TCVN3[b] ?? cp1252Char(b)).charCodeAt(0));

/** UTF-16 code units → string, in chunks (fromCharCode takes a limited number of arguments). */
function fromUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, Math.min(i + 8192, length))));
  return parts.join("");
}

/** Reads TCVN3 (ABC) bytes. */
export function decodeTcvn3(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = TCVN3_TABLE[bytes[i]!]!;
  return fromUnits(units, units.length);
}

// VNI-Windows: bytes that are letters on their own, and bytes that add marks to the vowel
// before them. Marks are combining characters, composed to NFC at the end.
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

// prettier-ignore
const VNI_LETTER: Record<number, string> = {
  0xd1: "Đ", 0xf1: "đ", 0xd4: "Ơ", 0xf4: "ơ", 0xd6: "Ư", 0xf6: "ư",
  0xcc: "Ì", 0xec: "ì", 0xcd: "Í", 0xed: "í", 0xc6: "Ỉ", 0xe6: "ỉ",
  0xd3: "Ĩ", 0xf3: "ĩ", 0xd2: "Ị", 0xf2: "ị", 0xce: "Ỵ", 0xee: "ỵ",
};

// Lower-case mark bytes; the upper-case one is 0x20 less.
// prettier-ignore
const VNI_MARK_LOWER: Record<number, string> = {
  0xf8: GRAVE, 0xf9: ACUTE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT,
  0xe2: CIRCUMFLEX, 0xe1: CIRCUMFLEX + ACUTE, 0xe0: CIRCUMFLEX + GRAVE, 0xe5: CIRCUMFLEX + HOOK,
  0xe3: CIRCUMFLEX + TILDE, 0xe4: CIRCUMFLEX + DOT,
  0xea: BREVE, 0xe9: BREVE + ACUTE, 0xe8: BREVE + GRAVE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE,
  0xeb: BREVE + DOT,
};
const VNI_MARK = new Map<number, string>();
for (const [b, m] of Object.entries(VNI_MARK_LOWER)) {
  VNI_MARK.set(Number(b), m);
  VNI_MARK.set(Number(b) - 0x20, m);
}
const VNI_BASE = /[aeiouyAEIOUYơưƠƯ]$/u;

const VNI_CHAR = Uint16Array.from({ length: 256 }, (_, b) => (VNI_LETTER[b] ?? cp1252Char(b)).charCodeAt(0));
const VNI_IS_BASE = Uint8Array.from({ length: 256 }, (_, b) => (VNI_BASE.test(String.fromCharCode(VNI_CHAR[b]!)) ? 1 : 0));

/** Reads VNI-Windows bytes. */
export function decodeVni(bytes: Uint8Array): string {
  // A mark adds at most two combining characters for one byte.
  const units = new Uint16Array(bytes.length * 2);
  let n = 0;
  let lastIsBase = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const mark = lastIsBase ? VNI_MARK.get(b) : undefined;
    if (mark !== undefined) {
      for (let k = 0; k < mark.length; k++) units[n++] = mark.charCodeAt(k);
      lastIsBase = false;
      continue;
    }
    units[n++] = VNI_CHAR[b]!;
    lastIsBase = VNI_IS_BASE[b] === 1;
  }
  return fromUnits(units, n).normalize("NFC");
}

// Node's official builds carry full ICU, which reads Windows-1258; a build with small ICU does
// not, and then this encoding is simply not tried.
const CP1258: InstanceType<typeof TextDecoder> | null = (() => {
  try {
    return new TextDecoder("windows-1258");
  } catch {
    return null;
  }
})();

/** Reads Windows-1258 bytes (its combining tone marks composed to NFC). */
export function decodeCp1258(bytes: Uint8Array): string {
  if (!CP1258) throw new Error("this Node.js has no Windows-1258 decoder (built with small ICU)");
  return CP1258.decode(bytes).normalize("NFC");
}

export type LegacyEncoding = "windows-1258" | "tcvn3" | "vni";

/** The legacy decoders this Node.js can run. */
export const LEGACY_DECODERS: Readonly<Partial<Record<LegacyEncoding, (bytes: Uint8Array) => string>>> = {
  ...(CP1258 ? { "windows-1258": decodeCp1258 } : {}),
  tcvn3: decodeTcvn3,
  vni: decodeVni,
};

export const LEGACY_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  "windows-1258": "Windows-1258",
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI-Windows",
};

// ---------------------------------------------------------------------------------------------
// Is a word a Vietnamese syllable? Initial consonant + rhyme from the closed list of rhymes,
// at most one tone, and the stop finals c/ch/p/t only with the sắc or nặng tone.

const INITIALS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];

// Rhymes without tone, in NFC. "êng" and "ênh"-like forms cover "giếng"; "ooc"/"oong" loanwords.
// prettier-ignore
const RHYMES = [
  "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
  "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
  "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
  "e", "eo", "ec", "em", "en", "eng", "ep", "et",
  "ê", "êch", "êm", "ên", "êng", "ênh", "êp", "êt", "êu",
  "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
  "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
  "oăc", "oăm", "oăn", "oăng", "oăt", "oc", "oe", "oen", "oeo", "oet", "oi", "om", "on", "ong", "op", "ot",
  "ooc", "oong",
  "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
  "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
  "u", "ua", "uân", "uâng", "uât", "uây", "uc", "uê", "uêch", "uênh", "ui", "um", "un", "ung", "up", "ut",
  "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu", "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "uơ",
  "ư", "ưa", "ưc", "ưi", "ưm", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
  "y", "yêm", "yên", "yêt", "yêu", "ynh", "yt",
];

const SYLLABLE = new RegExp(
  `^(?:${[...INITIALS].sort((a, b) => b.length - a.length).join("|")})?(?:${[...RHYMES].sort((a, b) => b.length - a.length).join("|")})$`,
  "u",
);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_FINAL = /(?:c|ch|p|t)$/u;

const syllableCache = new Map<string, boolean>();

/** Whether `word` (letters only, any case, NFC or NFD) is one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const cached = syllableCache.get(word);
  if (cached !== undefined) return cached;
  const d = word.toLowerCase().normalize("NFD");
  const tones = d.match(TONES) ?? [];
  let ok = tones.length <= 1;
  if (ok) {
    const base = d.replace(TONES, "").normalize("NFC");
    ok = SYLLABLE.test(base);
    if (ok && STOP_FINAL.test(base) && tones.length === 1 && tones[0] !== ACUTE && tones[0] !== DOT) ok = false;
  }
  if (syllableCache.size > 50_000) syllableCache.clear();
  syllableCache.set(word, ok);
  return ok;
}

/** Letters that only Vietnamese writes (among Latin scripts): đ ă â ê ô ơ ư and toned vowels. */
export const VIETNAMESE_LETTER =
  /[đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/u;

// ASCII punctuation and typographic quotes and dashes; not digits ("4×2" stays one word), nor
// « » ¸ × …, which are TCVN3 letters read as Windows-1252.
const EDGE_PUNCT = /^[\x00-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F“”‘’–—]+|[\x00-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F“”‘’–—]+$/g;
/** An upper-case abbreviation ("VNĐ", "ĐBSCL"): not a syllable, yet correct text. */
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const WORD_SPLIT = /[-/.,;:'’"“”()[\]]+/u;

/**
 * A whitespace-free token judged as Vietnamese: "valid" when each of its words that holds a
 * non-ASCII letter is a syllable and no stray symbol remains; "neutral" when it holds no
 * non-ASCII letter at all (ASCII words, numbers, punctuation); else "invalid".
 */
export function judgeToken(token: string): "valid" | "invalid" | "neutral" {
  if (token.length > 40) return "neutral";
  const core = token.replace(EDGE_PUNCT, "");
  if (!/[^\x00-\x7F]/.test(core)) return "neutral";
  let sawMarked = false;
  for (const part of core.split(WORD_SPLIT)) {
    if (!/[^\x00-\x7F]/.test(part)) continue;
    sawMarked = true;
    if (ABBREVIATION.test(part)) continue;
    if (!/^[\p{L}\p{M}]+$/u.test(part) || !isVietnameseSyllable(part)) return "invalid";
  }
  return sawMarked ? "valid" : "neutral";
}
