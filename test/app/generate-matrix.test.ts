import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateMatrix } from "../../src/app/generate-matrix";
import { SNAPSHOT_HEADERS } from "../../src/core/matrix/matrix-layout";
import { cellText, type Row } from "../../src/model/cells";
import { DASHBOARD_SHEET, MATRIX_SHEET, RECOMMENDATIONS } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { readWithLibreOffice } from "../support/libreoffice";
import { savedByLibreOffice, typeIntoMatrix } from "../support/matrix-edits";
import { TODAY, fixtureWorkbook } from "../support/matrix-fixture";

const STATUS = "Implementation status ✎";
const INSTITUTIONS = "Responsible institutions ✎";
const ASSESSMENT = "Assessment / comments ✎";

async function recommendation(workbook: XlsxWorkbook, id: string): Promise<Row> {
  const { Recommendations } = await workbook.readTables(["Recommendations"]);
  const row = Recommendations?.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no ${id}`);
  return row;
}

/** The matrix's visible value in `header` on the row whose snapshot key is `key`. */
async function matrixCell(workbook: XlsxWorkbook, key: string, header: string): Promise<string> {
  const values = (await workbook.readSheet(MATRIX_SHEET)) ?? [];
  const headerRow = values.findIndex((row) => row.includes(SNAPSHOT_HEADERS.key));
  const keyColumn = values[headerRow].indexOf(SNAPSHOT_HEADERS.key);
  const column = values[headerRow].indexOf(header);
  const row = values.find((candidate) => candidate[keyColumn] === key);
  if (!row) throw new Error(`no matrix row ${key}`);
  return cellText(row[column]);
}

describe("generateMatrix on an .xlsx file", () => {
  test("writes both sheets, which LibreOffice reads back with the matrix content", async () => {
    const workbook = await fixtureWorkbook();
    const summary = await generateMatrix(workbook, { today: TODAY });
    expect(summary).toMatchObject({ rows: 7, recommendations: 8, clusters: 4, gaps: 4, overdueActions: 1, upcomingDeadlines: 2, carriedBack: [], conflicts: [] });

    const dir = mkdtempSync(path.join(os.tmpdir(), "rm-matrix-"));
    try {
      const file = path.join(dir, "matrix.xlsx");
      writeFileSync(file, await workbook.toBytes());
      const sheets = readWithLibreOffice(file);
      const matrix = sheets[MATRIX_SHEET];
      expect(matrix[0][0]).toBe("Monitoring Matrix");
      expect(matrix[1][0]).toBe("Generated on 2026-11-27 from the workbook's tables · all recommendations · rows: 7 · recommendations: 8 · gaps: 4 · overdue actions: 1");
      const header = matrix[4];
      expect(header.slice(0, 3)).toEqual(["Recommendation IDs", "Recommendation", "Mechanism, cycle or year"]);
      const at = (name: string) => header.indexOf(name);
      const rowOf = (key: string) => matrix.find((row) => row[at(SNAPSHOT_HEADERS.key)] === key) ?? [];
      expect(matrix[5][0]).toBe("C-01 · National human rights institution");
      const group = rowOf("UPR2-SVN-115.33; UPR2-SVN-115.32");
      expect(group[0]).toBe("UPR2-SVN-115.33\nUPR2-SVN-115.32\nOverlap group OG-NHRI");
      expect(group[at("Mechanism, cycle or year")]).toBe("UPR · cycle 2 (2015)");
      expect(group[at(STATUS)]).toBe("Not started; In progress");
      expect(group[at("Indicators (baseline → target, latest value)")]).toBe(
        "I-001: GANHRI accreditation status of the Human Rights Ombudsman: baseline B (2024) → target A (2027); latest B (2026-03-01)",
      );
      expect(group[at("Latest published progress report")]).toBe(
        "2026-07-10 · 2026-H1 · Ministry of Justice · Published: The draft amendment was sent to the Government for adoption.",
      );
      expect(group[at("Timeline")]).toBe("2025-01-15 → 2026-12-31");
      expect(rowOf("UPR2-SVN-115.35")[at("Attention")]).toBe("⚠ GAP: no action");
      expect(rowOf("CRC-SVN-2013-27")[at("Mechanism, cycle or year")]).toBe("CRC · CRC/C/SVN/CO/3-4 (2013)");

      const dashboard = sheets[DASHBOARD_SHEET];
      const line = (label: string) => dashboard.find((row) => row[0] === label) ?? [];
      expect(dashboard[0][0]).toBe("Dashboard");
      expect(line("Recommendations with actions").slice(1, 3)).toEqual(["4", "50%"]);
      expect(line("Overdue actions")[1]).toBe("1");
      expect(dashboard.find((row) => row[0].startsWith("A-002"))?.slice(0, 6)).toEqual([
        "A-002: Adopt the Resolution on the national programme for the prevention of domestic violence",
        "Ministry of Labour, Family, Social Affairs and Equal Opportunities",
        "2026-06-30",
        "Delayed",
        "150",
        "UPR2-SVN-115.108",
      ]);
      expect(line("C-02 · Violence against women and children").slice(0, 11)).toEqual(["C-02 · Violence against women and children", "0", "1", "1", "0", "1", "0", "0", "3", "1", "33%"]);
      expect(line("Human Rights Ombudsman").slice(0, 7)).toEqual(["Human Rights Ombudsman", "1", "1", "100%", "0", "0", "0"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("regeneration is deterministic and rewrites only the two generated sheets", async () => {
    const workbook = await fixtureWorkbook();
    await generateMatrix(workbook, { today: TODAY });
    const first = { matrix: await workbook.readSheet(MATRIX_SHEET), dashboard: await workbook.readSheet(DASHBOARD_SHEET), tables: await workbook.readTables(["Recommendations", "Actions"]) };
    await generateMatrix(workbook, { today: TODAY });
    expect(await workbook.readSheet(MATRIX_SHEET)).toEqual(first.matrix);
    expect(await workbook.readSheet(DASHBOARD_SHEET)).toEqual(first.dashboard);
    expect(await workbook.readTables(["Recommendations", "Actions"])).toEqual(first.tables);
    expect((await workbook.sheetNames()).slice(0, 2)).toEqual([DASHBOARD_SHEET, MATRIX_SHEET]);
  });

  test("a subset writes only its rows", async () => {
    const workbook = await fixtureWorkbook();
    const summary = await generateMatrix(workbook, { today: TODAY, filter: { mechanism: "CRC" } });
    expect(summary).toMatchObject({ rows: 1, recommendations: 1, filter: { mechanism: "CRC" } });
    expect(await matrixCell(workbook, "CRC-SVN-2013-27", "Attention")).toBe("⚠ GAP: no action");
    const values = (await workbook.readSheet(MATRIX_SHEET)) ?? [];
    expect(values[1][0]).toContain("filter: mechanism CRC");
  });

  test("nothing a person typed is lost across edit, regeneration, re-import and regeneration again", async () => {
    let workbook = await fixtureWorkbook();
    await generateMatrix(workbook, { today: TODAY });

    // People type into the matrix, without the add-in.
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.33; UPR2-SVN-115.32", STATUS, "Partially implemented");
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.33; UPR2-SVN-115.32", INSTITUTIONS, "Human Rights Ombudsman; Government Office for Legislation");
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.35", INSTITUTIONS, "Ministry of Justice");
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.108", ASSESSMENT, "Strategy stalled in Government: raise at the next NMRF meeting.");
    // Meanwhile someone types into the Recommendations table: the same value, changed in both places.
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR2-SVN-115.108", assessment: "Ministry says adoption in Q1." }] }] });

    const second = await generateMatrix(workbook, { today: TODAY });
    expect(second.carriedBack).toHaveLength(4);
    expect(second.conflicts).toEqual([
      expect.objectContaining({ ids: ["UPR2-SVN-115.108"], field: "assessment", tableValue: "Ministry says adoption in Q1." }),
    ]);
    expect(await recommendation(workbook, "UPR2-SVN-115.32")).toMatchObject({ status: "Partially implemented", responsibleInstitutions: "Government Office for Legislation" });
    expect(await recommendation(workbook, "UPR2-SVN-115.33")).toMatchObject({
      status: "Partially implemented",
      responsibleInstitutions: "Human Rights Ombudsman; Government Office for Legislation",
    });
    expect(await recommendation(workbook, "UPR2-SVN-115.35")).toMatchObject({ responsibleInstitutions: "Ministry of Justice" });
    const r108 = await recommendation(workbook, "UPR2-SVN-115.108");
    expect(r108.assessment).toBe("Strategy stalled in Government: raise at the next NMRF meeting.");
    expect(r108.notes).toBe('[2026-11-27] A matrix edit of Assessment / comments replaced "Ministry says adoption in Q1.", which had also been changed in the table.');
    expect(await matrixCell(workbook, "UPR2-SVN-115.33; UPR2-SVN-115.32", STATUS)).toBe("Partially implemented");

    // A re-import refreshes the source columns only.
    const sourceColumns = RECOMMENDATIONS.columns.filter((column) => column.origin === "source").map((column) => column.key);
    await workbook.apply({
      upserts: [
        {
          table: "Recommendations",
          columns: sourceColumns,
          rows: [
            { id: "UPR2-SVN-115.35", text: "Accelerate the process of reform of the Ombudsman for Human Rights in order to comply with the Paris Principles (Tunisia).", mechanism: "UPR", response: "Supported" },
            { id: "UPR2-SVN-115.108", text: "Adopt a national strategy on combating domestic violence (Russian Federation).", mechanism: "UPR", response: "Supported" },
          ],
        },
      ],
    });
    // And more typing in the regenerated matrix.
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.35", ASSESSMENT, "Reform bill tabled in parliament.");

    const third = await generateMatrix(workbook, { today: TODAY });
    expect(third.carriedBack).toEqual([expect.objectContaining({ ids: ["UPR2-SVN-115.35"], field: "assessment" })]);
    expect(third.conflicts).toEqual([]);
    expect(await recommendation(workbook, "UPR2-SVN-115.35")).toMatchObject({
      text: "Accelerate the process of reform of the Ombudsman for Human Rights in order to comply with the Paris Principles (Tunisia).",
      responsibleInstitutions: "Ministry of Justice",
      assessment: "Reform bill tabled in parliament.",
    });
    expect(await recommendation(workbook, "UPR2-SVN-115.108")).toMatchObject({
      assessment: "Strategy stalled in Government: raise at the next NMRF meeting.",
      notes: expect.stringContaining("Ministry says adoption in Q1."),
    });
    expect(await recommendation(workbook, "UPR2-SVN-115.32")).toMatchObject({ status: "Partially implemented" });
    expect(await matrixCell(workbook, "UPR2-SVN-115.35", ASSESSMENT)).toBe("Reform bill tabled in parliament.");
    expect(await matrixCell(workbook, "UPR2-SVN-115.35", "Recommendation")).toMatch(/\(Tunisia\)\.$/);

    // Nothing left to carry back: regenerating again changes nothing.
    const tablesBefore = await workbook.readTables(["Recommendations"]);
    const fourth = await generateMatrix(workbook, { today: TODAY });
    expect(fourth.carriedBack).toEqual([]);
    expect(await workbook.readTables(["Recommendations"])).toEqual(tablesBefore);
  });

  test("an edit survives a colleague saving the workbook in LibreOffice, without the add-in", async () => {
    let workbook = await fixtureWorkbook();
    await generateMatrix(workbook, { today: TODAY });
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.35", ASSESSMENT, "Typed, then saved by LibreOffice");
    workbook = await savedByLibreOffice(workbook);
    const summary = await generateMatrix(workbook, { today: TODAY });
    expect(summary.carriedBack).toEqual([expect.objectContaining({ ids: ["UPR2-SVN-115.35"], field: "assessment", edited: "Typed, then saved by LibreOffice" })]);
    expect(await recommendation(workbook, "UPR2-SVN-115.35")).toMatchObject({ assessment: "Typed, then saved by LibreOffice" });
  });

  test("an edit of a recommendation that was deleted is reported, not silently dropped", async () => {
    let workbook = await fixtureWorkbook();
    await generateMatrix(workbook, { today: TODAY });
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.18", ASSESSMENT, "Ratified in 2015.");
    await workbook.apply({ deletions: [{ table: "Recommendations", ids: ["UPR2-SVN-115.18"] }] });
    const summary = await generateMatrix(workbook, { today: TODAY });
    expect(summary.orphans).toEqual([expect.objectContaining({ missingIds: ["UPR2-SVN-115.18"], edited: "Ratified in 2015.", field: "assessment" })]);
  });

  test("refuses to overwrite a Monitoring Matrix sheet it did not make, and writes nothing", async () => {
    const workbook = await fixtureWorkbook();
    await workbook.apply({ plans: [{ sheet: MATRIX_SHEET, columns: [{ header: "My own notes", width: 20, editable: true }], rows: [["Do not lose this"]] }] });
    const before = await workbook.toBytes();
    await expect(generateMatrix(workbook, { today: TODAY })).rejects.toThrow(/was not made by Rights Matrix/);
    expect(await workbook.toBytes()).toBe(before);
  });

  test("refuses to overwrite a Dashboard sheet of someone else's too, but regenerates its own in any language", async () => {
    const workbook = await fixtureWorkbook();
    // The sheets speak the workbook's language (English here), whatever the language of the messages.
    await generateMatrix(workbook, { today: TODAY, language: "es" });
    expect(((await workbook.readSheet(DASHBOARD_SHEET)) ?? [])[0][0]).toBe("Dashboard");
    // A dashboard made in Spanish or French is ours too.
    for (const title of ["Panel", "Tableau de bord"]) {
      await workbook.apply({ plans: [{ sheet: DASHBOARD_SHEET, preamble: [[title]], columns: [{ header: "", width: 20, editable: true }], rows: [] }] });
      await generateMatrix(workbook, { today: TODAY });
      expect(((await workbook.readSheet(DASHBOARD_SHEET)) ?? [])[0][0]).toBe("Dashboard");
    }
    await workbook.apply({ plans: [{ sheet: DASHBOARD_SHEET, columns: [{ header: "KPI", width: 20, editable: true }], rows: [["Ours"]] }] });
    await expect(generateMatrix(workbook, { today: TODAY })).rejects.toThrow(/the sheet "Dashboard" was not made by Rights Matrix/);
  });

  test("reports progress, and a cancelled run writes nothing", async () => {
    const workbook = await fixtureWorkbook();
    const steps: string[] = [];
    await generateMatrix(workbook, { today: TODAY, onProgress: ({ step, done }) => steps.push(`${step}:${done}`) });
    expect(steps).toEqual(["read:0", "carryBack:1", "build:2", "write:3", "write:4"]);
    const before = await workbook.toBytes();
    const controller = new AbortController();
    const cancelled = generateMatrix(workbook, { today: TODAY, signal: controller.signal, onProgress: ({ step }) => step === "build" && controller.abort() });
    await expect(cancelled).rejects.toThrow();
    expect(await workbook.toBytes()).toBe(before);
  });
});
