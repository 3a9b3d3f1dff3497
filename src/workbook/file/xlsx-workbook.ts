import ExcelJS from "exceljs";
import { cellText, type CellValue, type Row } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { DASHBOARD_SHEET, LISTS_SHEET, MATRIX_SHEET, TABLES, tableDef, type TableDef, type TableName } from "../../model/tables";
import { tablePlan } from "../../core/structure/workbook-structure";
import { assertPlanWritable } from "../plan-checks";
import {
  HEADER_FILL,
  HEADER_FONT,
  HEADING_ROW_FILL,
  HIGHLIGHT_COLOURS,
  columnLetter,
  headerRowNumber,
  listValidationFormula,
  type ColumnValidation,
  type SheetPlan,
} from "../plan";
import type { TableData, TableUpsert, WorkbookChanges, WorkbookPort } from "../port";
import { isBlank, plainCellValue } from "./cell-values";

/**
 * The port over an .xlsx file held in memory (ExcelJS): the CLI, the standalone page and the
 * tests use it. Every `apply` ends with the workbook serialised to bytes; if anything fails
 * part-way, the workbook is reloaded from the last good bytes, so a write is all-or-nothing.
 */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    readonly label: string,
    private workbook: ExcelJS.Workbook,
    private bytes: Uint8Array | null,
  ) {}

  static empty(label: string): XlsxWorkbook {
    return new XlsxWorkbook(label, newWorkbook(), null);
  }

  static async fromBytes(bytes: Uint8Array | ArrayBuffer, label: string): Promise<XlsxWorkbook> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    return new XlsxWorkbook(label, await loadWorkbook(data, label), data);
  }

  /** The workbook as .xlsx bytes, after the last successful write. */
  async toBytes(): Promise<Uint8Array> {
    if (!this.bytes) this.bytes = await serialise(this.workbook);
    return this.bytes;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  async readSheet(sheet: string): Promise<CellValue[][] | null> {
    const worksheet = this.workbook.getWorksheet(sheet);
    if (!worksheet) return null;
    const values: CellValue[][] = [];
    // ExcelJS recounts every row for columnCount: read it once, not once per cell.
    const columnCount = worksheet.columnCount;
    for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
      const row = worksheet.getRow(rowNumber);
      const cells: CellValue[] = [];
      for (let column = 1; column <= columnCount; column++) cells.push(plainCellValue(row.getCell(column).value));
      values.push(cells);
    }
    return values;
  }

  async readTables<Name extends TableName>(names: readonly Name[]): Promise<Record<Name, TableData | null>> {
    const result = {} as Record<Name, TableData | null>;
    for (const name of names) result[name] = this.readTable(tableDef(name));
    return result;
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    const plans = [...(changes.plans ?? [])];
    const touched = new Set<TableName>([
      ...(changes.upserts ?? []).map((upsert) => upsert.table),
      ...(changes.deletions ?? []).map((deletion) => deletion.table),
    ]);
    for (const name of touched) plans.push(this.mergedTablePlan(name, changes));
    plans.forEach(assertPlanWritable);
    const previous = this.bytes;
    try {
      for (const plan of plans) writePlan(this.workbook, plan);
      orderSheets(this.workbook);
      this.bytes = await serialise(this.workbook);
    } catch (error) {
      this.workbook = previous ? await loadWorkbook(previous, this.label) : newWorkbook();
      this.bytes = previous;
      throw error;
    }
  }

  private readTable(def: TableDef): TableData | null {
    for (const worksheet of this.workbook.worksheets) {
      const table = (worksheet.getTables() as unknown as ExcelJS.Table[]).find((candidate) => tableName(candidate) === def.tableName);
      if (table) return readTableRange(worksheet, def, tableRef(table), this.label);
    }
    return null;
  }

  /** The table's rows after the upserts and deletions, checked before anything is written. */
  private mergedTablePlan(name: TableName, changes: WorkbookChanges): SheetPlan {
    const def = tableDef(name);
    const current = this.readTable(def);
    const rows = current ? current.rows.map((row) => ({ ...row })) : [];
    const deleted = new Set((changes.deletions ?? []).filter((d) => d.table === name).flatMap((d) => d.ids));
    const kept = rows.filter((row) => !deleted.has(cellText(row[def.idColumn])));
    const index = new Map(kept.map((row, position) => [cellText(row[def.idColumn]), position]));
    for (const upsert of (changes.upserts ?? []).filter((u) => u.table === name)) mergeUpsert(def, kept, index, upsert, this.label);
    return tablePlan(def, kept, current?.extraHeaders ?? []);
  }
}

