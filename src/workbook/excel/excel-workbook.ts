import type { CellValue } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { tableDef, type TableName } from "../../model/tables";
import { tablePlan } from "../../core/structure/workbook-structure";
import type { SheetPlan } from "../plan";
import { assertPlanWritable } from "../plan-checks";
import { splitCellAddress } from "../cell-address";
import type { SheetChange, StopWatching, TableData, WorkbookChanges, WorkbookPort } from "../port";
import { orderedSheetNames } from "../sheet-order";
import { planTableEdit, touchedTables } from "../table-values";
import { officeGlobals, type ExcelHost } from "./excel-host";
import { readRectangle, readTables } from "./excel-reads";
import { planBlocks, queueClearSheet, queuePlanLayout, queuePlanNumberFormats, runsOf, type ExcelFeatures } from "./plan-writer";
import { planTableWrite, queueTableResize, type TableWrite } from "./table-writer";
import { packBlocks, sliceOverhead, stagedCopyBytes, VALUE_BYTES_PER_SYNC, type BlockSlice, type ValueBlock } from "./value-blocks";

/** Hidden sheets that hold values while a large write is in flight; never shown, never listed. */
const STAGING_PREFIX = "rm-staging-";

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
        const wholeTable = tablePlan(read.def, edit.rows, edit.extraHeaders);
        assertPlanWritable(wholeTable);
        if ((read.data.missingColumns ?? []).length > 0) {
          // A table from an older version gets its missing columns by being written whole, once.
          plans.push(wholeTable);
          continue;
        }
        const write = planTableWrite(read, edit, this.label);
        if (write) tableWrites.push(write);
      }
      this.assertTableNamesFree(plans, tableSheets);

      await this.write(context, { plans, tableWrites, existingSheets, tableSheets, features });
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
          if (sheet) onChange({ sheet, address: event.address, kind: LAYOUT_CHANGES.has(event.changeType) ? "layout" : "edit" });
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
    job: { plans: SheetPlan[]; tableWrites: TableWrite[]; existingSheets: string[]; tableSheets: Map<string, string>; features: ExcelFeatures },
  ): Promise<void> {
    const { plans, tableWrites, existingSheets, tableSheets, features } = job;
    const planValues = new Map(plans.map((plan) => [plan.sheet, planBlocks(plan)]));
    const blocks: ValueBlock[] = [...[...planValues.values()].flat(), ...tableWrites.flatMap((write) => write.blocks)];
    const batches = packBlocks(blocks);
    const staged = batches.length > 1;
    const staging = new Map<string, Excel.Worksheet>();
    const stagingNames: string[] = [];
    const stagingFor = (sheet: string): Excel.Worksheet => {
      let worksheet = staging.get(sheet);
      if (!worksheet) {
        const name = `${STAGING_PREFIX}${stagingNames.length + 1}-${Math.random().toString(36).slice(2, 8)}`;
        worksheet = context.workbook.worksheets.add(name);
        worksheet.visibility = "VeryHidden";
        staging.set(sheet, worksheet);
        stagingNames.push(name);
      }
      return worksheet;
    };
    const exists = (sheet: string) => existingSheets.some((name) => sameName(name, sheet));
    const replacedSheets = plans.filter((plan) => exists(plan.sheet));
    const charts = new Map<string, Excel.ChartCollection>();
    const loadCharts = () => {
      for (const plan of replacedSheets) {
        const collection = context.workbook.worksheets.getItem(plan.sheet).charts;
        collection.load("items/name");
        charts.set(plan.sheet, collection);
      }
    };
    let finalSync = false;
    try {
      // Every batch but the last goes to the staging sheets, one sync each; the visible workbook is untouched.
      // The last batch rides with the final sync unless the copies and clears of staged blocks leave it no room.
      const lastBatchBytes = (batches[batches.length - 1] ?? []).reduce((sum, slice) => sum + slice.bytes + sliceOverhead(slice.block), 0);
      const separateLast = staged && lastBatchBytes + blocks.reduce((sum, block) => sum + stagedCopyBytes(block), 0) > VALUE_BYTES_PER_SYNC;
      if (staged) {
        for (let index = 0; index < batches.length - (separateLast ? 0 : 1); index++) {
          for (const slice of batches[index]) writeSlice(stagingFor(slice.block.sheet), slice);
          if (index === 0) loadCharts();
          await context.sync();
        }
      } else if (replacedSheets.length > 0) {
        loadCharts();
        await context.sync();
      }
      if (features.rowGroups) await this.ungroupReplaced(context, replacedSheets);

      // The last sync: everything the user sees changes here.
      finalSync = true;
      const lastBatch = batches[batches.length - 1] ?? [];
      if (staged && !separateLast) for (const slice of lastBatch) writeSlice(stagingFor(slice.block.sheet), slice);
      const putValues = (worksheet: Excel.Worksheet, block: ValueBlock) => {
        if (!staged) {
          for (const slice of lastBatch.filter((candidate) => candidate.block === block)) writeSlice(worksheet, slice);
          return;
        }
        copyFromStaging(worksheet, stagingFor(block.sheet), block);
      };
      const added: string[] = [];
      for (const plan of plans) {
        let worksheet: Excel.Worksheet;
        if (exists(plan.sheet)) {
          worksheet = context.workbook.worksheets.getItem(plan.sheet);
          const tables = [...tableSheets].filter(([, sheet]) => sameName(sheet, plan.sheet)).map(([name]) => context.workbook.tables.getItem(name));
          queueClearSheet(worksheet, tables, charts.get(plan.sheet)?.items ?? []);
        } else {
          worksheet = context.workbook.worksheets.add(plan.sheet);
          added.push(plan.sheet);
        }
        queuePlanNumberFormats(worksheet, plan);
        for (const block of planValues.get(plan.sheet) ?? []) putValues(worksheet, block);
        queuePlanLayout(worksheet, plan, features);
      }
      for (const write of tableWrites) {
        const worksheet = context.workbook.worksheets.getItem(write.read.sheet);
        for (const block of write.blocks) putValues(worksheet, block);
        queueTableResize(context, write, features);
      }
      for (const worksheet of staging.values()) worksheet.delete();
      staging.clear();
      if (added.length > 0) {
        orderedSheetNames([...existingSheets, ...added]).forEach((name, position) => (context.workbook.worksheets.getItem(name).position = position));
      }
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
