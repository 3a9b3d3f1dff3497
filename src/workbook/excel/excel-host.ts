/**
 * The few entry points of Office.js the adapter calls outside a request context: `Excel.run`
 * and the requirement-set check. In the add-in they are the globals the CDN script defines; tests
 * pass a host built on Microsoft's library in Node (test/support/office-js-host) instead.
 */
export interface ExcelHost {
  /** A batch in a new request context (`Excel.run(batch)`). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A batch in a context made earlier (`Excel.run(context, batch)`), e.g. to remove its event handlers. */
  runWith<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  supportsExcelApi(version: string): boolean;
  /** `Office.context.diagnostics`: which Excel, on which platform, which build; null where Office gives none. */
  diagnostics(): { host: string; platform: string; version: string } | null;
}

/** The Office.js globals of the page the task pane runs in. */
export const officeGlobals: ExcelHost = {
  run: (batch) => Excel.run(batch),
  runWith: (context, batch) => Excel.run(context, batch),
  supportsExcelApi: (version) => typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true,
  diagnostics: () => {
    const diagnostics = typeof Office === "undefined" ? undefined : (Office.context as Partial<Office.Context> | undefined)?.diagnostics;
    return diagnostics ? { host: String(diagnostics.host), platform: String(diagnostics.platform), version: diagnostics.version } : null;
  },
};
