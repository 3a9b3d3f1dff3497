import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { importRecommendations } from "../../src/app/import-recommendations";
import { previewImport } from "../../src/app/preview-import";
import { cellText } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";
import { withStandaloneSession } from "../support/standalone-session";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const SLOVENIA_2025 = path.join(ROOT, "samples", "slovenia", "upr48-slovenia-thematic-list-of-recommendatio.docx");
const SPANISH_CO = path.join(ROOT, "test", "fixtures", "import", "treaty-body", "crc-pry-co-4-6-es.txt");
const HOSTILE = "<img src=x onerror=alert(1)>";

let server: StaticServer;
let browser: Browser;

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

const withSession = (run: (session: TaskPaneSession) => Promise<void>, options: { locale?: string } = {}) =>
  withStandaloneSession(browser, server.url, run, options);

/** What the pane must show, computed by the same use cases in Node on a fresh workbook. */
async function expectedImport(sources: { name: string; bytes?: Uint8Array; text?: string }[]) {
  const workbook = XlsxWorkbook.empty("expected.xlsx");
  return importRecommendations(workbook, sources);
}

const docxSource = () => ({ name: path.basename(SLOVENIA_2025), bytes: new Uint8Array(readFileSync(SLOVENIA_2025)) });

async function previewTexts(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole("table", { name: `Preview: ${name}` });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "")));
}

test("standalone: a new workbook, the real Slovenia 2025 thematic list through the file input, then the same file again", async () => {
  const expectedPreview = await previewImport(docxSource());
  await withSession(async ({ page }) => {
    // No workbook yet: the Import page offers to start one.
    await page.getByText("Import needs a workbook.", { exact: false }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "import-no-workbook.png"), fullPage: true });
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await page.getByText("Workbook: monitoring-workbook.xlsx").waitFor();

    await page.getByLabel("Files to import").setInputFiles(SLOVENIA_2025);
    const name = path.basename(SLOVENIA_2025);
    await page.getByText(`Preview: ${name}`).waitFor();
    await page.getByText("Detected format: OHCHR thematic list (.docx)").waitFor();
    const shown = await previewTexts(page, name);
    expect(shown).toEqual(expectedPreview.rows.map((row) => [cellText(row.id), cellText(row.text)]));
    expect(shown).toHaveLength(10);
    expect(shown[0][0]).toMatch(/^UPR4-SVN-/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "import-preview.png"), fullPage: true });

    await page.getByRole("button", { name: "Import into the workbook" }).click();
    await page.getByText("Imported. The Recommendations table now holds 254 recommendations.").waitFor();
    await expect(page.getByText("Added: 254", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText("Unchanged: 0", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText("Skipped: 0", { exact: true }).count()).resolves.toBe(1);
    // The structure above follows: the table was created in the same write.
    await page.getByText("6 of 6 tables present.").waitFor();
    await page.getByText("Present, rows: 254").waitFor();
    await page.getByText("Changes are kept in this page only until you download the workbook.").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "import-summary.png"), fullPage: true });

    await page.getByRole("button", { name: "Import into the workbook" }).click();
    await page.getByText("Nothing new: the workbook already holds every recommendation of these sources (254 in the table). Nothing was written.").waitFor();
    await expect(page.getByText("Added: 0", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText("Unchanged: 254", { exact: true }).count()).resolves.toBe(1);

    // Pasted concluding observations in Spanish, on their own.
    const spanish = readFileSync(SPANISH_CO, "utf8");
    const expected = await expectedImport([{ name: "Pasted text 1", text: spanish }]);
    expect(expected.files[0].added.length).toBeGreaterThanOrEqual(2);
    await page.getByRole("button", { name: `Remove ${name}` }).click();
    await page.getByLabel("Or paste text").fill(spanish);
    await page.getByRole("button", { name: "Add the pasted text" }).click();
    await page.getByText("Preview: Pasted text 1").waitFor();
    await page.getByText("Detected format: Concluding observations (text)").waitFor();
    const pastedRows = await previewTexts(page, "Pasted text 1");
    expect(pastedRows[0][0]).toMatch(/^CRC-PRY-/);
    expect(pastedRows.map((row) => row[0])).toEqual(expected.files[0].added.slice(0, pastedRows.length));
    await page.getByRole("button", { name: "Import into the workbook" }).click();
    const total = 254 + expected.files[0].added.length;
    await page.getByText(`Imported. The Recommendations table now holds ${total} recommendations.`).waitFor();
    await expect(page.getByText(`Added: ${expected.files[0].added.length}`, { exact: true }).count()).resolves.toBe(1);
    await page.getByText(`Present, rows: ${total}`).waitFor();
  });
});

