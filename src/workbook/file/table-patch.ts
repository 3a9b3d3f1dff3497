import { MAX_CELL_CHARS, type CellValue } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import type { TableDef } from "../../model/tables";
import { planColumn } from "../../core/structure/workbook-structure";
import { HEADER_FILL, HEADER_FONT, columnLetter, quoteSheetName } from "../plan";
import type { TableData } from "../port";
import type { TableEdit } from "../table-values";
import { cellXml } from "./cell-xml";
import type { ScannedCell, SheetScan } from "./sheet-scan";
import type { CellLook, StyleBook } from "./styles";
import { patchedTablePart, parseRange, rangeRef, type TablePartInfo, type TableRange } from "./table-part";
import { translateFormula } from "./formula-refs";
import { movedFormulaCells } from "./moved-formulas";
import { RowMoves } from "./row-moves";
import { tailSplices } from "./sheet-tail";
import { applySplices, withAttribute, withoutAttribute, type Splice } from "./xml";

/**
 * One command's changes to one of our tables, written into its sheet cell by cell: the cells the
 * command writes are replaced, every other cell, row and part of the sheet keeps its text.
 * Rows a command deletes close up inside the table's columns only, as Excel's "delete table
 * rows" does; new rows go below the table and the table's range grows over them.
 */

export interface LocatedTable {
  sheetName: string;
  sheetPart: string;
  table: TablePartInfo;
  /** Last body row, below the table part's range when rows under a shrunk table still hold data. */
  bodyBottom: number;
}

export interface TablePatchInput {
  def: TableDef;
  label: string;
  scan: SheetScan;
  located: LocatedTable;
  current: TableData;
  edit: TableEdit;
  styles: StyleBook;
  date1904: boolean;
}

export interface TablePatch {
  sheetXml: string;
  tablePartXml: string;
  /** A formula cell was replaced, moved or removed: the calculation chain must be rebuilt. */
  touchedFormulas: boolean;
  /** Formulas were written without a value (a calculated column's new rows): the workbook must be calculated on opening. */
  addedFormulas: boolean;
  /** Where cells went when deleted rows closed up (null: nothing moved), for the parts that name cells: comments. */
  moves: RowMoves | null;
  /** Relationships of links that went with their rows. */
  removedRelationships: string[];
}

/** What a cell position becomes: new cell text, or null to remove the cell. */
type Writes = Map<number, Map<number, string | null>>;

