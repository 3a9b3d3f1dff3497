/**
 * A stateful stand-in for the part of the Excel JavaScript API the adapter uses, honest about
 * what makes Office.js hard: commands are queued and only run at `context.sync()`, properties
 * can be read only after `load` and a sync, a request or response over 5 MB is refused, Excel
 * parses strings it is given as if typed (formulas, numbers, dates, the `'` prefix), null cells
 * in a values array are left alone, and a table never grows by itself.
 *
 * office-addin-mock supplies the `Excel` and `Office` globals (Excel.run, requirement sets); its
 * static property trees cannot model ranges made on demand, queued commands or payload limits,
 * which is what this object model adds.
 */
import { OfficeMockObject } from "office-addin-mock";
import { jsonBytes } from "../../../src/workbook/excel/cell-input";
import {
  a1Rect,
  cellsOf,
  COMMAND_OVERHEAD,
  MAX_COLUMNS,
  MAX_ROWS,
  cellKey,
  cellPosition,
  enter,
  ExcelState,
  MockOfficeError,
  MockSheet,
  overlaps,
  PAYLOAD_LIMIT,
  type MockCell,
  type MockChangedEvent,
  type MockTable,
  type SyncRecord,
  type Rect,
} from "../../support/office-js-host/workbook-model";

export * from "../../support/office-js-host/workbook-model";

/** The in-memory workbook with office-addin-mock globals over the mock object model below. */
export class MockExcelState extends ExcelState {
  /** Installs `Excel` and `Office` globals (office-addin-mock objects) that run against this state. */
  install(): void {
    const state: MockExcelState = this as MockExcelState;
    (globalThis as Record<string, unknown>).Excel = new OfficeMockObject({
      // Excel.run(batch), or Excel.run(context, batch) to go on with an earlier context (removing event handlers).
      run: async (first: unknown, second?: (context: MockRequestContext) => Promise<unknown>) => {
        state.runs++;
        if (second) return second(first as MockRequestContext);
        return (first as (context: MockRequestContext) => Promise<unknown>)(new MockRequestContext(state));
      },
    });
    (globalThis as Record<string, unknown>).Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => name === "ExcelApi" && state.supported.has(version),
        },
      },
    });
  }
}

export function uninstall(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}

interface Operation {
  bytes: number;
  values: number;
  changes: boolean;
  run(): number | void;
}

/** The request context: queues commands and loads, runs them at sync. */
export class MockRequestContext {
  private queue: Operation[] = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly state: MockExcelState) {
    this.workbook = new WorkbookProxy(this);
  }

  command(args: unknown, run: () => void, values = 0): void {
    this.queue.push({ bytes: COMMAND_OVERHEAD + (args === undefined ? 0 : jsonBytes(args)), values, changes: true, run });
  }

  /** A load: `run` fills the proxy and returns the bytes of the response it adds. */
  load(run: () => number): void {
    this.queue.push({ bytes: COMMAND_OVERHEAD, values: 0, changes: false, run });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: 0, valueBytes: 0, responseBytes: 0, commands: queue.filter((operation) => operation.changes).length };
    for (const operation of queue) {
      record.requestBytes += operation.bytes;
      record.valueBytes += operation.values;
    }
    this.state.syncs.push(record);
    if (this.state.failAtSync === this.state.syncs.length) throw new MockOfficeError("GeneralException", "Injected failure");
    if (record.requestBytes > PAYLOAD_LIMIT) throw new MockOfficeError("RequestPayloadSizeLimitExceeded", `Request of ${record.requestBytes} bytes`);
    for (const operation of queue) record.responseBytes += operation.run() ?? 0;
    if (record.responseBytes > PAYLOAD_LIMIT) throw new MockOfficeError("ResponsePayloadSizeLimitExceeded", `Response of ${record.responseBytes} bytes`);
  }
}

