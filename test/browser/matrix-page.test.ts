import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { generateMatrix } from "../../src/app/generate-matrix";
import { DASHBOARD_SHEET, MATRIX_SHEET } from "../../src/model/tables";
import { translate } from "../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";
import { typeIntoMatrix } from "../support/matrix-edits";
import { fixtureWorkbook } from "../support/matrix-fixture";
import { withStandaloneSession } from "../support/standalone-session";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const OUT = path.join(ROOT, "test-results", "matrix-page");
const STATUS = "Implementation status ✎";
const ASSESSMENT = "Assessment / comments ✎";

let server: StaticServer;
let browser: Browser;
let fixtureFile: string;

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  // A monitoring workbook with clusters, actions (one overdue, one due soon), indicators and reports, built by the use cases.
  fixtureFile = path.join(OUT, "monitoring.xlsx");
  writeFileSync(fixtureFile, await (await fixtureWorkbook()).toBytes());
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const withSession = (run: (session: TaskPaneSession) => Promise<void>, options: { locale?: string } = {}) =>
  withStandaloneSession(browser, server.url, run, options);

async function openInPane(page: Page, file: string): Promise<void> {
  await page.getByLabel("Workbook file (.xlsx)").setInputFiles(file);
  await page.getByText(`Workbook: ${path.basename(file)}`).waitFor();
}

/** The same generation in Node, on the same file, for the counts the page must show. */
async function expectedSummary(file: string, filter = {}) {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(file), path.basename(file));
  return generateMatrix(workbook, { today: new Date(), filter });
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
  const saved = path.join(OUT, name);
  await file.saveAs(saved);
  return saved;
}

const count = (page: Page, text: string) => page.getByText(text, { exact: true }).count();

test("generate for all, read the summary, download: the workbook holds the Monitoring Matrix and the Dashboard", async () => {
  const expected = await expectedSummary(fixtureFile);
  expect(expected.gaps).toBeGreaterThan(0);
  await withSession(async ({ page }) => {
    await page.getByRole("tab", { name: "Matrix" }).click();
    await page.getByText(translate("en", "taskpane.needsWorkbook")).waitFor();
    await openInPane(page, fixtureFile);
    await page.getByRole("heading", { name: "Monitoring matrix" }).waitFor();
    await page.getByText("Anyone may type into the matrix columns", { exact: false }).waitFor();
    // The options are the workbook's own values.
    const mechanism = page.getByLabel("Mechanism");
    // The options are read from the workbook after it opens: wait for them before reading the list.
    await mechanism.locator("option", { hasText: "CRC" }).waitFor({ state: "attached" });
    await expect(mechanism.locator("option").allTextContents()).resolves.toEqual(["All", "UPR", "CRC"]);
    await expect(page.getByLabel("Cluster").locator("option").allTextContents()).resolves.toContain("C-02 — Violence against women and children");
    await page.screenshot({ path: path.join(SCREENSHOTS, "matrix-page.png"), fullPage: true });

    await page.getByRole("button", { name: "Generate the matrix" }).click();
    await page.getByText("The Monitoring Matrix and Dashboard sheets are up to date.").waitFor();
    await expect(count(page, `Matrix rows: ${expected.rows}`)).resolves.toBe(1);
    await expect(count(page, `Gaps (rows without an action): ${expected.gaps}`)).resolves.toBe(1);
    await expect(count(page, `Overdue actions: ${expected.overdueActions}`)).resolves.toBe(1);
    await expect(count(page, `Deadlines in the next 90 days: ${expected.upcomingDeadlines}`)).resolves.toBe(1);
    await expect(count(page, "Matrix edits carried back to the table: 0")).resolves.toBe(1);
    await expect(count(page, "Conflicts: 0")).resolves.toBe(1);
    await expect(count(page, "Edits on rows whose recommendations were removed: 0")).resolves.toBe(1);
    await page.getByText("Changes are kept in this page only until you download the workbook.").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "matrix-summary.png"), fullPage: true });

    const saved = await download(page, "generated.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([MATRIX_SHEET, DASHBOARD_SHEET, "Recommendations"]));
    expect(String(book.getWorksheet(DASHBOARD_SHEET)!.getCell("A1").value)).toBe(translate("en", "dashboard.title"));
    const matrix = book.getWorksheet(MATRIX_SHEET)!;
    const texts: string[] = [];
    matrix.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(STATUS);
    expect(texts.some((text) => text.includes("UPR2-SVN-115.108"))).toBe(true);

    // Filtered by mechanism: only the CRC recommendation.
    const crc = await expectedSummary(fixtureFile, { mechanism: "CRC" });
    await mechanism.selectOption("CRC");
    await page.getByRole("button", { name: "Generate the matrix" }).click();
    await page.getByText(`Matrix rows: ${crc.rows}`, { exact: true }).waitFor();
    await expect(count(page, `Recommendations: ${crc.recommendations}`)).resolves.toBe(1);
  });
});

