import { columnLetter, type PlanFormula } from "./plan";
import type { TableEdit } from "./table-values";

/**
 * Formulas carried through a rewrite that moves cells: a table written whole again (to add the
 * columns a table from an older version lacks) puts each row and column where the plan says,
 * not where it was, so a person's formula (`=LEN(B2)` beside its row) must point at the cells'
 * new places. Pure; the Excel adapter reads the formulas and writes them back.
 */

/** 0-based sheet row and column. */
export interface CellPlace {
  row: number;
  column: number;
}

/** Column letters -> 1-based column number. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * An A1 cell reference (`B2`, `$B$2`, either end of `B2:C9`): not part of a name, a function
 * (`LOG10(`), another reference or a sheet-qualified one (`Lists!A2` points elsewhere).
 */
const CELL_REFERENCE = /(?<![A-Za-z0-9_.$!'\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * Rewrites the references of `formula` to cells that moved: `moved` gives a cell's new place, or
 * null when it did not move (or is not ours to move). Text in double quotes is left alone, and so
 * are references qualified by a sheet name, whole columns and rows, and structured references
 * (`Table[Column]`), which follow the table by name.
 */
export function moveReferences(formula: string, moved: (place: CellPlace) => CellPlace | null): string {
  // Split off string literals ("" is an escaped quote inside one) so that only formula text is rewritten.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(CELL_REFERENCE, (whole: string, columnDollar: string, letters: string, rowDollar: string, digits: string) => {
            const column = columnNumber(letters);
            if (column > 16_384) return whole;
            const target = moved({ row: Number(digits) - 1, column: column - 1 });
            if (!target) return whole;
            return `${columnDollar}${columnLetter(target.column + 1)}${rowDollar}${target.row + 1}`;
          }),
    )
    .join("");
}

/** Where a table's rows and columns were: what a rewrite needs to carry its formulas along. */
export interface TableSource {
  /** 0-based sheet row of the header and column of the first table column. */
  headerRow: number;
  firstColumn: number;
  /** Column key (or extra header) of each table column, left to right; null for a column without one. */
  columnKeys: readonly (string | null)[];
  /** 1-based sheet row of each current row (TableData.rowNumbers). */
  rowNumbers: readonly number[];
}

/**
 * The formulas of a table's body as they must be written into the table's rewrite: each at its
 * cell's new place (the edit's row order, the plan's column order, the header on `newHeaderRow`),
 * its references to moved cells rewritten. `formulas` holds the body from the row under the
 * header down, null where a cell holds a constant. Removed rows take their formulas with them.
 */
export function carriedFormulas(source: TableSource, edit: Pick<TableEdit, "keys" | "deleted">, formulas: readonly (readonly (string | null)[])[], newHeaderRow: number): PlanFormula[] {
  const deleted = new Set(edit.deleted);
  const newRowBySheetRow = new Map<number, number>();
  let kept = 0;
  source.rowNumbers.forEach((rowNumber, index) => {
    if (!deleted.has(index)) newRowBySheetRow.set(rowNumber - 1, kept++);
  });
  const newColumn = (column: number): number | null => {
    const key = source.columnKeys[column - source.firstColumn];
    const index = key ? edit.keys.indexOf(key) : -1;
    return index >= 0 ? index : null;
  };
  const moved = ({ row, column }: CellPlace): CellPlace | null => {
    const to = newColumn(column);
    if (to === null) return null;
    if (row === source.headerRow) return { row: newHeaderRow, column: to };
    const dataRow = newRowBySheetRow.get(row);
    return dataRow === undefined ? null : { row: newHeaderRow + 1 + dataRow, column: to };
  };
  const carried: PlanFormula[] = [];
  formulas.forEach((cells, offset) => {
    const dataRow = newRowBySheetRow.get(source.headerRow + 1 + offset);
    if (dataRow === undefined) return;
    cells.forEach((formula, columnOffset) => {
      const column = newColumn(source.firstColumn + columnOffset);
      if (formula !== null && column !== null) carried.push({ row: dataRow, column, formula: moveReferences(formula, moved) });
    });
  });
  return carried;
}
