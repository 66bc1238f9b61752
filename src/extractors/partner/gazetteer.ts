// The partner gazetteer: every country, region, international organisation, well-known company
// and foreign city, under every form, in one index keyed by a form's first word (lower case).
// Matching a sentence is one pass over its characters (scan.ts); a capitalised word is looked up
// only where its shape hash is known, in a small table by shape, without slicing it; at each
// word the longest form that fits wins ("Đông Nam Á" before "Nam Á", "Vương quốc Anh" before "Anh").
import type { Gazetteer, PartnerEntry } from "../../config.js";
import { COUNTRIES } from "../../lexicons/countries.js";
import { NOT_REGIONS, REGIONS } from "../../lexicons/regions.js";
import { INTERNATIONAL_ORGANIZATIONS } from "../../lexicons/international-organizations.js";
import { COMPANIES } from "../../lexicons/companies.js";
import { FOREIGN_LOCALITIES } from "./foreign-localities.js";
import { AMBIGUOUS_FORMS, AMBIGUOUS_LATIN, type Ambiguity } from "./ambiguity.js";
import { HashBits, equalsLowerCodes, hasVietnameseLetters, isUpperCode, isWordCode, lowerCode, separator, separatorsMatch, shape, shapeOfCodes, tokenize } from "./tokens.js";

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
  /** A form of two or three capitals alone ("TQ"): may be a photo credit's initials. */
  readonly initials: boolean;
  /** Latin script, capitalised, without a letter only Vietnamese uses ("Jordan", not "Mỹ"). */
  readonly latin: boolean;
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