/** Loaded properties of a proxy: reading one that was not loaded and synced throws, as in Office.js. */
class Loadable {
  protected loaded: Record<string, unknown> = {};
  protected read<T>(property: string): T {
    if (!(property in this.loaded)) throw new MockOfficeError("PropertyNotLoaded", `${property} was not loaded`);
    return this.loaded[property] as T;
  }
}

function parseLoad(properties: string): string[] {
  return properties.split(",").map((property) => property.trim()).filter(Boolean);
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  constructor(context: MockRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context);
  }
}

class WorksheetCollectionProxy extends Loadable {
  constructor(private context: MockRequestContext) {
    super();
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  load(properties: string): void {
    this.context.load(() => {
      const sheets = this.context.state.sheets;
      this.loaded.items = sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.context, () => sheet);
        proxy.fill({ name: sheet.name, id: sheet.id, visibility: sheet.visibility });
        return proxy;
      });
      void properties;
      return jsonBytes(sheets.map((sheet) => ({ name: sheet.name })));
    });
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.state.sheet(name);
      if (!sheet) throw new MockOfficeError("ItemNotFound", `No sheet ${name}`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.state.sheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    let created: MockSheet | null = null;
    this.context.command(name, () => {
      if (this.context.state.sheet(name)) throw new MockOfficeError("ItemAlreadyExists", `Sheet ${name} exists`);
      created = new MockSheet(name);
      this.context.state.sheets.push(created);
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

class WorksheetProxy extends Loadable {
  constructor(
    private context: MockRequestContext,
    private resolve: () => MockSheet | null,
  ) {
    super();
  }
  fill(values: Record<string, unknown>): void {
    Object.assign(this.loaded, values);
  }
  sheet(): MockSheet {
    const sheet = this.resolve();
    if (!sheet) throw new MockOfficeError("ItemNotFound", "The worksheet does not exist");
    return sheet;
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  activate(): void {
    this.context.command(undefined, () => (this.context.state.activeSheet = this.sheet().name));
  }
  /** Handlers are added at sync, as Office.js registers them; `remove` is queued the same way. */
  get onChanged(): { add(handler: (event: MockChangedEvent) => Promise<unknown>): { context: MockRequestContext; remove(): void } } {
    return {
      add: (handler) => {
        this.context.command(undefined, () => this.sheet().changeHandlers.push(handler));
        return {
          context: this.context,
          remove: () =>
            this.context.command(undefined, () => {
              const sheet = this.sheet();
              sheet.changeHandlers = sheet.changeHandlers.filter((candidate) => candidate !== handler);
            }),
        };
      },
    };
  }
  load(properties: string): void {
    this.context.load(() => {
      const sheet = this.resolve();
      for (const property of parseLoad(properties)) {
        if (property === "isNullObject") this.loaded.isNullObject = sheet === null;
        else if (property === "name") this.loaded.name = this.sheet().name;
      }
      return 40;
    });
  }
  set visibility(value: string) {
    this.context.command(value, () => (this.sheet().visibility = value));
  }
  set tabColor(value: string) {
    this.context.command(value, () => (this.sheet().tabColor = value));
  }
  set position(value: number) {
    this.context.command(value, () => {
      const sheets = this.context.state.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }
  delete(): void {
    this.context.command(undefined, () => {
      const sheet = this.sheet();
      this.context.state.sheets = this.context.state.sheets.filter((candidate) => candidate !== sheet);
      this.context.state.tables = this.context.state.tables.filter((table) => table.sheet !== sheet);
    });
  }
  getRange(address?: string): RangeProxy {
    if (address === undefined) return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } }));
    const rect = a1Rect(address);
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect }));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    if (rows < 1 || columns < 1) throw new MockOfficeError("InvalidArgument", `Range of ${rows}x${columns}`);
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { row, column, rows, columns } }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }
  get tables(): SheetTableCollectionProxy {
    return new SheetTableCollectionProxy(this.context, this);
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, this);
  }
  get freezePanes(): Record<string, (...args: never[]) => void> {
    const set = (freeze: { rows: number; columns: number } | null) => this.context.command(freeze, () => (this.sheet().freeze = freeze));
    return {
      freezeAt: (range: RangeProxy) => this.context.command(undefined, () => {
        const { rect } = range.target();
        this.sheet().freeze = { rows: rect.row + rect.rows, columns: rect.column + rect.columns };
      }),
      freezeRows: (rows: number) => set({ rows, columns: 0 }),
      freezeColumns: (columns: number) => set({ rows: 0, columns }),
      unfreeze: () => set(null),
    };
  }
  get pageLayout(): Record<string, unknown> {
    return recorder(this.context, (path, value) => (this.sheet().pageLayout[path] = value), "", {
      setPrintTitleRows: (rows: string) => this.context.command(rows, () => (this.sheet().pageLayout.printTitleRows = rows)),
    });
  }
}

