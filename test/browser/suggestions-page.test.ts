import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { importRecommendations } from "../../src/app/import-recommendations";
import { initWorkbook } from "../../src/app/init-workbook";
import { splitMultiValue } from "../../src/model/cells";
import { translate } from "../../src/model/i18n/messages";
import { columnDef, tableDef } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { readWithLibreOffice } from "../support/libreoffice";
import { sloveniaDemoWorkbook } from "../support/demo-workbook";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer, type TaskPaneSession } from "../../scripts/taskpane-harness";

const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const OUTPUT = path.join(ROOT, "test-results", "suggestions-page");
const SAMPLES = path.join(ROOT, "samples", "slovenia");
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate("en", key, params);

let server: StaticServer;
let browser: Browser;
let workbookFile: string;
let imported: number;
let hostileFile: string;
let demoFile: string;
const HOSTILE = "<img src=x onerror=alert(1)> Ratify the Optional Protocol to the Convention against Torture";

/** A workbook made the way a user would: the tables created and the three Slovenia lists imported (632 recommendations). */
async function sloveniaWorkbook(): Promise<{ file: string; count: number }> {
  const workbook = XlsxWorkbook.empty("slovenia-2025.xlsx");
  await initWorkbook(workbook);
  const sources = readdirSync(SAMPLES)
    .filter((name) => name.endsWith(".docx"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, name))) }));
  const result = await importRecommendations(workbook, sources, { importedOn: new Date("2025-05-01") });
  const file = path.join(OUTPUT, "slovenia-2025.xlsx");
  writeFileSync(file, await workbook.toBytes());
  return { file, count: result.totalRows };
}

beforeAll(async () => {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(OUTPUT, { recursive: true });
  ({ file: workbookFile, count: imported } = await sloveniaWorkbook());
  const hostile = XlsxWorkbook.empty("hostile.xlsx");
  await initWorkbook(hostile);
  await hostile.apply({
    upserts: [
      {
        table: "Recommendations",
        rows: [
          { id: "UPR3-XYZ-1.1", text: HOSTILE },
          { id: "UPR3-XYZ-1.2", text: "Ratify OP-CAT" },
          { id: "UPR3-XYZ-1.3", text: "Improve access to quality education for Roma children" },
        ],
      },
    ],
  });
  hostileFile = path.join(OUTPUT, "hostile.xlsx");
  writeFileSync(hostileFile, await hostile.toBytes());
  demoFile = path.join(OUTPUT, "slovenia-demo.xlsx");
  writeFileSync(demoFile, await (await sloveniaDemoWorkbook()).toBytes());
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSloveniaWorkbook(): Promise<TaskPaneSession> {
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  await page.locator("[data-mode=standalone]").waitFor();
  await page.getByLabel(en("taskpane.start.fileInput")).setInputFiles(workbookFile);
  await page.getByText(en("taskpane.file.current", { name: "slovenia-2025.xlsx" })).waitFor();
  await page.getByRole("tab", { name: en("taskpane.nav.suggestions") }).click();
  return session;
}

async function download(page: Page, name: string): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: en("taskpane.download") }).click()]);
  const target = path.join(OUTPUT, name);
  await file.saveAs(target);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(target) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A table's rows as objects keyed by column key, read from the downloaded workbook. */
function tableRows(workbook: ExcelJS.Workbook, table: "Recommendations" | "Clusters"): Record<string, string>[] {
  const def = tableDef(table);
  const sheet = workbook.getWorksheet(def.sheet)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const record: Record<string, string> = {};
    for (const column of def.columns) {
      const index = headers.indexOf(column.header);
      const value = index < 0 ? null : row.getCell(index + 1).value;
      record[column.key] = value === null || value === undefined ? "" : String(value);
    }
    if (Object.values(record).some((value) => value !== "")) rows.push(record);
  }
  return rows;
}

