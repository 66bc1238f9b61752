// The date extractor's chrono: a clone of chrono's Vietnamese configuration
// (`createConfiguration` of `chrono-node/vi`) with its parsers and refiners in an explicit
// order, built once at module load.
//
// Kept from chrono-node/vi: ISOFormatParser ("2024-07-18"), VIStandardParser ("ngày 10 tháng
// 8 năm 2022"), VIMonthYearParser ("tháng Tám năm 2022"), VIMergeDateRangeRefiner (subclassed
// in RangeMergeRefiner) and OverlapRemovalRefiner (the longer of two overlapping results wins).
// Left out, because what they find is never a date fact (and each costs a pass over every
// sentence): the casual and relative parsers ("hôm nay", "tuần tới", "3 ngày trước"), times
// ("lúc 8 giờ"), weekdays alone, bare years ("năm 2024"), and the timezone refiners.
// SlashDateFormatParser is replaced by DayMonthParser (see there) and UnlikelyFormatFilter by
// ValidityFilter. A list of days ("ngày 11 và 12-11") is read as one result by DayListParser
// and split into its days by ListSplitRefiner once the year is known.
import { type Parser, type ParsingResult, type Refiner, vi as locale } from "./chrono.js";
import type { Context } from "./patterns.js";
import * as S from "./scan.js";
import { DateRangeParser } from "./parsers/DateRangeParser.js";
import { DayListParser } from "./parsers/DayListParser.js";
import { DayMonthParser } from "./parsers/DayMonthParser.js";
import { DayRangeParser } from "./parsers/DayRangeParser.js";
import { MonthParser } from "./parsers/MonthParser.js";
import { PartOfYearParser } from "./parsers/PartOfYearParser.js";
import { QuarterParser } from "./parsers/QuarterParser.js";
import { YearSpanParser } from "./parsers/YearSpanParser.js";
import { ArticleYearRefiner } from "./refiners/ArticleYearRefiner.js";
import { ContextFilter } from "./refiners/ContextFilter.js";
import { ListSplitRefiner } from "./refiners/ListSplitRefiner.js";
import { RangeMergeRefiner } from "./refiners/RangeMergeRefiner.js";
import { StatedYearRefiner } from "./refiners/StatedYearRefiner.js";
import { ValidityFilter } from "./refiners/ValidityFilter.js";

const vi = locale.createConfiguration(true);

function fromVi<T extends Parser | Refiner>(list: T[], name: string): T {
  const found = list.find((x) => x.constructor.name === name);
  if (!found) throw new Error(`chrono-node/vi no longer has ${name}`);
  return found;
}

/**
 * A parser and a test of the sentence's scan flags (scan.ts) that its pattern may match
 * somewhere in the text: each test only asks for what every match of the pattern contains (a
 * word, a digit next to a separator), so a parser it skips would have found nothing.
 */
interface Gated {
  parser: Parser;
  gate(flags: number): boolean;
}

/** Whether the flags hold one of `some`. */
const any = (flags: number, some: number) => (flags & some) !== 0;

/**
 * Parsers in order: on a tie in length the earlier parser's result wins, so the numeric
 * parsers come before chrono's.
 */
const GATED: readonly Gated[] = [
  // "d/m … d/m"
  { parser: new DateRangeParser(), gate: (f) => any(f, S.DAY_SEP_TWICE) && any(f, S.MONTH_SEP) && any(f, S.DASH | S.LINK_WORD) },
  // "d - d/m", "d đến d tháng m"
  { parser: new DayRangeParser(), gate: (f) => any(f, S.MONTH_SEP | S.THANG_NUM) && any(f, S.DAY_LINK) },
  // "d và d/m", "d và d tháng m"
  { parser: new DayListParser(), gate: (f) => any(f, S.MONTH_SEP | S.THANG_NUM) && any(f, S.DIGIT_VA) },
  // "d/m", "d.m.y"; not numbers with thousands ("1.000", "12.500"), which are far more common
  { parser: new DayMonthParser(), gate: (f) => any(f, S.MONTH_SEP) },
  // "tháng 8"; not "tháng trước", "hàng tháng"
  { parser: new MonthParser(), gate: (f) => any(f, S.THANG_NUM) },
  // "quý I", "quý 4"; not "quý khách", "quý báu"
  { parser: new QuarterParser(), gate: (f) => any(f, S.QUY_NUM) },
  // "N tháng (đầu|cuối) năm", "nửa (đầu|cuối) năm"
  { parser: new PartOfYearParser(), gate: (f) => any(f, S.THANG | S.NUA) && any(f, S.NAM) },
  { parser: new YearSpanParser(), gate: (f) => any(f, S.YEAR_PAIR) },
  { parser: fromVi(vi.parsers, "ISOFormatParser"), gate: (f) => any(f, S.ISO_DATE) },
  // "d tháng m (năm y)"
  { parser: fromVi(vi.parsers, "VIStandardParser"), gate: (f) => any(f, S.DAY_THANG) },
  // "tháng 8", "tháng Tám"
  { parser: fromVi(vi.parsers, "VIMonthYearParser"), gate: (f) => any(f, S.THANG_SPACE) },
];

export const REFINERS: readonly Refiner[] = [
  fromVi(vi.refiners, "OverlapRemovalRefiner"),
  new ContextFilter(),
  new StatedYearRefiner(),
  new ArticleYearRefiner(),
  new RangeMergeRefiner(),
  new ListSplitRefiner(),
  fromVi(vi.refiners, "OverlapRemovalRefiner"),
  new ValidityFilter(),
];

type ContextClass = new (text: string, reference: Date, option: object) => Context;
type ParserRunner = (context: Context, parser: Parser) => ParsingResult[];

/** Chrono's parsing context class, which `chrono-node/vi` does not export: taken from a parser's first call. */
function contextClass(): ContextClass {
  let found: ContextClass | undefined;
  const probe: Parser = {
    pattern: () => /x/,
    extract: (context) => {
      found = context.constructor as ContextClass;
      return null;
    },
  };
  new locale.Chrono({ parsers: [probe], refiners: [] }).parse("x");
  if (!found) throw new Error("chrono-node/vi: no parsing context");
  return found;
}
const ParsingContext = contextClass();
const executeParser = (locale.Chrono as unknown as { executeParser: ParserRunner }).executeParser;

/**
 * What `chrono.parse(text, reference, option)` returns, for less: only the parsers whose gate
 * lets the sentence's scan flags through run, and with no result the refiners do not run (each
 * of them returns an empty list for an empty list).
 */
export function parse(text: string, flags: number, reference: Date, option: object): ParsingResult[] {
  let context: Context | null = null;
  let results: ParsingResult[] = [];
  for (const g of GATED) {
    if (!g.gate(flags)) continue;
    context ??= new ParsingContext(text, reference, option);
    const found = executeParser(context, g.parser);
    if (found.length) results = results.length ? results.concat(found) : found;
  }
  if (!results.length) return results;
  results.sort((a, b) => a.index - b.index);
  for (const refiner of REFINERS) results = refiner.refine(context!, results);
  return results;
}