export function patchTable(input: TablePatchInput): TablePatch {
  const { def, scan, located, current, edit, styles, date1904, label } = input;
  const { table } = located;
  const headerRow = table.range.top;
  const left = table.range.left;
  const right = table.range.right;
  const prefix = scan.prefix;
  const writes: Writes = new Map();
  const assertFits = (row: number, column: number, value: CellValue) => {
    if (typeof value === "string" && value.length > MAX_CELL_CHARS) {
      const location = `${quoteSheetName(located.sheetName)}!${columnLetter(column)}${row}`;
      throw new UserFacingError("error.cellTooLong", { location, length: value.length, max: MAX_CELL_CHARS });
    }
  };
  const write = (row: number, column: number, xml: string | null) => {
    const cells = writes.get(row) ?? new Map<number, string | null>();
    cells.set(column, xml);
    writes.set(row, cells);
  };
  const cellAt = (row: number, column: number): ScannedCell | undefined => {
    const index = scan.rowIndex.get(row);
    return index === undefined ? undefined : scan.rows[index].cells.find((cell) => cell.column === column);
  };

  // Columns of the model the table lacks go at its right, in model order.
  const columnOf = new Map<string, number>(Object.entries(current.columnNumbers));
  const missing = def.columns.filter((column) => !columnOf.has(column.key));
  missing.forEach((column, index) => columnOf.set(column.key, right + 1 + index));
  const newRight = right + missing.length;
  const lookOf = new Map<string, CellLook>();
  for (const column of def.columns) {
    const plan = planColumn(column);
    lookOf.set(column.key, { numberFormat: plan.numberFormat, ...(plan.wrap ? { wrap: true, vertical: "top" as const } : {}) });
  }
  const styleFor = (key: string, value: CellValue, existing: ScannedCell | undefined): number => {
    // A cell keeps its own look; a date needs a date format to read back as a date.
    if (existing && existing.style && !(value instanceof Date && !styles.isDateStyle(existing.style))) return existing.style;
    const look = lookOf.get(key);
    return look ? styles.cellStyle(look) : (existing?.style ?? 0);
  };

  // Deletions: the table's cells below each deleted row move up, and what names them follows.
  const deletedRows = new Set(edit.deleted.map((index) => current.rowNumbers[index]));
  const bodyRows: number[] = [];
  for (let row = headerRow + 1; row <= located.bodyBottom; row++) bodyRows.push(row);
  const targetOf = new Map<number, number>();
  let moves: RowMoves | null = null;
  if (deletedRows.size > 0) {
    const remaining = bodyRows.filter((row) => !deletedRows.has(row));
    const targets = new Map<number, number | null>(bodyRows.map((row) => [row, null]));
    remaining.forEach((source, index) => {
      targetOf.set(source, headerRow + 1 + index);
      targets.set(source, headerRow + 1 + index);
    });
    moves = new RowMoves({ top: headerRow + 1, bottom: located.bodyBottom, left, right }, targets);
    const formulas = movedFormulaCells(scan, moves, located.sheetName);
    const inTable = (column: number) => column >= left && column <= right;
    // Formulas that stay where they are but name cells that moved.
    for (const [row, cells] of formulas) {
      for (const [column, xml] of cells) if (!inTable(column) || row < headerRow + 1 || row > located.bodyBottom) write(row, column, xml);
    }
    remaining.forEach((source, index) => {
      const target = headerRow + 1 + index;
      for (let column = left; column <= right; column++) {
        const cell = cellAt(source, column);
        const xml = formulas.get(source)?.get(column) ?? (cell ? scan.xml.slice(cell.start, cell.end) : null);
        if (source === target) {
          if (xml !== null && formulas.get(source)?.has(column)) write(target, column, xml);
        } else write(target, column, xml === null ? null : movedCell(xml, column, target));
      }
    });
    for (let row = headerRow + 1 + remaining.length; row <= located.bodyBottom; row++) {
      for (let column = left; column <= right; column++) if (cellAt(row, column)) write(row, column, null);
    }
  }
  const rowAfterMoves = (row: number) => targetOf.get(row) ?? row;

  // Updates of kept rows.
  const keptIndexes = current.rows.map((_, index) => index).filter((index) => !deletedRows.has(current.rowNumbers[index]));
  const positionOf = new Map(keptIndexes.map((index, position) => [index, position]));
  for (const update of edit.updated) {
    const row = edit.rows[positionOf.get(update.index) as number];
    const sourceRow = current.rowNumbers[update.index];
    const sheetRow = rowAfterMoves(sourceRow);
    for (const key of update.keys) {
      const column = columnOf.get(key);
      if (column === undefined) continue;
      const existing = column <= right ? cellAt(sourceRow, column) : undefined;
      const value = row[key] ?? null;
      assertFits(sheetRow, column, value);
      const style = styleFor(key, value, existing);
      write(sheetRow, column, value === null && !style ? null : cellXml(prefix, column, sheetRow, value, style, date1904));
    }
  }

  // New rows below the last row that holds anything.
  let addedFormulas = false;
  const lastFilled = Math.max(headerRow, ...keptIndexes.map((index) => rowAfterMoves(current.rowNumbers[index])));
  const bodyEnd = located.bodyBottom - deletedRows.size;
  const firstNew = lastFilled + 1;
  edit.appended.forEach((row, offset) => {
    const sheetRow = firstNew + offset;
    if (sheetRow > located.bodyBottom) assertFree(scan, sheetRow, left, newRight, input);
    for (const key of edit.keys) {
      const value = row[key] ?? null;
      const column = columnOf.get(key);
      if (value === null || column === undefined) continue;
      assertFits(sheetRow, column, value);
      const existing = sheetRow <= bodyEnd && column <= right ? cellAt(sheetRow, column) : undefined;
      write(sheetRow, column, cellXml(prefix, column, sheetRow, value, styleFor(key, value, existing), date1904));
    }
    // A calculated column (a formula typed into a table column in Excel) fills the new row, as Excel does.
    table.calculatedFormulas.forEach((formula, offset) => {
      const column = left + offset;
      if (formula === null || writes.get(sheetRow)?.has(column) || cellAt(sheetRow, column)?.hasFormula) return;
      const style = cellAt(headerRow + 1, column)?.style ?? 0;
      write(sheetRow, column, cellXml(prefix, column, sheetRow, null, style, date1904, translateFormula(formula, sheetRow - headerRow - 1, 0)));
      addedFormulas = true;
    });
  });
  const bottom = Math.max(bodyEnd, firstNew + edit.appended.length - 1, headerRow + 1) + table.totalsRowCount;
  if (table.totalsRowCount > 0 && bottom !== table.range.bottom) {
    throw new UserFacingError("error.tableTotalsRow", { file: label, table: def.name, sheet: located.sheetName });
  }

  // Headers of the added columns.
  if (missing.length > 0) {
    const headerStyle = styles.cellStyle({ bold: true, fontColor: HEADER_FONT, fill: HEADER_FILL, vertical: "center", wrap: true });
    for (let row = headerRow; row <= bottom; row++) assertFree(scan, row, right + 1, newRight, input);
    missing.forEach((column, index) => write(headerRow, right + 1 + index, cellXml(prefix, right + 1 + index, headerRow, column.header, headerStyle, date1904)));
  }

  const range: TableRange = { top: headerRow, left, bottom, right: newRight };
  const splices = rowSplices(scan, writes);
  const tail = tailSplices(scan, { before: { ...table.range, bottom: located.bodyBottom }, after: range }, moves, located.sheetName);
  splices.push(...tail.splices, ...dimensionSplices(scan, range));
  return {
    sheetXml: applySplices(scan.xml, splices),
    tablePartXml: patchedTablePart(table, range, missing.map((column) => column.header)),
    touchedFormulas: touchesFormulas(writes, cellAt),
    addedFormulas,
    moves,
    removedRelationships: tail.removedRelationships,
  };
}

