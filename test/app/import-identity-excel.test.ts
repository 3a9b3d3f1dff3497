import { readFileSync } from "node:fs";
import path from "node:path";
import { acceptSuggestions } from "../../src/app/accept-suggestions";
import { exportWorkbookTable } from "../../src/app/export-table";
import { importRecommendations } from "../../src/app/import-recommendations";
import type { ImportSource } from "../../src/core/import/source-types";
import { cellText, type Row } from "../../src/model/cells";
import { ExcelWorkbook } from "../../src/workbook/excel/excel-workbook";
import { HostedExcel, uninstall } from "../support/office-js-host/hosted-excel";

/**
 * The re-import rules are the app's, not an adapter's: in Excel, through Microsoft's Office.js (the task pane's import) an
 * accepted suggestion and a typed note survive a re-import, and the workbook's own export
 * comes back by ID.
 */
const LIST: ImportSource = {
  name: "upr48-excerpt.docx",
  bytes: new Uint8Array(readFileSync(path.resolve(__dirname, "../fixtures/import/ohchr-docx/upr48-excerpt.docx"))),
};
const IMPORTED_ON = new Date(Date.UTC(2026, 0, 15));

afterEach(uninstall);

async function rowsOf(port: ExcelWorkbook): Promise<Map<string, Row>> {
  const table = (await port.readTables(["Recommendations"])).Recommendations!;
  return new Map(table.rows.map((row) => [cellText(row.id), row]));
}

describe("re-importing in Excel", () => {
  it("keeps accepted themes, SDG targets, clusters and typed notes, and reads its own export back by ID", async () => {
    new HostedExcel().install();
    const port = new ExcelWorkbook();
    // A blank workbook: the import writes the structure and the rows in one change.
    const first = await importRecommendations(port, [LIST], { importedOn: IMPORTED_ON });
    const ids = first.files[0].added;
    await acceptSuggestions(
      port,
      {
        clusters: [{ id: "C-001", name: "Treaties", recommendationIds: ids }],
        themes: Object.fromEntries(ids.map((id) => [id, [{ theme: "Accepted by the NMRF" }]])),
        sdgTargets: Object.fromEntries(ids.map((id) => [id, [{ target: "16.a" }]])),
      },
      "suggestions.json",
    );
    await port.apply({ upserts: [{ table: "Recommendations", rows: [{ id: ids[0], notes: "Typed in Excel", themes: null }], columns: ["notes", "themes"] }] });
    const accepted = await rowsOf(port);

    const again = await importRecommendations(port, [LIST], { importedOn: new Date(Date.UTC(2026, 5, 1)) });
    expect(again.files[0]).toMatchObject({ added: [], updated: [], unchanged: ids.length });
    expect(again.written).toBe(false);
    const after = await rowsOf(port);
    expect(after).toEqual(accepted);
    expect(after.get(ids[1])).toMatchObject({ cluster: "C-001", themes: expect.stringContaining("Accepted by the NMRF"), sdgTargets: expect.stringContaining("16.a") });
    expect(after.get(ids[0])).toMatchObject({ themes: null, notes: "Typed in Excel" });

    const exported = await exportWorkbookTable(port, "Recommendations", "csv");
    if (exported.format !== "csv") throw new Error("expected a CSV export");
    const ownExport = await importRecommendations(port, [{ name: "Recommendations.csv", bytes: new TextEncoder().encode(exported.text) }]);
    expect(ownExport.files[0]).toMatchObject({ format: "rights-matrix", added: [], updated: [], unchanged: ids.length });
    expect(ownExport.totalRows).toBe(ids.length);
  });
});
