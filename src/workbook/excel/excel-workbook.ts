import type { CellValue } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { tableDef, type TableName } from "../../model/tables";
import { tablePlan } from "../../core/structure/workbook-structure";
import { headerRowNumber, type SheetPlan } from "../plan";
import { carriedFormulas } from "../formula-move";
import { assertPlanWritable } from "../plan-checks";
import { splitCellAddress } from "../cell-address";
import type { SheetChange, StopWatching, TableData, WorkbookChanges, WorkbookPort } from "../port";
import { orderedSheetNames } from "../sheet-order";
import { planTableEdit, touchedTables } from "../table-values";
import { officeGlobals, type ExcelHost } from "./excel-host";
import { readFormulas, readRectangle, readTables } from "./excel-reads";
import { OwnWrites, type WrittenArea } from "./own-writes";
import { planBlocks, queueClearSheet, queuePlanFormulas, queuePlanLayout, queuePlanNumberFormats, runsOf, type ExcelFeatures } from "./plan-writer";
import { ACTION_BYTES, PATH_BYTES, REQUEST_BUDGET_BYTES, REQUEST_TARGET_BYTES, RequestCounter } from "./request-cost";
import { planTableWrite, queueTableBeforeValues, queueTableResize, type TableWrite } from "./table-writer";
import { packBlocks, type BlockSlice, type ValueBlock } from "./value-blocks";

/** Hidden sheets that hold values while a large write is in flight; never shown, never listed. */
export const STAGING_PREFIX = "rm-staging-";

/** A staging sheet older than this is left from a write that never finished (the pane closed): no write takes this long. */
const STALE_STAGING_MS = 30 * 60 * 1000;

/**
 * Whether a sheet is a staging sheet nobody is writing through any more: named by this version
 * with its time (rm-staging-<ms in base 36>-...) more than STALE_STAGING_MS ago, or by an older version without one.
 */
export function isStaleStaging(name: string, now: number): boolean {
  if (!name.startsWith(STAGING_PREFIX)) return false;
  const stamp = /^rm-staging-([0-9a-z]{8})-/.exec(name);
  return !stamp || now - parseInt(stamp[1], 36) > STALE_STAGING_MS;
}

const MAX_ROWS = 1_048_576;

/** Change types after which every address below or right of the change has moved. */
const LAYOUT_CHANGES = new Set<string>(["RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"]);

/** Range.values takes a 2D array, but Excel applies a single value to every cell of the range. */
function everyCell<T>(value: T): T[][] {
  return value as unknown as T[][];
}

/** Excel compares sheet names without regard to case: "lists" is the Lists sheet. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function reason(error: unknown): string {
  if (error instanceof Error) return (error as { code?: string }).code ? `${(error as { code?: string }).code}: ${error.message}` : error.message;
  return String(error);
}

/**
 * The port over the workbook open in Excel, through the Excel JavaScript API (ExcelApi 1.9, newer
 * calls only where the host supports them). One `Excel.run` per port call; values travel as 2D
 * arrays of at most 4 MB per `context.sync()`; a write is checked whole before the first change.
 * A write larger than one sync goes to hidden staging sheets first and reaches the visible
 * sheets in the last sync, so an interruption before it leaves the workbook as it was.
 */
export class ExcelWorkbook implements WorkbookPort {
  /** What this port is writing or just wrote: the change events those writes raise are skipped by `watchSheets`. */
  private readonly ownWrites = new OwnWrites();

  constructor(
    readonly label = "this workbook",
    private readonly host: ExcelHost = officeGlobals,
  ) {}

