// The partner gazetteer: every country, region, international organisation, well-known company
// and foreign city, under every form, in one index keyed by a form's first word (lower case).
// Matching a sentence is one pass over its words with one Map lookup per word; at each word the
// longest form that fits wins ("Đông Nam Á" before "Nam Á", "Vương quốc Anh" before "Anh").
import type { Gazetteer, PartnerEntry } from "../../config.js";
import { COUNTRIES } from "../../lexicons/countries.js";
import { NOT_REGIONS, REGIONS } from "../../lexicons/regions.js";
import { INTERNATIONAL_ORGANIZATIONS } from "../../lexicons/international-organizations.js";
import { COMPANIES } from "../../lexicons/companies.js";
import { FOREIGN_LOCALITIES } from "./foreign-localities.js";
import { AMBIGUOUS_FORMS, AMBIGUOUS_LATIN, type Ambiguity } from "./ambiguity.js";
import { type Words, separator, separatorsMatch, shape, tokenize } from "./tokens.js";

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
}

export interface FormMatch {
  form: Form;
  /** Index of the first and last word matched. */
  first: number;
  last: number;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const startsLower = (s: string) => s.charAt(0) !== s.charAt(0).toUpperCase();

export class FormIndex {
  private readonly byFirst = new Map<string, Form[]>();
  /** First words that start in lower case ("châu", "các"), by first character: few, checked without slicing. */
  private readonly lowerKeys = new Map<number, string[]>();
  /** A hash of every capitalised first word (see `shape`): most words of a sentence fail it without being sliced. */
  private readonly shapes = new Uint8Array(1 << 16);

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
    };
    // Keyed by the first word as the text may write it: as listed, and capitalised or lower
    // case where the form allows it ("châu Âu" / "Châu Âu", "Liên hợp quốc" / "liên hợp quốc").
    const first = tokens[0]!;
    const keys = new Set([first]);
    if (startsLower(first) || form.caseless) keys.add(capitalise(first));
    for (const key of keys) {
      this.shapes[shape(key, 0, key.length)] = 1;
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

  /** The longest form that starts at word `i` of `tokens` (words of `text`), or null. */
  matchAt(text: string, tokens: Words, i: number): FormMatch | null {
    if (this.shapes[tokens.shape(i)] === 0) return null;
    let list: Form[] | undefined;
    if (tokens.cap(i)) list = this.byFirst.get(tokens.text(i));
    else {
      const keys = this.lowerKeys.get(text.charCodeAt(tokens.start(i)));
      const key = keys?.find((k) => tokens.is(i, k));
      if (key) list = this.byFirst.get(key);
    }
    if (!list) return null;
    for (const form of list) {
      const n = form.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const want = form.tokens[k]!;
        const j = i + k;
        ok = tokens.is(j, want) || (tokens.end(j) - tokens.start(j) === want.length && sameWord(tokens.text(j), want, form.caseless, k === 0));
        if (ok && k > 0) {
          const from = tokens.end(j - 1);
          const to = tokens.start(j);
          // The usual separator, one space, without slicing.
          ok = to === from + 1 && text.charCodeAt(from) === 32 ? separatorsMatch(form.seps[k - 1]!, " ") : separatorsMatch(form.seps[k - 1]!, separator(text.slice(from, to)));
        }
      }
      if (ok) return { form, first: i, last: i + n - 1 };
    }
    return null;
  }
}

/** A word of the text against a word of a form, beyond exact equality: case where the form allows it. */
function sameWord(got: string, want: string, caseless: boolean, first: boolean): boolean {
  return (caseless && got.toLowerCase() === want.toLowerCase()) || (first && startsLower(want) && got === capitalise(want));
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
