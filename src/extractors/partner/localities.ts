// Step 2: foreign localities named with a classifier.
//   "tỉnh Luông Pha Băng (Lào)"            → Luông Pha Băng, LA
//   "thành phố Gimje, tỉnh Jeollabuk (Hàn Quốc)" → Gimje, KR and Jeollabuk, KR (the bracket covers the list)
//   "HĐND tỉnh Tuv (Mông Cổ)"              → Tuv, MN
//   "bang California"                      → California, US (a known city or state)
//   "thành phố Gimje"                      → Gimje (not a Vietnamese word: a foreign place)
//   "tỉnh Hòa Bình", "thủ đô Hà Nội"       → nothing (Vietnamese places)
// The bare name is the partner's name; the classifier form ("tỉnh Tuv") is kept as an alias.
import { isVietnamesePlace, VIETNAM_NAMES } from "../../lexicons/vietnam-places.js";
import { fold } from "../../facts/keys.js";
import { HAS_PAREN } from "./code-units.js";
import { type Entity, newEntity } from "./gazetteer.js";
import { type Mention, type SentenceWork, between, byStart, mentionAt, newMention, overlapping } from "./mention.js";
import { WordSet, hasVietnameseLetters, isForeignWord, isLetterCode, isSpaceCode, isTitleCase, isWordCode, wordsOf } from "./tokens.js";

/** Classifiers of administrative units big enough that a foreign-looking name alone says "abroad". */
const MAJOR = ["bang", "cảng", "đặc khu", "đảo", "khu tự trị", "quần đảo", "thành phố", "thủ đô", "thủ phủ", "tiểu bang", "tỉnh", "tỉnh bang", "TP", "TP.", "vùng"];
/** Smaller units: abroad only when the text says where (a bracketed country, or a known place). */
const MINOR = ["hạt", "huyện", "làng", "quận", "thị trấn", "thị xã", "xã"];
/** After these, any name that is not Vietnamese is abroad: Vietnam has one capital. */
const CAPITALS = new Set(["thủ đô", "thủ phủ"]);
/** Their last words, as written mid-sentence and capitalised. */
const CAPITAL_LAST_WORDS = new Set([...CAPITALS].flatMap((c) => {
  const last = c.split(" ").pop()!;
  return [last, last.charAt(0).toUpperCase() + last.slice(1)];
}));
/** `text.lastIndexOf("-")`, remembered for the text asked about last (the scan asks again and again). */
let hyphenText = "";
let hyphenAt = -1;
const lastHyphen = (text: string) => {
  if (text !== hyphenText) [hyphenText, hyphenAt] = [text, text.lastIndexOf("-")];
  return hyphenAt;
};
/** The word that starts at `start`; with `letters`, only as far as its letters go ("Ả" of "Ả2"). */
const wordAt = (text: string, start: number, letters = false) => {
  let end = start;
  while (end < text.length && (letters ? isLetterCode : isWordCode)(text.charCodeAt(end))) end++;
  return text.slice(start, end);
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const classifierAlternation = [...MAJOR, ...MINOR]
  .sort((a, b) => b.length - a.length)
  .map((c) => (/^\p{Ll}/u.test(c) ? `[${c[0]}${c[0]!.toUpperCase()}]${escape(c.slice(1))}` : escape(c)))
  .join("|");
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}]+)*";
// Tried only where a capitalised word follows a classifier's last word, anchored (sticky) at a
// word start: scanning every position of every sentence with the whole pattern costs more.
const LOCALITY = new RegExp(`(?<cls>${classifierAlternation})(?: |(?<=\\.))(?<name>${NAME_WORD}(?: ${NAME_WORD}){0,3})`, "uy");
/** The last words of the classifiers, as written mid-sentence and capitalised ("tỉnh", "Tỉnh", "phố", "TP"). */
export const CLASSIFIER_LAST_WORDS: readonly string[] = [...MAJOR, ...MINOR].flatMap((c) => {
  const last = c.split(" ").pop()!.replace(/\.$/u, "");
  return [last, last.charAt(0).toUpperCase() + last.slice(1)];
});
const LAST_WORDS = new WordSet(CLASSIFIER_LAST_WORDS);
/** Last words (as in CLASSIFIER_LAST_WORDS) that end minor classifiers only ("huyện", "xã" of "thị xã"). */
const MINOR_ONLY_LAST_WORDS: ReadonlySet<string> = (() => {
  const lastWords = (c: string) => {
    const last = c.split(" ").pop()!.replace(/\.$/u, "");
    return [last, last.charAt(0).toUpperCase() + last.slice(1)];
  };
  const major = new Set(MAJOR.flatMap(lastWords));
  return new Set(MINOR.flatMap(lastWords).filter((w) => !major.has(w)));
})();
const LIST_GLUE = /^(?:, ?| và |, và )$/u;
const VIETNAM = new Set(VIETNAM_NAMES.map((n) => n.toLowerCase()));

