import type { CellValue } from "../model/cells";

/**
 * What a sheet must contain, in terms any adapter can carry out: `core` builds plans, the
 * Excel adapter and the file adapter apply them (ARCHITECTURE.md, "The port").
 */
export interface SheetPlan {
  sheet: string;
  /** Rows above the header: a title, a legend. The header follows them. */
  preamble?: CellValue[][];
  columns: PlanColumn[];
  /** Data rows, one value per column, in column order. */
  rows: CellValue[][];
  /** Excel tables (ListObjects) over parts of the sheet; most sheets have one over everything. */
  tables?: TableSpan[];
  /** Frozen rows (counting preamble and header) and columns. */
  freeze?: { rows: number; columns: number };
  /** Per data row, how it looks; rows without an entry are plain. */
  rowStyles?: (RowStyle | undefined)[];
  /** Collapsible groups of data rows (0-based, inclusive), e.g. the rows under a cluster heading. */
  rowGroups?: { first: number; last: number }[];
  conditionalFormats?: ConditionalFormatPlan[];
  print?: { landscape: boolean; fitToWidth: boolean; repeatHeader: boolean };
  /** Native charts over blocks of the data rows: Excel's API draws them in Excel, the file adapter writes DrawingML parts. */
  charts?: ChartPlan[];
  tabColor?: string;
  /**
   * Height in points of each data row (undefined: the program's default). Programs that do not
   * autofit on open (LibreOffice, printing) otherwise show wrapped text over the next row.
   */
  rowHeights?: (number | undefined)[];
  /** Height in points of the header row. */
  headerRowHeight?: number;
  /**
   * Cells of data rows that hold a formula; `rows` holds each one's computed value, written as
   * the cached result so that viewers that do not calculate still show it.
   */
  formulas?: PlanFormula[];
  /** 0-based data rows that start a new printed page (a long cluster). */
  pageBreaksBefore?: number[];
}

/** A formula in one data cell, in A1 style with its leading "=", e.g. `=COUNTIFS(Actions[Status],"Completed")`. */
export interface PlanFormula {
  /** 0-based data row and plan column. */
  row: number;
  column: number;
  formula: string;
}

/** An Excel table covering some plan columns, its header and its first `rowCount` data rows. */
export interface TableSpan {
  name: string;
  /** 0-based plan columns, inclusive. */
  firstColumn: number;
  lastColumn: number;
  rowCount: number;
  style?: string;
}

export type RowStyle = "heading" | "subheading" | "total";

export interface PlanColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format: "@" text, "yyyy-mm-dd", "0", "0.00", "0%". */
  numberFormat?: string;
  wrap?: boolean;
  /** People type into it; other columns are generated and may be shaded. */
  editable: boolean;
  validation?: ColumnValidation;
  /** Kept in the sheet but not shown or printed, e.g. the matrix's snapshot of what it generated. */
  hidden?: boolean;
}

/** A whole column of a table below its header: where a dropdown takes its values. */
export interface ListRangeRef {
  sheet: string;
  /** 1-based column number on that sheet. */
  column: number;
  /** First row below the header. */
  firstRow: number;
}

export type ColumnValidation =
  | { kind: "list"; source: ListRangeRef }
  | { kind: "wholeNumber"; min?: number; max?: number }
  | { kind: "decimal"; min?: number; max?: number }
  | { kind: "date" }
  | { kind: "textLength"; max: number };

export type HighlightStyle = "error" | "warning" | "gap" | "overdue" | "done";

/**
 * A formula-driven highlight over a bounded block of data rows. `formula` is written relative
 * to the block's top-left data cell (as Excel reads conditional formats), e.g. `=ISBLANK($D2)`.
 */
export interface ConditionalFormatPlan {
  /** 0-based plan columns, inclusive. */
  firstColumn: number;
  lastColumn: number;
  formula: string;
  style: HighlightStyle;
}

/**
 * The name our charts carry (then a number), in Excel's selection pane and in a file's drawing:
 * regenerating a sheet replaces the charts of that name and leaves any chart a person added.
 */
export const OWN_CHART_NAME = "Rights Matrix chart";

export function isOwnChartName(name: string): boolean {
  return name.startsWith(OWN_CHART_NAME);
}

export interface ChartPlan {
  title: string;
  kind: "stackedBar" | "column" | "pie";
  /**
   * Data block as 0-based data row and column indexes (inclusive); first column holds categories,
   * first row the series names (as when a user selects a table with its headings and inserts a chart).
   */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export const HIGHLIGHT_COLOURS: Record<HighlightStyle, { fill: string; font: string }> = {
  error: { fill: "FFC7CE", font: "9C0006" },
  warning: { fill: "FFEB9C", font: "7F6000" },
  gap: { fill: "FCE4D6", font: "833C0B" },
  overdue: { fill: "F8CBAD", font: "9C0006" },
  done: { fill: "C6EFCE", font: "006100" },
};

export const HEADER_FILL = "1F4E79";
export const HEADER_FONT = "FFFFFF";
export const HEADING_ROW_FILL = "D9E1F2";

/** Row of the header, 1-based. */
export function headerRowNumber(plan: Pick<SheetPlan, "preamble">): number {
  return (plan.preamble?.length ?? 0) + 1;
}

/** "A", "Z", "AA" for 1, 26, 27. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The dropdown source for a list validation: the whole column below the header, sized by what
 * is in it, so an item someone adds under the list appears in every dropdown at once, with or
 * without the add-in (OFFSET/COUNTA is understood by Excel, Excel on the web and LibreOffice).
 */
export function listValidationFormula(source: ListRangeRef): string {
  const sheet = quoteSheetName(source.sheet);
  const letter = columnLetter(source.column);
  const headerRows = source.firstRow - 1;
  return `OFFSET(${sheet}!$${letter}$${source.firstRow},0,0,MAX(1,COUNTA(${sheet}!$${letter}:$${letter})-${headerRows}),1)`;
}
