/**
 * The task pane in a real browser, in Excel mode, on Microsoft's Office.js: the page loads the
 * library file the CDN serves to Excel on the web (in place of the CDN's office.js), a few lines
 * after it say "this is Excel" (Office.onReady, context, requirement sets, diagnostics) and give
 * every request context an executor that hands the serialised request to Node, where a
 * HostedExcel answers it. Change events travel back into the page's library.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import type { HostedExcel } from "./hosted-excel";
import { OFFICE_JS_FILE } from "./load-office-js";

const EXECUTE = "__rightsMatrixExcelExecute";

/** The script the page gets for the Office.js CDN URL: Microsoft's library, then the Excel stand-in around it. */
export function officeJsForBrowser(excel: HostedExcel, displayLanguage: string): string {
  const settings = JSON.stringify({ sets: [...excel.supported], diagnostics: excel.diagnostics, displayLanguage });
  const shim = `
(function () {
  var settings = ${settings};
  OfficeExtension._testSetRichApiMessageReadyImpl(function () { return Promise.resolve(); });
  // The library defines Office.context as a getter of its own that stays empty without a real host: the
  // page gets an Office whose context is ours, the library's Office behind it for everything else.
  var office = Object.create(window.Office || {});
  var context = {
    displayLanguage: settings.displayLanguage,
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    diagnostics: settings.diagnostics,
    requirements: { isSetSupported: function (name, version) { return name === "ExcelApi" && settings.sets.indexOf(version) >= 0; } },
  };
  Object.defineProperty(office, "context", { value: context });
  Object.defineProperty(office, "HostType", { value: { Excel: "Excel" } });
  window.Office = office;
  Object.defineProperty(office, "onReady", { value: function () { return Promise.resolve({ host: "Excel", platform: settings.diagnostics.platform }); } });
  var run = Excel.run;
  function hostedContext() {
    var context = new Excel.RequestContext();
    context._requestExecutor = {
      executeAsync: function (customData, flags, message) {
        return window.${EXECUTE}(JSON.stringify(message.Body)).then(function (answer) { return JSON.parse(answer); });
      },
    };
    return context;
  }
  Excel.run = function (first, second) { return typeof first === "function" ? run.call(Excel, hostedContext(), first) : run.call(Excel, first, second); };
})();`;
  return `${readFileSync(OFFICE_JS_FILE, "utf8")}\n${shim}`;
}

/** Connects a browser context's pages to `excel`: call before the page opens. */
export async function bridgeToHost(context: BrowserContext, excel: HostedExcel, pages: () => Page | undefined): Promise<void> {
  await context.exposeFunction(EXECUTE, (body: string) => JSON.stringify(excel.execute(JSON.parse(body) as Parameters<HostedExcel["execute"]>[0])));
  excel.deliverEvent = (message) => {
    void pages()?.evaluate((entries) => (window as unknown as { OfficeExtension: { _testTriggerRichApiMessageEvent(message: unknown): void } }).OfficeExtension._testTriggerRichApiMessageEvent(entries), message);
  };
}
