// Step 4: foreign companies.
//   "Samsung Electronics"                       → a known name, with its tail, as written
//   "các tập đoàn như NVIDIA, Apple, Inforsys"  → Inforsys too: a list with known companies
//                                                  (and a variant of Infosys: string distance)
//   "tập đoàn Hana Micron (Hàn Quốc)"           → a company the text says is foreign, country KR
//   "tập đoàn SK", "hãng GE"                    → names that are also abbreviations count only here
//   "các doanh nghiệp như Viettel, FPT"         → nothing: Vietnamese companies
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { fold } from "../../facts/keys.js";
import { COMPANIES, COMPANY_NAME_TAILS, MEDIA, VIETNAMESE_COMPANIES } from "../../lexicons/companies.js";
import { HAS_CUA, HAS_PAREN } from "./code-units.js";
import { acronymAfter, acronymMention } from "./bodies.js";
import { type Entity, newEntity } from "./gazetteer.js";
import { statedCountry } from "./localities.js";
import { type Mention, type SentenceWork, between, byStart, firstEndingAfter, newMention } from "./mention.js";
import { WordSet, isForeignToken, isSpaceCode, isWordCode } from "./tokens.js";

/** Words that end company names ("Electronics", "Group"), told of a sentence's words without slicing most. */
const TAILS = new WordSet(COMPANY_NAME_TAILS);
const VIETNAMESE = new Set(VIETNAMESE_COMPANIES.map((n) => n.toLowerCase()));
const NOT_PARTNERS = new Set(MEDIA.map((n) => n.toLowerCase()));
/** Vietnamese brands by shape: Vingroup, VinFast, Vietjet, Vietcombank, PV Gas, Saigon Co.op… */
const VIETNAMESE_SHAPE = /^(?:Viet|Vin|PV|Saigon|Hanoi|Mobi)|^[A-Za-z]+[Bb]ank$/u;
const LIST_SEP = /^(?:, ?| và | cùng | hay | hoặc |, và )$/u;
const NAME_GLUE = new Set([" ", "-", "&", " & "]);
const ROMAN = /^[IVXLC]+$/u;
/** Lower-case words inside foreign names: "Bank of America", "Banco do Brasil". */
const LINKS = new Set(["and", "da", "de", "del", "der", "des", "di", "do", "du", "for", "la", "le", "of", "the", "van", "von", "y"]);
/** A company context right before a name: "tập đoàn", "các hãng như", "công ty công nghệ", "dự án của". */
const CONTEXT =
  /(?:^|[\s(])(?:[Tt]ập đoàn|[Hh]ãng(?! tin| thông tấn)|[Cc]ông ty|[Dd]oanh nghiệp|[Nn]hà sản xuất|[Nn]gân hàng|[Nn]hà đầu tư|[Qq]uỹ|[Nn]hà mạng|[Dd]ự án của)(?:\s+(?!(?:ở|tại|từ|của|đến|với|cho|trong|sang)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,4}\s*$/u;

const KNOWN_BY_INITIAL = new Map<string, string[]>();
for (const c of COMPANIES) {
  for (const n of [c.name, ...(c.aliases ?? [])]) {
    const k = n.charAt(0).toLowerCase();
    KNOWN_BY_INITIAL.set(k, [...(KNOWN_BY_INITIAL.get(k) ?? []), n]);
  }
}

const variants = new Map<string, string | undefined>();

/** The known company an unknown name is a spelling variant of ("Inforsys" → "Infosys"), remembered: names repeat. */
export function variantOf(name: string): string | undefined {
  if (name.length < 5) return undefined;
  if (variants.has(name)) return variants.get(name);
  if (variants.size > 20_000) variants.clear();
  const best = closestKnown(name);
  variants.set(name, best);
  return best;
}

/** KNOWN_BY_INITIAL's names in lower case, in the same order. */
const KNOWN_LOWER = new Map([...KNOWN_BY_INITIAL].map(([k, names]) => [k, names.map((n) => n.toLowerCase())]));

function closestKnown(name: string): string | undefined {
  let best: string | undefined;
  let score = 0.93;
  const initial = name.charAt(0).toLowerCase();
  const known = KNOWN_BY_INITIAL.get(initial);
  if (!known) return undefined;
  const lower = KNOWN_LOWER.get(initial)!;
  const nameLower = name.toLowerCase();
  for (let i = 0; i < known.length; i++) {
    const k = known[i]!;
    if (Math.abs(k.length - name.length) > 2) continue;
    const s = jaroWinkler(nameLower, lower[i]!);
    if (s > score) [best, score] = [k, s];
  }
  return best;
}

/** Vietnamese companies and media are never foreign company partners. */
const isVietnameseCompany = (name: string) =>
  VIETNAMESE.has(name.toLowerCase()) || NOT_PARTNERS.has(name.split(" ")[0]!.toLowerCase()) || VIETNAMESE_SHAPE.test(name);

/**
 * A capitalised word without Vietnamese letters, that may go on a foreign name though it is
 * spelled like a syllable: "Tech" of "Korea Tech", "Long" of "Hoang Long" is no start.
 */
const isLatinCap = (t: SentenceWork["tokens"], i: number) => t.cap(i) && !t.vn(i) && !t.allCaps(i);

/** The Latin-script name starting at word `p`: "Hana Micron", "Amkor Technology", "P&G". */
function runFrom(w: SentenceWork, p: number): number {
  if (p >= w.tokens.length || !isForeignToken(w.tokens, p)) return -1;
  let q = p;
  while (q + 1 < w.tokens.length && q - p < 4) {
    const glue = between(w, q, q + 1);
    if (!NAME_GLUE.has(glue) || !(isForeignToken(w.tokens, q + 1) || TAILS.has(w.tokens, q + 1) || isLatinCap(w.tokens, q + 1))) break;
    q++;
  }
  return q;
}

/** A known company named on its own, not as the make of a product ("Ford Focus", "BMW 5 Series"). */
function isSeed(w: SentenceWork, m: Mention): boolean {
  if (m.entity.kind !== "company") return false;
  if (m.last + 1 >= w.tokens.length) return true;
  return !(between(w, m.last, m.last + 1) === " " && /^[\p{Lu}\p{N}]/u.test(w.tokens.text(m.last + 1)));
}

/** A list item ends where the list goes on or the clause ends, not inside a phrase ("X-Class sẽ…"). */
function closesItem(w: SentenceWork, q: number): boolean {
  const rest = w.text.slice(w.tokens.end(q), w.tokens.end(q) + 6);
  return /^(?:$|\s*[,.;:)…!?]|\s+(?:và|cùng|hay|hoặc)\s)/u.test(rest);
}

const anyCovered = (covered: Uint8Array, p: number, q: number) => {
  for (let i = p; i <= q; i++) if (covered[i]) return true;
  return false;
};

interface Item {
  first: number;
  last: number;
  mention?: Mention;
}

/** Runs of company mentions and Latin names joined by list separators. */
function lists(w: SentenceWork, mentions: readonly Mention[], covered: Uint8Array): Item[][] {
  const items: Item[] = [];
  const byFirst = new Map(mentions.map((x) => [x.first, x]));
  for (let p = w.tokens.nextCap(0); p < w.tokens.length; p = w.tokens.nextCap(p + 1)) {
    const m = byFirst.get(p);
    if (m) {
      if (m.entity.kind === "company") items.push({ first: m.first, last: m.last, mention: m });
      p = Math.max(p, m.last);
      continue;
    }
    const q = runFrom(w, p);
    if (q < 0) continue;
    const name = w.text.slice(w.tokens.start(p), w.tokens.end(q));
    // "Bank of America": the tail of a longer foreign name is not a name of its own.
    const tail = p > 0 && between(w, p - 1, p) === " " && LINKS.has(w.tokens.text(p - 1));
    if (!tail && !/\p{N}/u.test(name) && !ROMAN.test(name) && !isVietnameseCompany(name) && !anyCovered(covered, p, q)) {
      items.push({ first: p, last: q, mention: undefined });
    }
    p = q;
  }
  const chains: Item[][] = [];
  for (const it of items) {
    const chain = chains[chains.length - 1];
    const prev = chain?.[chain.length - 1];
    if (chain && prev && LIST_SEP.test(between(w, prev.last, it.first))) chain.push(it);
    else chains.push([it]);
  }
  return chains.filter((c) => c.length > 1);
}

function hasContext(w: SentenceWork, first: number): boolean {
  const from = w.tokens.start(first);
  const window = w.text.slice(Math.max(0, from - 50), from);
  const cut = Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf(":"), window.lastIndexOf("."));
  return CONTEXT.test(cut >= 0 ? window.slice(cut + 1) : window);
}

