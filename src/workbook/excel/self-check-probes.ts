import { MAX_CELL_CHARS } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { listValidationFormula } from "../plan";
import {
  CHECKED_REQUIREMENT_SETS,
  REQUEST_PROBE_UTF16_BYTES,
  TEXT_SAMPLES,
  type FeatureOutcome,
  type LongTextRoundTrip,
  type OwnWriteEvents,
  type ProbeCell,
  type RequestProbe,
  type SelfCheckResults,
  type TextRoundTrip,
} from "../self-check";
import { excelInput, jsonBytes, TEXT_FORMAT } from "./cell-input";
import { STAGING_PREFIX } from "./excel-workbook";
import { officeGlobals, type ExcelHost } from "./excel-host";
import { jsonUtf16Bytes } from "./request-cost";

/**
 * "Check this Excel": probes, on a temporary sheet, what the adapter assumes about the Excel it
 * runs in (text protection, the cell limit, the request limit, optional calls, change events).
 * The sheet is named like a staging sheet, so it is never listed, and a write after a pane closed
 * mid-check removes it once stale; the check itself removes it in every case (finally).
 */

/** How long to wait for the change event of our own write: Excel raises it shortly after the request. */
const EVENT_WAIT_MS = 1500;
/** Characters per cell of the request probes: well under the cell limit, few cells per probe. */
const PROBE_CELL_CHARS = 30_000;

/** What the probes report while they run: share done, 0 to 1. */
export type SelfCheckProgress = (fraction: number) => void;

function describeError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserFacingError("selfCheck.cancelled");
}

/** Runs every probe; resolves with what each found. Throws only when cancelled, or when the temporary sheet cannot be made. */
export async function runSelfCheck(host: ExcelHost = officeGlobals, signal?: AbortSignal, progress: SelfCheckProgress = () => undefined): Promise<SelfCheckResults> {
  const diagnostics = host.diagnostics();
  const environment: SelfCheckResults["environment"] = {
    host: diagnostics?.host ?? null,
    platform: diagnostics?.platform ?? null,
    version: diagnostics?.version ?? null,
    requirementSets: CHECKED_REQUIREMENT_SETS.map((version) => ({ version, supported: host.supportsExcelApi(version) })),
  };
  // The staging pattern (time in base 36 first) lets a later write remove a sheet a closed pane left.
  const sheetName = `${STAGING_PREFIX}${Date.now().toString(36)}-check`;
  let removed = false;
  try {
    return await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add(sheetName);
      sheet.visibility = "VeryHidden";
      await context.sync();
      try {
        const steps: ((sheet: Excel.Worksheet) => Promise<unknown>)[] = [];
        const results: Partial<SelfCheckResults> = {};
        steps.push(async (target) => (results.textRoundTrips = await probeText(context, target)));
        steps.push(async (target) => (results.longText = await probeLongText(context, target)));
        steps.push(async (target) => (results.requests = await probeRequests(context, target, signal)));
        steps.push(async (target) => (results.tableResize = await probeTableResize(context, target, host)));
        steps.push(async (target) => (results.rowGroups = await probeRowGroups(context, target, host)));
        steps.push(async (target) => (results.offsetListValidation = await probeListValidation(context, target, sheetName)));
        steps.push(async (target) => (results.ownWriteEvents = await probeOwnWriteEvents(context, target)));
        for (const [index, step] of steps.entries()) {
          checkCancelled(signal);
          await step(sheet);
          progress((index + 1) / (steps.length + 1));
        }
        sheet.delete();
        await context.sync();
        removed = true;
        return { environment, ...(results as Omit<SelfCheckResults, "environment" | "temporarySheetRemoved">), temporarySheetRemoved: true };
      } finally {
        if (!removed) await removeSheet(context, sheetName).then((done) => (removed = done));
      }
    });
  } finally {
    // The context itself may be broken (the host closed a session): one more try in a fresh one.
    if (!removed) await host.run((context) => removeSheet(context, sheetName)).catch(() => false);
  }
}

async function removeSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.delete();
      await context.sync();
    }
    return true;
  } catch {
    return false;
  }
}

/** Writes `value` into a cell the way the adapter would (text cells formatted `@` first, General ones prefixed) and reads it back. */
async function roundTrip(context: Excel.RequestContext, cell: Excel.Range, value: string, kind: ProbeCell): Promise<{ returned: string | number | boolean | null; refused?: string }> {
  const textCell = kind === "text";
  if (textCell) cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[excelInput(value, textCell)]];
  cell.load("values");
  try {
    await context.sync();
  } catch (error) {
    return { returned: null, refused: describeError(error) };
  }
  const returned = cell.values[0][0] as string | number | boolean | null;
  return { returned };
}

