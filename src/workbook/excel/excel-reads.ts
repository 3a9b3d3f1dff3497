import type { CellValue } from "../../model/cells";
import type { TableDef } from "../../model/tables";
import type { TableData } from "../port";
import { tableDataFromValues } from "../table-values";
import { fromExcel } from "./cell-input";

/**
 * Reading from Excel in as few syncs as the response limit allows: everything is loaded in one
 * sync first; if Excel answers that the response is too large, the bodies are read again in
 * row chunks that halve until they fit.
 */

/** Cells per load when a body must be read in chunks; halved each time Excel finds a response too large. */
const CELLS_PER_READ = 200_000;

/** One table as found in the workbook, with what an edit of it needs to know. */
export interface TableRead {
  def: TableDef;
  data: TableData;
  sheet: string;
  /** 0-based row of the header and first column of the table. */
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  /** Rows of the body, blank ones included. */
  bodyRows: number;
  /** Column key (or extra header) of each table column, left to right. */
  columnKeys: (string | null)[];
  /** 0-based row of the first non-empty cell below the table within the rows checked; null if none. */
  firstUsedRowBelow: number | null;
  style: string;
  /** The totals row's formulas (or values) when the table shows one, left to right; null without one. */
  totalsFormulas: (string | number | boolean)[] | null;
}

export function isResponseTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Reads a rectangle's values with their number formats, one sync per chunk of rows. */
export function readRectangle(context: Excel.RequestContext, sheet: string, top: number, left: number, rows: number, columns: number): Promise<CellValue[][]> {
  return readInChunks(context, sheet, { top, left, rows, columns }, "values,numberFormat", (range) =>
    range.values.map((row, rowIndex) => row.map((value, columnIndex) => fromExcel(value, range.numberFormat[rowIndex][columnIndex]))),
  );
}

/**
 * The formulas of a rectangle, row by row: a cell's formula text, or null for a cell that holds
 * a constant (whose `formulas` entry is its value, so it reads the same as `values`).
 */
export function readFormulas(context: Excel.RequestContext, sheet: string, top: number, left: number, rows: number, columns: number): Promise<(string | null)[][]> {
  return readInChunks(context, sheet, { top, left, rows, columns }, "values,formulas", (range) =>
    range.formulas.map((row, rowIndex) =>
      row.map((formula, columnIndex) => (typeof formula === "string" && formula.startsWith("=") && formula !== range.values[rowIndex][columnIndex] ? formula : null)),
    ),
  );
}

/** Loads `properties` of a rectangle in chunks of rows that halve while Excel finds a response too large. */
async function readInChunks<T>(
  context: Excel.RequestContext,
  sheet: string,
  area: { top: number; left: number; rows: number; columns: number },
  properties: string,
  take: (range: Excel.Range) => T[],
): Promise<T[]> {
  const rows: T[] = [];
  let rowsPerLoad = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(area.columns, 1)));
  let next = 0;
  while (next < area.rows) {
    const count = Math.min(rowsPerLoad, area.rows - next);
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(area.top + next, area.left, count, area.columns);
    range.load(properties);
    try {
      await context.sync();
    } catch (error) {
      if (isResponseTooLarge(error) && count > 1) {
        rowsPerLoad = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    for (const row of take(range)) rows.push(row);
    next += count;
  }
  return rows;
}

interface PendingTable {
  def: TableDef;
  table: Excel.Table;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range | null;
  below: Excel.Range | null;
}

/**
 * Reads tables known to exist (by name), header and body, in one sync when the response fits.
 * `rowsBelow` asks, per table, whether that many rows under it hold anything.
 */
export async function readTables(context: Excel.RequestContext, defs: readonly TableDef[], label: string, rowsBelow: ReadonlyMap<string, number> = new Map()): Promise<TableRead[]> {
  const queue = (withBody: boolean): PendingTable[] =>
    defs.map((def) => {
      const table = context.workbook.tables.getItem(def.tableName);
      table.load("style,showTotals");
      table.worksheet.load("name");
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const header = table.getHeaderRowRange();
      header.load("values");
      const body = withBody ? table.getDataBodyRange() : null;
      body?.load("values,numberFormat");
      const belowCount = rowsBelow.get(def.name) ?? 0;
      const below = belowCount > 0 ? range.getRowsBelow(belowCount).getUsedRangeOrNullObject(true) : null;
      below?.load("isNullObject,rowIndex");
      return { def, table, range, header, body, below };
    });
  let pending = queue(true);
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    pending = queue(false);
    await context.sync();
  }
  // A totals row holds formulas (SUBTOTAL...) a write must put back under new rows: read them, in one more sync, only where there is one.
  const totalsRows = new Map(pending.filter((entry) => entry.table.showTotals).map((entry) => [entry, entry.table.getTotalRowRange()]));
  if (totalsRows.size > 0) {
    totalsRows.forEach((range) => range.load("formulas"));
    await context.sync();
  }
  const reads: TableRead[] = [];
  for (const entry of pending) {
    const sheet = entry.table.worksheet.name;
    const { rowIndex, columnIndex, rowCount, columnCount } = entry.range;
    const totals = entry.table.showTotals === true;
    const bodyRows = rowCount - 1 - (totals ? 1 : 0);
    const bodyValues = entry.body
      ? entry.body.values.map((row, r) => row.map((value, c) => fromExcel(value, entry.body?.numberFormat[r][c])))
      : await readRectangle(context, sheet, rowIndex + 1, columnIndex, bodyRows, columnCount);
    const header = entry.header.values[0].map((value) => fromExcel(value, null));
    const data = tableDataFromValues(entry.def, header, bodyValues, { headerRow: rowIndex + 1, firstColumn: columnIndex + 1, sheet }, label);
    const keyByColumn = new Map(Object.entries(data.columnNumbers).map(([key, column]) => [column, key]));
    reads.push({
      def: entry.def,
      data,
      sheet,
      headerRow: rowIndex,
      firstColumn: columnIndex,
      columnCount,
      bodyRows,
      columnKeys: header.map((_, offset) => keyByColumn.get(columnIndex + 1 + offset) ?? null),
      firstUsedRowBelow: entry.below && !entry.below.isNullObject ? entry.below.rowIndex : null,
      style: entry.table.style,
      totalsFormulas: totalsRows.get(entry)?.formulas[0] ?? null,
    });
  }
  return reads;
}