/** Two or three capitals alone ("TQ"). */
const INITIALS = /^\p{Lu}{2,3}$/u;

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
  /**
   * The first words again, for `find`, by shape: `byShape[shape % KEY_SLOTS]` is the first of
   * `keys` in that slot (-1 for none), `keys[k].next` the next one. Built on the first lookup
   * after an `add`.
   */
  private byShape: Int32Array | null = null;
  private keys: KeyForms[] = [];
  /** Scratch for `matchForms`: the starts and ends of the words read after the first. */
  private starts = new Int32Array(4);
  private ends = new Int32Array(4);
  /** Scratch for `matchForms`: the canonical separator before each word read, and its lower case, once asked. */
  private readonly seps: (string | undefined)[] = [];
  private readonly lowers: (string | undefined)[] = [];

  add(text: string, entity: Entity): void {
    this.byShape = null;
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
      initials: single !== undefined && INITIALS.test(single),
      latin: !hasVietnameseLetters(text) && /^[A-Z]/.test(text),
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

  /**
   * The shapes (tokens.ts) of every first word of the index. A word whose shape is not among
   * them starts no form: `find` finds nothing there (its lookup needs the word to be a key).
   */
  firstWordShapes(): number[] {
    return [...this.byFirst.keys()].map((key) => shape(key, 0, key.length));
  }

  /** The first words of the forms that start in lower case ("châu" of "châu Âu"). */
  lowerFirstWords(): string[] {
    return [...this.lowerKeys.values()].flat();
  }

  /**
   * A cheap test that most words fail: whether a form may start at the word
   * `text.slice(start, end)` whose shape (tokens.ts) is `h`. Exact where it says no: `find`
   * would find nothing there. (`codes` and `base` as in `find`.)
   */
  private mayMatch(text: string, codes: Uint16Array, base: number, start: number, end: number, h: number): boolean {
    const c0 = codes[base + start]!;
    if (!isUpperCode(c0) && !this.lowerKeys.has(c0)) return false;
    const { hashes } = this;
    if (hashes.has(h)) return true;
    if (!hashes.has(startsLonger(h))) return false;
    // A longer form needs a second word with the right first letter and length.
    const n = text.length;
    let i = end;
    while (i < n && !isWordCode(codes[base + i]!)) i++;
    if (i >= n) return false;
    const from = i;
    for (i++; i < n && isWordCode(codes[base + i]!); i++);
    const c = codes[base + from]!;
    return hashes.has(secondWord(h, c, i - from)) || hashes.has(secondWord(h, lowerCode(c), i - from));
  }

  /** The index's first words by shape (see `byShape`), with the forms each may start. */
  private buildKeys(): Int32Array {
    const byShape = new Int32Array(KEY_SLOTS).fill(-1);
    const keys: KeyForms[] = [];
    for (const [key, list] of this.byFirst) {
      // A word in lower case is looked up only among the first words that start in lower case
      // (a first word such as "3M" is never looked up).
      if (!isUpperCode(key.charCodeAt(0)) && !this.lowerKeys.get(key.charCodeAt(0))?.includes(key)) continue;
      // The text's word is the key itself: the forms whose first word it fits, in order.
      const forms = list.filter((form) => firstWordFits(key, 0, key.length, form));
      if (forms.length === 0) continue;
      const h = shape(key, 0, key.length) & (KEY_SLOTS - 1);
      const counts = Int32Array.from(forms, (f) => f.tokens.length);
      const secondLengths = Int32Array.from(forms, (f) => (f.tokens.length > 1 ? f.tokens[1]!.length : -1));
      keys.push({ key, forms, counts, secondLengths, next: byShape[h]! });
      byShape[h] = keys.length - 1;
    }
    this.keys = keys;
    return (this.byShape = byShape);
  }

  /**
   * The longest form that starts at the word `text.slice(start, end)`, read on the characters
   * of `text` with the words and separators `tokenize` would give, but without making the words
   * of the whole text: most words fail a test on hashes and read nothing more; for the others
   * the words after the first are read one by one as the forms keyed by the first word need them.
   * `codes[base + i]` is `text.charCodeAt(i)` (code-units.ts): the characters are read there.
   */
  find(text: string, codes: Uint16Array, base: number, start: number, end: number): TextMatch | null {
    const h = shapeOfCodes(codes, base + start, base + end);
    if (!this.mayMatch(text, codes, base, start, end, h)) return null;
    const byShape = this.byShape ?? this.buildKeys();
    const length = end - start;
    for (let k = byShape[h & (KEY_SLOTS - 1)]!; k >= 0; ) {
      const entry = this.keys[k]!;
      if (entry.key.length === length && sameAt(codes, base + start, entry.key)) return this.matchForms(text, codes, base, start, end, entry);
      k = entry.next;
    }
    return null;
  }

  /** The first of `entry.forms` (whose first word is the text's word at `start`) that the words after it fit. */
  private matchForms(text: string, codes: Uint16Array, base: number, start: number, end: number, entry: KeyForms): TextMatch | null {
    const { forms, counts, secondLengths } = entry;
    const { starts, ends, seps, lowers } = this;
    starts[0] = start;
    ends[0] = end;
    // Words after the first are read once, as the first form that needs them asks; so are
    // their separators and (for caseless forms) their lower case.
    let read = 1;
    let last = false;
    const n = text.length;
    for (let f = 0; f < forms.length; f++) {
      const count = counts[f]!;
      // Most forms fail on the length of the second word, told without reading the form.
      if (count > 1 && read > 1 && ends[1]! - starts[1]! !== secondLengths[f]!) continue;
      const form = forms[f]!;
      let ok = true;
      for (let k = 1; k < count; k++) {
        if (k === read) {
          // The next word of the text, if any.
          if (!last) {
            let i = ends[k - 1]!;
            while (i < n && !isWordCode(codes[base + i]!)) i++;
            if (i >= n) last = true;
            else {
              starts[k] = i;
              for (i++; i < n && isWordCode(codes[base + i]!); i++);
              ends[k] = i;
              const before = ends[k - 1]!;
              // A single space is the common separator; any other is made canonical when a form asks.
              seps[k] = starts[k] === before + 1 && codes[base + before] === 32 ? " " : undefined;
              lowers[k] = undefined;
              read++;
            }
          }
          if (last) {
            ok = false;
            break;
          }
        }
        const want = form.tokens[k]!;
        const from = starts[k]!;
        const to = ends[k]!;
        if (to - from !== want.length) {
          ok = false;
          break;
        }
        if (!sameAt(codes, base + from, want)) {
          if (!form.caseless) {
            ok = false;
            break;
          }
          const quick = equalsLowerCodes(codes, base + from, to - from, form.lower![k]!);
          if (quick === false || (quick === undefined && (lowers[k] ?? (lowers[k] = text.slice(from, to).toLowerCase())) !== form.lower![k])) {
            ok = false;
            break;
          }
        }
        const sep = seps[k] ?? (seps[k] = separator(text.slice(ends[k - 1]!, from)));
        if (!separatorsMatch(form.seps[k - 1]!, sep)) {
          ok = false;
          break;
        }
      }
      if (ok) return { form, start, end: ends[count - 1]! };
    }
    return null;
  }
}

