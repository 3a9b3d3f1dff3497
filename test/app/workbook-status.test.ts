import ExcelJS from "exceljs";
import { ensureStructure, initWorkbook } from "../../src/app/init-workbook";
import { workbookStatus } from "../../src/app/workbook-status";
import { tablePlan } from "../../src/core/structure/workbook-structure";
import { ACTIONS, RECOMMENDATIONS, TABLES } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

test("an empty workbook has nothing: every table missing, no Lists", async () => {
  const status = await workbookStatus(XlsxWorkbook.empty("empty.xlsx"));
  expect(status.tables.map((table) => [table.table, table.state])).toEqual(TABLES.map((def) => [def.name, "missing"]));
  expect(status).toMatchObject({ listsPresent: false, complete: false, otherSheets: [] });
});

test("a structured workbook is complete, with row counts and the columns people added", async () => {
  const workbook = XlsxWorkbook.empty("full.xlsx");
  await initWorkbook(workbook);
  await workbook.apply({
    plans: [tablePlan(RECOMMENDATIONS, [{ id: "UPR4-SVN-1.1", text: "Ratify OP-CAT" }, { id: "UPR4-SVN-1.2", text: "Adopt a plan" }], ["Desk officer"])],
  });
  const status = await workbookStatus(workbook);
  expect(status.complete).toBe(true);
  expect(status.tables[0]).toEqual({ table: "Recommendations", state: "present", rowCount: 2, extraHeaders: ["Desk officer"], missingColumns: [] });
  expect(status.tables.slice(1).every((table) => table.state === "present" && table.rowCount === 0)).toBe(true);
});

test("a renamed header reads as a missing column (kept as an extra one) and ensureStructure adds it back without losing a cell", async () => {
  const workbook = XlsxWorkbook.empty("renamed.xlsx");
  await initWorkbook(workbook);
  await workbook.apply({ upserts: [{ table: "Actions", rows: [{ actionId: "A-001", description: "Train judges", deadline: new Date(Date.UTC(2026, 5, 30)) }] }] });
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const actions = excel.getWorksheet(ACTIONS.sheet)!;
  const deadlineColumn = ACTIONS.columns.findIndex((column) => column.key === "deadline") + 1;
  actions.getRow(1).getCell(deadlineColumn).value = "Due";
  // Keep the table's own column name in step with the cell, as Excel does when a header is typed over.
  const table = actions.getTables()[0] as unknown as { table: { columns: { name: string }[] } };
  table.table.columns[deadlineColumn - 1].name = "Due";
  excel.addWorksheet("Notes");
  const reopened = await XlsxWorkbook.fromBytes(new Uint8Array(await excel.xlsx.writeBuffer()), "renamed.xlsx");

  const status = await workbookStatus(reopened);
  const renamed = status.tables.find((entry) => entry.table === "Actions");
  if (renamed?.state !== "present") throw new Error(`Actions should read, got ${renamed?.state}`);
  expect(renamed.missingColumns).toEqual(["Deadline"]);
  expect(renamed.extraHeaders).toEqual(["Due"]);
  expect(status.tables.filter((entry) => entry.state === "present")).toHaveLength(TABLES.length);
  expect(status.complete).toBe(false);
  expect(status.otherSheets).toEqual(["Notes"]);

  const result = await ensureStructure(reopened);
  expect(result.completedTables).toEqual(["Actions"]);
  const after = await workbookStatus(reopened);
  expect(after.complete).toBe(true);
  const rows = (await reopened.readTables(["Actions"])).Actions?.rows ?? [];
  expect(rows).toHaveLength(1);
  expect(rows[0].description).toBe("Train judges");
  expect(rows[0].Due).toEqual(new Date(Date.UTC(2026, 5, 30)));
  expect(rows[0].deadline).toBeNull();
});

test("a table without its ID column is reported as damaged, naming the column, and does not hide the others", async () => {
  const workbook = XlsxWorkbook.empty("no-id.xlsx");
  await initWorkbook(workbook);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const actions = excel.getWorksheet(ACTIONS.sheet)!;
  actions.getRow(1).getCell(1).value = "Number";
  (actions.getTables()[0] as unknown as { table: { columns: { name: string }[] } }).table.columns[0].name = "Number";
  const reopened = await XlsxWorkbook.fromBytes(new Uint8Array(await excel.xlsx.writeBuffer()), "no-id.xlsx");
  const status = await workbookStatus(reopened);
  const damaged = status.tables.find((entry) => entry.table === "Actions");
  if (damaged?.state !== "damaged") throw new Error(`Actions should be damaged, got ${damaged?.state}`);
  expect(damaged.problem.key).toBe("error.tableMissingColumn");
  expect(damaged.problem.message).toContain('"Action ID"');
  expect(status.tables.filter((entry) => entry.state === "present")).toHaveLength(TABLES.length - 1);
  expect(status.complete).toBe(false);
});
