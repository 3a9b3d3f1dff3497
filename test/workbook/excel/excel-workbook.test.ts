import { emptyWorkbookPlans, tablePlan } from "../../../src/core/structure/workbook-structure";
import type { Row } from "../../../src/model/cells";
import { MAX_CELL_CHARS } from "../../../src/model/cells";
import { UserFacingError } from "../../../src/model/i18n/messages";
import { LISTS_SHEET, MATRIX_SHEET, RECOMMENDATIONS } from "../../../src/model/tables";
import { listValidationFormula, type SheetPlan } from "../../../src/workbook/plan";
import { excelInput, jsonBytes } from "../../../src/workbook/excel/cell-input";
import { jsonUtf16Bytes, REQUEST_TARGET_BYTES } from "../../../src/workbook/excel/request-cost";
import { VALUE_BYTES_PER_SYNC } from "../../../src/workbook/excel/value-blocks";
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import { HostedExcel as MockExcelState, uninstall } from "../../support/office-js-host/hosted-excel";
import { MockSheet } from "../../support/office-js-host/workbook-model";

function recommendation(index: number, extra: Row = {}): Row {
  return {
    id: `UPR4-XYZ-${Math.floor(index / 100) + 1}.${(index % 100) + 1}`,
    text: `Strengthen the national mechanism for implementation, reporting and follow-up, recommendation ${index}, with adequate human, technical and financial resources`,
    mechanism: "UPR",
    country: "XYZ",
    year: 2024,
    response: index % 5 === 0 ? "Noted" : "Supported",
    recommendingStates: "Chile; Samoa",
    ...extra,
  };
}

/** A workbook that went through `init`, and the sync count from then on. */
async function initialised(state = new MockExcelState()): Promise<{ state: MockExcelState; port: ExcelWorkbook; syncsBefore: number }> {
  state.install();
  const port = new ExcelWorkbook();
  await port.apply({ plans: emptyWorkbookPlans() });
  return { state, port, syncsBefore: state.syncs.length };
}

const MB4 = 4 * 1024 * 1024;
const REVISION = "(revised after the mid-term review) ".repeat(24).trim();

afterEach(uninstall);

