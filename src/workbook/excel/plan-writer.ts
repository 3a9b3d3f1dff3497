import type { CellValue } from "../../model/cells";
import {
  HEADER_FILL,
  HEADER_FONT,
  HEADING_ROW_FILL,
  HIGHLIGHT_COLOURS,
  OWN_CHART_NAME,
  headerRowNumber,
  isOwnChartName,
  listValidationFormula,
  type ChartPlan,
  type ColumnValidation,
  type PlanColumn,
  type RowStyle,
  type SheetPlan,
} from "../plan";
import { DATE_FORMAT, excelInput, isDateFormat, TEXT_FORMAT } from "./cell-input";
import type { ValueBlock } from "./value-blocks";

/**
 * Queues (never syncs) the commands that make a worksheet look like its plan. The values
 * themselves travel as `ValueBlock`s so the caller can batch them; everything here is formatting
 * and structure, queued after the values except number formats, which must precede them.
 */

/** Which optional requirement sets the host has beyond ExcelApi 1.9. */
export interface ExcelFeatures {
  /** ExcelApi 1.10: Range.group / ungroup. */
  rowGroups: boolean;
  /** ExcelApi 1.13: Table.resize. */
  tableResize: boolean;
}

/** Excel measures column widths in points; plans in characters of the default font. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Range.values / numberFormat take a 2D array, but Excel applies a single value to every cell of the range. */
function everyCell<T>(value: T): T[][] {
  return value as unknown as T[][];
}

const colour = (hex: string): string => `#${hex}`;

/** The values of a plan as blocks: preamble and header rows, then the data rows. */
export function planBlocks(plan: SheetPlan): ValueBlock[] {
  const width = plan.columns.length;
  const headerRow = headerRowNumber(plan);
  const top: CellValue[][] = [...(plan.preamble ?? []), plan.columns.map((column) => column.header)];
  const pad = (values: readonly CellValue[]) => Array.from({ length: width }, (_, index) => values[index] ?? null);
  const blocks: ValueBlock[] = [
    {
      sheet: plan.sheet,
      row: 0,
      column: 0,
      values: top.map((values) => pad(values).map((value) => excelInput(value, false))),
      columnFormats: [],
      partial: false,
    },
  ];
  if (plan.rows.length > 0) {
    const textColumns = plan.columns.map((column) => column.numberFormat === TEXT_FORMAT);
    blocks.push({
      sheet: plan.sheet,
      row: headerRow,
      column: 0,
      values: plan.rows.map((values) => pad(values).map((value, index) => excelInput(value, textColumns[index]))),
      columnFormats: plan.columns.map((column) => column.numberFormat),
      partial: false,
    });
  }
  return blocks;
}

/** Takes a worksheet back to empty cells: its tables, our charts (a person's stay), contents, formats, validations and highlights. */
export function queueClearSheet(worksheet: Excel.Worksheet, tables: readonly Excel.Table[], charts: readonly Excel.Chart[]): void {
  for (const table of tables) table.delete();
  for (const chart of charts) if (isOwnChartName(chart.name)) chart.delete();
  const everything = worksheet.getRange();
  everything.conditionalFormats.clearAll();
  everything.dataValidation.clear();
  everything.clear("All");
  worksheet.freezePanes.unfreeze();
  worksheet.horizontalPageBreaks.removePageBreaks();
}

/** Number format, wrap and validation of one plan column over some data rows (0-based). */
export function queueColumnCells(worksheet: Excel.Worksheet, column: PlanColumn, columnIndex: number, firstRow: number, rowCount: number): void {
  const cells = worksheet.getRangeByIndexes(firstRow, columnIndex, rowCount, 1);
  if (column.numberFormat) cells.numberFormat = everyCell(column.numberFormat);
  if (column.wrap) {
    cells.format.wrapText = true;
    cells.format.verticalAlignment = "Top";
  }
  if (column.validation) {
    cells.dataValidation.ignoreBlanks = true;
    cells.dataValidation.rule = validationRule(column.validation);
    cells.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: column.header, message: "" };
  }
}

export function validationRule(validation: ColumnValidation): Excel.DataValidationRule {
  switch (validation.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: `=${listValidationFormula(validation.source)}` } };
    case "wholeNumber":
      return { wholeNumber: { operator: "Between", formula1: validation.min ?? -2147483648, formula2: validation.max ?? 2147483647 } };
    case "decimal":
      return { decimal: { operator: "Between", formula1: validation.min ?? -1e15, formula2: validation.max ?? 1e15 } };
    case "date":
      return { date: { operator: "GreaterThan", formula1: "=DATE(1900,1,1)" } };
    case "textLength":
      return { textLength: { operator: "LessThanOrEqualTo", formula1: validation.max } };
  }
}

