/**
 * "Check this Excel" in the browser: the task pane in Excel mode runs on Microsoft's Office.js
 * (the file the CDN serves to Excel on the web), whose requests the Office.js test host answers
 * in Node; the About page runs the probes, shows the report in words and copies it as text.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { emptyWorkbookPlans } from "../../src/core/structure/workbook-structure";
import { ExcelWorkbook } from "../../src/workbook/excel/excel-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer } from "../../scripts/taskpane-harness";
import { bridgeToHost, officeJsForBrowser } from "../support/office-js-host/browser-bridge";
import { HostedExcel } from "../support/office-js-host/hosted-excel";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
let server: StaticServer;
let browser: Browser;

jest.setTimeout(240_000);

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function structuredWorkbook(supported: string[]): Promise<HostedExcel> {
  const excel = new HostedExcel();
  excel.supported = new Set(supported);
  await new ExcelWorkbook("test workbook", excel.api).apply({ plans: emptyWorkbookPlans() });
  return excel;
}

const WORDING = {
  en: { about: "About", run: "Check this Excel", copy: "Copy report", copied: "Report copied.", title: "Rights Matrix: Check this Excel" },
  es: { about: "Acerca de", run: "Comprobar este Excel", copy: "Copiar informe", copied: "Informe copiado.", title: "Rights Matrix: comprobación de este Excel" },
  fr: { about: "À propos", run: "Vérifier cet Excel", copy: "Copier le rapport", copied: "Rapport copié.", title: "Rights Matrix : vérification de cet Excel" },
} as const;

async function runCheck(page: Page, language: keyof typeof WORDING): Promise<void> {
  const words = WORDING[language];
  await page.locator("[data-mode=excel]").waitFor();
  await page.getByRole("tab", { name: words.about }).click();
  await page.getByRole("button", { name: words.run }).click();
  await page.getByRole("button", { name: words.copy }).waitFor({ timeout: 120_000 });
}

test("the About page checks the Excel it runs in, through Office.js, and reports in words and as text", async () => {
  const excel = await structuredWorkbook(["1.9", "1.10", "1.11", "1.12", "1.13", "1.14"]);
  const sheetsBefore = excel.sheets.map((sheet) => sheet.name);
  const opened: { page?: Page } = {};
  const session = await openTaskPane(browser, server.url, {
    officeScript: officeJsForBrowser(excel, "en-US"),
    beforeOpen: (context) => bridgeToHost(context, excel, () => opened.page),
    viewport: { width: 350, height: 900 },
  });
  const page = (opened.page = session.page);
  try {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const syncsBefore = excel.syncs.length;
    await runCheck(page, "en");
    // The probes went through the page's Office.js to the host: dozens of requests, the large ones included.
    expect(excel.syncs.length - syncsBefore).toBeGreaterThan(20);
    expect(Math.max(...excel.syncs.map((sync) => sync.requestUtf16Bytes))).toBeGreaterThan(4_400_000);

    const report = page.getByTestId("self-check");
    const missing: string[] = [];
    for (const sentence of [
      "Host Excel, platform OfficeOnline, version 16.0 (Office.js test host).",
      "ExcelApi requirement sets supported: 1.9, 1.10, 1.11, 1.12, 1.13, 1.14; not supported: 1.15, 1.16, 1.17.",
      "“=1+1” came back unchanged in text-formatted and in General cells.",
      "“'quoted” came back unchanged in text-formatted and in General cells.",
      "A text of 32,767 characters came back unchanged in a text-formatted cell.",
      "Largest request accepted: 4.5 MB as UTF-16 (2.3 MB as UTF-8).",
      "the 5 MB limit counts UTF-16, as the add-in assumes.",
      "Table.resize works: new rows join a table in place.",
      "Dropdowns with an OFFSET source work: a listed value is valid, another one is not.",
      "Excel raises change events for the add-in's own writes and marks them as its own: live validation skips them.",
      "The temporary sheet was removed; nothing is left in the workbook.",
    ]) {
      if ((await report.getByText(sentence, { exact: false }).count()) === 0) missing.push(sentence);
    }
    expect({ missing, shown: missing.length > 0 ? await report.innerText() : "" }).toEqual({ missing: [], shown: "" });
    await expect(report.locator("[data-tone=attention]").count()).resolves.toBe(0);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);

    await page.getByRole("button", { name: "Copy report" }).click();
    await page.getByText("Report copied.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")[0]).toBe("Rights Matrix: Check this Excel");
    expect(copied).toContain("[OK] Table.resize works: new rows join a table in place.");
    expect(copied).toContain("[i] Excel refused a text of 32,767 characters with the apostrophe before it in a General cell");
    expect(copied).toContain("    → The add-in's columns for long text are text-formatted");
    await page.screenshot({ path: path.join(SCREENSHOTS, "about-self-check-en.png"), fullPage: true });
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.context.close();
  }
});

test("on an older Excel (ExcelApi 1.9, UTF-8 counting) the report says what the add-in does instead, in Spanish and French", async () => {
  for (const language of ["es", "fr"] as const) {
    const excel = await structuredWorkbook(["1.9"]);
    excel.limitCounts = "utf8";
    const opened: { page?: Page } = {};
    const session = await openTaskPane(browser, server.url, {
      locale: `${language}-ES`,
      officeScript: officeJsForBrowser(excel, language === "es" ? "es-ES" : "fr-FR"),
      beforeOpen: (context) => bridgeToHost(context, excel, () => opened.page),
      viewport: { width: 350, height: 900 },
    });
    const page = (opened.page = session.page);
    try {
      await runCheck(page, language);
      const report = page.getByTestId("self-check");
      const expected =
        language === "es"
          ? ["Table.resize no está disponible (requiere ExcelApi 1.13).", "Al añadir filas, el complemento convierte la tabla en un rango", "este Excel cuenta el límite en UTF-8", "El complemento escribe la matriz sin grupos contraíbles"]
          : ["Table.resize n'est pas disponible (demande ExcelApi 1.13).", "Quand des lignes sont ajoutées, le complément convertit la table en plage", "cet Excel compte la limite en UTF-8", "Le complément écrit la matrice sans groupes réductibles"];
      const missing: string[] = [];
      for (const sentence of expected) if ((await report.getByText(sentence, { exact: false }).count()) === 0) missing.push(sentence);
      expect(missing).toEqual([]);
      expect(excel.sheets.some((sheet) => sheet.name.startsWith("rm-staging"))).toBe(false);
      await page.screenshot({ path: path.join(SCREENSHOTS, `about-self-check-${language}.png`), fullPage: true });
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.context.close();
    }
  }
});
