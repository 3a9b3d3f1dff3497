import { UserFacingError } from "../model/i18n/messages";
import { TABLES, type TableName } from "../model/tables";
import { findOwnSheet, OWN_SHEET_NAMES } from "../model/workbook-language";
import type { WorkbookPort } from "../workbook/port";

export type TableState =
  /** `missingColumns`: headers of columns a newer version added, which "complete the structure" adds. */
  | { table: TableName; state: "present"; rowCount: number; extraHeaders: string[]; missingColumns: string[] }
  | { table: TableName; state: "missing" }
  /** The table exists but cannot be read as it is: someone renamed or deleted its ID column. */
  | { table: TableName; state: "damaged"; problem: UserFacingError };

export interface WorkbookStatus {
  tables: TableState[];
  listsPresent: boolean;
  /** Sheets that are none of Rights Matrix's, in workbook order. */
  otherSheets: string[];
  /** True when every table, with every column, and the Lists sheet are there and readable. */
  complete: boolean;
}

/** Which parts of the structure a workbook has, table by table, so one damaged table does not hide the others. */
export async function workbookStatus(port: WorkbookPort): Promise<WorkbookStatus> {
  const tables: TableState[] = [];
  for (const def of TABLES) {
    try {
      const data = (await port.readTables([def.name]))[def.name];
      if (!data) {
        tables.push({ table: def.name, state: "missing" });
        continue;
      }
      const missingColumns = (data.missingColumns ?? []).map((key) => def.columns.find((column) => column.key === key)?.header ?? key);
      tables.push({ table: def.name, state: "present", rowCount: data.rows.length, extraHeaders: data.extraHeaders, missingColumns });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      tables.push({ table: def.name, state: "damaged", problem: error });
    }
  }
  const sheets = await port.sheetNames();
  const listsPresent = findOwnSheet(sheets, "Lists") !== undefined;
  return {
    tables,
    listsPresent,
    otherSheets: sheets.filter((sheet) => !OWN_SHEET_NAMES.has(sheet.toLowerCase())),
    complete: listsPresent && tables.every((table) => table.state === "present" && table.missingColumns.length === 0),
  };
}
