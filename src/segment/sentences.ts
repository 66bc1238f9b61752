// Sentences for Vietnamese news, as a unified parser: `unified().use(retextVietnamese)`
// yields an nlcst tree (Root > Paragraph > Sentence > Source) with positions, like
// retext-latin's, but without word-level tokens. Word tokens are what makes retext-latin
// cost ~0.7 ms an article here; the extractors run patterns over sentence strings, so the
// sentence level is all the pipeline needs. test/segment agrees with retext-latin's
// sentence boundaries on ordinary text and differs where Vietnamese abbreviations
// ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn Văn A") fool it.
import type { Paragraph, Root, Sentence } from "nlcst";
import type { Plugin } from "unified";
import { codeTable } from "../text/code-table.js";

// A sentence ends at . ! ? … (closing quotes and brackets go with it) before white space and
// something that can open a sentence: an upper-case letter, a digit, an opening quote, bracket or dash.
const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=[ \t]+["“‘'«(\[\-–—]?[\p{Lu}\p{N}])/gu;

// Words that end with a dot without ending the sentence.
const ABBREVIATIONS = new Set([
  "TP", "Tp", "tp", "TS", "PGS", "GS", "ThS", "Ths", "TSKH", "BS", "BSCKII", "BSCKI", "KS", "CN", "NXB", "Q", "P", "St",
  "Mr", "Mrs", "Ms", "Dr", "TT", "Tr", "tr", "NSND", "NSƯT", "ĐB", "TW", "Th", "Co", "Ltd", "Inc", "Corp", "No", "vs", "v.v", "Th.S",
]);

/** 1 for a letter, a combining mark or a dot: what a word before a dot is made of. */
const wordOrDot = codeTable((ch) => (/[\p{L}\p{M}.]/u.test(ch) ? 1 : 0));

function endsWithAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e) return false;
  let i = dot;
  while (i > 0 && wordOrDot(text.charCodeAt(i - 1)) === 1) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("N.", "T.H.") or an abbreviation chain ("PGS.TS").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  const last = word.split(".").pop()!;
  return ABBREVIATIONS.has(last) && word.includes(".");
}

/** Sentence spans of one paragraph (a line of text). */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    if (endsWithAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < text.length && (text[start] === " " || text[start] === "\t")) start++;
  }
  if (start < text.length) {
    let end = text.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The nlcst tree of a text: a paragraph per line, sentences within. */
export function parseSentences(doc: string): Root {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  let lineNo = 0;
  for (const line of doc.split("\n")) {
    lineNo++;
    const at = (o: number) => ({ line: lineNo, column: o + 1, offset: from + o });
    const sentences: Sentence[] = splitSentences(line).map((s) => {
      const position = { start: at(s.start), end: at(s.end) };
      // The sentence's raw text as one SourceNode: patterns run over sentence strings.
      return { type: "SentenceNode", children: [{ type: "SourceNode", value: line.slice(s.start, s.end), position }], position } satisfies Sentence;
    });
    if (sentences.length) {
      paragraphs.push({
        type: "ParagraphNode",
        children: sentences,
        position: { start: sentences[0]!.position!.start, end: sentences[sentences.length - 1]!.position!.end },
      });
    }
    from += line.length + 1;
  }
  return { type: "RootNode", children: paragraphs };
}

/** unified plugin: parse text into nlcst sentences (see above). */
export const retextVietnamese: Plugin<[], string, Root> = function () {
  this.parser = parseSentences;
};
