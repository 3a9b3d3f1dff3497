import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { initWorkbook } from "../../src/app/init-workbook";
import { validateWorkbook } from "../../src/app/validate";
import type { Finding } from "../../src/core/validate/validation-session";
import type { Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import type { TableData } from "../../src/workbook/port";
import { CASES } from "../core/validate/rule-cases";
import { tables, validAction, validIndicator } from "../core/validate/fixtures";
import { validationHighlights } from "../../src/core/validate/highlights";
import { tablePlan } from "../../src/core/structure/workbook-structure";
import { ACTIONS, CLUSTERS, INDICATORS, INSTITUTIONS, RECOMMENDATIONS, type TableDef } from "../../src/model/tables";
import { HIGHLIGHT_COLOURS, columnLetter } from "../../src/workbook/plan";
import { demoWorkbook } from "../support/demo-workbook";
import { readWithLibreOffice } from "../support/libreoffice";

const TODAY = new Date(Date.UTC(2026, 0, 15));

/** The sheet XML of each worksheet, by sheet name, straight from the .xlsx package. */
async function sheetXml(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const sheets: Record<string, string> = {};
  for (const match of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(match[2])!.replace(/^\/?(xl\/)?/, "xl/");
    sheets[match[1]] = await zip.file(target)!.async("string");
  }
  return sheets;
}

const xmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const letterOf = (def: TableDef, key: string) => columnLetter(def.columns.findIndex((column) => column.key === key) + 1);

function validationsBySqref(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<dataValidation [^>]*type="(\w+)"[^>]*sqref="([^"]+)"/g)].map((m) => [m[2], m[1]]));
}

let bytes: Uint8Array;
let sheets: Record<string, string>;
beforeAll(async () => {
  bytes = await (await demoWorkbook()).toBytes();
  sheets = await sheetXml(bytes);
});

describe("Excel-native validations in the written file", () => {
  it.each([
    [ACTIONS.name, ACTIONS, 7, { clusterId: "list", leadInstitution: "list", currency: "list", status: "list", start: "date", deadline: "date", lastUpdated: "date", budget: "decimal", progress: "decimal" }],
    [INDICATORS.name, INDICATORS, 7, { actionId: "list", type: "list", frequency: "list", responsible: "list", baselineYear: "whole", targetYear: "whole", currentValueDate: "date" }],
  ] as const)("%s: every enumerated, date and number column refuses bad entries", (_name, def, lastRow, expected) => {
    const found = validationsBySqref(sheets[def.sheet]);
    for (const [key, type] of Object.entries(expected)) {
      const letter = letterOf(def, key);
      expect([key, found.get(`${letter}2:${letter}${lastRow}`)]).toEqual([key, type]);
    }
  });

  it("progress is bounded 0 to 100 and budgets are never negative", () => {
    const xml = sheets.Actions;
    const progress = new RegExp(`<dataValidation [^>]*sqref="${letterOf(ACTIONS, "progress")}2:[A-Z]+7"[^>]*><formula1>0</formula1><formula2>100</formula2>`);
    expect(xml).toMatch(progress);
    expect(xml).toMatch(new RegExp(`<dataValidation [^>]*sqref="${letterOf(ACTIONS, "budget")}2:[A-Z]+7"[^>]*><formula1>0</formula1>`));
  });
});

describe("conditional formats in the written file", () => {
  it.each([ACTIONS, INDICATORS, CLUSTERS, RECOMMENDATIONS].map((def) => [def.name, def] as const))("%s carries every highlight, over its bounded data rows", (_name, def) => {
    const xml = sheets[def.sheet];
    const highlights = validationHighlights(def);
    expect(highlights.length).toBeGreaterThan(0);
    const blocks = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)];
    expect(blocks).toHaveLength(highlights.length);
    highlights.forEach((highlight, index) => {
      const letter = columnLetter(highlight.firstColumn + 1);
      expect(blocks[index][1]).toMatch(new RegExp(`^${letter}2:${letter}\\d+$`));
      expect(blocks[index][2]).toContain(`<formula>${xmlEscape(highlight.formula.slice(1))}</formula>`);
    });
  });

  it("styles errors and warnings with their own colours", async () => {
    const styles = await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
    for (const style of ["error", "warning", "gap"] as const) expect(styles).toContain(`FF${HIGHLIGHT_COLOURS[style].fill}`);
  });
});

interface Probe {
  sheet: string;
  row: number;
  probeColumn: number;
  cell: string;
  style: string;
}

/**
 * Copies every highlight formula into cells beside each data row (shifting its relative row),
 * lets LibreOffice recalculate the file, and returns the cells each formula marks TRUE.
 */
