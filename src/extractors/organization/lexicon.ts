// The organization extractor's matchers, built once at module load from src/lexicons: one token
// trie per concern (named bodies, local bodies, kind words, …). A user's config entries get a
// trie of their own, built once per gazetteer object.
import {
  ABBREVIATIONS,
  BODY_KINDS,
  CENTRAL_ONLY_DOMAINS,
  DEPARTMENT_DOMAINS,
  LEVELS,
  LOCAL_BODIES,
  MEDIA,
  MINISTRY_DOMAINS,
  NAME_TAIL_WORDS,
  ORGANIZATIONS,
  PARTY_COMMITTEE_UNITS,
  VIETNAMESE_BRANDS,
} from "../../lexicons/organizations.js";
import { COUNTRIES } from "../../lexicons/countries.js";
import { VIETNAMESE_COMPANIES } from "../../lexicons/companies.js";
import type { Gazetteer } from "../../config.js";
import { TokenTrie, phraseTrie, tokenize } from "./tokens.js";
import { COMPOUND_TAILS } from "../../lexicons/titles.js";

export interface NamedBody {
  /** The canonical name: the group key and, for an abbreviated mention, `expanded`. */
  readonly canonical: string;
  readonly strict?: boolean;
  readonly media?: boolean;
  /** A provincial department: a place may follow ("Sở Y tế Hà Nội"). */
  readonly department?: boolean;
  /** From the user's config: `expanded` as the user gave it. */
  readonly expanded?: string;
}

const media = new Set(MEDIA);
const ABBR = new Map(ABBREVIATIONS);

/** Named bodies: ORGANIZATIONS, the ministries (Bộ …) and the departments (Sở …). */
export const NAMED = new TokenTrie<NamedBody>();
for (const o of ORGANIZATIONS) {
  const body: NamedBody = { canonical: o.name, strict: o.strict, media: media.has(o.name) };
  NAMED.add(o.name, body);
  for (const a of o.aliases ?? []) NAMED.add(a, body);
}
for (const d of MINISTRY_DOMAINS) {
  const body: NamedBody = { canonical: `Bộ ${d.name}` };
  NAMED.add(`Bộ ${d.name}`, body);
  for (const a of d.abbreviations ?? []) NAMED.add(`Bộ ${a}`, body);
}
const centralOnly = new Set(CENTRAL_ONLY_DOMAINS);
for (const d of [...MINISTRY_DOMAINS.filter((d) => !centralOnly.has(d.name)), ...DEPARTMENT_DOMAINS]) {
  const body: NamedBody = { canonical: `Sở ${d.name}`, department: true };
  NAMED.add(`Sở ${d.name}`, body);
  for (const a of d.abbreviations ?? []) NAMED.add(`Sở ${a}`, body);
}

export interface LocalBody {
  readonly canonical: string;
  readonly level: "required" | "none";
}

/** Bodies that take a level and a place: "UBND tỉnh Quảng Ninh", "Tỉnh ủy Quảng Ninh". */
export const LOCAL = new TokenTrie<LocalBody>();
for (const b of LOCAL_BODIES) LOCAL.add(b.name, { canonical: expandAbbreviations(b.name), level: b.level === "none" ? "none" : "required" });

/** Level words, canonical form: "TP" → "thành phố". */
export const LEVEL = new TokenTrie<string>();
for (const l of LEVELS) LEVEL.add(l, l === "TP" ? "thành phố" : l);
LEVEL.add("Thành phố", "thành phố").add("Tp", "thành phố");

/** "Ban Tuyên giáo" of "Ban Tuyên giáo Tỉnh ủy". */
export const PARTY_UNIT = phraseTrie(PARTY_COMMITTEE_UNITS);

/** Kind words that open a named body. */
export const KIND = phraseTrie(BODY_KINDS);

/** Function words: they join the parts of a name but never end one. */
export const JOINERS: ReadonlySet<string> = new Set(["các", "cho", "của", "những", "ở", "tại", "trong", "và", "về", "với"]);