test("keyboard only: start a workbook, choose the file, skip invalid rows, import", async () => {
  await withSession(async ({ page }) => {
    // Listening from the start: Playwright intercepts file choosers only once a listener is set,
    // and setting one up races a key press made at the same moment.
    page.on("filechooser", () => undefined);
    const start = await tabTo(page, "Start with an empty workbook");
    expect(start.focusVisible).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByText("Workbook: monitoring-workbook.xlsx").waitFor();
    // The structure panel reads the new workbook first; controls are disabled while a task runs.
    await page.getByText("0 of 6 tables present.").waitFor();
    await page.getByRole("progressbar").waitFor({ state: "detached" });

    const choose = await tabTo(page, "Choose files…");
    expect(choose.role).toBe("button");
    expect(choose.focusVisible).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(SLOVENIA_2025);
    await page.getByText("Detected format: OHCHR thematic list (.docx)").waitFor();

    const skip = await tabTo(page, "Skip invalid rows (they are listed) instead of refusing the whole import");
    expect(skip.focusVisible).toBe(true);
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: "Skip invalid rows", exact: false }).isChecked()).resolves.toBe(true);

    const run = await tabTo(page, "Import into the workbook");
    expect(run.focusVisible).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "import-keyboard-focus.png"), fullPage: true });
    await page.keyboard.press("Enter");
    await page.getByText("Added: 254", { exact: true }).waitFor();
    // Focus moves to the result, so the next Tab continues from there.
    await expect(focused(page).then((current) => current.text)).resolves.toBe("Result");
  });
});

test("a hostile recommendation text in a CSV is shown as text; the mapping can be changed per column", async () => {
  const csv = Buffer.from(`Recommendation,Mechanism,Country\n"${HOSTILE}",CRC,Paraguay\nRatify the Optional Protocol,CRC,Paraguay\n`, "utf8");
  const file = { name: "hostile.csv", mimeType: "text/csv", buffer: csv };
  const guessed = await previewImport({ name: file.name, bytes: new Uint8Array(csv) });
  expect(guessed.mapping).toEqual({ Recommendation: "text", Mechanism: "mechanism", Country: "country" });
  const withoutCountry = await previewImport({ name: file.name, bytes: new Uint8Array(csv), mapping: { Recommendation: "text", Mechanism: "mechanism" } });
  expect(withoutCountry.rows[0].id).not.toBe(guessed.rows[0].id);
  // The country option fills in what the (now unmapped) column no longer says.
  const withCountryOption = await previewImport({ name: file.name, bytes: new Uint8Array(csv), mapping: { Recommendation: "text", Mechanism: "mechanism" } }, { country: "PRY" });
  expect(withCountryOption.rows[0].id).toBe(guessed.rows[0].id);

  await withSession(async ({ page }) => {
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await page.getByLabel("Files to import").setInputFiles(file);
    await page.getByText("Detected format: Other table, read through a column mapping").waitFor();
    await page.getByText("Encoding: utf-8", { exact: false }).waitFor();
    await expect(page.getByText(HOSTILE, { exact: true }).count()).resolves.toBe(1);
    await expect(page.locator("img[src=x]").count()).resolves.toBe(0);
    expect((await previewTexts(page, file.name)).map((row) => row[0])).toEqual(guessed.rows.map((row) => cellText(row.id)));

    const country = page.getByLabel('Column "Country"');
    await expect(country.inputValue()).resolves.toBe("country");
    await country.selectOption({ label: "Not imported" });
    await page.getByRole("cell", { name: cellText(withoutCountry.rows[0].id) }).waitFor();
    expect((await previewTexts(page, file.name)).map((row) => row[0])).toEqual(withoutCountry.rows.map((row) => cellText(row.id)));

    // A country the page does not know is flagged at the field, and stops the import until corrected.
    const countryField = page.getByLabel("Country under review");
    await countryField.fill("Atlantis");
    await countryField.press("Enter");
    await page.getByText('"Atlantis" is not a country Rights Matrix knows.', { exact: false }).waitFor();
    await expect(page.getByRole("button", { name: "Import into the workbook" }).isDisabled()).resolves.toBe(true);
    await countryField.fill("Paraguay");
    await countryField.press("Enter");
    await page.getByText("Country: PRY", { exact: true }).waitFor();
    await page.getByRole("cell", { name: cellText(withoutCountry.rows[0].id) }).waitFor({ state: "detached" });

    // Without a text column nothing can be imported, and the page says why.
    await page.getByLabel('Column "Recommendation"').selectOption({ label: "Not imported" });
    await page.getByText("No column is mapped to Recommendation text: choose the column that holds it.", { exact: false }).waitFor();
    await expect(page.getByRole("button", { name: "Import into the workbook" }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Column "Recommendation"').selectOption({ label: "Recommendation text" });
    await page.getByRole("cell", { name: cellText(withCountryOption.rows[0].id) }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "import-mapping.png"), fullPage: true });

    await page.getByRole("button", { name: "Import into the workbook" }).click();
    await page.getByText("Added: 2", { exact: true }).waitFor();
    await expect(page.getByText(HOSTILE, { exact: true }).count()).resolves.toBe(1);
  });
});