function companyEntity(name: string): Entity {
  return newEntity("company", name, [], { id: `company:${fold(name)}` });
}

function companyMention(w: SentenceWork, p: number, q: number, country?: string): Mention {
  const start = w.tokens.start(p);
  const end = w.tokens.end(q);
  const written = w.text.slice(start, end);
  const m = newMention(start, end, p, q, companyEntity(written), written, "accept");
  m.variantOf = variantOf(written);
  m.country = country;
  return m;
}

function add(added: Mention[], covered: Uint8Array, m: Mention): void {
  added.push(m);
  covered.fill(1, m.first, m.last + 1);
}

/**
 * Whether what follows `end` may state a country as `statedCountry` reads it without a comma:
 * a bracket ("(Hàn Quốc)") or "của"/"thuộc" between spaces, found without a regex.
 */
function mayStateAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 40) return true;
  return i > end && (text.startsWith("của", i) || text.startsWith("thuộc", i));
}

/**
 * Whether the loop over unknown names can add one: a country must be stated right after a word
 * that may end a foreign name, or a foreign word must follow a country (see the loop).
 */
function mayBeStated(w: SentenceWork, ms: readonly Mention[]): boolean {
  const t = w.tokens;
  const text = w.text;
  // After: the word before a bracket or before "của"/"thuộc" (see `mayStateAfter`).
  for (const [cue, spaced] of STATING) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      let end = at;
      while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
      if (end === 0 || (spaced && end === at)) continue;
      const k = t.indexAt(end - 1);
      if (k >= 0 && t.end(k) === end && (isForeignToken(t, k) || TAILS.has(t, k) || (k > 0 && isLatinCap(t, k) && isForeignToken(t, k - 1)))) return true;
    }
  }
  for (const m of ms) {
    if (m.entity.kind !== "country" || m.status === "reject") continue;
    const k = t.indexAt(m.end);
    if (k >= 0 && t.start(k) - m.end <= 2 && isForeignToken(t, k)) return true;
  }
  return false;
}

