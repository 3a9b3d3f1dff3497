import type JSZip from "jszip";
import { tableDataFromValues } from "../table-values";
import type { CellValue } from "../../model/cells";
import type { TableDef } from "../../model/tables";
import type { TableData } from "../port";
import { PackageDraft } from "./package";
import { readRelationships, readWorkbookInfo, type SheetEntry, type WorkbookInfo } from "./package-parts";
import { readSharedStrings, scanSheet, type SheetScan } from "./sheet-scan";
import { StyleBook } from "./styles";
import { readTablePart, type TablePartInfo } from "./table-part";
import type { LocatedTable } from "./table-patch";
import { uniqueColumnNames } from "./plan-sheet";

export interface TableOnSheet {
  sheet: SheetEntry;
  table: TablePartInfo;
}

/**
 * Reads what commands need from a package (through a draft, so a command sees its own writes),
 * lazily: the workbook part for sheet names, table parts to find tables, and only the sheets a
 * command asks for. A sheet nobody asks for is never inflated.
 */
export class PackageReader {
  readonly draft: PackageDraft;
  private infoCache: Promise<WorkbookInfo> | null = null;
  private tablesCache: Promise<TableOnSheet[]> | null = null;
  private stylesCache: Promise<StyleBook | null> | null = null;
  private stringsCache: Promise<string[]> | null = null;
  private readonly scans = new Map<string, Promise<SheetScan>>();

  constructor(
    zip: JSZip,
    readonly label: string,
  ) {
    this.draft = new PackageDraft(zip);
  }

  info(): Promise<WorkbookInfo> {
    this.infoCache ??= readWorkbookInfo(this.draft, this.label);
    return this.infoCache;
  }

  /** Forgets what was read from the workbook part and the named sheets (after writing them). */
  forget(sheetParts: readonly string[]): void {
    this.infoCache = null;
    this.tablesCache = null;
    for (const part of sheetParts) this.scans.delete(part);
  }

  async stylesPart(): Promise<string | null> {
    const info = await this.info();
    const rel = info.relationships.find((candidate) => candidate.kind === "styles" && !candidate.external);
    return rel ? (this.draft.find(rel.part) ?? null) : null;
  }

  /** The styles part, read once per command: writes append to this one book. */
  styles(): Promise<StyleBook | null> {
    this.stylesCache ??= (async () => {
      const part = await this.stylesPart();
      const xml = part ? await this.draft.text(part) : null;
      return part && xml !== null ? new StyleBook(xml, part) : null;
    })();
    return this.stylesCache;
  }

  private sharedStrings(): Promise<string[]> {
    this.stringsCache ??= (async () => {
      const info = await this.info();
      const rel = info.relationships.find((candidate) => candidate.kind === "sharedStrings" && !candidate.external);
      const part = rel ? this.draft.find(rel.part) : undefined;
      const xml = part ? await this.draft.text(part) : null;
      return part && xml !== null ? readSharedStrings(xml, part) : [];
    })();
    return this.stringsCache;
  }

