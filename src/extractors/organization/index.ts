// organization extractor: named Vietnamese bodies.
//
// Rules, in the order they are tried at each capitalised token:
//   named  — a body of the lexicon: ministries, Party organs, the National Assembly and its
//            committees, state groups, banks, associations ("Bộ Ngoại giao", "Ban Bí thư", "EVN");
//            a department may take a place ("Sở Y tế Hà Nội", "Sở Công Thương tỉnh Hòa Bình")
//   local  — a body of local government with its level and place ("UBND tỉnh", "HĐND tỉnh
//            Hòa Bình", "Công an TP Hà Nội", "Tỉnh ủy Quảng Ninh", "Ban Tuyên giáo Tỉnh ủy")
//   kind   — a kind word and a capitalised name ("Tập đoàn Hòa Phát", "Hiệp hội Dệt may Việt Nam",
//            "Ban Chỉ đạo Ngoại giao kinh tế")
// Each may be followed by "(ABBR)": the abbreviation becomes an alias, and the article's later
// bare mentions of it fold into the same fact. Rejected: generic plurals ("các bộ, ngành",
// "UBND các tỉnh, thành phố"), foreign bodies ("Bộ Ngoại giao Nhật Bản", "HĐND tỉnh Tuv (Mông
// Cổ)": the partner extractor's), media named as a source ("Theo TTXVN"), the Party and the
// State as a whole ("Đảng", "Nhà nước": never listed).
//
// The whole article is read at the first call (names are chosen per article: "UBND tỉnh" folds
// into the article's one "UBND tỉnh Quảng Ninh"; "EVN" into "Tập đoàn Điện lực Việt Nam (EVN)").
import type { Candidate, ExtractContext, Extractor } from "../types.js";
import type { Sentence } from "../../segment/index.js";
import { fold } from "../../facts/keys.js";
import { COMMON_SURNAMES } from "../../lexicons/surnames.js";
import { SpanIndex, type Token, TokenTrie, adjacent, isVietnameseSyllable, sentenceTokens } from "./tokens.js";
import {
  BRANDS,
  COUNTRY,
  FOREIGN_MARKERS,
  JOINERS,
  KIND,
  LEVEL,
  LOCAL,
  NAMED,
  FIRST_WORDS,
  PARTY_UNIT,
  TAIL_WORDS,
  expandAbbreviations,
  isAbbreviated,
  userTrie,
} from "./lexicon.js";
import { PLACE, placeEnd } from "./places.js";
import { COMPOUND_TAILS } from "../../lexicons/titles.js";

const COMPOUND_TAIL: ReadonlySet<string> = new Set(COMPOUND_TAILS);

interface Mention {
  start: number;
  end: number;
  /** End of the body's own name, before "(ABBR)" or "tại …": what it claims. */
  nameEnd: number;
  written: string;
  group: string;
  /** Spelled-out form for an abbreviated mention. */
  expanded?: string;
  abbr?: string;
  sentence: number;
  /** For "UBND tỉnh" without a place: folds into the article's one place of this body and level. */
  bodyLevel?: string;
  hasPlace?: boolean;
}

const QUANTIFIERS = new Set(["các", "những", "nhiều", "mọi", "từng", "hai", "ba", "mấy", "vài", "số"]);
const COMMON = new Set(COMMON_SURNAMES);

/** Words that, right after a body, make it a concept or plural rather than the body itself. */
const NOT_AFTER: Record<string, ReadonlySet<string>> = {
  "Chính phủ": new Set(["các", "hai", "ba", "nhiều", "điện", "số", "kiến", "nước", "những"]),
  "Quốc hội": new Set(["các", "hai", "ba", "nhiều", "nước", "những"]),
};

/** A group key within one article: case and spacing folded (tone marks are normalised already). */
const key = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

const isWordCap = (t: Token | undefined): boolean => !!t && t.word && (t.cap || t.upper);

