import { emptyWorkbookPlans, listsPlan, tablePlan } from "../core/structure/workbook-structure";
import { TABLES, type TableName } from "../model/tables";
import type { Language } from "../model/vocabularies";
import { DEFAULT_WORKBOOK_LANGUAGE, findOwnSheet, localizedLists } from "../model/workbook-language";
import { workbookLanguageOf } from "./own-sheets";
import type { SheetPlan } from "../workbook/plan";
import type { TableUpsert, WorkbookPort } from "../workbook/port";

export interface StructureResult {
  /** The workbook's language: the one it was made in, or the one a new workbook gets. */
  language: Language;
  createdTables: TableName[];
  createdLists: boolean;
  /** Tables that lacked columns (made by an older version) and get them now. */
  completedTables: TableName[];
}

/** Writes every table and the Lists sheet into an empty workbook, in `language` (sheet names, headers, list values). */
export async function initWorkbook(port: WorkbookPort, language: Language = DEFAULT_WORKBOOK_LANGUAGE): Promise<StructureResult> {
  await port.apply({ plans: emptyWorkbookPlans(language) });
  return { language, createdTables: TABLES.map((def) => def.name), createdLists: true, completedTables: [] };
}

/**
 * Adds whatever part of the structure a workbook lacks (a table someone deleted, the Lists
 * sheet, columns a newer version added), leaving every existing row and cell as it is.
 */
export async function ensureStructure(port: WorkbookPort, language?: Language): Promise<StructureResult> {
  const { plans, upserts, result } = await missingStructure(port, language);
  if (plans.length > 0 || upserts.length > 0) await port.apply({ plans, upserts });
  return result;
}

/**
 * The changes that would add what the structure lacks, for a command that writes them with
 * its own changes: plans for missing tables and Lists, and an empty upsert for each table that
 * lacks columns (the adapters write such a table whole, with every column, once). What is added
 * is in the language of the tables already there; `language` is for a workbook that has none.
 */
export async function missingStructure(port: WorkbookPort, language?: Language): Promise<{ plans: SheetPlan[]; upserts: TableUpsert[]; result: StructureResult }> {
  const present = await port.readTables(TABLES.map((def) => def.name));
  const sheets = await port.sheetNames();
  const anyTable = TABLES.some((def) => present[def.name]);
  const workbookLanguage = anyTable || !language ? workbookLanguageOf(present) : language;
  const missing = TABLES.filter((def) => !present[def.name]);
  const incomplete = TABLES.filter((def) => (present[def.name]?.missingColumns ?? []).length > 0);
  const plans: SheetPlan[] = missing.map((def) => tablePlan(def, [], [], workbookLanguage));
  const createdLists = findOwnSheet(sheets, "Lists") === undefined;
  if (createdLists) plans.push(listsPlan(localizedLists(workbookLanguage), workbookLanguage));
  return {
    plans,
    upserts: incomplete.map((def) => ({ table: def.name, rows: [] })),
    result: { language: workbookLanguage, createdTables: missing.map((def) => def.name), createdLists, completedTables: incomplete.map((def) => def.name) },
  };
}
