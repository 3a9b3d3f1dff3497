import { SaxesParser, type SaxesTagPlain } from "saxes";

/**
 * Reading and writing XML text for the package parts. Parts are read with saxes (a streaming,
 * linear-time, well-formedness-checking parser) and patched by splicing the original text at the
 * offsets it reports, so whatever we do not rewrite keeps its exact bytes.
 */

/** Thrown for a part that is not well-formed XML; the adapter turns it into a UserFacingError. */
export class MalformedPartError extends Error {
  constructor(
    readonly part: string,
    reason: string,
  ) {
    super(`${part}: ${reason}`);
  }
}

export interface XmlElement {
  /** Name as written, prefix included ("c", "x:c"). */
  name: string;
  /** Name without its prefix. */
  local: string;
  attributes: Record<string, string>;
  /** Offset of "<" and offset just after the start tag's ">". */
  start: number;
  openEnd: number;
  selfClosing: boolean;
  depth: number;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  /** `end` is the offset just after the element's last ">". */
  close?(element: XmlElement, end: number): void;
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name ("id" finds "r:id"), for parts written with any prefix. */
export function attributeByLocalName(attributes: Record<string, string>, local: string): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local) return value;
  return undefined;
}

/** Walks a part once, start to end; a part that is not well-formed throws MalformedPartError. */
export function scanXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({});
  const stack: XmlElement[] = [];
  let tagStart = 0;
  parser.on("opentagstart", (tag) => {
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attributes: tag.attributes as Record<string, string>,
      start: tagStart,
      openEnd: parser.position,
      selfClosing: tag.isSelfClosing,
      depth: stack.length,
    };
    stack.push(element);
    handlers.open?.(element);
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    if (element) handlers.close?.(element, parser.position);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  parser.on("error", (error) => {
    throw new MalformedPartError(part, error.message);
  });
  parser.write(xml).close();
}

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Formula text, quotes escaped too (as Excel and ExcelJS write it; either spelling reads the same). */
export function escapeFormula(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Element text as it reads, entities resolved (for text taken from a part by its offsets). */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (entity, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/**
 * Cell text as SpreadsheetML stores it: characters XML cannot hold become Excel's `_xHHHH_`
 * escape, and a literal `_xHHHH_` in the text is itself escaped, so every reader gets the text back.
 */
export function encodeCellText(text: string): string {
  return text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (escape) => `_x005F${escape}`)
    .replace(INVALID_XML_CHARS, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function decodeCellText(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Replacements of [start, end) ranges of a text, applied in one pass; ranges must not overlap. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(source: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const splice of ordered) {
    if (splice.start < at) throw new Error(`Overlapping XML edits at ${splice.start}`);
    parts.push(source.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  parts.push(source.slice(at));
  return parts.join("");
}

/** Sets (or adds) one attribute in a start tag's text. */
export function withAttribute(startTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(["'])[^"']*\\2`);
  if (pattern.test(startTag)) return startTag.replace(pattern, `$1"${escapeAttribute(value)}"`);
  const close = startTag.endsWith("/>") ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, close)} ${name}="${escapeAttribute(value)}"${startTag.slice(close)}`;
}

export function withoutAttribute(startTag: string, name: string): string {
  return startTag.replace(new RegExp(`\\s${name}\\s*=\\s*(["'])[^"']*\\1`), "");
}
