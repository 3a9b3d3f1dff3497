import { spawnSync } from "node:child_process";
import path from "node:path";

const START = path.resolve(__dirname, "..", "..", "scripts", "start.mjs");

function plan(env: NodeJS.ProcessEnv): { plan: Record<string, unknown>; output: string } {
  const run = spawnSync(process.execPath, [START, "--dry-run"], { encoding: "utf8", env: { ...process.env, ...env } });
  expect(run.status).toBe(0);
  const [first, ...rest] = run.stdout.split("\n");
  return { plan: JSON.parse(first) as Record<string, unknown>, output: rest.join("\n") };
}

test("under CI, npm start installs no certificate and sideloads nothing, and says how to sideload", () => {
  const { plan: ci, output } = plan({ CI: "1" });
  expect(ci).toMatchObject({ ci: true, certificates: "existing", sideload: false });
  expect(output).toContain("https://localhost:3000/taskpane.html");
  expect(output).toContain("manifest.xml");
  expect(output).toMatch(/Excel on the web: .*Upload My Add-in/s);
  expect(output).toContain("Excel on Windows");
  expect(output).toContain("Excel on Mac");
});

test("outside CI, only Windows and Mac (where Excel runs) get a trusted certificate installed", () => {
  const { plan: local } = plan({ CI: "" });
  const desktop = process.platform === "win32" || process.platform === "darwin";
  expect(local).toMatchObject({ ci: false, desktop, certificates: desktop ? "install" : "existing" });
});
