import "./office-addin-mock-jest";
import { emptyWorkbookPlans } from "../../../src/core/structure/workbook-structure";
import type { SheetChange } from "../../../src/workbook/port";
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import { MockExcelState, MockSheet, uninstall } from "./mock-excel";

async function initialised(): Promise<{ state: MockExcelState; port: ExcelWorkbook }> {
  const state = new MockExcelState();
  state.install();
  const port = new ExcelWorkbook();
  await port.apply({ plans: emptyWorkbookPlans() });
  return { state, port };
}

afterEach(uninstall);

describe("ExcelWorkbook: selecting a finding's cell and watching sheets", () => {
  test("selectCell activates the sheet and selects the cell, in one Excel.run, writing nothing", async () => {
    const { state, port } = await initialised();
    const runs = state.runs;
    const commandsBefore = state.syncs.reduce((sum, sync) => sum + sync.commands, 0);
    await port.selectCell("Actions!C7");
    expect(state.runs).toBe(runs + 1);
    expect(state.activeSheet).toBe("Actions");
    expect(state.selection).toEqual({ sheet: "Actions", rect: { row: 6, column: 2, rows: 1, columns: 1 } });
    // Two UI commands (activate, select) and no cell, table or format touched.
    expect(state.syncs.reduce((sum, sync) => sum + sync.commands, 0) - commandsBefore).toBe(2);
    expect(state.sheet("Actions")?.peek(6, 2)).toBeUndefined();
  });

  test("selectCell understands quoted sheet names and refuses what is not an address", async () => {
    const { state, port } = await initialised();
    state.sheets.push(new MockSheet("Plan 2026"));
    await port.selectCell("'Plan 2026'!B3");
    expect(state.selection).toEqual({ sheet: "Plan 2026", rect: { row: 2, column: 1, rows: 1, columns: 1 } });
    await expect(port.selectCell("C7")).rejects.toThrow("Not a worksheet address");
  });

  test("watchSheets registers one onChanged handler per existing watched sheet in one Excel.run and reports edits and layout changes", async () => {
    const { state, port } = await initialised();
    const runs = state.runs;
    const changes: SheetChange[] = [];
    const stop = await port.watchSheets(["actions", "Indicators", "No such sheet"], (change) => changes.push(change));
    expect(state.runs).toBe(runs + 1);
    expect(state.sheet("Actions")?.changeHandlers).toHaveLength(1);
    expect(state.sheet("Indicators")?.changeHandlers).toHaveLength(1);
    expect(state.sheet("Clusters")?.changeHandlers).toHaveLength(0);

    await state.fireChanged("Actions", "C7");
    await state.fireChanged("Indicators", "A4:F5", "RangeEdited", "Remote");
    await state.fireChanged("Actions", "9:9", "RowInserted");
    await state.fireChanged("Clusters", "B2");
    expect(changes).toEqual([
      { sheet: "Actions", address: "C7", kind: "edit" },
      { sheet: "Indicators", address: "A4:F5", kind: "edit" },
      { sheet: "Actions", address: "9:9", kind: "layout" },
    ]);

    await stop();
    expect(state.sheet("Actions")?.changeHandlers).toHaveLength(0);
    expect(state.sheet("Indicators")?.changeHandlers).toHaveLength(0);
    await state.fireChanged("Actions", "C8");
    expect(changes).toHaveLength(3);
    // Stopping twice is harmless.
    await stop();
  });

  test("watching writes nothing to the workbook (co-authors see nothing)", async () => {
    const { state, port } = await initialised();
    const before = JSON.stringify(state.sheets.map((sheet) => [sheet.name, sheet.grid(), sheet.styles.length, sheet.validations.length, sheet.conditionalFormats.length]));
    const stop = await port.watchSheets(["Actions"], () => undefined);
    await state.fireChanged("Actions", "C7");
    await stop();
    expect(JSON.stringify(state.sheets.map((sheet) => [sheet.name, sheet.grid(), sheet.styles.length, sheet.validations.length, sheet.conditionalFormats.length]))).toBe(before);
    expect(state.sheets.map((sheet) => sheet.name)).not.toContain(expect.stringMatching(/^rm-staging/));
  });
});