/** The token index after "(ABBR)" at `i`, and the abbreviation; null when there is none. */
function bracketAbbreviation(toks: readonly Token[], i: number, text: string, offset: number): { end: number; abbr: string } | null {
  if (toks[i]?.text !== "(") return null;
  let j = i + 1;
  while (j < toks.length && j - i <= 6 && toks[j]!.text !== ")") {
    if (toks[j]!.start - toks[j - 1]!.end > 0 && j > i + 1) return null; // no spaces inside
    j++;
  }
  if (toks[j]?.text !== ")" || j === i + 1) return null;
  const abbr = text.slice(toks[i + 1]!.start - offset, toks[j - 1]!.end - offset);
  const upperCount = (abbr.match(/\p{Lu}/gu) ?? []).length;
  if (!/^\p{Lu}[\p{L}\p{N}&.\-/]*$/u.test(abbr) || abbr.length > 20) return null;
  if (upperCount < 2 && !BRANDS.has(abbr.toLowerCase()) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(abbr)) return null;
  if (COUNTRY.longest(toks, i + 1)?.end === j) return null;
  return { end: j + 1, abbr };
}

class SentenceReader {
  readonly toks: Token[];
  constructor(
    readonly sentence: Sentence,
    readonly ctx: ExtractContext,
    readonly partners: SpanIndex,
  ) {
    this.toks = sentenceTokens(sentence);
  }

  slice(a: number, b: number): string {
    return this.ctx.text.slice(this.toks[a]!.start, this.toks[b - 1]!.end);
  }

  /** A partner (foreign country, locality, …) overlaps tokens [a, b). */
  foreign(a: number, b: number): boolean {
    if (b <= a) return false;
    const s = this.toks[a]!.start;
    const e = this.toks[b - 1]!.end;
    if (this.partners.overlaps(s, e)) return true;
    for (let k = a; k < b; k++) if (COUNTRY.longest(this.toks, k) && this.toks[k]!.cap) return true;
    return false;
  }

  /** "(Mông Cổ)", "(Lào)" right after token b: the body is foreign. */
  foreignBracket(b: number): boolean {
    const t = this.toks;
    if (t[b]?.text !== "(") return false;
    const m = COUNTRY.longest(t, b + 1);
    if (m && t[m.end]?.text === ")") return true;
    return this.partners.startsWithin(t[b]!.end, t[b]!.end + 1);
  }

  quantified(i: number): boolean {
    const p = this.toks[i - 1];
    return !!p && p.word && QUANTIFIERS.has(p.lower);
  }

  /**
   * A level word and a place after token j: "tỉnh Quảng Ninh", "TP.HCM", "huyện", "quận 1".
   * Returns the index after them, or -1 when there is no level word.
   */
  levelAndPlace(j: number): { end: number; level: string; place: boolean } | -1 {
    const t = this.toks;
    if (t[j]?.word && /^tphcm$/iu.test(t[j]!.text)) return { end: j + 1, level: "thành phố", place: true };
    const lv = LEVEL.longest(t, j);
    if (!lv || !adjacent(t[j - 1]!, t[j]!)) return -1;
    let k = lv.end;
    // "UBND tỉnh, thành phố", "UBND tỉnh/thành phố": every province, not one body.
    if ((t[k]?.text === "," || t[k]?.text === "/") && LEVEL.longest(t, k + 1)) return -1;
    let known = false;
    if (t[k]?.text === "." && t[k - 1]!.text.toLowerCase() === "tp" && t[k]!.start === t[k - 1]!.end) {
      k++;
      // "TP. Hà Nội", but not "UBND TP. Về việc …", where the dot ends a sentence.
      known = t[k] !== undefined && t[k]!.start > t[k - 1]!.end;
    }
    // Every province and city is listed: after "tỉnh"/"TP" an unlisted name is a person's
    // ("Chủ tịch UBND tỉnh Lê Văn A"), except a foreign place ("HĐND tỉnh Tuv (Mông Cổ)").
    const pe = placeEnd(t, k, known || (/^(?:tỉnh|thành phố)$/u.test(lv.value) && COMMON.has(t[k]?.text ?? "")));
    return { end: pe, level: lv.value, place: pe > k };
  }