/** Whether a write replaced, moved or removed a formula: the calculation chain then names cells that changed. */
function touchesFormulas(writes: Writes, cellAt: (row: number, column: number) => ScannedCell | undefined): boolean {
  for (const [row, cells] of writes) {
    for (const [column, xml] of cells) if (cellAt(row, column)?.hasFormula || (xml !== null && FORMULA_ELEMENT.test(xml))) return true;
  }
  return false;
}

const FORMULA_ELEMENT = /<(?:[\w.-]+:)?f[\s/>]/;

/** Refuses to write over a cell below or beside the table that holds something. */
function assertFree(scan: SheetScan, row: number, firstColumn: number, lastColumn: number, input: TablePatchInput): void {
  const index = scan.rowIndex.get(row);
  if (index === undefined) return;
  const blocking = scan.rows[index].cells.find((cell) => cell.column >= firstColumn && cell.column <= lastColumn && cell.value !== null);
  if (blocking) {
    throw new UserFacingError("error.tableBlocked", {
      file: input.label,
      table: input.def.name,
      cell: `${quoteSheetName(input.located.sheetName)}!${columnLetter(blocking.column)}${row}`,
    });
  }
}

function movedCell(xml: string, column: number, row: number): string {
  const tagEnd = xml.indexOf(">") + 1;
  const selfClosing = xml[tagEnd - 2] === "/";
  const startTag = withAttribute(xml.slice(0, tagEnd), "r", `${columnLetter(column)}${row}`);
  return selfClosing && !startTag.endsWith("/>") ? `${startTag.slice(0, -1)}/>` : startTag + xml.slice(tagEnd);
}

