import type { ClipboardTable } from "../core/report/clipboard";

/** The parts of the browser's clipboard "Copy as table" uses (injectable for tests). */
export interface TableClipboard {
  write?(items: ClipboardItem[]): Promise<void>;
  writeText(text: string): Promise<void>;
}

export interface ClipboardEnvironment {
  clipboard: TableClipboard | undefined;
  /** The ClipboardItem constructor, absent in older browsers and some Office webviews. */
  ClipboardItem: typeof ClipboardItem | undefined;
}

/** What ended up on the clipboard: the formatted table with its text, or the text alone. */
export type CopiedAs = "html" | "text";

function browserEnvironment(): ClipboardEnvironment {
  return { clipboard: navigator.clipboard, ClipboardItem: typeof ClipboardItem === "undefined" ? undefined : ClipboardItem };
}

/**
 * Puts a table on the clipboard as HTML (for Word and e-mail) and tab-separated text (for
 * everything else); where the browser refuses HTML, as plain text only. Throws when the
 * clipboard refuses even that, so the page can say what to do.
 */
export async function copyTable(table: ClipboardTable, environment: ClipboardEnvironment = browserEnvironment()): Promise<CopiedAs> {
  const { clipboard, ClipboardItem: Item } = environment;
  if (!clipboard) throw new Error("navigator.clipboard is not available");
  if (clipboard.write && Item) {
    try {
      await clipboard.write([
        new Item({
          "text/html": new Blob([table.html], { type: "text/html" }),
          "text/plain": new Blob([table.text], { type: "text/plain" }),
        }),
      ]);
      return "html";
    } catch {
      // Some browsers and webviews refuse text/html; plain text still pastes as a table into Excel.
    }
  }
  await clipboard.writeText(table.text);
  return "text";
}
