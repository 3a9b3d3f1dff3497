import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { initWorkbook } from "../../src/app/init-workbook";
import { tablePlan } from "../../src/core/structure/workbook-structure";
import { RECOMMENDATIONS } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer } from "../../scripts/taskpane-harness";

const HOSTILE = "<img src=x onerror=alert(1)>";
const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
let server: StaticServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-browser-"));
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A structured workbook whose user-made parts (a column, a sheet, a recommendation) carry markup. */
async function hostileWorkbook(): Promise<Buffer> {
  const workbook = XlsxWorkbook.empty("hostile.xlsx");
  await initWorkbook(workbook);
  await workbook.apply({
    plans: [tablePlan(RECOMMENDATIONS, [{ id: "UPR4-SVN-1.1", text: HOSTILE, mechanism: "UPR" }], [HOSTILE])],
  });
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  excel.addWorksheet(HOSTILE).getCell("A1").value = HOSTILE;
  return Buffer.from(await excel.xlsx.writeBuffer());
}

async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      return transfer;
    },
    { name, base64: bytes.toString("base64") },
  );
  const zone = page.locator("section", { has: page.getByRole("heading", { name: "Open or create a workbook" }) });
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await page.getByText("Drop the workbook to open it.").waitFor();
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}

test("markup in a workbook's column header and sheet name renders as text, and runs nothing", async () => {
  const file = path.join(dir, "hostile.xlsx");
  writeFileSync(file, await hostileWorkbook());
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  try {
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText("Workbook: hostile.xlsx").waitFor();
    await page.getByText("Columns you added (kept on every rewrite):").waitFor();
    await page.getByText("Other sheets in this workbook:").waitFor();
    await expect(page.getByText(HOSTILE, { exact: true }).count()).resolves.toBe(2);
    await expect(page.getByText("Present, rows: 1").count()).resolves.toBe(1);
    await expect(page.locator("img").count()).resolves.toBe(0);
    await page.waitForTimeout(300); // an onerror handler would have fired by now
    await page.screenshot({ path: path.join(SCREENSHOTS, "hostile-text.png"), fullPage: true });
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.context.close();
  }
});

test("a workbook dropped on the page opens; a file that is not a workbook gets an error saying what to do", async () => {
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  try {
    await page.locator("[data-mode=standalone]").waitFor();
    await dropFile(page, "notes.xlsx", Buffer.from("these are not spreadsheet bytes"));
    const error = page.getByRole("group", { name: "That did not work" });
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain("notes.xlsx is not an .xlsx workbook that Rights Matrix can read");
    await expect(error.textContent()).resolves.toContain("then open the new file here");
    await page.screenshot({ path: path.join(SCREENSHOTS, "error-not-a-workbook.png"), fullPage: true });

    await page.locator('input[type="file"]').setInputFiles({ name: "minutes.docx", mimeType: "application/octet-stream", buffer: Buffer.from("x") });
    await expect(error.textContent()).resolves.toContain("minutes.docx is not an .xlsx workbook. In Excel, use Save As");

    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(error.count()).resolves.toBe(0);
    await dropFile(page, "dropped.xlsx", await hostileWorkbook());
    await page.getByText("Workbook: dropped.xlsx").waitFor();
    await page.getByText("6 of 6 tables present.").waitFor();
    await expect(page.getByRole("button", { name: "Create the monitoring tables" }).count()).resolves.toBe(0);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});

test("a workbook missing some tables gets only those added; existing rows stay", async () => {
  const partial = XlsxWorkbook.empty("partial.xlsx");
  await partial.apply({ plans: [tablePlan(RECOMMENDATIONS, [{ id: "CRC-SVN-2022-25(b)", text: "Adopt a national strategy", mechanism: "CRC" }])] });
  const file = path.join(dir, "partial.xlsx");
  writeFileSync(file, await partial.toBytes());
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  try {
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText("1 of 6 tables present.").waitFor();
    await page.getByText("Existing tables and their rows are left as they are.").waitFor();
    await page.getByRole("button", { name: "Add what is missing" }).click();
    await page.getByText("The monitoring tables and the Lists sheet are in place.").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
    const saved = path.join(dir, "partial-after.xlsx");
    await download.saveAs(saved);
    const reopened = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(saved)), "partial-after.xlsx");
    const tables = await reopened.readTables(["Recommendations", "Clusters", "Progress"]);
    expect(tables.Recommendations?.rows.map((row) => [row.id, row.text])).toEqual([["CRC-SVN-2022-25(b)", "Adopt a national strategy"]]);
    expect(tables.Clusters?.rows).toEqual([]);
    expect(tables.Progress).not.toBeNull();
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});
