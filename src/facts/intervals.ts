// Interval queries in O(log n), so that resolving overlaps stays linearithmic however many
// candidates a (pathological) article produces.
import type { Span } from "../extractors/types.js";

/** A fixed set of possibly overlapping spans: "does anything overlap [start, end)?" */
export class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let m = -Infinity;
    for (const s of sorted) this.maxEnd.push((m = Math.max(m, s.end)));
  }

  overlaps(span: Span): boolean {
    // The last span that starts before `span.end`; any earlier one reaching past `span.start` overlaps.
    const i = lastBelow(this.starts, span.end);
    return i >= 0 && this.maxEnd[i]! > span.start;
  }
}

/** Non-overlapping spans kept in order; `add` refuses a span that overlaps one already kept. */
export class DisjointSpans {
  private readonly spans: Span[] = [];

  tryAdd(span: Span): boolean {
    const starts = this.spans;
    // First kept span starting at or after span.start, and the one before it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const before = starts[lo - 1];
    const after = starts[lo];
    if (before && before.end > span.start) return false;
    if (after && after.start < span.end) return false;
    starts.splice(lo, 0, span);
    return true;
  }
}

/** Index of the last element < x in a sorted array, or -1. */
export function lastBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
