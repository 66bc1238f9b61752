// Step 2b: named foreign bodies, built as <body head> … <foreign anchor>:
//   "Bộ Ngoại giao Nhật Bản", "Cục Dự trữ liên bang Mỹ (Fed)", "Ban Thư ký APEC",
//   "Phòng Công nghiệp và Thương mại Đức tại Việt Nam", "Tòa án châu Âu",
//   "Bộ Tư lệnh Thái Bình Dương của Mỹ", "Ủy ban Quốc gia Trung Quốc về hợp tác kinh tế Thái Bình Dương"
// The anchor is a country, region or international organisation the gazetteer found; the body
// is one partner of kind "organization" and the anchor is no partner of its own at that spot.
// A bracketed acronym right after a name ("(Fed)", "(EC)") is a mention of the same partner
// (so an alias), and so is the acronym named alone elsewhere in the article (index.ts).
// Never a body: Vietnamese ones ("Đại sứ quán Việt Nam tại Nhật Bản", "Ủy ban Quốc gia APEC"),
// titles ("Bộ trưởng Quốc phòng Mỹ"), clauses ("Bộ Công Thương cho biết Mỹ …").
import { fold } from "../../facts/keys.js";
import { NAME_PREFIXES } from "./ambiguity.js";
import { type Entity, newEntity } from "./gazetteer.js";
import { type Mention, type SentenceWork, between, byStart, firstEndingAfter, newMention } from "./mention.js";
import { atClauseStart } from "./rules.js";
import { WordSet } from "./tokens.js";

/** How a head may be used: a name after it is needed, or the anchor may follow it alone, and which anchors. */
interface Head {
  readonly words: readonly string[];
  /** The anchor may follow the head right away ("Quốc hội Lào", "Ban Thư ký APEC"). */
  readonly bare: boolean;
  /** Only a country anchors it (an embassy is a state's). */
  readonly countryOnly?: boolean;
  /** Without words between, only a region or an organisation ("Tòa án châu Âu", not "Tòa án Mỹ": courts in general). */
  readonly bareBlocOnly?: boolean;
  /** A foreign city may anchor it ("Đại học bang Arizona"). */
  readonly locality?: boolean;
}

const h = (text: string, extra: Omit<Head, "words"> = { bare: false }): Head => ({ words: text.split(" "), ...extra });

/** Heads of bodies' names, as written with a capital (the name of a body, not a common noun). */
const HEADS: readonly Head[] = [
  h("Ban Thư ký", { bare: true }),
  h("Bộ"),
  h("Cơ quan"),
  h("Cục"),
  h("Đại học", { bare: true, locality: true }),
  // Parties: "Đảng Cộng sản Trung Quốc", "Đảng Nhân dân Cách mạng Lào" ("Đảng Lào" is no name).
  h("Đảng"),
  h("Đại sứ quán", { bare: true, countryOnly: true }),
  h("Hạ viện", { bare: true, countryOnly: true }),
  // A state's armed services: "Hải quân Mỹ", "Không quân Nga", "Quân đội Hàn Quốc".
  h("Hải quân", { bare: true, countryOnly: true }),
  h("Hiệp hội"),
  h("Học viện"),
  h("Hội đồng"),
  h("Không quân", { bare: true, countryOnly: true }),
  h("Lục quân", { bare: true, countryOnly: true }),
  // "Lực lượng Phòng vệ Nhật Bản"; "Lực lượng Mỹ" alone is "US forces", no name.
  h("Lực lượng"),
  h("Lãnh sự quán", { bare: true, countryOnly: true }),
  h("Ngân hàng"),
  h("Nghị viện", { bare: true }),
  h("Phòng Công nghiệp", { bare: true }),
  h("Phòng Thương mại", { bare: true }),
  h("Quân đội", { bare: true, countryOnly: true }),
  h("Quốc hội", { bare: true }),
  // "Quỹ châu Á" (The Asia Foundation); "Quỹ Mỹ" is no name.
  h("Quỹ", { bare: true, bareBlocOnly: true }),
  h("Thượng viện", { bare: true, countryOnly: true }),
  h("Tòa án", { bare: true, bareBlocOnly: true }),
  h("Tổ chức"),
  h("Tổng cục"),
  h("Tổng lãnh sự quán", { bare: true, countryOnly: true }),
  h("Tuần duyên", { bare: true, countryOnly: true }),
  h("Trường Đại học", { bare: true, locality: true }),
  h("Ủy ban", { bare: true, bareBlocOnly: true }),
  h("Văn phòng"),
  h("Viện"),
];

