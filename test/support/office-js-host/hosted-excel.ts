/**
 * Excel's part, played on an in-memory workbook, behind Microsoft's real Office.js client library:
 * the adapter's commands are queued on real proxies and serialised by the real request code; the
 * executor here receives the batch Excel would receive (`Actions` and `ObjectPaths`) and runs it.
 * What it models, and on which documentation each behaviour rests, is listed in
 * docs/excel-adapter.md ("The test host").
 */
import { jsonBytes } from "../../../src/workbook/excel/cell-input";
import type { ExcelHost } from "../../../src/workbook/excel/excel-host";
import {
  a1Rect,
  MAX_COLUMNS,
  MAX_ROWS,
  cellKey,
  cellPosition,
  enter,
  ExcelState,
  MockOfficeError,
  MockSheet,
  overlaps,
  type MockCell,
  type MockTable,
  type Rect,
} from "./workbook-model";
import { loadOfficeJs, type OfficeJsLibrary } from "./load-office-js";

/** Excel on the web's documented limit for a request and for a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Characters a cell holds (Excel specifications and limits). */
export const CELL_CHAR_LIMIT = 32_767;


/** Office.js's event type number for Worksheet.onChanged, and the category of event messages. */
const WORKSHEET_CHANGED_EVENT = 10;
const EVENT_MESSAGE_CATEGORY = 65_536;

/** The serialised request, as `requestMessage.Body`. */
interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface HostSyncRecord {
  requestBytes: number;
  /** The same request counted as UTF-16 (two bytes per UTF-16 code unit). */
  requestUtf16Bytes: number;
  valueBytes: number;
  responseBytes: number;
  commands: number;
  /** The batch itself, kept only when `keepRequests` is set. */
  body?: RequestBody;
}

/** A table as the host holds it: MockTable plus its totals row. */
export interface HostTable extends MockTable {
  id?: string;
  /** The last row of `rect` is a totals row. */
  showTotals?: boolean;
}

/** What the object paths of a request stand for. */
type Target =
  | { kind: "workbook" }
  | { kind: "worksheets" }
  | { kind: "worksheet"; sheet: MockSheet }
  | { kind: "range"; sheet: MockSheet; rect: Rect }
  | { kind: "tables"; sheet: MockSheet | null }
  | { kind: "table"; table: HostTable }
  | { kind: "charts"; sheet: MockSheet }
  | { kind: "chart"; sheet: MockSheet; chart: MockSheet["charts"][number] }
  | { kind: "conditionalFormats"; sheet: MockSheet; rect: Rect }
  | { kind: "conditionalFormat"; props: Record<string, unknown>; path: string }
  | { kind: "pageBreaks"; sheet: MockSheet }
  | { kind: "freezePanes"; sheet: MockSheet }
  | { kind: "settings"; record: (path: string, value: unknown) => void; path: string; clear?: () => void; valid?: () => boolean }
  | { kind: "null" };

let tableIds = 0;

/**
 * An Excel workbook in memory behind the real Office.js: the state the tests inspect (sheets,
 * tables, syncs) is MockExcelState's, the requests are Office.js's own.
 */
export class HostedExcel extends ExcelState {
  /** How the 5 MB request limit is counted; not documented, so the strict reading by default. */
  limitCounts: "utf8" | "utf16" = "utf16";
  /** Whether the `'` prefix counts towards the 32,767 characters of what is typed into a cell. */
  prefixCountsTowardsLimit = true;
  /** Refuse requests and responses over the limit (benchmarks turn it off to measure what would be sent). */
  enforceLimits = true;
  /** Keep every request body in `syncs` (benchmarks and tests that inspect commands). */
  keepRequests = false;
  /** Whether Excel fires onChanged for the add-in's own writes (it does: the self-check can tell). */
  ownWritesFireEvents = true;
  /** What `Office.context.diagnostics` reports. */
  diagnostics = { host: "Excel", platform: "OfficeOnline", version: "16.0 (Office.js test host)" };
  /** Fails the first request for which this answers true, before it runs (a host closing mid-write). */
  failOn: ((body: { Actions: { Name: string }[] }) => boolean) | null = null;
  readonly library: OfficeJsLibrary;
  override syncs: HostSyncRecord[] = [];
  private registered = new Map<string, number>();

  constructor(sheetNames: string[] = ["Sheet1"]) {
    super(sheetNames);
    this.library = loadOfficeJs();
  }

  /** The seam the adapter takes: Excel.run with a context whose requests this workbook answers. */
  get api(): ExcelHost {
    return {
      run: (batch) => {
        this.runs++;
        return this.library.Excel.run(this.newContext(), batch);
      },
      runWith: (context, batch) => {
        this.runs++;
        return this.library.Excel.run(context, batch);
      },
      supportsExcelApi: (version) => this.supported.has(version),
      diagnostics: () => this.diagnostics,
    };
  }

