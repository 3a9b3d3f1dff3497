import type { CellValue } from "../../model/cells";
import {
  HEADER_FILL,
  HEADER_FONT,
  HEADING_ROW_FILL,
  HIGHLIGHT_COLOURS,
  columnLetter,
  headerRowNumber,
  listValidationFormula,
  quoteSheetName,
  type ColumnValidation,
  type SheetPlan,
} from "../plan";
import { cellXml } from "./cell-xml";
import { MAIN_NS, RELATIONSHIP_NS } from "./package-parts";
import { dateToSerial } from "./sheet-scan";
import type { CellLook, StyleBook } from "./styles";
import { escapeAttribute, escapeFormula } from "./xml";

/**
 * A sheet written whole from a plan (Lists, the matrix, the dashboard, a new table's sheet),
 * one string chunk per row, and its table parts.
 */

export interface PlannedTable {
  /** Unique in the workbook. */
  id: number;
  name: string;
  ref: string;
  columns: string[];
  style: string;
}

export interface WrittenSheet {
  /** The worksheet part, with `r:id` placeholders "{table:N}" for the table parts' relationship IDs and "{drawings}" for the drawing elements. */
  xml: string;
  tables: PlannedTable[];
  /** Rows repeated on every printed page ("1:3"), or null. */
  printTitles: string | null;
}

export const TABLE_ID_PLACEHOLDER = (index: number): string => `{table:${index}}`;
/** Where the sheet's drawing elements go (our charts' drawing, what people put on the sheet): after the breaks, before the table parts. */
export const PLAN_SHEET_DRAWINGS = "{drawings}";

