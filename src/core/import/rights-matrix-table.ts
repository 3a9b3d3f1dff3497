import type { CellValue, Row } from "../../model/cells";
import { RECOMMENDATIONS, type ColumnDef } from "../../model/tables";
import type { SourceTable } from "./source-table";
import type { ParseEvent } from "./source-types";

/**
 * Our own Recommendations table as a source: a Rights Matrix workbook (imported into itself or
 * into another one) or its `export --table Recommendations` as .csv or .xlsx. Its rows are
 * already workbook rows with our IDs, so they are read as they are, never re-derived: the merge
 * updates by ID and adds nothing twice.
 */

const OUR_HEADERS = new Map(RECOMMENDATIONS.columns.map((column) => [column.header.toLowerCase(), column]));
const ID_HEADER = RECOMMENDATIONS.columns.find((column) => column.key === RECOMMENDATIONS.idColumn)!.header.toLowerCase();
const TEXT_HEADER = RECOMMENDATIONS.columns.find((column) => column.key === "text")!.header.toLowerCase();

/** Our ID and Text headers, and at least half of our other headers: a table no other tool writes. */
export function looksLikeRightsMatrixTable(headers: readonly string[]): boolean {
  const present = new Set(headers.map((header) => header.trim().toLowerCase()));
  if (!present.has(ID_HEADER) || !present.has(TEXT_HEADER)) return false;
  const ours = [...OUR_HEADERS.keys()].filter((header) => present.has(header)).length;
  return ours * 2 >= OUR_HEADERS.size;
}

/** Excel's serial day 0 (1899-12-30), so serial 1 is 1900-01-01 with Excel's leap-year quirk accounted for. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's text as the column holds it: whole numbers in integer columns, dates (yyyy-mm-dd or Excel serials) in date columns. */
function typedValue(column: ColumnDef | undefined, text: string): CellValue {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (column?.type === "integer" && /^-?\d+(\.0+)?$/.test(trimmed)) return Number(trimmed);
  if (column?.type === "date") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
      const date = new Date(`${trimmed}T00:00:00Z`);
      if (!Number.isNaN(date.getTime())) return date;
    }
    if (/^\d{1,6}(\.\d+)?$/.test(trimmed)) return new Date(EXCEL_EPOCH + Math.floor(Number(trimmed)) * 86_400_000);
  }
  return text;
}

/**
 * Each row of the table as a workbook row. A row without an ID is not one of ours (someone added
 * it to the export by hand): it is listed as a problem, not guessed at.
 */
export function* readRightsMatrixTable(table: SourceTable, file: string): Generator<ParseEvent> {
  const columns = table.headers.map((header) => {
    const ours = OUR_HEADERS.get(header.trim().toLowerCase());
    return { key: ours?.key ?? header.trim(), def: ours };
  });
  const idHeader = table.headers.find((header) => header.trim().toLowerCase() === ID_HEADER) ?? ID_HEADER;
  for (const { row, cells } of table.rows) {
    if (cells.every((cell) => !cell.trim())) continue;
    const values: Row = {};
    columns.forEach(({ key, def }, index) => {
      if (key) values[key] = typedValue(def, cells[index] ?? "");
    });
    if (values.id === null || values.id === undefined) {
      yield { problem: { location: { file, row, column: idHeader }, key: "import.workbookRowWithoutId", params: {} } };
      continue;
    }
    if (typeof values.id === "string") values.id = values.id.trim();
    yield { workbookRow: { location: { file, row, column: OUR_HEADERS.get(TEXT_HEADER)!.header }, values } };
  }
}