function mergeUpsert(def: TableDef, rows: Row[], index: Map<string, number>, upsert: TableUpsert, label: string): void {
  const seen = new Set<string>();
  upsert.rows.forEach((row, position) => {
    const id = cellText(row[def.idColumn]);
    const location = `${label}, ${def.name}, row ${position + 1}`;
    const idHeader = def.columns.find((column) => column.key === def.idColumn)?.header ?? def.idColumn;
    if (!id) throw new UserFacingError("error.missingId", { location, table: def.name, column: idHeader });
    if (seen.has(id)) throw new UserFacingError("error.duplicateId", { location, id, table: def.name });
    seen.add(id);
    const existing = index.get(id);
    if (existing === undefined) {
      index.set(id, rows.length);
      rows.push({ ...row });
      return;
    }
    for (const key of upsert.columns ?? Object.keys(row)) rows[existing][key] = row[key] ?? null;
  });
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Rights Matrix";
  workbook.created = new Date();
  return workbook;
}

async function loadWorkbook(bytes: Uint8Array, label: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UserFacingError("error.notAWorkbook", { file: label, reason: error instanceof Error ? error.message : String(error) });
  }
  // LibreOffice saves tables without a style, which ExcelJS cannot write back: give them the default one.
  for (const worksheet of workbook.worksheets) {
    for (const table of worksheet.getTables() as unknown as { table?: { style?: unknown } }[]) {
      if (table.table && !table.table.style) table.table.style = { theme: "TableStyleMedium2", showRowStripes: true };
    }
  }
  return workbook;
}

async function serialise(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  if (workbook.worksheets.length === 0) workbook.addWorksheet("Sheet1");
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type LoadedTable = ExcelJS.Table & { table?: { name?: string; tableRef?: string; ref?: string }; name?: string };

function tableName(table: ExcelJS.Table): string {
  const loaded = table as LoadedTable;
  return loaded.table?.name ?? loaded.name ?? "";
}

function tableRef(table: ExcelJS.Table): string {
  const loaded = table as LoadedTable;
  return loaded.table?.tableRef ?? loaded.table?.ref ?? "A1";
}

function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!match) throw new Error(`Unreadable table range ${ref}`);
  const column = (letters: string) => [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return {
    left: column(match[1]),
    top: Number(match[2]),
    right: column(match[3] ?? match[1]),
    bottom: Number(match[4] ?? match[2]),
  };
}

function readTableRange(worksheet: ExcelJS.Worksheet, def: TableDef, ref: string, label: string): TableData {
  const range = decodeRange(ref);
  const header = worksheet.getRow(range.top);
  const keyByHeader = new Map(def.columns.map((column) => [column.header.toLowerCase(), column.key]));
  const columnNumbers: Record<string, number> = {};
  const extraHeaders: string[] = [];
  const keys: (string | null)[] = [];
  for (let column = range.left; column <= range.right; column++) {
    const text = cellText(plainCellValue(header.getCell(column).value));
    const key = keyByHeader.get(text.toLowerCase()) ?? (text ? text : null);
    if (key && !keyByHeader.has(text.toLowerCase())) extraHeaders.push(text);
    if (key) columnNumbers[key] = column;
    keys.push(key);
  }
  const missing = def.columns.find((column) => columnNumbers[column.key] === undefined);
  if (missing) throw new UserFacingError("error.tableMissingColumn", { file: label, table: def.name, column: missing.header });
  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  for (let rowNumber = range.top + 1; rowNumber <= range.bottom; rowNumber++) {
    const sheetRow = worksheet.getRow(rowNumber);
    const row: Row = {};
    let blank = true;
    keys.forEach((key, offset) => {
      if (!key) return;
      const value = plainCellValue(sheetRow.getCell(range.left + offset).value);
      row[key] = typeof value === "string" ? value.trim() || null : value;
      if (!isBlank(value)) blank = false;
    });
    if (blank) continue;
    rows.push(row);
    rowNumbers.push(rowNumber);
  }
  return { table: def.name, rows, rowNumbers, extraHeaders, columnNumbers };
}

