// What every extractor is: a name, the fact type it produces, the types whose spans block it,
// and `extract(sentence, ctx)` that returns candidates with offsets into the normalised text.
import type { FactFields, FactType } from "../schema/records.js";
import type { MappedText } from "../text/mapped.js";
import type { Sentence } from "../segment/index.js";
import type { Gazetteer } from "../config.js";

export interface Span {
  start: number;
  end: number;
}

export interface Candidate<T extends FactType = FactType> {
  fact: FactFields<T>;
  /** Evidence span in the normalised text (`ctx.text`). */
  start: number;
  end: number;
  /**
   * The spans this fact owns against other extractors (default: the evidence span). A
   * directive claims only its symbol, so that "ngày 10/8/2022" in its evidence can still be a
   * date; a target claims its number, so that it is not also a figure.
   */
  claims?: Span[];
}

export interface ExtractContext {
  /** The normalised article text; every offset an extractor returns points into it. */
  readonly text: string;
  readonly mapped: MappedText;
  /** Content sentences in order (page furniture excluded). */
  readonly sentences: readonly Sentence[];
  /** For dates without a year when the article gives none. */
  readonly referenceDate: Date;
  /** True when the caller stated the reference date (say, the publication date); false when it is today by default. */
  readonly referenceGiven?: boolean;
  /** Word lists a user extended through the config file. */
  readonly gazetteer: Gazetteer;
  /** Facts found by the extractors that ran before this one (in pipeline order). */
  readonly found: readonly Candidate[];
}

export interface Extractor<T extends FactType = FactType> {
  readonly name: string;
  readonly type: T;
  /** A candidate whose claim overlaps a claim of one of these types is dropped. */
  readonly blockedBy: readonly FactType[];
  extract(sentence: Sentence, ctx: ExtractContext): Candidate<T>[];
}
