import type { CellValue, Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { RECOMMENDATIONS, type ColumnDef } from "../../model/tables";
import { canonicalListValue, columnKeyByHeader, translatedVocabularyOf } from "../../model/workbook-language";
import type { SourceTable } from "./source-table";
import type { ParseEvent } from "./source-types";

/**
 * Our own Recommendations table as a source: a Rights Matrix workbook (imported into itself or
 * into another one) or its `export --table Recommendations` as .csv or .xlsx. Its rows are
 * already workbook rows with our IDs, so they are read as they are, never re-derived: the merge
 * updates by ID and adds nothing twice.
 */

/** Our column for a header, in any workbook language (Texto, Texte, Text). */
function ourColumn(header: string): ColumnDef | undefined {
  const key = columnKeyByHeader(RECOMMENDATIONS).get(normalizeText(header));
  return key === undefined ? undefined : RECOMMENDATIONS.columns.find((column) => column.key === key);
}
const TEXT_COLUMN = RECOMMENDATIONS.columns.find((column) => column.key === "text")!;

/** Our ID and Text headers, and at least half of our other headers, in any workbook language: a table no other tool writes. */
export function looksLikeRightsMatrixTable(headers: readonly string[]): boolean {
  const present = new Set(headers.map((header) => ourColumn(header)?.key).filter((key) => key !== undefined));
  if (!present.has(RECOMMENDATIONS.idColumn) || !present.has("text")) return false;
  return present.size * 2 >= RECOMMENDATIONS.columns.length;
}

/** Excel's serial day 0 (1899-12-30), so serial 1 is 1900-01-01 with Excel's leap-year quirk accounted for. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell's text as the column holds it: whole numbers in integer columns, dates (yyyy-mm-dd or
 * Excel serials) in date columns, list values (Aceptada, Acceptée) as their English keys.
 */
function typedValue(column: ColumnDef | undefined, text: string): CellValue {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const vocabulary = column ? translatedVocabularyOf(column) : null;
  if (vocabulary) return canonicalListValue(vocabulary, trimmed);
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
    const ours = ourColumn(header);
    return { key: ours?.key ?? header.trim(), def: ours };
  });
  const idHeader = table.headers.find((header) => ourColumn(header)?.key === RECOMMENDATIONS.idColumn) ?? "ID";
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
    yield { workbookRow: { location: { file, row, column: table.headers.find((header) => ourColumn(header)?.key === "text") ?? TEXT_COLUMN.header }, values } };
  }
}
