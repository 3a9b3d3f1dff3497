/**
 * A first-time user in a 350-pixel task pane (issue 14): every page in English, Spanish and
 * French with the demo workbook open, nothing scrolling sideways, no English left in Spanish or
 * French, a screenshot of each; and each case the issue found, as a test.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, ROOT, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";
import { MESSAGE_KEYS, translate, type MessageKey } from "../../src/model/i18n/messages";
import { DASHBOARD_SHEET, MATRIX_SHEET } from "../../src/model/tables";
import type { Language } from "../../src/model/vocabularies";
import { buildFullDemoWorkbook } from "../support/full-demo-workbook";
import { buildTaskPaneExportWorkbook } from "../support/taskpane-export-workbook";

const RESULTS = path.join(ROOT, "test-results", "narrow-pane");
const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const DEMO = path.join(RESULTS, "rights-matrix-demo.xlsx");
const FOCAL_POINTS = path.join(RESULTS, "focal-points.xlsx");
const SLOVENIA_2025 = path.join(ROOT, "samples", "slovenia", "upr48-slovenia-thematic-list-of-recommendatio.docx");
const BAD_ROWS = path.join(ROOT, "test", "fixtures", "import", "mapped", "bad-rows.csv");
const PANE = { width: 350, height: 900 };
const PAGES = ["import", "suggestions", "validate", "matrix", "export", "institution", "about"] as const;
const LOCALES: Record<Language, string> = { en: "en-US", es: "es-ES", fr: "fr-FR" };

/**
 * Words of the product, of codes and of names that are the same in every language. Anything else
 * English on a Spanish or French page is a leftover.
 */
const PROPER_NOUNS = new Set(["rights", "matrix", "excel", "libreoffice", "office", "word", "impact", "smart", "uhri", "info", "ohchr", "xlsx", "docx"]);

let server: StaticServer;
let browser: Browser;
let workbookWords: Set<string>;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  ensureWebBuild();
  await buildFullDemoWorkbook(DEMO);
  await buildTaskPaneExportWorkbook(FOCAL_POINTS);
  workbookWords = await wordsOfWorkbook(DEMO);
  server = await serveDist();
  browser = await launchChromium();
  // The build, then the demo's six CLI steps on a busy shared machine.
}, BUILD_TIMEOUT_MS + 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Words, leaving out placeholders and codes such as ACT-LEAD-UNKNOWN or UPR4-SVN-108.45 (the same in every language). */
const wordsOf = (text: string): string[] =>
  text
    .replace(/\{\w+\}/g, " ")
    .replace(/\b[A-Z0-9]+(?:[-/.][A-Z0-9]+)+\b/g, " ")
    // A text shortened for a list ("…in any form…") ends in a piece of a word.
    .replace(/\p{L}+…/gu, " ")
    .match(/\p{L}+/gu) ?? [];

/** Every word a cell of the workbook holds: text from the workbook is the user's, in whatever language it is. */
async function wordsOfWorkbook(file: string): Promise<Set<string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const words = new Set<string>(wordsOf(path.basename(file)).map((word) => word.toLowerCase()));
  workbook.eachSheet((sheet) => {
    wordsOf(sheet.name).forEach((word) => words.add(word.toLowerCase()));
    sheet.eachRow((row) => row.eachCell((cell) => wordsOf(cell.text ?? "").forEach((word) => words.add(word.toLowerCase()))));
  });
  return words;
}

/** English words of the catalogue that no Spanish or French message uses. */
function englishOnlyWords(): Set<string> {
  const foreign = new Set<string>();
  for (const key of MESSAGE_KEYS) for (const language of ["es", "fr"] as const) wordsOf(translate(language, key)).forEach((word) => foreign.add(word.toLowerCase()));
  const english = new Set<string>();
  for (const key of MESSAGE_KEYS) {
    for (const word of wordsOf(translate("en", key))) {
      const lower = word.toLowerCase();
      if (lower.length >= 4 && /^[a-z]+$/.test(lower) && !foreign.has(lower)) english.add(lower);
    }
  }
  return english;
}

async function openPane(language: Language): Promise<TaskPaneSession> {
  const session = await openTaskPane(browser, server.url, { locale: LOCALES[language], viewport: PANE });
  await session.page.locator("[data-mode=standalone]").waitFor();
  return session;
}

