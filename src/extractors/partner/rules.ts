// Step 1: gazetteer matches of a sentence, each judged by the words around it.
//   "Mỹ Tho", "Lào Cai", "Nguyễn Văn Đức", "chị Nga", "Pháp luật", "Ý kiến" → rejected
//   "Anh" opening a sentence → a partner only in a list ("Anh, Pháp và Đức")
//   "Đức" after "nước", "tại" → cued (survives an article where Đức is also a person)
//   "Ngân hàng Đông Á" → rejected (a Vietnamese bank)
import type { Gazetteer } from "../../config.js";
import { GAZETTEER, type FormMatch, userIndex } from "./gazetteer.js";
import { ADDRESS_TERMS, COUNTRY_CUES, INSTITUTION_HEADS, NAME_PREFIXES, NOT_A_COUNTRY_AFTER } from "./ambiguity.js";
import { type Mention, type SentenceWork, type Status, between } from "./mention.js";
import { type Words, hasVietnameseLetters, isForeignToken, isForeignWord, isNameSyllable, isTitleCase } from "./tokens.js";

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

/** A neighbouring word, sliced once for the checks below. */
const word = (w: Words, i: number) => ({ text: w.text(i) });

const isLatinForm = (s: string) => !hasVietnameseLetters(s) && /^[A-Z]/.test(s);

function judge(w: SentenceWork, m: FormMatch): Pick<Mention, "status" | "ambiguousForm" | "cued"> {
  const { form, first, last } = m;
  const toks = w.tokens;
  const prev = first > 0 && between(w, first - 1, first) === " " ? word(toks, first - 1) : undefined;
  const next = last + 1 < toks.length && between(w, last, last + 1) === " " ? word(toks, last + 1) : undefined;
  // A word joined by a hyphen on its far side is a transliteration ("Ba-rắc"), not a Vietnamese name part.
  const nextJoined = next && last + 2 < toks.length && between(w, last + 1, last + 2) === "-";
  // "Úc Don Farrell", "Mỹ Tim Cook": the next word starts a foreign full name, not a Vietnamese one.
  const nextForeignName =
    next !== undefined && !toks.vn(last + 1) && last + 2 < toks.length && between(w, last + 1, last + 2) === " " && isForeignToken(toks, last + 2) && toks.cap(last + 2);
  const prevJoined = prev && first >= 2 && between(w, first - 2, first - 1) === "-";
  const kind = form.entity.kind;
  const accept = { status: "accept" as Status };
  if (form.entity.never) return { status: "reject" };

  if (kind === "region" && first >= 2 && between(w, first - 2, first - 1) === " ") {
    const a = toks.text(first - 2);
    const b = prev?.text;
    if (INSTITUTION_HEADS.some(([x, y]) => x === a && y === b) || b === "TMCP") return { status: "reject" };
  }

  if (kind === "country" && prev && NOT_A_COUNTRY_AFTER.has(prev.text.toLowerCase())) return { status: "reject" };
  // A photo credit's initials: "Ảnh: TQ".
  if (/^\p{Lu}{2,3}$/u.test(form.tokens[0]!) && form.tokens.length === 1 && /(?:Ảnh|Nguồn)\s*:\s*$/u.test(w.text.slice(Math.max(0, toks.start(first) - 12), toks.start(first)))) {
    return { status: "reject" };
  }
  // Initials of a name: "M.Anh", "T.Nga".
  if (first > 0 && between(w, first - 1, first) === "." && /^\p{Lu}{1,2}$/u.test(toks.text(first - 1))) return { status: "reject" };

  const amb = form.ambiguity;
  if (amb) {
    const single = form.tokens[0]!;
    if (next && amb.compounds?.includes(next.text)) return { status: "reject" };
    if (prev && amb.after?.includes(prev.text.toLowerCase())) return { status: "reject" };
    if (prev && !prevJoined && (isNameSyllable(prev.text) || ADDRESS_TERMS.has(prev.text))) {
      return { status: "reject", ambiguousForm: single };
    }
    if (next && !nextJoined && !nextForeignName && isNameSyllable(next.text)) return { status: "reject" };
    const cued = prev !== undefined && COUNTRY_CUES.has(prev.text);
    if (amb.notAtStart && atClauseStart(w.text, toks.start(first))) return { status: "list", ambiguousForm: single };
    return { status: "cue", ambiguousForm: single, cued };
  }

  const single = form.tokens.length === 1;
  if (single && isLatinForm(form.text) && (kind === "country" || kind === "locality")) {
    if (prev && !prevJoined && isTitleCase(prev.text) && isForeignWord(prev.text)) return { status: "reject" };
    if (form.latinAmbiguous && next && isTitleCase(next.text) && isForeignWord(next.text)) return { status: "reject" };
  }
  if (!single && (kind === "country" || kind === "locality") && prev && NAME_PREFIXES.has(prev.text)) {
    return { status: "reject" };
  }
  if (kind === "company") {
    // "Harrison Ford", "Tim Cook": part of a longer foreign name.
    if (prev && !prevJoined && isTitleCase(prev.text) && isForeignWord(prev.text)) return { status: "reject" };
    if (form.entity.weak) return { status: "company" };
  }
  return accept;
}

/** All gazetteer matches of a sentence, longest first at each word, judged. */
export function gazetteerMentions(w: SentenceWork, g: Gazetteer): Mention[] {
  const user = userIndex(g);
  const out: Mention[] = [];
  const toks = w.tokens;
  for (let i = 0; i < toks.length; ) {
    const a = user?.matchAt(w.text, toks, i) ?? null;
    const b = GAZETTEER.matchAt(w.text, toks, i);
    const m = a && (!b || a.last >= b.last) ? a : b;
    if (!m) {
      i++;
      continue;
    }
    const start = toks.start(m.first);
    const end = toks.end(m.last);
    out.push({ start, end, first: m.first, last: m.last, entity: m.form.entity, written: w.text.slice(start, end), ...judge(w, m) });
    i = m.last + 1;
  }
  return out;
}

