/**
 * What Microsoft's Office.js library and Excel's documented behaviour showed wrong in the Excel
 * adapter (issue 12), each through the test host: staging sheets left behind, totals rows,
 * highlights on appended rows, formulas in people's columns, over-long headers.
 */
import { emptyWorkbookPlans, tablePlan } from "../../../src/core/structure/workbook-structure";
import { MAX_CELL_CHARS, type Row } from "../../../src/model/cells";
import { ACTIONS } from "../../../src/model/tables";
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import type { SheetPlan } from "../../../src/workbook/plan";
import { HostedExcel, type HostTable } from "../../support/office-js-host/hosted-excel";
import { cellKey, MockSheet } from "../../support/office-js-host/workbook-model";

function recommendation(index: number, extra: Row = {}): Row {
  return { id: `UPR4-XYZ-1.${index}`, text: `Recommendation ${index}`, mechanism: "UPR", country: "XYZ", year: 2024, response: "Supported", ...extra };
}

async function initialised(supported = ["1.9"]): Promise<{ excel: HostedExcel; port: ExcelWorkbook }> {
  const excel = new HostedExcel();
  excel.supported = new Set(supported);
  const port = new ExcelWorkbook("test workbook", excel.api);
  await port.apply({ plans: emptyWorkbookPlans() });
  return { excel, port };
}

