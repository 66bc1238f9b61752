// Segmentation: lines → paragraphs (with page furniture recognised) → sentences.
// Sentences come from a unified processor with the retextVietnamese parser (./sentences.ts):
// an nlcst tree of paragraphs and sentences with positions.
import { unified } from "unified";
import type { Root, Sentence as NlcstSentence } from "nlcst";
import { retextVietnamese } from "./sentences.js";
import { lastBelow } from "../facts/intervals.js";
import {
  type FurnitureKind,
  PHOTO_CREDIT,
  PHOTO_CREDIT_WORD,
  INLINE_PHOTO_CREDIT,
  INLINE_PHOTO_CREDIT_WORD,
  bylineText,
  isBoilerplateLine,
  isBylineLine,
  isCaptionLine,
  isHeadlineLike,
  isImageLine,
  isRelatedMarker,
} from "./furniture.js";

export interface Sentence {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (content line) it belongs to. */
  paragraph: number;
  /** True for the headline: its facts count, but it is also `source.title`. */
  title?: boolean;
}

export interface Furniture {
  kind: FurnitureKind;
  start: number;
  end: number;
  text: string;
}

export interface Segmented {
  sentences: Sentence[];
  furniture: Furniture[];
  title?: string;
  byline?: string;
}

const processor = unified().use(retextVietnamese).freeze();

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    // Trim each line but keep offsets.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/**
 * Sentences of the whole text from one unified parse (one paragraph node per line), keyed by
 * the offset of the line they start on.
 */
function sentencesByLine(text: string): Map<number, Array<{ start: number; end: number }>> {
  const tree = processor.parse(text) as Root;
  const lineStarts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const out = new Map<number, Array<{ start: number; end: number }>>();
  for (const p of tree.children) {
    if (p.type !== "ParagraphNode") continue;
    for (const s of p.children) {
      const pos = (s as NlcstSentence).position;
      if (s.type !== "SentenceNode" || pos?.start.offset === undefined || pos.end.offset === undefined) continue;
      const lineStart = lineStarts[lastBelow(lineStarts, pos.start.offset + 1)]!;
      let list = out.get(lineStart);
      if (!list) out.set(lineStart, (list = []));
      list.push({ start: pos.start.offset, end: pos.end.offset });
    }
  }
  return out;
}

/**
 * Splits the normalised article text into content sentences and page furniture.
 * Headline: the first line when it has no final full stop and more lines follow.
 * Byline: a short upper-case name or initials among the last content lines.
 */
export function segment(text: string): Segmented {
  const all = lines(text);
  const furniture: Furniture[] = [];
  const content: Line[] = [];
  let title: string | undefined;
  let byline: string | undefined;

  let related = false;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const f = (kind: FurnitureKind) => furniture.push({ kind, start: line.start, end: line.end, text: line.text });
    // After "Tin liên quan" come other stories' headlines, until a line of body text.
    if (isRelatedMarker(line.text)) {
      related = true;
      f("boilerplate");
      continue;
    }
    if (related && isHeadlineLike(line.text)) {
      f("boilerplate");
      continue;
    }
    related = false;
    if (isImageLine(line.text)) {
      f("image");
      // The line after a photo's file name is its caption, when a story line follows it.
      const next = all[i + 1];
      if (next && next.text.length < 300 && !/[.!?…"”]$/.test(next.text) && i + 2 < all.length) {
        furniture.push({ kind: "caption", start: next.start, end: next.end, text: next.text });
        i++;
      }
      continue;
    }
    if (isBoilerplateLine(line.text)) {
      f("boilerplate");
      continue;
    }
    if (isCaptionLine(line.text)) {
      f("caption");
      continue;
    }
    content.push(line);
  }

  // Byline: the last content line, when it looks like one (after boilerplate was removed).
  const last = content[content.length - 1];
  if (last && content.length > 1 && isBylineLine(last.text)) {
    furniture.push({ kind: "byline", start: last.start, end: last.end, text: last.text });
    byline = bylineText(last.text);
    content.pop();
  }

  const sentences: Sentence[] = [];
  const parsed = sentencesByLine(text);
  content.forEach((line, paragraph) => {
    const isTitle =
      paragraph === 0 &&
      content.length > 1 &&
      line.text.length <= 250 &&
      !/[.!?…:;,]$/.test(line.text) &&
      // A dateline lead ("Ngày 2/4, …") is not a headline.
      !/^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Đêm)(?![\p{L}\p{M}])/u.test(line.text);
    if (isTitle) {
      title = line.text;
      furniture.push({ kind: "title", start: line.start, end: line.end, text: line.text });
      sentences.push({ start: line.start, end: line.end, text: line.text, paragraph, title: true });
      return;
    }
    // The parse saw the untrimmed line; a line's start offset is where its trimmed text begins
    // or before it, so look the line up by the offset where the untrimmed line starts.
    const lineStart = text.lastIndexOf("\n", line.start - 1) + 1;
    for (const r of parsed.get(lineStart) ?? []) {
      const start = Math.max(r.start, line.start);
      const end = Math.min(r.end, line.end);
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph });
    }
  });

  // Photo credits inside story lines ("… (Ảnh: TTXVN)") are furniture too.
  for (const s of sentences) {
    // Every credit form has a colon and one of the credit words: skip the regex elsewhere.
    if (!s.text.includes(":") || !PHOTO_CREDIT_WORD.test(s.text)) continue;
    PHOTO_CREDIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PHOTO_CREDIT.exec(s.text))) {
      if (m[0].length === 0) {
        PHOTO_CREDIT.lastIndex++;
        continue;
      }
      furniture.push({ kind: "credit", start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
    }
  }
  // Credits that name an agency, in running text: over the whole text, as one may span the
  // full stop between "Ảnh minh họa." and "(Nguồn: …)".
  if (INLINE_PHOTO_CREDIT_WORD.test(text)) {
    INLINE_PHOTO_CREDIT.lastIndex = 0;
    for (let m; (m = INLINE_PHOTO_CREDIT.exec(text)); ) {
      furniture.push({ kind: "credit", start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }

  return { sentences, furniture, title, byline };
}
