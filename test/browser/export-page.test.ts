import JSZip from "jszip";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { BUILD_TIMEOUT_MS, ROOT, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";
import { IMPACTOSS_INDICATOR_COLUMNS, IMPACTOSS_MEASURE_COLUMNS, IMPACTOSS_RECOMMENDATION_COLUMNS } from "../../src/core/report/impactoss";
import { convertWithLibreOffice, readWithLibreOffice } from "../support/libreoffice";
import { CLUSTERS, FORMULA_LIKE, buildTaskPaneExportWorkbook } from "../support/taskpane-export-workbook";
import { loadedScripts, openThroughFilePicker, scriptContains } from "../support/taskpane-session";

const RESULTS = path.join(ROOT, "test-results", "export-page");
const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const WORKBOOK = path.join(RESULTS, "slovenia-export.xlsx");
let server: StaticServer;
let browser: Browser;
let session: TaskPaneSession;

/** The docx library's own marker: only its chunk holds the path of a Word document's body. */
// A string only the docx library holds (the import reader also mentions word/document.xml).
const DOCX_LIBRARY = "w:tblHeader";

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await buildTaskPaneExportWorkbook(WORKBOOK);
  ensureWebBuild();
  server = await serveDist();
  browser = await launchChromium();
  session = await openTaskPane(browser, server.url);
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await openThroughFilePicker(session, WORKBOOK);
  await session.page.getByRole("tab", { name: "Export" }).click();
  await session.page.getByRole("heading", { name: "Export", exact: true }).waitFor();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

async function download(label = "Export and download") {
  const [file] = await Promise.all([session.page.waitForEvent("download"), session.page.getByRole("button", { name: label }).click()]);
  const target = path.join(RESULTS, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target };
}

test("Word report for one institution, in Spanish: the docx library loads only now; Word's XML and LibreOffice read it", async () => {
  const { page } = session;
  const docxScripts = async () => (await loadedScripts(session, server.url)).filter((script) => scriptContains(script, DOCX_LIBRARY));
  expect(await docxScripts()).toEqual([]);

  await page.getByRole("radio", { name: "Word report (.docx)" }).check();
  // The report's language starts as the interface language.
  await expect(page.getByRole("combobox", { name: "Language of the report" }).inputValue()).resolves.toBe("en");
  await page.getByRole("combobox", { name: "Institution" }).selectOption("Ministry of Justice");
  await page.getByRole("combobox", { name: "Language of the report" }).selectOption("es");
  await page.screenshot({ path: path.join(SCREENSHOTS, "export-word-report.png"), fullPage: true });
  const report = await download();
  expect(report.name).toBe("rights-matrix-report-ministry-of-justice-es.docx");
  expect(await docxScripts()).toHaveLength(1);
  const ours = CLUSTERS.filter((cluster) => cluster.institution === "Ministry of Justice");
  await page.getByText(new RegExp(`^Downloaded ${report.name.replace(/\./g, "\\.")}: recommendations: \\d+ · clusters: ${ours.length}\\.$`)).waitFor();

  const zip = await JSZip.loadAsync(readFileSync(report.path));
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain("Seguimiento de las recomendaciones de derechos humanos");
  expect(text).not.toContain("Follow-up of human rights recommendations");
  for (const cluster of ours) expect(text).toContain(cluster.name);
  for (const cluster of CLUSTERS.filter((candidate) => candidate.institution !== "Ministry of Justice")) expect(text).not.toContain(cluster.name);
  // The published progress report appears, the draft does not.
  expect(text).toContain("First two training sessions held in Ljubljana and Maribor.");
  expect(text).not.toContain("Occupancy figures requested");

  const pdf = readFileSync(convertWithLibreOffice(report.path, "pdf", RESULTS)).toString("latin1");
  const pages = (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  // A title page, the summary, and one section per cluster, each starting on a new page.
  expect(pages).toBeGreaterThanOrEqual(2 + ours.length);
  expect(session.pageErrors).toEqual([]);
});

test("a table as CSV: UTF-8 with a byte order mark, formula-like text neutralised", async () => {
  const { page } = session;
  await page.getByRole("radio", { name: "One table, as CSV or Excel" }).check();
  await page.getByRole("combobox", { name: "Table" }).selectOption("Actions");
  await page.getByRole("radio", { name: /^CSV/ }).check();
  await page.screenshot({ path: path.join(SCREENSHOTS, "export-table-csv.png"), fullPage: true });
  const csv = await download();
  expect(csv.name).toBe("actions.csv");
  const bytes = readFileSync(csv.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  // The apostrophe keeps a spreadsheet from running it; the comma inside makes the field quoted.
  expect(text).toContain(`"'${FORMULA_LIKE}"`);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(rows[0].slice(0, 3)).toEqual(["Action ID", "Recommendation IDs", "Cluster ID"]);
  expect(rows.map((row) => row[0])).toEqual(["Action ID", "A-001", "A-002", "A-003"]);
  await page.getByText("Downloaded actions.csv: rows: 3.").waitFor();
});

test("the filtered matrix as .xlsx: LibreOffice reads one sheet with the chosen cluster's rows only", async () => {
  const { page } = session;
  await page.getByRole("radio", { name: "The monitoring matrix, filtered, as CSV or Excel" }).check();
  await page.getByRole("radio", { name: "Excel workbook (.xlsx)" }).check();
  // The subset chosen for the report above stays chosen; this export is by cluster only.
  await page.getByRole("combobox", { name: "Institution" }).selectOption("");
  await page.getByRole("combobox", { name: "Cluster" }).selectOption("C-03");
  const xlsx = await download();
  expect(xlsx.name).toBe("monitoring-matrix-c-03.xlsx");
  const sheets = readWithLibreOffice(xlsx.path);
  expect(Object.keys(sheets)).toHaveLength(1);
  const [header, ...rows] = Object.values(sheets)[0].filter((row) => row.some((cell) => cell !== ""));
  expect(header[0]).toBe("Cluster");
  const c03 = CLUSTERS.find((cluster) => cluster.clusterId === "C-03")!;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row[0]).toBe(`C-03 · ${c03.name}`);
  await page.getByText(`Downloaded monitoring-matrix-c-03.xlsx: rows: ${rows.length}.`).waitFor();
  await page.getByRole("combobox", { name: "Cluster" }).selectOption("");
});

test("IMPACT OSS: one .zip with the categories sheet and the three import files, header for header", async () => {
  const { page } = session;
  await page.getByRole("radio", { name: /^IMPACT OSS import files/ }).check();
  const archive = await download();
  expect(archive.name).toBe("impactoss.zip");
  const zip = await JSZip.loadAsync(readFileSync(archive.path));
  expect(Object.keys(zip.files).sort()).toEqual(["impactoss-categories.csv", "impactoss-indicators.csv", "impactoss-measures.csv", "impactoss-recommendations.csv"]);
  for (const [entry, columns] of [
    ["impactoss-recommendations.csv", IMPACTOSS_RECOMMENDATION_COLUMNS],
    ["impactoss-measures.csv", IMPACTOSS_MEASURE_COLUMNS],
    ["impactoss-indicators.csv", IMPACTOSS_INDICATOR_COLUMNS],
  ] as const) {
    const text = await zip.file(entry)!.async("string");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse<string[]>(text.slice(1)).data[0]).toEqual(columns.map((column) => column.header));
  }
  await page.getByText(/^Downloaded impactoss\.zip: recommendations: \d+ · measures: 3 · indicators: 3\.$/).waitFor();
});

test("Copy as table: the filtered matrix goes on the clipboard as HTML and as text, with a confirmation", async () => {
  const { page } = session;
  await page.getByRole("radio", { name: "The monitoring matrix, filtered, as CSV or Excel" }).check();
  await page.getByRole("combobox", { name: "Cluster" }).selectOption("C-04");
  await page.getByRole("button", { name: "Copy as table" }).click();
  const confirmation = page.getByText(/^Copied as a table \(rows: \d+\)\. Paste it into Word or an e-mail\.$/);
  await confirmation.waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "export-copied.png"), fullPage: true });
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item.getType("text/html")).text(), text: await (await item.getType("text/plain")).text() };
  });
  const c04 = CLUSTERS.find((cluster) => cluster.clusterId === "C-04")!;
  expect(clipboard.html).toContain("<table");
  expect(clipboard.html).toContain(c04.name);
  // The formula-like action is text in both: escaped in the HTML, with the apostrophe in the text.
  expect(clipboard.html).not.toContain("<script");
  expect(clipboard.text.split("\r\n")[0].split("\t")[0]).toBe("Cluster");
  const rows = Number(/rows: (\d+)/.exec((await confirmation.textContent()) ?? "")![1]);
  expect(clipboard.text.trim().split("\r\n").filter((line) => line.startsWith("C-04")).length).toBe(rows);
  for (const other of CLUSTERS.filter((cluster) => cluster.clusterId !== "C-04")) expect(clipboard.text).not.toContain(other.name);
  expect(session.foreignRequests).toEqual([]);
  expect(session.dialogs).toEqual([]);
});