/** Replaces (or creates) the plan's sheet in the position it had. */
function writePlan(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const existing = workbook.getWorksheet(plan.sheet);
  const orderNo = existing ? (existing as unknown as { orderNo: number }).orderNo : undefined;
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(plan.sheet, {
    properties: { tabColor: plan.tabColor ? { argb: `FF${plan.tabColor}` } : undefined, outlineLevelRow: plan.rowGroups?.length ? 1 : 0 },
  });
  if (orderNo !== undefined) (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
  const headerRow = headerRowNumber(plan);
  const firstDataRow = headerRow + 1;

  plan.columns.forEach((column, index) => {
    const sheetColumn = worksheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    if (column.numberFormat) sheetColumn.numFmt = column.numberFormat;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: "top" };
    if (column.hidden) sheetColumn.hidden = true;
  });
  (plan.preamble ?? []).forEach((values, index) => {
    const row = worksheet.getRow(index + 1);
    values.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = toExcelJsValue(value);
      // A title or legend runs across the sheet: the first column's wrapping would squeeze it into a narrow, tall cell.
      cell.alignment = { wrapText: false, vertical: "top" };
    });
    if (index === 0) row.font = { bold: true, size: 14 };
  });

  const tableColumns = new Set<number>();
  for (const span of plan.tables ?? []) {
    for (let column = span.firstColumn; column <= span.lastColumn; column++) tableColumns.add(column);
    const rows = plan.rows.slice(0, span.rowCount).map((row) => row.slice(span.firstColumn, span.lastColumn + 1).map(toExcelJsValue));
    worksheet.addTable({
      name: span.name,
      ref: `${columnLetter(span.firstColumn + 1)}${headerRow}`,
      headerRow: true,
      style: { theme: (span.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: plan.columns.slice(span.firstColumn, span.lastColumn + 1).map((column) => ({ name: column.header, filterButton: true })),
      // Excel needs at least one body row in a table: an empty table gets one blank row.
      rows: rows.length > 0 ? rows : [Array(span.lastColumn - span.firstColumn + 1).fill(null)],
    });
  }
  plan.columns.forEach((column, index) => {
    if (tableColumns.has(index) || !column.header) return;
    worksheet.getRow(headerRow).getCell(index + 1).value = column.header;
  });
  const outsideTables = plan.columns.map((_, index) => !tableColumns.has(index));
  const spanRows = Math.max(0, ...(plan.tables ?? []).map((span) => span.rowCount));
  plan.rows.forEach((values, rowIndex) => {
    const row = worksheet.getRow(firstDataRow + rowIndex);
    values.forEach((value, column) => {
      if (outsideTables[column] || rowIndex >= spanRows) row.getCell(column + 1).value = toExcelJsValue(value);
    });
  });

  styleHeader(worksheet.getRow(headerRow), plan);
  styleRows(worksheet, plan, firstDataRow);
  addValidations(worksheet, plan, firstDataRow);
  addConditionalFormats(worksheet, plan, firstDataRow);
  if (plan.freeze) worksheet.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  if (plan.print) {
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      orientation: plan.print.landscape ? "landscape" : "portrait",
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: plan.print.repeatHeader ? `1:${headerRow}` : undefined,
    };
  }
}

function toExcelJsValue(value: CellValue): ExcelJS.CellValue {
  // A string stays a string cell, whatever it starts with: ExcelJS writes formulas only from { formula }.
  if (typeof value === "string") return value.length === 0 ? null : value;
  return value;
}

