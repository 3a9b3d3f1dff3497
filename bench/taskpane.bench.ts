import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST, ensureWebBuild, launchChromium, openTaskPane, serveDist } from "../scripts/taskpane-harness";
import type { Benchmark } from "./benchmark";

const FIRST_SCREEN_BUDGET_KB = 500;
const FIRST_RENDER_BUDGET_MS = 1500;
const RENDER_RUNS = 5;

/**
 * The JavaScript the browser fetches to show the first screen (standalone mode, Office.js
 * unreachable), gzipped at level 9, and the time from navigation to the task pane's first render
 * (the "rights-matrix:first-render" performance mark), each load in a fresh browser context.
 */
async function measureTaskPane(): Promise<{ scripts: string[]; gzipBytes: number; renders: number[] }> {
  ensureWebBuild();
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const renders: number[] = [];
    let scripts: string[] = [];
    for (let run = 0; run < RENDER_RUNS; run++) {
      const loaded: string[] = [];
      const session = await openTaskPane(browser, server.url, { path: "taskpane.html", office: "unreachable" });
      await session.page.locator("[data-mode=standalone]").waitFor();
      const render = await session.page.evaluate(() => performance.getEntriesByName("rights-matrix:first-render")[0]?.startTime ?? NaN);
      const resources = await session.page.evaluate(() =>
        performance.getEntriesByType("resource").map((entry) => (entry as PerformanceResourceTiming).name),
      );
      for (const url of resources) if (url.startsWith(server.url) && url.endsWith(".js")) loaded.push(new URL(url).pathname.slice(1));
      renders.push(render);
      scripts = loaded;
      await session.context.close();
    }
    const gzipBytes = scripts.reduce((sum, file) => sum + zlib.gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length, 0);
    return { scripts, gzipBytes, renders };
  } finally {
    await browser.close();
    await server.close();
  }
}

const verdict = (ok: boolean) => (ok ? "within target" : "OVER TARGET");

const firstScreen: Benchmark = {
  name: "task pane: first-screen JavaScript, gzipped",
  size: "",
  async run() {
    const { scripts, gzipBytes, renders } = await measureTaskPane();
    const kb = gzipBytes / 1024;
    firstScreen.size = `${kb.toFixed(0)} KB in ${scripts.length} files (target <= ${FIRST_SCREEN_BUDGET_KB} KB, ${verdict(kb <= FIRST_SCREEN_BUDGET_KB)})`;
    const sorted = [...renders].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    firstRender.size = `median ${median.toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms over ${renders.length} cold loads (target < ${FIRST_RENDER_BUDGET_MS} ms, ${verdict(sorted[sorted.length - 1] < FIRST_RENDER_BUDGET_MS)})`;
  },
};

/** Measured together with the size above (one build, one browser); this line reports it. */
const firstRender: Benchmark = {
  name: "task pane: first render in headless chromium",
  size: "not measured (run the whole task pane bench)",
  run() {},
};

export const benchmarks: Benchmark[] = [firstScreen, firstRender];
