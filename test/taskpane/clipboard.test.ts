import { copyTable, type ClipboardEnvironment } from "../../src/taskpane/clipboard";

/** Stands in for the browser's ClipboardItem: keeps what it was given. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function fakeClipboard(options: { refuseHtml?: boolean; noWrite?: boolean } = {}) {
  const written: { html?: string; text?: string } = {};
  const clipboard = {
    write: options.noWrite
      ? undefined
      : async (items: ClipboardItem[]) => {
          if (options.refuseHtml) throw new DOMException("Type text/html not supported on write.", "NotAllowedError");
          const item = items[0] as unknown as FakeClipboardItem;
          written.html = await item.items["text/html"].text();
          written.text = await item.items["text/plain"].text();
        },
    writeText: async (text: string) => {
      written.text = text;
    },
  };
  return { clipboard, written };
}

const TABLE = { html: "<table><tr><td>&lt;b&gt;</td></tr></table>", text: "<b>" };
const environment = (clipboard: ClipboardEnvironment["clipboard"], withItem = true): ClipboardEnvironment => ({
  clipboard,
  ClipboardItem: withItem ? (FakeClipboardItem as unknown as typeof ClipboardItem) : undefined,
});

describe("Copy as table", () => {
  test("HTML and plain text go on the clipboard together", async () => {
    const { clipboard, written } = fakeClipboard();
    await expect(copyTable(TABLE, environment(clipboard))).resolves.toBe("html");
    expect(written).toEqual({ html: TABLE.html, text: TABLE.text });
  });

  test("where HTML is refused, or ClipboardItem is missing, the plain text still goes", async () => {
    const refused = fakeClipboard({ refuseHtml: true });
    await expect(copyTable(TABLE, environment(refused.clipboard))).resolves.toBe("text");
    expect(refused.written).toEqual({ text: TABLE.text });
    const old = fakeClipboard();
    await expect(copyTable(TABLE, environment(old.clipboard, false))).resolves.toBe("text");
    expect(old.written).toEqual({ text: TABLE.text });
  });

  test("no clipboard at all is an error the page explains", async () => {
    await expect(copyTable(TABLE, environment(undefined))).rejects.toThrow("clipboard");
  });
});
