/**
 * "Check this Excel" through Microsoft's Office.js on the test host: the probes run through the
 * real RequestContext and serialiser, the host plays Excel (and can be told to behave like an
 * Excel that counts requests in UTF-8, does not count the apostrophe, lacks requirement sets or
 * raises no events), and the report says what each finding means.
 */
import { selfCheckReport, selfCheckText } from "../../../src/app/self-check-report";
import { translate, type MessageKey, type MessageParams } from "../../../src/model/i18n/messages";
import { MAX_CELL_CHARS } from "../../../src/model/cells";
import type { Language } from "../../../src/model/vocabularies";
import { emptyWorkbookPlans } from "../../../src/core/structure/workbook-structure";
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import { runSelfCheck } from "../../../src/workbook/excel/self-check-probes";
import { TEXT_SAMPLES, type SelfCheckResults } from "../../../src/workbook/self-check";
import { HostedExcel } from "../../support/office-js-host/hosted-excel";

jest.setTimeout(120_000);

const ALL_SETS = ["1.9", "1.10", "1.11", "1.12", "1.13", "1.14"];

async function workbook(supported = ALL_SETS): Promise<HostedExcel> {
  const excel = new HostedExcel();
  excel.supported = new Set(supported);
  await new ExcelWorkbook("test workbook", excel.api).apply({ plans: emptyWorkbookPlans() });
  return excel;
}

/** Everything a user could see of the workbook: sheets with their visibility, tables, and every cell. */
function snapshot(excel: HostedExcel): string {
  return JSON.stringify({
    sheets: excel.sheets.map((sheet) => [sheet.name, sheet.visibility, [...sheet.cells.entries()], sheet.validations, sheet.groups]),
    tables: excel.tables.map((table) => [table.name, table.sheet.name, table.rect]),
  });
}

function lines(results: SelfCheckResults, language: Language = "en") {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  return selfCheckReport(results, language, t).flatMap((section) => section.lines);
}

