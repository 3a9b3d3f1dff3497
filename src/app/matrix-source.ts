import type { MatrixTables } from "../core/matrix/matrix-model";
import type { Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import type { TableName } from "../model/tables";
import type { Language } from "../model/vocabularies";
import type { WorkbookPort } from "../workbook/port";
import { workbookLanguageOf } from "./own-sheets";

const MATRIX_SOURCE_TABLES: readonly TableName[] = ["Recommendations", "Clusters", "Actions", "Indicators", "Institutions", "Progress"];

/**
 * The tables the matrix is built from, read in one go. Building a matrix from a workbook without
 * a Recommendations table is refused (there would be nothing to put in it); listing the filter
 * choices of such a workbook is not (there are none).
 */
export async function readMatrixTables(port: WorkbookPort, { requireRecommendations = true } = {}): Promise<MatrixTables> {
  return (await readMatrixSource(port, { requireRecommendations })).tables;
}

/** The matrix's tables, and the workbook's language they are written in (which the generated sheets speak too). */
export async function readMatrixSource(port: WorkbookPort, { requireRecommendations = true } = {}): Promise<{ tables: MatrixTables; language: Language }> {
  const tables = await port.readTables(MATRIX_SOURCE_TABLES);
  if (!tables.Recommendations && requireRecommendations) throw new UserFacingError("matrix.error.noRecommendations", { file: port.label });
  const rowsOf = (name: TableName): readonly Row[] => tables[name]?.rows ?? [];
  return {
    tables: {
      recommendations: rowsOf("Recommendations"),
      clusters: rowsOf("Clusters"),
      actions: rowsOf("Actions"),
      indicators: rowsOf("Indicators"),
      institutions: rowsOf("Institutions"),
      progress: rowsOf("Progress"),
    },
    language: workbookLanguageOf(tables),
  };
}