/** Number formats first, so text columns take text as it is given (call before the values). */
export function queuePlanNumberFormats(worksheet: Excel.Worksheet, plan: SheetPlan): void {
  const firstDataRow = headerRowNumber(plan);
  const rowCount = Math.max(plan.rows.length, 1);
  plan.columns.forEach((column, index) => {
    if (column.numberFormat) worksheet.getRangeByIndexes(firstDataRow, index, rowCount, 1).numberFormat = everyCell(column.numberFormat);
  });
}

/**
 * The plan's formula cells (a live Dashboard count), after the values: `rows` holds each one's
 * computed value, which the values write put there first; the formula replaces it. One command
 * per run of cells down a column with formulas.
 */
export function queuePlanFormulas(worksheet: Excel.Worksheet, plan: SheetPlan): void {
  const firstDataRow = headerRowNumber(plan);
  const byColumn = new Map<number, Map<number, string>>();
  for (const formula of plan.formulas ?? []) {
    const column = byColumn.get(formula.column) ?? new Map<number, string>();
    column.set(formula.row, formula.formula);
    byColumn.set(formula.column, column);
  }
  for (const [column, formulas] of byColumn) {
    const rows = [...formulas.keys()].sort((a, b) => a - b);
    const flags = Array.from({ length: (rows[rows.length - 1] ?? -1) + 1 }, (_, row) => formulas.has(row));
    for (const run of runsOf(flags)) {
      const range = worksheet.getRangeByIndexes(firstDataRow + run.first, column, run.last - run.first + 1, 1);
      // A text-formatted cell would keep the formula as text: a person's formula in a text column gets General back.
      if (plan.columns[column]?.numberFormat === TEXT_FORMAT) range.numberFormat = everyCell("General");
      range.formulas = Array.from({ length: run.last - run.first + 1 }, (_, offset) => [formulas.get(run.first + offset) as string]);
    }
  }
}

/** Everything but the values and number formats: tables, widths, styles, validations, highlights, panes, print, charts. */
export function queuePlanLayout(worksheet: Excel.Worksheet, plan: SheetPlan, features: ExcelFeatures): void {
  const headerRow = headerRowNumber(plan) - 1;
  const firstDataRow = headerRow + 1;
  const dataRows = Math.max(plan.rows.length, 1);
  if (plan.tabColor) worksheet.tabColor = colour(plan.tabColor);

  for (const span of plan.tables ?? []) {
    const range = worksheet.getRangeByIndexes(headerRow, span.firstColumn, 1 + Math.max(span.rowCount, 1), span.lastColumn - span.firstColumn + 1);
    const table = worksheet.tables.add(range, true);
    table.name = span.name;
    table.style = span.style ?? "TableStyleMedium2";
    table.showBandedRows = true;
  }
  plan.columns.forEach((column, index) => {
    const entireColumn = worksheet.getRangeByIndexes(0, index, 1, 1).getEntireColumn();
    entireColumn.format.columnWidth = widthInPoints(column.width);
    // Hidden columns hold what Rights Matrix needs to read back (the matrix's generated values).
    if (column.hidden) entireColumn.columnHidden = true;
    const formats: PlanColumn = { ...column, numberFormat: undefined };
    queueColumnCells(worksheet, formats, index, firstDataRow, dataRows);
  });
  queueDatesOutsideDateColumns(worksheet, plan, firstDataRow);
  for (const run of runsOf(plan.columns.map((column) => column.header !== ""))) {
    const header = worksheet.getRangeByIndexes(headerRow, run.first, 1, run.last - run.first + 1);
    header.format.fill.color = colour(HEADER_FILL);
    header.format.font.color = colour(HEADER_FONT);
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.verticalAlignment = "Center";
  }
  if (plan.preamble?.length) {
    const title = worksheet.getRangeByIndexes(0, 0, 1, Math.max(plan.columns.length, 1));
    title.format.font.bold = true;
    title.format.font.size = 14;
  }
  queueRowStyles(worksheet, plan, firstDataRow);
  queueRowHeights(worksheet, plan, headerRow);
  if (features.rowGroups) {
    for (const group of plan.rowGroups ?? []) {
      worksheet.getRangeByIndexes(firstDataRow + group.first, 0, group.last - group.first + 1, 1).getEntireRow().group("ByRows");
    }
  }
  queueHighlights(worksheet, plan, firstDataRow, dataRows);
  if (plan.freeze) queueFreeze(worksheet, plan.freeze.rows, plan.freeze.columns);
  if (plan.print) {
    worksheet.pageLayout.orientation = plan.print.landscape ? "Landscape" : "Portrait";
    if (plan.print.fitToWidth) worksheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatHeader) worksheet.pageLayout.setPrintTitleRows(`$1:$${headerRow + 1}`);
  }
  // Page breaks are ExcelApi 1.9 (PageBreakCollection), inside what the manifest asks for.
  for (const row of plan.pageBreaksBefore ?? []) if (row > 0 && row < plan.rows.length) worksheet.horizontalPageBreaks.add(worksheet.getRangeByIndexes(firstDataRow + row, 0, 1, 1));
  (plan.charts ?? []).forEach((chart, index) => queueChart(worksheet, chart, `${OWN_CHART_NAME} ${index + 1}`, firstDataRow, plan.columns.length));
}

