import type { CellValue } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { planColumn, tablePlan } from "../../core/structure/workbook-structure";
import { columnLetter, quoteSheetName, type PlanColumn } from "../plan";
import type { TableEdit } from "../table-values";
import { excelInput, TEXT_FORMAT, type ExcelInput } from "./cell-input";
import type { TableRead } from "./excel-reads";
import { queueColumnCells, queueHighlights, type ExcelFeatures } from "./plan-writer";
import type { ValueBlock } from "./value-blocks";

/**
 * An upsert or deletion carried out on a table in place: changed cells of existing rows are
 * written where they are (other cells are sent as null, which Excel leaves alone), new rows are
 * written under the table, which is then resized (never `rows.add`, which breaks co-authoring).
 */
export interface TableWrite {
  read: TableRead;
  blocks: ValueBlock[];
  /** 0-based sheet row of the last body row once new rows are in (before any removal). */
  lastRow: number;
  /**
   * Runs of body rows (0-based sheet rows, inclusive) to remove, bottom run first: the cells of
   * the table's columns are deleted and what is below moves up, so formulas and formats people
   * put in the other rows move with them (nothing is rewritten).
   */
  removeRuns: { first: number; last: number }[];
  /** A row the removal empties instead of deleting it: a table keeps at least one body row. */
  emptyRow: number | null;
}

/** The plan column (format, wrap, dropdown) behind each table column; extra columns are plain. */
function tableColumns(read: TableRead): PlanColumn[] {
  return read.columnKeys.map((key) => {
    const column = read.def.columns.find((candidate) => candidate.key === key);
    // Dropdowns point at the Lists sheet as this workbook names it ("Listas").
    return column ? planColumn(column, read.data.language) : { header: key ?? "", width: 18, editable: true };
  });
}

/** A value that replaces what a cell holds: empty clears it. */
function replacement(value: CellValue | undefined, textCell: boolean): ExcelInput {
  return value === null || value === undefined ? "" : excelInput(value, textCell);
}

/** Works out the blocks and row changes of an edit; a UserFacingError if the table cannot grow. */
export function planTableWrite(read: TableRead, edit: TableEdit, label: string): TableWrite | null {
  if (edit.updated.length === 0 && edit.appended.length === 0 && edit.deleted.length === 0) return null;
  const columns = tableColumns(read);
  const text = columns.map((column) => column.numberFormat === TEXT_FORMAT);
  const formats = columns.map((column) => column.numberFormat);
  const fullRow = (row: Record<string, CellValue>) => read.columnKeys.map((key, offset) => (key ? replacement(row[key], text[offset]) : null));
  const oldLastRow = read.headerRow + read.bodyRows;
  const blocks: ValueBlock[] = [...updateBlocks(read, edit, text, formats)];
  const lastUsed = read.data.rowNumbers.length > 0 ? Math.max(...read.data.rowNumbers) - 1 : read.headerRow;
  if (edit.appended.length > 0) {
    blocks.push({ sheet: read.sheet, row: lastUsed + 1, column: read.firstColumn, values: edit.appended.map(fullRow), columnFormats: formats, partial: false });
  }
  const lastRow = Math.max(oldLastRow, lastUsed + edit.appended.length);
  // A totals row moves down with the body: it needs the row under the table too.
  const needed = lastRow + (read.totalsFormulas ? 1 : 0);
  const tableEnd = oldLastRow + (read.totalsFormulas ? 1 : 0);
  if (needed > tableEnd && read.firstUsedRowBelow !== null && read.firstUsedRowBelow <= needed) {
    throw new UserFacingError("error.excelCellsBelowTable", {
      file: label,
      table: read.def.tableName,
      rows: needed - tableEnd,
      location: `${quoteSheetName(read.sheet)}!${columnLetter(read.firstColumn + 1)}${read.firstUsedRowBelow + 1}`,
    });
  }
  const deletedRows = edit.deleted.map((index) => read.data.rowNumbers[index] - 1).sort((a, b) => a - b);
  let emptyRow: number | null = null;
  if (deletedRows.length > 0 && deletedRows.length >= lastRow - read.headerRow) emptyRow = deletedRows.shift() ?? null;
  const removeRuns = runsOfRows(deletedRows).reverse();
  return { read, blocks, lastRow, removeRuns, emptyRow };
}

