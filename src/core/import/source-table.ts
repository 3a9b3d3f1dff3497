import { normalizeText } from "../../model/ids";
import type { RowProblem } from "./source-types";
import { detectDelimiter, firstLineOf, parseDelimited } from "./delimited-text";
import { decodeChunks, detectEncoding, type TextEncodingName } from "./text-decoding";
import { isCompoundFile } from "./compound-file";
import { readFirstXlsSheet } from "./xls-sheet";
import { readFirstSheet, readNamedSheet, type SheetRow } from "./xlsx-sheet";

/** A header row and the rows under it, from a CSV/TSV text or an .xlsx/.xls sheet, read lazily. */
export interface SourceTable {
  headers: string[];
  /** Rows below the header; `row` is the line (CSV) or worksheet row (.xlsx) messages cite. */
  rows: Iterable<{ row: number; cells: string[]; brokenQuote?: boolean }>;
  encoding?: TextEncodingName;
}

export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** An OLE2 compound file: the container of Excel 97-2003 .xls workbooks. */
export function isXls(bytes: Uint8Array): boolean {
  return isCompoundFile(bytes);
}

export async function openTable(bytes: Uint8Array): Promise<SourceTable> {
  if (isXlsx(bytes)) return sheetTable(await readFirstSheet(bytes));
  if (isXls(bytes)) return sheetTable(readFirstXlsSheet(bytes));
  return delimitedTable(bytes);
}

/** The sheet of that name in an .xlsx, as a table; undefined if the file has no such sheet. */
export async function openNamedSheet(bytes: Uint8Array, name: string): Promise<SourceTable | undefined> {
  if (!isXlsx(bytes)) return undefined;
  const sheet = await readNamedSheet(bytes, name);
  return sheet ? sheetTable(sheet) : undefined;
}

function sheetTable(sheet: SheetRow[]): SourceTable {
  const headerIndex = sheet.findIndex((row) => row.cells.some((cell) => cell.trim()));
  const headers = (sheet[headerIndex]?.cells ?? []).map((cell) => cell.trim());
  return { headers, rows: sheet.slice(headerIndex + 1).map((row) => ({ row: row.row, cells: row.cells })) };
}

function delimitedTable(bytes: Uint8Array): SourceTable {
  const encoding = detectEncoding(bytes);
  const delimiter = detectDelimiter(firstLineOf(decodeChunks(bytes, encoding)));
  const rows = parseDelimited(decodeChunks(bytes, encoding), delimiter);
  const first = rows.next();
  const headers = first.done ? [] : first.value.cells.map((cell) => cell.trim());
  const body: SourceTable["rows"] = {
    *[Symbol.iterator]() {
      for (let next = rows.next(); !next.done; next = rows.next()) yield { row: next.value.line, cells: next.value.cells, brokenQuote: next.value.brokenQuote };
    },
  };
  return { headers, rows: body, encoding };
}

/** Index of the first header matching one of the names (compared without case, accents or punctuation). */
export function headerIndex(headers: readonly string[], names: readonly string[]): number {
  const wanted = new Set(names.map(normalizeText));
  return headers.findIndex((header) => wanted.has(normalizeText(header)));
}

/** A CSV row whose quote is broken has swallowed the next line(s): refused, never imported glued together. */
export function brokenQuoteProblem(file: string, row: number, column: string): RowProblem {
  return { location: { file, row, column }, key: "import.unterminatedQuote", params: {} };
}