interface Unit {
  start: number;
  end: number;
  nameStart: number;
  cls: string;
  name: string;
  known?: Entity;
  /** Whether the name (or a name it starts with) is a Vietnamese place; worked out when asked (`vietnameseUnit`). */
  vietnamese: boolean | undefined;
  /** Whether the name looks foreign; worked out when asked (`foreignLookingUnit`). */
  foreignLooking: boolean | undefined;
}

/** `unit.vietnamese`, worked out on first use: most units are never asked (no country, no foreign look). */
function vietnameseUnit(u: Unit): boolean {
  if (u.vietnamese === undefined) {
    const words = wordsOf(u.name);
    let vietnamese = false;
    for (let k = words.length; k >= 1 && !vietnamese; k--) vietnamese = isVietnamesePlace(words.slice(0, k).join(" "));
    u.vietnamese = vietnamese;
  }
  return u.vietnamese;
}

/** `unit.foreignLooking`, worked out on first use. */
function foreignLookingUnit(u: Unit): boolean {
  if (u.foreignLooking === undefined) {
    // A name with a Vietnamese letter looks foreign only by a hyphen (`looksForeign`): most
    // units ("tỉnh Quảng Ninh") are told so without splitting the name into words.
    u.foreignLooking = hasVietnameseLetters(u.name) ? HYPHEN_LOWER.test(u.name) : looksForeign(u.name, wordsOf(u.name));
  }
  return u.foreignLooking;
}

const foldCls = (c: string) => c.charAt(0).toLowerCase() + c.slice(1);

/**
 * The classifier unit ("tỉnh Tuv", "thành phố Gimje") whose name starts at `nameStart`, its
 * classifier starting at one of the three words before (their starts, farthest first; -1 for none).
 */
function classifierAt(text: string, nameStart: number, start3: number, start2: number, start1: number): RegExpExecArray | null {
  return classifierFrom(text, nameStart, start3) ?? classifierFrom(text, nameStart, start2) ?? classifierFrom(text, nameStart, start1);
}

/** `classifierAt` for a classifier starting at `from` (-1: none). */
function classifierFrom(text: string, nameStart: number, from: number): RegExpExecArray | null {
  if (from < 0) return null;
  LOCALITY.lastIndex = from;
  const m = LOCALITY.exec(text);
  return m && m.index + m[0].length - m.groups!.name!.length === nameStart ? m : null;
}

/** A hyphen before a lower-case letter: "Ô-xa-ca". */
const HYPHEN_LOWER = /-\p{Ll}/u;

/** A name that is not Vietnamese by its look: "Gimje", "Luông Prabang", "Ô-xa-ca". */
function looksForeign(name: string, words: readonly string[]): boolean {
  return (!hasVietnameseLetters(name) && words.some((x) => isForeignWord(x) && isTitleCase(x))) || HYPHEN_LOWER.test(name);
}

/** Whether `text.slice(start, end)` is the last word of a classifier ("tỉnh", "phố" of "thành phố", "TP"). */
export const isClassifierEnd = (text: string, start: number, end: number): boolean => LAST_WORDS.hasText(text, start, end);

/**
 * For the sentence scan (scan.ts): whether the classifier unit whose name starts at
 * `nameStart` (arguments as `classifierAt`) could be a foreign locality in a sentence where the
 * gazetteer finds nothing. There no country is stated and no known place matched, so only a
 * capital's name or a foreign-looking name after a major classifier can be one (see the
 * acceptance rule in `localityMentions`); anything else the scan may skip.
 */