  async sheetNames(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name).filter((name) => !name.startsWith(STAGING_PREFIX));
    });
  }

  async readSheet(sheet: string): Promise<CellValue[][] | null> {
    return this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      worksheet.load("isNullObject");
      await context.sync();
      if (worksheet.isNullObject) return null;
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return [];
      // From A1, as the port promises, whatever the top-left of the used range.
      const values = await readRectangle(context, sheet, 0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
      return values;
    });
  }

  async readTables<Name extends TableName>(names: readonly Name[]): Promise<Record<Name, TableData | null>> {
    return this.host.run(async (context) => {
      const present = await this.presentTables(context);
      const result = {} as Record<Name, TableData | null>;
      const defs = names.map(tableDef).filter((def) => present.has(def.tableName));
      for (const name of names) result[name] = null;
      for (const read of await readTables(context, defs, this.label)) result[read.def.name as Name] = read.data;
      return result;
    });
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    const plans = [...(changes.plans ?? [])];
    plans.forEach(assertPlanWritable);
    const planSheets = new Set(plans.map((plan) => plan.sheet.toLowerCase()));
    if (planSheets.size !== plans.length) throw new Error("Two plans for the same sheet in one write");
    const touched = touchedTables(changes).map(tableDef);
    const clash = touched.find((def) => planSheets.has(def.sheet.toLowerCase()));
    if (clash) throw new Error(`Sheet ${clash.sheet} is both replaced and upserted in one write`);
    const features: ExcelFeatures = { rowGroups: this.host.supportsExcelApi("1.10"), tableResize: this.host.supportsExcelApi("1.13") };

    await this.host.run(async (context) => {
      // Read: sheets and tables, then the tables this write edits. Nothing is written before every check passed.
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const tableSheets = await this.presentTables(context);
      const existingSheets = sheets.items.map((sheet) => sheet.name).filter((name) => !name.startsWith(STAGING_PREFIX));
      const staleStaging = sheets.items.map((sheet) => sheet.name).filter((name) => isStaleStaging(name, Date.now()));

      const rowsBelow = new Map<string, number>();
      for (const upsert of changes.upserts ?? []) rowsBelow.set(upsert.table, (rowsBelow.get(upsert.table) ?? 0) + upsert.rows.length);
      const present = touched.filter((def) => tableSheets.has(def.tableName));
      for (const def of touched.filter((candidate) => !tableSheets.has(candidate.tableName))) {
        const edit = planTableEdit(def, null, changes, this.label);
        const plan = tablePlan(def, edit.rows);
        assertPlanWritable(plan);
        plans.push(plan);
      }
      const reads = present.length > 0 ? await readTables(context, present, this.label, rowsBelow) : [];
      const tableWrites: TableWrite[] = [];
      for (const read of reads) {
        const edit = planTableEdit(read.def, read.data, changes, this.label);
        const wholeTable = tablePlan(read.def, edit.rows, edit.extraHeaders, read.data.language);
        assertPlanWritable(wholeTable);
        if ((read.data.missingColumns ?? []).length > 0) {
          // A table from an older version gets its missing columns by being written whole, once; the
          // formulas people put in it are read (one more read, only here) and written back as formulas, not their values.
          const formulas = await readFormulas(context, read.sheet, read.headerRow + 1, read.firstColumn, read.bodyRows, read.columnCount);
          plans.push({ ...wholeTable, formulas: carriedFormulas({ ...read, rowNumbers: read.data.rowNumbers }, edit, formulas, headerRowNumber(wholeTable) - 1) });
          continue;
        }
        const write = planTableWrite(read, edit, this.label);
        if (write) tableWrites.push(write);
      }
      this.assertTableNamesFree(plans, tableSheets);

      const done = this.ownWrites.begin(writtenAreas(plans, tableWrites));
      try {
        await this.write(context, { plans, tableWrites, existingSheets, tableSheets, features, staleStaging });
      } finally {
        done();
      }
    });
  }

  /** Activates the cell's sheet and selects the cell: only ever called when the user asked for it. */
  async selectCell(cell: string): Promise<void> {
    const parts = splitCellAddress(cell);
    if (!parts) throw new Error(`Not a worksheet address: ${cell}`);
    await this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(parts.sheet);
      worksheet.activate();
      worksheet.getRange(parts.address).select();
      await context.sync();
    });
  }

  /**
   * One `worksheet.onChanged` handler per watched sheet (ExcelApi 1.7), registered in one
   * `Excel.run`; they fire for this user's edits and for co-authors' (source "Remote") alike.
   * Nothing is written: co-authors see nothing of the watch.
   */
  async watchSheets(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<StopWatching> {
    return this.host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/id");
      await context.sync();
      const watched = worksheets.items.filter((worksheet) => sheets.some((name) => sameName(name, worksheet.name)));
      // The event names the sheet by id; a sheet renamed later still reports under the name it was watched by.
      const nameById = new Map(watched.map((worksheet) => [worksheet.id, worksheet.name]));
      const handlers = watched.map((worksheet) =>
        worksheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
          const sheet = nameById.get(event.worksheetId);
          if (sheet && !this.ownWrites.isEcho(sheet, event.address, event.source, (event as { triggerSource?: string }).triggerSource)) onChange({ sheet, address: event.address, kind: LAYOUT_CHANGES.has(event.changeType) ? "layout" : "edit" });
        }),
      );
      await context.sync();
      let stopped = false;
      return async () => {
        if (stopped || handlers.length === 0) return;
        stopped = true;
        // Handlers are removed through the context that added them.
        await this.host.runWith(handlers[0].context as Excel.RequestContext, async (removal) => {
          handlers.forEach((handler) => handler.remove());
          await removal.sync();
        });
      };
    });
  }

  /** Excel table name -> its sheet name. */
  private async presentTables(context: Excel.RequestContext): Promise<Map<string, string>> {
    const tables = context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    return new Map(tables.items.map((table) => [table.name, table.worksheet.name]));
  }

  /** Table names are workbook-wide: a plan's table may not take the name of a table on a sheet it does not replace. */
  private assertTableNamesFree(plans: readonly SheetPlan[], tableSheets: ReadonlyMap<string, string>): void {
    const replaced = new Set(plans.map((plan) => plan.sheet.toLowerCase()));
    for (const plan of plans) {
      for (const span of plan.tables ?? []) {
        const sheet = tableSheets.get(span.name);
        if (sheet !== undefined && !replaced.has(sheet.toLowerCase())) throw new UserFacingError("error.excelTableNameTaken", { file: this.label, table: span.name, sheet });
      }
    }
  }

  private async write(
    context: Excel.RequestContext,
    job: { plans: SheetPlan[]; tableWrites: TableWrite[]; existingSheets: string[]; tableSheets: Map<string, string>; features: ExcelFeatures; staleStaging: string[] },
  ): Promise<void> {
    const { plans, tableWrites, existingSheets, tableSheets, features, staleStaging } = job;
    const planValues = new Map(plans.map((plan) => [plan.sheet, planBlocks(plan)]));
    const blocks: ValueBlock[] = [...[...planValues.values()].flat(), ...tableWrites.flatMap((write) => write.blocks)];
    const batches = packBlocks(blocks);
    const exists = (sheet: string) => existingSheets.some((name) => sameName(name, sheet));
    const replacedSheets = plans.filter((plan) => exists(plan.sheet));

    /**
     * Everything the user sees change, queued on `target` (the real context, or a counter's
     * stand-in to learn what the request will cost before sending anything).
     */
    const queueFinal = async (
      target: Excel.RequestContext,
      staged: boolean,
      lastBatch: readonly BlockSlice[] | null,
      stagingFor: (sheet: string) => Excel.Worksheet,
      chartsOf: (sheet: string) => readonly Excel.Chart[],
      // Called before each unit of commands: the real run sends what is queued when the next unit would not fit.
      unit: () => Promise<void>,
    ) => {
      await unit();
      if (lastBatch && staged) for (const slice of lastBatch) writeSlice(stagingFor(slice.block.sheet), slice);
      const putValues = (worksheet: Excel.Worksheet, block: ValueBlock) => {
        if (!staged) {
          for (const slice of (lastBatch ?? []).filter((candidate) => candidate.block === block)) writeSlice(worksheet, slice);
          return;
        }
        copyFromStaging(worksheet, stagingFor(block.sheet), block);
      };
      const added: string[] = [];
      for (const plan of plans) {
        await unit();
        let worksheet: Excel.Worksheet;
        if (exists(plan.sheet)) {
          worksheet = target.workbook.worksheets.getItem(plan.sheet);
          const tables = [...tableSheets].filter(([, sheet]) => sameName(sheet, plan.sheet)).map(([name]) => target.workbook.tables.getItem(name));
          queueClearSheet(worksheet, tables, chartsOf(plan.sheet));
        } else {
          worksheet = target.workbook.worksheets.add(plan.sheet);
          added.push(plan.sheet);
        }
        queuePlanNumberFormats(worksheet, plan);
        for (const block of planValues.get(plan.sheet) ?? []) putValues(worksheet, block);
        queuePlanFormulas(worksheet, plan);
        queuePlanLayout(worksheet, plan, features);
      }
      for (const write of tableWrites) {
        const worksheet = target.workbook.worksheets.getItem(write.read.sheet);
        await unit();
        queueTableBeforeValues(target, write);
        for (const block of write.blocks) {
          await unit();
          putValues(worksheet, block);
        }
        await unit();
        queueTableResize(target, write, features);
      }
      await unit();
      if (added.length > 0) {
        orderedSheetNames(existingSheets, added).forEach((name, position) => (target.workbook.worksheets.getItem(name).position = position));
      }
    };
    /** What each unit of the final commands costs, counted on stand-ins before anything is sent. */
    const unitCosts = async (staged: boolean, lastBatch: readonly BlockSlice[] | null): Promise<number[]> => {
      const counter = new RequestCounter();
      const marks: number[] = [];
      await queueFinal(counter.object<Excel.RequestContext>(), staged, lastBatch, () => counter.object<Excel.Worksheet>(), () => [], async () => {
        marks.push(counter.bytes);
      });
      marks.push(counter.bytes);
      // Charts are deleted one command each; a replaced sheet holds a few.
      const chartBytes = replacedSheets.reduce((sum, plan) => sum + (plan.charts ?? []).length * (PATH_BYTES + ACTION_BYTES), 0);
      return marks.slice(1).map((end, index) => end - marks[index] + (index === 0 ? chartBytes + staleStaging.length * (PATH_BYTES + ACTION_BYTES) : 0));
    };
    const total = (costs: readonly number[]) => costs.reduce((sum, cost) => sum + cost, 0);
    const lastBatch = batches[batches.length - 1] ?? [];
    // One request if everything fits; otherwise the values go to staging sheets first, and the last
    // batch rides with the final request only if that still fits.
    const staged = batches.length > 1 || total(await unitCosts(false, lastBatch)) > REQUEST_BUDGET_BYTES;
    const separateLast = staged && (batches.length === 1 || total(await unitCosts(true, lastBatch)) > REQUEST_BUDGET_BYTES);
    const finalCosts = await unitCosts(staged, separateLast ? null : lastBatch);
    // A unit that alone passes the budget is sent alone; only one near the limit itself is refused.
    if (finalCosts.some((cost) => cost > REQUEST_TARGET_BYTES)) {
      throw new UserFacingError("error.excelWriteTooLarge", { file: this.label, sheets: [...plans.map((plan) => plan.sheet), ...tableWrites.map((write) => write.read.sheet)].join(", ") });
    }

    const staging = new Map<string, Excel.Worksheet>();
    const stagingNames: string[] = [];
    // Base 36 keeps the name within Excel's 31 characters: rm-staging-<8>-<n>-<6>.
    const stamp = Date.now().toString(36);
    const stagingFor = (sheet: string): Excel.Worksheet => {
      let worksheet = staging.get(sheet);
      if (!worksheet) {
        // The time in the name tells a later write whether this sheet is stale or a co-author's write in progress.
        const name = `${STAGING_PREFIX}${stamp}-${stagingNames.length + 1}-${Math.random().toString(36).slice(2, 8)}`;
        worksheet = context.workbook.worksheets.add(name);
        worksheet.visibility = "VeryHidden";
        staging.set(sheet, worksheet);
        stagingNames.push(name);
      }
      return worksheet;
    };
    const charts = new Map<string, Excel.ChartCollection>();
    const loadCharts = () => {
      for (const plan of replacedSheets) {
        const collection = context.workbook.worksheets.getItem(plan.sheet).charts;
        collection.load("items/name");
        charts.set(plan.sheet, collection);
      }
    };
    // Staging sheets a closed pane left behind hold a full copy of some data: they go with this write's first request.
    const dropStale = () => {
      for (const name of staleStaging.splice(0)) context.workbook.worksheets.getItem(name).delete();
    };
    let finalSync = false;
    try {
      if (staged) {
        for (let index = 0; index < batches.length - (separateLast ? 0 : 1); index++) {
          if (index === 0) dropStale();
          for (const slice of batches[index]) writeSlice(stagingFor(slice.block.sheet), slice);
          if (index === 0) loadCharts();
          await context.sync();
        }
      } else if (replacedSheets.length > 0) {
        dropStale();
        loadCharts();
        await context.sync();
      }
      if (features.rowGroups) await this.ungroupReplaced(context, replacedSheets);

      // The last sync: everything the user sees changes here.
      finalSync = true;
      dropStale();
      // The final commands fit one request unless a write is very scattered; then they go in as few as the limit allows.
      let unitIndex = 0;
      let spent = 0;
      await queueFinal(context, staged, separateLast ? null : lastBatch, stagingFor, (sheet) => charts.get(sheet)?.items ?? [], async () => {
        const cost = finalCosts[unitIndex++] ?? 0;
        if (spent > 0 && spent + cost > REQUEST_BUDGET_BYTES) {
          await context.sync();
          spent = 0;
        }
        spent += cost;
      });
      for (const worksheet of staging.values()) worksheet.delete();
      staging.clear();
      await context.sync();
    } catch (error) {
      if (stagingNames.length > 0) await this.dropStaging(context, stagingNames);
      if (error instanceof UserFacingError) throw error;
      const sheets = [...plans.map((plan) => plan.sheet), ...tableWrites.map((write) => write.read.sheet)].join(", ");
      if (finalSync) throw new UserFacingError("error.excelWriteInterrupted", { file: this.label, reason: reason(error), sheets });
      throw new UserFacingError("error.excelWriteRefused", { file: this.label, reason: reason(error) });
    }
  }

  /** Outline groups survive clearing a sheet; a regenerated sheet's groups must not nest inside the old ones. */
  private async ungroupReplaced(context: Excel.RequestContext, replaced: readonly SheetPlan[]): Promise<void> {
    const grouped = replaced.filter((plan) => (plan.rowGroups ?? []).length > 0);
    if (grouped.length === 0) return;
    for (const plan of grouped) context.workbook.worksheets.getItem(plan.sheet).getRange().ungroup("ByRows");
    try {
      await context.sync();
    } catch {
      // A sheet without groups has nothing to ungroup, and Excel says so with an error.
    }
  }

  private async dropStaging(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    try {
      await context.sync();
      for (const sheet of sheets.items) if (names.includes(sheet.name)) sheet.delete();
      await context.sync();
    } catch {
      // Cleaning up after a failure must not hide the failure itself.
    }
  }
}

