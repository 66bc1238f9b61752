// partner extractor: foreign countries, international organisations and blocs, foreign
// companies, world regions and foreign localities (RECORDS.md "partner").
//
// The article is read once, on the first sentence asked for, in explicit steps:
//   0. scan       one pass over each sentence's characters finds the gazetteer forms and what
//                 else may name a partner; the other sentences (most) are skipped (scan.ts)
//   1. gazetteer  one index of every form of every known partner, longest form first at each
//                 word; each match judged by its neighbours (rules.ts)
//   2. localities "tỉnh X (Lào)", "thành phố Gimje" (localities.ts)
//      bodies     "Bộ Ngoại giao Nhật Bản", "Cục Dự trữ liên bang Mỹ (Fed)" (bodies.ts)
//   3. compounds  "Việt - Nhật", "Mỹ - Trung"
//   4. companies  known names, lists, "tập đoàn X (Hàn Quốc)" (companies.ts)
//   5. article    one sense per discourse: where "Đức" is also someone's name in the article, a
//                 bare "Đức" needs a cue ("nước Đức") or a list ("Anh, Pháp và Đức")
//   6. relations  "… lên Đối tác chiến lược toàn diện" (relations.ts)
//   7. naming     one name per partner per article, so that repeated mentions fold into one fact
// Việt Nam and Vietnamese places never appear: they are in no gazetteer and the locality rule
// refuses them. User config: `gazetteer.partners` adds entries, `gazetteer.stopNames` removes names.
import type { Candidate, ExtractContext, Extractor } from "../types.js";
import type { Sentence } from "../../segment/index.js";
import type { Gazetteer } from "../../config.js";
import { fold as foldText } from "../../facts/keys.js";
import { SHORT_FORMS } from "./ambiguity.js";
import { DEFINED_ACRONYMS, STATE_PARTIES, bodyMentions, partyEnds, statePartiesOf } from "./bodies.js";
import { companyMentions } from "./companies.js";
import { COUNTRY_ENTITIES, type Entity, type TextMatch, userIndex } from "./gazetteer.js";
import { localityMentions } from "./localities.js";
import { type Mention, type SentenceWork, between, byStart, mentionAt, newMention } from "./mention.js";
import { relationMentions } from "./relations.js";
import { gazetteerMentions } from "./rules.js";
import { scanSentence } from "./scan.js";
import { WordArena, WordSet, isWordCode, tokenize } from "./tokens.js";
import { CodeUnits, HAS_HYPHEN, marksOf } from "./code-units.js";

type PartnerCandidate = Candidate<"partner">;

const folded = new Map<string, string>();
/** keys.ts's fold (case, diacritics, spacing), remembered: names repeat across articles. */
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 20_000) folded.clear();
    folded.set(s, (f = foldText(s)));
  }
  return f;
}

const DASH = new Set(["-", " - "]);
const SHORT = new WordSet(Object.keys(SHORT_FORMS));
/** What may stand between two partners of one list: "Anh, Pháp và Đức", "Mỹ - Trung". */
const LIST_SEP = /^(?:, ?| và |, và | - | – |-| hay | hoặc | cũng như )$/u;

/** Step 3: "Việt - Nhật", "quan hệ Mỹ - Trung": one-syllable short forms joined by dashes. */
function compounds(w: SentenceWork): void {
  if ((w.marks & HAS_HYPHEN) === 0) return;
  const t = w.tokens;
  let covered: Uint8Array | undefined;
  for (let i = t.nextCap(0); i < t.length; i = t.nextCap(i + 1)) {
    if (!SHORT.has(t, i)) continue;
    if (!covered) {
      // Words that are part of a longer match ("Trung" of "Trung Quốc") are not short forms.
      covered = new Uint8Array(t.length);
      for (const m of w.mentions) if (m.first !== m.last) covered.fill(1, m.first, m.last + 1);
    }
    if (covered[i]) continue;
    let j = i;
    while (j + 1 < t.length && DASH.has(between(w, j, j + 1)) && SHORT.has(t, j + 1) && !covered[j + 1]) j++;
    if (j === i) continue;
    // "Bắc - Trung - Nam", "miền Trung - Tây Nguyên": a longer chain of other words.
    const open = i > 0 && DASH.has(between(w, i - 1, i));
    const close = j + 1 < t.length && DASH.has(between(w, j, j + 1));
    const continues = j + 1 < t.length && between(w, j, j + 1) === " " && t.cap(j + 1);
    if (!open && !close && !continues) {
      for (let k = i; k <= j; k++) {
        const code = SHORT_FORMS[t.text(k)];
        if (!code) continue;
        const existing = mentionAt(w.mentions, t.start(k));
        if (existing) {
          if (existing.entity.kind === "country" && existing.last === k) existing.status = "accept";
          continue;
        }
        const entity = COUNTRY_ENTITIES.get(code)!;
        w.mentions.push(newMention(t.start(k), t.end(k), k, k, entity, t.text(k), "accept"));
      }
    }
    i = j;
  }
  w.mentions.sort(byStart);
}