export function unitMayBeForeign(text: string, nameStart: number, start3: number, start2: number, start1: number): boolean {
  // The cheap case first ("tỉnh Quảng Ninh"): after a classifier that is not a capital's, a name
  // whose first word has a Vietnamese letter looks foreign only by a hyphen ("Ô-xa-ca").
  // (The letters that start the name are in any name the pattern reads there.)
  const last = wordAt(text, start1);
  // After a minor unit's classifier ("huyện", "xã") only a stated country or a known place counts.
  if (MINOR_ONLY_LAST_WORDS.has(last)) return false;
  if (!CAPITAL_LAST_WORDS.has(last) && hasVietnameseLetters(wordAt(text, nameStart, true)) && lastHyphen(text) < nameStart) return false;
  const m = classifierAt(text, nameStart, start3, start2, start1);
  if (!m) return false;
  const cls = foldCls(m.groups!.cls!);
  const name = m.groups!.name!;
  return CAPITALS.has(cls) || (MAJOR.includes(cls) && looksForeign(name, wordsOf(name)));
}

/** "thuộc bang Hawaii": a classifier may stand between "của"/"thuộc" and a known place. */
const OF_UNIT = "(?:(?:tiểu bang|bang|tỉnh|thành phố|quần đảo|đảo|vùng) (?=\\p{Lu}))?";
const STATED_COMMA = new RegExp(`^(?:\\s*\\(\\s*|, ?|\\s+(?:của|thuộc)\\s+${OF_UNIT})`, "u");
const STATED = new RegExp(`^(?:\\s*\\(\\s*|\\s+(?:của|thuộc)\\s+${OF_UNIT})`, "u");

/** The country a bracket or phrase right after `end` states: "(Lào)", ", Hàn Quốc", "của Nhật Bản". */
export function statedCountry(w: SentenceWork, end: number, comma = true): string | undefined {
  // What the pattern below needs first: a bracket, a space, or a comma (most words fail).
  const next = w.text.charCodeAt(end);
  if (next !== 40 && !(comma && next === 44) && !isSpaceCode(next)) return undefined;
  const rest = w.text.slice(end, end + 60);
  const m = (comma ? STATED_COMMA : STATED).exec(rest);
  if (!m) return undefined;
  const at = end + m[0].length;
  const bracket = m[0].includes("(");
  for (const v of VIETNAM) {
    if (w.text.slice(at, at + v.length).toLowerCase() === v && (!bracket || /^\s*\)/u.test(w.text.slice(at + v.length)))) return "VN";
  }
  const c = mentionAt(w.mentions, at);
  if (!c || c.status === "reject" || !(c.entity.kind === "country" || (c.entity.kind === "locality" && c.entity.country))) return undefined;
  const after = w.text.slice(c.end);
  if (bracket ? !/^\s*\)/u.test(after) : !/^(?:$|[\s,.;:)!?…])/u.test(after)) return undefined;
  return c.entity.country;
}

/** Words that put a place right after them: "tại Houston (Mỹ)", "đến Kazan (Nga)". */
const PREPOSITIONS = new WordSet(["đến", "sang", "tại", "thăm", "tới", "từ", "ở"]);

/**
 * "tại Houston (Mỹ)": a foreign-looking name after a preposition of place, with its country in
 * brackets, is a locality of that country even without a classifier (as a unit with no
 * classifier: it needs the bracket to be accepted).
 */
