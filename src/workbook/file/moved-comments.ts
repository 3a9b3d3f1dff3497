import type { RowMoves } from "./row-moves";
import { applySplices, scanXml, withAttribute, type Splice } from "./xml";

/**
 * A sheet's comments when rows of its table closed up: each comment (and each threaded comment
 * and reply of Excel 365) moves with its cell, and the note's box in the VML drawing (where Excel
 * and LibreOffice find the box to show) moves with it; a deleted row's comments go, box included.
 */

/** The comments part (or threaded comments part) with each comment's `ref` moved; null if nothing changed. */
export function movedCommentsPart(xml: string, part: string, moves: RowMoves): string | null {
  const splices: Splice[] = [];
  scanXml(xml, part, {
    close(element, end) {
      if (element.local !== "comment" && element.local !== "threadedComment") return;
      const ref = element.attributes.ref;
      if (ref === undefined) return;
      const moved = moves.reference(ref);
      if (moved === null) splices.push({ start: element.start, end, text: "" });
      else if (moved !== ref) splices.push({ start: element.start, end: element.openEnd, text: withAttribute(xml.slice(element.start, element.openEnd), "ref", moved) });
    },
  });
  return splices.length > 0 ? applySplices(xml, splices) : null;
}

/**
 * The VML drawing with each note's box moved to its comment's row. VML as Excel writes it is not
 * always well-formed XML (`<br>` in older files), so it is read by its shapes' few known elements
 * and everything else keeps its text. Shapes other than notes (form controls) are anchored to the
 * sheet, not to a cell, and stay.
 */
export function movedVmlNotes(vml: string, moves: RowMoves): string | null {
  const splices: Splice[] = [];
  const shapes = /<((?:[\w.-]+:)?)shape(?=[\s>])[\s\S]*?<\/\1shape>/g;
  for (let shape = shapes.exec(vml); shape; shape = shapes.exec(vml)) {
    const text = shape[0];
    if (!/ObjectType\s*=\s*["']Note["']/.test(text)) continue;
    const row = /<((?:[\w.-]+:)?)Row>\s*(\d+)\s*<\/\1Row>/.exec(text);
    const column = /<((?:[\w.-]+:)?)Column>\s*(\d+)\s*<\/\1Column>/.exec(text);
    if (!row || !column) continue;
    const oldRow = Number(row[2]) + 1;
    const newRow = moves.rowOf(oldRow, Number(column[2]) + 1);
    if (newRow === oldRow) continue;
    if (newRow === null) {
      splices.push({ start: shape.index, end: shape.index + text.length, text: "" });
      continue;
    }
    const shift = newRow - oldRow;
    let moved = text.replace(row[0], `<${row[1]}Row>${newRow - 1}</${row[1]}Row>`);
    // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset (0-based).
    moved = moved.replace(/(<((?:[\w.-]+:)?)Anchor>)([^<]*)(<\/\2Anchor>)/, (whole, open: string, _prefix: string, anchor: string, close: string) => {
      const values = anchor.split(",").map((value) => value.trim());
      if (values.length !== 8 || values.some((value) => !/^\d+$/.test(value))) return whole;
      values[2] = String(Math.max(0, Number(values[2]) + shift));
      values[6] = String(Math.max(0, Number(values[6]) + shift));
      return `${open}${values.join(", ")}${close}`;
    });
    splices.push({ start: shape.index, end: shape.index + text.length, text: moved });
  }
  return splices.length > 0 ? applySplices(vml, splices) : null;
}
