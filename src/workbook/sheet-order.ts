import { DASHBOARD_SHEET, LISTS_SHEET, MATRIX_SHEET, TABLES } from "../model/tables";

/** What people read first (dashboard, matrix), then the tables, then Lists, then any other sheets as they were. */
const SHEET_ORDER = [DASHBOARD_SHEET, MATRIX_SHEET, ...TABLES.map((def) => def.sheet), LISTS_SHEET];

/** The workbook's sheet names in the order every adapter arranges them (a stable sort: others keep their order). */
export function orderedSheetNames(names: readonly string[]): string[] {
  const rank = (name: string): number => {
    const position = SHEET_ORDER.indexOf(name);
    return position >= 0 ? position : SHEET_ORDER.length;
  };
  return names
    .map((name, index) => ({ name, index }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index)
    .map((entry) => entry.name);
}
