import { cellText, type CellValue, type Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import type { TableDef } from "../model/tables";
import { canonicalListValue, columnKeyByHeader, headerLanguage, rowInLanguage, vocabularyColumns } from "../model/workbook-language";
import { normalizeText } from "../model/ids";
import type { TableData, TableUpsert, WorkbookChanges } from "./port";

/**
 * The pure part of reading and upserting a table, shared by every adapter: an adapter fetches
 * the header and body values its own way, this module turns them into rows keyed by column key
 * and works out what an upsert changes.
 */

/** Where a table's header row sits on its worksheet, 1-based. */
export interface TableOrigin {
  headerRow: number;
  firstColumn: number;
  /** The worksheet that holds the table (its name depends on the workbook's language). */
  sheet?: string;
}

/** A cell as a table row holds it: text trimmed, blank text as null. */
export function rowValue(value: CellValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  return value;
}

/**
 * Header and body values of a table -> rows keyed by column key. A header reads in any of the
 * workbook languages; a list value (Supported, Aceptada, Acceptée) reads as its English key.
 * Columns people added are keyed by their header; rows with nothing in them are skipped; a
 * missing column reads as empty, except the ID column, whose absence is a UserFacingError
 * naming the workbook, table and column.
 */
export function tableDataFromValues(def: TableDef, header: readonly CellValue[], body: readonly (readonly CellValue[])[], origin: TableOrigin, label: string): TableData {
  const keyByHeader = columnKeyByHeader(def);
  const columnNumbers: Record<string, number> = {};
  const extraHeaders: string[] = [];
  const taken = new Set<string>();
  const keys = header.map((value, offset): string | null => {
    const text = cellText(value);
    const model = keyByHeader.get(normalizeText(text));
    // The first column to claim a key has it; a second header spelling the same column in another language stays an extra column.
    const known = model !== undefined && !taken.has(model) ? model : undefined;
    if (known) taken.add(known);
    const key = known ?? (text ? text : null);
    if (key && !known) extraHeaders.push(text);
    if (key) columnNumbers[key] = origin.firstColumn + offset;
    return key;
  });
  // A column the table lacks (a workbook made by an older version, or a header someone renamed)
  // reads as empty; the next write of the table adds it, and a renamed column stays as an extra one.
  const missingColumns = def.columns.filter((column) => columnNumbers[column.key] === undefined).map((column) => column.key);
  if (missingColumns.includes(def.idColumn)) {
    const idHeader = def.columns.find((column) => column.key === def.idColumn)?.header ?? def.idColumn;
    throw new UserFacingError("error.tableMissingColumn", { file: label, table: def.name, column: idHeader });
  }
  const vocabularyOf = new Map(vocabularyColumns(def).map(({ key, vocabulary }) => [key, vocabulary]));
  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  body.forEach((values, index) => {
    const row: Row = {};
    let blank = true;
    keys.forEach((key, offset) => {
      if (!key) return;
      const read = rowValue(values[offset]);
      const vocabulary = vocabularyOf.get(key);
      const value = vocabulary && typeof read === "string" ? canonicalListValue(vocabulary, read) : read;
      row[key] = value;
      if (value !== null) blank = false;
    });
    for (const key of missingColumns) row[key] = null;
    if (blank) return;
    rows.push(row);
    rowNumbers.push(origin.headerRow + 1 + index);
  });
  const language = headerLanguage(def, header.map((value) => cellText(value)));
  return { table: def.name, rows, rowNumbers, extraHeaders, columnNumbers, missingColumns, language, ...(origin.sheet ? { sheet: origin.sheet } : {}) };
}

/** What one command does to one table, worked out before anything is written. */
export interface TableEdit {
  /** The table's rows afterwards, in sheet order: the rows kept (with their updates), then new rows. */
  rows: Row[];
  /** Kept rows whose cells change: index into the current rows, and the keys that change. */
  updated: { index: number; keys: string[] }[];
  /** Indexes into the current rows of the rows removed, ascending. */
  deleted: number[];
  /** Rows with new IDs, to go below the table. */
  appended: Row[];
  /** Every column key (and extra header) of the table, in the order of the plan columns. */
  keys: string[];
  extraHeaders: string[];
}

/** The same cell content, whatever the spelling: text trimmed, blank as null, dates by time. */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const left = rowValue(a);
  const right = rowValue(b);
  if (left instanceof Date || right instanceof Date) {
    return left instanceof Date && right instanceof Date && left.getTime() === right.getTime();
  }
  return left === right;
}