  named(i: number): Mention | null {
    const t = this.toks;
    const m = NAMED.longest(t, i);
    if (!m) return null;
    const body = m.value;
    let end = m.end;
    const next = t[end];
    if (body.strict && next && adjacent(t[end - 1]!, next) && (isWordCap(next) || ((next.text === "-" || next.lower === "và") && isWordCap(t[end + 1]))))
      return null;
    const notAfter = NOT_AFTER[body.canonical];
    if (notAfter && next?.word && notAfter.has(next.lower)) return null;
    if (body.canonical === "Quốc hội" && t[i - 1]?.text === "Nhà") return null;
    if (body.media) {
      const p = t[i - 1];
      if (p && (p.text === "(" || /^(?:theo|nguồn)$/iu.test(p.text) || p.text === ":")) return null;
      if (t[end]?.text === ")") return null;
      // "VOV.VN", "VTV.vn": the outlet's website, a source line.
      if (t[end]?.text === "." && t[end + 1]?.lower === "vn") return null;
    }
    // "Bộ Ngoại giao Nhật Bản", "Chính phủ Hàn Quốc": a foreign body.
    if (next && this.foreign(end, end + 1)) return null;
    let expanded: string | undefined;
    let group = `named|${key(body.canonical)}`;
    let nameEnd = end;
    if (body.department) {
      const lp = this.levelAndPlace(end);
      if (lp !== -1 && lp.place) {
        if (this.foreign(end, lp.end) || this.foreignBracket(lp.end)) return null;
        end = lp.end;
      } else if (lp === -1) {
        const pe = placeEnd(this.toks, end, true);
        if (pe > end) end = pe;
      }
      nameEnd = end;
      if (end > m.end) group += `|${key(expandAbbreviations(this.slice(m.end, end)))}`;
    }
    const written = this.slice(i, end);
    if (isAbbreviated(this.slice(i, m.end)) && key(this.slice(i, m.end)) !== key(body.canonical)) {
      expanded = body.canonical + (end > m.end ? ` ${expandAbbreviations(this.slice(m.end, end))}` : "");
    } else if (isAbbreviated(written)) {
      const x = expandAbbreviations(written);
      if (x !== written) expanded = x;
    }
    return { start: t[i]!.start, end: t[end - 1]!.end, nameEnd: t[nameEnd - 1]!.end, written, group, expanded, sentence: this.sentence.start };
  }

  local(i: number): Mention | null {
    const t = this.toks;
    let unit: string | null = null;
    let j = i;
    const u = PARTY_UNIT.longest(t, i);
    if (u && LOCAL.longest(t, u.end)?.value.level === "none") {
      unit = u.value;
      j = u.end;
    }
    const m = LOCAL.longest(t, j);
    if (!m) return null;
    let end = m.end;
    let level = "";
    let hasPlace = false;
    if (m.value.level === "required") {
      const lp = this.levelAndPlace(end);
      if (lp === -1) return null;
      end = lp.end;
      level = lp.level;
      hasPlace = lp.place;
    } else {
      const pe = placeEnd(t, end, "named");
      hasPlace = pe > end;
      end = pe;
    }
    if (this.foreign(m.end, end) || this.foreignBracket(end)) return null;
    const written = this.slice(i, end);
    const bodyName = (unit ? `${unit} ` : "") + m.value.canonical;
    const placeText = end > m.end ? expandAbbreviations(this.slice(m.end, end)) : "";
    const expanded = isAbbreviated(written) ? expandAbbreviations(written) : undefined;
    const bodyLevel = `${key(bodyName)}|${level}`;
    const group = `local|${bodyLevel}|${hasPlace ? key(placeText.replace(/^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s/u, "")) : ""}`;
    return {
      start: t[i]!.start,
      end: t[end - 1]!.end,
      nameEnd: t[end - 1]!.end,
      written,
      group,
      expanded: expanded !== written ? expanded : undefined,
      sentence: this.sentence.start,
      bodyLevel,
      hasPlace,
    };
  }

