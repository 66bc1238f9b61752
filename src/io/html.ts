// HTML → article text with the unified ecosystem (rehype-parse), keeping a map from every
// character of the text back to the HTML source, so that evidence points into the file as
// it is. Scripts, styles, navigation and figure captions are left out; block elements
// become line breaks (the segmenter's paragraphs).
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import type { Element, Nodes, Root } from "hast";
import { MappedText, pack } from "../text/mapped.js";

const SKIP = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "nav", "form", "button", "select", "textarea", "input", "figcaption", "head", "aside", "footer",
]);
const BLOCK = new Set([
  "address", "article", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "caption",
]);

const parser = unified().use(rehypeParse, { fragment: false }).freeze();

/** The element to read: <article>, else <main>, else <body>, else the whole document. */
function mainElement(root: Root): Nodes {
  let article: Element | undefined;
  let main: Element | undefined;
  let body: Element | undefined;
  const visit = (n: Nodes) => {
    if (n.type === "element") {
      if (n.tagName === "article" && !article) article = n;
      else if (n.tagName === "main" && !main) main = n;
      else if (n.tagName === "body" && !body) body = n;
    }
    if ("children" in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(root);
  return article ?? main ?? body ?? root;
}

export function htmlToText(html: string): MappedText {
  const tree = parser.parse(html) as Root;
  const parts: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  let pendingBreak = false;
  const lineBreak = () => {
    if (parts.length > 0) pendingBreak = true;
  };
  const emit = (value: string, from: number, to: number, exact: boolean) => {
    if (pendingBreak) {
      parts.push("\n");
      s.push(from);
      e.push(from);
      pendingBreak = false;
    }
    parts.push(value);
    for (let i = 0; i < value.length; i++) {
      s.push(exact ? from + i : from);
      e.push(exact ? from + i + 1 : to);
    }
  };
  const visit = (n: Nodes) => {
    if (n.type === "text") {
      const start = n.position?.start.offset;
      const end = n.position?.end.offset;
      if (start === undefined || end === undefined) return;
      // A text node without character references maps one to one onto the source.
      emit(n.value, start, end, end - start === n.value.length && html.slice(start, end) === n.value);
      return;
    }
    if (n.type === "element") {
      if (SKIP.has(n.tagName)) return;
      const block = BLOCK.has(n.tagName);
      if (block) lineBreak();
      for (const c of n.children) visit(c as Nodes);
      if (block) lineBreak();
      return;
    }
    if (n.type === "root") for (const c of n.children) visit(c as Nodes);
  };
  visit(mainElement(tree));
  const r = pack(parts.join(""), s, e, html.length);
  return new MappedText(html, r.text, r.starts, r.ends);
}