async function probeText(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<TextRoundTrip[]> {
  const trips: TextRoundTrip[] = [];
  for (const [row, sample] of TEXT_SAMPLES.entries()) {
    for (const [column, cell] of (["text", "general"] as const).entries()) {
      trips.push({ sample, cell, ...(await roundTrip(context, sheet.getRangeByIndexes(row, column, 1, 1), sample, cell)) });
    }
  }
  return trips;
}

async function probeLongText(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<LongTextRoundTrip[]> {
  // Not one repeated letter: a value Excel shortened or changed anywhere must not compare equal.
  const long = Array.from({ length: MAX_CELL_CHARS }, (_, index) => String.fromCharCode(97 + (index % 26))).join("");
  const trips: LongTextRoundTrip[] = [];
  for (const [column, cell] of (["text", "general"] as const).entries()) {
    const result = await roundTrip(context, sheet.getRangeByIndexes(10, column, 1, 1), long, cell);
    if (result.refused !== undefined) trips.push({ cell, length: long.length, outcome: "refused", reason: result.refused });
    else trips.push({ cell, length: long.length, outcome: result.returned === long ? "unchanged" : "changed" });
  }
  return trips;
}

/** One request per probe size, each a column of long ASCII strings (UTF-16 twice UTF-8), written then dropped with the sheet. */
async function probeRequests(context: Excel.RequestContext, sheet: Excel.Worksheet, signal: AbortSignal | undefined): Promise<RequestProbe[]> {
  const probes: RequestProbe[] = [];
  for (const target of REQUEST_PROBE_UTF16_BYTES) {
    checkCancelled(signal);
    const cells = Math.max(1, Math.round(target / 2 / (PROBE_CELL_CHARS + 3)));
    const values = Array.from({ length: cells }, (_, index) => [`'${String(index).padStart(6, "0")}${"r".repeat(PROBE_CELL_CHARS - 6)}`]);
    sheet.getRangeByIndexes(20, 4, cells, 1).values = values;
    const probe: RequestProbe = { utf8Bytes: jsonBytes(values), utf16Bytes: jsonUtf16Bytes(values), accepted: true };
    try {
      await context.sync();
    } catch (error) {
      probe.accepted = false;
      probe.reason = describeError(error);
    }
    probes.push(probe);
    if (probe.accepted) {
      sheet.getRangeByIndexes(20, 4, cells, 1).clear("Contents");
      await context.sync();
    }
  }
  return probes;
}

async function probeFeature(supported: boolean, requirementSet: string, queue: () => Promise<boolean | string>): Promise<FeatureOutcome> {
  if (!supported) return { outcome: "unsupported", requirementSet };
  try {
    const verdict = await queue();
    return verdict === true ? { outcome: "works" } : { outcome: "failed", reason: String(verdict) };
  } catch (error) {
    return { outcome: "failed", reason: describeError(error) };
  }
}

/** A two-row table grown to four rows with `Table.resize` (ExcelApi 1.13), as new rows join a table. */
function probeTableResize(context: Excel.RequestContext, sheet: Excel.Worksheet, host: ExcelHost): Promise<FeatureOutcome> {
  return probeFeature(host.supportsExcelApi("1.13"), "1.13", async () => {
    sheet.getRangeByIndexes(0, 8, 3, 2).values = [
      ["'ID", "'Note"],
      ["'A-1", "'first"],
      ["'A-2", "'second"],
    ];
    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 8, 3, 2), true);
    await context.sync();
    sheet.getRangeByIndexes(3, 8, 2, 2).values = [
      ["'A-3", "'third"],
      ["'A-4", "'fourth"],
    ];
    table.resize(sheet.getRangeByIndexes(0, 8, 5, 2));
    const range = table.getRange();
    range.load("rowCount");
    await context.sync();
    return range.rowCount === 5 || `the table has ${range.rowCount} rows instead of 5`;
  });
}

/** Rows grouped (ExcelApi 1.10), as the matrix groups a cluster's rows, and ungrouped again. */
function probeRowGroups(context: Excel.RequestContext, sheet: Excel.Worksheet, host: ExcelHost): Promise<FeatureOutcome> {
  return probeFeature(host.supportsExcelApi("1.10"), "1.10", async () => {
    // A range from getEntireRow is not kept across syncs (Office.js refuses its path afterwards): each sync gets its own.
    const rows = () => sheet.getRangeByIndexes(30, 0, 3, 1).getEntireRow();
    rows().group("ByRows");
    await context.sync();
    rows().ungroup("ByRows");
    await context.sync();
    return true;
  });
}

/** A dropdown whose source is an OFFSET over a column, as every dropdown of the add-in: a listed value is valid, another is not. */
function probeListValidation(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string): Promise<FeatureOutcome> {
  return probeFeature(true, "1.8", async () => {
    sheet.getRangeByIndexes(0, 12, 4, 1).values = [["'Status"], ["'Not started"], ["'Ongoing"], ["'Completed"]];
    const cells = sheet.getRangeByIndexes(0, 13, 2, 1);
    cells.numberFormat = [[TEXT_FORMAT], [TEXT_FORMAT]];
    cells.values = [["Ongoing"], ["Something else"]];
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: `=${listValidationFormula({ sheet: sheetName, column: 13, firstRow: 2 })}` } };
    const listed = sheet.getRangeByIndexes(0, 13, 1, 1).dataValidation;
    const unlisted = sheet.getRangeByIndexes(1, 13, 1, 1).dataValidation;
    listed.load("valid");
    unlisted.load("valid");
    await context.sync();
    return (listed.valid && !unlisted.valid) || `a listed value reads as ${listed.valid ? "valid" : "invalid"}, another as ${unlisted.valid ? "valid" : "invalid"}`;
  });
}

/** Whether a value this add-in writes comes back as a `worksheet.onChanged` event, and how Excel marks it. */
async function probeOwnWriteEvents(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<OwnWriteEvents> {
  let received: { triggerSource: string | null } | null = null;
  let wake: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (wake = resolve));
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  try {
    handler = sheet.onChanged.add(async (event) => {
      received = { triggerSource: (event as { triggerSource?: string }).triggerSource ?? null };
      wake();
    });
    await context.sync();
    sheet.getRangeByIndexes(40, 0, 1, 1).values = [["'written by the add-in"]];
    await context.sync();
    await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, EVENT_WAIT_MS))]);
    const event = received as { triggerSource: string | null } | null;
    return { fired: event !== null, triggerSource: event?.triggerSource ?? null };
  } catch (error) {
    return { fired: null, triggerSource: null, reason: describeError(error) };
  } finally {
    if (handler) {
      handler.remove();
      await context.sync().catch(() => undefined);
    }
  }
}
