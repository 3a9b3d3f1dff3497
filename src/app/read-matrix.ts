import { buildMatrix } from "../core/matrix/build-matrix";
import { carryBackEdits, readMatrixEdits } from "../core/matrix/carry-back";
import { resolveFilter } from "../core/matrix/matrix-filter";
import type { Matrix, MatrixFilter, MatrixTables } from "../core/matrix/matrix-model";
import type { Language } from "../model/vocabularies";
import type { WorkbookPort } from "../workbook/port";
import { readMatrixTables } from "./matrix-source";
import { readOwnSheet } from "./own-sheets";

/**
 * The matrix as it stands, for reading only: edits typed into the Monitoring Matrix sheet and
 * not yet carried back count (in memory; nothing is written), so an export shows what people see.
 */
export async function readMatrix(port: WorkbookPort, filter: MatrixFilter, today: Date | string, language: Language): Promise<Matrix> {
  const tables = await readMatrixTables(port);
  const matrixSheet = await readOwnSheet(port, "Matrix");
  const carried = carryBackEdits(readMatrixEdits(matrixSheet?.values ?? null, port.label, matrixSheet?.name), tables.recommendations, tables.institutions, today, language);
  const source: MatrixTables = { ...tables, recommendations: carried.recommendations };
  return buildMatrix(source, resolveFilter(filter, source, port.label), today);
}
