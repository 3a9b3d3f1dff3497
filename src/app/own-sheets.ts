import type { CellValue } from "../model/cells";
import type { Language } from "../model/vocabularies";
import { DEFAULT_WORKBOOK_LANGUAGE, findOwnSheet, sheetNameIn, type OwnSheet } from "../model/workbook-language";
import type { TableData, WorkbookPort } from "../workbook/port";

/**
 * Our sheets found by what they are, whatever language the workbook was made in: the Lists
 * sheet of a Spanish workbook is "Listas", its matrix "Matriz de seguimiento".
 */

/** The name the sheet has in this workbook, or the name it would get in `language` if it is not there yet. */
export async function ownSheetName(port: WorkbookPort, sheet: OwnSheet, language: Language): Promise<string> {
  return findOwnSheet(await port.sheetNames(), sheet) ?? sheetNameIn(language, sheet);
}

/** One of our sheets' values, in whatever language it is named; null when the workbook has none. */
export async function readOwnSheet(port: WorkbookPort, sheet: OwnSheet): Promise<{ name: string; values: CellValue[][] } | null> {
  const name = findOwnSheet(await port.sheetNames(), sheet);
  if (name === undefined) return null;
  const values = await port.readSheet(name);
  return values === null ? null : { name, values };
}

/**
 * The workbook's language, as its tables' headers say (the Recommendations table first): the
 * language new rows, list values and generated sheets are written in. English when there are no tables.
 */
export function workbookLanguageOf(tables: Readonly<Partial<Record<string, TableData | null>>>): Language {
  const order = ["Recommendations", "Actions", "Clusters", "Indicators", "Institutions", "Progress"];
  for (const name of order) {
    const language = tables[name]?.language;
    if (language) return language;
  }
  return DEFAULT_WORKBOOK_LANGUAGE;
}
