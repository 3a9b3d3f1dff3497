import type { CellValue } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { planColumn } from "../../core/structure/workbook-structure";
import { columnLetter, quoteSheetName, type PlanColumn } from "../plan";
import type { TableEdit } from "../table-values";
import { excelInput, TEXT_FORMAT, type ExcelInput } from "./cell-input";
import type { TableRead } from "./excel-reads";
import { queueColumnCells, type ExcelFeatures } from "./plan-writer";
import type { ValueBlock } from "./value-blocks";

/**
 * An upsert or deletion carried out on a table in place: changed cells of existing rows are
 * written where they are (other cells are sent as null, which Excel leaves alone), new rows are
 * written under the table, which is then resized (never `rows.add`, which breaks co-authoring).
 */
export interface TableWrite {
  read: TableRead;
  blocks: ValueBlock[];
  /** 0-based sheet row of the last body row afterwards. */
  lastRow: number;
  /** Body rows at the bottom to remove (0-based, inclusive), shifting what is below up; null if none. */
  removeRows: { first: number; last: number } | null;
}

/** The plan column (format, wrap, dropdown) behind each table column; extra columns are plain. */
function tableColumns(read: TableRead): PlanColumn[] {
  return read.columnKeys.map((key) => {
    const column = read.def.columns.find((candidate) => candidate.key === key);
    return column ? planColumn(column) : { header: key ?? "", width: 18, editable: true };
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
  const firstBodyRow = read.headerRow + 1;
  const oldLastRow = read.headerRow + read.bodyRows;
  const blocks: ValueBlock[] = [];
  let lastRow: number;
  let removeRows: TableWrite["removeRows"] = null;

  if (edit.deleted.length > 0) {
    // Rows go away: the body is rewritten from the merged rows and the surplus rows removed.
    const values = edit.rows.length > 0 ? edit.rows.map(fullRow) : [read.columnKeys.map((): ExcelInput => "")];
    blocks.push({ sheet: read.sheet, row: firstBodyRow, column: read.firstColumn, values, columnFormats: formats, partial: false });
    lastRow = firstBodyRow + values.length - 1;
    if (lastRow < oldLastRow) removeRows = { first: lastRow + 1, last: oldLastRow };
  } else {
    blocks.push(...updateBlocks(read, edit, text, formats));
    const lastUsed = read.data.rowNumbers.length > 0 ? Math.max(...read.data.rowNumbers) - 1 : read.headerRow;
    if (edit.appended.length > 0) {
      blocks.push({ sheet: read.sheet, row: lastUsed + 1, column: read.firstColumn, values: edit.appended.map(fullRow), columnFormats: formats, partial: false });
    }
    lastRow = Math.max(oldLastRow, lastUsed + edit.appended.length);
  }
  if (lastRow > oldLastRow && read.firstUsedRowBelow !== null && read.firstUsedRowBelow <= lastRow) {
    throw new UserFacingError("error.excelCellsBelowTable", {
      file: label,
      table: read.def.tableName,
      rows: lastRow - oldLastRow,
      location: `${quoteSheetName(read.sheet)}!${columnLetter(read.firstColumn + 1)}${read.firstUsedRowBelow + 1}`,
    });
  }
  return { read, blocks, lastRow, removeRows };
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

/** After the values: surplus rows removed, the table grown over new rows, their formats and dropdowns set. */
export function queueTableResize(context: Excel.RequestContext, write: TableWrite, features: ExcelFeatures): void {
  const { read } = write;
  const worksheet = context.workbook.worksheets.getItem(read.sheet);
  const width = read.columnKeys.length;
  if (write.removeRows) {
    worksheet.getRangeByIndexes(write.removeRows.first, read.firstColumn, write.removeRows.last - write.removeRows.first + 1, width).delete("Up");
  }
  const oldLastRow = read.headerRow + read.bodyRows;
  if (write.lastRow <= oldLastRow) return;
  const whole = worksheet.getRangeByIndexes(read.headerRow, read.firstColumn, write.lastRow - read.headerRow + 1, width);
  if (features.tableResize) {
    context.workbook.tables.getItem(read.def.tableName).resize(whole);
  } else {
    // ExcelApi 1.9 has no Table.resize: the table is turned back into cells and made again over the larger range.
    context.workbook.tables.getItem(read.def.tableName).convertToRange();
    const table = worksheet.tables.add(whole, true);
    table.name = read.def.tableName;
    table.style = read.style;
  }
  tableColumns(read).forEach((column, offset) => queueColumnCells(worksheet, column, read.firstColumn + offset, oldLastRow + 1, write.lastRow - oldLastRow));
}
