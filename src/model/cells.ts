/** A value as it sits in one worksheet cell; dates are JavaScript Dates in UTC. */
export type CellValue = string | number | boolean | Date | null;

/**
 * One table row keyed by column key (see `tables.ts`). Columns a user added to a table
 * themselves are keyed by their header text, so they survive every rewrite.
 */
export type Row = Record<string, CellValue>;

/** Excel's hard limit for the characters in one cell. */
export const MAX_CELL_CHARS = 32767;

/** Separator for multi-valued text cells (themes, States, institutions...). */
export const MULTI_VALUE_SEPARATOR = "; ";

export function splitMultiValue(value: CellValue): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(/;|\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function joinMultiValue(values: readonly string[]): string {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))].join(MULTI_VALUE_SEPARATOR);
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