async function highlightedByLibreOffice(source: Uint8Array, lastRows: Record<string, number>, dir: string, defs: readonly TableDef[] = [ACTIONS, INDICATORS]): Promise<Map<string, Set<string>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  const probes: Probe[] = [];
  for (const def of defs) {
    const worksheet = workbook.getWorksheet(def.sheet)!;
    validationHighlights(def).forEach((highlight, index) => {
      for (let row = 2; row <= lastRows[def.sheet]; row++) {
        const probeColumn = 60 + index;
        const formula = highlight.formula.slice(1).replace(/\$([A-Z]{1,3})2(?![0-9])/g, (_, letter: string) => `$${letter}${row}`);
        worksheet.getCell(row, probeColumn).value = { formula } as ExcelJS.CellFormulaValue;
        probes.push({ sheet: def.sheet, row, probeColumn, cell: `${def.sheet}!${columnLetter(highlight.firstColumn + 1)}${row}`, style: highlight.style });
      }
    });
  }
  const file = path.join(dir, `probes-${Date.now()}.xlsx`);
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const csv = readWithLibreOffice(file);
  const highlighted = new Map<string, Set<string>>([["error", new Set()], ["warning", new Set()], ["gap", new Set()]]);
  for (const probe of probes) {
    const value = (csv[probe.sheet][probe.row - 1]?.[probe.probeColumn - 1] ?? "").toUpperCase();
    expect([probe.cell, value]).toEqual([probe.cell, expect.stringMatching(/^(TRUE|FALSE)$/)]);
    if (value === "TRUE") highlighted.get(probe.style)?.add(probe.cell);
  }
  return highlighted;
}

const cellsOf = (findings: Finding[], severity: "error" | "warning", skip: (finding: Finding) => boolean) =>
  [...new Set(findings.filter((f) => f.severity === severity && (f.table === "Actions" || f.table === "Indicators") && !skip(f)).map((f) => f.cell))].sort();

/**
 * The highlight formulas, computed by a spreadsheet program we did not write: the cells
 * LibreOffice marks as errors must be the cells the add-in reports as errors, bar the rules
 * formulas cannot express (multi-valued cells, likely duplicates).
 */