function placesAfterPrepositions(w: SentenceWork, units: Unit[]): void {
  const t = w.tokens;
  for (let i = t.nextCap(1); i < t.length; i = t.nextCap(i + 1)) {
    if (t.vn(i) || !PREPOSITIONS.has(t, i - 1) || between(w, i - 1, i) !== " ") continue;
    let j = i;
    while (j + 1 < t.length && j - i < 3 && between(w, j, j + 1) === " " && t.cap(j + 1) && !t.vn(j + 1)) j++;
    const start = t.start(i);
    const end = t.end(j);
    if (!/^\s*\(/u.test(w.text.slice(end, end + 3)) || overlapping(w.mentions, start, end).length) continue;
    const name = w.text.slice(start, end);
    const words = wordsOf(name);
    if (!words.some((x) => isForeignWord(x) && isTitleCase(x)) || isVietnamesePlace(name)) continue;
    units.push({ start, end, nameStart: start, cls: "", name, known: undefined, vietnamese: false, foreignLooking: true });
  }
  units.sort((a, b) => a.start - b.start);
}

/** Adds the sentence's foreign localities to `w.mentions`, merging known cities matched inside them. */
export function localityMentions(w: SentenceWork): void {
  // Without a bracket only a classifier can name a place ("tỉnh Tuv"); most sentences have neither.
  const bracket = (w.marks & HAS_PAREN) !== 0;
  // "Fort Stewart, Georgia (Mỹ)": a place named like a country, in the country in brackets.
  for (let k = 0; bracket && k < w.mentions.length; k++) {
    const m = w.mentions[k]!;
    if (m.entity.kind !== "country" || m.status === "reject" || w.text.charCodeAt(m.end) !== 32 || w.text.charCodeAt(m.end + 1) !== 40) continue;
    const c = statedCountry(w, m.end, false);
    if (c && c !== "VN" && c !== m.entity.country) {
      m.entity = newEntity("locality", m.written, [], { id: `locality:${fold(m.written)}` });
      m.country = c;
      m.status = "accept";
    }
  }
  const units: Unit[] = [];
  const toks = w.tokens;
  for (let i = toks.nextCap(1); i < toks.length; i = toks.nextCap(i + 1)) {
    if (!LAST_WORDS.has(toks, i - 1)) continue;
    if (units.length && units[units.length - 1]!.end > toks.start(i)) continue;
    const m = classifierAt(w.text, toks.start(i), i >= 3 ? toks.start(i - 3) : -1, i >= 2 ? toks.start(i - 2) : -1, toks.start(i - 1));
    if (!m) continue;
    const cls = m.groups!.cls!;
    const start = m.index;
    if (/^[Bb]ang$/u.test(cls) && /[Ll]iên $/u.test(w.text.slice(Math.max(0, start - 5), start))) continue;
    let name = m.groups!.name!;
    const nameStart = m.index + m[0].length - name.length;
    // A gazetteer match inside: a known city merges; a country or region ("vùng Trung Đông") wins.
    const inside = overlapping(w.mentions, start, nameStart + name.length).filter((x) => x.status !== "reject");
    let other = inside.find((x) => x.entity.kind !== "locality");
    // "bang Georgia (Mỹ)": a place named like a country, in another country.
    if (other?.entity.kind === "country" && other.start === nameStart) {
      const c = statedCountry(w, other.end, false);
      if (c && c !== other.entity.country) {
        w.mentions = w.mentions.filter((x) => x !== other);
        name = w.text.slice(nameStart, other.end);
        other = undefined;
      }
    }
    if (other && other.start <= nameStart) continue;
    if (other) name = w.text.slice(nameStart, other.start).trimEnd();
    if (!name) continue;
    const known = inside.find((x) => x.start === nameStart && x.entity.kind === "locality");
    if (known) name = w.text.slice(nameStart, known.end);
    units.push({ start, end: nameStart + name.length, nameStart, cls, name, known: known?.entity, vietnamese: undefined, foreignLooking: undefined });
  }
  if (bracket) placesAfterPrepositions(w, units);
  else units.sort((a, b) => a.start - b.start);
  if (units.length === 0) return;

  // Lists of units share the country stated after the last one.
  const groups: Unit[][] = [];
  for (const u of units) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (g && last && LIST_GLUE.test(w.text.slice(last.end, u.start))) g.push(u);
    else groups.push([u]);
  }
  const accepted: Mention[] = [];
  for (const g of groups) {
    const country = statedCountry(w, g[g.length - 1]!.end);
    for (const u of g) {
      if (country === "VN" || (u.cls === "" && g.length > 1)) continue;
      const cls = foldCls(u.cls);
      // A stated country makes any unit a place of that country; without one, a unit that is
      // not Vietnamese needs a known place, a capital's classifier or a foreign look.
      const ok =
        country !== undefined ||
        ((u.known !== undefined || CAPITALS.has(cls) || (MAJOR.includes(cls) && foreignLookingUnit(u))) && !vietnameseUnit(u));
      if (!ok) continue;
      const entity: Entity = u.known ?? newEntity("locality", u.name, [], { id: `locality:${fold(u.name)}` });
      const first = w.tokens.indexAt(u.start);
      const last = w.tokens.indexAt(u.end - 1);
      const m = newMention(u.start, u.end, first, last, entity, u.name, "accept");
      m.prefixed = w.text.slice(u.start, u.end);
      m.country = country ?? entity.country;
      accepted.push(m);
    }
  }
  if (accepted.length === 0) return;
  // Known places matched inside an accepted unit are that unit.
  const inUnits = new Set(accepted.flatMap((a) => overlapping(w.mentions, a.start, a.end)));
  w.mentions = w.mentions.filter((x) => !inUnits.has(x));
  w.mentions.push(...accepted);
  w.mentions.sort(byStart);
}