/** Heads by their last word ("ban" of "Ủy ban"), longest first. */
const HEADS_BY_LAST = new Map<string, Head[]>();
for (const head of HEADS) {
  const last = head.words[head.words.length - 1]!;
  HEADS_BY_LAST.set(last, [...(HEADS_BY_LAST.get(last) ?? []), head].sort((a, b) => b.words.length - a.words.length));
}
const HEAD_LAST_WORDS = new WordSet(HEADS_BY_LAST.keys());

/**
 * Lower-case words that never stand inside a body's name before its anchor: function words,
 * the verbs and nouns of a clause ("Bộ Công Thương cho biết Mỹ", "Quốc hội trong chuyến thăm
 * tới Anh", "Bộ Quốc phòng nước này"), titles ("Bộ trưởng", "Cục phó") and what else follows a
 * head as a common noun ("Bộ luật", "Bộ đôi", "Cơ quan chức năng").
 */
const STOP = new Set(
  (
    "bị biết bởi buộc cả cáo cảnh cấp cho chỉ chịu chức chưa có còn cùng cũng của dần dưới để đến đều do đó đổi đôi đưa " +
    "được đang đã đầu đồng gặp giữa hay hiện hoặc hôm khẳng khi không là lại lên lo luật mà máy mạnh một mới muốn này nay ngại " +
    "ngày nếu nhận nhấn nhưng như những nước năm nói phải phận phía phó qua ra rằng sang sau sẽ số sửa tại tân thăm thấy theo " +
    "thì thông thống tiếp tới trao trên trong trước trưởng tuần từ tháng vào vẫn về vì việc với vừa yêu ấy ở binh ông bà bên " +
    "sư tổng định quan điểm người xếp"
  ).split(" "),
);

/** Words that make a name Vietnamese: "Đại sứ quán Việt Nam tại …", "Ngân hàng Nhà nước", "Ngân hàng Thương mại Cổ phần Nam Á". */
const VIETNAMESE_WORDS = new Set(["Việt", "VN", "Nhà", "Cổ", "cổ", "TMCP"]);

/** How many words may stand between a head and its anchor ("Cơ quan Phát triển nguồn nhân lực Hàn Quốc"). */
const MAX_WORDS = 7;
/** An acronym in brackets: "(Fed)", "(PSU)", "(SDV)", "(AHK)". */
const ACRONYM = /^ ?\( ?([A-Z][A-Za-z0-9&]{1,11}) ?\)/u;

/** Mentions of acronyms defined in brackets ("(Fed)"): named alone elsewhere in the article, they are the same partner (index.ts). */
export const DEFINED_ACRONYMS = new WeakSet<Mention>();

/** Whether the bracketed acronym right after `end` is one ("(Fed)"), as [start, end] of the acronym, or null. */
export function acronymAfter(w: SentenceWork, end: number): [number, number] | null {
  const c = w.text.charCodeAt(end);
  if (c !== 32 && c !== 40) return null;
  const m = ACRONYM.exec(w.text.slice(end, end + 18));
  if (!m) return null;
  const acr = m[1]!;
  // Capitals in it ("Fed" has one and is written so): not a plain word ("(Anh)" names a country).
  if (!/[A-Z].*[A-Z]|^[A-Z][a-z]{2}$/u.test(acr)) return null;
  const start = end + m[0].indexOf(acr);
  // A name the gazetteer knows ("(IAEA)", "(Mỹ)") is a partner of its own.
  const inside = w.mentions[firstEndingAfter(w.mentions, start)];
  if (inside && inside.start < start + acr.length) return null;
  return [start, start + acr.length];
}

