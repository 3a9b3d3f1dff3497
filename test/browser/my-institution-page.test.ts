import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { BUILD_TIMEOUT_MS, ROOT, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";
import { PROGRESS } from "../../src/model/tables";
import { buildTaskPaneExportWorkbook, localToday } from "../support/taskpane-export-workbook";
import { openThroughFilePicker } from "../support/taskpane-session";

const RESULTS = path.join(ROOT, "test-results", "my-institution");
const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const WORKBOOK = path.join(RESULTS, "slovenia-focal-points.xlsx");
let server: StaticServer;
let browser: Browser;
let session: TaskPaneSession;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await buildTaskPaneExportWorkbook(WORKBOOK);
  ensureWebBuild();
  server = await serveDist();
  browser = await launchChromium();
  session = await openTaskPane(browser, server.url);
  await openThroughFilePicker(session, WORKBOOK);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

/** The task pane's error MessageBar (titled "That did not work"). */
const errorBar = () => session.page.locator(".fui-MessageBar", { hasText: "That did not work" });

async function expectRefused(text: RegExp): Promise<void> {
  const bar = errorBar().filter({ hasText: text });
  await bar.waitFor();
  await session.page.getByRole("button", { name: "Dismiss" }).first().click();
  await bar.waitFor({ state: "detached" });
}

test("a focal point sees their part, writes a report within 700 characters, and it is reviewed and published", async () => {
  const { page } = session;
  await page.getByRole("tab", { name: "My institution" }).click();
  await page.getByRole("heading", { name: "My institution", exact: true }).waitFor();
  await page.getByRole("textbox", { name: "Your name" }).fill("Ana Novak");
  await page.getByRole("combobox", { name: "Institution" }).selectOption("Ministry of Justice");

  // Reports due: the state is written out, not shown by colour alone.
  const due = page.getByRole("listitem").filter({ hasText: "I-001" });
  await expect(due.textContent()).resolves.toMatch(/^⚠ OVERDUE I-001 · due \d{4}-\d{2}-\d{2} · Judges and prosecutors trained \(Quarterly, action A-001\)$/);
  await expect(page.getByRole("listitem").filter({ hasText: "I-002" }).textContent()).resolves.toMatch(/^◷ due soon I-002 · due/);
  await expect(page.getByRole("listitem").filter({ hasText: "I-003" }).count()).resolves.toBe(0);
  await page.getByRole("heading", { name: /^Actions: 2$/ }).waitFor();
  await page.getByRole("heading", { name: "Reports not yet published: 1" }).waitFor();
  await expect(page.getByRole("heading", { name: /^Recommendations: \d+$/ }).textContent()).resolves.not.toBe("Recommendations: 0");
  await page.screenshot({ path: path.join(SCREENSHOTS, "my-institution-overview.png"), fullPage: true });
  // A long list shows its first items until asked.
  const recommendations = Number(/\d+/.exec((await page.getByRole("heading", { name: /^Recommendations: \d+$/ }).textContent()) ?? "")![0]);
  expect(recommendations).toBeGreaterThan(8);
  const listed = page.getByRole("listitem").filter({ hasText: /^UPR4-SVN-/ });
  await expect(listed.count()).resolves.toBe(8);
  await page.getByRole("button", { name: `Show all: Recommendations: ${recommendations}` }).click();
  await expect(listed.count()).resolves.toBe(recommendations);

  // 701 characters: the counter and the field say so, and submitting is refused with nothing written.
  await page.getByRole("combobox", { name: "About (recommendation or action)" }).selectOption("A-001");
  await page.getByRole("textbox", { name: "Period (for example 2026-Q3)" }).fill("2026-Q4");
  const text = page.getByRole("textbox", { name: "Report text" });
  await text.fill("x".repeat(701));
  await page.getByText("Characters: 701 of 700").waitFor();
  await page.getByText("Characters over the limit: 1. A progress report takes at most 700; shorten it before submitting.").waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "my-institution-too-long.png"), fullPage: true });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expectRefused(/the report text has 701 characters; a progress report takes at most 700\. Shorten it by 1; nothing was written\./);
  await page.getByRole("heading", { name: "Reports not yet published: 1" }).waitFor();

  const report = "Between July and October, 86 judges and 41 prosecutors completed the specialised course on gender-based violence; the curriculum was agreed with two women's NGOs and is now part of the Judicial Training Centre's annual programme.".slice(0, 200);
  expect(report).toHaveLength(200);
  await text.fill(report);
  await page.getByText("Characters: 200 of 700").waitFor();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByText("Report P-003 written to the Progress table, status: Submitted.").waitFor();
  await page.getByRole("heading", { name: "Reports not yet published: 2" }).waitFor();

  // The new report is the one under review; steps that are not allowed are refused by the use case.
  const reviewed = page.getByRole("combobox", { name: "Report to review" });
  await expect(reviewed.inputValue()).resolves.toBe("P-003");
  await page.getByText("Status: Submitted. Steps allowed now: Approve, Reject.").waitFor();
  await page.getByRole("button", { name: "Reject" }).click();
  await expectRefused(/Rejecting report P-003 needs a comment telling the focal point what to change: write it under "Review comment"/);
  await page.getByRole("button", { name: "Publish" }).click();
  await expectRefused(/report P-003 is Submitted, so it cannot be published \(only an Approved report can\)/);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByText("Report P-003: Submitted → Approved, by Ana Novak.").waitFor();
  await page.getByText("Status: Approved. Steps allowed now: Publish.").waitFor();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Report P-003: Approved → Published, by Ana Novak.").waitFor();
  await page.getByRole("heading", { name: "Reports not yet published: 1" }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "my-institution-published.png"), fullPage: true });
  // The institution's draft is corrected in place and submitted: no new row.
  await page.getByRole("combobox", { name: "A new report, or one to correct" }).selectOption("P-002");
  await expect(text.inputValue()).resolves.toBe("Occupancy figures requested from the prison administration.");
  await expect(page.getByRole("combobox", { name: "About (recommendation or action)" }).inputValue()).resolves.toBe("A-002");
  await text.fill("Occupancy figures received: 4 of 6 prisons above 100%.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByText("Report P-002 written to the Progress table, status: Submitted.").waitFor();
  await page.getByRole("heading", { name: "Reports not yet published: 1" }).waitFor();
  // The name stays in this browser for next time.
  await expect(page.evaluate(() => localStorage.getItem("rights-matrix.your-name"))).resolves.toBe("Ana Novak");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
  const file = path.join(RESULTS, "downloaded.xlsx");
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(PROGRESS.sheet)!;
  const column = (key: string) => PROGRESS.columns.findIndex((candidate) => candidate.key === key) + 1;
  const rows = [2, 3, 4].map((number) => sheet.getRow(number));
  const row = rows.find((candidate) => candidate.getCell(column("reportId")).value === "P-003")!;
  expect(row).toBeDefined();
  const value = (key: string) => row.getCell(column(key)).value;
  const today = localToday();
  expect(value("reportText")).toBe(report);
  expect(value("subjectId")).toBe("A-001");
  expect(value("institution")).toBe("Ministry of Justice");
  expect(value("reviewStatus")).toBe("Published");
  for (const key of ["submittedBy", "reviewer", "publishedBy"]) expect(value(key)).toBe("Ana Novak");
  for (const key of ["submittedOn", "reviewedOn", "publishedOn"]) expect((value(key) as Date).toISOString().slice(0, 10)).toBe(today.toISOString().slice(0, 10));
  const draft = rows.find((candidate) => candidate.getCell(column("reportId")).value === "P-002")!;
  expect(draft.getCell(column("reportText")).value).toBe("Occupancy figures received: 4 of 6 prisons above 100%.");
  expect(draft.getCell(column("reviewStatus")).value).toBe("Submitted");
  expect(draft.getCell(column("submittedBy")).value).toBe("Ana Novak");
  // The refused 701-character text left nothing behind.
  expect(rows.filter((candidate) => String(candidate.getCell(column("reportText")).value ?? "").length > 700)).toEqual([]);
  expect(sheet.getRow(5).getCell(column("reportId")).value ?? null).toBeNull();
  expect(await errorBar().count()).toBe(0);
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test("in Spanish: the page, the due states and the counter come from the catalogue", async () => {
  const spanish = await openTaskPane(browser, server.url, { locale: "es-ES" });
  try {
    const { page } = spanish;
    await page.locator("[data-mode=standalone]").waitFor();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Abrir un libro…" }).click()]);
    await chooser.setFiles(WORKBOOK);
    await page.getByRole("tab", { name: "Mi institución" }).click();
    await page.getByRole("heading", { name: "Mi institución", exact: true }).waitFor();
    await page.getByRole("combobox", { name: "Institución" }).selectOption("Ministry of Justice");
    await expect(page.getByRole("listitem").filter({ hasText: "I-001" }).textContent()).resolves.toMatch(/^⚠ VENCIDO I-001 · vence el /);
    await page.getByText("Caracteres: 0 de 700").waitFor();
    await page.getByRole("tab", { name: "Exportar" }).click();
    await expect(page.getByRole("combobox", { name: "Idioma del informe" }).inputValue()).resolves.toBe("es");
    await page.screenshot({ path: path.join(SCREENSHOTS, "export-page-es.png"), fullPage: true });
    expect(spanish.pageErrors).toEqual([]);
  } finally {
    await spanish.context.close();
  }
});