/** Table column names must be unique and non-empty: Excel would "repair" the file otherwise. */
export function uniqueColumnNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, index) => {
    const base = header.trim() || `Column${index + 1}`;
    let name = base;
    for (let suffix = 2; seen.has(name.toLowerCase()); suffix++) name = `${base}${suffix}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function writePlanSheet(plan: SheetPlan, styles: StyleBook, date1904: boolean, tableIds: () => number): WrittenSheet {
  const headerRow = headerRowNumber(plan);
  const firstDataRow = headerRow + 1;
  const width = Math.max(plan.columns.length, ...(plan.preamble ?? []).map((row) => row.length), 1);
  const lastDataRow = firstDataRow + Math.max(plan.rows.length, 1) - 1;
  const columnLook = plan.columns.map((column): CellLook => ({
    numberFormat: column.numberFormat,
    ...(column.wrap ? { wrap: true, vertical: "top" as const } : {}),
  }));
  const columnStyles = columnLook.map((look) => (look.numberFormat || look.wrap ? styles.cellStyle(look) : 0));
  const formulas = new Map((plan.formulas ?? []).map((formula) => [`${formula.row}:${formula.column}`, formula.formula]));
  const grouped = new Set<number>();
  for (const group of plan.rowGroups ?? []) for (let index = group.first; index <= group.last; index++) grouped.add(index);

  const rows: string[] = [];
  (plan.preamble ?? []).forEach((values, index) => {
    const style = styles.cellStyle(index === 0 ? { bold: true, size: 14, wrap: false, vertical: "top" } : { wrap: false, vertical: "top" });
    const cells = values.map((value, column) => (value === null ? "" : cellXml("", column + 1, index + 1, value, style, date1904))).join("");
    rows.push(`<row r="${index + 1}">${cells}</row>`);
  });

  const tableSpans = plan.tables ?? [];
  // A table's header cells hold its column names exactly, or Excel "repairs" the file.
  const headers = plan.columns.map((column) => column.header);
  for (const span of tableSpans) {
    uniqueColumnNames(headers.slice(span.firstColumn, span.lastColumn + 1)).forEach((name, offset) => (headers[span.firstColumn + offset] = name));
  }
  const headerCells = plan.columns
    .map((column, index) => {
      if (!headers[index]) return "";
      const style = styles.cellStyle({ numberFormat: column.numberFormat, bold: true, fontColor: HEADER_FONT, fill: HEADER_FILL, vertical: "center", wrap: true });
      return cellXml("", index + 1, headerRow, headers[index], style, date1904);
    })
    .join("");
  rows.push(`<row r="${headerRow}"${plan.headerRowHeight ? ` ht="${plan.headerRowHeight}" customHeight="1"` : ""}>${headerCells}</row>`);

  const rowLooks = new Map<string, number[]>();
  const stylesFor = (rowStyle: string | undefined): number[] => {
    if (!rowStyle) return columnStyles;
    const cached = rowLooks.get(rowStyle);
    if (cached) return cached;
    const fill = rowStyle === "heading" ? { fill: HEADING_ROW_FILL } : {};
    const made = columnLook.map((look) => styles.cellStyle({ ...look, bold: true, ...fill }));
    rowLooks.set(rowStyle, made);
    return made;
  };
  plan.rows.forEach((values, index) => {
    const rowNumber = firstDataRow + index;
    const rowStyle = plan.rowStyles?.[index];
    const cellStyles = stylesFor(rowStyle);
    const cells: string[] = [];
    for (let column = 0; column < plan.columns.length; column++) {
      const value: CellValue = values[column] ?? null;
      const formula = formulas.get(`${index}:${column}`);
      // A heading row is shaded across the sheet, empty cells included.
      if (value === null && !formula && rowStyle !== "heading") continue;
      cells.push(cellXml("", column + 1, rowNumber, value, cellStyles[column] ?? 0, date1904, formula));
    }
    const height = plan.rowHeights?.[index];
    const attributes = `${height ? ` ht="${height}" customHeight="1"` : ""}${grouped.has(index) ? ` outlineLevel="1"` : ""}`;
    rows.push(`<row r="${rowNumber}"${attributes}>${cells.join("")}</row>`);
  });

  const tables: PlannedTable[] = tableSpans.map((span) => {
    const bottom = headerRow + Math.max(span.rowCount, 1);
    return {
      id: tableIds(),
      name: span.name,
      ref: `${columnLetter(span.firstColumn + 1)}${headerRow}:${columnLetter(span.lastColumn + 1)}${bottom}`,
      columns: uniqueColumnNames(plan.columns.slice(span.firstColumn, span.lastColumn + 1).map((column) => column.header)),
      style: span.style ?? "TableStyleMedium2",
    };
  });

  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIP_NS}">`];
  const sheetProperties = [
    plan.tabColor ? `<tabColor rgb="FF${plan.tabColor}"/>` : "",
    plan.rowGroups?.length ? `<outlinePr summaryBelow="0" summaryRight="0"/>` : "",
    plan.print?.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : "",
  ].join("");
  if (sheetProperties) parts.push(`<sheetPr>${sheetProperties}</sheetPr>`);
  parts.push(`<dimension ref="A1:${columnLetter(width)}${Math.max(lastDataRow, headerRow)}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(plan.freeze)}</sheetView></sheetViews>`);
  parts.push(`<sheetFormatPr defaultRowHeight="15"${plan.rowGroups?.length ? ` outlineLevelRow="1"` : ""}/>`);
  if (plan.columns.length > 0) parts.push(colsXml(plan, columnStyles));
  parts.push(`<sheetData>${rows.join("")}</sheetData>`);
  (plan.conditionalFormats ?? []).forEach((format, index) => {
    const colours = HIGHLIGHT_COLOURS[format.style];
    const sqref = `${columnLetter(format.firstColumn + 1)}${firstDataRow}:${columnLetter(format.lastColumn + 1)}${lastDataRow}`;
    parts.push(
      `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${styles.highlight(colours.fill, colours.font)}" priority="${index + 1}"><formula>${escapeFormula(format.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`,
    );
  });
  const validations = plan.columns.flatMap((column, index) => {
    if (!column.validation) return [];
    const letter = columnLetter(index + 1);
    return [validationXml(column.validation, `${letter}${firstDataRow}:${letter}${lastDataRow}`, date1904)];
  });
  if (validations.length > 0) parts.push(`<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
  parts.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (plan.print) parts.push(`<pageSetup orientation="${plan.print.landscape ? "landscape" : "portrait"}"${plan.print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : ""}/>`);
  const breaks = (plan.pageBreaksBefore ?? []).filter((index) => index > 0 && index < plan.rows.length);
  if (breaks.length > 0) {
    parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((index) => `<brk id="${firstDataRow + index - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  }
  parts.push(PLAN_SHEET_DRAWINGS);
  if (tables.length > 0) parts.push(`<tableParts count="${tables.length}">${tables.map((_, index) => `<tablePart r:id="${TABLE_ID_PLACEHOLDER(index)}"/>`).join("")}</tableParts>`);
  parts.push(`</worksheet>`);
  return { xml: parts.join(""), tables, printTitles: plan.print?.repeatHeader ? `${quoteSheetName(plan.sheet)}!$1:$${headerRow}` : null };
}