/** Each row with writes rebuilt from its untouched cells and the new ones; rows that did not exist inserted in order. */
function rowSplices(scan: SheetScan, writes: Writes): Splice[] {
  const splices: Splice[] = [];
  const { xml, prefix } = scan;
  const newRows: number[] = [];
  for (const [rowNumber, cells] of writes) {
    const index = scan.rowIndex.get(rowNumber);
    if (index === undefined) {
      newRows.push(rowNumber);
      continue;
    }
    const row = scan.rows[index];
    let open = withoutAttribute(xml.slice(row.start, row.openEnd), "spans");
    if (row.selfClosing) open = `${open.slice(0, -2).trimEnd()}>`;
    const merged: { column: number; xml: string }[] = [];
    for (const cell of row.cells) {
      if (cells.has(cell.column)) continue;
      merged.push({ column: cell.column, xml: xml.slice(cell.start, cell.end) });
    }
    for (const [column, cell] of cells) if (cell !== null) merged.push({ column, xml: cell });
    merged.sort((a, b) => a.column - b.column);
    const content = merged.map((cell) => cell.xml).join("");
    if (row.selfClosing) splices.push({ start: row.start, end: row.end, text: `${open}${content}</${prefix}row>` });
    else {
      const closeAt = xml.lastIndexOf("</", row.end - 1);
      splices.push({ start: row.start, end: closeAt, text: `${open}${content}` });
    }
  }
  if (newRows.length === 0) return splices;
  newRows.sort((a, b) => a - b);
  const sheetData = scan.sheetData;
  if (!sheetData) throw new Error("The sheet has no sheetData");
  const rowXml = (rowNumber: number) => {
    const cells = [...(writes.get(rowNumber) ?? new Map<number, string | null>())].filter((entry): entry is [number, string] => entry[1] !== null).sort((a, b) => a[0] - b[0]);
    return `<${prefix}row r="${rowNumber}">${cells.map((entry) => entry[1]).join("")}</${prefix}row>`;
  };
  const closeAt = sheetData.selfClosing ? -1 : xml.lastIndexOf("</", sheetData.end - 1);
  // Rows are stored in order: each new row goes before the first existing row below it.
  const byPosition = new Map<number, string[]>();
  let next = 0;
  for (const rowNumber of newRows) {
    while (next < scan.rows.length && scan.rows[next].row < rowNumber) next++;
    const at = next < scan.rows.length ? scan.rows[next].start : closeAt;
    byPosition.set(at, [...(byPosition.get(at) ?? []), rowXml(rowNumber)]);
  }
  for (const [at, rows] of byPosition) {
    if (at === -1) {
      const open = xml.slice(sheetData.start, sheetData.openEnd);
      splices.push({ start: sheetData.start, end: sheetData.end, text: `${open.slice(0, -2).trimEnd()}>${rows.join("")}</${prefix}sheetData>` });
    } else splices.push({ start: at, end: at, text: rows.join("") });
  }
  return splices;
}

/** The sheet's dimension covers the new cells. */
function dimensionSplices(scan: SheetScan, after: TableRange): Splice[] {
  if (!scan.dimension) return [];
  const { xml } = scan;
  const tag = xml.slice(scan.dimension.start, scan.dimension.end);
  const ref = /\sref\s*=\s*"([^"]*)"/.exec(tag)?.[1];
  const range = ref ? parseRange(ref) : null;
  if (!range || (range.bottom >= after.bottom && range.right >= after.right)) return [];
  const grown = rangeRef({ top: Math.min(range.top, after.top), left: Math.min(range.left, after.left), bottom: Math.max(range.bottom, after.bottom), right: Math.max(range.right, after.right) });
  return [{ start: scan.dimension.start, end: scan.dimension.end, text: withAttribute(tag, "ref", grown) }];
}