/** Consecutive sheet rows as inclusive runs, top first. */
function runsOfRows(rows: readonly number[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const row of rows) {
    const previous = runs[runs.length - 1];
    if (previous && previous.last === row - 1) previous.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}

/** Rows of nulls cost less than a block of their own: runs of changed rows closer than this are written as one block. */
const MAX_GAP_ROWS = 16;

/**
 * Changed cells of existing rows, one block per run of nearby sheet rows, null where nothing
 * changes (Excel leaves those cells alone). Number formats go only on text columns that receive
 * text, so a text column keeps a formula-like string as text even if someone reformatted it.
 */
function updateBlocks(read: TableRead, edit: TableEdit, text: boolean[], formats: (string | undefined)[]): ValueBlock[] {
  const changes = edit.updated
    .map((update) => ({
      sheetRow: read.data.rowNumbers[update.index] - 1,
      row: edit.rows[rowPosition(edit, update.index)],
      offsets: update.keys.map((key) => read.columnKeys.indexOf(key)).filter((offset) => offset >= 0),
    }))
    .filter((change) => change.offsets.length > 0)
    .sort((a, b) => a.sheetRow - b.sheetRow);
  const blocks: ValueBlock[] = [];
  let run: typeof changes = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = Math.min(...run.flatMap((change) => change.offsets));
    const last = Math.max(...run.flatMap((change) => change.offsets));
    const top = run[0].sheetRow;
    const values: ExcelInput[][] = Array.from({ length: run[run.length - 1].sheetRow - top + 1 }, () => Array<ExcelInput>(last - first + 1).fill(null));
    for (const change of run) {
      for (const offset of change.offsets) {
        const key = read.columnKeys[offset];
        if (key) values[change.sheetRow - top][offset - first] = replacement(change.row[key], text[offset]);
      }
    }
    const receivesText = (index: number) => values.some((row) => typeof row[index] === "string" && row[index] !== "");
    blocks.push({
      sheet: read.sheet,
      row: top,
      column: read.firstColumn + first,
      values,
      columnFormats: formats.slice(first, last + 1).map((format, index) => (format === TEXT_FORMAT && receivesText(index) ? format : undefined)),
      partial: true,
    });
    run = [];
  };
  for (const change of changes) {
    if (run.length > 0 && change.sheetRow - run[run.length - 1].sheetRow > MAX_GAP_ROWS + 1) flush();
    run.push(change);
  }
  flush();
  return blocks;
}

/** Where a kept row (by its index among the current rows) sits in the edit's rows. */
function rowPosition(edit: TableEdit, index: number): number {
  const deletedBefore = edit.deleted.filter((deleted) => deleted < index).length;
  return index - deletedBefore;
}

/**
 * Before new rows are written: a totals row is taken out of the table (its formulas were read and
 * come back under the new rows), so the rows written where it was are body rows and its SUBTOTAL
 * formulas are not overwritten.
 */
export function queueTableBeforeValues(context: Excel.RequestContext, write: TableWrite): void {
  if (!write.read.totalsFormulas || write.lastRow <= write.read.headerRow + write.read.bodyRows) return;
  context.workbook.tables.getItem(write.read.def.tableName).showTotals = false;
}

/** After the values: the table grown over new rows (their formats and dropdowns set), then removed rows deleted. */
export function queueTableResize(context: Excel.RequestContext, write: TableWrite, features: ExcelFeatures): void {
  const { read } = write;
  const worksheet = context.workbook.worksheets.getItem(read.sheet);
  const width = read.columnKeys.length;
  const oldLastRow = read.headerRow + read.bodyRows;
  if (write.lastRow > oldLastRow) {
    const whole = worksheet.getRangeByIndexes(read.headerRow, read.firstColumn, write.lastRow - read.headerRow + 1, width);
    let table = context.workbook.tables.getItem(read.def.tableName);
    if (features.tableResize) {
      table.resize(whole);
    } else {
      // ExcelApi 1.9 has no Table.resize: the table is turned back into cells and made again over the larger range.
      table.convertToRange();
      table = worksheet.tables.add(whole, true);
      table.name = read.def.tableName;
      table.style = read.style;
      // Formatting over the old table does not reach rows of a table made again: its highlights are set again over the whole body.
      const body = worksheet.getRangeByIndexes(read.headerRow + 1, read.firstColumn, write.lastRow - read.headerRow, width);
      body.conditionalFormats.clearAll();
      queueHighlights(worksheet, tablePlan(read.def, [], [], read.data.language), read.headerRow + 1, write.lastRow - read.headerRow);
    }
    tableColumns(read).forEach((column, offset) => queueColumnCells(worksheet, column, read.firstColumn + offset, oldLastRow + 1, write.lastRow - oldLastRow));
    if (read.totalsFormulas) {
      table.showTotals = true;
      table.getTotalRowRange().formulas = [read.totalsFormulas];
    }
  }
  for (const run of write.removeRuns) worksheet.getRangeByIndexes(run.first, read.firstColumn, run.last - run.first + 1, width).delete("Up");
  if (write.emptyRow !== null) worksheet.getRangeByIndexes(write.emptyRow, read.firstColumn, 1, width).clear("Contents");
}
