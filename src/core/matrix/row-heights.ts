import { cellText, type CellValue } from "../../model/cells";
import type { PlanColumn, RowStyle, SheetPlan } from "../../workbook/plan";
import { CONSERVATIVE_METRIC, wrappedLineCount, type TextMetric } from "./text-metrics";

/**
 * Row heights for a generated sheet, from its text and column widths: LibreOffice, printing and
 * any program that does not autofit on open otherwise draw wrapped text over the next row.
 * Sheets are in Calibri 11 pt, where a line is 15 pt and a column `w` characters wide is
 * 7w + 5 pixels, about 7w - 1 of them for text.
 */
export const FONT_SIZE_PT = 11;
export const LINE_HEIGHT_PT = 15;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT_PT = 409;
const PIXELS_PER_EM = (FONT_SIZE_PT * 96) / 72;

/** The text room of a column, in ems of the sheet's font. */
export function columnTextEms(width: number): number {
  return Math.max(1, 7 * width - 1) / PIXELS_PER_EM;
}

/** Lines a cell needs: wrapped to its column when the column wraps, else its explicit line breaks only. */
export function cellLines(value: CellValue, column: Pick<PlanColumn, "width" | "wrap">, bold: boolean, metric: TextMetric = CONSERVATIVE_METRIC): number {
  const text = cellText(value);
  if (!text) return 0;
  if (!column.wrap) return lineBreaks(text) + 1;
  return wrappedLineCount(text, columnTextEms(column.width), bold, metric);
}

/** How many "\n" a text holds ("\r\n" ends in one too), counted without splitting it. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** Lines a row needs: its tallest visible cell (at least one). */
export function rowLines(values: readonly CellValue[], columns: readonly PlanColumn[], bold: boolean, metric: TextMetric = CONSERVATIVE_METRIC): number {
  let lines = 1;
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index];
    if (!column.hidden) lines = Math.max(lines, cellLines(values[index] ?? null, column, bold, metric));
  }
  return lines;
}

export const heightForLines = (lines: number): number => Math.min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT);

const isBold = (style: RowStyle | undefined): boolean => style === "heading" || style === "subheading" || style === "total";

/** The plan's `rowHeights` (data rows; headings and totals are bold) and `headerRowHeight`. */
export function planRowHeights(plan: Pick<SheetPlan, "columns" | "rows" | "rowStyles">): { rowHeights: number[]; headerRowHeight: number } {
  const rowHeights = plan.rows.map((values, index) => heightForLines(rowLines(values, plan.columns, isBold(plan.rowStyles?.[index]))));
  const header = plan.columns.map((column) => column.header);
  const headerRowHeight = heightForLines(rowLines(header, plan.columns.map((column) => ({ ...column, wrap: true })), true));
  return { rowHeights, headerRowHeight };
}

/** A4 landscape, Excel's default margins (0.7 in sides, 0.75 in top and bottom): the printable area in points. */
const PRINTABLE = { width: 842 - 2 * 50.4, height: 595 - 2 * 54 };

/** Points of sheet rows that fit on one printed page when the sheet is fitted to the page width. */
export function printedPageHeight(columns: readonly PlanColumn[], headerRowHeight: number): number {
  const sheetWidth = columns.filter((column) => !column.hidden).reduce((sum, column) => sum + (7 * column.width + 5) * 0.75, 0);
  const scale = Math.min(1, PRINTABLE.width / sheetWidth);
  return PRINTABLE.height / scale - headerRowHeight;
}

/**
 * Page breaks before the blocks (e.g. clusters: heading row and its rows) that would otherwise
 * be split across pages: a block starts on a new page unless it fits in what is left of the
 * current one. `blockStarts` are 0-based data rows; the first page also holds `firstPageUsed`
 * points (a title above the header).
 */
export function pageBreaksBefore(blockStarts: readonly number[], rowHeights: readonly number[], pageHeight: number, firstPageUsed = 0): number[] {
  const breaks: number[] = [];
  let used = firstPageUsed;
  blockStarts.forEach((start, index) => {
    const end = index + 1 < blockStarts.length ? blockStarts[index + 1] : rowHeights.length;
    const height = rowHeights.slice(start, end).reduce((sum, value) => sum + value, 0);
    // The first block stays under the title: a page with only the title helps nobody.
    if (index > 0 && used > 0 && used + height > pageHeight) {
      breaks.push(start);
      used = 0;
    }
    // A block longer than a page flows over pages of its own; the next block counts from its last page.
    used = (used + height) % pageHeight;
  });
  return breaks;
}
