import type { CellValue, Row } from "../model/cells";
import type { TableName } from "../model/tables";
import type { Language } from "../model/vocabularies";
import type { SheetPlan } from "./plan";

/** A table as read from a workbook. */
export interface TableData {
  table: TableName;
  /** Rows that hold anything, in sheet order, keyed by column key (extra columns by header). */
  rows: Row[];
  /** Worksheet row number of each row in `rows`, for cell addresses such as Actions!C7. */
  rowNumbers: number[];
  /** Headers of columns people added to the table themselves, kept on every rewrite. */
  extraHeaders: string[];
  /** 1-based worksheet column of each column key (and extra header). */
  columnNumbers: Record<string, number>;
  /**
   * Keys of model columns the table lacks (made by an older version, or a header renamed): they
   * read as empty, and the next write of the table adds them.
   */
  missingColumns?: string[];
  /** The language of the table's headers, which its list values are written in (see model/workbook-language.ts). */
  language?: Language;
  /** The worksheet that holds the table, when the adapter knows it: "Acciones" in a Spanish workbook. */
  sheet?: string;
}

/** Rows to write into a table by ID: an existing row gets the listed columns, a new ID is appended. */
export interface TableUpsert {
  table: TableName;
  rows: Row[];
  /** Column keys to write on existing rows; others are left as they are. Default: every key in the row. */
  columns?: string[];
}

/** Everything one command writes, applied all-or-nothing. */
export interface WorkbookChanges {
  /** Sheets written whole (created, or replaced if they exist). */
  plans?: SheetPlan[];
  upserts?: TableUpsert[];
  /** Rows removed from a table by ID (for example a suggestion rejected after being accepted). */
  deletions?: { table: TableName; ids: string[] }[];
}

/** Something changed on a watched sheet, whoever changed it (this user or a co-author). */
export interface SheetChange {
  sheet: string;
  /** The changed range on that sheet, A1 style without the sheet name: "C7", "A5:F9", "7:9". */
  address: string;
  /** "edit": values changed in place; "layout": rows or columns inserted or deleted, so addresses moved. */
  kind: "edit" | "layout";
}

/** Stops a watch; resolves once the host has let go of the handlers. */
export type StopWatching = () => Promise<void>;

export interface WorkbookPort {
  /** How messages name this workbook: a file name, or "this workbook". */
  readonly label: string;
  sheetNames(): Promise<string[]>;
  /** Tables not present in the workbook come back as null. */
  readTables<Name extends TableName>(names: readonly Name[]): Promise<Record<Name, TableData | null>>;
  /** A sheet's used range as values, row by row from A1; null if there is no such sheet. */
  readSheet(sheet: string): Promise<CellValue[][] | null>;
  /** Throws without writing anything if any part is invalid. */
  apply(changes: WorkbookChanges): Promise<void>;
  /**
   * Hosts that show the workbook to a person (Excel) can select a cell, as when someone clicks a
   * finding. `cell` is a worksheet address such as Actions!C7 or 'My sheet'!C7.
   */
  selectCell?(cell: string): Promise<void>;
  /**
   * Hosts where the workbook can change under the add-in (Excel, with co-authors) report changes
   * to the named sheets (those that exist when the watch starts). Reading only: nothing is written.
   */
  watchSheets?(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<StopWatching>;
}
