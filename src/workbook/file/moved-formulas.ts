import { translateFormula } from "./formula-refs";
import type { RowMoves } from "./row-moves";
import type { SheetScan } from "./sheet-scan";
import { parseRange } from "./table-part";
import { decodeXmlText, escapeText } from "./xml";

/**
 * The formula cells of a sheet whose table rows closed up, with their references following the
 * cells they name (=LEN(B5) becomes =LEN(B4) when B5 moved to B4, "#REF!" when B5 went). A
 * shared formula (one text for a block of cells, Excel's way of storing a filled-down formula)
 * that touches the moved rows is written out cell by cell: its first cell may be gone, and its
 * cells no longer sit at the distances the shared text assumes.
 */

interface FormulaCell {
  row: number;
  column: number;
  xml: string;
  /** The `<f>` element: where it sits in `xml`, its prefix, start tag attributes and text. */
  start: number;
  end: number;
  prefix: string;
  attributes: string;
  text: string;
}

const FORMULA = /<((?:[\w.-]+:)?)f(?=[\s/>])([^>]*?)(?:\/>|>([^<]*)<\/\1f>)/;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(attributes)?.[2];
}

/** New cell text by row and column (at the cell's old address) for every formula cell whose formula changes. */
export function movedFormulaCells(scan: SheetScan, moves: RowMoves, sheetName: string): Map<number, Map<number, string>> {
  const cells: FormulaCell[] = [];
  for (const row of scan.rows) {
    for (const cell of row.cells) {
      if (!cell.hasFormula) continue;
      const xml = scan.xml.slice(cell.start, cell.end);
      const match = FORMULA.exec(xml);
      if (!match) continue;
      cells.push({ row: row.row, column: cell.column, xml, start: match.index, end: match.index + match[0].length, prefix: match[1], attributes: match[2], text: decodeXmlText(match[3] ?? "") });
    }
  }
  const masters = new Map<string, FormulaCell>();
  for (const cell of cells) {
    const index = attribute(cell.attributes, "si");
    if (attribute(cell.attributes, "t") === "shared" && index !== undefined && attribute(cell.attributes, "ref") !== undefined) masters.set(index, cell);
  }
  const { region } = moves;
  const touchesRegion = (ref: string | undefined) => {
    const range = ref ? parseRange(ref) : null;
    return range !== null && range.left <= region.right && range.right >= region.left && range.top <= region.bottom && range.bottom >= region.top;
  };
  // A shared formula's text for each of its cells, and whether the block is written out.
  const sharedText = new Map<FormulaCell, string>();
  const expanded = new Set<string>();
  for (const cell of cells) {
    const index = attribute(cell.attributes, "si");
    if (attribute(cell.attributes, "t") !== "shared" || index === undefined) continue;
    const master = masters.get(index);
    if (!master) continue;
    const text = translateFormula(master.text, cell.row - master.row, cell.column - master.column);
    sharedText.set(cell, text);
    if (touchesRegion(attribute(master.attributes, "ref")) || moves.formula(text, sheetName) !== text) expanded.add(index);
  }

  const result = new Map<number, Map<number, string>>();
  for (const cell of cells) {
    const index = attribute(cell.attributes, "si");
    const shared = index !== undefined && expanded.has(index) && sharedText.has(cell);
    const text = shared ? (sharedText.get(cell) as string) : cell.text;
    if (!shared && attribute(cell.attributes, "t") === "shared") continue;
    const moved = moves.formula(text, sheetName);
    if (!shared && moved === text) continue;
    const attributes = shared ? "" : cell.attributes;
    const formula = `<${cell.prefix}f${attributes}>${escapeText(moved)}</${cell.prefix}f>`;
    const row = result.get(cell.row) ?? new Map<number, string>();
    row.set(cell.column, cell.xml.slice(0, cell.start) + formula + cell.xml.slice(cell.end));
    result.set(cell.row, row);
  }
  return result;
}
