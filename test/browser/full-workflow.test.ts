import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { loadPlan } from "../../src/app/load-plan";
import { ACTIONS, DASHBOARD_SHEET, MATRIX_SHEET, RECOMMENDATIONS } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const RESULTS = path.join(ROOT, "test-results", "full-workflow");
const SLOVENIA_2025 = path.join(ROOT, "samples", "slovenia", "upr48-slovenia-thematic-list-of-recommendatio.docx");
const DEMO_PLAN = path.join(ROOT, "samples", "demo-plan.json");

let server: StaticServer;
let browser: Browser;
let session: TaskPaneSession;

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
  session = await openTaskPane(browser, server.url);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

type Page = TaskPaneSession["page"];

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
  const target = path.join(RESULTS, name);
  await file.saveAs(target);
  return target;
}

/** Opens an .xlsx through the file bar's picker, as a person would. */
async function openThroughPicker(page: Page, file: string): Promise<void> {
  await page.getByLabel("Workbook file (.xlsx)").setInputFiles(file);
  await page.getByText(`Workbook: ${path.basename(file)}`).waitFor();
}

/** The Slovenia 2025 list through the Import page, as a person would: file input, preview, import. */
async function importSlovenia(page: Page): Promise<string> {
  await page.getByRole("tab", { name: "Import" }).click();
  await page.getByLabel("Files to import").setInputFiles(SLOVENIA_2025);
  await page.getByText(`Preview: ${path.basename(SLOVENIA_2025)}`).waitFor({ timeout: 60_000 });
  await page.getByText("Detected format: OHCHR thematic list (.docx)").waitFor();
  await page.getByRole("button", { name: "Import into the workbook" }).click();
  await page.getByText("Imported. The Recommendations table now holds 254 recommendations.").waitFor({ timeout: 60_000 });
  return download(page, "imported.xlsx");
}

/** The demo plan (institutions, clusters, actions, indicators with deliberate mistakes): no page loads plans, the use case does. */
async function withDemoPlan(file: string): Promise<string> {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(file), path.basename(file));
  await loadPlan(workbook, JSON.parse(readFileSync(DEMO_PLAN, "utf8")), DEMO_PLAN);
  const planned = path.join(RESULTS, "slovenia-plan.xlsx");
  writeFileSync(planned, await workbook.toBytes());
  return planned;
}

