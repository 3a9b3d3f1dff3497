/*
 * PLACEHOLDER, written on branch `web` only so the task pane compiles: the real Excel adapter is
 * being written on branch `excel`. The lead replaces this file with that one on merge.
 * It refuses every operation with a clear message instead of pretending to work.
 */
import type { CellValue } from "../../model/cells";
import type { TableName } from "../../model/tables";
import type { TableData, WorkbookChanges, WorkbookPort } from "../port";

const NOT_BUILT = "The Excel adapter is not part of this build (placeholder from branch web).";

export class ExcelWorkbook implements WorkbookPort {
  readonly label = "this workbook";

  async sheetNames(): Promise<string[]> {
    throw new Error(NOT_BUILT);
  }

  async readTables<Name extends TableName>(_names: readonly Name[]): Promise<Record<Name, TableData | null>> {
    throw new Error(NOT_BUILT);
  }

  async readSheet(_sheet: string): Promise<CellValue[][] | null> {
    throw new Error(NOT_BUILT);
  }

  async apply(_changes: WorkbookChanges): Promise<void> {
    throw new Error(NOT_BUILT);
  }
}
