import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { LISTS_SHEET, TABLES } from "../../src/model/tables";
import { readWithLibreOffice } from "../support/libreoffice";
import { DIST, ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
let server: StaticServer;
let browser: Browser;
let session: TaskPaneSession;

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
  session = await openTaskPane(browser, server.url);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.close();
});

test("standalone: new workbook, create the tables, download a real .xlsx with every table", async () => {
  const { page } = session;
  await page.locator("[data-mode=standalone]").waitFor();
  await page.getByText("In this browser, without Excel: the workbook stays on this computer.").waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "standalone-start.png"), fullPage: true });

  const firstScreenScripts = await loadedScripts(page);
  expect(firstScreenScripts.filter(containsExcelJs)).toEqual([]);
  expect(firstScreenScripts.filter(containsFileAdapter)).toEqual([]);

  await page.getByRole("button", { name: "New workbook" }).click();
  await page.getByText("Workbook: monitoring-workbook.xlsx").waitFor();
  // The file adapter arrives only now, in the workbook's own Web Worker: the page itself never loads it.
  expect((await loadedScripts(page)).filter(containsFileAdapter)).toEqual([]);
  const workers = page.workers().filter((worker) => worker.url().startsWith(server.url));
  const workerScripts = (await Promise.all(workers.map(async (worker) => [scriptPath(worker.url()), ...(await loadedScripts(worker))]))).flat();
  expect(workerScripts.filter(containsFileAdapter).length).toBeGreaterThan(0);
  await page.getByText("0 of 6 tables present.").waitFor();
  await page.getByRole("button", { name: "Create the monitoring tables" }).click();
  await page.getByText("The monitoring tables and the Lists sheet are in place.").waitFor();
  await expectText(page, "Changes are kept in this page only until you download the workbook.");
  await expect(page.getByText("Present, rows: 0").count()).resolves.toBe(TABLES.length);
  await page.screenshot({ path: path.join(SCREENSHOTS, "import-tables-created.png"), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
  expect(download.suggestedFilename()).toBe("monitoring-workbook.xlsx");
  const file = path.join(ROOT, "test-results", "standalone-download.xlsx");
  await download.saveAs(file);
  await page.getByText("No changes since you opened or last downloaded it.").waitFor();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...TABLES.map((def) => def.sheet), LISTS_SHEET]);
  for (const def of TABLES) {
    const sheet = workbook.getWorksheet(def.sheet)!;
    const tables = sheet.getTables() as unknown as { table: { name: string } }[];
    expect(tables.map((table) => table.table.name)).toEqual([def.tableName]);
    const headers = def.columns.map((_, index) => String(sheet.getRow(1).getCell(index + 1).value));
    expect(headers).toEqual(def.columns.map((column) => column.header));
  }
  // A spreadsheet program we did not write reads the same tables and headers.
  const libreOffice = readWithLibreOffice(file);
  for (const def of TABLES) expect(libreOffice[def.sheet][0]).toEqual(def.columns.map((column) => column.header));
  expect(Object.keys(libreOffice)).toContain(LISTS_SHEET);

  expect(session.dialogs).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test("every page renders, and none is a placeholder", async () => {
  const { page } = session;
  for (const tab of ["Import", "Suggestions", "Validate", "Matrix", "Export", "My institution"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByRole("tabpanel").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Coming in the next version").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `page-${tab.toLowerCase().replace(/ /g, "-")}.png`), fullPage: true });
  }
  await page.getByRole("tab", { name: "About" }).click();
  const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  await page.getByText(`Version ${version}`).waitFor();
  await expectText(page, "Rights Matrix sends nothing anywhere: your workbook's content stays in your workbook.");
  await page.screenshot({ path: path.join(SCREENSHOTS, "page-about.png"), fullPage: true });
  expect(session.foreignRequests).toEqual([]);
});

test("dist/ carries the icons and the manifest, with dev URLs when RIGHTS_MATRIX_URL is not set", async () => {
  const served = await (await fetch(`${server.url}/manifest.xml`)).text();
  expect(served).toBe(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  for (const size of [16, 32, 64, 80]) {
    const icon = await fetch(`${server.url}/assets/icon-${size}.png`);
    expect(icon.status).toBe(200);
    expect(Buffer.from(await icon.arrayBuffer()).equals(readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toBe(true);
  }
  const html = await (await fetch(`${server.url}/taskpane.html`)).text();
  // office.js in the head, as a plain script before the app's deferred bundles.
  const officeJs = html.search(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/);
  expect(officeJs).toBeGreaterThan(0);
  expect(officeJs).toBeLessThan(html.indexOf("</head>"));
  expect(officeJs).toBeLessThan(html.search(/<script defer/));
});

/** The scripts a page (or a worker) loaded from the test server, as paths under dist/. */
async function loadedScripts(context: Pick<TaskPaneSession["page"], "evaluate">): Promise<string[]> {
  const urls = await context.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
  return urls.filter((url) => url.startsWith(server.url) && url.endsWith(".js")).map(scriptPath);
}

const scriptPath = (url: string): string => new URL(url).pathname.slice(1);

function containsExcelJs(script: string): boolean {
  return readFileSync(path.join(DIST, script), "utf8").includes("ExcelJS");
}

/** The file adapter's chunk: the only code that writes a `<tableParts>` element. */
function containsFileAdapter(script: string): boolean {
  return readFileSync(path.join(DIST, script), "utf8").includes("<tableParts count=");
}

async function expectText(page: TaskPaneSession["page"], text: string): Promise<void> {
  await expect(page.getByText(text).first().isVisible()).resolves.toBe(true);
}
