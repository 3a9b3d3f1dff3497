import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateMatrix } from "../../src/app/generate-matrix";
import { readMatrixTables } from "../../src/app/matrix-source";
import { buildMatrix } from "../../src/core/matrix/build-matrix";
import { buildDashboard, dashboardSheetPlan } from "../../src/core/matrix/dashboard";
import { matrixSheetPlan } from "../../src/core/matrix/matrix-sheet";
import type { MatrixTables } from "../../src/core/matrix/matrix-model";
import { cellText } from "../../src/model/cells";
import { demoWorkbook } from "../support/demo-workbook";
import { readWithLibreOffice } from "../support/libreoffice";

/**
 * End to end through the file adapter (these need an adapter that writes SheetPlan.formulas,
 * rowHeights, headerRowHeight and pageBreaksBefore): the Dashboard LibreOffice recalculates
 * after statuses are edited outside Rights Matrix, and the matrix's row heights and print
 * settings as another reader (openpyxl) finds them in the file.
 */
const TODAY = "2026-11-27";
const PYTHON = "/usr/bin/python3";

/** Opens the .xlsx in LibreOffice with "recalculate on load: always" and returns the Dashboard as CSV rows. */
function dashboardRecalculatedByLibreOffice(xlsx: string): string[][] {
  return readWithLibreOffice(xlsx, { recalculate: true }).Dashboard;
}

/** Sets statuses in the Recommendations table with openpyxl, as a colleague without the add-in would. */
function editStatusesWithOpenpyxl(xlsx: string, statuses: Record<string, string | null>): void {
  const script = `
import json, sys
from openpyxl import load_workbook
path, statuses = sys.argv[1], json.loads(sys.argv[2])
wb = load_workbook(path)
ws = wb["Recommendations"]
header = [cell.value for cell in ws[1]]
id_col, status_col = header.index("ID") + 1, header.index("Status") + 1
for row in range(2, ws.max_row + 1):
    key = ws.cell(row=row, column=id_col).value
    if key in statuses:
        ws.cell(row=row, column=status_col).value = statuses[key]
wb.save(path)
`;
  execFileSync(PYTHON, ["-c", script, xlsx, JSON.stringify(statuses)], { stdio: "pipe" });
}

/** The Dashboard cells that hold formulas, as the plan for these tables says they should read. */
function expectedLiveCells(tables: MatrixTables): { row: number; column: number; value: string }[] {
  const plan = dashboardSheetPlan(buildDashboard(buildMatrix(tables, {}, TODAY)), "en");
  const firstDataRow = (plan.preamble?.length ?? 0) + 1;
  return plan.formulas!.map((formula) => ({ row: firstDataRow + formula.row, column: formula.column, value: cellText(plan.rows[formula.row][formula.column]) }));
}

describe("files as other programs open them (needs the file adapter that writes the new plan fields)", () => {
  let dir: string;
  let file: string;
  /** The file as generated, before any edit. */
  let pristine: string;
  /** The tables as generated, read through the file adapter before the file was written. */
  let tables: MatrixTables;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-live-"));
    file = path.join(dir, "demo.xlsx");
    pristine = path.join(dir, "pristine.xlsx");
    const workbook = await demoWorkbook();
    await generateMatrix(workbook, { today: TODAY });
    tables = await readMatrixTables(workbook);
    writeFileSync(file, await workbook.toBytes());
    writeFileSync(pristine, await workbook.toBytes());
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice recalculates the Dashboard after statuses are edited in the tables, and its counts are right", async () => {
    const before = dashboardRecalculatedByLibreOffice(file);
    const cellsBefore = expectedLiveCells(tables);
    expect(cellsBefore.length).toBeGreaterThan(20);
    for (const cell of cellsBefore) expect(`${cell.row},${cell.column}: ${before[cell.row]?.[cell.column]}`).toBe(`${cell.row},${cell.column}: ${cell.value}`);

    const ids = tables.recommendations.map((row) => cellText(row.id));
    const edits: Record<string, string | null> = { [ids[0]]: "Implemented", [ids[1]]: "Implemented", [ids[2]]: "In progress", [ids[3]]: null, [ids[4]]: "Something else" };
    editStatusesWithOpenpyxl(file, edits);
    const after = dashboardRecalculatedByLibreOffice(file);
    const edited = { ...tables, recommendations: tables.recommendations.map((row) => (cellText(row.id) in edits ? { ...row, status: edits[cellText(row.id)] } : row)) };
    const cellsAfter = expectedLiveCells(edited);
    expect(cellsAfter).not.toEqual(cellsBefore);
    for (const cell of cellsAfter) expect(`${cell.row},${cell.column}: ${after[cell.row]?.[cell.column]}`).toBe(`${cell.row},${cell.column}: ${cell.value}`);
    const implemented = after.find((row) => row[0] === "Recommendations implemented");
    expect(Number(implemented?.[1])).toBe(2);
  }, 600_000);

  test("the matrix's row heights, header height, page breaks and print settings are in the file", async () => {
    const plan = matrixSheetPlan(buildMatrix(tables, {}, TODAY), "en");
    const script = `
import json, sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1])["Monitoring Matrix"]
print(json.dumps({
  "heights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height is not None},
  "breaks": [b.id for b in ws.row_breaks.brk],
  "titles": ws.print_title_rows,
  "fitToWidth": ws.page_setup.fitToWidth, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
  "orientation": ws.page_setup.orientation,
}))
`;
    const found = JSON.parse(execFileSync(PYTHON, ["-c", script, pristine], { encoding: "utf8" })) as {
      heights: Record<string, number>;
      breaks: number[];
      titles: string | null;
      fitToWidth: number | null;
      fitToPage: boolean | null;
      orientation: string;
    };
    const headerRow = (plan.preamble?.length ?? 0) + 1;
    expect(found.heights[String(headerRow)]).toBeCloseTo(plan.headerRowHeight!, 0);
    plan.rowHeights!.forEach((height, index) => expect(`row ${headerRow + 1 + index}: ${found.heights[String(headerRow + 1 + index)]}`).toBe(`row ${headerRow + 1 + index}: ${height}`));
    // A break before a data row sits after the row above it.
    expect(found.breaks).toEqual(plan.pageBreaksBefore!.map((row) => headerRow + row));
    // The rows repeated on every printed page end with the header (the title above it may repeat too).
    expect(found.titles).toMatch(new RegExp(`^\\$?\\d+:\\$?${headerRow}$`));
    expect(found.orientation).toBe("landscape");
    expect(found.fitToPage).toBe(true);
  }, 300_000);
});
