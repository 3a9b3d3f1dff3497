import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Row } from "../../src/model/cells";
import { LISTS } from "../../src/model/lists";
import { RECOMMENDATIONS, TABLES } from "../../src/model/tables";
import type { Language } from "../../src/model/vocabularies";
import { sheetNameIn, workbookWord } from "../../src/model/workbook-language";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { runCliCaptured } from "../support/cli";
import { DEMO_PLAN_FILE } from "../support/demo-workbook";
import { readWithLibreOffice } from "../support/libreoffice";

/**
 * The whole command-line workflow on a workbook made in Spanish and in French: what the file
 * holds is in its language, and every command reads it as it reads an English one.
 */

const FIXTURES = path.resolve(__dirname, "../fixtures/import");
// Slovenia's recommendations: two UHRI rows and the third cycle's OHCHR thematic list excerpt.
const SOURCES = [path.join(FIXTURES, "uhri/uhri-export.csv"), path.join(FIXTURES, "ohchr-docx/upr48-excerpt.docx")];

interface Finding {
  table: string;
  rowId: string;
  column: string;
  cell: string;
  severity: string;
  code: string;
  message: string;
}

interface Run {
  file: string;
  findings: Finding[];
  sheets: Record<string, string[][]>;
}

let dir: string;
const runs: Partial<Record<Language, Run>> = {};