async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.locator('input[type=file][accept^=".xlsx"]').setInputFiles(file);
  await page.getByText(path.basename(file), { exact: false }).first().waitFor();
  await settle(page);
}

/** Waits until no task runs (no progress bar) and lazily loaded parts have arrived. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.waitForFunction(() => !document.querySelector("[role=progressbar]"), undefined, { timeout: 60_000 });
}

async function goTo(page: Page, id: (typeof PAGES)[number]): Promise<void> {
  await page.locator(`#tab-${id}`).click();
  await settle(page);
}

/** What scrolls sideways: the page's width against the pane's, and the elements that stick out. */
async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const offenders = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? "").slice(0, 60)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders };
  });
}

/** Runs the page's main action where it shows more (checking, generating, choosing an institution). */
async function exercise(page: Page, id: (typeof PAGES)[number], language: Language): Promise<void> {
  const t = (key: MessageKey) => translate(language, key);
  if (id === "validate") {
    await page.getByRole("button", { name: t("taskpane.validate.run") }).click();
    await page.getByText(t("taskpane.validate.findings")).first().waitFor().catch(() => undefined);
  } else if (id === "matrix") {
    await page.getByRole("button", { name: t("taskpane.matrix.generate") }).click();
    // The demo workbook is English: its sheets keep their English names whatever the pane's language.
    await page.getByText(translate(language, "taskpane.matrix.done", { matrix: MATRIX_SHEET, dashboard: DASHBOARD_SHEET })).waitFor({ timeout: 60_000 });
  } else if (id === "institution") {
    await page.getByRole("combobox", { name: t("taskpane.institution.choose"), exact: true }).selectOption({ index: 1 });
  }
  await settle(page);
}

const ENGLISH_ONLY = englishOnlyWords();

describe.each(["en", "es", "fr"] as const)("every page at 350 x 900 in %s with the demo workbook open", (language) => {
  test(
    "nothing scrolls sideways, the tabs stay on one row, no English interface word outside the workbook's own text, a screenshot of each page",
    async () => {
      const session = await openPane(language);
      const { page } = session;
      try {
        await page.screenshot({ path: path.join(SCREENSHOTS, `narrow-${language}-start.png`), fullPage: true });
        await openWorkbook(page, DEMO);
        const leftovers = new Map<string, Set<string>>();
        for (const id of PAGES) {
          await goTo(page, id);
          await exercise(page, id, language);
          const overflow = await sidewaysOverflow(page);
          expect({ page: id, ...overflow }).toEqual({ page: id, scrollWidth: overflow.clientWidth, clientWidth: overflow.clientWidth, offenders: [] });
          // The tabs form one row.
          const tops = await page.getByRole("tab").evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
          expect(new Set(tops).size).toBe(1);
          await page.screenshot({ path: path.join(SCREENSHOTS, `narrow-${language}-${id}.png`), fullPage: true });
          if (language !== "en") {
            const text = await page.locator("body").innerText();
            const english = wordsOf(text)
              .map((word) => word.toLowerCase())
              .filter((word) => ENGLISH_ONLY.has(word) && !workbookWords.has(word) && !PROPER_NOUNS.has(word));
            if (english.length > 0) leftovers.set(id, new Set(english));
          }
        }
        expect(Object.fromEntries([...leftovers].map(([id, words]) => [id, [...words].sort()]))).toEqual({});
        expect(session.pageErrors).toEqual([]);
        expect(session.foreignRequests).toEqual([]);
      } finally {
        await session.context.close();
      }
    },
    240_000,
  );
});

/** The vertical distance between two elements' boxes (0 when they overlap). */
async function gap(a: Locator, b: Locator): Promise<number> {
  const [first, second] = [await a.boundingBox(), await b.boundingBox()];
  if (!first || !second) throw new Error("not on screen");
  if (first.y > second.y + second.height) return first.y - (second.y + second.height);
  if (second.y > first.y + first.height) return second.y - (first.y + first.height);
  return 0;
}

async function expectInView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  // Wholly in view, not only its first line.
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PANE.height);
}

const focusedInside = (locator: Locator) => locator.evaluate((element) => element.contains(document.activeElement));

