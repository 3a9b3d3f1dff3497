import { TABLES } from "../model/tables";
import { sheetNameVariants, type OwnSheet } from "../model/workbook-language";

/**
 * Where our sheets go in a new workbook: what people read first (dashboard, matrix), then the
 * tables, then Lists; each under its name in every workbook language.
 */
const SHEET_ORDER: readonly OwnSheet[] = ["Dashboard", "Matrix", ...TABLES.map((def) => def.name), "Lists"];
const RANK = new Map(SHEET_ORDER.flatMap((sheet, position) => sheetNameVariants(sheet).map((name) => [name.toLowerCase(), position] as const)));

/** Sheet names are case-insensitive in Excel: "lists" (or "listas") is our Lists sheet. */
function rank(name: string): number | undefined {
  return RANK.get(name.toLowerCase());
}

/**
 * The workbook's sheets after a write: the sheets that were there keep the order people gave
 * them (a colleague's sheet between ours stays there); a sheet of ours that is new goes before
 * the first existing sheet of ours that comes after it in SHEET_ORDER, or else after the last
 * one that comes before it; any other new sheet goes last. In a workbook that has none of our
 * sheets yet (a blank workbook's "Sheet1"), ours go first, so the tables are what opens.
 */
export function orderedSheetNames(existing: readonly string[], added: readonly string[]): string[] {
  if (!existing.some((name) => rank(name) !== undefined)) {
    const ours = added.filter((name) => rank(name) !== undefined).sort((a, b) => (rank(a) ?? 0) - (rank(b) ?? 0));
    return [...ours, ...existing, ...added.filter((name) => rank(name) === undefined)];
  }
  const result = [...existing];
  for (const name of added) {
    const own = rank(name);
    if (own === undefined) {
      result.push(name);
      continue;
    }
    const before = result.findIndex((other) => (rank(other) ?? -1) > own);
    if (before >= 0) {
      result.splice(before, 0, name);
      continue;
    }
    let after = -1;
    result.forEach((other, index) => {
      if (rank(other) !== undefined) after = index;
    });
    if (after >= 0) result.splice(after + 1, 0, name);
    else result.push(name);
  }
  return result;
}