/** An object whose property writes (at any depth) are queued and recorded at sync. */
function recorder(context: MockRequestContext, record: (path: string, value: unknown) => void, path: string, methods: Record<string, unknown> = {}): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_target, property: string) => methods[property] ?? recorder(context, record, path ? `${path}.${property}` : property),
      set: (_target, property: string, value: unknown) => {
        context.command(value, () => record(path ? `${path}.${property}` : property, value));
        return true;
      },
    },
  );
}

interface RangeTarget {
  sheet: MockSheet;
  rect: Rect;
}

class RangeProxy extends Loadable {
  constructor(
    private context: MockRequestContext,
    private resolve: () => RangeTarget | null,
  ) {
    super();
  }
  target(): RangeTarget {
    const target = this.resolve();
    if (!target) throw new MockOfficeError("ItemNotFound", "The range does not exist");
    return target;
  }
  private forEachCell(rect: Rect, visit: (row: number, column: number) => void): void {
    if (cellsOf(rect) > 5_000_000) throw new MockOfficeError("RangeExceedsLimit", "Too many cells for the mock");
    for (let row = 0; row < rect.rows; row++) for (let column = 0; column < rect.columns; column++) visit(rect.row + row, rect.column + column);
  }
  private setEvery(values: unknown, apply: (cell: MockCell, value: unknown) => void, valueBytes: number): void {
    this.context.command(
      values,
      () => {
        const { sheet, rect } = this.target();
        if (Array.isArray(values)) {
          if (values.length !== rect.rows || values.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
            throw new MockOfficeError("InvalidArgument", `The array does not match the range's ${rect.rows}x${rect.columns}`);
          }
          this.forEachCell(rect, (row, column) => apply(sheet.cell(row, column), (values as unknown[][])[row - rect.row][column - rect.column]));
        } else {
          this.forEachCell(rect, (row, column) => apply(sheet.cell(row, column), values));
        }
      },
      valueBytes,
    );
  }
  set values(values: unknown[][]) {
    this.setEvery(values, enter, jsonBytes(values));
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set numberFormat(formats: unknown[][]) {
    this.setEvery(formats, (cell, format) => {
      if (format !== null && format !== undefined) cell.format = String(format);
    }, 0);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  load(properties: string): void {
    this.context.load(() => {
      const target = this.resolve();
      let bytes = 0;
      for (const property of parseLoad(properties)) {
        if (property === "isNullObject") {
          this.loaded.isNullObject = target === null;
          continue;
        }
        if (!target) {
          // A null object's properties load as null, as Office.js does.
          this.loaded[property] = null;
          continue;
        }
        const { sheet, rect } = target;
        const grid = (pick: (cell: MockCell | undefined) => unknown) =>
          Array.from({ length: rect.rows }, (_, row) => Array.from({ length: rect.columns }, (_, column) => pick(sheet.peek(rect.row + row, rect.column + column))));
        let value: unknown;
        if (property === "values") value = grid((cell) => cell?.value ?? "");
        else if (property === "numberFormat") value = grid((cell) => cell?.format ?? "General");
        else if (property === "rowIndex") value = rect.row;
        else if (property === "columnIndex") value = rect.column;
        else if (property === "rowCount") value = rect.rows;
        else if (property === "columnCount") value = rect.columns;
        else throw new Error(`The mock cannot load ${property}`);
        this.loaded[property] = value;
        bytes += jsonBytes(value);
      }
      return bytes;
    });
  }
  set columnHidden(hidden: boolean) {
    this.context.command(hidden, () => {
      const { sheet, rect } = this.target();
      sheet.styles.push({ rect, path: "columnHidden", value: hidden });
    });
  }
  get format(): Record<string, unknown> {
    return recorder(this.context, (path, value) => {
      const { sheet, rect } = this.target();
      sheet.styles.push({ rect, path: `format.${path}`, value });
    }, "");
  }
  get dataValidation(): Record<string, unknown> {
    return recorder(
      this.context,
      (path, value) => {
        const { sheet, rect } = this.target();
        if (path === "rule") sheet.validations.push({ rect, rule: value });
        else sheet.styles.push({ rect, path: `dataValidation.${path}`, value });
      },
      "",
      {
        clear: () => this.context.command(undefined, () => {
          const { sheet, rect } = this.target();
          sheet.validations = sheet.validations.filter((validation) => !overlaps(validation.rect, rect));
        }),
      },
    );
  }
  get conditionalFormats(): Record<string, unknown> {
    return {
      add: (type: string) => {
        const props: Record<string, unknown> = { type };
        this.context.command(type, () => {
          const { sheet, rect } = this.target();
          sheet.conditionalFormats.push({ rect, props });
        });
        return recorder(this.context, (path, value) => (props[path] = value), "");
      },
      clearAll: () => this.context.command(undefined, () => {
        const { sheet, rect } = this.target();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !overlaps(format.rect, rect));
      }),
    };
  }
  select(): void {
    this.context.command(undefined, () => {
      const { sheet, rect } = this.target();
      this.context.state.selection = { sheet: sheet.name, rect };
    });
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { row: 0, rows: MAX_ROWS, column: rect.column, columns: rect.columns } };
    });
  }
  getEntireRow(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { row: rect.row, rows: rect.rows, column: 0, columns: MAX_COLUMNS } };
    });
  }
  getRowsBelow(count = 1): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { row: rect.row + rect.rows, rows: count, column: rect.column, columns: rect.columns } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, rect } = this.target();
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [key, cell] of sheet.cells) {
        if (cell.value === null && (valuesOnly || cell.format === "General")) continue;
        const [row, column] = cellPosition(key);
        if (!overlaps({ row, column, rows: 1, columns: 1 }, rect)) continue;
        top = Math.min(top, row);
        left = Math.min(left, column);
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      }
      return bottom < 0 ? null : { sheet, rect: { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 } };
    });
  }
  clear(applyTo = "All"): void {
    this.context.command(applyTo, () => {
      const { sheet, rect } = this.target();
      const keys: number[] = [];
      if (cellsOf(rect) < sheet.cells.size) this.forEachCell(rect, (row, column) => keys.push(cellKey(row, column)));
      else for (const key of sheet.cells.keys()) if (overlaps({ row: cellPosition(key)[0], column: cellPosition(key)[1], rows: 1, columns: 1 }, rect)) keys.push(key);
      for (const key of keys) {
        const cell = sheet.cells.get(key);
        if (!cell) continue;
        if (applyTo === "All") sheet.cells.delete(key);
        else if (applyTo === "Contents") Object.assign(cell, { value: null, text: false, formula: null });
        else if (applyTo === "Formats") cell.format = "General";
      }
      if (applyTo === "All" || applyTo === "Formats") sheet.styles = sheet.styles.filter((style) => !overlaps(style.rect, rect));
    });
  }
  /** Deletes the cells and shifts the cells below (in the same columns) up; a table over them shrinks. */
  delete(shift: string): void {
    this.context.command(shift, () => {
      if (shift !== "Up") throw new Error("The mock deletes with shift Up only");
      const { sheet, rect } = this.target();
      const moved = new Map<number, MockCell>();
      for (const [key, cell] of sheet.cells) {
        const [row, column] = cellPosition(key);
        const inColumns = column >= rect.column && column < rect.column + rect.columns;
        if (inColumns && row >= rect.row && row < rect.row + rect.rows) continue;
        moved.set(inColumns && row >= rect.row + rect.rows ? cellKey(row - rect.rows, column) : key, cell);
      }
      sheet.cells = moved;
      for (const table of this.context.state.tables.filter((candidate) => candidate.sheet === sheet && overlaps(candidate.rect, rect))) {
        if (table.rect.column !== rect.column || table.rect.columns !== rect.columns || rect.row <= table.rect.row) {
          throw new MockOfficeError("InvalidOperation", "This operation would move cells in a table");
        }
        table.rect = { ...table.rect, rows: table.rect.rows - rect.rows };
        if (table.rect.rows < 2) throw new MockOfficeError("InvalidOperation", "A table needs a data row");
      }
    });
  }
  copyFrom(source: RangeProxy, copyType: string, skipBlanks: boolean, transpose: boolean): void {
    this.context.command([copyType, skipBlanks, transpose], () => {
      if (copyType !== "Values" || transpose) throw new Error("The mock copies values only");
      const from = source.target();
      const to = this.target();
      this.forEachCell(from.rect, (row, column) => {
        const cell = from.sheet.peek(row, column);
        if (skipBlanks && (cell?.value ?? null) === null) return;
        const destination = to.sheet.cell(to.rect.row + row - from.rect.row, to.rect.column + column - from.rect.column);
        // Pasting values copies what the cell holds; Excel does not parse it again.
        Object.assign(destination, { value: cell?.value ?? null, text: cell?.text ?? false, formula: null });
      });
    });
  }
  group(by: string): void {
    this.context.command(by, () => {
      const { sheet, rect } = this.target();
      sheet.groups.push(rect);
    });
  }
  ungroup(by: string): void {
    this.context.command(by, () => {
      const sheet = this.target().sheet;
      if (sheet.groups.length === 0) throw new MockOfficeError("InvalidOperation", "Nothing to ungroup");
      sheet.groups = [];
    });
  }
}