/**
 * Applies a command's deletions and upserts for one table to its current rows: deletions
 * first, then upserts, an existing ID getting only the upsert's columns, a new ID appended.
 * A row without an ID, or an ID twice in one upsert, is a UserFacingError (nothing written).
 */
export function planTableEdit(def: TableDef, current: TableData | null, changes: WorkbookChanges, label: string): TableEdit {
  const extraHeaders = current?.extraHeaders ?? [];
  const keys = [...def.columns.map((column) => column.key), ...extraHeaders];
  const known = new Set(keys);
  const currentRows = current?.rows ?? [];
  const deletedIds = new Set((changes.deletions ?? []).filter((deletion) => deletion.table === def.name).flatMap((deletion) => deletion.ids));
  const deleted: number[] = [];
  const kept: { index: number; row: Row; changed: Set<string> }[] = [];
  currentRows.forEach((row, index) => {
    if (deletedIds.has(cellText(row[def.idColumn]))) deleted.push(index);
    else kept.push({ index, row: { ...row }, changed: new Set() });
  });
  const positionById = new Map(kept.map((entry, position) => [cellText(entry.row[def.idColumn]), position]));
  const appended: Row[] = [];
  const appendedById = new Map<string, Row>();
  for (const upsert of (changes.upserts ?? []).filter((candidate) => candidate.table === def.name)) {
    assertUpsertIds(def, upsert, label);
    for (const row of upsert.rows) {
      const id = cellText(row[def.idColumn]);
      const position = positionById.get(id);
      const target = position === undefined ? appendedById.get(id) : kept[position].row;
      if (!target) {
        const fresh: Row = {};
        for (const key of Object.keys(row)) if (known.has(key)) fresh[key] = row[key] ?? null;
        appended.push(fresh);
        appendedById.set(id, fresh);
        continue;
      }
      for (const key of upsert.columns ?? Object.keys(row)) {
        if (!known.has(key)) continue;
        const value = row[key] ?? null;
        if (position !== undefined && !sameCellValue(target[key], value)) kept[position].changed.add(key);
        target[key] = value;
      }
    }
  }
  // Rows are read with list values as their English keys; they are written in the table's language.
  const language = current?.language ?? "en";
  const localized = (row: Row) => rowInLanguage(def, row, language);
  return {
    rows: [...kept.map((entry) => localized(entry.row)), ...appended.map(localized)],
    updated: kept.filter((entry) => entry.changed.size > 0).map((entry) => ({ index: entry.index, keys: keys.filter((key) => entry.changed.has(key)) })),
    deleted,
    appended: appended.map(localized),
    keys,
    extraHeaders,
  };
}

function assertUpsertIds(def: TableDef, upsert: TableUpsert, label: string): void {
  const seen = new Set<string>();
  const idHeader = def.columns.find((column) => column.key === def.idColumn)?.header ?? def.idColumn;
  upsert.rows.forEach((row, position) => {
    const id = cellText(row[def.idColumn]);
    const location = `${label}, ${def.name}, row ${position + 1}`;
    if (!id) throw new UserFacingError("error.missingId", { location, table: def.name, column: idHeader });
    if (seen.has(id)) throw new UserFacingError("error.duplicateId", { location, id, table: def.name });
    seen.add(id);
  });
}

/** Tables a command upserts into or deletes from, each once. */
export function touchedTables(changes: WorkbookChanges): TableDef["name"][] {
  return [...new Set([...(changes.upserts ?? []).map((upsert) => upsert.table), ...(changes.deletions ?? []).map((deletion) => deletion.table)])];
}
