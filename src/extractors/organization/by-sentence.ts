// Candidates of one article by sentence, for an extractor that reads the whole article at its
// first call (organization, person) and then hands out each sentence's share.
//
// The pipeline asks for the sentences of one article in order, so the next sentence is found by
// a cursor, not by a lookup; any other order (tests, a caller with its own Sentence objects)
// falls back to a binary search on the sentence's start. Only the last article is kept: an
// article's candidates depend on its context alone, so asking again after another article reads
// it again and gets the same answer.
import type { Candidate, ExtractContext } from "../types.js";
import type { FactType } from "../../schema/records.js";

const NONE: never[] = [];

export class BySentence<T extends FactType> {
  private ctx: ExtractContext | null = null;
  private starts: number[] = [];
  private lists: (Candidate<T>[] | undefined)[] = [];
  private next = 0;
  /** The number of sentences of the article being read (the arrays may be longer). */
  private count = 0;

  constructor(private readonly analyse: (ctx: ExtractContext, out: BySentence<T>) => void) {}

  /** Adds a candidate of the sentence at index `k` of the article being read. */
  add(k: number, c: Candidate<T>): void {
    const list = this.lists[k];
    if (list) list.push(c);
    else this.lists[k] = [c];
  }

  /** The candidates of `sentence` (a sentence of `ctx`). */
  get(sentence: { readonly start: number }, ctx: ExtractContext): Candidate<T>[] {
    if (ctx !== this.ctx) this.read(ctx);
    const ss = ctx.sentences;
    let k = this.next;
    if (k >= ss.length || ss[k]!.start !== sentence.start) k = this.indexOf(sentence.start);
    if (k < 0) return NONE;
    this.next = k + 1;
    return this.lists[k] ?? NONE;
  }

  private read(ctx: ExtractContext): void {
    this.ctx = ctx;
    this.next = 0;
    const ss = ctx.sentences;
    const n = ss.length;
    // Reused arrays, written element by element (setting `length` is a slow runtime call).
    const starts = this.starts;
    const lists = this.lists;
    for (let k = 0; k < n; k++) {
      if (k < starts.length) {
        starts[k] = ss[k]!.start;
        lists[k] = undefined;
      } else {
        starts.push(ss[k]!.start);
        lists.push(undefined);
      }
    }
    this.count = n;
    this.analyse(ctx, this);
  }

  /** The first sentence that starts at `start`, or -1. */
  private indexOf(start: number): number {
    // Binary search over starts[0, count): the first index whose start is >= `start`.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.count && this.starts[lo] === start ? lo : -1;
  }
}