class TableCollectionProxy extends Loadable {
  constructor(private context: MockRequestContext) {
    super();
  }
  get items(): TableProxy[] {
    return this.read("items");
  }
  load(properties: string): void {
    this.context.load(() => {
      const tables = this.context.state.tables;
      this.loaded.items = tables.map((table) => {
        const proxy = new TableProxy(this.context, () => table);
        proxy.fill({ name: table.name, style: table.style });
        proxy.worksheet.fill({ name: table.sheet.name });
        return proxy;
      });
      void properties;
      return jsonBytes(tables.map((table) => ({ name: table.name, worksheet: { name: table.sheet.name } })));
    });
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => {
      const table = this.context.state.table(name);
      if (!table) throw new MockOfficeError("ItemNotFound", `No table ${name}`);
      return table;
    });
  }
}

class SheetTableCollectionProxy {
  constructor(
    private context: MockRequestContext,
    private worksheet: WorksheetProxy,
  ) {}
  add(address: RangeProxy, hasHeaders: boolean): TableProxy {
    let created: MockTable | null = null;
    this.context.command(hasHeaders, () => {
      if (!hasHeaders) throw new Error("The mock makes tables with headers only");
      const { sheet, rect } = address.target();
      if (this.context.state.tables.some((table) => table.sheet === sheet && overlaps(table.rect, rect))) {
        throw new MockOfficeError("InvalidOperation", "A table cannot overlap another table");
      }
      if (rect.rows < 2) throw new MockOfficeError("InvalidArgument", "A table needs a header and a data row");
      for (let column = 0; column < rect.columns; column++) {
        const header = sheet.cell(rect.row, rect.column + column);
        if (header.value === null || header.value === "") Object.assign(header, { value: `Column${column + 1}`, text: true });
      }
      created = { name: `Table${this.context.state.tables.length + 1}`, sheet, rect, style: "TableStyleMedium2" };
      this.context.state.tables.push(created);
      void this.worksheet;
    });
    return new TableProxy(this.context, () => created);
  }
}

