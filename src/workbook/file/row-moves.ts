import { referenceText, rewriteReferences } from "./formula-refs";
import { parseRange, rangeRef, type TableRange } from "./table-part";

/**
 * Where cells go when deleted rows of a table close up: inside the table's columns, each body
 * row moves to its new row and a deleted row's cells go; every other cell stays where it is.
 * Whatever names a cell (a comment, a link, a highlight's or dropdown's range, a formula's
 * reference) is moved through this one map, so it follows its cell as Excel's "delete table
 * rows" makes it.
 */
export class RowMoves {
  constructor(
    /** The table's columns and the body rows that may move, inclusive. */
    readonly region: TableRange,
    /** New row of each body row that moves; null for a deleted row. Rows not listed stay. */
    private readonly targets: ReadonlyMap<number, number | null>,
  ) {}

  private inColumns(left: number, right: number): boolean {
    return left >= this.region.left && right <= this.region.right;
  }

  /** The row a cell goes to; null if its row was deleted. */
  rowOf(row: number, column: number): number | null {
    if (!this.inColumns(column, column)) return row;
    const target = this.targets.get(row);
    return target === undefined ? row : target;
  }

  /**
   * A range after the move: its first and last remaining rows' new places, or null when every
   * cell of it went. A range that straddles the table's edge cannot follow rows that moved on one
   * side only: it stays as it was, as every range outside the table's columns does.
   */
  range(range: TableRange): TableRange | null {
    const { region } = this;
    if (range.right < region.left || range.left > region.right || range.bottom < region.top || range.top > region.bottom) return range;
    if (!this.inColumns(range.left, range.right)) return range;
    let first = range.top;
    while (first <= range.bottom && this.rowOf(first, range.left) === null) first++;
    let last = range.bottom;
    while (last >= first && this.rowOf(last, range.left) === null) last--;
    if (first > last) return null;
    return { ...range, top: this.rowOf(first, range.left) as number, bottom: this.rowOf(last, range.left) as number };
  }

  /** A reference as written in a part ("B7", "W4:W7"): its new text, null if its cells went; text that is no reference stays. */
  reference(text: string): string | null {
    const range = parseRange(text);
    if (!range) return text;
    const moved = this.range(range);
    if (moved === null) return null;
    if (moved === range) return text;
    return moved.top === moved.bottom && moved.left === moved.right ? rangeRef(moved).split(":")[0] : rangeRef(moved);
  }

  /** A space-separated list of references (a `sqref`): each moved, those whose cells went left out ("" when none is left). */
  sqref(text: string): string {
    const parts = text.split(/\s+/).filter(Boolean);
    const moved = parts.map((part) => this.reference(part)).filter((part): part is string => part !== null);
    return moved.length === parts.length && moved.every((part, index) => part === parts[index]) ? text : moved.join(" ");
  }

  /**
   * A formula with its references to the moved sheet's cells following them ("#REF!" for cells
   * that went). References without a sheet name are to `formulaSheet`: the moved sheet for a
   * formula on it, none for a defined name.
   */
  formula(formula: string, sheetName: string, formulaSheet: string | null = sheetName): string {
    return rewriteReferences(formula, (reference) => {
      const sheet = reference.sheet ?? formulaSheet;
      if (sheet === null || sheet.toLowerCase() !== sheetName.toLowerCase()) return reference.text;
      const moved = this.range(reference.range);
      if (moved === null) return "#REF!";
      return moved === reference.range ? reference.text : referenceText({ ...reference, range: moved });
    });
  }
}
