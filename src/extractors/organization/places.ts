// The place after a local body: "UBND tỉnh Quảng Ninh", "Công an TP.HCM", "UBND xã Tân Hiệp",
// "Sở Y tế Hà Nội". Known provinces and cities come from lexicons/vietnam-places.ts; after a
// level word (tỉnh, huyện, xã, …) an unknown capitalised place is read too, and stops where a
// person's name begins ("Chủ tịch UBND TP Nguyễn Đức Chung").
import {
  VIETNAM_CITIES,
  VIETNAM_HIGHLAND_DISTRICTS,
  VIETNAM_NAMES,
  VIETNAM_PROVINCE_ALIASES,
  VIETNAM_PROVINCES,
} from "../../lexicons/vietnam-places.js";
import { COMMON_SURNAMES } from "../../lexicons/surnames.js";
import { type Token, adjacent, isTitleCase, phraseTrie } from "./tokens.js";

/** Vietnam, its provinces and cities (names written capitalised). */
export const PLACE = phraseTrie(
  [...VIETNAM_NAMES, ...VIETNAM_PROVINCES, ...VIETNAM_PROVINCE_ALIASES, ...VIETNAM_CITIES, ...VIETNAM_HIGHLAND_DISTRICTS].filter((p) => /^\p{Lu}/u.test(p)),
);

const COMMON = new Set(COMMON_SURNAMES);

const capWord = (t: Token | undefined) => !!t && t.word && (t.cap || t.upper);

/**
 * The token index after the place that starts at token k (k itself when there is none).
 * `known`: only a listed place (no level word before it, as in "Sở Y tế Hà Nội");
 * `"named"`: a listed place, or two or three capitalised words that do not open a person's
 * name ("Quận ủy Thanh Khê", not "Thành ủy Đinh La Thăng").
 */
export function placeEnd(toks: readonly Token[], k: number, known: boolean | "named" = false): number {
  const first = toks[k];
  if (!first || !adjacent(toks[k - 1]!, first)) return k;
  if (!known && first.word && /^\p{N}+$/u.test(first.text)) return k + 1; // "quận 1"
  if (!capWord(first)) return k;
  const m = PLACE.longest(toks, k);
  if (m) return m.end;
  if (known === "named") {
    let r = k;
    while (r < toks.length && r - k < 4 && toks[r]!.word && isTitleCase(toks[r]!.text) && (r === k || adjacent(toks[r - 1]!, toks[r]!))) r++;
    return r - k >= 2 && r - k <= 3 && !COMMON.has(first.text) ? r : k;
  }
  if (known) return k;
  // An unlisted place after a level word: capitalised words, "-" between them, at most four.
  let r = k;
  let words = 0;
  while (r < toks.length && words < 4) {
    const t = toks[r]!;
    if (r > k && !adjacent(toks[r - 1]!, t)) break;
    if (capWord(t)) {
      words++;
      r++;
    } else if (t.text === "-" && capWord(toks[r + 1]) && r > k) r++;
    else break;
  }
  if (toks[r - 1]?.text === "-") r--;
  // A person's name closes the place: "xã Tân Hiệp Nguyễn Văn A" → "Tân Hiệp".
  for (let s = k + 1; s < r; s++) {
    if (COMMON.has(toks[s]!.text) && r - s >= 2) return s;
  }
  // Run on into a name with no common family name: keep the usual two syllables of a place.
  const next = toks[r];
  if (words > 3 || (words === 3 && next && capWord(next))) return Math.min(r, k + 2);
  return r;
}