/** The head whose last word is word `k`, starting at a capital, or undefined. */
function headEndingAt(w: SentenceWork, k: number): { head: Head; first: number } | undefined {
  const t = w.tokens;
  if (!HEAD_LAST_WORDS.has(t, k)) return undefined;
  for (const head of HEADS_BY_LAST.get(t.text(k))!) {
    const first = k - head.words.length + 1;
    if (first < 0) continue;
    let ok = true;
    for (let j = 0; j < head.words.length - 1 && ok; j++) ok = t.is(first + j, head.words[j]!) && between(w, first + j, first + j + 1) === " ";
    if (ok && t.cap(first)) return { head, first };
  }
  return undefined;
}

/**
 * Whether a head ends at one of the words `bodyAt` may read going left from word `k` (at most
 * MAX_WORDS + 1 of them, none before `taken`): without one it finds no body.
 */
function headWithin(w: SentenceWork, k: number, taken: number): boolean {
  const t = w.tokens;
  for (let j = k; j >= 0 && k - j <= MAX_WORDS && t.start(j) >= taken; j--) if (headEndingAt(w, j)) return true;
  return false;
}

/** Whether word `k` may stand inside a name, before its anchor, with word `k + 1` after it. */
function fillerOk(w: SentenceWork, k: number): boolean {
  const t = w.tokens;
  const sep = between(w, k, k + 1);
  if (sep !== " " && sep !== " & ") return false;
  const word = t.text(k);
  if (STOP.has(word) || VIETNAMESE_WORDS.has(word) || /\p{N}/u.test(word)) return false;
  // "và"/"&" join two capitalised parts: "Công nghiệp và Thương mại", "Thanh niên & Thể thao".
  if (word === "và" && !t.cap(k + 1)) return false;
  if (t.cap(k)) {
    // Abbreviations ("Bộ NN&PTNT") are Vietnamese; a surname before a capital starts a person's name.
    if (t.allCaps(k) || (NAME_PREFIXES.has(word) && t.cap(k + 1) && k + 1 < t.length)) return false;
  }
  return true;
}

const ANCHOR_KINDS = new Set(["country", "region", "organization"]);

/** Whether mention `m` may anchor a body headed by `head`. */
function anchors(m: Mention, head: Head, bare: boolean): boolean {
  const kind = m.entity.kind;
  if (kind === "locality") return head.locality === true;
  if (!ANCHOR_KINDS.has(kind)) return false;
  if (head.countryOnly && kind !== "country") return false;
  if (bare && head.bareBlocOnly && kind === "country") return false;
  return true;
}

interface Body {
  first: number;
  /** The anchor's first word, and the body's last word. */
  anchorFirst: number;
  last: number;
}

/**
 * The body whose anchor is mention `m`, or undefined. `taken` is where the partners before it
 * end: a body's words are no other partner's ("Cơ quan Năng lượng Quốc tế IEA" is one, named twice).
 */
