import { emptyWorkbookPlans } from "../../../src/core/structure/workbook-structure";
import type { SheetChange } from "../../../src/workbook/port";
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import { HostedExcel as MockExcelState, uninstall } from "../../support/office-js-host/hosted-excel";
import { MockSheet } from "../../support/office-js-host/workbook-model";

/** A host with ExcelApi 1.14, whose change events say whether this add-in made the change. */
async function initialised(supported = ["1.9", "1.10", "1.13", "1.14"]): Promise<{ state: MockExcelState; port: ExcelWorkbook }> {
  const state = new MockExcelState();
  state.supported = new Set(supported);
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

  test("the add-in's own writes do not come back as changes (ExcelApi 1.14 triggerSource), a user's edit does", async () => {
    const { state, port } = await initialised();
    const changes: SheetChange[] = [];
    const stop = await port.watchSheets(["Actions"], (change) => changes.push(change));
    await port.apply({ upserts: [{ table: "Actions", rows: [{ actionId: "ACT-1", description: "Train judges" }] }] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toEqual([]);
    await state.fireChanged("Actions", "C2");
    expect(changes).toEqual([{ sheet: "Actions", address: "C2", kind: "edit" }]);
    await stop();
  });

  test("on hosts without triggerSource, Local changes inside what the add-in is writing are its own echo; a co-author's are not", async () => {
    const { state, port } = await initialised(["1.9"]);
    const changes: SheetChange[] = [];
    const stop = await port.watchSheets(["Actions", "Sheet1"], (change) => changes.push(change));
    await port.apply({ upserts: [{ table: "Actions", rows: [{ actionId: "ACT-1", description: "Train judges" }] }] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toEqual([]);
    await state.fireChanged("Actions", "C2", "RangeEdited", "Remote");
    await state.fireChanged("Sheet1", "B3");
    expect(changes).toEqual([
      { sheet: "Actions", address: "C2", kind: "edit" },
      { sheet: "Sheet1", address: "B3", kind: "edit" },
    ]);
    await stop();
  });
});