/** What states a country after a name, and whether a space must come before it. */
const STATING: readonly (readonly [string, boolean])[] = [
  ["(", false],
  ["của", true],
  ["thuộc", true],
];

/** Separators of a list (LIST_SEP) after a mention, and before one. */
const LIST_SEPARATORS = [",", ", ", " và ", " cùng ", " hay ", " hoặc ", ", và "];

/** Whether mention `m` may be an item of a list: a list separator between it and a word next to it. */
function listed(text: string, m: Mention): boolean {
  for (const sep of LIST_SEPARATORS) {
    const after = m.end + sep.length;
    if (after < text.length && text.startsWith(sep, m.end) && isWordCode(text.charCodeAt(after))) return true;
    const before = m.start - sep.length;
    if (before > 0 && text.startsWith(sep, before) && isWordCode(text.charCodeAt(before - 1))) return true;
  }
  return false;
}

/** Acronyms of subsidiaries found in the sentence ("(SDV)"), added once the company loop is done. */
const subsidiaries: Mention[] = [];

/**
 * "Công ty Samsung Display Việt Nam (SDV)", "Samsung Electronics Việt Nam Thái Nguyên (SEVT)":
 * a known company's Vietnamese subsidiary is a company of its own, apart from its parent.
 */
function subsidiary(w: SentenceWork, m: Mention): void {
  const t = w.tokens;
  let k = m.last;
  if (m.status === "reject" || k + 2 >= t.length || !t.is(k + 1, "Việt") || !t.is(k + 2, "Nam") || between(w, k, k + 1) !== " " || between(w, k + 1, k + 2) !== " ") return;
  k += 2;
  // A province after it, when an acronym closes the name: "… Việt Nam Thái Nguyên (SEVT)".
  let j = k;
  while (j + 1 < t.length && j - k < 3 && between(w, j, j + 1) === " " && t.cap(j + 1) && !t.allCaps(j + 1)) j++;
  if (j > k && acronymAfter(w, t.end(j))) k = j;
  m.last = k;
  m.end = t.end(k);
  m.written = w.text.slice(m.start, m.end);
  m.entity = newEntity("company", m.written, [], { id: `company:${fold(m.written)}` });
  m.status = "accept";
  const acr = acronymMention(w, m.end, m.entity);
  if (acr && !w.mentions.some((x) => x.start < acr.end && x.end > acr.start)) subsidiaries.push(acr);
}

/** Words taken by a mention, for `companyMentions` (one array, reused: its words past the sentence's are never read). */
let coveredScratch = new Uint8Array(256);

/** "Hyosung (Hàn Quốc)": the country stated right after an accepted company without one. */
function statedCompanyCountry(w: SentenceWork, m: Mention): void {
  if (m.entity.kind === "company" && m.status === "accept" && m.country === undefined) {
    const c = statedCountry(w, m.end, false);
    if (c && c !== "VN") m.country = c;
  }
}

