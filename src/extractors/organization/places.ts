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
import { C, CAP, type Cursor, NUMBER, TITLE, WORD, newRole, phraseTrie } from "./tokens.js";
import { R_SURNAME_COMMON } from "./lexicon.js";

/**
 * Short forms of provinces that news writes after "tỉnh" ("UBND tỉnh TT-Huế"), beside those of
 * lexicons/vietnam-places.ts (to be folded into it by its owner).
 */
const PROVINCE_SHORT_FORMS: readonly string[] = [
  "Bắc Cạn", "BR - VT", "BRVT", "Đác Lắc", "Đác Nông", "Đắc Lắk", "Đắc Nông", "Đăk Lắk", "Đắk Lăk", "Thừa Thiên Huế",
  "Thừa Thiên-Huế", "TT - Huế", "TT-Huế", "TT.Huế",
];

/**
 * A dashed place the way news also writes it: "Bà Rịa - Vũng Tàu" as "Bà Rịa – Vũng Tàu",
 * "Bà Rịa-Vũng Tàu", "Bà Rịa—Vũng Tàu"; a name takes the whole place, not "Bà Rịa".
 */
function dashVariants(place: string): string[] {
  if (!/[-–—]/u.test(place)) return [place];
  const parts = place.split(/\s*[-–—]\s*/u);
  if (parts.length !== 2 || !parts.every((x) => /^\p{Lu}/u.test(x))) return [place];
  return [place, ...["-", "–", "—"].flatMap((d) => [`${parts[0]} ${d} ${parts[1]}`, `${parts[0]}${d}${parts[1]}`])];
}

/** Vietnam, its provinces and cities (names written capitalised). */
export const PLACE = phraseTrie(
  [...VIETNAM_NAMES, ...VIETNAM_PROVINCES, ...VIETNAM_PROVINCE_ALIASES, ...PROVINCE_SHORT_FORMS, ...VIETNAM_CITIES, ...VIETNAM_HIGHLAND_DISTRICTS]
    .filter((p) => /^\p{Lu}/u.test(p))
    .flatMap(dashVariants),
);
export const R_PLACE_FIRST = newRole();
PLACE.markFirst(R_PLACE_FIRST);

/** The end of the listed place that starts at token k, or -1. */
export function knownPlaceEnd(c: Cursor, k: number): number {
  if (!(c.roles(k, R_PLACE_FIRST)) || !c.capWord(k)) return -1;
  return PLACE.longestEnd(c.T, k, c.hi);
}

/** Token k is a common family name written in title case ("Nguyễn"). */
export const commonSurname = (c: Cursor, k: number): boolean => (c.flags(k) & TITLE) !== 0 && (c.roles(k, R_SURNAME_COMMON)) !== 0;

/**
 * The token index after the place that starts at token k (k itself when there is none).
 * `known`: only a listed place (no level word before it, as in "Sở Y tế Hà Nội");
 * `"named"`: a listed place, or two or three capitalised words that do not open a person's
 * name ("Quận ủy Thanh Khê", not "Thành ủy Đinh La Thăng").
 */
export function placeEnd(c: Cursor, k: number, known: boolean | "named" = false): number {
  if (!c.has(k) || !c.adj(k - 1, k)) return k;
  const f = c.flags(k);
  if (!known && (f & NUMBER) !== 0) return k + 1; // "quận 1"
  if (!(f & CAP)) return k;
  const m = knownPlaceEnd(c, k);
  if (m > 0) return m;
  if (known === "named") {
    let r = k;
    while (r < c.hi && r - k < 4 && (c.flags(r) & (WORD | TITLE)) === (WORD | TITLE) && (r === k || c.adj(r - 1, r))) r++;
    return r - k >= 2 && r - k <= 3 && !commonSurname(c, k) ? r : k;
  }
  if (known) return k;
  // An unlisted place after a level word: capitalised words, "-" between them, at most four.
  let r = k;
  let words = 0;
  while (r < c.hi && words < 4) {
    if (r > k && !c.adj(r - 1, r)) break;
    if (c.capWord(r)) {
      words++;
      r++;
    } else if (c.is(r, C.dash) && c.capWord(r + 1) && r > k) r++;
    else break;
  }
  if (c.is(r - 1, C.dash)) r--;
  // A person's name closes the place: "xã Tân Hiệp Nguyễn Văn A" → "Tân Hiệp".
  for (let s = k + 1; s < r; s++) {
    if (commonSurname(c, s) && r - s >= 2) return s;
  }
  // Run on into a name with no common family name: keep the usual two syllables of a place.
  if (words > 3 || (words === 3 && c.capWord(r))) return Math.min(r, k + 2);
  return r;
}