  scan(part: string): Promise<SheetScan> {
    let scan = this.scans.get(part);
    if (!scan) {
      scan = (async () => {
        const xml = (await this.draft.text(part)) ?? "";
        const info = await this.info();
        const styles = await this.styles();
        // Shared strings are read only if the sheet uses them.
        const strings = /\st\s*=\s*["']s["']/.test(xml) ? await this.sharedStrings() : [];
        return scanSheet(xml, part, { sharedStrings: () => strings, styles, date1904: info.date1904 });
      })();
      this.scans.set(part, scan);
    }
    return scan;
  }

  /** Every table in the workbook and its sheet (table parts are small; sheets are not read). */
  tables(): Promise<TableOnSheet[]> {
    this.tablesCache ??= (async () => {
      const info = await this.info();
      const found: TableOnSheet[] = [];
      for (const sheet of info.sheets) {
        if (!sheet.part) continue;
        for (const rel of await readRelationships(this.draft, sheet.part)) {
          if (rel.kind !== "table" || rel.external) continue;
          const part = this.draft.find(rel.part);
          const xml = part ? await this.draft.text(part) : null;
          const table = part && xml !== null ? readTablePart(xml, part) : null;
          if (table) found.push({ sheet, table });
        }
      }
      return found;
    })();
    return this.tablesCache;
  }

  async sheetEntry(name: string): Promise<SheetEntry | undefined> {
    const sheets = (await this.info()).sheets;
    return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  async readSheet(name: string): Promise<CellValue[][] | null> {
    const sheet = await this.sheetEntry(name);
    if (!sheet) return null;
    if (!sheet.part) return [];
    const scan = await this.scan(sheet.part);
    let lastRow = 0;
    let lastColumn = 0;
    for (const row of scan.rows) {
      for (const cell of row.cells) {
        if (cell.value === null) continue;
        lastRow = Math.max(lastRow, row.row);
        lastColumn = Math.max(lastColumn, cell.column);
      }
    }
    const values: CellValue[][] = Array.from({ length: lastRow }, () => Array<CellValue>(lastColumn).fill(null));
    for (const row of scan.rows) {
      if (row.row > lastRow) continue;
      for (const cell of row.cells) if (cell.value !== null && cell.column <= lastColumn) values[row.row - 1][cell.column - 1] = cell.value;
    }
    return values;
  }

  /** Our table by its name, with the rows below a shrunk range that still hold data. */
  async locateTable(def: TableDef): Promise<{ located: LocatedTable; scan: SheetScan } | null> {
    const wanted = def.tableName.toLowerCase();
    const found = (await this.tables()).find((entry) => entry.table.displayName.toLowerCase() === wanted || entry.table.name.toLowerCase() === wanted);
    if (!found || !found.sheet.part) return null;
    const scan = await this.scan(found.sheet.part);
    const { range, totalsRowCount } = found.table;
    let bodyBottom = range.bottom - totalsRowCount;
    if (totalsRowCount === 0) {
      // A range shrunk by hand (or by a program that wrote rows without growing the table): the rows right below still belong to it.
      for (let row = bodyBottom + 1; ; row++) {
        const index = scan.rowIndex.get(row);
        const holds = index !== undefined && scan.rows[index].cells.some((cell) => cell.column >= range.left && cell.column <= range.right && cell.value !== null);
        if (!holds) break;
        bodyBottom = row;
      }
    }
    return { located: { sheetName: found.sheet.name, sheetPart: found.sheet.part, table: found.table, bodyBottom }, scan };
  }

  async readTable(def: TableDef): Promise<{ data: TableData; located: LocatedTable; scan: SheetScan } | null> {
    const location = await this.locateTable(def);
    if (!location) return null;
    const { located, scan } = location;
    const { range } = located.table;
    const width = range.right - range.left + 1;
    const rowValues = (rowNumber: number): CellValue[] => {
      const values = Array<CellValue>(width).fill(null);
      const index = scan.rowIndex.get(rowNumber);
      if (index === undefined) return values;
      for (const cell of scan.rows[index].cells) if (cell.column >= range.left && cell.column <= range.right) values[cell.column - range.left] = cell.value;
      return values;
    };
    // A cleared header reads under the name the table part keeps for it (Excel's "Column1"), a
    // duplicated one with a number: the column's cells are never dropped.
    const headerCells = rowValues(range.top).map((value, offset) => {
      const text = value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
      return text || located.table.columnNames[offset]?.trim() || "";
    });
    const header = uniqueColumnNames(headerCells);
    const body: CellValue[][] = [];
    for (let row = range.top + 1; row <= located.bodyBottom; row++) body.push(rowValues(row));
    const data = tableDataFromValues(def, header, body, { headerRow: range.top, firstColumn: range.left, sheet: located.sheetName }, this.label);
    return { data, located, scan };
  }
}
