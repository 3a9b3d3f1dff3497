import type { CellValue } from "../../model/cells";
import type { PlanColumn, SheetPlan } from "../../workbook/plan";
import { displayText, type ExportTable } from "./export-table";

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetNameFor(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "Export";
}

/** Excel table names: a letter or underscore first, then letters, digits, underscores and dots. */
function tableNameFor(title: string): string {
  const name = title.replace(/[^\p{L}\p{N}_.]/gu, "_");
  return /^[\p{L}_]/u.test(name) ? name.slice(0, 250) : `T_${name}`.slice(0, 250);
}

function columnFor(header: string, values: readonly CellValue[]): PlanColumn {
  const longest = Math.max(header.length, ...values.slice(0, 500).map((value) => Math.max(...displayText(value).split("\n").map((line) => line.length))));
  const dates = values.some((value) => value instanceof Date);
  const numbers = values.length > 0 && values.every((value) => value === null || typeof value === "number");
  return {
    header,
    width: Math.min(60, Math.max(8, longest + 2)),
    numberFormat: dates ? "yyyy-mm-dd" : numbers ? "General" : "@",
    wrap: longest > 60,
    editable: true,
  };
}

/**
 * An exported table as a sheet of its own: one Excel table with a filter row, the header frozen
 * and repeated on every printed page. Text stays text cells (the file adapter never writes a
 * string as a formula), so nothing needs the apostrophe a CSV gets.
 */
export function exportSheetPlan(table: ExportTable): SheetPlan {
  const columns = table.headers.map((header, index) => columnFor(header, table.rows.map((row) => row[index] ?? null)));
  return {
    sheet: sheetNameFor(table.title),
    columns,
    rows: table.rows.map((row) => table.headers.map((_, index) => row[index] ?? null)),
    tables: [{ name: tableNameFor(table.title), firstColumn: 0, lastColumn: columns.length - 1, rowCount: table.rows.length }],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, fitToWidth: true, repeatHeader: true },
  };
}