/** Header and data row heights, one command per run of rows of the same height. */
function queueRowHeights(worksheet: Excel.Worksheet, plan: SheetPlan, headerRow: number): void {
  if (plan.headerRowHeight) worksheet.getRangeByIndexes(headerRow, 0, 1, 1).format.rowHeight = plan.headerRowHeight;
  const heights = plan.rowHeights ?? [];
  let index = 0;
  while (index < heights.length) {
    const height = heights[index];
    let last = index;
    while (last + 1 < heights.length && heights[last + 1] === height) last++;
    if (height) worksheet.getRangeByIndexes(headerRow + 1 + index, 0, last - index + 1, 1).format.rowHeight = height;
    index = last + 1;
  }
}

/** The plan's conditional formats over `dataRows` rows from `firstDataRow` (0-based), formulas relative to that row. */
export function queueHighlights(worksheet: Excel.Worksheet, plan: Pick<SheetPlan, "conditionalFormats">, firstDataRow: number, dataRows: number): void {
  (plan.conditionalFormats ?? []).forEach((plannedFormat) => {
    const range = worksheet.getRangeByIndexes(firstDataRow, plannedFormat.firstColumn, dataRows, plannedFormat.lastColumn - plannedFormat.firstColumn + 1);
    const conditional = range.conditionalFormats.add("Custom");
    conditional.custom.rule.formula = plannedFormat.formula;
    conditional.custom.format.fill.color = colour(HIGHLIGHT_COLOURS[plannedFormat.style].fill);
    conditional.custom.format.font.color = colour(HIGHLIGHT_COLOURS[plannedFormat.style].font);
  });
}

function queueFreeze(worksheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) worksheet.freezePanes.freezeRows(rows);
  else if (columns > 0) worksheet.freezePanes.freezeColumns(columns);
}

const ROW_STYLE_FILL: Record<RowStyle, string | null> = { heading: HEADING_ROW_FILL, subheading: null, total: null };

function queueRowStyles(worksheet: Excel.Worksheet, plan: SheetPlan, firstDataRow: number): void {
  const styles = plan.rowStyles ?? [];
  let index = 0;
  while (index < styles.length) {
    const style = styles[index];
    let last = index;
    while (last + 1 < styles.length && styles[last + 1] === style) last++;
    if (style) {
      const rows = worksheet.getRangeByIndexes(firstDataRow + index, 0, last - index + 1, Math.max(plan.columns.length, 1));
      rows.format.font.bold = true;
      const fill = ROW_STYLE_FILL[style];
      if (fill) rows.format.fill.color = colour(fill);
    }
    index = last + 1;
  }
}

/** A Date where the column has no date format still shows as a date: one format command per run of such cells. */
function queueDatesOutsideDateColumns(worksheet: Excel.Worksheet, plan: SheetPlan, firstDataRow: number): void {
  plan.columns.forEach((column, columnIndex) => {
    if (isDateFormat(column.numberFormat)) return;
    for (const run of runsOf(plan.rows.map((row) => row[columnIndex] instanceof Date))) {
      worksheet.getRangeByIndexes(firstDataRow + run.first, columnIndex, run.last - run.first + 1, 1).numberFormat = everyCell(DATE_FORMAT);
    }
  });
  (plan.preamble ?? []).forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      if (value instanceof Date) worksheet.getRangeByIndexes(rowIndex, columnIndex, 1, 1).numberFormat = [[DATE_FORMAT]];
    }),
  );
}

const CHART_TYPES: Record<ChartPlan["kind"], Excel.ChartType> = {
  stackedBar: "BarStacked" as Excel.ChartType,
  column: "ColumnClustered" as Excel.ChartType,
  pie: "Pie" as Excel.ChartType,
};

function queueChart(worksheet: Excel.Worksheet, plan: ChartPlan, name: string, firstDataRow: number, width: number): void {
  const source = worksheet.getRangeByIndexes(firstDataRow + plan.firstRow, plan.firstColumn, plan.lastRow - plan.firstRow + 1, plan.lastColumn - plan.firstColumn + 1);
  // Series by columns, as ChartPlan says: "Auto" would turn a block wider than it is tall (few clusters, many statuses) into one series per row.
  const chart = worksheet.charts.add(CHART_TYPES[plan.kind], source, "Columns");
  chart.name = name;
  chart.title.text = plan.title;
  chart.setPosition(worksheet.getRangeByIndexes(firstDataRow + plan.firstRow, width + 1, 1, 1));
}

/** Runs of consecutive true entries, as inclusive index pairs. */
export function runsOf(flags: readonly boolean[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  flags.forEach((flag, index) => {
    if (!flag) return;
    const previous = runs[runs.length - 1];
    if (previous && previous.last === index - 1) previous.last = index;
    else runs.push({ first: index, last: index });
  });
  return runs;
}