  kind(i: number): Mention | null {
    const t = this.toks;
    const k = KIND.longest(t, i);
    if (!k || t[i]!.upper) return null;
    const end = this.tail(k.end);
    if (end <= k.end) return null;
    // International and foreign bodies are partners: "Ngân hàng Thế giới", "Tập đoàn Samsung".
    const nameText = this.slice(k.end, end);
    const vietnam = /(?<![\p{L}])(?:Việt Nam|VN)(?![\p{L}])/u.test(nameText);
    for (let x = k.end; x < end; x++) {
      if (FOREIGN_MARKERS.longest(t, x) && !vietnam) return null;
      if (t[x]!.cap && (COUNTRY.longest(t, x) || this.partners.overlaps(t[x]!.start, t[x]!.start + 1))) {
        const before = t[x - 1]?.lower;
        if (before !== "tại" && before !== "ở") return null;
      }
    }
    const words = t.slice(k.end, end).filter((x) => x.word && !/^\p{N}/u.test(x.text));
    if (!vietnam && words.length && words.every((x) => !isVietnameseSyllable(x.text) && !x.upper && !BRANDS.has(x.lower))) return null;
    if (k.value === "Hội" && /^An$/u.test(nameText)) return null;
    const written = this.slice(i, end);
    const expanded = isAbbreviated(written) ? expandAbbreviations(written) : undefined;
    return {
      start: t[i]!.start,
      end: t[end - 1]!.end,
      nameEnd: t[end - 1]!.end,
      written,
      group: `kind|${key(expanded ?? written)}`,
      expanded: expanded !== written ? expanded : undefined,
      sentence: this.sentence.start,
    };
  }

  /** The end of a capitalised name after a kind word: "Điện lực Việt Nam", "Chỉ đạo Ngoại giao kinh tế". */
  tail(j: number): number {
    const t = this.toks;
    if (!isWordCap(t[j]) || !adjacent(t[j - 1]!, t[j]!) || QUANTIFIERS.has(t[j]!.lower)) return j;
    let good = j;
    let k = j;
    while (k < t.length && k - j < 14) {
      const x = t[k]!;
      if (k > j && !adjacent(t[k - 1]!, x)) break;
      // Another body starts: "Tổng cục Thủy lợi và Tập đoàn Điện lực Việt Nam".
      if (k > j && x.cap && (KIND.longest(t, k) || NAMED.longest(t, k) || LOCAL.longest(t, k))) break;
      // A place closes the name: "Đại học Đà Nẵng", "Cục Thuế Hà Nội".
      if (k > j && x.cap) {
        const place = PLACE.longest(t, k);
        if (place) {
          good = k = place.end;
          break;
        }
      }
      if (x.word && (x.cap || x.upper || (/^\p{N}+$/u.test(x.text) && /^số$/iu.test(t[k - 1]!.text)))) {
        // A person's name closes the body's name: "Giám đốc Sở … Nguyễn Văn A".
        if (k > j && COMMON.has(x.text) && this.personRunFrom(k)) break;
        k++;
        good = k;
        // A name ends with "Việt Nam": "Tập đoàn Dầu khí Việt Nam".
        if (/^(?:Nam|VN)$/u.test(x.text) && (x.text === "VN" || t[k - 2]?.text === "Việt")) break;
        continue;
      }
      if (x.word && !x.cap && !x.upper && !/^\p{N}/u.test(x.text)) {
        let r = k;
        while (r < t.length && t[r]!.word && !t[r]!.cap && !t[r]!.upper && adjacent(t[r - 1]!, t[r]!)) r++;
        const run = t.slice(k, r);
        const after = t[r];
        const interior =
          after && isWordCap(after) && adjacent(t[r - 1]!, after) && !(COMMON.has(after.text) && this.personRunFrom(r)) && !QUANTIFIERS.has(after.lower);
        if (interior && r - k <= 2 && run.every((w) => w.lower === "và" || !JOINERS.has(w.lower))) {
          k = r;
          continue;
        }
        // A lower-case tail: only words of body names, at most three ("… Ngoại giao kinh tế"),
        // after a lone capitalised word (not after a proper name: "Đồng Tiến Thành Hà Nam thực").
        const lone = !(k - 2 >= j && t[k - 2]!.word && (t[k - 2]!.cap || t[k - 2]!.upper));
        let q = k;
        while (q < r && q - k < 3 && TAIL_WORDS.has(t[q]!.lower) && (lone || (q === k && COMPOUND_TAIL.has(t[q]!.lower)))) q++;
        if (q > k) good = q;
        break;
      }
      if ((x.text === "-" || x.text === "&") && isWordCap(t[k + 1])) {
        k++;
        continue;
      }
      break;
    }
    return good;
  }

