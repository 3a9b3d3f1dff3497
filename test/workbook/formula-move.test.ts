import { carriedFormulas, moveReferences, type CellPlace } from "../../src/workbook/formula-move";

/** Every cell of column B (index 1) moves one column right; row 3 (index 2) moves up to row 2. */
const moved = ({ row, column }: CellPlace): CellPlace | null => (column === 1 || row === 2 ? { row: row === 2 ? 1 : row, column: column === 1 ? 2 : column } : null);

describe("formula references carried through a rewrite", () => {
  test.each([
    ["=LEN(B2)", "=LEN(C2)"],
    ["=$B$2*2", "=$C$2*2"],
    ["=SUM(B2:B3)", "=SUM(C2:C2)"],
    ["=A3&B3", "=A2&C2"],
    ['="B2 stays "&B2', '="B2 stays "&C2'],
    ['="say ""B2"""&B2', '="say ""B2"""&C2'],
    ["=Lists!B2", "=Lists!B2"],
    ["='My sheet'!B2", "='My sheet'!B2"],
    ["=LOG10(B2)", "=LOG10(C2)"],
    ["=Recommendations[@Text]", "=Recommendations[@Text]"],
    ["=B:B", "=B:B"],
    ["=A1", "=A1"],
  ])("%s becomes %s", (formula, expected) => {
    expect(moveReferences(formula, moved)).toBe(expected);
  });

  test("a rewrite's formulas land in the edit's row order and the plan's column order; removed rows take theirs along", () => {
    // Old table at B3 (header row 2, first column 1): columns id, mechanism, Length; body rows 4, 5 (blank), 6, 7 (removed).
    const source = { headerRow: 2, firstColumn: 1, columnKeys: ["id", "mechanism", "Length"], rowNumbers: [4, 6, 7] };
    const formulas = [
      [null, null, "=LEN(C4)"],
      [null, null, null],
      [null, null, "=LEN(C6)&$B$3"],
      [null, null, "=LEN(C7)"],
    ];
    const carried = carriedFormulas(source, { keys: ["id", "text", "mechanism", "Length"], deleted: [2] }, formulas, 0);
    expect(carried).toEqual([
      { row: 0, column: 3, formula: "=LEN(C2)" },
      { row: 1, column: 3, formula: "=LEN(C3)&$A$1" },
    ]);
  });
});
