import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { ROOT, BUILD_TIMEOUT_MS, ensureWebBuild, launchChromium, openTaskPane, serveDist, type StaticServer } from "../../scripts/taskpane-harness";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  server = await serveDist();
  browser = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Focused {
  text: string;
  role: string | null;
  /** Fluent marks the element focused by keyboard, which draws its visible focus outline. */
  focusVisible: boolean;
  outline: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element, "::after") : null;
    // The text a screen reader reads: skip hidden parts (an unselected Fluent Tab repeats its
    // label in a hidden span that reserves the width of the bold, selected label).
    const visibleText = (node: Node): string =>
      node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? "")
        : node instanceof Element && (node.getAttribute("aria-hidden") === "true" || getComputedStyle(node).visibility === "hidden")
          ? ""
          : [...node.childNodes].map(visibleText).join("");
    const label = element?.getAttribute("aria-label") ?? (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null);
    return {
      text: (label ?? (element ? visibleText(element) : "")).trim(),
      role: element?.getAttribute("role") ?? element?.tagName.toLowerCase() ?? null,
      focusVisible: Boolean(element?.hasAttribute("data-fui-focus-visible") || element?.closest("[data-fui-focus-within]")),
      outline: style ? `${style.borderTopWidth} ${style.borderTopStyle}` : "",
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's text is `text`; fails after `limit` presses. */
async function tabTo(page: Page, text: string, { limit = 25, key = "Tab" } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(key);
    const current = await focused(page);
    if (current.text === text) return current;
    seen.push(current.text);
  }
  throw new Error(`Tab never reached "${text}"; focus went through: ${seen.join(" | ")}`);
}

test("keyboard only: start a workbook, create the tables, reach About and switch the language", async () => {
  const session = await openTaskPane(browser, server.url);
  const { page } = session;
  try {
    await page.locator("[data-mode=standalone]").waitFor();
    const newButton = await tabTo(page, "New workbook");
    expect(newButton.role).toBe("button");
    expect(newButton.focusVisible).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByText("0 of 6 tables present.").waitFor();

    const create = await tabTo(page, "Create the monitoring tables");
    expect(create.focusVisible).toBe(true);
    await page.screenshot({ path: path.join(ROOT, "test-results", "screenshots", "keyboard-focus-create.png"), fullPage: true });
    await page.keyboard.press("Enter");
    await page.getByText("The monitoring tables and the Lists sheet are in place.").waitFor();
    // The button is gone now that the tables exist; focus lands on the result, not on the page body.
    await expect(focused(page).then((current) => current.text)).resolves.toBe("The monitoring tables and the Lists sheet are in place.");

    // The tab list is one Tab stop; arrows move between steps, Enter opens one.
    const firstTab = await tabTo(page, "Import", { key: "Shift+Tab" });
    expect(firstTab.role).toBe("tab");
    // About is the last step; arrow keys move along the tab list however many steps come before it.
    for (let press = 0; press < 10 && (await focused(page)).text !== "About"; press++) await page.keyboard.press("ArrowRight");
    expect((await focused(page)).text).toBe("About");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "About Rights Matrix" }).waitFor();

    const english = await tabTo(page, "English");
    expect(english.role).toBe("input");
    await page.keyboard.press("ArrowDown");
    await page.getByRole("heading", { name: "Acerca de Rights Matrix" }).waitFor();
    await expect(page.getByRole("tab", { name: "Importar" }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("es");
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});