describe("ExcelWorkbook on the mock Excel object model", () => {
  test("init writes every table as an Excel table with headers, dropdowns from Lists and frozen header", async () => {
    const { state, port } = await initialised();
    expect(await port.sheetNames()).toEqual(["Recommendations", "Clusters", "Actions", "Indicators", "Institutions", "Progress", "Lists", "Sheet1"]);
    const recommendations = state.table("Recommendations");
    expect(recommendations?.rect).toEqual({ row: 0, column: 0, rows: 2, columns: RECOMMENDATIONS.columns.length });
    expect(state.table("ListMechanisms")?.sheet.name).toBe(LISTS_SHEET);
    const sheet = state.sheet("Recommendations");
    const mechanismColumn = RECOMMENDATIONS.columns.findIndex((column) => column.key === "mechanism");
    const dropdown = sheet?.validations.find((validation) => validation.rect.column === mechanismColumn);
    const source = tablePlan(RECOMMENDATIONS, []).columns[mechanismColumn].validation;
    expect(source?.kind).toBe("list");
    expect(dropdown?.rule).toEqual({ list: { inCellDropDown: true, source: `=${listValidationFormula((source as { kind: "list"; source: never }).source)}` } });
    const ruleOf = (key: string) => sheet?.validations.find((validation) => validation.rect.column === RECOMMENDATIONS.columns.findIndex((column) => column.key === key))?.rule;
    expect(ruleOf("year")).toEqual({ wholeNumber: { operator: "Between", formula1: 1945, formula2: 2100 } });
    expect(ruleOf("importedOn")).toEqual({ date: { operator: "GreaterThan", formula1: "=DATE(1900,1,1)" } });
    expect(ruleOf("text")).toBeUndefined();
    expect(sheet?.freeze).toEqual({ rows: 1, columns: 1 });
    expect(sheet?.styles.some((style) => style.path === "format.fill.color" && style.rect.row === 0)).toBe(true);
    expect(state.formulas()).toEqual([]);
    const tables = await port.readTables(["Recommendations", "Clusters"]);
    expect(tables.Recommendations?.rows).toEqual([]);
  });

  test("writing 20,000 rows uses no more than ceil(payload / budget) + 3 syncs, each request 10% under 5 MB as UTF-16", async () => {
    const { state, port, syncsBefore } = await initialised();
    const rows = Array.from({ length: 20_000 }, (_, index) => recommendation(index));
    await port.apply({ upserts: [{ table: "Recommendations", rows }] });
    const syncs = state.syncs.slice(syncsBefore);
    // The payload: the JSON of the rows as Range.values takes them (text protected, dates as serials, "" for empty).
    const columns = tablePlan(RECOMMENDATIONS, []).columns;
    const sent = rows.map((row) => RECOMMENDATIONS.columns.map((column, index) => (row[column.key] == null ? "" : excelInput(row[column.key], columns[index].numberFormat === "@"))));
    const payload = jsonBytes(sent);
    expect(payload).toBeGreaterThan(MB4);
    // Every value crosses once: what Excel received adds up to the payload, give or take the brackets of each slice Office.js cuts.
    const received = syncs.reduce((sum, sync) => sum + sync.valueBytes, 0);
    expect(Math.abs(received - payload)).toBeLessThan(payload / 1000);
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil(jsonUtf16Bytes(sent) / VALUE_BYTES_PER_SYNC) + 3);
    for (const sync of syncs) expect(sync.requestUtf16Bytes).toBeLessThanOrEqual(REQUEST_TARGET_BYTES);
    const read = await port.readTables(["Recommendations"]);
    expect(read.Recommendations?.rows).toHaveLength(20_000);
    expect(read.Recommendations?.rows[19_999].id).toBe(rows[19_999].id);
    expect(state.table("Recommendations")?.rect.rows).toBe(20_001);
    expect(state.sheets.map((sheet) => sheet.name).some((name) => name.startsWith("rm-staging"))).toBe(false);
  });

  test("a plan of 20,000 rows also stays within ceil(payload / budget) + 3 syncs", async () => {
    const { state, port, syncsBefore } = await initialised();
    const rows = Array.from({ length: 20_000 }, (_, index) => recommendation(index));
    await port.apply({ plans: [tablePlan(RECOMMENDATIONS, rows)] });
    const syncs = state.syncs.slice(syncsBefore);
    const payload = syncs.reduce((sum, sync) => sum + sync.valueBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil((2 * payload) / VALUE_BYTES_PER_SYNC) + 3);
    for (const sync of syncs) expect(sync.requestUtf16Bytes).toBeLessThanOrEqual(REQUEST_TARGET_BYTES);
    expect((await port.readTables(["Recommendations"])).Recommendations?.rows).toHaveLength(20_000);
  });

  test("formula-like text and text that looks like a number stay text", async () => {
    const { state, port } = await initialised();
    const tricky = ["=HYPERLINK(\"http://x\")", "+1 555", "-sum", "@cmd", "\tTab", "\rCR", "'quoted", "2024", "TRUE", "2024-01-05"];
    await port.apply({ upserts: [{ table: "Recommendations", rows: tricky.map((text, index) => recommendation(index, { text, notes: text, "My column": text })) }] });
    expect(state.formulas()).toEqual([]);
    const rows = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(rows.map((row) => row.notes)).toEqual(tricky.map((text) => text.trim()));
  });

  test("an extra column people added is kept and filled by header", async () => {
    const { state, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
    // Someone adds a column to the right of the table and types into it.
    const table = state.table("Recommendations");
    if (!table) throw new Error("no table");
    const column = table.rect.column + table.rect.columns;
    Object.assign(table.sheet.cell(0, column), { value: "Ministry note", text: true });
    Object.assign(table.sheet.cell(1, column), { value: "check with MoJ", text: true });
    table.rect = { ...table.rect, columns: table.rect.columns + 1 };
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1, { response: "Noted" }), recommendation(2)] }] });
    const read = (await port.readTables(["Recommendations"])).Recommendations;
    expect(read?.extraHeaders).toEqual(["Ministry note"]);
    expect(read?.rows.map((row) => row["Ministry note"])).toEqual(["check with MoJ", null]);
    expect(read?.rows.map((row) => row.response)).toEqual(["Noted", "Supported"]);
  });

  test("an upsert writes only the changed cells of the columns it names", async () => {
    const { state, port, syncsBefore } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1), recommendation(2)] }] });
    const sheet = state.sheet("Recommendations");
    const notes = RECOMMENDATIONS.columns.findIndex((column) => column.key === "notes");
    Object.assign(sheet?.cell(1, notes) ?? {}, { value: "typed by a person", text: true });
    const before = state.syncs.length;
    await port.apply({
      upserts: [{ table: "Recommendations", columns: ["status"], rows: [{ id: recommendation(2).id, status: "Implemented", notes: "import must not write this", text: "nor this" }] }],
    });
    const rows = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(rows[0].notes).toBe("typed by a person");
    expect(rows[1]).toMatchObject({ status: "Implemented", notes: null, text: recommendation(2).text });
    const written = state.syncs.slice(before).reduce((sum, sync) => sum + sync.valueBytes, 0);
    expect(written).toBeLessThan(100);
    expect(syncsBefore).toBeGreaterThan(0);
  });

  test("scattered updates and emptied cells of a large table stay under the request limit and touch only what changes", async () => {
    const { state, port } = await initialised();
    const rows = Array.from({ length: 12_000 }, (_, index) => recommendation(index, { notes: `note ${index}`, status: "Pending" }));
    await port.apply({ upserts: [{ table: "Recommendations", rows }] });
    // Every third row gets a new text and loses its note: a staged write with cells to empty.
    const changed = rows.filter((_, index) => index % 3 === 0).map((row) => ({ id: row.id, text: `${row.text} ${REVISION}`, notes: null }));
    const before = state.syncs.length;
    await port.apply({ upserts: [{ table: "Recommendations", columns: ["text", "notes"], rows: changed }] });
    const syncs = state.syncs.slice(before);
    // Tables, the table read, at least one staging batch, the last sync.
    expect(syncs.length).toBeGreaterThanOrEqual(4);
    for (const sync of syncs) expect(sync.requestUtf16Bytes).toBeLessThanOrEqual(REQUEST_TARGET_BYTES);
    const read = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(read).toHaveLength(12_000);
    read.forEach((row, index) => {
      const revised = index % 3 === 0;
      expect(row.text).toBe(revised ? `${rows[index].text} ${REVISION}` : rows[index].text);
      expect(row.notes).toBe(revised ? null : `note ${index}`);
      expect(row.status).toBe("Pending");
    });
  });

  test("all or nothing: a too-long cell writes nothing and makes no write sync", async () => {
    const { state, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
    const snapshot = JSON.stringify(state.tableValues("Recommendations"));
    const syncsBefore = state.syncs.length;
    const tooLong = "x".repeat(MAX_CELL_CHARS + 1);
    await expect(port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(2), recommendation(3, { text: tooLong })] }] })).rejects.toThrow(UserFacingError);
    expect(JSON.stringify(state.tableValues("Recommendations"))).toBe(snapshot);
    const writes = state.syncs.slice(syncsBefore).filter((sync) => sync.valueBytes > 0 || sync.commands > 0);
    expect(writes).toEqual([]);
    await expect(port.apply({ plans: [tablePlan(RECOMMENDATIONS, [recommendation(4, { text: tooLong })])] })).rejects.toThrow(/Recommendations!B2/);
    expect(JSON.stringify(state.tableValues("Recommendations"))).toBe(snapshot);
  });

  test("missing or duplicate IDs are refused before anything is written", async () => {
    const { state, port } = await initialised();
    const syncsBefore = state.syncs.length;
    await expect(port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1), recommendation(1)] }] })).rejects.toThrow(/appears more than once/);
    await expect(port.apply({ upserts: [{ table: "Recommendations", rows: [{ text: "no id" }] }] })).rejects.toThrow(/has no ID/);
    expect(state.syncs.slice(syncsBefore).every((sync) => sync.valueBytes === 0 && sync.commands === 0)).toBe(true);
    expect(state.tableValues("Recommendations").slice(1).flat().every((value) => value === null)).toBe(true);
  });

  test("an interrupted large write leaves the visible workbook as it was and no staging sheet", async () => {
    const { state, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
    const snapshot = JSON.stringify(state.tableValues("Recommendations"));
    const rows = Array.from({ length: 20_000 }, (_, index) => recommendation(index + 10));
    // Syncs of this write: tables, the table read, one staging batch, then the final one.
    state.failAtSync = state.syncs.length + 3;
    await expect(port.apply({ upserts: [{ table: "Recommendations", rows }] })).rejects.toThrow(/Nothing in the workbook was changed/);
    expect(JSON.stringify(state.tableValues("Recommendations"))).toBe(snapshot);
    expect(state.sheets.some((sheet) => sheet.name.startsWith("rm-staging"))).toBe(false);
    // Excel cannot roll back the final sync (the one that copies staged values into place): a failure there is reported as such, naming the sheets to check.
    state.failAtSync = null;
    state.failOn = (body) => body.Actions.some((action) => action.Name === "CopyFrom");
    await expect(port.apply({ upserts: [{ table: "Recommendations", rows }] })).rejects.toThrow(/sheets Recommendations may be only partly written/);
    expect(state.sheets.some((sheet) => sheet.name.startsWith("rm-staging"))).toBe(false);
    state.failAtSync = null;
  });

  test("new rows are refused when the cells below the table are not empty", async () => {
    const { state, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
    Object.assign(state.sheet("Recommendations")?.cell(4, 0) ?? {}, { value: "a note below", text: true });
    await expect(port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(2), recommendation(3), recommendation(4)] }] })).rejects.toThrow(
      /Recommendations!A5/,
    );
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(2), recommendation(3)] }] });
    expect((await port.readTables(["Recommendations"])).Recommendations?.rows).toHaveLength(3);
  });

  test("deletions remove rows by ID and the table shrinks", async () => {
    const { state, port } = await initialised();
    await port.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3, 4].map((index) => recommendation(index)) }] });
    await port.apply({ deletions: [{ table: "Recommendations", ids: [recommendation(2).id as string, recommendation(4).id as string] }] });
    const read = (await port.readTables(["Recommendations"])).Recommendations;
    expect(read?.rows.map((row) => row.id)).toEqual([recommendation(1).id, recommendation(3).id]);
    expect(state.table("Recommendations")?.rect.rows).toBe(3);
    await port.apply({ deletions: [{ table: "Recommendations", ids: [recommendation(1).id as string, recommendation(3).id as string] }] });
    expect((await port.readTables(["Recommendations"])).Recommendations?.rows).toEqual([]);
    expect(state.table("Recommendations")?.rect.rows).toBe(2);
  });

  test("on ExcelApi 1.13 the table is resized; on 1.9 it is made again over the larger range", async () => {
    for (const supported of [["1.9"], ["1.9", "1.10", "1.13"]]) {
      const state = new MockExcelState();
      state.supported = new Set(supported);
      const { port } = await initialised(state);
      await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1), recommendation(2)] }] });
      expect(state.table("Recommendations")?.rect.rows).toBe(3);
      expect(state.tables.filter((table) => table.name === "Recommendations")).toHaveLength(1);
      uninstall();
    }
  });

  test("readSheet returns values from A1 with dates as Dates; missing sheet is null", async () => {
    const { port } = await initialised();
    const importedOn = new Date(Date.UTC(2025, 2, 14));
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1, { importedOn })] }] });
    const values = await port.readSheet("Recommendations");
    expect(values?.[0][0]).toBe("ID");
    const dateColumn = RECOMMENDATIONS.columns.findIndex((column) => column.key === "importedOn");
    expect(values?.[1][dateColumn]).toEqual(importedOn);
    expect(await port.readSheet("No such sheet")).toBeNull();
    expect((await port.readTables(["Recommendations"])).Recommendations?.rows[0].importedOn).toEqual(importedOn);
  });

  test("a generated sheet gets its preamble, styles, groups, highlights, panes, print layout and chart; a rewrite replaces them", async () => {
    const state = new MockExcelState();
    state.supported = new Set(["1.9", "1.10"]);
    const { port } = await initialised(state);
    const generatedOn = new Date(Date.UTC(2026, 10, 27));
    const matrix: SheetPlan = {
      sheet: MATRIX_SHEET,
      preamble: [["Monitoring matrix", null, null], ["Generated on", generatedOn, null]],
      columns: [
        { header: "Cluster / recommendation", width: 40, editable: false, wrap: true, numberFormat: "@" },
        { header: "Status", width: 16, editable: true, validation: { kind: "list", source: { sheet: LISTS_SHEET, column: 5, firstRow: 2 } } },
        { header: "Count", width: 8, editable: false, numberFormat: "0" },
        { header: "Generated status", width: 8, editable: false, hidden: true },
      ],
      rows: [
        ["C1 Justice", null, 2, null],
        ["=not a formula", "Pending", 1, "Pending"],
        ["UPR4-XYZ-1.2", "Implemented", 1, "Implemented"],
      ],
      rowStyles: ["heading"],
      rowGroups: [{ first: 1, last: 2 }],
      conditionalFormats: [{ firstColumn: 1, lastColumn: 1, formula: '=$B4="Pending"', style: "overdue" }],
      freeze: { rows: 3, columns: 0 },
      print: { landscape: true, fitToWidth: true, repeatHeader: true },
      charts: [{ title: "Status", kind: "column", firstRow: 1, lastRow: 2, firstColumn: 0, lastColumn: 2 }],
      tabColor: "1F4E79",
    };
    await port.apply({ plans: [matrix] });
    expect((await port.sheetNames()).slice(0, 2)).toEqual([MATRIX_SHEET, "Recommendations"]);
    const sheet = state.sheet(MATRIX_SHEET);
    if (!sheet) throw new Error("no matrix sheet");
    expect(sheet.grid().slice(0, 3)).toEqual([
      ["Monitoring matrix", null, null, null],
      ["Generated on", (generatedOn.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000, null, null],
      ["Cluster / recommendation", "Status", "Count", "Generated status"],
    ]);
    expect(sheet.styles.filter((style) => style.path === "columnHidden").map((style) => style.rect.column)).toEqual([3]);
    expect(sheet.peek(1, 1)?.format).toBe("yyyy-mm-dd");
    expect(sheet.peek(4, 0)?.value).toBe("=not a formula");
    expect(state.formulas()).toEqual([]);
    expect(sheet.groups).toEqual([{ row: 4, rows: 2, column: 0, columns: 16384 }]);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0].props).toMatchObject({ type: "Custom", "custom.rule.formula": '=$B4="Pending"' });
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$3" });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: "ColumnClustered", source: { row: 4, column: 0, rows: 2, columns: 3 }, props: { seriesBy: "Columns", name: "Rights Matrix chart 1" } });
    // A chart a person added beside ours, under Excel's own name: regeneration leaves it.
    const persons = { type: "Pie", source: { row: 4, column: 2, rows: 2, columns: 1 }, props: { id: "{chart-person}", name: "Chart 2" } as Record<string, unknown> };
    sheet.charts.push(persons);
    expect(sheet.tabColor).toBe("#1F4E79");
    expect(sheet.styles.some((style) => style.path === "format.fill.color" && style.rect.row === 3)).toBe(true);
    expect(sheet.validations.map((validation) => validation.rect)).toEqual([{ row: 3, rows: 3, column: 1, columns: 1 }]);
    expect((await port.readSheet(MATRIX_SHEET))?.[1][1]).toEqual(generatedOn);

    await port.apply({ plans: [{ ...matrix, rows: matrix.rows.slice(0, 2), rowGroups: [{ first: 1, last: 1 }], charts: [] }] });
    expect(sheet.grid()).toHaveLength(5);
    expect(sheet.groups).toEqual([{ row: 4, rows: 1, column: 0, columns: 16384 }]);
    expect(sheet.charts).toEqual([persons]);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.validations).toHaveLength(1);
  });

  test("on ExcelApi 1.9 row groups are left out rather than failing the write", async () => {
    const { state, port } = await initialised();
    await port.apply({ plans: [{ ...tablePlan(RECOMMENDATIONS, [recommendation(1), recommendation(2)]), tables: [], rowGroups: [{ first: 0, last: 1 }] }] });
    expect(state.sheet("Recommendations")?.groups).toEqual([]);
  });

  test("a sheet whose name differs only in case is the plan's sheet, replaced in place", async () => {
    const state = new MockExcelState(["lists", "Notes"]);
    await initialised(state);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(["Recommendations", "Clusters", "Actions", "Indicators", "Institutions", "Progress", "lists", "Notes"]);
    expect(state.table("ListMechanisms")?.sheet.name).toBe("lists");
  });

  test("a table name taken on a sheet the command does not replace is refused before writing", async () => {
    const { state, port } = await initialised();
    const notes = new MockSheet("Notes");
    state.sheets.push(notes);
    state.tables.push({ name: "Dashboard", sheet: notes, rect: { row: 0, column: 0, rows: 2, columns: 1 }, style: "TableStyleLight1" });
    const before = state.syncs.length;
    const plan: SheetPlan = { sheet: "Dashboard", columns: [{ header: "Count", width: 8, editable: false }], rows: [[1]], tables: [{ name: "Dashboard", firstColumn: 0, lastColumn: 0, rowCount: 1 }] };
    await expect(port.apply({ plans: [plan] })).rejects.toThrow(/a table named Dashboard already exists on sheet Notes/);
    expect(state.syncs.slice(before).every((sync) => sync.commands === 0)).toBe(true);
    expect(state.sheet("Dashboard")).toBeUndefined();
  });

  test("one Excel.run per port call", async () => {
    const { state, port } = await initialised();
    const runs = state.runs;
    await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
    await port.readTables(["Recommendations", "Actions"]);
    await port.sheetNames();
    expect(state.runs - runs).toBe(3);
  });
});
