import { initWorkbook } from "../../src/app/init-workbook";
import type { Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

/** A structured workbook holding the given recommendation rows (only ID and Text are needed). */
export async function workbookWithRecommendations(rows: Row[], label = "fixture.xlsx"): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty(label);
  await initWorkbook(workbook);
  await workbook.apply({ upserts: [{ table: "Recommendations", rows }] });
  return XlsxWorkbook.fromBytes(await workbook.toBytes(), label);
}
