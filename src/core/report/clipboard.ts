import type { CellValue } from "../../model/cells";
import { neutralizeFormula } from "./csv";
import { displayText, type ExportTable } from "./export-table";

/** What "Copy as table" puts on the clipboard: Word and e-mail take the HTML, plain editors the text. */
export interface ClipboardTable {
  html: string;
  text: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

// Excel honours mso-number-format when pasting HTML: "@" keeps a cell that starts with "=" as text.
const TEXT_CELL = ` style="mso-number-format:'\\@';vertical-align:top;border:1px solid #999;padding:2px 4px"`;
const NUMBER_CELL = ` style="vertical-align:top;border:1px solid #999;padding:2px 4px"`;

function htmlCell(tag: "th" | "td", value: CellValue): string {
  const text = escapeHtml(displayText(value)).replace(/\r?\n/g, "<br>");
  return `<${tag}${typeof value === "string" || tag === "th" ? TEXT_CELL : NUMBER_CELL}>${text}</${tag}>`;
}

/** Tab-separated, as Excel and Word paste it; a cell holding a tab, line break or quote is quoted. */
function textCell(value: CellValue): string {
  const text = typeof value === "string" ? neutralizeFormula(value) : displayText(value);
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as clipboard HTML (every character escaped: text from outside is data) and as plain
 * tab-separated text. Pure, so the task pane only hands the two strings to the clipboard.
 */
export function clipboardTable(table: ExportTable): ClipboardTable {
  const head = `<tr>${table.headers.map((header) => htmlCell("th", header)).join("")}</tr>`;
  const body = table.rows.map((row) => `<tr>${row.map((value) => htmlCell("td", value)).join("")}</tr>`).join("");
  const html = `<table style="border-collapse:collapse"><caption>${escapeHtml(table.title)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
  const text = [table.headers, ...table.rows].map((row) => row.map(textCell).join("\t")).join("\r\n");
  return { html, text };
}