const listable = (m: Mention) => m.status === "accept" && (m.entity.kind === "country" || m.entity.kind === "region");

/** Whether two neighbouring mentions are items of one list ("Anh, Pháp", "Mỹ - Trung"). */
const listed = (w: SentenceWork, a: Mention, b: Mention) => LIST_SEP.test(w.text.slice(a.end, b.start));

/** Step 5: one sense per discourse for the one-syllable names that are also given names. */
function resolveAmbiguity(works: SentenceWork[]): void {
  const nameUse = new Set<string>();
  for (const w of works) for (const m of w.mentions) if (m.status === "reject" && m.ambiguousForm) nameUse.add(m.ambiguousForm);
  for (const w of works) {
    for (const m of w.mentions) {
      if (m.status !== "cue") continue;
      if (!nameUse.has(m.ambiguousForm!) || m.cued) m.status = "accept";
    }
  }
  // A list passes acceptance along: one sweep rightwards, one leftwards.
  const pending = (m: Mention) => m.status === "cue" || m.status === "list";
  for (const w of works) {
    const ms = w.mentions;
    for (let i = 1; i < ms.length; i++) if (pending(ms[i]!) && listable(ms[i - 1]!) && listed(w, ms[i - 1]!, ms[i]!)) ms[i]!.status = "accept";
    for (let i = ms.length - 2; i >= 0; i--) if (pending(ms[i]!) && listable(ms[i + 1]!) && listed(w, ms[i]!, ms[i + 1]!)) ms[i]!.status = "accept";
    w.mentions = ms.filter((m) => m.status === "accept");
  }
}

/**
 * "đảo Kauai", "thành phố Gimje" with no country stated: in an article that names one foreign
 * country only, that country is theirs.
 */
function localitiesCountry(works: SentenceWork[]): void {
  let missing = false;
  let country: string | undefined;
  for (const w of works) {
    for (const m of w.mentions) {
      if (m.entity.kind === "locality") missing ||= !(m.country ?? m.entity.country);
      else if (m.entity.kind === "country" && m.entity.country) {
        if (country === undefined) country = m.entity.country;
        else if (country !== m.entity.country) return;
      }
    }
  }
  if (!missing || !country) return;
  for (const w of works) for (const m of w.mentions) if (m.entity.kind === "locality" && !(m.country ?? m.entity.country)) m.country = country;
}

interface Named {
  name: string;
  aliases: string[];
}