test("standalone, the whole workflow: new workbook, tables, import Slovenia 2025, demo plan, validate, SMART ratings, suggestions accepted, matrix, download", async () => {
  const { page } = session;
  await page.locator("[data-mode=standalone]").waitFor();

  await page.getByRole("button", { name: "New workbook" }).click();
  await page.getByText("0 of 6 tables present.").waitFor();
  await page.getByRole("button", { name: "Create the monitoring tables" }).click();
  await page.getByText("The monitoring tables and the Lists sheet are in place.").waitFor();

  const imported = await importSlovenia(page);
  const planned = await withDemoPlan(imported);
  await openThroughPicker(page, planned);
  await page.getByRole("tab", { name: "Import" }).click();
  await page.getByText(/Actions\s*—\s*Present, rows: [1-9]/).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "workflow-1-workbook.png"), fullPage: true });

  // Validate: the demo plan's deliberate mistakes are listed with their codes and cells.
  await page.getByRole("tab", { name: "Validate" }).click();
  await page.getByRole("button", { name: "Check the workbook" }).click();
  const summary = page.getByText(/^Errors: \d+ · Warnings: \d+ · Actions checked: \d+ · Indicators checked: \d+$/);
  await summary.waitFor();
  const errors = Number(await summary.getAttribute("data-errors"));
  expect(errors).toBeGreaterThanOrEqual(8);
  const codes = await page.locator("[data-code]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-code")));
  for (const code of [
    "ACT-DESCRIPTION-PLACEHOLDER",
    "ACT-RECOMMENDATION-UNKNOWN",
    "ACT-PROGRESS-COMPLETE-NOT-COMPLETED",
    "ACT-DEADLINE-BEFORE-START",
    "ACT-CURRENCY-MISSING",
    "ACT-LEAD-UNKNOWN",
    "IND-TARGET-YEAR-BEFORE-BASELINE",
    "IND-ACTION-UNKNOWN",
  ]) {
    expect(codes).toContain(code);
  }
  const placeholder = page.locator("[data-code=ACT-DESCRIPTION-PLACEHOLDER]");
  await expect(placeholder.isVisible()).resolves.toBe(true);
  // Severity in words (and a glyph), the message in the UI language, code and cell.
  await expect(placeholder.innerText()).resolves.toMatch(/Error · A-003[\s\S]*is a placeholder, not a description[\s\S]*Cell: Actions!D\d+ \(rule ACT-DESCRIPTION-PLACEHOLDER\)/);

  // The gap list and clusters without lead (C-003) start collapsed; the action and indicator groups open.
  const gaps = page.getByRole("button", { name: /^Gap list: recommendations no action addresses: \d+/ });
  await expect(gaps.getAttribute("aria-expanded")).resolves.toBe("false");
  await expect(page.locator("[data-code=COV-RECOMMENDATION-UNADDRESSED]").first().isVisible()).resolves.toBe(false);
  await expect(page.getByRole("button", { name: /^Clusters without a lead institution: 1/ }).getAttribute("aria-expanded")).resolves.toBe("false");
  await expect(page.getByRole("button", { name: /^Actions, Error: \d+/ }).getAttribute("aria-expanded")).resolves.toBe("true");
  await page.screenshot({ path: path.join(SCREENSHOTS, "workflow-2-validate.png"), fullPage: true });

  // Standalone: Enter on a finding shows its row's values (Excel would select the cell instead).
  await placeholder.focus();
  await page.keyboard.press("Enter");
  // The row is read from the workbook's worker first: the finding opens when it arrives.
  await page.locator('[data-code=ACT-DESCRIPTION-PLACEHOLDER][aria-expanded="true"]').waitFor();
  await expect(placeholder.getAttribute("aria-expanded")).resolves.toBe("true");
  const details = page.locator("dl").first();
  await details.waitFor();
  await expect(details.innerText()).resolves.toMatch(/Action ID\s+A-003/);
  await page.screenshot({ path: path.join(SCREENSHOTS, "workflow-3-finding-row.png"), fullPage: true });

  // Opening the gap list by keyboard shows its findings.
  await gaps.focus();
  await page.keyboard.press("Enter");
  await expect(gaps.getAttribute("aria-expanded")).resolves.toBe("true");
  await expect(page.locator("[data-code=COV-RECOMMENDATION-UNADDRESSED]").first().isVisible()).resolves.toBe(true);
  // Hundreds of gaps before the plan covers the list: the first 100 shown, the rest on request.
  const gapCount = Number((await gaps.innerText()).match(/(\d+)\s*$/)?.[1]);
  expect(gapCount).toBeGreaterThan(100);
  await expect(page.locator("[data-code=COV-RECOMMENDATION-UNADDRESSED]").count()).resolves.toBe(100);
  await page.getByRole("button", { name: `Show the next ${Math.min(100, gapCount - 100)} (shown: 100 of ${gapCount})` }).click();
  await expect(page.locator("[data-code=COV-RECOMMENDATION-UNADDRESSED]").count()).resolves.toBe(Math.min(200, gapCount));

  // The use case's write option: one write of the SMART rating column.
  await page.getByRole("button", { name: "Write SMART ratings" }).click();
  const written = page.getByText(/^SMART ratings written: \d+\.$/);
  await written.waitFor();
  const writtenCount = Number((await written.innerText()).match(/\d+/)?.[0]);
  await page.getByText("Changes are kept in this page only until you download the workbook.").waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "workflow-4-smart-written.png"), fullPage: true });

  const result = await download(page, "slovenia-plan-validated.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(result) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(ACTIONS.sheet)!;
  const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
  const idColumn = header.indexOf("Action ID");
  const smartColumn = header.indexOf("SMART rating");
  expect(idColumn).toBeGreaterThan(0);
  expect(smartColumn).toBeGreaterThan(0);
  const ratings = new Map<string, string>();
  sheet.eachRow((row, rowNumber) => {
    const id = String(row.getCell(idColumn).value ?? "");
    if (rowNumber > 1 && id) ratings.set(id, String(row.getCell(smartColumn).value ?? ""));
  });
  expect(ratings.size).toBeGreaterThanOrEqual(5);
  expect(writtenCount).toBe(ratings.size);
  for (const rating of ratings.values()) expect(rating).toMatch(/^(5\/5 SMART|[0-4]\/5, missing: .+)$/);
  // A-003's description is a placeholder and its recommendation unknown: not specific, not relevant.
  expect(ratings.get("A-003")).toMatch(/missing: .*specific.*relevant/);

  // Asked again, nothing is rewritten.
  await page.getByRole("button", { name: "Write SMART ratings" }).click();
  await page.getByText("Every SMART rating was already up to date; nothing was written.").waitFor();

  // Suggestions: run in the worker, accept everything, write once.
  await page.getByRole("tab", { name: "Suggestions" }).click();
  await page.getByRole("button", { name: "Suggest", exact: true }).click();
  await page.getByRole("heading", { name: /^Clusters \(\d+\)$/ }).waitFor({ timeout: 120_000 });
  await page.getByRole("button", { name: "Accept all" }).click();
  await page.getByRole("button", { name: "Write accepted suggestions" }).click();
  await page.getByText(/^Written: \d+ clusters added; \d+ recommendations placed in a cluster/).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(SCREENSHOTS, "workflow-5-suggestions-written.png"), fullPage: true });

  // Matrix: generated in place from what the workbook now holds.
  await page.getByRole("tab", { name: "Matrix" }).click();
  await page.getByRole("button", { name: "Generate the matrix" }).click();
  await page.getByText("The Monitoring Matrix and Dashboard sheets are up to date.").waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(SCREENSHOTS, "workflow-6-matrix.png"), fullPage: true });

  const final = new ExcelJS.Workbook();
  await final.xlsx.load(readFileSync(await download(page, "slovenia-final.xlsx")) as unknown as ExcelJS.Buffer);
  expect(final.getWorksheet(MATRIX_SHEET)).toBeDefined();
  expect(final.getWorksheet(DASHBOARD_SHEET)).toBeDefined();
  const recommendations = final.getWorksheet(RECOMMENDATIONS.sheet)!;
  const recommendationHeader = (recommendations.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
  const clusterColumn = recommendationHeader.indexOf("Cluster");
  let withoutCluster = 0;
  let total = 0;
  recommendations.eachRow((row, rowNumber) => {
    if (rowNumber === 1 || !row.getCell(1).value) return;
    total += 1;
    if (!row.getCell(clusterColumn).value) withoutCluster += 1;
  });
  expect(total).toBe(254);
  expect(withoutCluster).toBe(0);
  // The matrix lists every cluster as a heading with its recommendations below it.
  const matrixText = JSON.stringify(final.getWorksheet(MATRIX_SHEET)!.getSheetValues());
  expect(matrixText).toContain("UPR4-SVN-140.");

  expect(session.dialogs).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
}, 360_000);