function bodyAt(w: SentenceWork, m: Mention, taken: number): Body | undefined {
  const t = w.tokens;
  if (jointAfter(w, m.last)) return undefined;
  let k = m.first - 1;
  // "… của Mỹ": the anchor after "của".
  let via = false;
  if (k >= 1 && t.is(k, "của") && between(w, k, k + 1) === " ") {
    via = true;
    k--;
  }
  // Most anchors have no head within reach: told before the words between are read.
  if (!headWithin(w, k, taken)) return undefined;
  let words = 0;
  let found: { head: Head; first: number } | undefined;
  while (k >= 0 && words <= MAX_WORDS && t.start(k) >= taken) {
    if (between(w, k, k + 1) !== " " && !(words > 0 && between(w, k, k + 1) === " & ")) return undefined;
    const head = headEndingAt(w, k);
    if (head) {
      found = head;
      break;
    }
    if (!fillerOk(w, k)) return undefined;
    words++;
    k--;
  }
  if (!found) return undefined;
  const bare = words === 0;
  if (bare && (via || !found.head.bare)) return undefined;
  if (!anchors(m, found.head, bare)) return undefined;
  let first = found.first;
  const firstFiller = first + found.head.words.length;
  // A name that starts a clause in lower case is most often a clause ("Tổ chức thành công APEC").
  const clauseStart = atClauseStart(w.text, t.start(first));
  if (!bare && clauseStart && !t.cap(firstFiller) && !t.is(firstFiller, "và") && !acronymAfter(w, t.end(inVietnam(w, subjectEnd(w, m.last))))) return undefined;
  // "Ủy ban Quốc gia APEC" is Vietnam's committee for APEC.
  if (m.entity.kind === "organization") {
    for (let j = firstFiller; j < m.first; j++) if (t.text(j).toLowerCase() === "quốc" && t.text(j + 1).toLowerCase() === "gia") return undefined;
  }
  // "Ủy ban Tình báo Thượng viện Mỹ": a head right before, its name starting with a capital.
  let j = first - 1;
  let more = 0;
  while (j >= 0 && more < 3 && between(w, j, j + 1) === " " && !headEndingAt(w, j) && fillerOk(w, j)) {
    more++;
    j--;
  }
  const outer = more > 0 && j >= 0 && between(w, j, j + 1) === " " ? headEndingAt(w, j) : undefined;
  if (outer && !outer.head.countryOnly && t.cap(outer.first + outer.head.words.length)) first = outer.first;
  return { first, anchorFirst: m.first, last: m.last };
}

/** "Ủy ban hợp tác Lào - Việt Nam": a joint body, half Vietnamese. */
function jointAfter(w: SentenceWork, last: number): boolean {
  const t = w.tokens;
  if (last + 1 >= t.length || !t.is(last + 1, "Việt")) return false;
  const sep = between(w, last, last + 1).trim();
  return sep === "-" || sep === "–";
}

/** "… về hợp tác kinh tế Thái Bình Dương": a subject after the anchor, to its last capital (or a bracket). */
function subjectEnd(w: SentenceWork, last: number): number {
  const t = w.tokens;
  const k = last + 1;
  if (k + 1 >= t.length || !t.is(k, "về") || between(w, last, k) !== " ") return last;
  let end = last;
  let j = k + 1;
  for (let n = 0; j < t.length && n < 8 && between(w, j - 1, j) === " "; n++, j++) {
    const word = t.text(j);
    if (STOP.has(word) || t.allCaps(j)) break;
    if (t.cap(j)) end = j;
  }
  // The whole run when an acronym in brackets closes it: "… về người tị nạn (UNHCR)".
  if (j - 1 > k && acronymAfter(w, t.end(j - 1))) return j - 1;
  return end;
}

/** "… tại Việt Nam": the local chamber or office of a foreign body. */
function inVietnam(w: SentenceWork, last: number): number {
  const t = w.tokens;
  // Not an acronym: "JETRO tại Việt Nam" is JETRO's office, named as JETRO.
  if (t.allCaps(last)) return last;
  if (last + 3 < t.length && t.is(last + 1, "tại") && t.is(last + 2, "Việt") && t.is(last + 3, "Nam") && between(w, last, last + 1) === " " && between(w, last + 2, last + 3) === " ") {
    return last + 3;
  }
  return last;
}

function bodyEntity(name: string, country: string | undefined): Entity {
  return newEntity("organization", name, [], { id: `organization:${fold(name)}`, country });
}

