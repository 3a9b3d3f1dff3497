import type { CellValue } from "../../model/cells";
import type { StyleBook } from "./styles";
import { decodeCellText, scanXml } from "./xml";

/**
 * One pass over a worksheet part: every cell's value as a reader sees it, and where each row and
 * cell sits in the text, so a write can replace single cells and copy everything else as it is.
 */

export interface ScannedCell {
  column: number;
  /** [start, end) of the `<c>` element. */
  start: number;
  end: number;
  style: number;
  hasFormula: boolean;
  value: CellValue;
}

export interface ScannedRow {
  row: number;
  start: number;
  end: number;
  /** End of the `<row ...>` start tag. */
  openEnd: number;
  selfClosing: boolean;
  cells: ScannedCell[];
}

export interface SheetScan {
  xml: string;
  rows: ScannedRow[];
  /** Index into `rows` by row number. */
  rowIndex: Map<number, number>;
  /** Prefix of the sheet's SpreadsheetML elements ("" or "x:"). */
  prefix: string;
  sheetData: { start: number; openEnd: number; end: number; selfClosing: boolean } | null;
  dimension: { start: number; end: number } | null;
}

export interface ScanContext {
  sharedStrings: () => string[];
  styles: StyleBook | null;
  date1904: boolean;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function serialToDate(serial: number, date1904: boolean): Date {
  // Whole milliseconds: a serial stores a time as a fraction of a day, rounding noise included.
  return new Date(Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS));
}

export function dateToSerial(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
}

/** "BC12" -> { column: 55, row: 12 }. */
export function parseCellReference(reference: string): { column: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(reference);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { column, row: Number(match[2]) };
}

export function scanSheet(xml: string, part: string, context: ScanContext): SheetScan {
  const rows: ScannedRow[] = [];
  const rowIndex = new Map<number, number>();
  let prefix = "";
  let sheetData: SheetScan["sheetData"] = null;
  let dimension: SheetScan["dimension"] = null;
  let row: ScannedRow | null = null;
  let cell: { column: number; start: number; style: number; type: string; hasFormula: boolean; value: string; inline: string[] } | null = null;
  let lastRow = 0;
  let lastColumn = 0;
  /** What the text now being read belongs to. */
  let target: "v" | "t" | null = null;
  let phonetic = 0;
  scanXml(xml, part, {
    open(element) {
      switch (element.local) {
        case "c": {
          if (!row) return;
          const position = parseCellReference(element.attributes.r ?? "");
          const column = position ? position.column : lastColumn + 1;
          lastColumn = column;
          cell = { column, start: element.start, style: Number(element.attributes.s ?? 0), type: element.attributes.t ?? "n", hasFormula: false, value: "", inline: [] };
          return;
        }
        case "v":
          if (cell) target = "v";
          return;
        case "t":
          if (cell && phonetic === 0) target = "t";
          return;
        case "rPh":
          phonetic++;
          return;
        case "f":
          if (cell) cell.hasFormula = true;
          return;
        case "row": {
          const number = Number(element.attributes.r ?? lastRow + 1) || lastRow + 1;
          lastRow = number;
          lastColumn = 0;
          row = { row: number, start: element.start, end: element.openEnd, openEnd: element.openEnd, selfClosing: element.selfClosing, cells: [] };
          return;
        }
        case "sheetData":
          prefix = element.name.slice(0, element.name.length - element.local.length);
          sheetData = { start: element.start, openEnd: element.openEnd, end: element.openEnd, selfClosing: element.selfClosing };
          return;
        case "dimension":
          dimension = { start: element.start, end: element.openEnd };
          return;
      }
    },
    text(text) {
      if (!cell || !target) return;
      if (target === "v") cell.value += text;
      else cell.inline.push(text);
    },
    close(element, end) {
      switch (element.local) {
        case "v":
        case "t":
          target = null;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c": {
          if (!cell || !row) return;
          row.cells.push({ column: cell.column, start: cell.start, end, style: cell.style, hasFormula: cell.hasFormula, value: cellValue(cell, context) });
          cell = null;
          return;
        }
        case "row":
          if (!row) return;
          row.end = end;
          rowIndex.set(row.row, rows.length);
          rows.push(row);
          row = null;
          return;
        case "sheetData":
          if (sheetData) sheetData.end = end;
          return;
        case "dimension":
          if (dimension) dimension.end = end;
          return;
      }
    },
  });
  return { xml, rows, rowIndex, prefix, sheetData, dimension };
}

function cellValue(cell: { type: string; style: number; value: string; inline: string[] }, context: ScanContext): CellValue {
  switch (cell.type) {
    case "s": {
      const text = context.sharedStrings()[Number(cell.value)];
      return text === undefined || text === "" ? null : text;
    }
    case "inlineStr": {
      const text = decodeCellText(cell.inline.join(""));
      return text === "" ? null : text;
    }
    case "str":
      return cell.value === "" ? null : decodeCellText(cell.value);
    case "b":
      return cell.value === "" ? null : cell.value.trim() === "1" || cell.value.trim() === "true";
    case "e":
      return cell.value === "" ? null : cell.value;
    case "d": {
      const date = new Date(cell.value.trim().length === 10 ? `${cell.value.trim()}T00:00:00Z` : cell.value.trim().replace(/(T[\d:.]+)$/, "$1Z"));
      return Number.isNaN(date.getTime()) ? cell.value : date;
    }
    default: {
      if (cell.value.trim() === "") return null;
      const number = Number(cell.value);
      if (Number.isNaN(number)) return cell.value;
      return context.styles?.isDateStyle(cell.style) ? serialToDate(number, context.date1904) : number;
    }
  }
}

/** The shared string table: each entry's text, rich text runs joined, phonetic runs left out. */
export function readSharedStrings(xml: string, part: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, part, {
    open(element) {
      if (element.local === "si") current = [];
      else if (element.local === "rPh") phonetic++;
      else if (element.local === "t" && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
    close(element) {
      if (element.local === "si" && current) {
        strings.push(decodeCellText(current.join("")));
        current = null;
      } else if (element.local === "rPh") phonetic--;
      else if (element.local === "t") inText = false;
    },
  });
  return strings;
}
