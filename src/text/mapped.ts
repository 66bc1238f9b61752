// A normalised text that remembers where each of its characters came from in the original.
//
// `starts[i]` is the offset in the original of the piece that produced normalised code unit
// i; `starts[text.length]` is the original length. A span [a, b) of the normalised text
// maps back to [starts[a], starts[b]) — so a normalisation step that rewrites a piece of the
// original into a different piece keeps every span that starts and ends on piece boundaries
// exact, which is what evidence needs: `quote === original.slice(start, end)`.

export class MappedText {
  /** `null` means the identity map (the text was not changed). */
  private readonly starts: Int32Array | null;

  constructor(
    readonly original: string,
    readonly text: string,
    starts: Int32Array | null = null,
  ) {
    if (starts && starts.length !== text.length + 1) throw new Error("offset map length mismatch");
    this.starts = starts;
  }

  static identity(original: string): MappedText {
    return new MappedText(original, original, null);
  }

  /** Original offset of normalised offset `i` (0 ≤ i ≤ text.length). */
  toOriginal(i: number): number {
    return this.starts ? this.starts[i]! : i;
  }

  /** Original span of the normalised span [start, end). */
  span(start: number, end: number): { start: number; end: number } {
    const s = this.toOriginal(start);
    let e = this.toOriginal(end);
    // An inserted character (e.g. a space between run-together words) maps to the start of
    // the piece after it; a span that ends on one must not swallow it.
    if (e < s) e = s;
    return { start: s, end: e };
  }

  /**
   * Chains a mapping whose original is this text ("inner": e.g. the normalisation of text
   * extracted from HTML) so that the result maps straight to this text's original.
   */
  compose(inner: MappedText): MappedText {
    if (inner.original !== this.text) throw new Error("compose: inner text does not start from this text");
    if (!this.starts) return new MappedText(this.original, inner.text, inner.starts);
    const starts = new Int32Array(inner.text.length + 1);
    for (let i = 0; i < starts.length; i++) starts[i] = this.starts[inner.toOriginal(i)]!;
    return new MappedText(this.original, inner.text, starts);
  }

  /**
   * Applies a step that rewrites this text; `edit` returns the new text with a map from the
   * new text into this one. The result maps straight to the original.
   */
  then(step: (text: string) => { text: string; starts: Int32Array } | null): MappedText {
    const r = step(this.text);
    if (!r || r.text === this.text) return this;
    if (!this.starts) return new MappedText(this.original, r.text, r.starts);
    const composed = new Int32Array(r.starts.length);
    for (let i = 0; i < composed.length; i++) composed[i] = this.starts[r.starts[i]!]!;
    return new MappedText(this.original, r.text, composed);
  }
}

/**
 * Builds a rewritten text piece by piece. `keep` copies a range of the source unchanged;
 * `replace` writes new text for a source range (all of its code units map to the range's
 * start, so only whole-piece spans are exact).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly map: number[] = [];
  private changed = false;

  constructor(private readonly source: string) {}

  keep(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    for (let i = from; i < to; i++) this.map.push(i);
  }

  replace(from: number, to: number, text: string): void {
    if (text === this.source.slice(from, to)) return this.keep(from, to);
    this.changed = true;
    this.parts.push(text);
    // Same length: code unit for code unit (a moved tone mark); else all to the start.
    const oneToOne = text.length === to - from;
    for (let i = 0; i < text.length; i++) this.map.push(oneToOne ? from + i : from);
  }

  /** Inserts text before source offset `at`. */
  insert(at: number, text: string): void {
    if (!text) return;
    this.changed = true;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(at);
  }

  finish(): { text: string; starts: Int32Array } | null {
    if (!this.changed) return null;
    const text = this.parts.join("");
    const starts = new Int32Array(text.length + 1);
    for (let i = 0; i < this.map.length; i++) starts[i] = this.map[i]!;
    starts[text.length] = this.source.length;
    return { text, starts };
  }
}

/**
 * Rewrites every match of `re` (global) with `fn(match)`; a match whose replacement equals
 * it is kept as is. Text between matches is kept.
 */
export function rewrite(re: RegExp, fn: (m: RegExpExecArray) => string) {
  return (text: string) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let b: TextBuilder | null = null;
    let last = 0;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const out = fn(m);
      if (out === m[0]) continue;
      b ??= new TextBuilder(text);
      b.keep(last, m.index);
      b.replace(m.index, m.index + m[0].length, out);
      last = m.index + m[0].length;
    }
    if (!b) return null;
    b.keep(last, text.length);
    return b.finish();
  };
}
