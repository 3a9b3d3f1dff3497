import { emptyWorkbookPlans, tablePlan } from "../core/structure/workbook-structure";
import { listsPlan } from "../core/structure/workbook-structure";
import { LISTS_SHEET, TABLES, type TableName } from "../model/tables";
import type { SheetPlan } from "../workbook/plan";
import type { WorkbookPort } from "../workbook/port";

export interface StructureResult {
  createdTables: TableName[];
  createdLists: boolean;
}

/** Writes every table and the Lists sheet into an empty workbook. */
export async function initWorkbook(port: WorkbookPort): Promise<StructureResult> {
  await port.apply({ plans: emptyWorkbookPlans() });
  return { createdTables: TABLES.map((def) => def.name), createdLists: true };
}

/**
 * Adds whatever part of the structure a workbook lacks (a table someone deleted, the Lists
 * sheet), leaving every existing table and its rows as they are.
 */
export async function ensureStructure(port: WorkbookPort): Promise<StructureResult> {
  const { plans, result } = await missingStructure(port);
  if (plans.length > 0) await port.apply({ plans });
  return result;
}

/** The plans that would add what the structure lacks, for a command that writes them with its own changes. */
export async function missingStructure(port: WorkbookPort): Promise<{ plans: SheetPlan[]; result: StructureResult }> {
  const present = await port.readTables(TABLES.map((def) => def.name));
  const sheets = await port.sheetNames();
  const missing = TABLES.filter((def) => !present[def.name]);
  const plans: SheetPlan[] = missing.map((def) => tablePlan(def, []));
  const createdLists = !sheets.includes(LISTS_SHEET);
  if (createdLists) plans.push(listsPlan());
  return { plans, result: { createdTables: missing.map((def) => def.name), createdLists } };
}
