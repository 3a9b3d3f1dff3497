/**
 * An Excel workbook in memory: sheets of cells (value, text flag, formula, number format), tables,
 * validations, conditional formats, groups, charts, and a log of every sync. The Office.js test
 * host (hosted-excel.ts) runs the requests it receives against it.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** What each queued command costs in the request besides its arguments (object paths, ids). */
export const COMMAND_OVERHEAD = 60;

export class MockOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface MockCell {
  value: string | number | boolean | null;
  /** Stored as text: Excel will never read it as a number or formula. */
  text: boolean;
  formula: string | null;
  format: string;
}

export interface StyleRecord {
  rect: Rect;
  path: string;
  value: unknown;
}

/** Cells are keyed by one number: a Map with number keys keeps 40,000-row tests fast. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function cellPosition(key: number): [number, number] {
  return [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
}

/** What a worksheet.onChanged handler receives (the part the adapter reads). */
export interface MockChangedEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: string;
  source: "Local" | "Remote";
}

let sheetIds = 0;

export class MockSheet {
  readonly id = `{mock-sheet-${++sheetIds}}`;
  /** worksheet.onChanged handlers registered and not removed. */
  changeHandlers: ((event: MockChangedEvent) => Promise<unknown>)[] = [];
  cells = new Map<number, MockCell>();
  visibility = "Visible";
  tabColor = "";
  styles: StyleRecord[] = [];
  validations: { rect: Rect; rule: unknown }[] = [];
  conditionalFormats: { rect: Rect; props: Record<string, unknown> }[] = [];
  charts: { type: string; source: Rect; props: Record<string, unknown> }[] = [];
  groups: Rect[] = [];
  freeze: { rows: number; columns: number } | null = null;
  pageLayout: Record<string, unknown> = {};
  constructor(public name: string) {}

  cell(row: number, column: number): MockCell {
    const key = cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, text: false, formula: null, format: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, column: number): MockCell | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** Values as a test reads them: row by row from A1 to the last cell with a value. */
  grid(): (string | number | boolean | null)[][] {
    let rows = 0;
    let columns = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === null) continue;
      const [row, column] = cellPosition(key);
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
    }
    return Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => this.peek(row, column)?.value ?? null));
  }
}

export interface MockTable {
  name: string;
  sheet: MockSheet;
  rect: Rect;
  style: string;
}

export interface SyncRecord {
  requestBytes: number;
  /** Bytes of the arrays given to Range.values in this sync. */
  valueBytes: number;
  responseBytes: number;
  /** Operations that change the workbook (loads excluded). */
  commands: number;
}

/** Excel as seen by the tests: its sheets and tables, and a log of every sync. */
export class ExcelState {
  sheets: MockSheet[] = [];
  tables: MockTable[] = [];
  syncs: SyncRecord[] = [];
  runs = 0;
  /** Requirement sets beyond 1.9 the host claims. */
  supported = new Set<string>(["1.9"]);
  /** Makes the sync with this 1-based number (counting all syncs) fail before it runs. */
  failAtSync: number | null = null;
  /** The sheet shown and the range selected in the Excel UI, once the add-in asked for them. */
  activeSheet: string | null = null;
  selection: { sheet: string; rect: Rect } | null = null;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    this.sheets = sheetNames.map((name) => new MockSheet(name));
  }

  sheet(name: string): MockSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): MockTable | undefined {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  /** Every cell that Excel holds as a formula: text from outside must never be one. */
  formulas(): { sheet: string; row: number; column: number; formula: string }[] {
    return this.sheets.flatMap((sheet) =>
      [...sheet.cells].filter(([, cell]) => cell.formula !== null).map(([key, cell]) => {
        const [row, column] = cellPosition(key);
        return { sheet: sheet.name, row, column, formula: cell.formula as string };
      }),
    );
  }

  /** Table body rows as a test reads them. */
  tableValues(name: string): (string | number | boolean | null)[][] {
    const table = this.table(name);
    if (!table) throw new Error(`No table ${name}`);
    const { rect } = table;
    return Array.from({ length: rect.rows }, (_, row) =>
      Array.from({ length: rect.columns }, (_, column) => table.sheet.peek(rect.row + row, rect.column + column)?.value ?? null),
    );
  }

  /** A cell edit (or row insertion, ...) on `sheet`, by this user or a co-author: runs its onChanged handlers. */
  async fireChanged(sheet: string, address: string, changeType = "RangeEdited", source: "Local" | "Remote" = "Local"): Promise<void> {
    const target = this.sheet(sheet);
    if (!target) throw new Error(`No sheet ${sheet}`);
    for (const handler of [...target.changeHandlers]) await handler({ type: "WorksheetChanged", worksheetId: target.id, address, changeType, source });
  }

}

/** A cell or a rectangle in A1 style ("C7", "A5:F9"); anything else is refused, as Excel does. */
export function a1Rect(address: string): Rect {
  const corners = address.split(":").map((part) => /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(part.toUpperCase()));
  if (corners.length > 2 || corners.some((corner) => !corner)) throw new MockOfficeError("InvalidArgument", `The mock reads A1 cells and rectangles only, not ${address}`);
  const points = corners.map((corner) => {
    const [, letters, digits] = corner as RegExpExecArray;
    const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(digits) - 1, column };
  });
  const top = Math.min(...points.map((point) => point.row));
  const left = Math.min(...points.map((point) => point.column));
  return { row: top, column: left, rows: Math.max(...points.map((point) => point.row)) - top + 1, columns: Math.max(...points.map((point) => point.column)) - left + 1 };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function cellsOf(rect: Rect): number {
  return rect.rows * rect.columns;
}

/** Excel's reading of a string as if typed into a cell with the cell's number format. */
export function enter(cell: MockCell, input: unknown): void {
  if (input === null || input === undefined) return;
  cell.formula = null;
  cell.text = false;
  if (input === "") {
    cell.value = null;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.format === "@") {
    cell.value = text;
    cell.text = true;
  } else if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.text = true;
  } else if (/^[=+@]/.test(text) || /^-[^\d.]/.test(text)) {
    cell.formula = text;
    cell.value = "#NAME?";
  } else if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) {
    cell.value = Number(text);
  } else if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === "true";
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    cell.value = (Date.parse(`${text}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    if (cell.format === "General") cell.format = "yyyy-mm-dd";
  } else {
    cell.value = text;
  }
}
