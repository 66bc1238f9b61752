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
import { type Parser, type Refiner, vi as locale } from "./chrono.js";
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
 * Parsers in order: on a tie in length the earlier parser's result wins, so the numeric
 * parsers come before chrono's.
 */
export const PARSERS: readonly Parser[] = [
  new DateRangeParser(),
  new DayRangeParser(),
  new DayListParser(),
  new DayMonthParser(),
  new MonthParser(),
  new QuarterParser(),
  new PartOfYearParser(),
  new YearSpanParser(),
  fromVi(vi.parsers, "ISOFormatParser"),
  fromVi(vi.parsers, "VIStandardParser"),
  fromVi(vi.parsers, "VIMonthYearParser"),
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

export const chrono = new locale.Chrono({ parsers: [...PARSERS], refiners: [...REFINERS] });