/** Resolves the sentence's company mentions and adds the companies found by context. */
export function companyMentions(w: SentenceWork): void {
  let ms = w.mentions;
  // Known names take their tails ("Samsung Electronics").
  let companies = false;
  for (const m of ms) {
    if (m.entity.kind !== "company" || m.status === "reject") continue;
    companies = true;
    while (m.last + 1 < w.tokens.length && between(w, m.last, m.last + 1) === " " && TAILS.has(w.tokens, m.last + 1)) m.last++;
    // "Luxshare-ICT": an acronym joined by a hyphen is part of the name.
    if (m.last + 1 < w.tokens.length && between(w, m.last, m.last + 1) === "-" && w.tokens.allCaps(m.last + 1)) m.last++;
    m.end = w.tokens.end(m.last);
    m.written = w.text.slice(m.start, m.end);
    if (m.status === "company" && hasContext(w, m.first)) m.status = "accept";
    subsidiary(w, m);
  }
  if (subsidiaries.length) {
    ms = w.mentions = [...ms, ...subsidiaries].sort(byStart);
    subsidiaries.length = 0;
  }
  // Unknown names the text presents as foreign companies: "tập đoàn Hana Micron (Hàn Quốc)".
  // Only a partner the gazetteer found can state the country (see `statedCountry`).
  const stated =
    ms.some((m) => m.status !== "reject" && (m.entity.kind === "country" || (m.entity.kind === "locality" && m.entity.country !== undefined))) &&
    (w.marks & (HAS_PAREN | HAS_CUA)) !== 0 &&
    mayBeStated(w, ms);
  // Without a company or a stated country there is nothing more to do (most sentences).
  if (!companies && !stated) return;
  // Words already taken by a mention (kept up to date as companies are added: no rescans).
  if (coveredScratch.length < w.tokens.length + 1) coveredScratch = new Uint8Array(2 * (w.tokens.length + 1));
  const covered = coveredScratch;
  covered.fill(0, 0, w.tokens.length);
  covered[w.tokens.length] = 1;
  for (const m of ms) covered.fill(1, m.first, m.last + 1);
  const added: Mention[] = [];
  for (let p = stated ? w.tokens.nextCap(0) : w.tokens.length; p < w.tokens.length; p = w.tokens.nextCap(p + 1)) {
    const q = runFrom(w, p);
    if (q < 0) continue;
    const start = w.tokens.start(p);
    const end = w.tokens.end(q);
    const prior = ms[firstEndingAfter(ms, start) - 1];
    const before = prior && prior.entity.kind === "country" && prior.status !== "reject" && start - prior.end <= 2 ? prior : undefined;
    // The cheap tests first: a country stated before the name, or one that may be stated after it.
    if ((!before && !mayStateAfter(w.text, end)) || anyCovered(covered, p, q) || !hasContext(w, p)) {
      p = q;
      continue;
    }
    const name = w.text.slice(start, end);
    const after = statedCountry(w, end, false);
    const country = after && after !== "VN" ? after : before?.entity.country;
    if (country && !isVietnameseCompany(name)) add(added, covered, companyMention(w, p, q, country));
    p = q;
  }
  // Lists: Latin names listed with known companies are companies ("NVIDIA, Apple, Inforsys").
  // Only a company next to a list separator can be an item of a list with a seed.
  const listedSeed = (m: Mention) => m.entity.kind === "company" && m.status !== "reject" && listed(w.text, m);
  for (const chain of (companies || added.length) && (ms.some(listedSeed) || added.some(listedSeed)) ? lists(w, [...ms, ...added], covered) : []) {
    const seeds = chain.filter((x) => x.mention && x.mention.status !== "reject" && isSeed(w, x.mention));
    if (seeds.length < 2 && !(seeds.length === 1 && hasContext(w, chain[0]!.first))) continue;
    for (const x of chain) {
      if (x.mention) {
        if (x.mention.status === "company") x.mention.status = "accept";
      } else if (closesItem(w, x.last)) add(added, covered, companyMention(w, x.first, x.last));
    }
  }
  for (const m of ms) if (m.status === "company") m.status = "reject";
  // A company's country only where the text states it: "Hyosung (Hàn Quốc)".
  for (const m of ms) statedCompanyCountry(w, m);
  for (const m of added) statedCompanyCountry(w, m);
  if (added.length) w.mentions = [...ms, ...added].sort(byStart);
}
