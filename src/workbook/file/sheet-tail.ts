import type { RowMoves } from "./row-moves";
import type { SheetScan } from "./sheet-scan";
import { parseRange, rangeRef, type TableRange } from "./table-part";
import { decodeXmlText, escapeText, withAttribute, type Splice } from "./xml";

/**
 * What follows a worksheet's cells and names them by address: merged ranges, highlights
 * (conditional formats), dropdowns (data validations), links, ignored errors, protected ranges.
 * When our table grows, the ranges that cover its columns to its last row grow with it, as they
 * do in Excel; when rows of the table close up, each of them follows its cells (`RowMoves`), and
 * one whose cells all went is removed with its relationship, never left pointing nowhere.
 */

export interface TableGrowth {
  /** The table's range before the write (its bottom: the last body row read) and after it. */
  before: TableRange;
  after: TableRange;
}

export interface TailPatch {
  splices: Splice[];
  /** Relationship IDs of links that went with their rows. */
  removedRelationships: string[];
}

const PREFIX = "(?:[\\w.-]+:)?";

/** Each reference of a sqref moved, and grown when it covered the table's column to its last row. */
function movedSqref(text: string, moves: RowMoves | null, growth: TableGrowth | null): string {
  const parts = text.split(/\s+/).filter(Boolean);
  const result: string[] = [];
  for (const part of parts) {
    const range = parseRange(part);
    if (!range) {
      result.push(part);
      continue;
    }
    let moved = moves ? moves.range(range) : range;
    if (moved === null) continue;
    const { before, after } = growth ?? { before: null, after: null };
    if (before && after && range.bottom === before.bottom && range.top > before.top && range.left >= before.left && range.right <= before.right) {
      moved = { ...moved, bottom: after.bottom };
    }
    result.push(moved === range ? part : moved.top === moved.bottom && moved.left === moved.right ? rangeRef(moved).split(":")[0] : rangeRef(moved));
  }
  return result.length === parts.length && result.every((part, index) => part === parts[index]) ? text : result.join(" ");
}

interface Element {
  start: number;
  /** End of the start tag. */
  openEnd: number;
  end: number;
  tag: string;
  name: string;
}

/** Elements named `local` (any prefix) in xml[from, to), each through its end tag. */
function elements(xml: string, local: string, from: number, to: number): Element[] {
  const found: Element[] = [];
  const pattern = new RegExp(`<(${PREFIX}${local})(?=[\\s/>])[^>]*>`, "g");
  pattern.lastIndex = from;
  for (let match = pattern.exec(xml); match && match.index < to; match = pattern.exec(xml)) {
    const openEnd = match.index + match[0].length;
    let end = openEnd;
    if (!match[0].endsWith("/>")) {
      const close = xml.indexOf(`</${match[1]}>`, openEnd);
      end = close < 0 ? openEnd : close + match[1].length + 3;
      pattern.lastIndex = end;
    }
    found.push({ start: match.index, openEnd, end, tag: match[0], name: match[1] });
  }
  return found;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag)?.[2];
}

/**
 * A container's children rewritten: each child's new start tag, or null to remove it; a
 * container left empty goes too (the schema wants at least one child), and its count follows.
 */
function childSplices(xml: string, from: number, container: string, child: string, rewrite: (element: Element) => string | null): Splice[] {
  const splices: Splice[] = [];
  for (const outer of elements(xml, container, from, xml.length)) {
    if (outer.end === outer.openEnd) continue;
    const children = elements(xml, child, outer.openEnd, outer.end);
    const inner: Splice[] = [];
    let kept = 0;
    for (const element of children) {
      const tag = rewrite(element);
      if (tag === null) inner.push({ start: element.start, end: element.end, text: "" });
      else {
        kept++;
        if (tag !== element.tag) inner.push({ start: element.start, end: element.openEnd, text: tag });
      }
    }
    if (inner.length === 0) continue;
    if (kept === 0) {
      splices.push({ start: outer.start, end: outer.end, text: "" });
      continue;
    }
    splices.push(...inner);
    if (attribute(outer.tag, "count") !== undefined) splices.push({ start: outer.start, end: outer.openEnd, text: withAttribute(outer.tag, "count", String(kept)) });
  }
  return splices;
}