/** A mention of `entity` for the acronym in brackets after `end`, if any. */
export function acronymMention(w: SentenceWork, end: number, entity: Entity): Mention | undefined {
  const acr = acronymAfter(w, end);
  if (!acr) return undefined;
  const t = w.tokens;
  const m = newMention(acr[0], acr[1], t.indexAt(acr[0]), t.indexAt(acr[1] - 1), entity, w.text.slice(acr[0], acr[1]), "accept");
  DEFINED_ACRONYMS.add(m);
  return m;
}

/** Adds the sentence's named foreign bodies, in place of their anchors. */
export function bodyMentions(w: SentenceWork): void {
  const ms = w.mentions;
  let added: Mention[] | undefined;
  let removed: Set<Mention> | undefined;
  let covered = -1;
  let taken = 0;
  for (const m of ms) {
    if (m.status === "company" || m.start < covered) continue;
    // "Hội đồng Hợp tác Kinh tế Thái Bình Dương (PECC)": an ocean anchors a body named with an acronym.
    if (m.status === "reject" && !(m.entity.never && acronymAfter(w, m.end))) continue;
    const kind = m.entity.kind;
    if (kind === "company") continue;
    const body = m.first > 0 ? bodyAt(w, m, taken) : undefined;
    if (!body) {
      if (kind === "organization" && m.status === "accept") {
        // A known body: "… tại Việt Nam" and an acronym the gazetteer does not know ("Ủy ban châu Âu (EC)").
        const last = inVietnam(w, m.last);
        if (last !== m.last) {
          m.last = last;
          m.end = w.tokens.end(last);
          m.written = w.text.slice(m.start, m.end);
        }
        const acr = acronymMention(w, m.end, m.entity);
        if (acr) (added ??= []).push(acr);
      }
      if (m.status !== "reject") taken = Math.max(taken, m.end);
      continue;
    }
    const t = w.tokens;
    const last = inVietnam(w, subjectEnd(w, body.last));
    const start = t.start(body.first);
    const end = t.end(last);
    const written = w.text.slice(start, end);
    const country = kind === "country" ? m.entity.country : kind === "locality" ? (m.country ?? m.entity.country) : m.entity.country;
    const entity = bodyEntity(written, country);
    const b = newMention(start, end, body.first, last, entity, written, "accept");
    (added ??= []).push(b);
    removed ??= new Set();
    for (const x of ms) if (x.start < end && x.end > start) removed.add(x);
    const acr = acronymMention(w, end, entity);
    if (acr) added.push(acr);
    covered = taken = end;
  }
  if (!added) return;
  w.mentions = (removed ? ms.filter((x) => !removed.has(x)) : ms).concat(added).sort(byStart);
}

/**
 * Parties the press names without their country, where the article is about that country:
 * "Đảng Cộng hòa", "Đảng Dân chủ" in a story on the United States. Keyed by ISO code.
 */
const PARTIES_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  US: ["Đảng Cộng hòa", "Đảng Dân chủ"],
};

/** The countries that have parties in PARTIES_BY_COUNTRY. */
export const STATE_PARTIES: ReadonlySet<string> = new Set(Object.keys(PARTIES_BY_COUNTRY));

const partyEntities = new Map<string, Entity>();

/** The parties of the countries an article names, as names to look for and their partners. */
export function statePartiesOf(countries: ReadonlySet<string>): { name: string; entity: Entity }[] {
  const out: { name: string; entity: Entity }[] = [];
  for (const c of countries) {
    for (const name of PARTIES_BY_COUNTRY[c] ?? []) {
      let entity = partyEntities.get(name);
      if (!entity) partyEntities.set(name, (entity = bodyEntity(name, c)));
      out.push({ name, entity });
    }
  }
  return out;
}

/**
 * Whether a party's name ends at word `k`: no capitalised word goes on with it ("Đảng Dân chủ
 * Tự do" is Japan's LDP, "Đảng Dân chủ Xã hội Đức" Germany's SPD).
 */
export function partyEnds(w: SentenceWork, k: number): boolean {
  const t = w.tokens;
  return !(k + 1 < t.length && between(w, k, k + 1) === " " && t.cap(k + 1));
}