async function workflow(language: Language): Promise<Run> {
  const file = path.join(dir, `monitoring-${language}.xlsx`);
  const step = async (...argv: string[]) => {
    const result = await runCliCaptured(argv);
    if (result.code !== 0) throw new Error(`${argv.join(" ")} exited ${result.code}: ${result.err}`);
    return result;
  };
  await step("init", file, "--language", language);
  await step("import", file, ...SOURCES);
  await step("suggest", file, "--json");
  await step("accept", file, "--all");
  await step("load-plan", file, DEMO_PLAN_FILE);
  const validation = await runCliCaptured(["validate", file, "--json"]);
  expect(validation.code).toBe(1);
  await step("matrix", file, "--today", "2026-11-01");
  return { file, findings: (JSON.parse(validation.out) as { findings: Finding[] }).findings, sheets: readWithLibreOffice(file, { recalculate: true }) };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-workbook-language-"));
  for (const language of ["en", "es", "fr"] as const) runs[language] = await workflow(language);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (language: Language): Run => runs[language] as Run;

/** A column of a sheet as LibreOffice reads it, below its header (found by the header's text). */
function columnValues(sheet: string[][], header: string): string[] {
  const index = sheet[0].indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return sheet.slice(1).map((row) => row[index] ?? "").filter(Boolean);
}

describe.each(["es", "fr"] as const)("a workbook made in %s", (language) => {
  test("has its sheet names, headers and list values in the language, and LibreOffice reopens it", () => {
    const { sheets } = run(language);
    for (const def of TABLES) {
      const sheet = sheets[sheetNameIn(language, def.name)];
      expect(sheet).toBeDefined();
      expect(sheet[0].slice(0, def.columns.length)).toEqual(def.columns.map((column) => workbookWord(language, column.header)));
    }
    const lists = sheets[sheetNameIn(language, "Lists")];
    expect(lists[0].filter(Boolean)).toEqual(LISTS.flatMap((list) => list.headers.map((header) => workbookWord(language, header))));
    expect(lists.map((row) => row[0])).toContain("CEDAW");
    for (const english of ["Recommendations", "Lists", "Monitoring Matrix", "Dashboard", "Clusters", "Indicators"]) expect(Object.keys(sheets)).not.toContain(english);

    const recommendations = sheets[sheetNameIn(language, "Recommendations")];
    const responses = columnValues(recommendations, workbookWord(language, "Response"));
    expect(responses.length).toBeGreaterThan(0);
    expect(responses).toEqual(expect.arrayContaining([workbookWord(language, "Supported")]));
    for (const english of ["Supported", "Noted", "Supported in part"]) expect(responses).not.toContain(english);

    const actions = sheets[sheetNameIn(language, "Actions")];
    const statuses = columnValues(actions, workbookWord(language, "Status"));
    expect(statuses).toEqual(expect.arrayContaining([workbookWord(language, "In progress")]));
    for (const english of ["In progress", "Planned", "Completed"]) expect(statuses).not.toContain(english);
  });

  test("validation finds what it finds in the English workbook, at the same cells of its own sheets", () => {
    const english = run("en").findings;
    const local = run(language).findings;
    expect(english.length).toBeGreaterThan(5);
    const sheetOf = new Map(TABLES.map((def) => [sheetNameIn(language, def.name), def.name]));
    const inEnglish = (finding: Finding) => {
      const [sheet, cell] = finding.cell.split("!");
      return { ...finding, cell: `${sheetOf.get(sheet.replace(/^'|'$/g, "")) ?? sheet}!${cell}` };
    };
    expect(local.map(inEnglish)).toEqual(english);
    expect(local.every((finding) => finding.cell.startsWith(`${sheetNameIn(language, finding.table as "Actions")}!`) || finding.cell.startsWith(`'${sheetNameIn(language, finding.table as "Actions")}'!`))).toBe(true);
  });

  test("the generated Monitoring Matrix and Dashboard are in the language", () => {
    const { sheets } = run(language);
    const matrix = sheets[sheetNameIn(language, "Matrix")];
    const dashboard = sheets[sheetNameIn(language, "Dashboard")];
    expect(matrix[0][0]).toBe(sheetNameIn(language, "Matrix"));
    expect(dashboard[0][0]).toBe(sheetNameIn(language, "Dashboard"));
    const text = matrix.flat().join("\n");
    expect(text).toContain(workbookWord(language, "Supported"));
    expect(text).not.toMatch(/\b(Supported|Not assessed|In progress)\b/);
    const dashboardText = dashboard.flat().join("\n");
    expect(dashboardText).toContain(workbookWord(language, "Not assessed"));
    expect(dashboardText).not.toMatch(/\b(Not assessed|Partially implemented)\b/);
    // The live counts, recalculated by LibreOffice from formulas over the translated headers and list values, agree with the English workbook's.
    const englishDashboard = run("en").sheets.Dashboard;
    const numbers = (rows: string[][]) => rows.flat().filter((value) => /^\d+%?$/.test(value));
    expect(numbers(dashboard)).toEqual(numbers(englishDashboard));
  });
});

test("a Spanish table exports as the workbook holds it, and imports into a French workbook as the same rows", async () => {
  const csv = path.join(dir, "recomendaciones.csv");
  expect((await runCliCaptured(["export", run("es").file, "--table", "Recomendaciones", "--to", csv])).code).toBe(0);
  const text = readFileSync(csv, "utf8");
  expect(text).toContain("Respuesta");
  expect(text).toContain("Aceptada");
  expect(text).not.toMatch(/\bSupported\b/);
  const french = path.join(dir, "depuis-espagnol.xlsx");
  expect((await runCliCaptured(["init", french, "--language", "fr"])).code).toBe(0);
  expect((await runCliCaptured(["import", french, csv])).code).toBe(0);
  const read = async (file: string) => (await (await XlsxWorkbook.fromBytes(readFileSync(file), path.basename(file))).readTables(["Recommendations"])).Recommendations;
  const fromSpanish = await read(french);
  const original = await read(run("es").file);
  const essentials = (rows: Row[] = []) => rows.map((row) => [row.id, row.text, row.response, row.mechanism]).sort();
  expect(essentials(fromSpanish?.rows)).toEqual(essentials(original?.rows));
  expect(fromSpanish?.language).toBe("fr");
  const sheet = readWithLibreOffice(french)[sheetNameIn("fr", "Recommendations")];
  expect(columnValues(sheet, "Réponse")).toEqual(expect.arrayContaining(["Acceptée"]));
  expect(columnValues(sheet, "Réponse")).not.toContain("Aceptada");
});

test("the Lists sheet names the mechanisms in the workbook's language", () => {
  const lists = run("es").sheets[sheetNameIn("es", "Lists")];
  expect(lists).toContainEqual(expect.arrayContaining(["CRC", "Comité de los Derechos del Niño"]));
});

test("the English workbook stays English", () => {
  const { sheets } = run("en");
  expect(sheets[RECOMMENDATIONS.sheet][0].slice(0, RECOMMENDATIONS.columns.length)).toEqual(RECOMMENDATIONS.columns.map((column) => column.header));
  expect(Object.keys(sheets)).toEqual(expect.arrayContaining(["Monitoring Matrix", "Dashboard", "Lists"]));
});

test("init refuses a language it does not know, naming the choices, and writes nothing", async () => {
  const file = path.join(dir, "german.xlsx");
  const result = await runCliCaptured(["init", file, "--language", "de"]);
  expect(result.code).toBe(2);
  expect(result.err).toContain("--language de");
  expect(result.err).toContain("es (Spanish)");
  expect((await runCliCaptured(["validate", file])).code).toBe(2);
});
