import type { CellValue } from "../../model/cells";

/**
 * How plain cell values cross the Excel JavaScript API: what `Range.values` is given and what it
 * gives back. Excel parses what it is given as if someone typed it, so text must be protected.
 */

/** What `Range.values` accepts per cell; null leaves the cell as it is, "" clears it. */
export type ExcelInput = string | number | boolean | null;

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as the serial numbers after 1 March 1900 count it. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round(EXCEL_EPOCH_MS + serial * DAY_MS));
}

/** The number format a Date gets where its column has none. */
export const DATE_FORMAT = "yyyy-mm-dd";
export const TEXT_FORMAT = "@";

/** True for formats that show a number as a date (d, m or y outside quotes, brackets and escapes). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === TEXT_FORMAT || /^general$/i.test(format)) return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dmy]/i.test(bare);
}

/**
 * A value for `Range.values`. In a cell formatted as text (set before the value) Excel keeps a
 * string exactly as given; anywhere else a string would be parsed (a formula from "=", "+", "-",
 * "@"; a number, date or boolean from "2024", "1-2", "TRUE"), so it gets the `'` prefix, which
 * makes Excel store the rest as text and is not part of the value.
 */
export function excelInput(value: CellValue, textCell: boolean): ExcelInput {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "string") {
    if (value === "") return "";
    return textCell ? value : `'${value}`;
  }
  return value;
}

/** A value read from `Range.values` with the cell's number format, as the port's plain value. */
export function fromExcel(value: unknown, numberFormat: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return isDateFormat(typeof numberFormat === "string" ? numberFormat : null) ? serialToDate(value) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** Bytes of UTF-8 that `JSON.stringify(value)` takes, the size Office.js sends for it. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let index = 0; index < json.length; index++) {
    const code = json.charCodeAt(index);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
