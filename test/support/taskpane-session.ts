import { readFileSync } from "node:fs";
import path from "node:path";
import { DIST, type TaskPaneSession } from "../../scripts/taskpane-harness";

/** Opens a workbook file in the standalone page the way a person does: the "Open a workbook…" button and the file picker. */
export async function openThroughFilePicker(session: TaskPaneSession, file: string): Promise<void> {
  const { page } = session;
  await page.locator("[data-mode=standalone]").waitFor();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Open a workbook…" }).click()]);
  await chooser.setFiles(file);
  await page.getByText(`Workbook: ${path.basename(file)}`).waitFor();
}

/** The page's own scripts that have loaded so far, as dist/ file names. */
export async function loadedScripts(session: TaskPaneSession, baseUrl: string): Promise<string[]> {
  const urls = await session.page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
  return urls.filter((url) => url.startsWith(baseUrl) && url.endsWith(".js")).map((url) => new URL(url).pathname.slice(1));
}

export function scriptContains(script: string, text: string): boolean {
  return readFileSync(path.join(DIST, script), "utf8").includes(text);
}