function table(excel: HostedExcel, name: string): HostTable {
  const found = excel.table(name) as HostTable | undefined;
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

/** A person adds a column at the right of a table and fills it with a formula on every body row. */
function addFormulaColumn(excel: HostedExcel, name: string, header: string): number {
  const target = table(excel, name);
  const column = target.rect.column + target.rect.columns;
  Object.assign(target.sheet.cell(target.rect.row, column), { value: header, text: true });
  for (let row = target.rect.row + 1; row < target.rect.row + target.rect.rows; row++) {
    Object.assign(target.sheet.cell(row, column), { formula: `=LEN(B${row + 1})`, value: 17, text: false });
  }
  target.rect = { ...target.rect, columns: target.rect.columns + 1 };
  return column;
}

/** A table as an older version made it: the column at `offset` never existed (cells to its right one column to the left). */
function removeTableColumn(excel: HostedExcel, name: string, offset: number): void {
  const target = table(excel, name);
  const { sheet, rect } = target;
  for (let row = rect.row; row < rect.row + rect.rows; row++) {
    for (let column = rect.column + offset; column < rect.column + rect.columns; column++) {
      const right = sheet.peek(row, column + 1);
      if (right && column + 1 < rect.column + rect.columns) sheet.cells.set(cellKey(row, column), { ...right });
      else sheet.cells.delete(cellKey(row, column));
    }
  }
  target.rect = { ...rect, columns: rect.columns - 1 };
}

/** A person turns on the table's totals row (Table Design > Total Row) and puts a count under the ID column. */
function addTotalsRow(excel: HostedExcel, name: string): number {
  const target = table(excel, name);
  const row = target.rect.row + target.rect.rows;
  Object.assign(target.sheet.cell(row, target.rect.column), { formula: `=SUBTOTAL(103,${name}[ID])`, value: target.rect.rows - 1, text: false });
  target.rect = { ...target.rect, rows: target.rect.rows + 1 };
  target.showTotals = true;
  return row;
}

describe("Excel adapter defects shown by Office.js (issue 12)", () => {
  test("staging sheets a closed pane left behind are removed at the next write; a co-author's write in progress is not", async () => {
    const { excel, port } = await initialised();
    const names = [`rm-staging-1-k3j9x0`, `rm-staging-${(Date.now() - 3_600_000).toString(36)}-1-aaaaaa`, `rm-staging-${Date.now().toString(36)}-1-bbbbbb`];
    for (const name of names) {
      const sheet = new MockSheet(name);
      sheet.visibility = "VeryHidden";
      Object.assign(sheet.cell(1, 1), { value: "a full copy of someone's data", text: true });
      excel.sheets.push(sheet);
    }
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
    const left = excel.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("rm-staging"));
    expect(left).toEqual([names[2]]);
    expect(await port.sheetNames()).not.toContain(names[2]);
  });

  test("new rows go above a totals row: its SUBTOTAL formula survives, moved under them", async () => {
    for (const supported of [["1.9"], ["1.9", "1.10", "1.13"]]) {
      const { excel, port } = await initialised(supported);
      await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1), recommendation(2)] }] });
      addTotalsRow(excel, "Recommendations");
      await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(3), recommendation(4), recommendation(5)] }] });
      const read = (await port.readTables(["Recommendations"])).Recommendations;
      expect(read?.rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5].map((index) => recommendation(index).id));
      const after = table(excel, "Recommendations");
      expect(after.showTotals).toBe(true);
      expect(after.rect.rows).toBe(1 + 5 + 1);
      expect(after.sheet.peek(after.rect.row + after.rect.rows - 1, 0)?.formula).toBe("=SUBTOTAL(103,Recommendations[ID])");
    }
  });

  test("removing rows keeps a totals row and its formula", async () => {
    const { excel, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3].map((index) => recommendation(index)) }] });
    addTotalsRow(excel, "Recommendations");
    await port.apply({ deletions: [{ table: "Recommendations", ids: [recommendation(2).id as string] }] });
    const after = table(excel, "Recommendations");
    expect((await port.readTables(["Recommendations"])).Recommendations?.rows.map((row) => row.id)).toEqual([recommendation(1).id, recommendation(3).id]);
    expect(after.showTotals).toBe(true);
    expect(after.sheet.peek(after.rect.row + after.rect.rows - 1, 0)?.formula).toBe("=SUBTOTAL(103,Recommendations[ID])");
  });

  test("on ExcelApi 1.9-1.12 rows appended to a table get its highlights (conditional formats) too", async () => {
    const { excel, port } = await initialised(["1.9", "1.10"]);
    const highlights = tablePlan(ACTIONS, []).conditionalFormats ?? [];
    expect(highlights.length).toBeGreaterThan(0);
    await port.apply({ upserts: [{ table: "Actions", rows: [1, 2, 3, 4].map((index) => ({ actionId: `ACT-${index}`, description: `Action ${index}` })) }] });
    const actions = table(excel, "Actions");
    const lastBodyRow = actions.rect.row + actions.rect.rows - 1;
    for (const plannedFormat of highlights) {
      const covering = actions.sheet.conditionalFormats.filter(
        (format) => format.rect.column === plannedFormat.firstColumn && format.props["custom.rule.formula"] === plannedFormat.formula && format.rect.row + format.rect.rows - 1 >= lastBodyRow,
      );
      expect(covering).toHaveLength(1);
    }
  });

  test("a person's formula column survives removals and imports; so does a column whose header was cleared", async () => {
    const { excel, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3].map((index) => recommendation(index)) }] });
    const formulaColumn = addFormulaColumn(excel, "Recommendations", "Length");
    const sheet = table(excel, "Recommendations").sheet;
    await port.apply({ deletions: [{ table: "Recommendations", ids: [recommendation(2).id as string] }] });
    expect([1, 2].map((row) => sheet.peek(row, formulaColumn)?.formula)).toEqual(["=LEN(B2)", "=LEN(B4)"]);

    // A cleared header: Excel shows ColumnN there; whatever it shows, the cells under it stay.
    Object.assign(sheet.cell(0, formulaColumn), { value: "Column21", text: true });
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1, { text: "Revised" }), recommendation(3), recommendation(4)] }] });
    expect([1, 2].map((row) => sheet.peek(row, formulaColumn)?.formula)).toEqual(["=LEN(B2)", "=LEN(B4)"]);
    const rows = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(rows.map((row) => row.text)).toEqual(["Revised", "Recommendation 3", "Recommendation 4"]);
  });

  test("scattered updates: every request stays 10% under 5,000,000 bytes counted as UTF-16", async () => {
    const { excel, port } = await initialised();
    // About 1,700 runs of changed rows, each a copy and a clear in the last request: the case the estimate missed by 27%.
    const rows = Array.from({ length: 30_000 }, (_, index) => recommendation(index, { notes: `Note ${index}` }));
    await port.apply({ upserts: [{ table: "Recommendations", rows }] });
    const before = excel.syncs.length;
    const changed = rows.filter((_, index) => index % 18 === 7).map((row) => ({ id: row.id, text: `${String(row.text)} (revised)`, notes: null }));
    await port.apply({ upserts: [{ table: "Recommendations", columns: ["text", "notes"], rows: changed }] });
    const syncs = excel.syncs.slice(before);
    expect(syncs.reduce((sum, sync) => sum + sync.commands, 0)).toBeGreaterThan(3300);
    for (const sync of syncs) expect(sync.requestUtf16Bytes).toBeLessThanOrEqual(4_500_000);
    const read = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(read.filter((row) => String(row.text).endsWith("(revised)"))).toHaveLength(changed.length);
    expect(read.filter((row) => row.notes === null)).toHaveLength(changed.length);
    expect(read[7]).toMatchObject({ text: "Recommendation 7 (revised)", notes: null });
    expect(read[8]).toMatchObject({ text: "Recommendation 8", notes: "Note 8" });
  });

  test("a table from an older version, written whole to add its missing column, keeps people's formulas as formulas, their references moved with the cells", async () => {
    const { excel, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3].map((index) => recommendation(index)) }] });
    const recommendations = table(excel, "Recommendations");
    const sheet = recommendations.sheet;
    // An older version's table: no Text column (B), so Mechanism is in B; the second row emptied by hand (a blank row).
    removeTableColumn(excel, "Recommendations", 1);
    for (let column = 0; column < recommendations.rect.columns; column++) sheet.cells.delete(cellKey(2, column));
    const lengthColumn = addFormulaColumn(excel, "Recommendations", "Length");
    sheet.cells.delete(cellKey(2, lengthColumn));
    expect(sheet.peek(3, lengthColumn)?.formula).toBe("=LEN(B4)");
    // A formula a person typed into Notes (a user column), after giving the cell the General format.
    const notes = 19;
    expect(sheet.peek(0, notes)?.value).toBe("Notes");
    Object.assign(sheet.cell(3, notes), { formula: '=A4&" (see the ""follow-up"" file)"', value: "UPR4-XYZ-1.3 (see the \"follow-up\" file)", text: false, format: "General" });

    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(4)] }] });

    const after = table(excel, "Recommendations");
    const header = (column: number) => sheet.peek(0, column)?.value;
    expect([header(1), header(2), header(20), header(22)]).toEqual(["Text", "Mechanism", "Notes", "Length"]);
    // The blank row is gone: the third recommendation moved up from row 4 to row 3, its formulas with it, pointing at Mechanism in C.
    expect([1, 2, 3].map((row) => sheet.peek(row, 0)?.value)).toEqual([recommendation(1).id, recommendation(3).id, recommendation(4).id]);
    expect([1, 2, 3].map((row) => sheet.peek(row, 22)?.formula ?? null)).toEqual(["=LEN(C2)", "=LEN(C3)", null]);
    expect(sheet.peek(2, 20)?.formula).toBe('=A3&" (see the ""follow-up"" file)"');
    expect(after.rect).toEqual({ row: 0, column: 0, rows: 4, columns: 23 });
    expect(excel.formulas().filter((formula) => formula.sheet === "Recommendations").map((formula) => [formula.row, formula.column])).toEqual(
      expect.arrayContaining([
        [1, 22],
        [2, 22],
        [2, 20],
      ]),
    );
  });

  test("a header cleared in Excel (Excel shows ColumnN) survives an import: the column's values stay, ours or a person's", async () => {
    const { excel, port } = await initialised(["1.9", "1.10", "1.13"]);
    await port.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3].map((index) => recommendation(index, { notes: `Note ${index}` })) }] });
    const recommendations = table(excel, "Recommendations");
    const sheet = recommendations.sheet;
    const reviewer = recommendations.rect.columns;
    Object.assign(sheet.cell(0, reviewer), { value: "Reviewer", text: true });
    [1, 2, 3].forEach((row) => Object.assign(sheet.cell(row, reviewer), { value: `Reviewer ${row}`, text: true }));
    recommendations.rect = { ...recommendations.rect, columns: reviewer + 1 };
    // Someone selects the Notes and Reviewer headers and presses Delete: a write through Office.js, as Excel would take it.
    await excel.api.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem("Recommendations");
      worksheet.getRangeByIndexes(0, 20, 1, 1).clear("Contents");
      worksheet.getRangeByIndexes(0, reviewer, 1, 1).values = [[""]];
      await context.sync();
    });
    expect([sheet.peek(0, 20)?.value, sheet.peek(0, reviewer)?.value]).toEqual(["Column21", "Column23"]);

    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1, { text: "Revised" }), recommendation(4)] }] });

    const rows = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 4].map((index) => recommendation(index).id));
    expect(rows[0].text).toBe("Revised");
    // The cleared Notes header left Notes missing: the table came back with a Notes column, and what was under the cleared header is kept beside it.
    expect(rows.map((row) => row.Column21)).toEqual(["Note 1", "Note 2", "Note 3", null]);
    expect(rows.map((row) => row.Column23)).toEqual(["Reviewer 1", "Reviewer 2", "Reviewer 3", null]);
    expect(rows.map((row) => row.notes)).toEqual([null, null, null, null]);
  });

  test("headers and preamble cells over 32,767 characters are refused before anything is written", async () => {
    const { excel, port } = await initialised();
    const tooLong = "x".repeat(MAX_CELL_CHARS + 1);
    const plan: SheetPlan = { sheet: "Notes", columns: [{ header: tooLong, width: 10, editable: true }], rows: [["a"]] };
    const before = excel.syncs.length;
    await expect(port.apply({ plans: [plan] })).rejects.toThrow(/Notes!A1.*holds at most 32767/);
    await expect(port.apply({ plans: [{ ...plan, columns: [{ header: "Note", width: 10, editable: true }], preamble: [[tooLong]] }] })).rejects.toThrow(/Notes!A1/);
    expect(excel.syncs.slice(before).every((sync) => sync.commands === 0)).toBe(true);
    expect(excel.sheet("Notes")).toBeUndefined();
  });

  test("a plan's formulas, row heights and page breaks are carried out", async () => {
    const { excel, port } = await initialised();
    const plan: SheetPlan = {
      sheet: "Dashboard",
      columns: [
        { header: "What", width: 20, editable: false },
        { header: "Count", width: 8, editable: false, numberFormat: "0" },
      ],
      rows: [["Completed actions", 0], ["Actions", 3], ["Long cluster", null]],
      formulas: [{ row: 0, column: 1, formula: '=COUNTIFS(Actions[Status],"Completed")' }],
      rowHeights: [30, 30, undefined],
      headerRowHeight: 24,
      pageBreaksBefore: [2],
    };
    await port.apply({ plans: [plan] });
    const sheet = excel.sheet("Dashboard");
    expect(sheet?.peek(1, 1)?.formula).toBe('=COUNTIFS(Actions[Status],"Completed")');
    expect(sheet?.peek(2, 1)?.formula).toBeNull();
    expect(sheet?.styles.filter((style) => style.path === "format.rowHeight").map((style) => [style.rect.row, style.rect.rows, style.value])).toEqual([
      [0, 1, 24],
      [1, 2, 30],
    ]);
    expect(sheet?.pageLayout.horizontalPageBreaks).toEqual([3]);
    expect(excel.formulas().filter((formula) => formula.sheet !== "Dashboard")).toEqual([]);
  });
});
