import type { CellValue as ExcelJsCellValue } from "exceljs";
import type { CellValue } from "../../model/cells";

/** ExcelJS's many cell shapes (rich text, formulas, hyperlinks, errors) as one plain value. */
export function plainCellValue(value: ExcelJsCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJsCellValue }).result;
      return result === undefined ? null : plainCellValue(result);
    }
    if ("hyperlink" in value) return value.text === undefined ? null : plainCellValue(value.text as ExcelJsCellValue);
    if ("error" in value) return value.error;
  }
  return String(value);
}
