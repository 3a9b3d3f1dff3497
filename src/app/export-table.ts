import { clipboardTable, type ClipboardTable } from "../core/report/clipboard";
import { toCsv } from "../core/report/csv";
import { exportSheetPlan } from "../core/report/export-sheet";
import { exportTableOf, type ExportTable } from "../core/report/export-table";
import { describeProblem, impactOssHandOver, type ImpactOssHandOver, type ImpactOssOptions } from "../core/report/impactoss";
import { matrixExportTable } from "../core/report/matrix-table";
import type { MatrixFilter } from "../core/matrix/matrix-model";
import type { Language } from "../model/vocabularies";
import { readMatrix } from "./read-matrix";
import { localizedTableDef, rowInLanguage, sheetNameVariants } from "../model/workbook-language";
import { normalizeText } from "../model/ids";
import { UserFacingError } from "../model/i18n/messages";
import { TABLES, type TableDef, type TableName } from "../model/tables";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookPort } from "../workbook/port";

export type TableFileFormat = "csv" | "xlsx";

/** A CSV's text, or the sheet an .xlsx file (or a new worksheet) gets. */
export type TableFile = { format: "csv"; table: ExportTable; text: string } | { format: "xlsx"; table: ExportTable; plan: SheetPlan };

/** A table named as its table or sheet name (in any workbook language), in any case. */
export function tableNamed(name: string): TableDef {
  const wanted = normalizeText(name);
  const def = TABLES.find((candidate) => normalizeText(candidate.name) === wanted || sheetNameVariants(candidate.name).some((sheet) => normalizeText(sheet) === wanted));
  if (!def) throw new UserFacingError("export.unknownTable", { table: name, tables: TABLES.map((table) => table.name).join(", ") });
  return def;
}

export async function readTableOrFail(port: WorkbookPort, name: TableName) {
  const table = (await port.readTables([name]))[name];
  if (!table) throw new UserFacingError("progress.tableMissing", { file: port.label, table: name });
  return table;
}

export function tableFile(table: ExportTable, format: TableFileFormat): TableFile {
  return format === "csv" ? { format, table, text: toCsv(table.headers, table.rows) } : { format, table, plan: exportSheetPlan(table) };
}

async function workbookTable(port: WorkbookPort, name: string): Promise<ExportTable> {
  const def = tableNamed(name);
  const data = await readTableOrFail(port, def.name);
  // As the workbook holds it: a Spanish workbook's table goes out with its Spanish headers and list values.
  const language = data.language ?? "en";
  return exportTableOf(localizedTableDef(def, language), data.rows.map((row) => rowInLanguage(def, row, language)), data.extraHeaders);
}

interface MatrixRequest {
  filter: MatrixFilter;
  language: Language;
  today: Date | string;
}

async function matrixTable(port: WorkbookPort, request: MatrixRequest): Promise<ExportTable> {
  return matrixExportTable(await readMatrix(port, request.filter, request.today, request.language), request.language);
}

/** Any workbook table as it stands, as CSV (UTF-8 with BOM) or as an .xlsx sheet. */
export async function exportWorkbookTable(port: WorkbookPort, name: string, format: TableFileFormat): Promise<TableFile> {
  return tableFile(await workbookTable(port, name), format);
}

/** The matrix, or the subset a filter picks, as one flat table (a Cluster column, then the matrix's columns). */
export async function exportMatrixTable(port: WorkbookPort, request: MatrixRequest, format: TableFileFormat): Promise<TableFile> {
  return tableFile(await matrixTable(port, request), format);
}

/**
 * "Copy as table": a workbook table, or the (filtered) matrix when no table is named, as the
 * HTML and plain text the task pane puts on the clipboard.
 */
export async function copyAsTable(port: WorkbookPort, request: MatrixRequest & { table?: string }): Promise<ClipboardTable> {
  return clipboardTable(request.table ? await workbookTable(port, request.table) : await matrixTable(port, request));
}

/**
 * Recommendations, actions and indicators as IMPACT OSS import files, with the categories sheet
 * an administrator creates first. Refused, with every row named, when IMPACT OSS would refuse
 * a row: nothing half-imported.
 */
export async function exportImpactOss(port: WorkbookPort, options: ImpactOssOptions = {}): Promise<ImpactOssHandOver> {
  const [recommendations, actions, indicators] = await Promise.all(
    (["Recommendations", "Actions", "Indicators"] as const).map((name) => readTableOrFail(port, name)),
  );
  const optional = await port.readTables(["Clusters", "Institutions"]);
  const handOver = impactOssHandOver({ recommendations, actions, indicators, clusters: optional.Clusters ?? undefined, institutions: optional.Institutions ?? undefined }, options);
  if (handOver.problems.length > 0) {
    const language = options.language ?? "en";
    throw new UserFacingError("export.impactoss.refused", {
      file: port.label,
      count: handOver.problems.length,
      problems: handOver.problems.map((problem) => `  ${describeProblem(problem, language)}`).join("\n"),
    });
  }
  return handOver;
}
