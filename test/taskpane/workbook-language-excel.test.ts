import { readFileSync } from "node:fs";
import path from "node:path";
import { initWorkbook } from "../../src/app/init-workbook";
import { loadPlan } from "../../src/app/load-plan";
import * as validateUseCase from "../../src/app/validate";
import { ACTIONS } from "../../src/model/tables";
import type { SheetChange } from "../../src/workbook/port";
import { ExcelWorkbook } from "../../src/workbook/excel/excel-workbook";
import { VALIDATION_SHEETS, applyLiveChanges, type LiveState } from "../../src/taskpane/live-validation";
import { HostedExcel, uninstall } from "../support/office-js-host/hosted-excel";

/**
 * The task pane's "Create the monitoring tables" in Excel, with the pane in Spanish: the
 * Excel adapter writes a Spanish workbook, reads it back by table name and any-language
 * header, and live validation follows edits on the Spanish sheets.
 */

const DEMO_PLAN = path.join(__dirname, "..", "..", "samples", "demo-plan.json");

afterEach(uninstall);

test("a workbook created in Excel in Spanish: Spanish sheets and values, validated and watched like an English one", async () => {
  const state = new HostedExcel();
  state.install();
  const port = new ExcelWorkbook();
  await initWorkbook(port, "es");
  await loadPlan(port, JSON.parse(readFileSync(DEMO_PLAN, "utf8")), DEMO_PLAN);
  expect(await port.sheetNames()).toEqual(expect.arrayContaining(["Recomendaciones", "Acciones", "Indicadores", "Instituciones", "Listas"]));
  const header = state.tableValues("Actions")[0];
  expect(header).toEqual(ACTIONS.columns.map((column) => column.header).map((english) => ({ Deadline: "Plazo", Status: "Estado", "Action ID": "ID de la acción" })[english] ?? expect.any(String)));
  const statusColumn = ACTIONS.columns.findIndex((column) => column.key === "status");
  const statuses = state.tableValues("Actions").slice(1).map((row) => row[statusColumn]).filter(Boolean);
  expect(statuses).toEqual(expect.arrayContaining(["En curso"]));
  expect(statuses).not.toContain("In progress");

  // Rows Rights Matrix adds get their dropdowns from the Spanish Lists sheet, their list values in Spanish.
  await port.apply({ upserts: [{ table: "Actions", rows: [{ actionId: "A-099", description: "Nueva acción", status: "Planned" }] }] });
  const added = state.tableValues("Actions").find((values) => values[0] === "A-099");
  expect(added?.[statusColumn]).toBe("Prevista");
  const sheetValidations = JSON.stringify(state.table("Actions")!.sheet.validations);
  expect(sheetValidations).toContain("Listas!");
  expect(sheetValidations).not.toMatch(/\bLists!/);
  await port.apply({ deletions: [{ table: "Actions", ids: ["A-099"] }] });

  const spanish = (await validateUseCase.openValidationSession(port)).findings();
  expect(spanish.length).toBeGreaterThan(3);
  for (const finding of spanish) expect(finding.cell).toMatch(/^(Acciones|Indicadores|Recomendaciones|'Grupos temáticos')!/);

  // The same plan in an English workbook finds the same things.
  uninstall();
  const english = new HostedExcel();
  english.install();
  const englishPort = new ExcelWorkbook();
  await initWorkbook(englishPort);
  await loadPlan(englishPort, JSON.parse(readFileSync(DEMO_PLAN, "utf8")), DEMO_PLAN);
  const englishFindings = (await validateUseCase.openValidationSession(englishPort)).findings();
  expect(spanish.map((finding) => [finding.code, finding.rowId, finding.cell.split("!")[1]])).toEqual(englishFindings.map((finding) => [finding.code, finding.rowId, finding.cell.split("!")[1]]));
  uninstall();

  // Back in the Spanish workbook: an edit on the Acciones sheet takes the fast path.
  state.install();
  const session = await validateUseCase.openValidationSession(port);
  const changes: SheetChange[] = [];
  const stop = await port.watchSheets(VALIDATION_SHEETS, (change) => changes.push(change));
  const live: LiveState = { session, findings: session.findings() };
  const table = state.table("Actions")!;
  const body = state.tableValues("Actions");
  const row = body.findIndex((values) => values[0] === "A-003");
  const description = ACTIONS.columns.findIndex((column) => column.key === "description");
  table.sheet.cell(table.rect.row + row, table.rect.column + description).value = "Publicar el informe anual sobre la asistencia escolar";
  await state.fireChanged(table.sheet.name, `${String.fromCharCode(65 + table.rect.column + description)}${table.rect.row + row + 1}`, "RangeEdited", "Remote");
  expect(changes.map((change) => change.sheet)).toEqual(["Acciones"]);
  const validate = { openValidationSession: jest.fn(validateUseCase.openValidationSession), revalidateRow: jest.fn(validateUseCase.revalidateRow) };
  const next = await applyLiveChanges(port, live, changes, "es", validate);
  expect(validate.openValidationSession).not.toHaveBeenCalled();
  expect(validate.revalidateRow).toHaveBeenCalledTimes(1);
  expect(next.findings).toEqual((await validateUseCase.openValidationSession(port)).findings());
  await stop();
});