  /** Tokens from k are a person's name that ends the capitalised run: "Nguyễn Văn A" then a lower-case word. */
  personRunFrom(k: number): boolean {
    const t = this.toks;
    let r = k;
    while (r < t.length && t[r]!.word && t[r]!.cap && !t[r]!.upper && (r === k || adjacent(t[r - 1]!, t[r]!))) r++;
    return r - k >= 2 && r - k <= 4;
  }

  userFirst(lower: string): boolean {
    return this.ctx.gazetteer.organizations.length > 0 && userTrie(this.ctx.gazetteer)!.starts(lower);
  }

  user(i: number): Mention | null {
    const trie = userTrie(this.ctx.gazetteer);
    const m = trie?.longest(this.toks, i);
    if (!m) return null;
    const written = this.slice(i, m.end);
    return {
      start: this.toks[i]!.start,
      end: this.toks[m.end - 1]!.end,
      nameEnd: this.toks[m.end - 1]!.end,
      written,
      group: `user|${fold(m.value.name)}`,
      expanded: m.value.expanded && fold(m.value.expanded) !== fold(written) ? m.value.expanded : undefined,
      sentence: this.sentence.start,
    };
  }

  mentions(): Mention[] {
    const t = this.toks;
    const out: Mention[] = [];
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (!x.word || !(x.cap || x.upper)) continue;
      if (this.quantified(i)) continue;
      if (!FIRST_WORDS.has(x.lower) && !this.userFirst(x.lower)) continue;
      // The longest reading wins; at equal length the earlier rule (user, named, local). A kind
      // word reads a name only where no listed body starts ("Ủy ban Thường vụ Quốc hội").
      let best: Mention | null = null;
      for (const m of [this.user(i), this.named(i), this.local(i)]) if (m && (!best || m.end > best.end)) best = m;
      best ??= this.kind(i);
      if (!best) continue;
      let e = i;
      while (e < t.length && t[e]!.start < best.end) e++;
      const br = bracketAbbreviation(t, e, this.ctx.text, 0);
      if (br) {
        best.abbr = br.abbr;
        best.end = t[br.end - 1]!.end;
      }
      out.push(best);
    }
    return out;
  }
}

