import { readFileSync } from "node:fs";
import path from "node:path";
import { initWorkbook } from "../../src/app/init-workbook";
import { loadPlan } from "../../src/app/load-plan";
import * as validateUseCase from "../../src/app/validate";
import { ACTIONS, INSTITUTIONS } from "../../src/model/tables";
import type { SheetChange } from "../../src/workbook/port";
import { ExcelWorkbook } from "../../src/workbook/excel/excel-workbook";
import { VALIDATION_SHEETS, applyLiveChanges, type LiveState } from "../../src/taskpane/live-validation";
import { HostedExcel as MockExcelState, uninstall } from "../support/office-js-host/hosted-excel";

const DEMO_PLAN = path.join(__dirname, "..", "..", "samples", "demo-plan.json");

afterEach(uninstall);

/** Excel with the demo plan, a validation session on it, and the changes its watch reports. */
async function liveWorkbook() {
  const state = new MockExcelState();
  state.install();
  const port = new ExcelWorkbook();
  await initWorkbook(port);
  await loadPlan(port, JSON.parse(readFileSync(DEMO_PLAN, "utf8")), DEMO_PLAN);
  const session = await validateUseCase.openValidationSession(port);
  const changes: SheetChange[] = [];
  const stop = await port.watchSheets(VALIDATION_SHEETS, (change) => changes.push(change));
  const live: LiveState = { session, findings: session.findings() };
  const commands = () => state.syncs.reduce((sum, sync) => sum + sync.commands, 0);
  /** What a person typing into a table cell does: the value changes, Excel fires onChanged. */
  const type = async (tableName: string, key: string, id: string, value: string) => {
    const table = state.table(tableName)!;
    const def = tableName === "Actions" ? ACTIONS : INSTITUTIONS;
    const body = state.tableValues(tableName);
    const row = body.findIndex((values) => values[0] === id);
    const column = def.columns.findIndex((candidate) => candidate.key === key);
    expect(row).toBeGreaterThan(0);
    table.sheet.cell(table.rect.row + row, table.rect.column + column).value = value;
    const address = `${String.fromCharCode(65 + table.rect.column + column)}${table.rect.row + row + 1}`;
    await state.fireChanged(table.sheet.name, address, "RangeEdited", "Remote");
  };
  return { state, port, live, changes, stop, commands, type };
}

describe("live validation against the Excel adapter (Office.js test host)", () => {
  test("a co-author's edit to an action revalidates only that row, reads only, and agrees with a full run", async () => {
    const { port, live, changes, stop, commands, type } = await liveWorkbook();
    expect(live.findings.some((finding) => finding.code === "ACT-DESCRIPTION-PLACEHOLDER" && finding.rowId === "A-003")).toBe(true);

    await type("Actions", "description", "A-003", "Publish the annual report on Roma pupils' school attendance");
    expect(changes).toHaveLength(1);
    expect(changes[0].sheet).toBe("Actions");

    const validate = { openValidationSession: jest.fn(validateUseCase.openValidationSession), revalidateRow: jest.fn(validateUseCase.revalidateRow) };
    const before = commands();
    const next = await applyLiveChanges(port, live, changes, "en", validate);
    expect(commands()).toBe(before);
    expect(validate.openValidationSession).not.toHaveBeenCalled();
    expect(validate.revalidateRow).toHaveBeenCalledTimes(1);
    expect(next.findings.some((finding) => finding.code === "ACT-DESCRIPTION-PLACEHOLDER")).toBe(false);
    // Findings of other rows are the same objects: the list updates in place.
    const untouched = live.findings.find((finding) => finding.rowId === "A-004");
    expect(next.findings).toContain(untouched);
    expect(next.findings).toEqual((await validateUseCase.openValidationSession(port)).findings());
    await stop();
  });

  test("an edit to Institutions runs the whole validation again", async () => {
    const { port, live, changes, stop, commands, type } = await liveWorkbook();
    const unknownLead = (findings: LiveState["findings"]) => findings.filter((finding) => finding.code === "ACT-LEAD-UNKNOWN" && finding.rowId === "A-005");
    expect(unknownLead(live.findings)).toHaveLength(1);
    const leadName = /"(.+)" is not listed/.exec(unknownLead(live.findings)[0].message)?.[1] ?? "";

    const institutions = (await port.readTables(["Institutions"])).Institutions!;
    const renamed = String(institutions.rows[institutions.rows.length - 1].name);
    await type("Institutions", "name", renamed, leadName);

    const validate = { openValidationSession: jest.fn(validateUseCase.openValidationSession), revalidateRow: jest.fn(validateUseCase.revalidateRow) };
    const before = commands();
    const next = await applyLiveChanges(port, live, changes, "en", validate);
    expect(commands()).toBe(before);
    expect(validate.openValidationSession).toHaveBeenCalledTimes(1);
    expect(unknownLead(next.findings)).toHaveLength(0);
    expect(next.findings).toEqual((await validateUseCase.openValidationSession(port)).findings());
    await stop();
  });
});
