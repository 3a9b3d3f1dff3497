import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importRecommendations } from "../src/app/import-recommendations";
import { initWorkbook } from "../src/app/init-workbook";
import { XlsxWorkbook } from "../src/workbook/file/xlsx-workbook";
import { ROOT, ensureWebBuild, launchChromium, openTaskPane, serveDist } from "../scripts/taskpane-harness";
import type { Benchmark } from "./benchmark";
import { syntheticRecommendations } from "./synthetic-recommendations";

/** A main-thread task longer than this is one the user feels as a frozen pane. */
const LONG_TASK_BUDGET_MS = 200;

async function sloveniaWorkbook(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty("slovenia.xlsx");
  await initWorkbook(workbook);
  const samples = path.join(ROOT, "samples", "slovenia");
  const sources = readdirSync(samples)
    .filter((name) => name.endsWith(".docx"))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(samples, name))) }));
  await importRecommendations(workbook, sources);
  return workbook;
}

async function syntheticWorkbook(count: number): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty("synthetic.xlsx");
  await initWorkbook(workbook);
  await workbook.apply({ upserts: [{ table: "Recommendations", rows: syntheticRecommendations(count).map((row) => ({ id: row.id, text: row.text })) }] });
  return workbook;
}

/**
 * In headless chromium, standalone mode: open the workbook, Suggest (reading on the main thread,
 * the analysis in the worker), Accept all, Write. Reports each step's time as the user sees it
 * and the longest main-thread task meanwhile (the pane's responsiveness).
 */
async function measurePage(workbook: XlsxWorkbook, count: number): Promise<string> {
  ensureWebBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), "rm-suggest-bench-"));
  const file = path.join(dir, "batch.xlsx");
  writeFileSync(file, await workbook.toBytes());
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const { page, context } = await openTaskPane(browser, server.url);
    await page.locator("[data-mode=standalone]").waitFor();
    await page.getByLabel("Workbook file (.xlsx)").setInputFiles(file);
    await page.getByText("Workbook: batch.xlsx").waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: "Suggestions" }).click();
    await page.evaluate(() => {
      const state = window as unknown as { longTasks: number[] };
      state.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => state.longTasks.push(entry.duration))).observe({ type: "longtask" });
    });
    const timed = async (action: () => Promise<void>) => {
      const started = performance.now();
      await action();
      return performance.now() - started;
    };
    const suggest = await timed(async () => {
      await page.getByRole("button", { name: "Suggest", exact: true }).click();
      await page.getByRole("heading", { name: /^Clusters \(\d+\)$/ }).waitFor({ timeout: 300_000 });
    });
    const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)));
    const acceptAll = await timed(async () => {
      await page.getByRole("button", { name: "Accept all" }).click();
      await page.getByText(/Accepted so far: [1-9]/).waitFor();
    });
    const openCluster = await timed(async () => {
      await page.getByRole("button", { name: /^▸ C-\d{3} / }).first().click();
      await page.getByRole("button", { name: /^Details of / }).first().waitFor();
    });
    const write = await timed(async () => {
      await page.getByRole("button", { name: "Write accepted suggestions" }).click();
      await page.getByText(/^Written: /).waitFor({ timeout: 300_000 });
    });
    await context.close();
    const verdict = longest <= LONG_TASK_BUDGET_MS ? "within target" : "OVER TARGET";
    return `${count} recommendations: suggest ${suggest.toFixed(0)} ms, accept all ${acceptAll.toFixed(0)} ms, open a cluster ${openCluster.toFixed(0)} ms, write ${write.toFixed(0)} ms; longest main-thread task during suggest ${longest.toFixed(0)} ms (target <= ${LONG_TASK_BUDGET_MS} ms, ${verdict})`;
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const slovenia: Benchmark = {
  name: "suggestions page: Slovenia (632) in headless chromium",
  size: "",
  async run() {
    slovenia.size = await measurePage(await sloveniaWorkbook(), 632);
  },
};

const synthetic: Benchmark = {
  name: "suggestions page: 3,000 synthetic in headless chromium",
  size: "",
  async run() {
    synthetic.size = await measurePage(await syntheticWorkbook(3000), 3000);
  },
};

export const benchmarks: Benchmark[] = [slovenia, synthetic];