/** Waits (up to 30 s) until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("Cancel stops a running analysis: the worker is terminated and nothing is written", async () => {
  const session = await openSloveniaWorkbook();
  const { page } = session;
  // Hold the worker's script back until Cancel is pressed, so Cancel lands while the analysis is
  // under way however fast or slow the machine is.
  let held = 0;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/suggest-worker\.[0-9a-f]+\.js$/, async (route) => {
    held++;
    await released;
    await route.continue().catch(() => undefined);
  });
  await page.getByRole("button", { name: en("taskpane.suggest.run"), exact: true }).click();
  // The analysis has reached the worker: its script is requested (and held).
  await until(() => held === 1, "the worker's script to be requested");
  await page.getByRole("progressbar").waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-running.png"), fullPage: true });
  await page.getByRole("button", { name: en("taskpane.task.cancel") }).click();
  release();
  // Cancel terminated the worker: no suggestion worker is left running (the workbook's own worker
  // stays, it holds the file), and it never posted a result.
  await until(() => page.workers().filter((worker) => /suggest-worker\.[0-9a-f]+\.js$/.test(worker.url())).length === 0, "the worker to be gone");
  expect(held).toBe(1);
  await page.getByText(en("taskpane.task.cancelled")).waitFor();
  await expect(page.getByRole("progressbar").count()).resolves.toBe(0);
  await expect(page.getByText(/^Clusters \(\d+\)$/).count()).resolves.toBe(0);
  await page.getByText(en("taskpane.file.saved")).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-cancelled.png"), fullPage: true });

  const workbook = await download(page, "cancelled.xlsx");
  expect(tableRows(workbook, "Clusters")).toEqual([]);
  const recommendations = tableRows(workbook, "Recommendations");
  expect(recommendations).toHaveLength(imported);
  expect(recommendations.filter((row) => row.cluster !== "" || row.overlapGroup !== "")).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
  await session.context.close();
});

test("suggest in a worker, rename, move, reject an overlap group and a theme, accept, download", async () => {
  const session = await openSloveniaWorkbook();
  const { page } = session;
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-start.png"), fullPage: true });
  const started = page.waitForEvent("worker");
  await page.getByRole("button", { name: en("taskpane.suggest.run"), exact: true }).click();
  const worker = await started;
  expect(worker.url()).toMatch(/\/suggest-worker\.[0-9a-f]+\.js$/);
  await page.getByRole("heading", { name: /^Clusters \(\d+\)$/ }).waitFor({ timeout: 60_000 });
  await page.getByText(new RegExp(`^${imported} recommendations: \\d+ clusters, \\d+ overlap groups\\.`)).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-review.png"), fullPage: true });

  // Clusters are collapsed: one disclosure button each, nothing of their content rendered yet.
  const clusterButtons = page.getByRole("button", { name: /^▸ C-\d{3} / });
  const headers = await clusterButtons.allTextContents();
  expect(headers.length).toBeGreaterThanOrEqual(5);
  const clusterIds = headers.map((header) => /C-\d{3}/.exec(header)![0]);
  await expect(page.getByLabel(/^Name of C-\d{3}$/).count()).resolves.toBe(0);

  // Rename the first cluster.
  const [first, second] = clusterIds;
  await clusterButtons.first().click();
  const name = page.getByLabel(en("taskpane.suggest.name", { id: first }));
  await name.fill("Justice and the rule of law (renamed)");
  await name.press("Enter");
  await page.getByRole("button", { name: new RegExp(`^▾ ${first} Justice and the rule of law \\(renamed\\) · \\d+ recommendations · Not decided$`) }).waitFor();

  // Move its first recommendation to the second cluster.
  const move = page.getByLabel(/^Move .+ to$/).first();
  const movedId = /^Move (.+) to$/.exec((await move.getAttribute("aria-label"))!)![1];
  await move.selectOption(second);
  await expect(page.getByLabel(`Move ${movedId} to`).count()).resolves.toBe(0);

  // Its neighbour's text, themes and SDG targets on demand; reject its first theme.
  const detailsOf = page.getByRole("button", { name: /^Details of / }).first();
  const detailedId = /^Details of (.+)$/.exec((await detailsOf.getAttribute("aria-label"))!)![1];
  await detailsOf.click();
  const rejectTheme = page.getByRole("button", { name: new RegExp(`^Reject .+ for ${detailedId.replace(/[.]/g, "\\.")}$`) }).first();
  const rejectedTheme = /^Reject (.+) for /.exec((await rejectTheme.getAttribute("aria-label"))!)![1];
  await rejectTheme.click();
  await page.getByText(new RegExp(`^${rejectedTheme.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · (strong|fair|weak) match · Rejected$`)).first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-cluster-open.png"), fullPage: true });

  // Reject the first overlap group.
  const rejectGroup = page.getByRole("button", { name: /^Reject overlap group OG-\d{3}$/ }).first();
  const rejectedGroup = /OG-\d{3}/.exec((await rejectGroup.getAttribute("aria-label"))!)![0];
  await rejectGroup.click();
  await page.getByText(new RegExp(`^${rejectedGroup} · .+ · \\d+ recommendations · Rejected$`)).waitFor();
  await expect(page.getByText(/ · (Direct: the same ask|Partial: one asks for more, or for part) · /).count()).resolves.toBeGreaterThan(0);

  // The review survives a visit to another page.
  await page.getByRole("tab", { name: en("taskpane.nav.about") }).click();
  await page.getByRole("tab", { name: en("taskpane.nav.suggestions") }).click();
  await page.getByRole("button", { name: new RegExp(`^▸ ${first} Justice and the rule of law \\(renamed\\) · `) }).waitFor();
  await page.getByText(new RegExp(`^${rejectedGroup} · .+ · Rejected$`)).waitFor();

  // Nothing accepted yet: writing is not offered; accept all, then write once.
  await expect(page.getByRole("button", { name: en("taskpane.suggest.write") }).isDisabled()).resolves.toBe(true);
  await page.getByRole("button", { name: en("taskpane.suggest.acceptAll") }).click();
  await page.getByText(/Accepted so far: \d+ clusters, \d+ overlap groups, \d+ themes, \d+ SDG targets\. Rejected: 2\./).waitFor();
  await page.getByText(en("taskpane.file.saved")).waitFor();
  await page.getByRole("button", { name: en("taskpane.suggest.write") }).click();
  await page.getByText(/^Written: \d+ clusters added; \d+ recommendations placed in a cluster/).waitFor();
  await page.getByText(en("taskpane.file.unsaved")).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-written.png"), fullPage: true });

  const workbook = await download(page, "suggestions-accepted.xlsx");
  const clusters = tableRows(workbook, "Clusters");
  expect(clusters.map((row) => row.clusterId).sort()).toEqual([...clusterIds].sort());
  expect(clusters.find((row) => row.clusterId === first)).toMatchObject({ name: "Justice and the rule of law (renamed)", confirmed: "Yes" });
  const recommendations = tableRows(workbook, "Recommendations");
  expect(recommendations).toHaveLength(imported);
  for (const row of recommendations) expect(clusterIds).toContain(row.cluster);
  expect(recommendations.find((row) => row.id === movedId)!.cluster).toBe(second);
  const overlapIds = new Set(recommendations.flatMap((row) => splitMultiValue(row.overlapGroup)));
  expect(overlapIds.size).toBeGreaterThan(0);
  expect(overlapIds.has(rejectedGroup)).toBe(false);
  const detailed = recommendations.find((row) => row.id === detailedId)!;
  expect(splitMultiValue(detailed.themes)).not.toContain(rejectedTheme);
  expect(recommendations.filter((row) => row.themes !== "").length).toBeGreaterThan(imported / 2);
  expect(recommendations.filter((row) => row.sdgTargets !== "").length).toBeGreaterThan(imported / 2);

  // A spreadsheet program we did not write reads the renamed cluster too.
  const libreOffice = readWithLibreOffice(path.join(OUTPUT, "suggestions-accepted.xlsx"));
  const clustersSheet = libreOffice[tableDef("Clusters").sheet];
  const nameColumn = clustersSheet[0].indexOf(columnDef("Clusters", "name").header);
  expect(clustersSheet.slice(1).map((row) => row[nameColumn])).toContain("Justice and the rule of law (renamed)");

  expect(session.pageErrors).toEqual([]);
  expect(session.dialogs).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
  await session.context.close();
});

test("a workbook without the tables: the MessageBar says where to go, and nothing is written", async () => {
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  await page.getByRole("button", { name: en("taskpane.start.new") }).click();
  await page.getByText(en("taskpane.file.current", { name: en("taskpane.file.newName") })).waitFor();
  await page.getByRole("tab", { name: en("taskpane.nav.suggestions") }).click();
  await page.getByRole("button", { name: en("taskpane.suggest.run"), exact: true }).click();
  await page.getByText(en("taskpane.suggest.noTable", { workbook: en("taskpane.file.newName") })).waitFor();
  await page.getByText(en("taskpane.file.saved")).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-no-table.png"), fullPage: true });
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
});

test("in Spanish: the page, the overlap kinds and the engine's reasons are in Spanish", async () => {
  const es = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate("es", key, params);
  const session = await openTaskPane(browser, server.url, { locale: "es-ES" });
  const { page } = session;
  await page.getByLabel(es("taskpane.start.fileInput")).setInputFiles(workbookFile);
  await page.getByText(es("taskpane.file.current", { name: "slovenia-2025.xlsx" })).waitFor();
  await page.getByRole("tab", { name: es("taskpane.nav.suggestions") }).click();
  await page.getByText(es("taskpane.suggest.intro")).waitFor();
  await page.getByRole("button", { name: es("taskpane.suggest.run"), exact: true }).click();
  await page.getByRole("heading", { name: /^Grupos temáticos \(\d+\)$/ }).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: /^▸ C-\d{3} .* recomendaciones · Sin decidir$/ }).first().click();
  // The cluster's reason comes from the engine in the worker, asked for in the interface language.
  await page.getByText(/^Motivo: \d+ (de \d+ )?recomendaciones/).first().waitFor();
  await page.getByText(/ · (Directa: la misma petición|Parcial: una pide más, o una parte) · \d+ recomendaciones · Sin decidir$/).first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-es.png"), fullPage: true });
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
});

test("keyboard only: suggest, open a cluster, accept it, with visible focus", async () => {
  const session = await openSloveniaWorkbook();
  const { page } = session;
  /** Presses Tab until the focused element's accessible label or text matches; fails after `limit` presses. */
  const tabTo = async (pattern: RegExp, limit = 40) => {
    const seen: string[] = [];
    for (let press = 0; press < limit; press++) {
      await page.keyboard.press("Tab");
      const current = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return {
          label: element?.getAttribute("aria-label") ?? element?.textContent?.trim() ?? "",
          visible: Boolean(element?.hasAttribute("data-fui-focus-visible") || element?.closest("[data-fui-focus-within]")),
        };
      });
      seen.push(current.label);
      if (pattern.test(current.label)) return current;
    }
    throw new Error(`Tab never reached ${pattern}; focus went through: ${seen.join(" | ")}`);
  };
  await expect(tabTo(/^Suggest$/)).resolves.toMatchObject({ visible: true });
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: /^Clusters \(\d+\)$/ }).waitFor({ timeout: 60_000 });
  const cluster = await tabTo(/^▸ C-\d{3} /);
  expect(cluster.visible).toBe(true);
  const name = /C-\d{3} (.+) · \d+ recommendations/.exec(cluster.label)![1];
  await page.keyboard.press("Enter");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).resolves.toBe("true");
  await tabTo(new RegExp(`^Accept cluster ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: new RegExp(`^▾ C-\\d{3} .+ · Accepted$`) }).waitFor();
  await expect(page.getByRole("button", { name: "Write accepted suggestions" }).isEnabled()).resolves.toBe(true);
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
});

test("a hostile recommendation text is shown as text, in the details and in its overlap group", async () => {
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  await page.getByLabel(en("taskpane.start.fileInput")).setInputFiles(hostileFile);
  await page.getByText(en("taskpane.file.current", { name: "hostile.xlsx" })).waitFor();
  await page.getByRole("tab", { name: en("taskpane.nav.suggestions") }).click();
  await page.getByRole("button", { name: en("taskpane.suggest.run"), exact: true }).click();
  await page.getByRole("heading", { name: /^Clusters \(\d+\)$/ }).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: /^▸ C-\d{3} / }).first().click();
  await page.getByRole("button", { name: "Details of UPR3-XYZ-1.1" }).click();
  await page.getByRole("button", { name: /^▸ Members \(OG-\d{3}\)$/ }).first().click();
  await expect(page.getByText(HOSTILE, { exact: true }).count()).resolves.toBe(2);
  await expect(page.locator("img").count()).resolves.toBe(0);
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
});

test("fewer clusters, split one, merge two, then write: the Clusters table and Cluster column follow", async () => {
  const session = await openSloveniaWorkbook();
  const { page } = session;
  const spin = page.getByRole("spinbutton", { name: en("taskpane.suggest.count") });
  await spin.fill("4");
  await spin.press("Enter");
  await page.getByRole("button", { name: en("taskpane.suggest.run"), exact: true }).click();
  await page.getByRole("heading", { name: "Clusters (4)" }).waitFor({ timeout: 60_000 });
  // The arrows ask for one more from there.
  await spin.press("ArrowUp");
  await expect(spin.inputValue()).resolves.toBe("5");

  const headers = page.getByRole("button", { name: /^▸ C-\d{3} / });
  const ids = (await headers.allTextContents()).map((header) => /C-\d{3}/.exec(header)![0]);
  await headers.first().click();
  const picks = page.getByRole("checkbox", { name: /^Select / });
  const picked: string[] = [];
  for (const index of [0, 1]) {
    picked.push(/^Select (.+)$/.exec((await picks.nth(index).getAttribute("aria-label"))!)![1]);
    await picks.nth(index).check();
  }
  await page.getByLabel(en("taskpane.suggest.splitName", { id: ids[0] })).fill("Split by the test");
  await page.getByRole("button", { name: en("taskpane.suggest.split", { count: 2 }) }).click();
  await page.getByRole("heading", { name: "Clusters (5)" }).waitFor();
  const created = page.getByRole("button", { name: /^▸ C-\d{3} Split by the test · 2 recommendations · Accepted$/ });
  const createdId = /C-\d{3}/.exec((await created.textContent())!)![0];
  expect(ids).not.toContain(createdId);

  // Merge the last suggested cluster into the second.
  await page.getByRole("button", { name: new RegExp(`^▸ ${ids[1]} `) }).click();
  await page.getByLabel(en("taskpane.suggest.mergeFrom", { id: ids[1] })).selectOption(ids[3]);
  await page.getByRole("button", { name: en("taskpane.suggest.mergeInto", { id: ids[1] }), exact: true }).click();
  await page.getByRole("heading", { name: "Clusters (4)" }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-split-merge.png"), fullPage: true });

  await page.getByRole("button", { name: en("taskpane.suggest.acceptAll") }).click();
  await page.getByRole("button", { name: en("taskpane.suggest.write") }).click();
  await page.getByText(/^Written: 4 clusters added; /).waitFor();
  // Written in the review's order, numbered without gaps: the split-off cluster (right after the first) becomes C-002.
  await page.getByText(new RegExp(`^New clusters: C-001 .+; C-002 Split by the test \\(2; suggested as ${createdId}\\); C-003 .+; C-004 .+\\.$`)).waitFor();
  const workbook = await download(page, "split-merge.xlsx");
  const clusters = tableRows(workbook, "Clusters");
  expect(clusters.map((row) => row.clusterId)).toEqual(["C-001", "C-002", "C-003", "C-004"]);
  expect(clusters.find((row) => row.clusterId === "C-002")!.name).toBe("Split by the test");
  const recommendations = tableRows(workbook, "Recommendations");
  expect(recommendations.filter((row) => row.cluster === "C-002").map((row) => row.id).sort()).toEqual([...picked].sort());
  for (const row of recommendations) expect(["C-001", "C-002", "C-003", "C-004"]).toContain(row.cluster);
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
});

test("accept some clusters, write, suggest again: the rest stay to review, numbering has no gaps, nothing is proposed twice", async () => {
  const session = await openSloveniaWorkbook();
  const { page } = session;
  const spin = page.getByRole("spinbutton", { name: en("taskpane.suggest.count") });
  await spin.fill("6");
  await spin.press("Enter");
  await page.getByRole("button", { name: en("taskpane.suggest.run"), exact: true }).click();
  await page.getByRole("heading", { name: "Clusters (6)" }).waitFor({ timeout: 60_000 });
  const headers = page.getByRole("button", { name: /^▸ C-\d{3} / });
  const suggested = (await headers.allTextContents()).map((header) => ({ id: /C-\d{3}/.exec(header)![0], name: /^▸ C-\d{3} (.+) · \d+ recommendations · /.exec(header)![1] }));
  expect(suggested.map((cluster) => cluster.id)).toEqual(["C-001", "C-002", "C-003", "C-004", "C-005", "C-006"]);
  // Every cluster says, before it is opened, how many of its recommendations share what names it.
  await expect(page.getByText(/^\d+ of \d+ (share the theme “.+”|mention .+)\.$|^No theme is shared by most of these recommendations\.$/).count()).resolves.toBe(6);

  // Accept the 2nd and 4th; open the 2nd: each recommendation shows its text and who recommended it.
  for (const index of [1, 3]) {
    await page.getByRole("button", { name: new RegExp(`^▸ ${suggested[index].id} `) }).click();
    await page.getByRole("button", { name: `Accept cluster ${suggested[index].name}` }).click();
  }
  await page.getByText(/^Recommended by: .+/).first().waitFor();
  await page.locator("blockquote").first().waitFor();
  await page.getByRole("button", { name: en("taskpane.suggest.write") }).click();
  await page.getByText(/^Written: 2 clusters added; /).waitFor();
  await page.getByText(new RegExp(`^New clusters: C-001 ${escape(suggested[1].name)} \\(\\d+; suggested as C-002\\); C-002 ${escape(suggested[3].name)} \\(\\d+; suggested as C-004\\)\\.$`)).waitFor();
  await page.getByText("Still to review below: 4 clusters, ").waitFor();
  // The undecided clusters stay, renumbered to follow the written ones.
  await page.getByRole("heading", { name: "Clusters (4)" }).waitFor();
  const remaining = (await page.getByRole("button", { name: /^[▸▾] C-\d{3} / }).allTextContents()).map((header) => /C-\d{3}/.exec(header)![0]);
  expect(remaining).toEqual(["C-003", "C-004", "C-005", "C-006"]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "suggestions-after-partial-write.png"), fullPage: true });

  // Suggest again: the recommendations written into clusters stay out; the written clusters are not proposed anew.
  await page.getByRole("button", { name: en("taskpane.suggest.runAgain"), exact: true }).click();
  const leftOut = page.getByText(/ (\d+) recommendations already in a cluster were left out\./);
  await leftOut.waitFor({ timeout: 60_000 });
  const newHeaders = (await page.getByRole("button", { name: /^▸ C-\d{3} / }).allTextContents()).filter((header) => !header.includes(" · your cluster · "));
  for (const header of newHeaders) {
    expect(/C-\d{3}/.exec(header)![0] > "C-002").toBe(true);
    expect(header).not.toContain(`C-003 ${suggested[1].name} ·`);
  }
  const proposedNames = newHeaders.map((header) => /^▸ C-\d{3} (.+) · \d+ recommendations/.exec(header)![1]);
  expect(proposedNames).not.toContain(suggested[1].name);
  expect(proposedNames).not.toContain(suggested[3].name);

  const workbook = await download(page, "partial-write.xlsx");
  expect(tableRows(workbook, "Clusters").map((row) => [row.clusterId, row.name])).toEqual([
    ["C-001", suggested[1].name],
    ["C-002", suggested[3].name],
  ]);
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

for (const language of ["en", "es", "fr"] as const) {
  test(`the demo workbook at 350 px in ${language}: the secretariat's clusters are filled first, texts are shown, nothing scrolls sideways`, async () => {
    const tr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
    const session = await openTaskPane(browser, server.url, { locale: language });
    const { page } = session;
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByLabel(tr("taskpane.start.fileInput")).setInputFiles(demoFile);
    await page.getByText(tr("taskpane.file.current", { name: "slovenia-demo.xlsx" })).waitFor();
    await page.getByRole("tab", { name: tr("taskpane.nav.suggestions") }).click();
    await page.getByRole("button", { name: tr("taskpane.suggest.run"), exact: true }).click();
    const yours = page.getByRole("button", { name: new RegExp(` · ${tr("taskpane.suggest.existingHeader", { id: "", name: "", count: 0, status: "" }).split(" · ")[1]} · `) });
    await yours.first().waitFor({ timeout: 60_000 });
    const headers = await yours.allTextContents();
    expect(headers.map((header) => /C-00[123]/.exec(header)![0]).sort()).toEqual(["C-001", "C-002", "C-003"]);
    // Open the secretariat's first cluster and its first recommendation's suggestions.
    await yours.first().click();
    const details = page.getByRole("button", { name: new RegExp(`^${escape(tr("taskpane.suggest.showTextOf", { id: "" }).trim())} `) }).first();
    await details.click();
    await page.waitForTimeout(200);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    const text = await page.locator("body").innerText();
    // No developer words: no similarity figure, no bare score.
    expect(text).not.toMatch(/similarity|similitud|similarité|score \d|puntuación \d/i);
    // SDG targets come with their titles, not as bare numbers.
    expect(text).not.toMatch(/^\d{1,2}\.[0-9a-z]{1,2} · /m);
    // The recommendation texts are English data; the interface's own English phrases must not appear.
    if (language !== "en") expect(text).not.toMatch(/\b(Not decided|your cluster|to add|Show the whole text|Recommended by|Suggested themes|share the theme)\b/);
    // The pane as a person sees it at 350 x 900 (the whole review is thousands of pixels long).
    await page.screenshot({ path: path.join(SCREENSHOTS, `suggestions-demo-350-${language}.png`), timeout: 90_000 });
    expect(session.pageErrors).toEqual([]);
    await session.context.close();
  });
}
