// Step 6: the relationship framework stated with a country.
//   "nâng cấp quan hệ với Australia lên Đối tác chiến lược toàn diện" → Australia
//   "quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản"          → Nhật Bản
//   "Đối tác chiến lược toàn diện với Trung Quốc, Nga và Ấn Độ"         → all three
//   "nâng tổng số đối tác chiến lược toàn diện lên 7 nước"              → nobody (generic)
import { type Mention, type SentenceWork, firstEndingAfter } from "./mention.js";

const RELATION =
  /(?<![\p{L}\p{N}])đối tác (?:hợp tác )?(?:chiến lược(?: toàn diện| sâu rộng| đặc biệt| tăng cường)?|toàn diện(?: chiến lược)?)(?![\p{L}\p{N}])/giu;
/** "các đối tác chiến lược", "30 đối tác chiến lược", "tổng số đối tác…": a count, not a relation. */
const GENERIC_BEFORE = /(?:^|\s)(?:các|những|số|nhiều|mọi|\d+)\s*$/iu;
const LIST_SEP = /^(?:, ?| và |, và | - | – |-)$/u;
/** What may not stand between a relation and its partner: a clause break, a count ("với 6 đối tác, gồm:"). */
const BARRIER = /[;:()\p{N}]/u;
/** How far (in characters) a country may stand from the relation it is stated with. */
const REACH = 80;

/** "đối tác Chiến lược Toàn diện" → "Đối tác chiến lược toàn diện". */
const canonical = (s: string) => `Đ${s.slice(1).toLowerCase()}`;

export function relationMentions(w: SentenceWork): void {
  const holders = w.mentions.filter((m) => (m.entity.kind === "country" || m.entity.kind === "organization") && m.status === "accept");
  if (holders.length === 0) return;
  RELATION.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = RELATION.exec(w.text))) {
    const rs = r.index;
    const re = rs + r[0].length;
    if (GENERIC_BEFORE.test(w.text.slice(Math.max(0, rs - 12), rs))) continue;
    // The nearest holder before and after the phrase, then the closer of the two.
    const after = firstEndingAfter(holders, re);
    const candidates = [holders[after - 1], holders[after]].filter((c): c is Mention => c !== undefined);
    let best: Mention | undefined;
    let bestIndex = -1;
    let gap = REACH + 1;
    for (const c of candidates) {
      const from = c.end <= rs ? c.end : re;
      const to = c.end <= rs ? rs : c.start;
      if (to < from || to - from >= gap || BARRIER.test(w.text.slice(from, to))) continue;
      [best, gap, bestIndex] = [c, to - from, holders.indexOf(c, Math.max(0, after - 1))];
    }
    if (!best) continue;
    const relation = canonical(r[0]);
    // The holders listed together with the nearest one share the relation ("với Trung Quốc, Nga và Ấn Độ").
    const kind = best.entity.kind;
    best.relation ??= relation;
    for (let i = bestIndex + 1; i < holders.length && holders[i]!.entity.kind === kind && LIST_SEP.test(w.text.slice(holders[i - 1]!.end, holders[i]!.start)); i++) {
      if (holders[i]!.relation) break;
      holders[i]!.relation = relation;
    }
    for (let i = bestIndex - 1; i >= 0 && holders[i]!.entity.kind === kind && LIST_SEP.test(w.text.slice(holders[i]!.end, holders[i + 1]!.start)); i--) {
      if (holders[i]!.relation) break;
      holders[i]!.relation = relation;
    }
  }
}
