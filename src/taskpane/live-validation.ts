import { cellText, type Row } from "../model/cells";
import { workbookLabel } from "../model/i18n/workbook-labels";
import { TABLES, tableDef, type TableName } from "../model/tables";
import { sheetNameVariants } from "../model/workbook-language";
import type { EditableTable, Finding, RowRevalidation, ValidationSession } from "../core/validate/validation-session";
import type { Language } from "../model/vocabularies";
import { rowSpan, splitCellAddress } from "../workbook/cell-address";
import type { SheetChange, TableData, WorkbookPort } from "../workbook/port";
import type * as ValidateUseCase from "../app/validate";

/**
 * The logic of live validation, apart from React and Office: which edits the single-row fast path
 * can take, how findings are merged in place, and the debounce that batches a burst of edits.
 */

/** Quiet time after the last edit before the findings update. */
export const LIVE_DEBOUNCE_MS = 500;
/** However busy co-authors keep the workbook, the findings update at least this often. */
export const LIVE_MAX_WAIT_MS = 3000;
/** An edit (a paste, a fill) over more rows than this is revalidated whole: one read, one pass. */
export const MAX_LIVE_ROWS = 200;

/** The validated tables by sheet name, in every workbook language ("acciones" is Actions). */
const EDITABLE: Record<string, EditableTable> = Object.fromEntries(
  (["Actions", "Indicators"] as const).flatMap((table) => sheetNameVariants(table).map((name) => [name.toLowerCase(), table])),
);

/** Sheets whose changes change findings: the two validated tables and everything they refer to, under any language's name. */
export const VALIDATION_SHEETS: readonly string[] = (["Actions", "Indicators", "Recommendations", "Institutions", "Clusters", "Lists"] as const).flatMap(sheetNameVariants);

/** Every sheet the Structure panel describes, under any language's name. */
export const STRUCTURE_SHEETS: readonly string[] = [...TABLES.map((def) => def.name), "Lists" as const].flatMap(sheetNameVariants);

/** What a batch of changes asks for: the rows to revalidate one by one, or everything again. */
export interface LiveWork {
  full: boolean;
  rows: Map<EditableTable, Set<number>>;
}

/**
 * Edits of values in Actions or Indicators body rows take the fast path. Anything else runs
 * the full validation: a change to the tables they refer to (IDs, institutions, lists), rows
 * or columns inserted or deleted (every address below moves), a header edited, a big paste.
 */
export function planLiveWork(changes: readonly SheetChange[]): LiveWork {
  const rows = new Map<EditableTable, Set<number>>();
  for (const change of changes) {
    const table = EDITABLE[change.sheet.toLowerCase()];
    const span = rowSpan(change.address);
    if (!table || change.kind !== "edit" || !span || span.first <= 1 || span.last - span.first + 1 > MAX_LIVE_ROWS) return { full: true, rows: new Map() };
    const set = rows.get(table) ?? new Set<number>();
    for (let row = span.first; row <= span.last; row++) set.add(row);
    if (set.size > MAX_LIVE_ROWS) return { full: true, rows: new Map() };
    rows.set(table, set);
  }
  return { full: false, rows };
}

/** The rows at these worksheet rows as the table holds them now; a row emptied (so not read) comes back empty. */
export function rowsAt(data: TableData | null, rowNumbers: Iterable<number>): { rowNumber: number; row: Row }[] {
  const indexByRow = new Map((data?.rowNumbers ?? []).map((rowNumber, index) => [rowNumber, index]));
  return [...rowNumbers].map((rowNumber) => {
    const index = indexByRow.get(rowNumber);
    return { rowNumber, row: index === undefined || !data ? {} : data.rows[index] };
  });
}

// Findings are never changed in place, so a parsed row stays right; merges parse each finding once.
const rowOfFinding = new WeakMap<Finding, number>();

/** The worksheet row a finding points at. */
export function findingRow(finding: Finding): number {
  let row = rowOfFinding.get(finding);
  if (row === undefined) {
    const parts = splitCellAddress(finding.cell);
    row = (parts && rowSpan(parts.address)?.first) || 0;
    rowOfFinding.set(finding, row);
  }
  return row;
}

/** A key for a finding that stays the same while the finding does, so the list updates in place. */
export function findingKey(finding: Finding): string {
  return `${finding.cell}|${finding.code}|${finding.message}`;
}

const COVERAGE_TABLES = new Set<TableName>(["Recommendations", "Clusters"]);
export const isCoverageFinding = (finding: Finding): boolean => COVERAGE_TABLES.has(finding.table);

const TABLE_ORDER = new Map(TABLES.map((def, index) => [def.name, index]));

