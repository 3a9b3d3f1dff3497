import { MAX_CELL_CHARS } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { columnLetter, headerRowNumber, quoteSheetName, type SheetPlan } from "./plan";

/**
 * Refuses a plan that Excel could not hold, before any adapter writes a cell of it, so a
 * write is all-or-nothing: text longer than a cell takes is refused, never cut.
 */
export function assertPlanWritable(plan: SheetPlan): void {
  const headerRow = headerRowNumber(plan);
  const firstDataRow = headerRow + 1;
  const assertFits = (value: unknown, row: number, column: number) => {
    if (typeof value === "string" && value.length > MAX_CELL_CHARS) {
      throw new UserFacingError("error.cellTooLong", { location: `${quoteSheetName(plan.sheet)}!${columnLetter(column)}${row}`, length: value.length, max: MAX_CELL_CHARS });
    }
  };
  // Titles, legends and headers are cells too: a plan's preamble and headers are checked like its rows.
  (plan.preamble ?? []).forEach((row, rowIndex) => row.forEach((value, columnIndex) => assertFits(value, rowIndex + 1, columnIndex + 1)));
  plan.columns.forEach((column, columnIndex) => assertFits(column.header, headerRow, columnIndex + 1));
  plan.rows.forEach((row, rowIndex) => {
    if (row.length > plan.columns.length) {
      throw new Error(`Plan for ${plan.sheet}: row ${rowIndex + 1} has ${row.length} values for ${plan.columns.length} columns`);
    }
    row.forEach((value, columnIndex) => {
      if (typeof value === "string" && value.length > MAX_CELL_CHARS) {
        throw new UserFacingError("error.cellTooLong", {
          location: `${quoteSheetName(plan.sheet)}!${columnLetter(columnIndex + 1)}${firstDataRow + rowIndex}`,
          length: value.length,
          max: MAX_CELL_CHARS,
        });
      }
    });
  });
}

/** Strings Excel would read as a formula or a command if typed: they must be stored as text. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}