  newContext(): Excel.RequestContext {
    const context = new this.library.Excel.RequestContext();
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: RequestBody }) => Promise.resolve(this.execute(message.Body)),
    };
    return context;
  }

  /** `Excel` and `Office` globals for code that uses them directly (as the add-in's page does). */
  install(): void {
    const api = this.api;
    (globalThis as Record<string, unknown>).Excel = { run: (first: unknown, second?: unknown) => (second ? api.runWith(first as Excel.RequestContext, second as never) : api.run(first as never)) };
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && this.supported.has(version) } } };
  }

  override async fireChanged(sheet: string, address: string, changeType = "RangeEdited", source: "Local" | "Remote" = "Local"): Promise<void> {
    const target = this.sheet(sheet);
    if (!target) throw new Error(`No sheet ${sheet}`);
    this.raiseChanged(target, address, changeType, source, false);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Requests a handler is registered for, by sheet: the add-in's watch. */
  watched(sheet: string): number {
    const target = this.sheet(sheet);
    return target ? (this.registered.get(target.id) ?? 0) : 0;
  }

  /**
   * An onChanged event as Excel raises it. ExcelApi 1.14 adds `triggerSource`: "ThisLocalAddin"
   * for changes this add-in made, "Unknown" for anything else; older hosts send none.
   */
  private raiseChanged(sheet: MockSheet, address: string, changeType: string, source: "Local" | "Remote", ours: boolean): void {
    if ((this.registered.get(sheet.id) ?? 0) === 0) return;
    const triggerSource = this.supported.has("1.14") ? (ours ? "ThisLocalAddin" : "Unknown") : undefined;
    const message = JSON.stringify({ type: "WorksheetChanged", address, changeType, source, worksheetId: sheet.id, triggerSource });
    const entries = { entries: [{ messageCategory: EVENT_MESSAGE_CATEGORY, messageType: WORKSHEET_CHANGED_EVENT, targetId: sheet.id, message }] };
    if (this.deliverEvent) this.deliverEvent(entries);
    else this.library.OfficeExtension._testTriggerRichApiMessageEvent(entries);
  }

  // ---- the executor ------------------------------------------------------------------------

  /**
   * Where event messages go when the library that registered the handlers is not this process's
   * (a browser page whose Office.js sends its requests here, test/support/office-js-host/browser-bridge.ts).
   */
  deliverEvent: ((message: unknown) => void) | null = null;

  /** Answers one serialised request as Excel would (the executor's part); public for a bridge from a browser page. */
  execute(body: RequestBody): unknown {
    const json = JSON.stringify(body);
    const record: HostSyncRecord = {
      requestBytes: jsonBytes(body),
      requestUtf16Bytes: json.length * 2,
      valueBytes: 0,
      responseBytes: 0,
      // Changes to the workbook: property sets and method calls, without Office.js's own bookkeeping (_KeepReference...).
      commands: body.Actions.filter((action) => (action.ActionType === 3 || action.ActionType === 4) && !action.Name.startsWith("_")).length,
    };
    if (this.keepRequests) record.body = JSON.parse(json) as RequestBody;
    for (const action of body.Actions) {
      if (action.ActionType === 4 && /^(Values|Formulas|FormulasR1C1)$/.test(action.Name)) record.valueBytes += jsonBytes(action.ArgumentInfo?.Arguments?.[0]);
    }
    this.syncs.push(record);
    if (this.failAtSync === this.syncs.length) return failure("GeneralException", "Injected failure", 500);
    if (this.failOn?.(body)) {
      this.failOn = null;
      return failure("GeneralException", "Injected failure", 500);
    }
    const size = this.limitCounts === "utf16" ? record.requestUtf16Bytes : record.requestBytes;
    if (this.enforceLimits && size > PAYLOAD_LIMIT_BYTES) return failure("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${size} bytes)`, 413);

    const run = new RequestRun(this, body);
    const results: { ActionId: number; Value: unknown }[] = [];
    let error: { Code: string; Message: string; ActionIndex: number; HttpStatusCode: number } | null = null;
    body.Actions.forEach((action, index) => {
      if (error) return;
      try {
        const value = run.action(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (thrown) {
        const code = thrown instanceof MockOfficeError ? thrown.code : "GeneralException";
        error = { Code: code, Message: (thrown as Error).message, ActionIndex: index, HttpStatusCode: 400 };
      }
    });
    record.responseBytes = jsonBytes(results);
    const responseSize = this.limitCounts === "utf16" ? JSON.stringify(results).length * 2 : record.responseBytes;
    if (this.enforceLimits && !error && responseSize > PAYLOAD_LIMIT_BYTES) return failure("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseSize} bytes)`, 413);
    if (this.ownWritesFireEvents) {
      for (const [sheet, rects] of run.changed) {
        // Excel raises the add-in's own changes as events with source Local, after the request.
        setTimeout(() => rects.forEach((rect) => this.raiseChanged(sheet, rectAddress(rect), "RangeEdited", "Local", true)), 0);
      }
    }
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: results, Error: error ?? undefined } };
  }

  /** Called by a run when the add-in registers or removes its onChanged handler on a sheet. */
  register(sheet: MockSheet, delta: number): void {
    const count = Math.max(0, (this.registered.get(sheet.id) ?? 0) + delta);
    this.registered.set(sheet.id, count);
    sheet.changeHandlers = Array.from({ length: count }, () => async () => undefined);
  }
}

/** Removes the globals `install` set. */
export function uninstall(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}

function failure(code: string, message: string, status: number): unknown {
  return { HttpStatusCode: status, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}

export function rectAddress(rect: Rect): string {
  const letter = (column: number) => {
    let letters = "";
    for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
    return letters;
  };
  const start = `${letter(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${letter(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** One request being carried out: object paths resolved once each, in the order actions need them. */
class RequestRun {
  private targets = new Map<number, Target>();
  /** Cells changed per sheet, for the change events. */
  readonly changed = new Map<MockSheet, Rect[]>();
  constructor(
    private state: HostedExcel,
    private body: RequestBody,
  ) {}

  action(action: Action): unknown {
    switch (action.ActionType) {
      case 1: {
        // Instantiate: objects made by a method (a sheet, a table) report their id, so later requests find them again.
        const target = this.resolve(action.ObjectPathId);
        if (target.kind === "null") return null;
        if (target.kind === "worksheet") return { Id: target.sheet.id };
        if (target.kind === "table") return { Id: this.tableId(target.table) };
        return undefined;
      }
      case 2:
        return this.query(this.resolve(action.ObjectPathId), action.QueryInfo?.Select ?? []);
      case 3:
        return this.method(this.resolve(action.ObjectPathId), action.Name, this.args(action.ArgumentInfo));
      case 4:
        this.setProperty(this.resolve(action.ObjectPathId), action.Name, this.args(action.ArgumentInfo)[0]);
        return undefined;
      case 5:
        return null;
      default:
        throw new MockOfficeError("InvalidRequest", `The host does not run action type ${action.ActionType}`);
    }
  }

  private args(info: ObjectPathInfo["ArgumentInfo"]): unknown[] {
    const values = info?.Arguments ?? [];
    const references = info?.ReferencedObjectPathIds ?? [];
    return values.map((value, index) => (references[index] ? this.resolve(references[index]) : value));
  }

  private tableId(table: HostTable): string {
    table.id ??= `{table-${++tableIds}}`;
    return table.id;
  }

  private markChanged(sheet: MockSheet, rect: Rect): void {
    const rects = this.changed.get(sheet) ?? [];
    rects.push(rect);
    this.changed.set(sheet, rects);
  }

  resolve(id: number): Target {
    const known = this.targets.get(id);
    if (known) return known;
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw new MockOfficeError("InvalidRequest", `No object path ${id}`);
    let target: Target;
    switch (info.ObjectPathType) {
      case 1:
        target = { kind: "workbook" };
        break;
      case 4:
        target = this.property(this.resolve(info.ParentObjectPathId as number), info.Name);
        break;
      case 3:
        target = this.method(this.resolve(info.ParentObjectPathId as number), info.Name, this.args(info.ArgumentInfo)) as Target;
        break;
      case 5:
        target = this.indexer(this.resolve(info.ParentObjectPathId as number), String(info.ArgumentInfo?.Arguments?.[0]));
        break;
      case 7:
        target = { kind: "null" };
        break;
      default:
        throw new MockOfficeError("InvalidRequest", `The host does not resolve object path type ${info.ObjectPathType}`);
    }
    this.targets.set(id, target);
    return target;
  }

  private sheetByKey(key: string): MockSheet | undefined {
    return this.state.sheets.find((sheet) => sheet.id === key) ?? this.state.sheet(key);
  }

  private indexer(parent: Target, key: string): Target {
    if (parent.kind === "worksheets") {
      const sheet = this.sheetByKey(key);
      if (!sheet) throw new MockOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet ${key}).`);
      return { kind: "worksheet", sheet };
    }
    if (parent.kind === "tables") {
      const table = this.findTable(key);
      if (!table) throw new MockOfficeError("ItemNotFound", `The requested resource doesn't exist (table ${key}).`);
      return { kind: "table", table };
    }
    if (parent.kind === "charts") {
      const chart = parent.sheet.charts.find((candidate) => candidate.props.id === key || candidate.props.name === key);
      if (!chart) throw new MockOfficeError("ItemNotFound", `No chart ${key}`);
      return { kind: "chart", sheet: parent.sheet, chart };
    }
    throw new MockOfficeError("InvalidRequest", `No indexer on ${parent.kind}`);
  }

  private findTable(key: string): HostTable | undefined {
    return (this.state.tables as HostTable[]).find((table) => table.id === key) ?? (this.state.table(key) as HostTable | undefined);
  }

  private property(parent: Target, name: string): Target {
    const settings = (record: (path: string, value: unknown) => void, path = ""): Target => ({ kind: "settings", record, path });
    if (parent.kind === "null") return parent;
    if (parent.kind === "workbook") {
      if (name === "Worksheets") return { kind: "worksheets" };
      if (name === "Tables") return { kind: "tables", sheet: null };
    }
    if (parent.kind === "worksheet") {
      const sheet = parent.sheet;
      if (name === "Tables") return { kind: "tables", sheet };
      if (name === "Charts") return { kind: "charts", sheet };
      if (name === "FreezePanes") return { kind: "freezePanes", sheet };
      if (name === "HorizontalPageBreaks") return { kind: "pageBreaks", sheet };
      if (name === "PageLayout") return settings((path, value) => (sheet.pageLayout[path] = value));
    }
    if (parent.kind === "table" && name === "Worksheet") return { kind: "worksheet", sheet: parent.table.sheet };
    if (parent.kind === "range") {
      const { sheet, rect } = parent;
      if (name === "Format") return settings((path, value) => sheet.styles.push({ rect, path: `format.${path}`, value }));
      if (name === "ConditionalFormats") return { kind: "conditionalFormats", sheet, rect };
      if (name === "DataValidation")
        return {
          kind: "settings",
          path: "",
          record: (path, value) => {
            if (path === "rule") {
              sheet.validations = sheet.validations.filter((validation) => !contains(rect, validation.rect));
              sheet.validations.push({ rect, rule: value });
            } else sheet.styles.push({ rect, path: `dataValidation.${path}`, value });
          },
          clear: () => (sheet.validations = sheet.validations.filter((validation) => !overlaps(validation.rect, rect))),
          valid: () => this.valid(sheet, rect),
        };
    }
    if (parent.kind === "settings") return { kind: "settings", record: parent.record, path: parent.path ? `${parent.path}.${lower(name)}` : lower(name) };
    if (parent.kind === "conditionalFormat") return { kind: "conditionalFormat", props: parent.props, path: parent.path ? `${parent.path}.${lower(name)}` : lower(name) };
    if (parent.kind === "chart") return settings((path, value) => (parent.chart.props[`${lower(name)}.${path}`] = value));
    throw new MockOfficeError("InvalidRequest", `The host has no property ${name} on ${parent.kind}`);
  }

  private query(target: Target, select: string[]): unknown {
    if (target.kind === "null") return null;
    if (target.kind === "worksheets") return { _Items: this.state.sheets.map((sheet) => this.sheetValue(sheet, select)) };
    if (target.kind === "tables") {
      const tables = (this.state.tables as HostTable[]).filter((table) => !target.sheet || table.sheet === target.sheet);
      return { _Items: tables.map((table) => this.tableValue(table, select)) };
    }
    if (target.kind === "charts") return { _Items: target.sheet.charts.map((chart) => ({ Id: chartId(chart), Name: chart.props.name })) };
    if (target.kind === "worksheet") return this.sheetValue(target.sheet, select);
    if (target.kind === "table") return this.tableValue(target.table, select);
    if (target.kind === "range") return this.rangeValue(target.sheet, target.rect, select);
    if (target.kind === "settings" && target.valid && select.every((field) => field === "valid")) return { Valid: target.valid() };
    throw new MockOfficeError("InvalidRequest", `The host cannot load ${target.kind}`);
  }

  private sheetValue(sheet: MockSheet, select: string[]): Record<string, unknown> {
    const all: Record<string, unknown> = { Id: sheet.id, Name: sheet.name, Visibility: sheet.visibility, Position: this.state.sheets.indexOf(sheet), TabColor: sheet.tabColor };
    return pickSelected(all, select);
  }

  private tableValue(table: HostTable, select: string[]): Record<string, unknown> {
    const value: Record<string, unknown> = { Id: this.tableId(table), Name: table.name, Style: table.style, ShowTotals: table.showTotals === true };
    const picked = pickSelected(value, select.filter((name) => !name.includes("/")));
    const worksheetFields = select.filter((name) => name.startsWith("worksheet/")).map((name) => name.slice("worksheet/".length));
    if (worksheetFields.length > 0) picked.Worksheet = this.sheetValue(table.sheet, worksheetFields);
    return picked;
  }

  private rangeValue(sheet: MockSheet, rect: Rect, select: string[]): Record<string, unknown> {
    if (rect.rows * rect.columns > 5_000_000) throw new MockOfficeError("ResponsePayloadSizeLimitExceeded", "More than 5 million cells in one read");
    const grid = (pick: (cell: MockCell | undefined) => unknown) =>
      Array.from({ length: rect.rows }, (_, row) => Array.from({ length: rect.columns }, (_, column) => pick(sheet.peek(rect.row + row, rect.column + column))));
    const value: Record<string, unknown> = {};
    const fields = select.length > 0 ? select : ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
    for (const field of fields) {
      if (field === "values") value.Values = grid((cell) => cell?.value ?? "");
      else if (field === "numberFormat") value.NumberFormat = grid((cell) => cell?.format ?? "General");
      else if (field === "formulas") value.Formulas = grid((cell) => cell?.formula ?? cell?.value ?? "");
      else if (field === "text") value.Text = grid((cell) => (cell?.value === null || cell?.value === undefined ? "" : String(cell.value)));
      else if (field === "rowIndex") value.RowIndex = rect.row;
      else if (field === "columnIndex") value.ColumnIndex = rect.column;
      else if (field === "rowCount") value.RowCount = rect.rows;
      else if (field === "columnCount") value.ColumnCount = rect.columns;
      else if (field === "address") value.Address = `${sheet.name}!${rectAddress(rect)}`;
      else if (field === "isNullObject") continue;
      else if (field === "rowHidden" || field === "columnHidden") value[upper(field)] = false;
      else throw new MockOfficeError("InvalidRequest", `The host cannot load range ${field}`);
    }
    return value;
  }

  /**
   * DataValidation.valid (ExcelApi 1.8): whether every cell of the range holds a value its rule
   * allows. The host evaluates list rules only: an inline list, or the OFFSET/COUNTA source every
   * dropdown of the add-in has (plan.ts, listValidationFormula), counted as Excel counts it.
   */
  private valid(sheet: MockSheet, rect: Rect): boolean {
    for (let row = rect.row; row < rect.row + rect.rows; row++) {
      for (let column = rect.column; column < rect.column + rect.columns; column++) {
        const validation = sheet.validations.find((candidate) => overlaps(candidate.rect, { row, column, rows: 1, columns: 1 }));
        const value = sheet.peek(row, column)?.value ?? null;
        if (!validation || value === null) continue;
        const allowed = this.listItems(validation.rule);
        if (!allowed.some((item) => item.toLowerCase() === String(value).toLowerCase())) return false;
      }
    }
    return true;
  }

  private listItems(rule: unknown): string[] {
    const source = String((rule as { list?: { source?: unknown } } | null)?.list?.source ?? "");
    if (!source) throw new MockOfficeError("InvalidRequest", "The host evaluates list validation rules only");
    if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
    const offset = /^=OFFSET\(('?)(.+?)\1!\$([A-Z]+)\$(\d+),0,0,MAX\(1,COUNTA\(\1\2\1!\$\3:\$\3\)-(\d+)\),1\)$/.exec(source);
    if (!offset) throw new MockOfficeError("InvalidRequest", `The host cannot evaluate the list source ${source}`);
    const [, , sheetName, letters, firstRow, headerRows] = offset;
    const sheet = this.state.sheet(sheetName.replace(/''/g, "'"));
    if (!sheet) throw new MockOfficeError("InvalidReference", `No sheet ${sheetName}`);
    const column = a1Rect(`${letters}1`).column;
    let filled = 0;
    for (const [key, cell] of sheet.cells) if (cellPosition(key)[1] === column && cell.value !== null && cell.value !== "") filled++;
    const count = Math.max(1, filled - Number(headerRows));
    return Array.from({ length: count }, (_, index) => sheet.peek(Number(firstRow) - 1 + index, column)?.value).filter((value) => value !== null && value !== undefined).map(String);
  }

  // ---- methods -----------------------------------------------------------------------------

  method(target: Target, name: string, args: unknown[]): unknown {
    // Office.js keeps (and releases) references to the objects a batch tracks; nothing to do in memory.
    if (name === "_KeepReference" || name === "_RemoveReference") return undefined;
    if (target.kind === "null") {
      if (/^Get.*OrNullObject$/.test(name)) return target;
      throw new MockOfficeError("ItemNotFound", `${name} on a null object`);
    }
    switch (target.kind) {
      case "worksheets":
        return this.worksheetsMethod(name, args);
      case "worksheet":
        return this.worksheetMethod(target.sheet, name, args);
      case "range":
        return this.rangeMethod(target.sheet, target.rect, name, args);
      case "tables":
        return this.tablesMethod(target, name, args);
      case "table":
        return this.tableMethod(target.table, name, args);
      case "charts":
        if (name === "Add") {
          const source = args[1] as Target;
          if (source.kind !== "range") throw new MockOfficeError("InvalidArgument", "A chart needs a source range");
          // Excel names a new chart "Chart N" until someone names it.
          const chart = { type: String(args[0]), source: source.rect, props: { seriesBy: args[2], id: `{chart-${++tableIds}}`, name: `Chart ${target.sheet.charts.length + 1}` } as Record<string, unknown> };
          target.sheet.charts.push(chart);
          return { kind: "chart", sheet: target.sheet, chart };
        }
        if (name === "GetItem") return this.indexer(target, String(args[0]));
        break;
      case "chart":
        if (name === "Delete") {
          target.sheet.charts = target.sheet.charts.filter((chart) => chart !== target.chart);
          return undefined;
        }
        if (name === "SetPosition") {
          target.chart.props.position = (args[0] as Extract<Target, { kind: "range" }>).rect;
          return undefined;
        }
        break;
      case "conditionalFormats":
        if (name === "Add") {
          const props: Record<string, unknown> = { type: args[0] };
          target.sheet.conditionalFormats.push({ rect: target.rect, props });
          return { kind: "conditionalFormat", props, path: "" };
        }
        if (name === "ClearAll") {
          target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter((format) => !overlaps(format.rect, target.rect));
          return undefined;
        }
        break;
      case "freezePanes": {
        const sheet = target.sheet;
        if (name === "FreezeRows") sheet.freeze = { rows: Number(args[0]), columns: 0 };
        else if (name === "FreezeColumns") sheet.freeze = { rows: 0, columns: Number(args[0]) };
        else if (name === "FreezeAt") {
          const range = args[0] as Target;
          const rect = range.kind === "range" ? range.rect : a1Rect(String(args[0]));
          sheet.freeze = { rows: rect.row + rect.rows, columns: rect.column + rect.columns };
        } else if (name === "Unfreeze") sheet.freeze = null;
        else break;
        return undefined;
      }
      case "pageBreaks":
        if (name === "Add") {
          const range = args[0] as Target;
          const rect = range.kind === "range" ? range.rect : a1Rect(String(args[0]));
          const breaks = (target.sheet.pageLayout.horizontalPageBreaks as number[] | undefined) ?? [];
          target.sheet.pageLayout.horizontalPageBreaks = [...breaks, rect.row];
          return { kind: "settings", record: () => undefined, path: "" };
        }
        if (name === "RemovePageBreaks") {
          target.sheet.pageLayout.horizontalPageBreaks = [];
          return undefined;
        }
        break;
      case "settings":
        if (name === "SetPrintTitleRows") {
          target.record("printTitleRows", args[0]);
          return undefined;
        }
        if (name === "Clear") {
          if (target.clear) target.clear();
          else target.record("cleared", true);
          return undefined;
        }
        break;
      default:
        break;
    }
    throw new MockOfficeError("InvalidRequest", `The host has no method ${name} on ${target.kind}`);
  }

  private worksheetsMethod(name: string, args: unknown[]): unknown {
    const key = String(args[0] ?? "");
    if (name === "GetItem") return this.indexer({ kind: "worksheets" }, key);
    if (name === "GetItemOrNullObject") {
      const sheet = this.sheetByKey(key);
      return sheet ? { kind: "worksheet", sheet } : { kind: "null" };
    }
    if (name === "Add") {
      if (this.state.sheet(key)) throw new MockOfficeError("ItemAlreadyExists", `A sheet named ${key} already exists`);
      if (key.length > 31 || /[\\/?*[\]:]/.test(key)) throw new MockOfficeError("InvalidArgument", `Not a sheet name: ${key}`);
      const sheet = new MockSheet(key);
      this.state.sheets.push(sheet);
      return { kind: "worksheet", sheet };
    }
    if (name === "_RegisterDataChangedEvent" || name === "_UnregisterDataChangedEvent") return undefined;
    throw new MockOfficeError("InvalidRequest", `The host has no method ${name} on the worksheets`);
  }

  private worksheetMethod(sheet: MockSheet, name: string, args: unknown[]): unknown {
    switch (name) {
      case "GetRange":
        return { kind: "range", sheet, rect: args[0] === null || args[0] === undefined || args[0] === "" ? { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } : a1Rect(String(args[0])) };
      case "GetRangeByIndexes": {
        const [row, column, rows, columns] = args.map(Number);
        if (rows < 1 || columns < 1 || row < 0 || column < 0 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) {
          throw new MockOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (range ${row},${column} of ${rows}x${columns}).`);
        }
        return { kind: "range", sheet, rect: { row, column, rows, columns } };
      }
      case "GetUsedRangeOrNullObject":
      case "GetUsedRange":
        return usedRange(sheet, { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }, args[0] === true) ?? (name === "GetUsedRange" ? { kind: "range", sheet, rect: { row: 0, column: 0, rows: 1, columns: 1 } } : { kind: "null" });
      case "Delete":
        this.state.sheets = this.state.sheets.filter((candidate) => candidate !== sheet);
        this.state.tables = this.state.tables.filter((table) => table.sheet !== sheet);
        return undefined;
      case "Activate":
        this.state.activeSheet = sheet.name;
        return undefined;
      case "_RegisterDataChangedEvent":
        this.state.register(sheet, 1);
        return undefined;
      case "_UnregisterDataChangedEvent":
        this.state.register(sheet, -1);
        return undefined;
      default:
        throw new MockOfficeError("InvalidRequest", `The host has no method ${name} on a worksheet`);
    }
  }

  private tablesMethod(target: Extract<Target, { kind: "tables" }>, name: string, args: unknown[]): unknown {
    if (name === "GetItem") return this.indexer(target, String(args[0]));
    if (name === "GetItemOrNullObject") {
      const table = this.findTable(String(args[0]));
      return table ? { kind: "table", table } : { kind: "null" };
    }
    if (name === "Add") {
      const address = args[0] as Target;
      if (address.kind !== "range") throw new MockOfficeError("InvalidArgument", "Tables are made over a range here");
      if (args[1] !== true) throw new MockOfficeError("InvalidArgument", "The host makes tables with headers only");
      const { sheet, rect } = address;
      if (this.state.tables.some((table) => table.sheet === sheet && overlaps(table.rect, rect))) throw new MockOfficeError("InvalidOperation", "A table can't overlap another table.");
      if (rect.rows < 2) throw new MockOfficeError("InvalidArgument", "A table needs a header and a data row");
      const seen = new Set<string>();
      for (let column = 0; column < rect.columns; column++) {
        // Excel names empty or repeated headers ColumnN (a header is always text and unique).
        const header = sheet.cell(rect.row, rect.column + column);
        let text = header.value === null || header.value === "" ? `Column${column + 1}` : String(header.value);
        while (seen.has(text.toLowerCase())) text = `${text}2`;
        seen.add(text.toLowerCase());
        Object.assign(header, { value: text, text: true, formula: null });
      }
      const table: HostTable = { name: `Table${this.state.tables.length + 1}`, sheet, rect, style: "TableStyleMedium2", showTotals: false };
      this.tableId(table);
      this.state.tables.push(table);
      return { kind: "table", table };
    }
    throw new MockOfficeError("InvalidRequest", `The host has no method ${name} on tables`);
  }

  private tableMethod(table: HostTable, name: string, args: unknown[]): unknown {
    const { rect, sheet } = table;
    const totals = table.showTotals ? 1 : 0;
    switch (name) {
      case "GetRange":
        return { kind: "range", sheet, rect };
      case "GetHeaderRowRange":
        return { kind: "range", sheet, rect: { ...rect, rows: 1 } };
      case "GetDataBodyRange":
        return { kind: "range", sheet, rect: { ...rect, row: rect.row + 1, rows: rect.rows - 1 - totals } };
      case "GetTotalRowRange":
        if (!totals) throw new MockOfficeError("InvalidOperation", "The table has no totals row");
        return { kind: "range", sheet, rect: { ...rect, row: rect.row + rect.rows - 1, rows: 1 } };
      case "Delete":
        this.state.tables = this.state.tables.filter((candidate) => candidate !== table);
        for (let row = 0; row < rect.rows; row++) for (let column = 0; column < rect.columns; column++) sheet.cells.delete(cellKey(rect.row + row, rect.column + column));
        return undefined;
      case "ConvertToRange":
        this.state.tables = this.state.tables.filter((candidate) => candidate !== table);
        return { kind: "range", sheet, rect };
      case "Resize": {
        if (!this.state.supported.has("1.13")) throw new MockOfficeError("ApiNotFound", "Table.resize needs ExcelApi 1.13");
        const range = args[0] as Target;
        const next = range.kind === "range" ? range.rect : a1Rect(String(args[0]).replace(/^.*!/, ""));
        if (next.row !== rect.row || next.column !== rect.column) throw new MockOfficeError("InvalidArgument", "The header row must stay where it is");
        if (this.state.tables.some((other) => other !== table && other.sheet === sheet && overlaps(other.rect, next))) throw new MockOfficeError("InvalidOperation", "A table can't overlap another table.");
        this.extendFormats(table, next);
        table.rect = next;
        return undefined;
      }
      default:
        throw new MockOfficeError("InvalidRequest", `The host has no method ${name} on a table`);
    }
  }

  /**
   * A table that grows (resize, or a value typed under it) carries its columns' formats, validation
   * and conditional formats down to the new rows, as Excel does for formatting that covers whole
   * table columns. `convertToRange` + `tables.add` does not: those rows get nothing.
   */
  private extendFormats(table: HostTable, next: Rect): void {
    const { sheet, rect } = table;
    if (next.rows <= rect.rows) return;
    const body = { ...rect, row: rect.row + 1, rows: rect.rows - 1 };
    const grow = (item: { rect: Rect }) => {
      if (item.rect.row <= body.row && item.rect.row + item.rect.rows >= body.row + body.rows && item.rect.column >= rect.column && item.rect.column + item.rect.columns <= rect.column + rect.columns) {
        item.rect = { ...item.rect, rows: next.row + next.rows - item.rect.row };
      }
    };
    sheet.conditionalFormats.forEach(grow);
    sheet.validations.forEach(grow);
  }

  private rangeMethod(sheet: MockSheet, rect: Rect, name: string, args: unknown[]): unknown {
    const range = (next: Rect): Target => ({ kind: "range", sheet, rect: next });
    switch (name) {
      case "GetEntireColumn":
        return range({ row: 0, rows: MAX_ROWS, column: rect.column, columns: rect.columns });
      case "GetEntireRow":
        return range({ row: rect.row, rows: rect.rows, column: 0, columns: MAX_COLUMNS });
      case "GetRowsBelow":
        return range({ row: rect.row + rect.rows, rows: Number(args[0] ?? 1), column: rect.column, columns: rect.columns });
      case "GetRowsAbove":
        return range({ row: rect.row - Number(args[0] ?? 1), rows: Number(args[0] ?? 1), column: rect.column, columns: rect.columns });
      case "GetResizedRange":
        return range({ ...rect, rows: rect.rows + Number(args[0]), columns: rect.columns + Number(args[1]) });
      case "GetOffsetRange":
        return range({ ...rect, row: rect.row + Number(args[0]), column: rect.column + Number(args[1]) });
      case "GetRow":
        return range({ row: rect.row + Number(args[0]), rows: 1, column: rect.column, columns: rect.columns });
      case "GetColumn":
        return range({ row: rect.row, rows: rect.rows, column: rect.column + Number(args[0]), columns: 1 });
      case "GetBoundingRect": {
        const other = args[0] as Target;
        if (other.kind !== "range") throw new MockOfficeError("InvalidArgument", "getBoundingRect takes a range here");
        const top = Math.min(rect.row, other.rect.row);
        const left = Math.min(rect.column, other.rect.column);
        const bottom = Math.max(rect.row + rect.rows, other.rect.row + other.rect.rows);
        const right = Math.max(rect.column + rect.columns, other.rect.column + other.rect.columns);
        return range({ row: top, column: left, rows: bottom - top, columns: right - left });
      }
      case "_ValidateArraySize":
        // Office.js sends large arrays in slices of 1,500 cells and asks Excel first whether the whole fits the range.
        if (Number(args[0]) !== rect.rows || Number(args[1]) !== rect.columns) {
          throw new MockOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}x${rect.columns}).`);
        }
        return undefined;
      case "GetCell":
        return range({ row: rect.row + Number(args[0]), column: rect.column + Number(args[1]), rows: 1, columns: 1 });
      case "GetUsedRangeOrNullObject":
        return usedRange(sheet, rect, args[0] === true) ?? { kind: "null" };
      case "Select":
        this.state.selection = { sheet: sheet.name, rect };
        return undefined;
      case "Clear":
        this.clear(sheet, rect, String(args[0] ?? "All"));
        return undefined;
      case "Delete":
        this.deleteCells(sheet, rect, String(args[0]));
        return undefined;
      case "CopyFrom":
        this.copyFrom(sheet, rect, args[0] as Target, String(args[1] ?? "All"), args[2] === true, args[3] === true);
        return undefined;
      case "Group":
        if (!this.state.supported.has("1.10")) throw new MockOfficeError("ApiNotFound", "Range.group needs ExcelApi 1.10");
        sheet.groups.push(rect);
        return undefined;
      case "Ungroup":
        if (!this.state.supported.has("1.10")) throw new MockOfficeError("ApiNotFound", "Range.ungroup needs ExcelApi 1.10");
        if (sheet.groups.length === 0) throw new MockOfficeError("InvalidOperation", "Cannot ungroup: there is no outline");
        sheet.groups = sheet.groups.filter((group) => !overlaps(group, rect));
        return undefined;
      default:
        throw new MockOfficeError("InvalidRequest", `The host has no method ${name} on a range`);
    }
  }

  private clear(sheet: MockSheet, rect: Rect, applyTo: string): void {
    const keys: number[] = [];
    if (rect.rows * rect.columns < sheet.cells.size) {
      for (let row = 0; row < rect.rows; row++) for (let column = 0; column < rect.columns; column++) keys.push(cellKey(rect.row + row, rect.column + column));
    } else {
      for (const key of sheet.cells.keys()) {
        const [row, column] = cellPosition(key);
        if (overlaps({ row, column, rows: 1, columns: 1 }, rect)) keys.push(key);
      }
    }
    for (const key of keys) {
      const cell = sheet.cells.get(key);
      if (!cell) continue;
      if (applyTo === "All") sheet.cells.delete(key);
      else if (applyTo === "Contents") Object.assign(cell, { value: null, text: false, formula: null });
      else if (applyTo === "Formats") cell.format = "General";
    }
    if (applyTo === "All" || applyTo === "Formats") sheet.styles = sheet.styles.filter((style) => !contains(rect, style.rect));
    if (applyTo !== "Formats") this.nameEmptyHeaders(sheet, rect);
    this.markChanged(sheet, clip(rect));
  }

  /** Cells deleted with shift Up: what is below in the same columns moves up; a table over them shrinks. */
  private deleteCells(sheet: MockSheet, rect: Rect, shift: string): void {
    if (shift !== "Up") throw new MockOfficeError("InvalidRequest", "The host deletes with shift Up only");
    for (const table of (this.state.tables as HostTable[]).filter((candidate) => candidate.sheet === sheet && overlaps(candidate.rect, rect))) {
      const bodyEnd = table.rect.row + table.rect.rows - (table.showTotals ? 1 : 0);
      if (table.rect.column !== rect.column || table.rect.columns !== rect.columns || rect.row <= table.rect.row || rect.row + rect.rows > bodyEnd) {
        throw new MockOfficeError("InvalidOperation", "This operation isn't allowed: it would move cells in a table on your worksheet.");
      }
      if (table.rect.rows - rect.rows < 2 + (table.showTotals ? 1 : 0)) throw new MockOfficeError("InvalidOperation", "A table needs a data row");
    }
    const moved = new Map<number, MockCell>();
    for (const [key, cell] of sheet.cells) {
      const [row, column] = cellPosition(key);
      const inColumns = column >= rect.column && column < rect.column + rect.columns;
      if (inColumns && row >= rect.row && row < rect.row + rect.rows) continue;
      moved.set(inColumns && row >= rect.row + rect.rows ? cellKey(row - rect.rows, column) : key, cell);
    }
    sheet.cells = moved;
    for (const table of (this.state.tables as HostTable[]).filter((candidate) => candidate.sheet === sheet && overlaps(candidate.rect, rect))) {
      table.rect = { ...table.rect, rows: table.rect.rows - rect.rows };
    }
    this.markChanged(sheet, clip(rect));
  }

  private copyFrom(sheet: MockSheet, rect: Rect, source: Target, copyType: string, skipBlanks: boolean, transpose: boolean): void {
    if (source.kind !== "range") throw new MockOfficeError("InvalidArgument", "copyFrom takes a range here");
    if (transpose) throw new MockOfficeError("InvalidRequest", "The host does not transpose");
    const from = source;
    for (let row = 0; row < from.rect.rows; row++) {
      for (let column = 0; column < from.rect.columns; column++) {
        const cell = from.sheet.peek(from.rect.row + row, from.rect.column + column);
        if (skipBlanks && (cell?.value ?? null) === null && !cell?.formula) continue;
        const destination = sheet.cell(rect.row + row, rect.column + column);
        // Pasting values copies what a cell holds, not what was typed: nothing is parsed again.
        if (copyType === "Values" || copyType === "All") Object.assign(destination, { value: cell?.value ?? null, text: cell?.text ?? false, formula: copyType === "All" ? (cell?.formula ?? null) : null });
        if (copyType === "Formats" || copyType === "All") destination.format = cell?.format ?? "General";
      }
    }
    const written = { row: rect.row, column: rect.column, rows: from.rect.rows, columns: from.rect.columns };
    this.autoExpand(sheet, written);
    this.markChanged(sheet, written);
  }

  /**
   * A table header is never empty: a header cell someone clears (or a write empties) becomes
   * "ColumnN", N its place in the table, made unique as Excel does ("Overview of Excel tables").
   */
  private nameEmptyHeaders(sheet: MockSheet, rect: Rect): void {
    const headerTouched = (table: MockTable) => table.sheet === sheet && overlaps(rect, { ...table.rect, rows: 1 });
    for (const table of this.state.tables.filter(headerTouched)) {
      const taken = new Set<string>();
      for (let column = 0; column < table.rect.columns; column++) taken.add(String(sheet.peek(table.rect.row, table.rect.column + column)?.value ?? "").toLowerCase());
      for (let column = 0; column < table.rect.columns; column++) {
        const header = sheet.cell(table.rect.row, table.rect.column + column);
        if (header.value !== null && header.value !== "") continue;
        let name = `Column${column + 1}`;
        while (taken.has(name.toLowerCase())) name = `${name}2`;
        taken.add(name.toLowerCase());
        Object.assign(header, { value: name, text: true, formula: null });
      }
    }
  }

  /**
   * A value entered in the row right under a table (without a totals row) joins the table: Excel's
   * "AutoExpansion", which also happens for values written through the API.
   */
  private autoExpand(sheet: MockSheet, written: Rect): void {
    for (const table of (this.state.tables as HostTable[]).filter((candidate) => candidate.sheet === sheet && !candidate.showTotals)) {
      const below = table.rect.row + table.rect.rows;
      const inColumns = written.column < table.rect.column + table.rect.columns && written.column + written.columns > table.rect.column;
      if (!inColumns || written.row > below || written.row + written.rows <= below) continue;
      const last = Math.max(...[...Array(written.rows).keys()].map((offset) => written.row + offset).filter((row) => rowHasValue(sheet, row, table.rect)), below - 1);
      if (last < below) continue;
      // The table grows; its formatting is not assumed to follow (undocumented): the adapter sets it on new rows itself.
      table.rect = { ...table.rect, rows: last - table.rect.row + 1 };
    }
  }

  // ---- properties --------------------------------------------------------------------------

  private setProperty(target: Target, name: string, value: unknown): void {
    if (target.kind === "range") return this.setRange(target.sheet, target.rect, name, value);
    if (target.kind === "settings") return target.record(target.path ? `${target.path}.${lower(name)}` : lower(name), value);
    if (target.kind === "conditionalFormat") {
      target.props[target.path ? `${target.path}.${lower(name)}` : lower(name)] = value;
      return;
    }
    if (target.kind === "worksheet") {
      const sheet = target.sheet;
      if (name === "Visibility") sheet.visibility = String(value);
      else if (name === "TabColor") sheet.tabColor = String(value);
      else if (name === "Name") {
        if (this.state.sheets.some((other) => other !== sheet && other.name.toLowerCase() === String(value).toLowerCase())) throw new MockOfficeError("ItemAlreadyExists", `A sheet named ${String(value)} already exists`);
        sheet.name = String(value);
      } else if (name === "Position") {
        const sheets = this.state.sheets;
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(Math.min(Number(value), sheets.length), 0, sheet);
      } else throw new MockOfficeError("InvalidRequest", `The host cannot set worksheet ${name}`);
      return;
    }
    if (target.kind === "table") return this.setTable(target.table, name, value);
    if (target.kind === "chart") {
      target.chart.props[lower(name)] = value;
      return;
    }
    throw new MockOfficeError("InvalidRequest", `The host cannot set ${name} on ${target.kind}`);
  }

  private setTable(table: HostTable, name: string, value: unknown): void {
    if (name === "Name") {
      const clash = this.state.table(String(value));
      if (clash && clash !== table) throw new MockOfficeError("ItemAlreadyExists", `A table named ${String(value)} already exists`);
      table.name = String(value);
    } else if (name === "Style") table.style = String(value);
    else if (name === "ShowTotals") this.showTotals(table, value === true);
    else if (/^Show|^Highlight/.test(name)) return;
    else throw new MockOfficeError("InvalidRequest", `The host cannot set table ${name}`);
  }

  /**
   * Turning the totals row on adds a row under the body (SUBTOTAL of the last column, as Excel
   * proposes); turning it off takes the row out of the table and empties it.
   */
  private showTotals(table: HostTable, show: boolean): void {
    if (show === (table.showTotals === true)) return;
    const { sheet, rect } = table;
    if (show) {
      const row = rect.row + rect.rows;
      for (let column = 0; column < rect.columns; column++) {
        if ((sheet.peek(row, rect.column + column)?.value ?? null) !== null) throw new MockOfficeError("InvalidOperation", "The cells under the table are not empty");
      }
      const last = sheet.cell(row, rect.column + rect.columns - 1);
      const header = sheet.peek(rect.row, rect.column + rect.columns - 1)?.value;
      Object.assign(last, { formula: `=SUBTOTAL(109,${table.name}[${String(header)}])`, value: 0, text: false });
      table.rect = { ...rect, rows: rect.rows + 1 };
    } else {
      const row = rect.row + rect.rows - 1;
      for (let column = 0; column < rect.columns; column++) sheet.cells.delete(cellKey(row, rect.column + column));
      table.rect = { ...rect, rows: rect.rows - 1 };
    }
    table.showTotals = show;
  }

  private setRange(sheet: MockSheet, rect: Rect, name: string, value: unknown): void {
    const each = (apply: (cell: MockCell, input: unknown) => void) => {
      if (rect.rows * rect.columns > 5_000_000 && Array.isArray(value)) throw new MockOfficeError("InvalidArgument", "Too many cells");
      if (Array.isArray(value)) {
        if (value.length !== rect.rows || value.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
          throw new MockOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}x${rect.columns}).`);
        }
        for (let row = 0; row < rect.rows; row++) for (let column = 0; column < rect.columns; column++) apply(sheet.cell(rect.row + row, rect.column + column), (value as unknown[][])[row][column]);
      } else {
        const bounded = clip(rect);
        if (bounded.rows * bounded.columns > 5_000_000) {
          // A whole column or row set at once: record it as a style rather than touching a million cells.
          sheet.styles.push({ rect, path: lower(name), value });
          return;
        }
        for (let row = 0; row < bounded.rows; row++) for (let column = 0; column < bounded.columns; column++) apply(sheet.cell(bounded.row + row, bounded.column + column), value);
      }
    };
    switch (name) {
      case "Values":
      case "Formulas":
        each((cell, input) => {
          if (typeof input === "string" && input.length - (this.state.prefixCountsTowardsLimit || !input.startsWith("'") ? 0 : 1) > CELL_CHAR_LIMIT) {
            throw new MockOfficeError("InvalidArgument", `Text values in cells are limited to ${CELL_CHAR_LIMIT} characters.`);
          }
          enter(cell, input);
        });
        this.nameEmptyHeaders(sheet, rect);
        this.autoExpand(sheet, rect);
        this.markChanged(sheet, rect);
        return;
      case "NumberFormat":
        each((cell, format) => {
          if (format !== null && format !== undefined) cell.format = String(format);
        });
        return;
      case "ColumnHidden":
      case "RowHidden":
        sheet.styles.push({ rect, path: lower(name), value });
        return;
      default:
        throw new MockOfficeError("InvalidRequest", `The host cannot set range ${name}`);
    }
  }
}

function pickSelected(all: Record<string, unknown>, select: string[]): Record<string, unknown> {
  if (select.length === 0) return all;
  const picked: Record<string, unknown> = { Id: all.Id };
  for (const name of select) if (upper(name) in all) picked[upper(name)] = all[upper(name)];
  return picked;
}

function chartId(chart: { props: Record<string, unknown> }): string {
  return String(chart.props.id ?? "");
}

/** Whether `inner` lies inside `outer`. */
function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rows <= outer.row + outer.rows && inner.column + inner.columns <= outer.column + outer.columns;
}

/** A whole-sheet rectangle cut to what an event reports. */
function clip(rect: Rect): Rect {
  return rect;
}

function rowHasValue(sheet: MockSheet, row: number, columns: Rect): boolean {
  for (let column = columns.column; column < columns.column + columns.columns; column++) if ((sheet.peek(row, column)?.value ?? null) !== null) return true;
  return false;
}

function usedRange(sheet: MockSheet, within: Rect, valuesOnly: boolean): Target | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && !cell.formula && (valuesOnly || cell.format === "General")) continue;
    const [row, column] = cellPosition(key);
    if (!overlaps({ row, column, rows: 1, columns: 1 }, within)) continue;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom < 0 ? null : { kind: "range", sheet, rect: { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 } };
}
