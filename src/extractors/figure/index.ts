// figure extractor: counted and measured quantities ("16 FTA với 60 đối tác", "gần 400 thỏa
// thuận", "150 tỷ USD", "GDP tăng 7,09%", "ba đột phá chiến lược", "2,5 triệu tấn").
//
//   pattern  every number in the sentence (../../lexicons/numbers.ts)
//   extract  ./quantity.ts reads the unit and qualifier and rejects dates, durations,
//            ordinals, labels, phone numbers, vague amounts and product grades ("gạo 5%
//            tấm"); here a range gives its lower bound, ranking groups are left to targets, and "X với Y" becomes
//            one figure with a counterpart only when Y counts partners ("16 FTA với 60 đối
//            tác"; "50 doanh nghiệp với 6.000 kỹ sư" are two figures).
//
// Runs after directive, date and target: a number they claim (a document symbol, a date, a
// goal) is not also a figure.
import type { Candidate, Extractor } from "../types.js";
import type { FactFields } from "../../schema/records.js";
import { quantitiesOf, readQuantities, type Quantity } from "./quantity.js";
import { COUNTERPART_NOUNS } from "./lexicon.js";

// "16 FTA với 60 đối tác", "16 FTA đã ký với 60 đối tác": what may stand between the pair.
const COUNTERPART_LINK = /^ (?:(?:đã |được )?(?:ký kết|ký|thiết lập) )?với (?:tổng cộng |tổng số )?$/u;
// … and Y must count partners: "60 đối tác", "hơn 60 nền kinh tế" (not "6.000 kỹ sư").
const COUNTERPART_UNIT = new RegExp(`^(?:${[...COUNTERPART_NOUNS].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])`, "iu");

/** Figures of one sentence, with offsets relative to the sentence. */
export function figuresIn(text: string, qs: readonly Quantity[] = readQuantities(text)): Array<{ fact: FactFields<"figure">; start: number; end: number }> {
  const out: Array<{ fact: FactFields<"figure">; start: number; end: number }> = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (q.rank) continue; // ranking groups are left to targets
    // A range that is not a goal is reported by its lower bound ("khoảng 15-16 nghìn tỷ" → 15 nghìn tỷ).
    // ("0-100 km/h" is a span of speeds, not an amount.)
    const value = q.value ?? q.min;
    if (value === undefined || (q.value === undefined && value === 0)) continue;
    const fact: FactFields<"figure"> = { type: "figure", value, unit: q.unit, kind: q.kind };
    if (q.qualifier) fact.qualifier = q.qualifier;
    let end = q.end;
    const next: Quantity | undefined = qs[i + 1];
    if (q.kind === "count" && next && next.kind === "count" && next.value !== undefined && COUNTERPART_UNIT.test(next.unit) && COUNTERPART_LINK.test(text.slice(q.end, next.start))) {
      fact.counterpart = { value: next.value, unit: next.unit };
      end = next.end;
      i++;
    }
    out.push({ fact, start: q.start, end });
  }
  return out;
}

export const figureExtractor: Extractor<"figure"> = {
  name: "figure",
  type: "figure",
  blockedBy: ["directive", "date", "target"],
  extract(sentence, ctx) {
    return figuresIn(sentence.text, quantitiesOf(sentence, ctx)).map(
      (f): Candidate<"figure"> => ({ fact: f.fact, start: sentence.start + f.start, end: sentence.start + f.end }),
    );
  },
};
