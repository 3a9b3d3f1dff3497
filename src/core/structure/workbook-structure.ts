import { cellText, type CellValue, type Row } from "../../model/cells";
import { LISTS, type ListDef } from "../../model/lists";
import { TABLES, type ColumnDef, type TableDef } from "../../model/tables";
import type { Language } from "../../model/vocabularies";
import { localizedLists, localizedTableDef, sheetNameIn } from "../../model/workbook-language";
import type { ColumnValidation, PlanColumn, SheetPlan } from "../../workbook/plan";
import { listRangeFor, listStartColumns } from "./lists-layout";
import { validationHighlights } from "../validate/highlights";

const NUMBER_FORMATS: Record<ColumnDef["type"], string> = {
  id: "@",
  text: "@",
  longText: "@",
  multi: "@",
  list: "@",
  integer: "0",
  number: "#,##0.##",
  percent: "0%",
  date: "yyyy-mm-dd",
};

function validationFor(column: ColumnDef, language: Language): ColumnValidation | undefined {
  if (column.list) return { kind: "list", source: listRangeFor(column.list, language) };
  if (column.type === "integer") return { kind: "wholeNumber", min: column.min, max: column.max };
  if (column.type === "number" || column.type === "percent") return { kind: "decimal", min: column.min, max: column.max };
  if (column.type === "date") return { kind: "date" };
  if (column.maxLength) return { kind: "textLength", max: column.maxLength };
  return undefined;
}

/** A column as a workbook in `language` lays it out; `column.header` is taken as it is given. */
export function planColumn(column: ColumnDef, language: Language = "en"): PlanColumn {
  return {
    header: column.header,
    width: column.width,
    numberFormat: NUMBER_FORMATS[column.type],
    wrap: column.type === "longText",
    editable: column.origin !== "generated",
    validation: validationFor(column, language),
  };
}

/** Extra columns people added stay as plain text columns at the right of the table. */
const extraColumn = (header: string): PlanColumn => ({ header, width: 18, editable: true });

/**
 * A table's sheet, with every row and any columns people added, in a workbook in `language`
 * (sheet name and headers translated; rows are written as given).
 */
export function tablePlan(def: TableDef, rows: readonly Row[], extraHeaders: readonly string[] = [], language: Language = "en"): SheetPlan {
  const local = localizedTableDef(def, language);
  const columns = [...local.columns.map((column) => planColumn(column, language)), ...extraHeaders.map(extraColumn)];
  const keys = [...def.columns.map((column) => column.key), ...extraHeaders];
  return {
    sheet: local.sheet,
    columns,
    rows: rows.map((row) => keys.map((key) => row[key] ?? null)),
    tables: [{ name: def.tableName, firstColumn: 0, lastColumn: columns.length - 1, rowCount: rows.length }],
    freeze: { rows: 1, columns: 1 },
    conditionalFormats: validationHighlights(def, language),
  };
}

/** The Lists sheet: every vocabulary as a table, side by side, each the source of its dropdowns. */
export function listsPlan(lists: readonly ListDef[] = LISTS, language: Language = "en"): SheetPlan {
  const starts = listStartColumns(lists);
  const width = Math.max(...lists.map((list) => (starts.get(list.name) ?? 0) + list.headers.length - 1));
  const height = Math.max(...lists.map((list) => list.rows.length));
  const columns: PlanColumn[] = Array.from({ length: width }, () => ({ header: "", width: 3, editable: true }));
  const rows: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const tables = lists.map((list) => {
    const first = (starts.get(list.name) ?? 1) - 1;
    list.headers.forEach((header, offset) => {
      const longest = Math.max(header.length, ...list.rows.map((row) => cellText(row[offset]).length));
      columns[first + offset] = { header, width: Math.min(60, Math.max(10, longest + 2)), numberFormat: "@", editable: true };
    });
    list.rows.forEach((row, rowIndex) => row.forEach((value, offset) => (rows[rowIndex][first + offset] = value)));
    return { name: list.tableName, firstColumn: first, lastColumn: first + list.headers.length - 1, rowCount: list.rows.length };
  });
  return { sheet: sheetNameIn(language, "Lists"), columns, rows, tables, freeze: { rows: 1, columns: 0 } };
}

/** Plans for a new, empty structured workbook in `language`: every table, then the Lists sheet. */
export function emptyWorkbookPlans(language: Language = "en"): SheetPlan[] {
  return [...TABLES.map((def) => tablePlan(def, [], [], language)), listsPlan(localizedLists(language), language)];
}