describe("Check this Excel, through Office.js on the test host", () => {
  test("on an Excel that behaves as documented: every assumption holds, and nothing is left in the workbook", async () => {
    const excel = await workbook();
    const before = snapshot(excel);
    const results = await runSelfCheck(excel.api);

    expect(results.environment).toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      version: "16.0 (Office.js test host)",
      requirementSets: ["1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17"].map((version) => ({ version, supported: ALL_SETS.includes(version) })),
    });
    expect(results.textRoundTrips).toHaveLength(TEXT_SAMPLES.length * 2);
    for (const trip of results.textRoundTrips) expect(trip.returned).toBe(trip.sample);
    expect(results.longText).toEqual([
      { cell: "text", length: MAX_CELL_CHARS, outcome: "unchanged" },
      // The host counts the apostrophe (the strict reading of Excel's limit): 32,767 characters and the prefix do not fit.
      expect.objectContaining({ cell: "general", length: MAX_CELL_CHARS, outcome: "refused" }),
    ]);
    expect(results.requests.map((probe) => probe.accepted)).toEqual([true, true, true, false]);
    expect(results.requests[3].reason).toMatch(/RequestPayloadSizeLimitExceeded/);
    expect(results.requests[3].utf8Bytes).toBeLessThan(5_000_000);
    expect(results.requests[3].utf16Bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(results.requests[2].utf16Bytes).toBeGreaterThan(4_400_000);
    expect(results.tableResize).toEqual({ outcome: "works" });
    expect(results.rowGroups).toEqual({ outcome: "works" });
    expect(results.offsetListValidation).toEqual({ outcome: "works" });
    expect(results.ownWriteEvents).toEqual({ fired: true, triggerSource: "ThisLocalAddin" });
    expect(results.temporarySheetRemoved).toBe(true);
    expect(snapshot(excel)).toBe(before);
    // The check used the real library's requests: one for the temporary sheet, many more for the probes.
    expect(excel.syncs.length).toBeGreaterThan(20);

    const report = lines(results);
    expect(report.filter((line) => line.tone === "attention")).toEqual([]);
    expect(report.map((line) => line.key)).toEqual(
      expect.arrayContaining(["selfCheck.request.countsUtf16", "selfCheck.tableResize.works", "selfCheck.listValidation.works", "selfCheck.events.marked", "selfCheck.cleanup.removed"]),
    );
  });

  test("an Excel that differs: UTF-8 counting, the apostrophe not counted, ExcelApi 1.9 only, no own events", async () => {
    const excel = await workbook(["1.9"]);
    excel.limitCounts = "utf8";
    excel.prefixCountsTowardsLimit = false;
    excel.ownWritesFireEvents = false;
    const results = await runSelfCheck(excel.api);
    expect(results.requests.map((probe) => probe.accepted)).toEqual([true, true, true, true]);
    expect(results.longText.map((trip) => trip.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(results.tableResize).toEqual({ outcome: "unsupported", requirementSet: "1.13" });
    expect(results.rowGroups).toEqual({ outcome: "unsupported", requirementSet: "1.10" });
    expect(results.ownWriteEvents).toEqual({ fired: false, triggerSource: null });

    const report = lines(results);
    const byKey = (key: MessageKey) => report.find((line) => line.key === key);
    expect(byKey("selfCheck.request.countsUtf8")?.consequence?.key).toBe("selfCheck.request.countsUtf8Does");
    expect(byKey("selfCheck.tableResize.unsupported")?.consequence?.key).toBe("selfCheck.tableResize.unsupportedDoes");
    expect(byKey("selfCheck.rowGroups.unsupported")?.consequence?.key).toBe("selfCheck.rowGroups.unsupportedDoes");
    expect(byKey("selfCheck.long.generalAccepted")?.tone).toBe("ok");
    expect(byKey("selfCheck.events.none")?.consequence?.key).toBe("selfCheck.events.noneDoes");
  });

  test("events without triggerSource (before ExcelApi 1.14): the report says how the add-in tells its own writes apart", async () => {
    const excel = await workbook(["1.9", "1.10", "1.13"]);
    const results = await runSelfCheck(excel.api);
    expect(results.ownWriteEvents).toEqual({ fired: true, triggerSource: null });
    expect(lines(results).find((line) => line.key === "selfCheck.events.unmarked")?.consequence?.key).toBe("selfCheck.events.unmarkedDoes");
  });

  test("a check that is cancelled, or that Excel stops half-way, leaves nothing behind", async () => {
    const excel = await workbook();
    const before = snapshot(excel);
    const abort = new AbortController();
    await expect(runSelfCheck(excel.api, abort.signal, (fraction) => fraction > 0.2 && abort.abort())).rejects.toMatchObject({ key: "selfCheck.cancelled" });
    expect(snapshot(excel)).toBe(before);

    // A request no probe expects to fail (clearing a request probe's cells) fails: the check stops, the sheet goes.
    excel.failOn = (body) => body.Actions.some((action) => action.Name === "Clear");
    await expect(runSelfCheck(excel.api)).rejects.toThrow(/Injected failure/);
    expect(snapshot(excel)).toBe(before);
  });

  test("every line of a report, with what the add-in does about each contradiction, in English, Spanish and French", async () => {
    const excel = await workbook(["1.9"]);
    excel.ownWritesFireEvents = false;
    const results = await runSelfCheck(excel.api);
    // An Excel that contradicts every assumption the report can name.
    const contrary: SelfCheckResults = {
      ...results,
      textRoundTrips: results.textRoundTrips.map((trip) => (trip.sample === "'quoted" && trip.cell === "text" ? { ...trip, returned: "quoted" } : trip)),
      longText: [{ cell: "text", length: MAX_CELL_CHARS, outcome: "refused", reason: "InvalidArgument" }, results.longText[1]],
      requests: results.requests.map((probe, index) => (index === 2 ? { ...probe, accepted: false, reason: "RequestPayloadSizeLimitExceeded" } : probe)),
      tableResize: { outcome: "failed", reason: "GeneralException" },
      rowGroups: { outcome: "failed", reason: "GeneralException" },
      offsetListValidation: { outcome: "failed", reason: "a listed value reads as invalid" },
      ownWriteEvents: { fired: null, triggerSource: null, reason: "AccessDenied" },
      temporarySheetRemoved: false,
    };
    for (const language of ["en", "es", "fr"] as const) {
      const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
      const sections = selfCheckReport(contrary, language, t);
      const attention = sections.flatMap((section) => section.lines).filter((line) => line.tone === "attention");
      expect(attention.map((line) => line.key)).toEqual([
        "selfCheck.text.changed",
        "selfCheck.long.refused",
        "selfCheck.request.refused",
        "selfCheck.tableResize.failed",
        "selfCheck.rowGroups.failed",
        "selfCheck.listValidation.failed",
        "selfCheck.events.failed",
        "selfCheck.cleanup.left",
      ]);
      expect(attention.filter((line) => line.key !== "selfCheck.cleanup.left").every((line) => line.consequence !== undefined)).toBe(true);
      const text = selfCheckText(t("selfCheck.reportTitle"), sections, t);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toContain({ en: "“'quoted”", es: "«'quoted»", fr: "«\u00a0'quoted\u00a0»" }[language]);
      expect(text).toContain(language === "fr" ? "4,5 Mo" : "4.5 MB".replace(".", language === "es" ? "," : "."));
    }
  });
});
