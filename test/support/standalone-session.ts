import type { Browser } from "playwright-core";
import { openTaskPane, type TaskPaneSession } from "../../scripts/taskpane-harness";

/**
 * Opens the task pane in standalone mode, runs `run`, then checks what must hold after any
 * run: no dialog opened, no page error, no request off localhost.
 */
export async function withStandaloneSession(
  browser: Browser,
  url: string,
  run: (session: TaskPaneSession) => Promise<void>,
  options: { locale?: string } = {},
): Promise<void> {
  const session = await openTaskPane(browser, url, options);
  try {
    await session.page.locator("[data-mode=standalone]").waitFor();
    await run(session);
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.context.close();
  }
}
