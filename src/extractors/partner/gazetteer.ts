// The partner gazetteer: every country, region, international organisation, well-known company
// and foreign city, under every form, in one index keyed by a form's first word (lower case).
// Matching a sentence is one pass over its characters with one Map lookup per capitalised word
// whose hash is known; at each word the longest form that fits wins ("Đông Nam Á" before
// "Nam Á", "Vương quốc Anh" before "Anh").
import type { Gazetteer, PartnerEntry } from "../../config.js";
import { COUNTRIES } from "../../lexicons/countries.js";
import { NOT_REGIONS, REGIONS } from "../../lexicons/regions.js";
import { INTERNATIONAL_ORGANIZATIONS } from "../../lexicons/international-organizations.js";
import { COMPANIES } from "../../lexicons/companies.js";
import { FOREIGN_LOCALITIES } from "./foreign-localities.js";
import { AMBIGUOUS_FORMS, AMBIGUOUS_LATIN, type Ambiguity } from "./ambiguity.js";
import { HashBits, isUpperCode, isWordCode, lowerCode, separator, separatorsMatch, shape, tokenize } from "./tokens.js";

export type PartnerKind = PartnerEntry["kind"];

export interface Entity {
  /** Unique within the gazetteer: kind and canonical name. */
  readonly id: string;
  /** Canonical name (for companies and organisations the text's own spelling is preferred, see index.ts). */
  readonly name: string;
  readonly kind: PartnerKind;
  readonly country?: string;
  /** Every other form the entity goes by. */
  readonly aliases: readonly string[];
  /** Company names that are also ordinary words or abbreviations: only in a company context. */
  readonly weak?: boolean;
  /** Added by the user's config file. */
  readonly user?: boolean;
  /** Matched only to keep shorter names inside it from matching ("Ấn Độ Dương"); never output. */
  readonly never?: boolean;
}

export interface Form {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly seps: readonly string[];
  readonly entity: Entity;
  /** Forms of three words or more match whatever the case of their words ("Liên Hợp Quốc"). */
  readonly caseless: boolean;
  readonly ambiguity?: Ambiguity;
  /** A Latin-script name that is also a person's name ("Jordan", "Paris"). */
  readonly latinAmbiguous?: boolean;
  /** For a caseless form: its words in lower case. */
  readonly lower?: readonly string[];
  /** For a form whose first word is lower case ("châu Âu"): that word capitalised ("Châu"). */
  readonly capitalFirst?: string;
}

/** A form matched on the characters of a text: `text.slice(start, end)`. */
export interface TextMatch {
  form: Form;
  start: number;
  end: number;
}

/** `FormIndex.hashes` of a first word that starts longer forms, and of one with its second word. */
const startsLonger = (h: number) => Math.imul(h ^ 0xa5a5, 0x85ebca6b) >>> 16;
const secondWord = (h: number, c: number, length: number) => Math.imul(h ^ (c << 9) ^ (length << 25), 0x9e3779b1) >>> 16;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const startsLower = (s: string) => s.charAt(0) !== s.charAt(0).toUpperCase();

export class FormIndex {
  private readonly byFirst = new Map<string, Form[]>();
  /** First words that start in lower case ("châu", "các"), by first character: few, checked without slicing. */
  private readonly lowerKeys = new Map<number, string[]>();
  /**
   * What most words of a text fail without being sliced (see `mayMatch`), as hashes: the shape
   * (tokens.ts) of each first word that is a form of its own; of each that starts longer forms;
   * and of those with the first letter and length of the second word of each longer form.
   */
  private readonly hashes = new HashBits();
  /** Scratch for `matchText`: the starts and ends of the words read after the first. */
  private starts = new Int32Array(4);
  private ends = new Int32Array(4);

