// `npm start`: the task pane's https dev server on port 3000 and, on Windows or Mac with
// office-addin-debugging installed, Excel with the add-in sideloaded. Elsewhere (Linux, CI) it
// runs the dev server and prints how to sideload. Under CI nothing installs a certificate or
// asks for a password. `npm start -- --dry-run` prints the plan without running it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000";
const require = createRequire(import.meta.url);

function resolvable(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** What to run, decided from the platform and environment only. */
export function startPlan({ platform = process.platform, env = process.env, hasDebugging = resolvable("office-addin-debugging") } = {}) {
  const ci = Boolean(env.CI);
  const desktop = platform === "win32" || platform === "darwin";
  const certificates = desktop && !ci ? "install" : "existing";
  const sideload = desktop && !ci && hasDebugging;
  return { ci, desktop, certificates, sideload };
}

function instructions(plan) {
  const trusted = existsSync(path.join(os.homedir(), ".office-addin-dev-certs", "localhost.crt"));
  const lines = [
    "",
    `Rights Matrix task pane: ${DEV_URL}/taskpane.html (the standalone page works in any browser).`,
    `Manifest for sideloading: ${MANIFEST}`,
    "",
    "Sideload it (see docs/taskpane.md for details):",
    "  - Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins >",
    "    Upload My Add-in, and choose manifest.xml.",
    "  - Excel on Windows: share a folder holding manifest.xml, add it as a Trusted Add-in Catalog",
    "    (File > Options > Trust Center > Trusted Add-in Catalogs), restart Excel, then",
    "    Home > Add-ins > More Add-ins > Shared Folder.",
    "  - Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "    and restart Excel; the add-in appears under Home > Add-ins.",
  ];
  if (!trusted) {
    lines.push(
      "",
      "This server uses a self-signed certificate that Excel and browsers do not trust.",
      "To create and trust a development certificate (asks for your password), run once:",
      "  npx office-addin-dev-certs install",
    );
  }
  if (plan.desktop && !plan.sideload && !plan.ci) lines.push("", "To sideload automatically next time: npm install --no-save office-addin-debugging");
  return lines.join("\n");
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const plan = startPlan();
  const env = { RIGHTS_MATRIX_DEV_CERTS: plan.certificates };
  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  if (process.argv.includes("--dry-run")) {
    console.log(JSON.stringify(plan));
    console.log(instructions(plan));
    return;
  }
  if (plan.sideload) {
    // office-addin-debugging starts the dev server itself (unless it already runs), then opens
    // Excel with the manifest registered.
    run("npx", ["office-addin-debugging", "start", MANIFEST, "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"], env);
    return;
  }
  console.log(instructions(plan));
  run(process.execPath, [webpackCli, "serve", "--mode", "development"], env);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
