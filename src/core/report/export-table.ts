import { cellText, type CellValue, type Row } from "../../model/cells";
import type { TableDef } from "../../model/tables";

/** A table on its way out of the workbook: a name, headers, and rows of plain values. */
export interface ExportTable {
  title: string;
  headers: string[];
  rows: CellValue[][];
}

/** A workbook table as it stands, with any columns people added at the right. */
export function exportTableOf(def: TableDef, rows: readonly Row[], extraHeaders: readonly string[] = []): ExportTable {
  const keys = [...def.columns.map((column) => column.key), ...extraHeaders];
  return {
    title: def.name,
    headers: [...def.columns.map((column) => column.header), ...extraHeaders],
    rows: rows.map((row) => keys.map((key) => row[key] ?? null)),
  };
}

/** A cell as a person reads it: dates as yyyy-mm-dd, numbers as written, text as is (not trimmed). */
export function displayText(value: CellValue | undefined): string {
  if (typeof value === "string") return value;
  return cellText(value);
}
