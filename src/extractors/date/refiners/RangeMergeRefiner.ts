// "từ ngày 28/6 đến ngày 3/7", "30/4 - 1/5", "từ tháng 3/2023 đến tháng 5/2024": two days (or
// two months) joined by "-", "–", "đến (hết)" or "tới" are one span. This is chrono's Vietnamese
// VIMergeDateRangeRefiner with three changes:
// - "và" does not join: "ngày 18/7 và 20/7" are two days, not the days between
//   (consecutive days, "ngày 1 và 2/7", are read by DayRangeParser);
// - only plain days with days and months with months are joined, never quarters or periods;
// - a year stated at one end is stated for the other ("tháng 3 đến tháng 5/2024" states 2024
//   for March too), and "từ" before the range is part of it.
import { type ParsingResult, type Refiner, vi } from "../chrono.js";
import { type Context, TAG, levelOf } from "../patterns.js";

interface MergingRefiner extends Refiner {
  shouldMergeResults(textBetween: string, a: ParsingResult, b: ParsingResult, context: Context): boolean;
  mergeResults(textBetween: string, a: ParsingResult, b: ParsingResult, context: Context): ParsingResult;
}

const viMerge = vi.createConfiguration(true).refiners.find((r) => r.constructor.name === "VIMergeDateRangeRefiner");
if (!viMerge) throw new Error("chrono-node/vi no longer has VIMergeDateRangeRefiner");
const VIMergeDateRangeRefiner = viMerge.constructor as new () => MergingRefiner;

// Lower case only: "Đến"/"Tới" with a capital opens the next sentence ("… ngày 3/2  Đến ngày 30/11/2016, …").
const BETWEEN = /^\s*(?:–|-|(?:đến|tới)(?:\s+hết)?)\s*$/u;
const FROM_BEFORE = /(?<![\p{L}\p{N}])từ\s+$/iu;
const plain = (r: ParsingResult) => ![...r.tags()].some((t) => t.startsWith("vnfacts/")) && !r.end;

export class RangeMergeRefiner extends VIMergeDateRangeRefiner {
  patternBetween(): RegExp {
    return BETWEEN;
  }

  override shouldMergeResults(textBetween: string, a: ParsingResult, b: ParsingResult, context: Context): boolean {
    if (!plain(a) || !plain(b) || levelOf(a.start) !== levelOf(b.start) || levelOf(a.start) === "year") return false;
    return BETWEEN.test(textBetween) && super.shouldMergeResults(textBetween, a, b, context);
  }

  override mergeResults(textBetween: string, a: ParsingResult, b: ParsingResult, context: Context): ParsingResult {
    const stated = a.start.isCertain("year") || b.start.isCertain("year");
    const r = super.mergeResults(textBetween, a, b, context);
    if (stated && r.end) {
      r.start.assign("year", r.start.get("year")!);
      r.end.assign("year", r.end.get("year")!);
    }
    const from = FROM_BEFORE.exec(context.text.slice(Math.max(0, r.index - 8), r.index));
    if (from) {
      r.index -= from[0].length;
      r.text = from[0] + r.text;
    }
    return r.addTag(TAG.span);
  }
}