class TableProxy extends Loadable {
  readonly worksheet: WorksheetProxy;
  constructor(
    private context: MockRequestContext,
    private resolve: () => MockTable | null,
  ) {
    super();
    this.worksheet = new WorksheetProxy(context, () => this.table().sheet);
  }
  fill(values: Record<string, unknown>): void {
    Object.assign(this.loaded, values);
  }
  private table(): MockTable {
    const table = this.resolve();
    if (!table) throw new MockOfficeError("ItemNotFound", "The table does not exist");
    return table;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.command(name, () => {
      const clash = this.context.state.table(name);
      if (clash && clash !== this.table()) throw new MockOfficeError("ItemAlreadyExists", `A table named ${name} exists`);
      this.table().name = name;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.context.command(style, () => (this.table().style = style));
  }
  set showBandedRows(value: boolean) {
    this.context.command(value, () => undefined);
  }
  load(properties: string): void {
    this.context.load(() => {
      const table = this.table();
      for (const property of parseLoad(properties)) {
        if (property === "name") this.loaded.name = table.name;
        else if (property === "style") this.loaded.style = table.style;
        else throw new Error(`The mock cannot load table ${property}`);
      }
      return 40;
    });
  }
  private range(pick: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.table();
      return { sheet: table.sheet, rect: pick(table.rect) };
    });
  }
  getRange(): RangeProxy {
    return this.range((rect) => rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((rect) => ({ ...rect, rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((rect) => ({ ...rect, row: rect.row + 1, rows: rect.rows - 1 }));
  }
  delete(): void {
    this.context.command(undefined, () => {
      const table = this.table();
      this.context.state.tables = this.context.state.tables.filter((candidate) => candidate !== table);
      for (let row = 0; row < table.rect.rows; row++) {
        for (let column = 0; column < table.rect.columns; column++) table.sheet.cells.delete(cellKey(table.rect.row + row, table.rect.column + column));
      }
    });
  }
  convertToRange(): void {
    this.context.command(undefined, () => {
      const table = this.table();
      this.context.state.tables = this.context.state.tables.filter((candidate) => candidate !== table);
    });
  }
  resize(range: RangeProxy): void {
    this.context.command(undefined, () => {
      if (!this.context.state.supported.has("1.13")) throw new MockOfficeError("ApiNotFound", "Table.resize needs ExcelApi 1.13");
      const table = this.table();
      const { rect } = range.target();
      if (rect.row !== table.rect.row || rect.column !== table.rect.column) throw new MockOfficeError("InvalidArgument", "The header must stay where it is");
      table.rect = rect;
    });
  }
}

class ChartCollectionProxy extends Loadable {
  constructor(
    private context: MockRequestContext,
    private worksheet: WorksheetProxy,
  ) {
    super();
  }
  get items(): Record<string, unknown>[] {
    return this.read("items");
  }
  load(properties: string): void {
    this.context.load(() => {
      const sheet = this.worksheet.sheet();
      this.loaded.items = sheet.charts.map((chart) => ({
        name: chart.props["title.text"],
        delete: () => this.context.command(undefined, () => (sheet.charts = sheet.charts.filter((candidate) => candidate !== chart))),
      }));
      void properties;
      return 40 * sheet.charts.length;
    });
  }
  add(type: string, source: RangeProxy, seriesBy: string): Record<string, unknown> {
    const props: Record<string, unknown> = { seriesBy };
    this.context.command(type, () => {
      const { sheet, rect } = source.target();
      sheet.charts.push({ type, source: rect, props });
    });
    return recorder(this.context, (path, value) => (props[path] = value), "", {
      setPosition: (start: RangeProxy) => this.context.command(undefined, () => (props.position = start.target().rect)),
    });
  }
}