/** Longest first; a mention inside a longer one is dropped ("Chính phủ" in "Văn phòng Chính phủ"). */
function longestWins(ms: Mention[]): Mention[] {
  if (ms.length < 2) return ms;
  let base = Infinity;
  let top = 0;
  for (const m of ms) {
    base = Math.min(base, m.start);
    top = Math.max(top, m.end);
  }
  const taken = new Uint8Array(top - base);
  const sorted = [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) {
    let free = true;
    for (let x = m.start - base; x < m.end - base && free; x++) if (taken[x]) free = false;
    if (!free) continue;
    taken.fill(1, m.start - base, m.end - base);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function analyse(ctx: ExtractContext): Map<number, Candidate<"organization">[]> {
  const partners = new SpanIndex(
    ctx.found.filter((c) => c.fact.type === "partner").flatMap((c) => c.claims ?? [{ start: c.start, end: c.end }]),
  );
  const stop = new Set(ctx.gazetteer.stopNames.map(fold));
  const readers = ctx.sentences.map((s) => new SentenceReader(s, ctx, partners));
  let all: Mention[] = [];
  for (const r of readers) all.push(...longestWins(r.mentions()));
  all = all.filter((m) => !partners.overlaps(m.start, m.nameEnd));

  // "X (ABBR)": the abbreviation's later bare mentions are X.
  const abbrGroup = new Map<string, string>();
  for (const m of all) if (m.abbr && !abbrGroup.has(m.abbr)) abbrGroup.set(m.abbr, m.group);
  if (abbrGroup.size) {
    const trie = new TokenTrie<string>();
    for (const a of abbrGroup.keys()) trie.add(a, a);
    const taken = new SpanIndex(all);
    for (const r of readers) {
      const t = r.toks;
      for (let i = 0; i < t.length; i++) {
        const m = trie.longest(t, i);
        if (!m) continue;
        const written = r.slice(i, m.end);
        if (written !== m.value) continue; // case-sensitive: "EVN", not "evn"
        const s = t[i]!.start;
        const e = t[m.end - 1]!.end;
        if (taken.overlaps(s, e)) continue;
        if (t[i - 1]?.text === "(" && t[m.end]?.text === ")") continue;
        all.push({ start: s, end: e, nameEnd: e, written, group: abbrGroup.get(m.value)!, sentence: r.sentence.start });
      }
    }
    all.sort((a, b) => a.start - b.start);
  }

  // "UBND tỉnh" folds into the article's one "UBND tỉnh X".
  const placesOf = new Map<string, Set<string>>();
  for (const m of all) if (m.bodyLevel && m.hasPlace) (placesOf.get(m.bodyLevel) ?? placesOf.set(m.bodyLevel, new Set()).get(m.bodyLevel)!).add(m.group);
  for (const m of all) {
    if (!m.bodyLevel || m.hasPlace) continue;
    const g = placesOf.get(m.bodyLevel);
    if (g?.size === 1) m.group = [...g][0]!;
  }

  const groups = new Map<string, Mention[]>();
  for (const m of all) (groups.get(m.group) ?? groups.set(m.group, []).get(m.group)!).push(m);

  const out = new Map<number, Candidate<"organization">[]>();
  for (const ms of groups.values()) {
    // The name: the full form of an "X (ABBR)" pair, else the first mention with a place, else the first.
    const head = ms.find((m) => m.abbr) ?? ms.find((m) => m.hasPlace) ?? ms[0]!;
    const name = head.written;
    if (stop.size && stop.has(fold(name))) continue;
    const expanded = head.expanded;
    const aliases = [...new Set([...ms.map((m) => m.written), ...ms.flatMap((m) => (m.abbr ? [m.abbr] : []))])].filter((a) => key(a) !== key(name));
    for (const m of ms) {
      const fact: Candidate<"organization">["fact"] = { type: "organization", name } as Candidate<"organization">["fact"];
      if (expanded) (fact as { expanded?: string }).expanded = expanded;
      if (aliases.length) (fact as { aliases?: string[] }).aliases = aliases;
      const c: Candidate<"organization"> = { fact, start: m.start, end: m.end, claims: [{ start: m.start, end: m.nameEnd }] };
      (out.get(m.sentence) ?? out.set(m.sentence, []).get(m.sentence)!).push(c);
    }
  }
  return out;
}

const cache = new WeakMap<ExtractContext, Map<number, Candidate<"organization">[]>>();

export const organizationExtractor: Extractor<"organization"> = {
  name: "organization",
  type: "organization",
  blockedBy: ["partner"],
  extract(sentence, ctx) {
    let bySentence = cache.get(ctx);
    if (!bySentence) cache.set(ctx, (bySentence = analyse(ctx)));
    return bySentence.get(sentence.start) ?? [];
  },
};