test("1. a refused Publish or Reject says why next to the button, in view and focused; the Word export's progress shows next to its button", async () => {
  const session = await openPane("en");
  const { page } = session;
  try {
    await openWorkbook(page, FOCAL_POINTS);
    await goTo(page, "institution");
    await page.getByRole("textbox", { name: "Your name" }).fill("Ana Novak");
    await page.getByRole("combobox", { name: "Institution", exact: true }).selectOption("Ministry of Justice");
    await settle(page);
    await page.getByRole("combobox", { name: "Report to review" }).selectOption({ index: 1 });
    for (const button of ["Reject", "Publish"]) {
      const action = page.getByRole("button", { name: button, exact: true });
      await action.click();
      const refusal = page.locator('[data-task-status="institution.review"] .fui-MessageBar');
      await refusal.waitFor();
      await page.waitForTimeout(500); // the message bar's entrance
      await expectInView(page, refusal);
      expect(await gap(refusal, action)).toBeLessThan(80);
      await expect(focusedInside(refusal)).resolves.toBe(true);
      await expect(refusal.innerText()).resolves.not.toMatch(/--[a-z]/);
      await page.screenshot({ path: path.join(SCREENSHOTS, `narrow-refused-${button.toLowerCase()}.png`) });
      await refusal.getByRole("button", { name: "Dismiss" }).click();
    }
    // Only one place says it: the top of the pane stays quiet.
    await expect(page.locator('[data-task-status="top"] .fui-MessageBar').count()).resolves.toBe(0);

    await goTo(page, "export");
    const exportButton = page.getByRole("button", { name: "Export and download" });
    const progress = page.locator('[data-task-status="export"] [role=progressbar]');
    await Promise.all([progress.waitFor({ timeout: 30_000 }), page.waitForEvent("download"), exportButton.click()]);
    expect(await gap(page.locator('[data-task-status="export"]'), exportButton)).toBeLessThan(80);
  } finally {
    await session.context.close();
  }
}, 180_000);

test("1, 9. files chosen are listed at once with what they hold; a refused import says so next to the Import button", async () => {
  const session = await openPane("en");
  const { page } = session;
  try {
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await settle(page);
    await page.getByLabel("Files to import").setInputFiles(SLOVENIA_2025);
    const heading = page.getByRole("heading", { name: "To import" });
    await heading.waitFor();
    await settle(page);
    await expectInView(page, heading);
    await expect(focusedInside(heading)).resolves.toBe(true);
    await page.getByText("Files and texts: 1 · recommendations found: 254").waitFor();
    await page.getByText("Recommendations found: 254.").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "narrow-import-chosen.png") });

    await page.getByRole("button", { name: `Remove ${path.basename(SLOVENIA_2025)}` }).click();
    await page.getByLabel("Files to import").setInputFiles(BAD_ROWS);
    await page.getByText("Preview: bad-rows.csv").waitFor();
    await settle(page);
    const run = page.getByRole("button", { name: "Import into the workbook" });
    await run.click();
    const refusal = page.locator('[data-task-status="import.run"] .fui-MessageBar');
    await refusal.waitFor();
    await page.waitForTimeout(500); // the message bar's entrance
    await expectInView(page, refusal);
    expect(await gap(refusal, run)).toBeLessThan(120);
    await expect(refusal.innerText()).resolves.not.toMatch(/--[a-z]/);
  } finally {
    await session.context.close();
  }
}, 180_000);