  add(text: string, entity: Entity): void {
    const toks = tokenize(text);
    if (toks.length === 0) return;
    const seps: string[] = [];
    for (let i = 1; i < toks.length; i++) seps.push(separator(text.slice(toks.end(i - 1), toks.start(i))));
    const tokens = toks.texts();
    const single = tokens.length === 1 ? tokens[0]! : undefined;
    const form: Form = {
      text,
      tokens,
      seps,
      entity,
      caseless: tokens.length >= 3,
      ambiguity: single !== undefined && !entity.user ? AMBIGUOUS_FORMS[single] : undefined,
      latinAmbiguous: single !== undefined && !entity.user && AMBIGUOUS_LATIN.has(single),
      lower: tokens.length >= 3 ? tokens.map((t) => t.toLowerCase()) : undefined,
      capitalFirst: startsLower(tokens[0]!) && capitalise(tokens[0]!).length === tokens[0]!.length ? capitalise(tokens[0]!) : undefined,
    };
    // Keyed by the first word as the text may write it: as listed, and capitalised or lower
    // case where the form allows it ("châu Âu" / "Châu Âu", "Liên hợp quốc" / "liên hợp quốc").
    if (tokens.length > this.starts.length) {
      this.starts = new Int32Array(tokens.length);
      this.ends = new Int32Array(tokens.length);
    }
    const first = tokens[0]!;
    const keys = new Set([first]);
    if (startsLower(first) || form.caseless) keys.add(capitalise(first));
    for (const key of keys) {
      const h = shape(key, 0, key.length);
      if (tokens.length === 1) this.hashes.add(h);
      else {
        const second = tokens[1]!;
        const c = second.charCodeAt(0);
        this.hashes.add(startsLonger(h));
        this.hashes.add(secondWord(h, c, second.length));
        if (form.caseless) this.hashes.add(secondWord(h, lowerCode(c), second.length));
      }
      if (startsLower(key)) {
        const c = key.charCodeAt(0);
        const same = this.lowerKeys.get(c) ?? [];
        if (!same.includes(key)) this.lowerKeys.set(c, [...same, key]);
      }
      const list = this.byFirst.get(key) ?? [];
      if (list.some((f) => f.entity === entity && f.tokens.join("\u0000") === tokens.join("\u0000") && f.seps.join("\u0000") === seps.join("\u0000"))) continue;
      list.push(form);
      list.sort((a, b) => b.tokens.length - a.tokens.length || b.text.length - a.text.length);
      this.byFirst.set(key, list);
    }
  }

  addEntity(entity: Entity): void {
    this.add(entity.name, entity);
    for (const a of entity.aliases) this.add(a, entity);
  }

  /** The first words of the forms that start in lower case ("châu" of "châu Âu"). */
  lowerFirstWords(): string[] {
    return [...this.lowerKeys.values()].flat();
  }

