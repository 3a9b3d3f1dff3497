import { emptyWorkbookPlans, tablePlan } from "../core/structure/workbook-structure";
import { listsPlan } from "../core/structure/workbook-structure";
import { LISTS_SHEET, TABLES, type TableName } from "../model/tables";
import type { SheetPlan } from "../workbook/plan";
import type { TableUpsert, WorkbookPort } from "../workbook/port";

export interface StructureResult {
  createdTables: TableName[];
  createdLists: boolean;
  /** Tables that lacked columns (made by an older version) and get them now. */
  completedTables: TableName[];
}

/** Writes every table and the Lists sheet into an empty workbook. */
export async function initWorkbook(port: WorkbookPort): Promise<StructureResult> {
  await port.apply({ plans: emptyWorkbookPlans() });
  return { createdTables: TABLES.map((def) => def.name), createdLists: true, completedTables: [] };
}

/**
 * Adds whatever part of the structure a workbook lacks (a table someone deleted, the Lists
 * sheet, columns a newer version added), leaving every existing row and cell as it is.
 */
export async function ensureStructure(port: WorkbookPort): Promise<StructureResult> {
  const { plans, upserts, result } = await missingStructure(port);
  if (plans.length > 0 || upserts.length > 0) await port.apply({ plans, upserts });
  return result;
}

/**
 * The changes that would add what the structure lacks, for a command that writes them with
 * its own changes: plans for missing tables and Lists, and an empty upsert for each table that
 * lacks columns (the adapters write such a table whole, with every column, once).
 */
export async function missingStructure(port: WorkbookPort): Promise<{ plans: SheetPlan[]; upserts: TableUpsert[]; result: StructureResult }> {
  const present = await port.readTables(TABLES.map((def) => def.name));
  const sheets = await port.sheetNames();
  const missing = TABLES.filter((def) => !present[def.name]);
  const incomplete = TABLES.filter((def) => (present[def.name]?.missingColumns ?? []).length > 0);
  const plans: SheetPlan[] = missing.map((def) => tablePlan(def, []));
  const createdLists = !sheets.includes(LISTS_SHEET);
  if (createdLists) plans.push(listsPlan());
  return {
    plans,
    upserts: incomplete.map((def) => ({ table: def.name, rows: [] })),
    result: { createdTables: missing.map((def) => def.name), createdLists, completedTables: incomplete.map((def) => def.name) },
  };
}
