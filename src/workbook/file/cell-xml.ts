import type { CellValue } from "../../model/cells";
import { columnLetter } from "../plan";
import { dateToSerial } from "./sheet-scan";
import { encodeCellText, escapeText } from "./xml";

/**
 * One cell as we write it. Text goes inline (`t="inlineStr"`), never into the shared string
 * table: that part stays byte for byte, no existing index can move, and a write needs no pass
 * over a table that can be larger than the sheet itself. Excel folds inline strings into the
 * shared table on its next save. Text is never a formula, whatever it starts with.
 */
export function cellXml(prefix: string, column: number, row: number, value: CellValue, style: number, date1904: boolean, formula?: string): string {
  const reference = `${columnLetter(column)}${row}`;
  const styleAttribute = style ? ` s="${style}"` : "";
  const formulaXml = formula ? `<${prefix}f>${escapeText(formula.replace(/^=/, ""))}</${prefix}f>` : "";
  if (value === null || value === undefined || (typeof value === "string" && value.length === 0)) {
    return formulaXml ? `<${prefix}c r="${reference}"${styleAttribute}>${formulaXml}</${prefix}c>` : `<${prefix}c r="${reference}"${styleAttribute}/>`;
  }
  if (typeof value === "string") {
    const text = escapeText(encodeCellText(value));
    if (formulaXml) return `<${prefix}c r="${reference}"${styleAttribute} t="str">${formulaXml}<${prefix}v>${text}</${prefix}v></${prefix}c>`;
    return `<${prefix}c r="${reference}"${styleAttribute} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${text}</${prefix}t></${prefix}is></${prefix}c>`;
  }
  if (typeof value === "boolean") return `<${prefix}c r="${reference}"${styleAttribute} t="b">${formulaXml}<${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  const number = value instanceof Date ? dateToSerial(value, date1904) : value;
  if (!Number.isFinite(number)) return `<${prefix}c r="${reference}"${styleAttribute}/>`;
  return `<${prefix}c r="${reference}"${styleAttribute}>${formulaXml}<${prefix}v>${number}</${prefix}v></${prefix}c>`;
}
