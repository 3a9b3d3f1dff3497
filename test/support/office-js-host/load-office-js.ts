/**
 * Microsoft's Office.js client library for Excel (`@microsoft/office-js`, the file the CDN serves
 * to Excel on the web) loaded into a Node `vm` context with a small `window` stand-in, so that
 * tests build their requests with Microsoft's own proxy objects and request serialiser.
 * See /work/shared/notes/office-js-in-node.md for what the stand-in needs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

/** The globals the library defines, typed as the add-in sees them. */
export interface OfficeJsLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
}

/** The package file: the Excel on the web build (what the CDN serves to Excel in a browser). */
export const OFFICE_JS_FILE = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", "excel-web-16.00.js");

let loaded: OfficeJsLibrary | null = null;

/** Loads the library once per process (3 MB of script); every host shares it. */
export function loadOfficeJs(): OfficeJsLibrary {
  if (loaded) return loaded;
  const noop = () => undefined;
  const element = () => ({ setAttribute: noop, appendChild: noop, removeChild: noop, style: {}, addEventListener: noop, removeEventListener: noop });
  const location = { href: "https://localhost/taskpane.html", search: "", hash: "", protocol: "https:", host: "localhost", hostname: "localhost", origin: "https://localhost" };
  const document = { createElement: element, getElementsByTagName: () => [], head: element(), body: element(), readyState: "complete", location, addEventListener: noop, documentElement: element(), cookie: "" };
  const storage = { getItem: () => null, setItem: noop, removeItem: noop };
  const quiet = { log: noop, warn: noop, error: noop, info: noop, debug: noop };
  const window: Record<string, unknown> = {
    document,
    location,
    navigator: { userAgent: "Mozilla/5.0 (Node) RightsMatrixTestHost" },
    sessionStorage: storage,
    localStorage: storage,
    console: quiet,
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    JSON,
    Promise,
    Math,
    Date,
    RegExp,
    Error,
    TypeError,
    Array,
    Object,
    String,
    Number,
    Boolean,
    Uint8Array,
    Int32Array,
    ArrayBuffer,
    encodeURIComponent,
    decodeURIComponent,
    escape,
    unescape,
    parseInt,
    parseFloat,
    isNaN,
  };
  window.window = window.self = window.parent = window.top = window;
  vm.createContext(window);
  vm.runInContext(readFileSync(OFFICE_JS_FILE, "utf8"), window, { filename: OFFICE_JS_FILE });
  const library = window as unknown as OfficeJsLibrary;
  // Events reach handlers through the test entry point Office.js has for it; no host message channel exists here.
  library.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  loaded = library;
  return library;
}