/** Step 7: one name per partner per article. */
function naming(works: SentenceWork[]): Map<string, Named> {
  const byEntity = new Map<string, { w: SentenceWork; m: Mention }[]>();
  for (const w of works) {
    for (const m of w.mentions) {
      const id = m.entity.id;
      (byEntity.get(id) ?? byEntity.set(id, []).get(id)!).push({ w, m });
    }
  }
  const out = new Map<string, Named>();
  for (const [id, ms] of byEntity) {
    const e = ms[0]!.m.entity;
    let name: string;
    if (e.kind === "country" || e.kind === "region") name = e.name;
    else if (e.kind === "organization") {
      // "Ngân hàng Thế giới (WB)": the name spelled out, the acronym an alias.
      const full = ms.find(({ w, m }, i) => ms[i + 1]?.w === w && /^\s*\(\s*$/u.test(w.text.slice(m.end, ms[i + 1]!.m.start)));
      name = (full ?? ms[0]!).m.written;
    } else name = ms[0]!.m.written;
    const aliases = new Set<string>();
    for (const { m } of ms) {
      aliases.add(m.written);
      if (m.prefixed) aliases.add(m.prefixed);
      if (m.variantOf) aliases.add(m.variantOf);
    }
    aliases.add(e.name);
    const nameKey = fold(name);
    const list = [...aliases].filter((a) => a !== name && fold(a) !== nameKey);
    out.set(id, { name, aliases: list });
  }
  return out;
}

function analyse(sentences: readonly Sentence[], ctx: ExtractContext): Map<number, PartnerCandidate[]> {
  const g: Gazetteer = ctx.gazetteer;
  // The article's own sentences are parts of its text (types.ts): their characters are read
  // from one copy of it, and are no more than its.
  const whole = sentences === ctx.sentences && partsOf(sentences, ctx.text);
  let chars = 0;
  if (whole) chars = ctx.text.length + 2 * sentences.length;
  else for (const s of sentences) chars += s.text.length + 2;
  // One arena for all articles, grown when an article needs more: the words of an article are
  // not needed once its candidates are made (reading is synchronous).
  if (arena.starts.length < (chars >> 1) + 1) arena = new WordArena(chars * 2);
  arena.used = 0;
  const user = userIndex(g);
  const works: SentenceWork[] = [];
  const matches: (readonly TextMatch[])[] = [];
  const codes = whole ? units.of(ctx.text) : undefined;
  for (const s of sentences) {
    const scan = codes ? scanSentence(s.text, user, codes, s.start) : scanSentence(s.text, user, units.of(s.text), 0);
    if (!scan) continue;
    works.push(codes ? sentenceWork(s, codes, s.start) : sentenceWork(s, units.of(s.text), 0));
    matches.push(scan.matches);
  }
  for (let k = 0; k < works.length; k++) {
    const w = works[k]!;
    w.mentions = gazetteerMentions(w, matches[k]!);
    localityMentions(w);
    bodyMentions(w);
    compounds(w);
    companyMentions(w);
  }
  definedAcronyms(sentences, works);
  resolveAmbiguity(works);
  localitiesCountry(works);
  for (const w of works) relationMentions(w);
  const stop = g.stopNames.length ? new Set(g.stopNames.map(fold)) : NO_NAMES;
  const names = naming(works);
  const out = new Map<number, PartnerCandidate[]>();
  for (const w of works) {
    const cands: PartnerCandidate[] = [];
    for (const m of w.mentions) {
      const { name, aliases } = names.get(m.entity.id)!;
      if (stop.size && (stop.has(fold(name)) || stop.has(fold(m.written)))) continue;
      // A company's country only where the text (or the user's config) states it.
      const country = m.country ?? (m.entity.kind === "company" && !m.entity.user ? undefined : m.entity.country);
      const fact: PartnerCandidate["fact"] = { type: "partner", name, kind: m.entity.kind };
      if (country) fact.country = country;
      if (m.relation) fact.relation = m.relation;
      if (aliases.length) fact.aliases = aliases;
      cands.push({ fact, start: w.offset + m.start, end: w.offset + m.end });
    }
    out.set(w.offset, cands);
  }
  return out;
}

/**
 * "Cục Dự trữ liên bang Mỹ (Fed)" … "Fed tăng lãi suất": an acronym a body was given in brackets
 * is that body wherever the article names it alone (any sentence: a skipped one is read now).
 * "Đảng Cộng hòa", "Đảng Dân chủ": a state's parties named without it, in an article that names
 * the state (bodies.ts, `statePartiesOf`).
 */
function definedAcronyms(sentences: readonly Sentence[], works: SentenceWork[]): void {
  let defined: Map<string, Mention> | undefined;
  let countries: Set<string> | undefined;
  for (const w of works) {
    for (const m of w.mentions) {
      if (DEFINED_ACRONYMS.has(m)) (defined ??= new Map()).set(m.written, m);
      if (m.entity.country && m.status !== "reject" && STATE_PARTIES.has(m.entity.country)) (countries ??= new Set()).add(m.entity.country);
    }
  }
  const parties = countries ? statePartiesOf(countries) : undefined;
  if (!defined && !parties) return;
  const byOffset = new Map(works.map((w) => [w.offset, w]));
  let added = false;
  const addAt = (s: Sentence, at: number, end: number, entity: Entity, isName: (w: SentenceWork, k: number) => boolean) => {
    let w = byOffset.get(s.start);
    if (!w) {
      w = sentenceWork(s, units.of(s.text), 0);
      byOffset.set(s.start, w);
      added = true;
    }
    if (w.mentions.some((x) => x.start < end && x.end > at)) return;
    const t = w.tokens;
    const last = t.indexAt(end - 1);
    if (!isName(w, last)) return;
    w.mentions.push(newMention(at, end, t.indexAt(at), last, entity, s.text.slice(at, end), "accept"));
    w.mentions.sort(byStart);
  };
  const whole = (s: Sentence, at: number, end: number) =>
    !((at > 0 && isWordCode(s.text.charCodeAt(at - 1))) || (end < s.text.length && isWordCode(s.text.charCodeAt(end))));
  const anyWord = () => true;
  for (const s of sentences) {
    for (const [acr, def] of defined ?? NO_ACRONYMS) {
      for (let at = s.text.indexOf(acr); at >= 0; at = s.text.indexOf(acr, at + 1)) {
        const end = at + acr.length;
        if (whole(s, at, end)) addAt(s, at, end, def.entity, anyWord);
      }
    }
    for (const p of parties ?? []) {
      for (let at = s.text.indexOf(p.name); at >= 0; at = s.text.indexOf(p.name, at + 1)) {
        const end = at + p.name.length;
        if (whole(s, at, end)) addAt(s, at, end, p.entity, partyEnds);
      }
    }
  }
  if (added) {
    works.length = 0;
    works.push(...[...byOffset.values()].sort((a, b) => a.offset - b.offset));
  }
}

const NO_ACRONYMS: ReadonlyMap<string, Mention> = new Map();

let arena = new WordArena(1 << 16);

/** The code units of the text read last (code-units.ts). */
const units = new CodeUnits();

/** Whether each sentence's offsets fit its text within `text` (as the pipeline's do). */
function partsOf(sentences: readonly Sentence[], text: string): boolean {
  for (const s of sentences) if (s.start < 0 || s.end > text.length || s.end - s.start !== s.text.length) return false;
  return true;
}

/** A sentence to read, its words made: `codes[offset + i]` is `s.text.charCodeAt(i)`. */
function sentenceWork(s: Sentence, codes: Uint16Array, offset: number): SentenceWork {
  const tokens = tokenize(s.text, arena, codes, offset);
  return { offset: s.start, text: s.text, tokens, mentions: [], marks: marksOf(codes, offset, offset + s.text.length) };
}

const NO_NAMES: ReadonlySet<string> = new Set();

interface Analysis {
  /** Whether a sentence is one of the article's own: another sentence is read on its own. */
  readonly isOwn: (sentence: Sentence) => boolean;
  /** Candidates by sentence start, for the sentences that have any. */
  readonly byStart: Map<number, PartnerCandidate[]>;
}

/**
 * The article read last: the pipeline asks for its sentences one after another, and an article
 * is read once. (A context asked about after another one is read again: the same result.)
 */
let last: { ctx: ExtractContext; analysis: Analysis } | undefined;

/** A test of "one of `sentences`" by offsets: a binary search where their starts increase (as they do). */
function ownTest(sentences: readonly Sentence[]): (sentence: Sentence) => boolean {
  let increasing = true;
  for (let i = 1; i < sentences.length && increasing; i++) increasing = sentences[i - 1]!.start < sentences[i]!.start;
  if (!increasing) {
    const ends = new Map(sentences.map((s) => [s.start, s.end]));
    return (sentence) => ends.get(sentence.start) === sentence.end;
  }
  // The pipeline asks for the sentences themselves, in order: the next one is checked first.
  let next = 0;
  return (sentence) => {
    if (sentences[next] === sentence) {
      next++;
      return true;
    }
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < sentences.length && sentences[lo]!.start === sentence.start && sentences[lo]!.end === sentence.end;
  };
}

export const partnerExtractor: Extractor<"partner"> = {
  name: "partner",
  type: "partner",
  blockedBy: [],
  extract(sentence, ctx) {
    let analysis = last?.ctx === ctx ? last.analysis : undefined;
    if (!analysis) {
      analysis = { isOwn: ownTest(ctx.sentences), byStart: analyse(ctx.sentences, ctx) };
      last = { ctx, analysis };
    }
    if (analysis.isOwn(sentence)) return analysis.byStart.get(sentence.start) ?? [];
    return analyse([sentence], ctx).get(sentence.start) ?? [];
  },
};