describe("what LibreOffice highlights is what validate reports", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "rm-cf-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("agrees cell by cell on the demo plan", async () => {
    const highlighted = await highlightedByLibreOffice(bytes, { Actions: 7, Indicators: 7 }, dir);
    const report = await validateWorkbook(await demoWorkbook(), { today: TODAY });
    // Formulas check a recommendation ID only when the cell holds one ID.
    const expected = cellsOf(report.findings, "error", (f) => f.code === "ACT-RECOMMENDATION-UNKNOWN" && f.cell === "Actions!B4");
    expect(expected.length).toBeGreaterThan(8);
    expect([...highlighted.get("error")!].sort()).toEqual(expected);
  });

  it("agrees on every rule's failing row", async () => {
    const workbook = XlsxWorkbook.empty("cases.xlsx");
    await initWorkbook(workbook);
    const base = tables([], []);
    const rowsOf = (data: TableData | null) => data!.rows;
    const actions: Row[] = [validAction()];
    const indicators: Row[] = [validIndicator()];
    Object.entries(CASES).forEach(([code, testCase], index) => {
      if (testCase.table === "Actions") {
        // Spreadsheets compare with the real TODAY(): a deadline still to come, whenever the test runs.
        const future: Row = code === "ACT-COMPLETED-FUTURE-DEADLINE" ? { deadline: new Date(Date.UTC(2099, 11, 31)) } : {};
        actions.push({ ...validAction(), actionId: `A-${100 + index}`, description: `Action ${code} checks one rule of the table`, ...testCase.fail, ...future });
      } else {
        indicators.push({ ...validIndicator(), indicatorId: `I-${100 + index}`, ...testCase.fail });
      }
    });
    // Whole-table plans, as init writes them: rows without an ID are kept, as a person may leave them.
    await workbook.apply({
      plans: [
        tablePlan(RECOMMENDATIONS, rowsOf(base.recommendations)),
        tablePlan(CLUSTERS, rowsOf(base.clusters)),
        tablePlan(INSTITUTIONS, rowsOf(base.institutions)),
        tablePlan(ACTIONS, actions),
        tablePlan(INDICATORS, indicators),
      ],
    });
    const bytesWithBlanks = await workbook.toBytes();
    const highlighted = await highlightedByLibreOffice(bytesWithBlanks, { Actions: actions.length + 1, Indicators: indicators.length + 1 }, dir);
    // The highlight compares deadlines with TODAY(), so the add-in does too here.
    const report = await validateWorkbook(await XlsxWorkbook.fromBytes(bytesWithBlanks, "cases.xlsx"));
    const multiValued = (f: Finding) => /; /.test(String(f.message)) && (f.code === "ACT-RECOMMENDATION-UNKNOWN" || f.code === "ACT-PARTNER-UNKNOWN");
    const expected = cellsOf(report.findings, "error", (f) => f.code === "ACT-DUPLICATE" || (f.code === "ACT-RECOMMENDATION-UNKNOWN" && /;/.test(String(actions[Number(f.cell.replace(/\D+/, "")) - 2]?.recommendationIds))) || multiValued(f));
    expect(expected.length).toBeGreaterThan(25);
    // Text dates and numbers ("01.03.2025", "1.200,50") are read by Excel's DATEVALUE and VALUE in
    // the spreadsheet's own locale: the add-in reads them (a warning), LibreOffice in en-US may not.
    const localeDependent = new Set(report.findings.filter((f) => f.code.endsWith("-TEXT")).map((f) => f.cell));
    expect(localeDependent.size).toBe(3);
    expect([...highlighted.get("error")!].filter((cell) => !localeDependent.has(cell)).sort()).toEqual(expected.filter((cell) => !localeDependent.has(cell)));

    // Warnings: a cell already red shows red, so compare the cells that are amber only.
    const errorCells = new Set([...highlighted.get("error")!, ...expected]);
    const formulaless = (f: Finding) => f.code === "ACT-DESCRIPTION-VAGUE" || f.code === "ACT-DUPLICATE" || multiValued(f);
    const expectedWarnings = cellsOf(report.findings, "warning", formulaless).filter((cell) => !errorCells.has(cell) && !localeDependent.has(cell));
    expect(expectedWarnings).toContain(`Actions!${letterOf(ACTIONS, "deadline")}26`);
    expect(expectedWarnings.length).toBeGreaterThan(5);
    expect([...highlighted.get("warning")!].filter((cell) => !errorCells.has(cell) && !localeDependent.has(cell)).sort()).toEqual(expectedWarnings);
  });

  it("agrees on the gap list and clusters without a lead", async () => {
    const workbook = XlsxWorkbook.empty("coverage.xlsx");
    await initWorkbook(workbook);
    const action = (id: string, recommendations: string | null, cluster: string | null, status = "In progress"): Row => ({
      ...validAction(), actionId: id, recommendationIds: recommendations, clusterId: cluster, status, description: `Action ${id} on coverage`,
    });
    await workbook.apply({
      plans: [
        tablePlan(RECOMMENDATIONS, [
          { id: "UPR4-SVN-140.172" }, // named in a list
          { id: "UPR4-SVN-140.174", cluster: "C-001" }, // through its cluster
          { id: "UPR4-SVN-140.175" }, // only by a cancelled action
          { id: "UPR4-SVN-140.176" }, // by nobody
          { id: "UPR4-SVN-140.1" }, // its ID is the start of another one that is named
          { id: "UPR4-SVN-140.18", cluster: "C-002" }, // its cluster has only a cancelled action
        ]),
        tablePlan(CLUSTERS, [{ clusterId: "C-001", leadInstitution: "Police" }, { clusterId: "C-002", leadInstitution: null }]),
        tablePlan(INSTITUTIONS, [{ name: "Police" }, { name: "Ministry of Justice" }]),
        tablePlan(ACTIONS, [
          action("A-001", "UPR4-SVN-140.17; UPR4-SVN-140.172", null),
          action("A-002", null, "C-001"),
          action("A-003", "UPR4-SVN-140.175", "C-002", "Cancelled"),
        ]),
      ],
    });
    const source = await workbook.toBytes();
    const highlighted = await highlightedByLibreOffice(source, { Recommendations: 7, Clusters: 3 }, dir, [RECOMMENDATIONS, CLUSTERS]);
    const report = await validateWorkbook(await XlsxWorkbook.fromBytes(source, "coverage.xlsx"), { today: TODAY });
    const cells = (code: string) => report.findings.filter((f) => f.code === code).map((f) => f.cell).sort();
    expect(cells("COV-RECOMMENDATION-UNADDRESSED")).toEqual(["Recommendations!A4", "Recommendations!A5", "Recommendations!A6", "Recommendations!A7"]);
    expect([...highlighted.get("gap")!].sort()).toEqual(cells("COV-RECOMMENDATION-UNADDRESSED"));
    expect([...highlighted.get("warning")!].sort()).toEqual(cells("COV-CLUSTER-NO-LEAD"));
    expect(cells("COV-CLUSTER-NO-LEAD")).toEqual(["Clusters!D3"]);
  });
});