/** Whether the code units from `codes[at]` on spell `word` (the text is known to have `word.length` of them there). */
function sameAt(codes: Uint16Array, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (codes[at + j] !== word.charCodeAt(j)) return false;
  return true;
}

/** Slots of `FormIndex.byShape`: shapes folded to a small table that stays in the cache. */
const KEY_SLOTS = 4096;

/** A first word of the index and the forms it may start, chained with the other first words of its shape. */
interface KeyForms {
  readonly key: string;
  readonly forms: readonly Form[];
  /** Each form's number of words, and the length of its second word (-1 for none). */
  readonly counts: Int32Array;
  readonly secondLengths: Int32Array;
  readonly next: number;
}

/**
 * Word 0 of a form against the text's word `text.slice(start, end)`: equal, or equal but for
 * case where the form allows it (any case in a long form; a capital first letter).
 */
function firstWordFits(text: string, start: number, end: number, form: Form): boolean {
  const want = form.tokens[0]!;
  if (end - start !== want.length) return false;
  if (text.startsWith(want, start)) return true;
  if (form.caseless && text.slice(start, end).toLowerCase() === form.lower![0]) return true;
  return form.capitalFirst !== undefined && text.startsWith(form.capitalFirst, start);
}

/**
 * A new entity with every field present (undefined where it does not apply): entities of every
 * origin then share one object shape, which keeps the reads of `entity.kind` and the like fast.
 */
export function newEntity(
  kind: PartnerKind,
  name: string,
  aliases: readonly string[],
  extra: { id?: string; country?: string; weak?: boolean; user?: boolean; never?: boolean } = {},
): Entity {
  return {
    id: extra.id ?? `${kind}:${name}`,
    name,
    kind,
    aliases,
    country: extra.country,
    weak: extra.weak,
    user: extra.user,
    never: extra.never,
  };
}

function builtIn(): FormIndex {
  const index = new FormIndex();
  for (const c of COUNTRIES) index.addEntity(newEntity("country", c.name, c.aliases, { country: c.code }));
  for (const r of REGIONS) index.addEntity(newEntity("region", r.name, r.aliases));
  for (const o of INTERNATIONAL_ORGANIZATIONS) index.addEntity(newEntity("organization", o.name, o.aliases, { country: o.country }));
  for (const c of COMPANIES) index.addEntity(newEntity("company", c.name, c.aliases ?? [], { weak: c.weak }));
  for (const l of FOREIGN_LOCALITIES) index.addEntity(newEntity("locality", l.name, l.aliases ?? [], { country: l.country }));
  for (const n of NOT_REGIONS) index.addEntity(newEntity("region", n, [], { never: true }));
  return index;
}

/** The built-in gazetteer, built once at module load. */
export const GAZETTEER: FormIndex = builtIn();

/** Countries by ISO code, for short forms and bracketed countries. */
export const COUNTRY_ENTITIES: ReadonlyMap<string, Entity> = new Map(
  COUNTRIES.map((c) => [c.code, newEntity("country", c.name, c.aliases, { country: c.code })]),
);

const userIndexes = new WeakMap<Gazetteer, FormIndex | null>();

/** The partners a user's config file adds, as an index of their own (built once per config). */
export function userIndex(g: Gazetteer): FormIndex | null {
  if (userIndexes.has(g)) return userIndexes.get(g)!;
  let index: FormIndex | null = null;
  if (g.partners.length) {
    index = new FormIndex();
    for (const p of g.partners) index.addEntity(newEntity(p.kind, p.name, p.aliases ?? [], { country: p.country, user: true }));
  }
  userIndexes.set(g, index);
  return index;
}
