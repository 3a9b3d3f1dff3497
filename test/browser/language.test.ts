import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer } from "../../scripts/taskpane-harness";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a Spanish browser gets the Spanish interface, and a choice on About sticks after a reload", async () => {
  const session = await openTaskPane(browser, server.url, { locale: "es-ES" });
  const { page } = session;
  try {
    await page.getByText("En este navegador, sin Excel: el libro se queda en este equipo.", { exact: false }).waitFor();
    await expect(page.getByRole("button", { name: "Libro nuevo" }).count()).resolves.toBe(1);
    await expect(page.getByRole("tab", { name: "Sugerencias" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Libro nuevo" }).click();
    await page.getByRole("button", { name: "Crear las tablas de seguimiento" }).click();
    await page.getByText("Las tablas de seguimiento y la hoja de listas están listas.").waitFor();
    await expect(page.getByText("Recomendaciones", { exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "spanish-import.png"), fullPage: true });

    await page.getByRole("tab", { name: "Acerca de" }).click();
    await page.getByText("Ningún dato sale del libro", { exact: false }).waitFor();
    await page.getByRole("radio", { name: "Français" }).check();
    await page.getByRole("heading", { name: "À propos de Rights Matrix" }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "french-about.png"), fullPage: true });

    // Until the workbook is downloaded, leaving the page asks first (the dialog is dismissed: we stay).
    await page.reload({ timeout: 3000 }).catch(() => undefined);
    expect(session.dialogs).toHaveLength(1);
    await page.getByRole("heading", { name: "À propos de Rights Matrix" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le classeur" }).click()]);
    // The workbook was created while the pane spoke Spanish: it is a Spanish workbook, whatever the pane speaks now.
    const saved = path.join(ROOT, "test-results", "spanish-workbook.xlsx");
    await download.saveAs(saved);
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(saved), "spanish-workbook.xlsx");
    expect(await workbook.sheetNames()).toEqual(["Recomendaciones", "Grupos temáticos", "Acciones", "Indicadores", "Instituciones", "Avances", "Listas"]);
    expect((await workbook.readSheet("Acciones"))?.[0]).toEqual(expect.arrayContaining(["ID de la acción", "Plazo", "Estado"]));
    expect((await workbook.readSheet("Listas"))?.flat()).toEqual(expect.arrayContaining(["Estado de la acción", "En curso", "Aceptada"]));
    await page.getByText("Aucune modification depuis son ouverture", { exact: false }).waitFor();
    await page.reload();
    await page.getByText("Dans ce navigateur, sans Excel : le classeur reste sur cet ordinateur.", { exact: false }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("fr");
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});

test("a French browser gets French; any other language falls back to English", async () => {
  for (const [locale, expected] of [
    ["fr-CA", "Ouvrir un classeur…"],
    ["de-DE", "Open a workbook…"],
  ]) {
    const session = await openTaskPane(browser, server.url, { locale });
    try {
      await session.page.getByRole("button", { name: expected }).waitFor();
    } finally {
      await session.context.close();
    }
  }
});