/** Where a write changes cells: replaced sheets whole, a table edit from its header down past its new last row. */
function writtenAreas(plans: readonly SheetPlan[], tableWrites: readonly TableWrite[]): WrittenArea[] {
  return [
    ...plans.map((plan): WrittenArea => ({ sheet: plan.sheet, rows: null, columns: null })),
    ...tableWrites.map(({ read, lastRow, removeRuns }): WrittenArea => ({
      sheet: read.sheet,
      // Removed rows move what is below them up; otherwise the body, new rows and a totals row under them.
      rows: { first: read.headerRow + 1, last: removeRuns.length > 0 ? MAX_ROWS : Math.max(lastRow, read.headerRow + read.bodyRows) + 2 },
      columns: { first: read.firstColumn + 1, last: read.firstColumn + read.columnCount },
    })),
  ];
}

/** One slice of a block: its number formats, then its values. */
function writeSlice(worksheet: Excel.Worksheet, slice: BlockSlice): void {
  const { block } = slice;
  const top = block.row + slice.firstRow;
  block.columnFormats.forEach((format, offset) => {
    if (format) worksheet.getRangeByIndexes(top, block.column + offset, slice.rowCount, 1).numberFormat = everyCell(format);
  });
  const width = block.values[0]?.length ?? 0;
  worksheet.getRangeByIndexes(top, block.column, slice.rowCount, width).values = block.values.slice(slice.firstRow, slice.firstRow + slice.rowCount);
}

/**
 * A staged block reaches its sheet by a copy inside Excel (no payload). An update copies only
 * the cells it changes (blanks skipped); cells it empties are cleared, one command per run down a column.
 */
function copyFromStaging(target: Excel.Worksheet, staging: Excel.Worksheet, block: ValueBlock): void {
  const rows = block.values.length;
  const width = block.values[0]?.length ?? 0;
  const destination = target.getRangeByIndexes(block.row, block.column, rows, width);
  destination.copyFrom(staging.getRangeByIndexes(block.row, block.column, rows, width), "Values", block.partial, false);
  if (!block.partial) return;
  for (let columnOffset = 0; columnOffset < width; columnOffset++) {
    for (const run of runsOf(block.values.map((values) => values[columnOffset] === ""))) {
      target.getRangeByIndexes(block.row + run.first, block.column + columnOffset, run.last - run.first + 1, 1).clear("Contents");
    }
  }
}