test("rows that cannot be read: refused with file, row and column, then skipped and listed on request", async () => {
  const badRows = path.join(ROOT, "test", "fixtures", "import", "mapped", "bad-rows.csv");
  const workbook = XlsxWorkbook.empty("expected.xlsx");
  const expected = await importRecommendations(workbook, [{ name: "bad-rows.csv", bytes: new Uint8Array(readFileSync(badRows)) }], { skipInvalid: true });
  const skipped = expected.files[0].skipped;
  expect(skipped.length).toBeGreaterThan(0);

  await withSession(async ({ page }) => {
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await dropFile(page, "bad-rows.csv", readFileSync(badRows));
    await page.getByText("Preview: bad-rows.csv").waitFor();
    await page.getByRole("button", { name: "Import into the workbook" }).click();
    const error = page.getByRole("group", { name: "That did not work" });
    await error.getByText(`Nothing was imported: ${skipped.length} row(s) cannot be read.`, { exact: false }).waitFor();
    await page.getByText("Nothing was imported. These rows cannot be read:").waitFor();
    const first = skipped[0].location;
    await expect(page.getByText(`bad-rows.csv, row ${first.row}, column "${first.column}":`, { exact: false }).count()).resolves.toBeGreaterThan(0);
    await page.getByText("0 of 6 tables present.").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "import-refused.png"), fullPage: true });

    await page.getByRole("checkbox", { name: "Skip invalid rows", exact: false }).check();
    await page.getByRole("button", { name: "Import into the workbook" }).click();
    await page.getByText(`Skipped: ${skipped.length}`, { exact: true }).waitFor();
    await page.getByText(`Added: ${expected.files[0].added.length}`, { exact: true }).waitFor();
    await page.getByText("Skipped rows:").waitFor();
  });
});