const lowerWords = (phrase: string) => tokenize(phrase).filter((t) => t.word && !t.cap).map((t) => t.lower);

/** First words of every named body, local body, party unit and kind word: a quick pre-check. */
export const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...NAMED.firstWords(),
  ...LOCAL.firstWords(),
  ...PARTY_UNIT.firstWords(),
  ...KIND.firstWords(),
]);

/** Words of body names that are also verbs after a name ("… Hà Nội công bố", "… tổ chức"). */
const VERBS = new Set(["bố", "chức", "có", "hiện", "thực", "tổ"]);

/** Lower-case words that may continue a name after a capitalised word. */
export const TAIL_WORDS: ReadonlySet<string> = new Set(
  [
    ...NAME_TAIL_WORDS,
    ...COMPOUND_TAILS,
    ...ORGANIZATIONS.flatMap((o) => lowerWords(o.name)),
    ...MINISTRY_DOMAINS.flatMap((d) => lowerWords(d.name)),
  ].filter((w) => !JOINERS.has(w) && !VERBS.has(w)),
);

export const BRANDS: ReadonlySet<string> = new Set([...VIETNAMESE_BRANDS, ...VIETNAMESE_COMPANIES].map((b) => b.toLowerCase()));

/** Country names and aliases: a body followed by one of them is foreign ("Bộ Ngoại giao Nhật Bản"). */
export const COUNTRY = new TokenTrie<string>();
for (const c of COUNTRIES) {
  COUNTRY.add(c.name, c.code);
  for (const a of c.aliases) COUNTRY.add(a, c.code);
}

/** Words in a body's name that make it international ("Ngân hàng Thế giới", "Ủy ban châu Âu"). */
export const FOREIGN_MARKERS = phraseTrie([
  "Á - Âu", "Á-Âu", "ASEAN", "châu Á", "châu Âu", "châu Mỹ", "châu Phi", "châu Đại Dương", "Châu Á", "Châu Âu",
  "Đông Nam Á", "Liên hợp quốc", "LHQ", "Quốc tế", "Thái Bình Dương", "Thế giới", "Liên minh châu Âu", "EU",
]);

/**
 * Spells out abbreviations inside a body's name: "UBND tỉnh" → "Ủy ban nhân dân tỉnh",
 * "UBND TP.HCM" → "Ủy ban nhân dân thành phố Hồ Chí Minh".
 */
export function expandAbbreviations(name: string): string {
  return name
    .replace(/(?<![\p{L}\p{N}])(?:TP\.?\s?HCM|TPHCM|Tp\.?\s?HCM)(?![\p{L}\p{N}])/gu, "thành phố Hồ Chí Minh")
    .replace(/(?<![\p{L}\p{N}])(?:TP|Tp)\.\s?(?=\p{Lu})/gu, "thành phố ")
    .replace(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}]*(?![\p{L}\p{N}])/gu, (m) => ABBR.get(m) ?? m);
}

/** True when the name carries an abbreviation that `expandAbbreviations` or the lexicon spells out. */
export function isAbbreviated(name: string): boolean {
  return tokenize(name).some((t) => t.upper);
}

export interface UserBody {
  readonly name: string;
  readonly expanded?: string;
}

const userTries = new WeakMap<Gazetteer, TokenTrie<UserBody>>();

/** The user's organizations (config `organizations:`), as a trie; null when there are none. */
export function userTrie(g: Gazetteer): TokenTrie<UserBody> | null {
  if (!g.organizations.length) return null;
  let t = userTries.get(g);
  if (!t) {
    t = new TokenTrie<UserBody>();
    for (const o of g.organizations) {
      const body = { name: o.name, expanded: o.expanded };
      t.add(o.name, body);
      for (const a of o.aliases) t.add(a, body);
    }
    userTries.set(g, t);
  }
  return t;
}
