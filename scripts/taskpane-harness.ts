/**
 * What the browser tests and the task pane benchmark share: the production build of the task
 * pane (built once, rebuilt only when a source is newer), a tiny static server for dist/ on a
 * random localhost port, and Debian's chromium driven by playwright-core.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import http from "node:http";
import os from "node:os";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/";

/** The repository root, from the source tree (ts-jest) or the compiled one (build/). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "webpack.config.js"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No webpack.config.js above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();
export const DIST = path.join(ROOT, "dist");

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function buildIsStale(): boolean {
  const built = path.join(DIST, "taskpane.html");
  if (!existsSync(built)) return true;
  const inputs = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "scripts/manifest-url.cjs"];
  return Math.max(...inputs.map((input) => newestChange(path.join(ROOT, input)))) > statSync(built).mtimeMs;
}

/** A production build takes half a minute alone, several minutes on a busy shared machine. */
export const BUILD_TIMEOUT_MS = 600_000;

/**
 * Runs `webpack --mode production` unless dist/ is newer than every source. A lock directory
 * keeps test files that run in parallel from building at the same time.
 */
export function ensureWebBuild(): void {
  const lock = path.join(os.tmpdir(), `rights-matrix-web-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`);
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} has been held for 10 minutes; remove it if no build is running.`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (buildIsStale()) {
      const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
      execFileSync(process.execPath, [webpack, "--mode", "production"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, RIGHTS_MATRIX_URL: "" } });
    }
  } finally {
    rmdirSync(lock);
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at a random port. */
export async function serveDist(root = DIST): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * How the page meets Office.js: "unreachable" fails the CDN request (offline, blocked);
 * "no-host" serves a stand-in whose Office.onReady reports no host, as office.js does in a plain
 * browser; "silent" serves one whose onReady never answers; "excel" one that reports Excel.
 */
export type OfficeScenario = "unreachable" | "no-host" | "silent" | "excel";

const OFFICE_STANDINS: Record<Exclude<OfficeScenario, "unreachable">, string> = {
  "no-host": `window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: null, platform: null }) };`,
  silent: `window.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise(() => {}) };`,
  excel: `window.Office = { HostType: { Excel: "Excel" }, context: { displayLanguage: "fr-FR", officeTheme: { bodyBackgroundColor: "#1f1f1f" } },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };`,
};

export interface TaskPaneSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for that is neither the local server nor Office.js. */
  foreignRequests: string[];
  /** Messages of any alert/confirm/prompt dialog that opened (each is dismissed). */
  dialogs: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

/** A fresh browser context on the task pane, with nothing allowed off localhost but Office.js. */
export async function openTaskPane(
  browser: Browser,
  baseUrl: string,
  options: {
    locale?: string;
    office?: OfficeScenario;
    /** Serve this script for Office.js instead of a scenario's stand-in (Microsoft's library with an Excel on the test host). */
    officeScript?: string;
    /** Runs on the browser context before the page opens (functions the page's Office.js calls). */
    beforeOpen?: (context: BrowserContext) => Promise<void>;
    path?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<TaskPaneSession> {
  const context = await browser.newContext({ locale: options.locale ?? "en-US", acceptDownloads: true, viewport: options.viewport ?? { width: 380, height: 900 } });
  await options.beforeOpen?.(context);
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url.startsWith(OFFICE_JS_CDN)) {
      if (options.officeScript !== undefined) return route.fulfill({ status: 200, contentType: "text/javascript", body: options.officeScript });
      const scenario = options.office ?? "unreachable";
      if (scenario === "unreachable") return route.abort("internetdisconnected");
      return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STANDINS[scenario] });
    }
    foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl}/${options.path ?? "taskpane.html"}`);
  return { context, page, foreignRequests, dialogs, pageErrors };
}
