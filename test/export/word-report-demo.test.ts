import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { runCliCaptured } from "../support/cli";
import { SAMPLES } from "../support/demo-workbook";
import { convertWithLibreOffice } from "../support/libreoffice";

/**
 * Pages of the demo report (`npm run demo`, 632 recommendations) before issue 15, rendered by
 * LibreOffice with Carlito for Calibri (117 where LibreOffice falls back to DejaVu Sans).
 */
const PAGES_BEFORE = 99;
const A4_LANDSCAPE_TEXT_TWIPS = 16838 - 2 * 1134;

/**
 * The demo workbook as `npm run demo` makes it (scripts/demo.ts): Slovenia's three UPR
 * thematic lists, the demo plan, the suggestions accepted.
 */
async function demoWorkbookFile(dir: string): Promise<string> {
  const workbook = path.join(dir, "rights-matrix-demo.xlsx");
  const lists = ["UPR20__Slovenia_ThematicListRecommendations_E.docx", "UPR34_Slovenia_Thematic_list_of_Recommendations.docx", "upr48-slovenia-thematic-list-of-recommendatio.docx"];
  const steps = [
    ["init", workbook],
    ["import", workbook, ...lists.map((file) => path.join(SAMPLES, "slovenia", file))],
    ["load-plan", workbook, path.join(SAMPLES, "demo-plan.json")],
    ["accept", workbook, "--all"],
  ];
  for (const step of steps) expect((await runCliCaptured(step)).code).toBe(0);
  // A focal point has assessed some recommendations, so the report has an Implementation status column.
  const book = await XlsxWorkbook.fromBytes(readFileSync(workbook), path.basename(workbook));
  const { Recommendations } = await book.readTables(["Recommendations"]);
  const statuses = ["In progress", "Not started", "Partially implemented"];
  await book.apply({ upserts: [{ table: "Recommendations", rows: Recommendations!.rows.filter((_, index) => index % 2 === 0).map((row, index) => ({ id: row.id, status: statuses[index % 3] })), columns: ["status"] }] });
  writeFileSync(workbook, await book.toBytes());
  return workbook;
}

describe("the demo workbook's Word report, rendered by LibreOffice", () => {
  let dir: string;
  let pdfText: string;
  let pages: number;
  let documentXml: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-report-demo-"));
    const workbook = await demoWorkbookFile(dir);
    const report = path.join(dir, "rights-matrix-demo-report.docx");
    expect((await runCliCaptured(["export", workbook, "--to", report, "--today", "2026-11-27"])).code).toBe(0);
    documentXml = await (await JSZip.loadAsync(readFileSync(report))).file("word/document.xml")!.async("string");
    const pdf = convertWithLibreOffice(report, "pdf", dir);
    pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  }, 900_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("no word is broken inside: responses, statuses, the status header and every recommendation ID appear whole", () => {
    const lines = pdfText.split("\n").map((line) => line.trim());
    expect(lines).toContain("Supported");
    expect(lines).toContain("Noted");
    // The status column's header, bold, on one line; its values whole.
    expect(lines).toContain("Implementation status");
    expect(lines).toContain("Partially implemented");
    // A word broken letter by letter leaves lines of one or two letters.
    expect(lines.filter((line) => /^(Su|pp|ort|ed|Im|ple)$/.test(line))).toEqual([]);
    const ids = new Set(documentXml.match(/UPR\d-SVN-\d+\.\d+/g));
    const whole = new Set(pdfText.match(/UPR\d-SVN-\d+\.\d+/g));
    expect(ids.size).toBeGreaterThan(600);
    expect([...ids].filter((id) => !whole.has(id))).toEqual([]);
  });

  test("fixed table layout with widths in twips that add up to the A4 landscape text width, on the grid and on every cell", () => {
    const tables = documentXml.split("<w:tbl>").slice(1);
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...table.split("</w:tblGrid>")[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
      expect(grid.reduce((sum, width) => sum + width, 0)).toBe(A4_LANDSCAPE_TEXT_TWIPS);
      const firstRow = table.split("</w:tr>")[1] ?? table;
      const cells = [...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
      expect(cells).toEqual(grid);
    }
  });

  test(`fewer pages than the ${PAGES_BEFORE} of before, an overview first and the empty columns named`, () => {
    expect(pages).toBeLessThan(PAGES_BEFORE);
    expect(pdfText).toContain("Summary by cluster and status");
    expect(pdfText).toMatch(/Left out because they are empty for every recommendation in this report: [^\n]*Latest published progress report/);
  });
});
