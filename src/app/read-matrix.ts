import { buildMatrix } from "../core/matrix/build-matrix";
import { carryBackEdits, readMatrixEdits } from "../core/matrix/carry-back";
import { resolveFilter } from "../core/matrix/matrix-filter";
import type { Matrix, MatrixFilter, MatrixTables } from "../core/matrix/matrix-model";
import { UserFacingError } from "../model/i18n/messages";
import { MATRIX_SHEET, type TableName } from "../model/tables";
import type { Language } from "../model/vocabularies";
import type { WorkbookPort } from "../workbook/port";

const TABLES: readonly TableName[] = ["Recommendations", "Clusters", "Actions", "Indicators", "Institutions", "Progress"];

/**
 * The matrix as it stands, for reading only: edits typed into the Monitoring Matrix sheet and
 * not yet carried back count (in memory; nothing is written), so an export shows what people see.
 */
export async function readMatrix(port: WorkbookPort, filter: MatrixFilter, today: Date | string, language: Language): Promise<Matrix> {
  const tables = await port.readTables(TABLES);
  if (!tables.Recommendations) throw new UserFacingError("matrix.error.noRecommendations", { file: port.label });
  const rowsOf = (name: TableName) => tables[name]?.rows ?? [];
  const carried = carryBackEdits(readMatrixEdits(await port.readSheet(MATRIX_SHEET), port.label), rowsOf("Recommendations"), rowsOf("Institutions"), today, language);
  const source: MatrixTables = {
    recommendations: carried.recommendations,
    clusters: rowsOf("Clusters"),
    actions: rowsOf("Actions"),
    indicators: rowsOf("Indicators"),
    institutions: rowsOf("Institutions"),
    progress: rowsOf("Progress"),
  };
  return buildMatrix(source, resolveFilter(filter, source, port.label), today);
}