/**
 * The findings after single-row revalidations (in the order they ran): the findings of every
 * affected row replaced by what the latest revalidation touching it says, the coverage findings
 * (gap list, clusters without lead) replaced by `coverage`, the rest kept as the same objects, in
 * the order a full validation gives (table, row, then coverage). One sort, however many rows.
 */
export function mergeRevalidations(current: readonly Finding[], revalidations: readonly RowRevalidation[], coverage: readonly Finding[]): Finding[] {
  const rowKey = (table: TableName, rowNumber: number) => `${table}:${rowNumber}`;
  const latest = new Map<string, Finding[]>();
  for (const revalidation of revalidations) {
    const affected = new Set(revalidation.affected.map(({ table, rowNumber }) => rowKey(table, rowNumber)));
    affected.forEach((key) => latest.set(key, []));
    for (const finding of revalidation.findings) {
      const key = rowKey(finding.table, findingRow(finding));
      if (affected.has(key)) latest.get(key)?.push(finding);
    }
  }
  const kept = current.filter((finding) => !isCoverageFinding(finding) && !latest.has(rowKey(finding.table, findingRow(finding))));
  // A stable sort: findings of one row keep the order the rules gave them.
  const rows = [...kept, ...[...latest.values()].flat()]
    .map((finding, position) => ({ finding, position, table: TABLE_ORDER.get(finding.table) ?? 0, row: findingRow(finding) }))
    .sort((a, b) => a.table - b.table || a.row - b.row || a.position - b.position)
    .map(({ finding }) => finding);
  return [...rows, ...coverage];
}

/** `mergeRevalidations` for one revalidation. */
export function mergeRevalidation(current: readonly Finding[], revalidation: RowRevalidation, coverage: readonly Finding[]): Finding[] {
  return mergeRevalidations(current, [revalidation], coverage);
}

/** What the Validate page shows, and the session behind it. */
export interface LiveState {
  session: ValidationSession;
  findings: Finding[];
}

/**
 * One debounced batch of changes applied: the changed Actions/Indicators rows read and
 * revalidated one by one (`revalidateRow`), or, for anything else, the validation run again.
 * Reads only; the use case module comes in as a parameter because the page loads it lazily.
 */
export async function applyLiveChanges(
  port: WorkbookPort,
  state: LiveState,
  changes: readonly SheetChange[],
  language: Language,
  validate: Pick<typeof ValidateUseCase, "openValidationSession" | "revalidateRow">,
): Promise<LiveState> {
  const work = planLiveWork(changes);
  if (work.full) {
    const session = await validate.openValidationSession(port, { language });
    return { session, findings: session.findings() };
  }
  const revalidations: RowRevalidation[] = [];
  for (const [table, rowNumbers] of work.rows) {
    const data = (await port.readTables([table]))[table];
    for (const { rowNumber, row } of rowsAt(data, rowNumbers)) revalidations.push(validate.revalidateRow(state.session, table, rowNumber, row));
  }
  const coverage = state.session.coverageFindings();
  return { session: state.session, findings: mergeRevalidations(state.findings, revalidations, coverage) };
}

/** A row's filled cells as header and text, for the standalone page where no cell can be selected. */
export function rowDetails(data: TableData | null, rowNumber: number, language: Language): { header: string; value: string }[] {
  if (!data) return [];
  const index = data.rowNumbers.indexOf(rowNumber);
  if (index < 0) return [];
  const row = data.rows[index];
  const columns = new Map(tableDef(data.table).columns.map((column) => [column.key, column]));
  return Object.entries(row)
    .map(([key, value]) => {
      const column = columns.get(key);
      const text = cellText(value ?? null);
      // Headers and list values are the workbook's own words, shown in the pane's language; what people typed stays as typed.
      return { header: column ? workbookLabel(language, column.header) : key, value: column?.list ? workbookLabel(language, text) : text };
    })
    .filter((detail) => detail.value !== "");
}

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Collects changes and hands them over in one batch once no change came for `delayMs`, or
 * `maxWaitMs` after the first change of the batch at the latest.
 */
export class ChangeDebouncer {
  private pending: SheetChange[] = [];
  private timer: unknown = null;
  private firstAt = 0;

  constructor(
    private readonly flush: (changes: SheetChange[]) => void,
    private readonly delayMs = LIVE_DEBOUNCE_MS,
    private readonly maxWaitMs = LIVE_MAX_WAIT_MS,
    private readonly timers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    private readonly now: () => number = Date.now,
  ) {}

  push(change: SheetChange): void {
    if (this.pending.length === 0) this.firstAt = this.now();
    this.pending.push(change);
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstAt + this.maxWaitMs - this.now()));
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
  }

  /** Drops what is pending: the view that wanted it is gone. */
  cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  private fire(): void {
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) this.flush(batch);
  }
}