  /**
   * A cheap test that most words fail: whether a form may start at the word
   * `text.slice(start, end)`. Exact where it says no: `matchText` would find nothing there.
   */
  mayMatch(text: string, start: number, end: number): boolean {
    const c0 = text.charCodeAt(start);
    if (!isUpperCode(c0) && !this.lowerKeys.has(c0)) return false;
    const h = shape(text, start, end);
    const { hashes } = this;
    if (hashes.has(h)) return true;
    if (!hashes.has(startsLonger(h))) return false;
    // A longer form needs a second word with the right first letter and length.
    const n = text.length;
    let i = end;
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) return false;
    const from = i;
    for (i++; i < n && isWordCode(text.charCodeAt(i)); i++);
    const c = text.charCodeAt(from);
    return hashes.has(secondWord(h, c, i - from)) || hashes.has(secondWord(h, lowerCode(c), i - from));
  }

  /**
   * The longest form that starts at the word `text.slice(start, end)`, read on the characters
   * of `text` with the words and separators `tokenize` would give, but without making the words
   * of the whole text: the words after the first are read one by one as the forms keyed by the
   * first word need them (most words of a text fail `mayMatch` and read nothing).
   */
  matchText(text: string, start: number, end: number): TextMatch | null {
    const c0 = text.charCodeAt(start);
    let list: Form[] | undefined;
    if (isUpperCode(c0)) list = this.byFirst.get(text.slice(start, end));
    else {
      const keys = this.lowerKeys.get(c0);
      const key = keys?.find((k) => k.length === end - start && text.startsWith(k, start));
      if (key) list = this.byFirst.get(key);
    }
    if (!list) return null;
    const { starts, ends } = this;
    starts[0] = start;
    ends[0] = end;
    let read = 1;
    let last = false;
    const n = text.length;
    for (const form of list) {
      const count = form.tokens.length;
      let ok = sameWord(text, start, end, form, 0);
      for (let k = 1; k < count && ok; k++) {
        if (k === read) {
          // The next word of the text, if any.
          let i = ends[k - 1]!;
          while (i < n && !isWordCode(text.charCodeAt(i))) i++;
          if (i >= n) last = true;
          if (last) {
            ok = false;
            break;
          }
          starts[k] = i;
          for (i++; i < n && isWordCode(text.charCodeAt(i)); i++);
          ends[k] = i;
          read++;
        }
        const from = starts[k]!;
        const before = ends[k - 1]!;
        ok =
          sameWord(text, from, ends[k]!, form, k) &&
          (from === before + 1 && text.charCodeAt(before) === 32 ? separatorsMatch(form.seps[k - 1]!, " ") : separatorsMatch(form.seps[k - 1]!, separator(text.slice(before, from))));
      }
      if (ok) return { form, start, end: ends[count - 1]! };
    }
    return null;
  }
}

/**
 * Word `k` of a form against the text's word `text.slice(start, end)`: equal, or equal but for
 * case where the form allows it (any case in a long form; a capital first letter).
 */
function sameWord(text: string, start: number, end: number, form: Form, k: number): boolean {
  const want = form.tokens[k]!;
  if (end - start !== want.length) return false;
  if (text.startsWith(want, start)) return true;
  if (form.caseless && text.slice(start, end).toLowerCase() === form.lower![k]) return true;
  return k === 0 && form.capitalFirst !== undefined && text.startsWith(form.capitalFirst, start);
}

function entity(kind: PartnerKind, name: string, aliases: readonly string[], extra: { country?: string; weak?: boolean; user?: boolean } = {}): Entity {
  return { id: `${kind}:${name}`, name, kind, aliases, ...extra };
}

function builtIn(): FormIndex {
  const index = new FormIndex();
  for (const c of COUNTRIES) index.addEntity(entity("country", c.name, c.aliases, { country: c.code }));
  for (const r of REGIONS) index.addEntity(entity("region", r.name, r.aliases));
  for (const o of INTERNATIONAL_ORGANIZATIONS) index.addEntity(entity("organization", o.name, o.aliases, { country: o.country }));
  for (const c of COMPANIES) index.addEntity(entity("company", c.name, c.aliases ?? [], { weak: c.weak }));
  for (const l of FOREIGN_LOCALITIES) index.addEntity(entity("locality", l.name, l.aliases ?? [], { country: l.country }));
  for (const n of NOT_REGIONS) index.addEntity({ ...entity("region", n, []), never: true });
  return index;
}

/** The built-in gazetteer, built once at module load. */
export const GAZETTEER: FormIndex = builtIn();

/** Countries by ISO code, for short forms and bracketed countries. */
export const COUNTRY_ENTITIES: ReadonlyMap<string, Entity> = new Map(
  COUNTRIES.map((c) => [c.code, entity("country", c.name, c.aliases, { country: c.code })]),
);

const userIndexes = new WeakMap<Gazetteer, FormIndex | null>();

/** The partners a user's config file adds, as an index of their own (built once per config). */
export function userIndex(g: Gazetteer): FormIndex | null {
  if (userIndexes.has(g)) return userIndexes.get(g)!;
  let index: FormIndex | null = null;
  if (g.partners.length) {
    index = new FormIndex();
    for (const p of g.partners) index.addEntity(entity(p.kind, p.name, p.aliases ?? [], { country: p.country, user: true }));
  }
  userIndexes.set(g, index);
  return index;
}
