import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer } from "../../scripts/taskpane-harness";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(path.join(ROOT, "test-results", "screenshots"), { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const STANDALONE = "In this browser, without Excel: the workbook stays on this computer.";

test("office.js outside Office (no host): standalone mode at once", async () => {
  const session = await openTaskPane(browser, server.url, { office: "no-host" });
  try {
    const started = Date.now();
    await session.page.getByText(STANDALONE, { exact: false }).waitFor({ timeout: 2500 });
    expect(Date.now() - started).toBeLessThan(2500);
    await expect(session.page.getByRole("button", { name: "Open a workbook…" }).count()).resolves.toBe(1);
    // A plain browser is the normal place for standalone mode: no warning about Office.js.
    await expect(session.page.getByText("Office.js did not load", { exact: false }).count()).resolves.toBe(0);
  } finally {
    await session.context.close();
  }
});

test("office.js that never answers: a loading message, then standalone mode after about 3 seconds", async () => {
  const session = await openTaskPane(browser, server.url, { office: "silent" });
  const { page } = session;
  try {
    const started = Date.now();
    await page.getByText("Loading…").waitFor({ timeout: 2000 });
    await page.getByText(STANDALONE, { exact: false }).waitFor({ timeout: 10_000 });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(2000);
    expect(waited).toBeLessThan(6000);
    // The first screen does not talk about Office.js or its host (issue 14).
    await expect(page.getByText("Office.js", { exact: false }).count()).resolves.toBe(0);
  } finally {
    await session.context.close();
  }
});

test("Excel reports itself: Excel mode, Office's display language and dark theme, no file controls", async () => {
  const session = await openTaskPane(browser, server.url, { office: "excel" });
  const { page } = session;
  try {
    await page.locator("[data-mode=excel]").waitFor();
    await page.getByText("Travail sur le classeur Excel ouvert.").waitFor();
    await expect(page.getByRole("button", { name: "Ouvrir un classeur…" }).count()).resolves.toBe(0);
    // No workbook file to open or download: Excel holds it. Files to import into it are still offered.
    await expect(page.getByLabel("Fichier du classeur (.xlsx)").count()).resolves.toBe(0);
    await expect(page.getByLabel("Fichiers à importer").count()).resolves.toBe(1);
    const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 128);
    await page.screenshot({ path: path.join(ROOT, "test-results", "screenshots", "excel-mode-dark-french.png"), fullPage: true });
  } finally {
    await session.context.close();
  }
});