test("6, 8. the first screen: a short header, numbered steps, one main button, no Office.js or CDN line; Download is not the main button", async () => {
  const session = await openPane("en");
  const { page } = session;
  try {
    const primaries = () =>
      page.locator("button:visible").evaluateAll((buttons) => {
        const brand = buttons.filter((button) => getComputedStyle(button).backgroundColor === "rgb(15, 108, 189)" && !(button as HTMLButtonElement).disabled);
        return brand.map((button) => button.textContent);
      });
    // Which button is the main one follows the workbook's status, read after the page appears: give it time, then assert.
    const primariesSettle = async (expected: string[]) => {
      for (let tries = 0; tries < 60 && JSON.stringify(await primaries()) !== JSON.stringify(expected); tries++) await page.waitForTimeout(250);
      return primaries();
    };
    await expect(primaries()).resolves.toEqual(["Open a workbook…"]);
    await expect(page.getByText("appsforoffice", { exact: false }).count()).resolves.toBe(0);
    await expect(page.getByText("Office.js", { exact: false }).count()).resolves.toBe(0);
    const header = await page.locator("header").boundingBox();
    expect(header!.height).toBeLessThan(PANE.height * 0.12);
    await expect(page.getByRole("listitem").allTextContents()).resolves.toEqual(
      (["open", "import", "review", "check", "generate", "export"] as const).map((step) => translate("en", `taskpane.steps.${step}`)),
    );

    await page.getByRole("button", { name: "New workbook" }).click();
    await settle(page);
    // The Import page is loaded lazily: on a slow machine it arrives after the progress bar has gone.
    await page.getByRole("button", { name: "Choose files…" }).waitFor();
    // An empty workbook's one main step is choosing the files to import; Download is there, but not the main button.
    await expect(primariesSettle(["Choose files…"])).resolves.toEqual(["Choose files…"]);
    await page.getByRole("button", { name: "Download workbook" }).waitFor();
    // Each step ends with the way to the next.
    for (const [from, next] of [["import", "2 · Suggestions"], ["suggestions", "3 · Validate"], ["validate", "4 · Matrix"], ["matrix", "5 · Export"]] as const) {
      await goTo(page, from);
      await page.getByRole("button", { name: `Next: ${next}` }).click();
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H2");
    }
    for (const id of PAGES) {
      await goTo(page, id);
      await expect(page.locator("body").innerText()).resolves.not.toMatch(/--[a-z]|Orphaned/);
    }
  } finally {
    await session.context.close();
  }
}, 180_000);

test("10, 11. without Excel: an institution added in a form, what to do without actions, how to fix a finding, the generated matrix shown, a filtered matrix named, built in a worker", async () => {
  const session = await openPane("en");
  const { page } = session;
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  try {
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await settle(page);
    await page.getByLabel("Files to import").setInputFiles(SLOVENIA_2025);
    await page.getByText("Recommendations found: 254.").waitFor();
    await settle(page);
    await page.getByRole("button", { name: "Import into the workbook" }).click();
    await page.getByText("Imported. The Recommendations table now holds 254 recommendations.").waitFor();

    await goTo(page, "validate");
    await page.getByRole("button", { name: "Check the workbook" }).click();
    await page.getByText(translate("en", "taskpane.validate.noActionsStandalone")).waitFor();

    await goTo(page, "institution");
    await page.getByText(translate("en", "taskpane.institution.noneYet")).waitFor();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Ombudsman of Slovenia");
    await page.getByRole("textbox", { name: "Acronym" }).fill("OMB");
    await page.getByRole("button", { name: "Add the institution" }).click();
    await page.getByText("Ombudsman of Slovenia is in the Institutions table and chosen below.").waitFor();
    await expect(page.getByRole("combobox", { name: "Institution", exact: true }).inputValue()).resolves.toBe("Ombudsman of Slovenia");

    await goTo(page, "matrix");
    await page.getByRole("combobox", { name: "Mechanism" }).selectOption("UPR");
    await page.getByRole("button", { name: "Generate the matrix" }).click();
    await page.getByText("The Monitoring Matrix and Dashboard sheets are up to date.").waitFor({ timeout: 60_000 });
    await page.getByText("Filtered matrix: only the recommendations with Mechanism: UPR.", { exact: false }).waitFor();
    expect(workers.some((url) => /matrix-worker/.test(url))).toBe(true);
    await page.getByRole("heading", { name: "The matrix as written" }).waitFor();
    const firstRow = page.locator("details").first();
    await firstRow.locator("summary").click();
    await expect(firstRow.innerText()).resolves.toMatch(/UPR4-SVN-/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "narrow-matrix-view.png"), fullPage: true });
    const overflow = await sidewaysOverflow(page);
    expect(overflow.offenders).toEqual([]);
  } finally {
    await session.context.close();
  }
}, 240_000);

test("10. a finding in the standalone page says how to correct it", async () => {
  const session = await openPane("en");
  const { page } = session;
  try {
    await openWorkbook(page, DEMO);
    await goTo(page, "validate");
    await page.getByRole("button", { name: "Check the workbook" }).click();
    const finding = page.locator("button[data-code]").first();
    await finding.waitFor();
    await finding.click();
    const cell = await finding.getAttribute("data-cell");
    await page.getByText(translate("en", "taskpane.validate.howToFix", { cell: cell ?? "" })).waitFor();
    // The rule's code comes last, after what is wrong and where.
    await expect(finding.innerText()).resolves.toMatch(/Cell: \S+ \(rule [A-Z-]+\)$/);
  } finally {
    await session.context.close();
  }
}, 180_000);