test("edits typed into the matrix without the add-in are carried back; a value changed in both places is listed as a conflict", async () => {
  await withSession(async ({ page }) => {
    await openInPane(page, fixtureFile);
    await page.getByRole("tab", { name: "Matrix" }).click();
    await page.getByRole("button", { name: "Generate the matrix" }).click();
    await page.getByText("The Monitoring Matrix and Dashboard sheets are up to date.").waitFor();
    const generated = await download(page, "to-edit.xlsx");

    // A colleague types into the matrix in a spreadsheet program, and someone else edits the table.
    let workbook = await XlsxWorkbook.fromBytes(readFileSync(generated), "edited.xlsx");
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.35", STATUS, "Partially implemented");
    workbook = await typeIntoMatrix(workbook, "UPR2-SVN-115.108", ASSESSMENT, "Strategy stalled: raise at the next NMRF meeting.");
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR2-SVN-115.108", assessment: "Ministry says adoption in Q1." }] }] });
    const edited = path.join(OUT, "edited.xlsx");
    writeFileSync(edited, await workbook.toBytes());

    await page.getByRole("tab", { name: "Import" }).click();
    await openInPane(page, edited);
    await page.getByRole("tab", { name: "Matrix" }).click();
    await page.getByRole("button", { name: "Generate the matrix" }).click();
    await page.getByText("Matrix edits carried back to the table: 2", { exact: true }).waitFor();
    await expect(count(page, "Conflicts: 1")).resolves.toBe(1);
    await page.getByText('UPR2-SVN-115.35, Status: "Partially implemented"', { exact: false }).waitFor();
    await page
      .getByText('UPR2-SVN-115.108, Assessment / comments: kept "Strategy stalled: raise at the next NMRF meeting."; "Ministry says adoption in Q1." is in Notes', { exact: true })
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "matrix-conflict.png"), fullPage: true });

    // The table now holds the matrix edits, and the overwritten value in Notes.
    const saved = await XlsxWorkbook.fromBytes(readFileSync(await download(page, "carried-back.xlsx")), "carried-back.xlsx");
    const rows = (await saved.readTables(["Recommendations"])).Recommendations!.rows;
    expect(rows.find((row) => row.id === "UPR2-SVN-115.35")?.status).toBe("Partially implemented");
    const r108 = rows.find((row) => row.id === "UPR2-SVN-115.108")!;
    expect(r108.assessment).toBe("Strategy stalled: raise at the next NMRF meeting.");
    expect(String(r108.notes)).toContain("Ministry says adoption in Q1.");
  });
});

test("Spanish: the Matrix page speaks the browser's language", async () => {
  await withSession(
    async ({ page }) => {
      await page.getByLabel("Archivo del libro (.xlsx)").setInputFiles(fixtureFile);
      await page.getByText(`Libro: ${path.basename(fixtureFile)}`).waitFor();
      await page.getByRole("tab", { name: "Matriz" }).click();
      await page.getByRole("heading", { name: "Matriz de seguimiento" }).waitFor();
      await page.getByText("Cualquiera puede escribir en las columnas", { exact: false }).waitFor();
      await expect(page.getByLabel("Mecanismo").locator("option").first().textContent()).resolves.toBe("Todos");
      // The workbook keeps its list values; the dropdowns show them in Spanish, and choosing one still filters by it.
      const options = (label: string) => page.getByLabel(label).locator("option").allTextContents();
      await expect(options("Mecanismo")).resolves.toEqual(expect.arrayContaining(["EPU", "CRC"]));
      await expect(options("Respuesta")).resolves.toEqual(expect.arrayContaining(["Aceptada", "Tomada en cuenta"]));
      await expect(options("Estado de aplicación")).resolves.toEqual(expect.arrayContaining(["En curso", "Sin iniciar", "Aplicada"]));
      const allOptions = [...(await options("Mecanismo")), ...(await options("Respuesta")), ...(await options("Estado de aplicación"))];
      expect(allOptions.filter((option) => /\b(UPR|Supported|Noted|In progress|Not started|Implemented)\b/.test(option))).toEqual([]);
      await page.getByLabel("Estado de aplicación").selectOption({ label: "En curso" });
      await page.getByRole("button", { name: "Generar la matriz" }).click();
      await page.getByText("Las hojas Monitoring Matrix y Dashboard están al día.").waitFor();
      await page.getByText("Filas de la matriz:", { exact: false }).waitFor();
      await expect(page.getByTestId("matrix-filter").textContent()).resolves.toContain("Estado de aplicación: En curso");
      await page.screenshot({ path: path.join(SCREENSHOTS, "matrix-es.png"), fullPage: true });
    },
    { locale: "es-ES" },
  );
});

test("French: a focal point generates the matrix of a Spanish secretariat's workbook, which stays Spanish", async () => {
  const spanishFile = path.join(OUT, "secretaria.xlsx");
  writeFileSync(spanishFile, await (await fixtureWorkbook("secretaria.xlsx", "es")).toBytes());
  await withSession(
    async ({ page }) => {
      await page.getByLabel("Fichier du classeur (.xlsx)").setInputFiles(spanishFile);
      await page.getByText("Classeur : secretaria.xlsx").waitFor();
      await page.getByRole("tab", { name: "Matrice" }).click();
      await page.getByRole("button", { name: "Générer la matrice" }).click();
      await page.getByText("Les feuilles Matriz de seguimiento et Panel sont à jour.").waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, "matrix-fr-spanish-workbook.png"), fullPage: true });
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le classeur" }).click()]);
      const saved = path.join(OUT, "secretaria-generada.xlsx");
      await file.saveAs(saved);
      const workbook = await XlsxWorkbook.fromBytes(readFileSync(saved), "secretaria-generada.xlsx");
      expect(await workbook.sheetNames()).toEqual(expect.arrayContaining(["Panel", "Matriz de seguimiento", "Recomendaciones", "Listas"]));
      expect(await workbook.sheetNames()).not.toContain(MATRIX_SHEET);
      const matrix = ((await workbook.readSheet("Matriz de seguimiento")) ?? []).flat().map(String);
      expect(matrix[0]).toBe("Matriz de seguimiento");
      expect(matrix).toContain(translate("es", "matrix.col.status") );
      expect(matrix.join("\n")).not.toMatch(/\b(In progress|Not assessed|Supported)\b/);
    },
    { locale: "fr-FR" },
  );
});
