// Step 1: gazetteer matches of a sentence, each judged by the words around it.
//   "Mỹ Tho", "Lào Cai", "Nguyễn Văn Đức", "chị Nga", "Pháp luật", "Ý kiến" → rejected
//   "Anh" opening a sentence → a partner only in a list ("Anh, Pháp và Đức")
//   "Đức" after "nước", "tại" → cued (survives an article where Đức is also a person)
//   "Ngân hàng Đông Á" → rejected (a Vietnamese bank)
import type { Form, TextMatch } from "./gazetteer.js";
import { ADDRESS_TERMS, COUNTRY_CUES, INSTITUTION_HEADS, NAME_PREFIXES, NOT_A_COUNTRY_AFTER } from "./ambiguity.js";
import { type Mention, type SentenceWork, type Status, between, newMention } from "./mention.js";
import { isForeignToken, isForeignWord, isNameSyllable, isTitleCase } from "./tokens.js";

/** Whether the word at `pos` opens the sentence, a quotation or what follows a colon. */
export function atClauseStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“”‘’'«(\[*•]/u.test(text[i]!)) {
    if (/["“‘«(\[]/u.test(text[i]!)) return true;
    i--;
  }
  if (i < 0 || /[:.!?…]/u.test(text[i]!)) return true;
  if (/[-–—]/u.test(text[i]!)) {
    // A dialogue dash: "- Anh nghĩ sao?"
    let j = i - 1;
    while (j >= 0 && /\s/u.test(text[j]!)) j--;
    return j < 0 || /[:.!?…"”]/u.test(text[j]!);
  }
  return false;
}

/** The lengths of the words in NOT_A_COUNTRY_AFTER: others need no lower-casing to be told apart. */
const NOT_A_COUNTRY_LENGTHS = new Set([...NOT_A_COUNTRY_AFTER].map((x) => x.length));

/** A word joined by a hyphen on its far side is a transliteration ("Ba-rắc"), not a Vietnamese name part. */
const nextJoined = (w: SentenceWork, last: number) => last + 2 < w.tokens.length && between(w, last + 1, last + 2) === "-";

/** "Úc Don Farrell", "Mỹ Tim Cook": the word after `last + 1` starts a foreign full name, not a Vietnamese one. */
function nextForeignName(w: SentenceWork, last: number): boolean {
  const toks = w.tokens;
  return !toks.vn(last + 1) && last + 2 < toks.length && between(w, last + 1, last + 2) === " " && isForeignToken(toks, last + 2) && toks.cap(last + 2);
}

/**
 * The status of gazetteer mention `m` of `form`, judged by the words around it; sets
 * `m.ambiguousForm` and `m.cued` where they apply.
 */
function judge(w: SentenceWork, m: Mention, form: Form): Status {
  const { first, last } = m;
  const toks = w.tokens;
  if (form.entity.never) return "reject";
  const prev = first > 0 && between(w, first - 1, first) === " " ? toks.text(first - 1) : undefined;
  const next = last + 1 < toks.length && between(w, last, last + 1) === " " ? toks.text(last + 1) : undefined;
  const prevJoined = prev !== undefined && first >= 2 && between(w, first - 2, first - 1) === "-";
  const kind = form.entity.kind;

  if (kind === "region" && first >= 2 && between(w, first - 2, first - 1) === " ") {
    const a = toks.text(first - 2);
    const b = prev;
    if (INSTITUTION_HEADS.some(([x, y]) => x === a && y === b) || b === "TMCP") return "reject";
  }

  if (kind === "country" && prev !== undefined && NOT_A_COUNTRY_LENGTHS.has(prev.length) && NOT_A_COUNTRY_AFTER.has(prev.toLowerCase())) return "reject";
  // A photo credit's initials: "Ảnh: TQ".
  if (form.initials && /(?:Ảnh|Nguồn)\s*:\s*$/u.test(w.text.slice(Math.max(0, toks.start(first) - 12), toks.start(first)))) return "reject";
  // Initials of a name: "M.Anh", "T.Nga".
  if (first > 0 && between(w, first - 1, first) === "." && /^\p{Lu}{1,2}$/u.test(toks.text(first - 1))) return "reject";

  const amb = form.ambiguity;
  if (amb) {
    const single = form.tokens[0]!;
    if (next !== undefined && amb.compounds?.includes(next)) return "reject";
    if (prev !== undefined && amb.after?.includes(prev.toLowerCase())) return "reject";
    if (prev !== undefined && !prevJoined && (isNameSyllable(prev) || ADDRESS_TERMS.has(prev))) {
      m.ambiguousForm = single;
      return "reject";
    }
    if (next !== undefined && !nextJoined(w, last) && !nextForeignName(w, last) && isNameSyllable(next)) return "reject";
    m.ambiguousForm = single;
    if (amb.notAtStart && atClauseStart(w.text, toks.start(first))) return "list";
    m.cued = prev !== undefined && COUNTRY_CUES.has(prev);
    return "cue";
  }

  const single = form.tokens.length === 1;
  if (single && form.latin && (kind === "country" || kind === "locality")) {
    if (prev !== undefined && !prevJoined && isTitleCase(prev) && isForeignWord(prev)) return "reject";
    if (form.latinAmbiguous && next !== undefined && isTitleCase(next) && isForeignWord(next)) return "reject";
  }
  if (!single && (kind === "country" || kind === "locality") && prev !== undefined && NAME_PREFIXES.has(prev)) return "reject";
  if (kind === "company") {
    // "Harrison Ford", "Tim Cook": part of a longer foreign name.
    if (prev !== undefined && !prevJoined && isTitleCase(prev) && isForeignWord(prev)) return "reject";
    if (form.entity.weak) return "company";
  }
  return "accept";
}

/** The sentence's gazetteer matches (found by the scan, scan.ts), judged. */
export function gazetteerMentions(w: SentenceWork, matches: readonly TextMatch[]): Mention[] {
  const out: Mention[] = [];
  const toks = w.tokens;
  for (const { form, start, end } of matches) {
    const m = newMention(start, end, toks.indexAt(start), toks.indexAt(end - 1), form.entity, w.text.slice(start, end), "accept");
    m.status = judge(w, m, form);
    out.push(m);
  }
  return out;
}