/** A formula kept in an element's text (a highlight's rule, a dropdown's list), its references moved with their cells. */
function formulaSplices(xml: string, from: number, moves: RowMoves, sheetName: string): Splice[] {
  const splices: Splice[] = [];
  const pattern = new RegExp(`(<(${PREFIX}(?:formula|formula1|formula2))>)([^<]*)</\\2>`, "g");
  pattern.lastIndex = from;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const formula = decodeXmlText(match[3]);
    const moved = moves.formula(formula, sheetName);
    if (moved !== formula) splices.push({ start: match.index + match[1].length, end: match.index + match[1].length + match[3].length, text: escapeText(moved) });
  }
  return splices;
}

export function tailSplices(scan: SheetScan, growth: TableGrowth | null, moves: RowMoves | null, sheetName: string): TailPatch {
  const { xml } = scan;
  const from = scan.sheetData ? scan.sheetData.end : 0;
  const splices: Splice[] = [];
  const removedRelationships: string[] = [];
  const sqrefTag = (element: Element): string | null => {
    const sqref = attribute(element.tag, "sqref");
    if (sqref === undefined) return element.tag;
    const moved = movedSqref(sqref, moves, growth);
    if (moved === "") return null;
    return moved === sqref ? element.tag : withAttribute(element.tag, "sqref", moved);
  };
  splices.push(...childSplices(xml, from, "dataValidations", "dataValidation", sqrefTag));
  for (const element of elements(xml, "conditionalFormatting", from, xml.length)) {
    const tag = sqrefTag(element);
    if (tag === null) splices.push({ start: element.start, end: element.end, text: "" });
    else if (tag !== element.tag) splices.push({ start: element.start, end: element.openEnd, text: tag });
  }
  if (!moves) return { splices, removedRelationships };

  splices.push(...childSplices(xml, from, "ignoredErrors", "ignoredError", sqrefTag));
  splices.push(...childSplices(xml, from, "protectedRanges", "protectedRange", sqrefTag));
  splices.push(
    ...childSplices(xml, from, "mergeCells", "mergeCell", (element) => {
      const ref = attribute(element.tag, "ref");
      if (ref === undefined) return element.tag;
      const moved = moves.reference(ref);
      // A merge of one cell is no merge.
      if (moved === null || !moved.includes(":")) return null;
      return moved === ref ? element.tag : withAttribute(element.tag, "ref", moved);
    }),
  );
  splices.push(
    ...childSplices(xml, from, "hyperlinks", "hyperlink", (element) => {
      const ref = attribute(element.tag, "ref");
      if (ref === undefined) return element.tag;
      const moved = moves.reference(ref);
      if (moved === null) {
        const id = /\s(?:[\w.-]+:)?id\s*=\s*["']([^"']*)["']/.exec(element.tag)?.[1];
        if (id) removedRelationships.push(id);
        return null;
      }
      return moved === ref ? element.tag : withAttribute(element.tag, "ref", moved);
    }),
  );
  // Excel 2010's own highlights and dropdowns keep their ranges in <xm:sqref> elements.
  const extended = new RegExp(`(<(${PREFIX}sqref)>)([^<]*)</\\2>`, "g");
  extended.lastIndex = from;
  for (let match = extended.exec(xml); match; match = extended.exec(xml)) {
    const moved = movedSqref(match[3], moves, null);
    if (moved !== match[3] && moved !== "") splices.push({ start: match.index + match[1].length, end: match.index + match[1].length + match[3].length, text: moved });
  }
  splices.push(...formulaSplices(xml, from, moves, sheetName));
  return { splices: withoutEditsInsideRemovals(splices), removedRelationships };
}

/** An element that goes takes its contents with it: edits inside it are dropped. */
function withoutEditsInsideRemovals(splices: readonly Splice[]): Splice[] {
  const removals = splices.filter((splice) => splice.text === "" && splice.end > splice.start);
  return splices.filter((splice) => !removals.some((removal) => removal !== splice && removal.start <= splice.start && splice.end <= removal.end));
}
