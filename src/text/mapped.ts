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
  /** `ends[i]`: original offset just after normalised code unit i-1 (`ends[0] = starts[0]`). */
  private readonly ends: Int32Array | null;

  constructor(
    readonly original: string,
    readonly text: string,
    starts: Int32Array | null = null,
    ends: Int32Array | null = null,
  ) {
    if (starts && starts.length !== text.length + 1) throw new Error("offset map length mismatch");
    this.starts = starts;
    this.ends = starts ? (ends ?? starts) : null;
  }

  static identity(original: string): MappedText {
    return new MappedText(original, original, null);
  }

  /** Original offset where normalised code unit `i` starts (0 ≤ i ≤ text.length). */
  toOriginal(i: number): number {
    return this.starts ? this.starts[i]! : i;
  }

  /** Original offset just after normalised code unit `i - 1`. */
  toOriginalEnd(i: number): number {
    return this.ends ? this.ends[i]! : i;
  }

  /** Original span of the normalised span [start, end). */
  span(start: number, end: number): { start: number; end: number } {
    const s = this.toOriginal(start);
    const e = end > start ? this.toOriginalEnd(end) : s;
    return { start: s, end: Math.max(s, e) };
  }

  /**
   * Chains a mapping whose original is this text ("inner": e.g. the normalisation of text
   * extracted from HTML) so that the result maps straight to this text's original.
   */
  compose(inner: MappedText): MappedText {
    if (inner.original !== this.text) throw new Error("compose: inner text does not start from this text");
    if (!this.starts) return inner.starts ? new MappedText(this.original, inner.text, inner.starts, inner.ends) : new MappedText(this.original, inner.text);
    const n = inner.text.length + 1;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = this.starts[inner.toOriginal(i)]!;
      ends[i] = this.ends![inner.toOriginalEnd(i)]!;
    }
    return new MappedText(this.original, inner.text, starts, ends);
  }

  /**
   * Applies a step that rewrites this text; `step` returns the new text with its maps into
   * this one (see TextBuilder), or null when nothing changed. The result maps straight to
   * the original.
   */
  then(step: (text: string) => Rewritten | null): MappedText {
    const r = step(this.text);
    if (!r || r.text === this.text) return this;
    return this.compose(new MappedText(this.text, r.text, r.starts, r.ends));
  }
}

export interface Rewritten {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Builds a rewritten text piece by piece. `keep` copies a range of the source unchanged;
 * `replace` writes new text for a source range (code unit for code unit when the lengths
 * agree, else the whole piece maps to the whole range); `insert` adds text that maps to a
 * point.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  // One entry per piece: source range and the length written for it (kept, not per code unit,
  // so that building costs O(pieces) until `finish` fills typed arrays in one pass).
  private readonly pieces: number[] = [];
  private changed = false;

  constructor(private readonly source: string) {}

  private piece(from: number, to: number, text: string, mode: 0 | 1 | 2): void {
    this.parts.push(text);
    this.pieces.push(from, to, text.length, mode);
  }

  keep(from: number, to: number): void {
    if (to > from) this.piece(from, to, this.source.slice(from, to), 0);
  }

  replace(from: number, to: number, text: string): void {
    if (text === this.source.slice(from, to)) return this.keep(from, to);
    this.changed = true;
    if (text.length > 0) this.piece(from, to, text, text.length === to - from ? 0 : 1);
  }

  /** Inserts text before source offset `at`. */
  insert(at: number, text: string): void {
    if (!text) return;
    this.changed = true;
    this.piece(at, at, text, 2);
  }

  finish(): Rewritten | null {
    if (!this.changed) return null;
    const text = this.parts.join("");
    const n = text.length;
    const starts = new Int32Array(n + 1);
    const ends = new Int32Array(n + 1);
    let i = 0;
    const p = this.pieces;
    for (let k = 0; k < p.length; k += 4) {
      const from = p[k]!, to = p[k + 1]!, len = p[k + 2]!, mode = p[k + 3]!;
      for (let j = 0; j < len; j++, i++) {
        // 0: code unit for code unit; 1: the whole piece maps to the whole range; 2: a point.
        starts[i] = mode === 0 ? from + j : from;
        ends[i + 1] = mode === 0 ? from + j + 1 : mode === 1 ? to : from;
      }
    }
    starts[n] = this.source.length;
    ends[0] = n > 0 ? starts[0]! : this.source.length;
    return { text, starts, ends };
  }
}

/** Packs per-code-unit start/end maps into the n+1 arrays MappedText keeps. */
export function pack(text: string, s: ArrayLike<number>, e: ArrayLike<number>, sourceLength: number): Rewritten {
  const n = text.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = s[i]!;
    ends[i + 1] = e[i]!;
  }
  starts[n] = sourceLength;
  ends[0] = n > 0 ? starts[0]! : sourceLength;
  return { text, starts, ends };
}

/**
 * Rewrites every match of `re` (global) with `fn(match)`; a match whose replacement equals
 * it is kept as is. Text between matches is kept.
 *
 * With `canStart`, a cheap test on a code unit (and the text) that is true wherever a match
 * can start, the regex is tried only there (sticky), which spares the regex engine a scan of
 * every character: the matches are the same as the global scan's.
 */
export function rewrite(re: RegExp, fn: (m: RegExpExecArray) => string, canStart?: (text: string, i: number) => boolean) {
  const sticky = canStart ? new RegExp(re.source, `${re.flags.replace("g", "")}y`) : null;
  return (text: string) => {
    let b: TextBuilder | null = null;
    let last = 0;
    const apply = (m: RegExpExecArray) => {
      const out = fn(m);
      if (out === m[0]) return;
      b ??= new TextBuilder(text);
      b.keep(last, m.index);
      b.replace(m.index, m.index + m[0].length, out);
      last = m.index + m[0].length;
    };
    if (sticky && canStart) {
      for (let i = 0; i < text.length; i++) {
        if (!canStart(text, i)) continue;
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        apply(m);
        i = m.index + m[0].length - 1;
      }
    } else {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        apply(m);
      }
    }
    if (!b) return null;
    (b as TextBuilder).keep(last, text.length);
    return (b as TextBuilder).finish();
  };
}