test("Cancel during a long import: nothing is written", async () => {
  // 200,000 recommendations take many seconds to read in the page: long enough to press Cancel, even on a fast machine.
  const lines = ["Recommendation,Mechanism,Country,Paragraph"];
  for (let n = 1; n <= 200_000; n++) lines.push(`Strengthen the national mechanism for implementation number ${n},UPR,Paraguay,${n}.1`);
  const file = { name: "large.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") };
  await withSession(async ({ page }) => {
    await page.getByRole("button", { name: "Start with an empty workbook" }).click();
    await page.getByText("0 of 6 tables present.").waitFor();
    await page.getByLabel("Files to import").setInputFiles(file);
    // The preview reads the whole file to say how many recommendations it holds: 200,000 rows take a while.
    await page.getByText("Preview: large.csv").waitFor({ timeout: 180_000 });
    await page.getByRole("button", { name: "Import into the workbook" }).click();
    await page.getByText("Importing large.csv (1 of 1)…", { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Cancelled. Nothing was written to the workbook.").waitFor();
    await expect(page.getByText("Result", { exact: true }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Check again" }).click();
    await page.getByText("0 of 6 tables present.").waitFor();
    await page.getByText("No changes since you opened or last downloaded it.").waitFor();
  });
}, 300_000);

test("Spanish: the Import page speaks the browser's language", async () => {
  await withSession(
    async ({ page }) => {
      await page.getByRole("heading", { name: "Importar recomendaciones" }).waitFor();
      await page.getByRole("button", { name: "Empezar con un libro vacío" }).click();
      await page.getByRole("button", { name: "Elegir archivos…" }).waitFor();
      await page.getByText("Opciones", { exact: true }).waitFor();
      await page.getByLabel("Archivos que importar").setInputFiles(SLOVENIA_2025);
      await page.getByText("Formato detectado: Lista temática del ACNUDH (.docx)").waitFor();
      await page.getByRole("button", { name: "Importar en el libro" }).click();
      await page.getByText("Añadidas: 254", { exact: true }).waitFor();

      // Cells copied from a spreadsheet, Spanish headers: a table, with the mapping guessed from them.
      await page.getByLabel("O pegue texto").fill("Recomendación\tMecanismo\tPaís\nRatificar el Protocolo Facultativo\tCRC\tParaguay\nAdoptar una ley integral\tCRC\tParaguay\n");
      await page.getByRole("button", { name: "Añadir el texto pegado" }).click();
      await page.getByText("Vista previa: Texto pegado 1").waitFor();
      await page.getByText("Formato detectado: Otra tabla, leída según la correspondencia de columnas").waitFor();
      await expect(page.getByLabel("Columna «País»").inputValue()).resolves.toBe("country");
      await expect(page.getByLabel("Columna «Recomendación»").locator("option:checked").textContent()).resolves.toBe("Texto de la recomendación");
      await page.getByRole("button", { name: "Importar en el libro" }).click();
      await page.getByText("Añadidas: 2", { exact: true }).waitFor();
      await expect(page.getByText("Sin cambios: 254", { exact: true }).count()).resolves.toBe(1);
      await page.screenshot({ path: path.join(SCREENSHOTS, "import-es.png"), fullPage: true });
    },
    { locale: "es-ES" },
  );
});

/** Drops a file on the Import page's drop zone, as a drag from the desktop would. */
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
  // The zone's text changes while a file is dragged over it: hold on to the element itself.
  const zone = await page.locator("div", { has: page.getByText("Or drop files here.") }).last().elementHandle();
  if (!zone) throw new Error("no drop zone");
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await page.getByText("Drop the files to add them.").waitFor();
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}

interface Focused {
  text: string;
  role: string | null;
  focusVisible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const label = element?.getAttribute("aria-label") ?? (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null);
    return {
      text: (label ?? element?.textContent ?? "").trim(),
      role: element?.getAttribute("role") ?? element?.tagName.toLowerCase() ?? null,
      focusVisible: Boolean(element?.hasAttribute("data-fui-focus-visible") || element?.closest("[data-fui-focus-within]") || element?.matches(":focus-visible")),
    };
  });
}

/** Presses Tab until the focused element's text is `text`; fails after `limit` presses. */
async function tabTo(page: Page, text: string, limit = 60): Promise<Focused> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press("Tab");
    const current = await focused(page);
    if (current.text === text) return current;
    seen.push(current.text);
  }
  throw new Error(`Tab never reached "${text}"; focus went through: ${seen.join(" | ")}`);
}