function styleHeader(row: ExcelJS.Row, plan: SheetPlan): void {
  plan.columns.forEach((column, index) => {
    if (!column.header) return;
    const cell = row.getCell(index + 1);
    cell.font = { bold: true, color: { argb: `FF${HEADER_FONT}` } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADER_FILL}` } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });
}

function styleRows(worksheet: ExcelJS.Worksheet, plan: SheetPlan, firstDataRow: number): void {
  plan.rowStyles?.forEach((style, index) => {
    if (!style) return;
    const row = worksheet.getRow(firstDataRow + index);
    row.font = { bold: true };
    if (style === "heading") {
      for (let column = 1; column <= plan.columns.length; column++) {
        row.getCell(column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADING_ROW_FILL}` } };
      }
    }
  });
  for (const group of plan.rowGroups ?? []) {
    for (let index = group.first; index <= group.last; index++) worksheet.getRow(firstDataRow + index).outlineLevel = 1;
  }
  if (plan.rowGroups?.length) worksheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
}

function dataValidation(validation: ColumnValidation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const };
  switch (validation.kind) {
    case "list":
      return { ...common, type: "list", formulae: [listValidationFormula(validation.source)] };
    case "wholeNumber":
      return { ...common, type: "whole", operator: "between", formulae: [validation.min ?? -2147483648, validation.max ?? 2147483647] };
    case "decimal":
      return { ...common, type: "decimal", operator: "between", formulae: [validation.min ?? -1e15, validation.max ?? 1e15] };
    case "date":
      return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case "textLength":
      return { ...common, type: "textLength", operator: "lessThanOrEqual", formulae: [validation.max] };
  }
}

function dataRowsEnd(plan: SheetPlan, firstDataRow: number): number {
  return firstDataRow + Math.max(plan.rows.length, 1) - 1;
}

/** ExcelJS has range validations (one entry for a whole column block) but its types omit them. */
interface WithDataValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addValidations(worksheet: ExcelJS.Worksheet, plan: SheetPlan, firstDataRow: number): void {
  const lastRow = dataRowsEnd(plan, firstDataRow);
  plan.columns.forEach((column, index) => {
    if (!column.validation) return;
    const letter = columnLetter(index + 1);
    (worksheet as unknown as WithDataValidations).dataValidations.add(`${letter}${firstDataRow}:${letter}${lastRow}`, dataValidation(column.validation));
  });
}

function addConditionalFormats(worksheet: ExcelJS.Worksheet, plan: SheetPlan, firstDataRow: number): void {
  const lastRow = dataRowsEnd(plan, firstDataRow);
  (plan.conditionalFormats ?? []).forEach((format, priority) => {
    const colours = HIGHLIGHT_COLOURS[format.style];
    worksheet.addConditionalFormatting({
      ref: `${columnLetter(format.firstColumn + 1)}${firstDataRow}:${columnLetter(format.lastColumn + 1)}${lastRow}`,
      rules: [
        {
          type: "expression",
          priority: priority + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${colours.fill}` } },
            font: { color: { argb: `FF${colours.font}` } },
          },
        },
      ],
    });
  });
}

/** What people read first (dashboard, matrix), then the tables, then Lists, then any other sheets as they were. */
const SHEET_ORDER = [DASHBOARD_SHEET, MATRIX_SHEET, ...TABLES.map((def) => def.sheet), LISTS_SHEET];

function orderSheets(workbook: ExcelJS.Workbook): void {
  const rank = (name: string): number => {
    const position = SHEET_ORDER.indexOf(name);
    return position >= 0 ? position : SHEET_ORDER.length;
  };
  const sheets = [...workbook.worksheets];
  const original = new Map(sheets.map((sheet, index) => [sheet, index]));
  sheets
    .sort((a, b) => rank(a.name) - rank(b.name) || (original.get(a) ?? 0) - (original.get(b) ?? 0))
    .forEach((sheet, index) => ((sheet as unknown as { orderNo: number }).orderNo = index));
}