/** Column widths and formats, neighbours that look the same in one `<col>` as Excel writes them. */
function colsXml(plan: SheetPlan, columnStyles: readonly number[]): string {
  const looks = plan.columns.map((column, index) => ` width="${column.width}" customWidth="1"${columnStyles[index] ? ` style="${columnStyles[index]}"` : ""}${column.hidden ? ` hidden="1"` : ""}`);
  const cols: string[] = [];
  for (let first = 0; first < looks.length; ) {
    let last = first;
    while (last + 1 < looks.length && looks[last + 1] === looks[first]) last++;
    cols.push(`<col min="${first + 1}" max="${last + 1}"${looks[first]}/>`);
    first = last + 1;
  }
  return `<cols>${cols.join("")}</cols>`;
}

function paneXml(freeze: SheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return "";
  const topLeft = `${columnLetter(freeze.columns + 1)}${freeze.rows + 1}`;
  const pane = freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  return (
    `<pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function validationXml(validation: ColumnValidation, sqref: string, date1904: boolean): string {
  const common = `allowBlank="1" showErrorMessage="1" sqref="${sqref}"`;
  const formulas = (...values: (string | number)[]) => values.map((value, index) => `<formula${index + 1}>${escapeFormula(String(value))}</formula${index + 1}>`).join("");
  switch (validation.kind) {
    case "list":
      return `<dataValidation type="list" ${common}>${formulas(listValidationFormula(validation.source))}</dataValidation>`;
    case "wholeNumber":
      return `<dataValidation type="whole" operator="between" ${common}>${formulas(validation.min ?? -2147483648, validation.max ?? 2147483647)}</dataValidation>`;
    case "decimal":
      return `<dataValidation type="decimal" operator="between" ${common}>${formulas(validation.min ?? -1e15, validation.max ?? 1e15)}</dataValidation>`;
    case "date":
      return `<dataValidation type="date" operator="greaterThan" ${common}>${formulas(dateToSerial(new Date(Date.UTC(1900, 0, 1)), date1904))}</dataValidation>`;
    case "textLength":
      return `<dataValidation type="textLength" operator="lessThanOrEqual" ${common}>${formulas(validation.max)}</dataValidation>`;
  }
}

export function tablePartXml(table: PlannedTable): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${table.id}" name="${escapeAttribute(table.name)}" displayName="${escapeAttribute(table.name)}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">${table.columns.map((name, index) => `<tableColumn id="${index + 1}" name="${escapeAttribute(tableColumnName(name))}"/>`).join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Line breaks in a table column's name are stored as Excel's escapes. */
function tableColumnName(name: string): string {
  return name.replace(/\r?\n/g, "_x000a_");
}
