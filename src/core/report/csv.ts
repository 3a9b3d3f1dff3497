import type { CellValue } from "../../model/cells";
import { looksLikeFormula } from "../../workbook/plan-checks";
import { displayText } from "./export-table";

/** Excel reads a CSV as UTF-8 only when it starts with this mark; without it accents break. */
export const UTF8_BOM = "\uFEFF";

/**
 * Text that a spreadsheet would run as a formula or command (`=`, `+`, `-`, `@`, tab, carriage
 * return first) gets a leading apostrophe, as OWASP advises against CSV injection: Excel and
 * LibreOffice then show it as text. Numbers are data, never prefixed.
 */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

function csvField(value: CellValue, neutralize: boolean): string {
  const text = typeof value === "string" ? (neutralize ? neutralizeFormula(value) : value) : displayText(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (comma, CRLF, quotes doubled), UTF-8 with BOM, every cell safe to open in a
 * spreadsheet. A file only a program reads (an IMPACT OSS import) leaves text as it is:
 * `neutralizeFormulas: false`.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CellValue[])[], options: { neutralizeFormulas?: boolean } = {}): string {
  const neutralize = options.neutralizeFormulas ?? true;
  const lines = [headers, ...rows].map((row) => row.map((value) => csvField(value, neutralize)).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
