import { buildMatrix } from "../core/matrix/build-matrix";
import { carryBackEdits, readMatrixEdits, type EditConflict, type MatrixEdit } from "../core/matrix/carry-back";
import { buildDashboard, dashboardSheetPlan } from "../core/matrix/dashboard";
import { filterChoices, resolveFilter, type FilterChoices } from "../core/matrix/matrix-filter";
import type { MatrixFilter, MatrixTables } from "../core/matrix/matrix-model";
import { matrixSheetPlan } from "../core/matrix/matrix-sheet";
import { cellText, type CellValue } from "../model/cells";
import { UserFacingError, translate, type MessageKey } from "../model/i18n/messages";
import { LANGUAGES, type Language } from "../model/vocabularies";
import { DEFAULT_WORKBOOK_LANGUAGE, sheetNameIn } from "../model/workbook-language";
import type { SheetPlan } from "../workbook/plan";
import type { TableUpsert, WorkbookPort } from "../workbook/port";
import { readMatrixSource, readMatrixTables } from "./matrix-source";
import { readOwnSheet } from "./own-sheets";

export type MatrixStep = "read" | "carryBack" | "build" | "write";

export const MATRIX_STEP_MESSAGES: Record<MatrixStep, MessageKey> = {
  read: "matrix.progress.read",
  carryBack: "matrix.progress.carryBack",
  build: "matrix.progress.build",
  write: "matrix.progress.write",
};

export interface GenerateMatrixOptions {
  filter?: MatrixFilter;
  /** The day overdue and upcoming deadlines are counted from; the matrix never reads the clock. */
  today: Date | string;
  /**
   * Language of notes left on conflicts and of messages. The matrix and the dashboard are in the
   * workbook's own language (its tables' headers say which), so everyone who shares it reads one matrix.
   */
  language?: Language;
  /** Called as each step starts: `done` of `total` steps are finished. */
  onProgress?: (progress: { step: MatrixStep; done: number; total: number }) => void;
  /** Cancels before anything is written; a cancelled run writes nothing. */
  signal?: AbortSignal;
}

export interface GenerateMatrixSummary {
  filter: MatrixFilter;
  rows: number;
  recommendations: number;
  clusters: number;
  gaps: number;
  overdueActions: number;
  upcomingDeadlines: number;
  /** Matrix edits written back to the Recommendations table. */
  carriedBack: MatrixEdit[];
  /** Values changed both in the matrix and in the table: the matrix won, the table's value is in Notes. */
  conflicts: EditConflict[];
  /** Edits on matrix rows whose recommendations are no longer in the table. */
  orphans: (MatrixEdit & { missingIds: string[] })[];
  /** The sheets written, as this workbook names them ("Matriz de seguimiento" in a Spanish one). */
  sheets: { matrix: string; dashboard: string };
}

const STEPS: readonly MatrixStep[] = ["read", "carryBack", "build", "write"];

/** What the matrix is built from: the tables and the sheet people may have typed into, as plain data. */
export interface MatrixInput {
  label: string;
  tables: MatrixTables;
  matrixValues: CellValue[][] | null;
  /** The workbook's language, which the generated sheets are written in. */
  workbookLanguage?: Language;
  /** The names the Monitoring Matrix and Dashboard sheets have in this workbook, or will get. */
  sheets?: { matrix: string; dashboard: string };
}

/** The sheets to write and the rows to carry back, and what the summary says about them. */
export interface MatrixOutput {
  plans: SheetPlan[];
  upserts: TableUpsert[];
  summary: GenerateMatrixSummary;
}

/** Reads what the matrix is built from, and refuses a Dashboard sheet that is not ours (it would be overwritten). */
export async function readMatrixInput(port: WorkbookPort): Promise<MatrixInput> {
  const { tables, language } = await readMatrixSource(port);
  const matrix = await readOwnSheet(port, "Matrix");
  const dashboard = await readOwnSheet(port, "Dashboard");
  if (dashboard && !isGeneratedDashboard(dashboard.values)) {
    throw new UserFacingError("matrix.error.notGenerated", { file: port.label, sheet: dashboard.name });
  }
  const sheets = { matrix: matrix?.name ?? sheetNameIn(language, "Matrix"), dashboard: dashboard?.name ?? sheetNameIn(language, "Dashboard") };
  return { label: port.label, tables, matrixValues: matrix?.values ?? null, workbookLanguage: language, sheets };
}

/**
 * The pure part: carries matrix edits back into the rows, then builds the matrix, the dashboard
 * and their sheet plans. It reads no workbook, so the task pane runs it in a Web Worker.
 */
export function computeMatrix(input: MatrixInput, options: Omit<GenerateMatrixOptions, "signal">): MatrixOutput {
  const language = options.language ?? "en";
  const sheetLanguage = input.workbookLanguage ?? DEFAULT_WORKBOOK_LANGUAGE;
  const sheets = input.sheets ?? { matrix: sheetNameIn(sheetLanguage, "Matrix"), dashboard: sheetNameIn(sheetLanguage, "Dashboard") };
  const progress = (step: MatrixStep) => options.onProgress?.({ step, done: STEPS.indexOf(step), total: STEPS.length });
  progress("carryBack");
  const edits = readMatrixEdits(input.matrixValues, input.label, sheets.matrix);
  const carried = carryBackEdits(edits, input.tables.recommendations, input.tables.institutions, options.today, language);

  progress("build");
  const sourceTables: MatrixTables = { ...input.tables, recommendations: carried.recommendations };
  const filter = resolveFilter(options.filter ?? {}, sourceTables, input.label);
  const matrix = buildMatrix(sourceTables, filter, options.today);
  const dashboard = buildDashboard(matrix);
  const plans = [matrixSheetPlan(matrix, sheetLanguage, sheets.matrix), dashboardSheetPlan(dashboard, sheetLanguage, sheets.dashboard)];
  const upserts: TableUpsert[] = carried.upserts.length > 0 ? [{ table: "Recommendations", rows: carried.upserts }] : [];
  return {
    plans,
    upserts,
    summary: {
      filter,
      rows: matrix.totals.rows,
      recommendations: matrix.totals.recommendations,
      clusters: matrix.clusters.filter((cluster) => cluster.id !== null).length,
      gaps: matrix.totals.gaps,
      overdueActions: matrix.totals.overdueActions,
      upcomingDeadlines: dashboard.totals.upcomingDeadlines,
      carriedBack: carried.applied,
      conflicts: carried.conflicts,
      orphans: carried.orphans,
      sheets,
    },
  };
}

/** Writes the matrix and the dashboard, and the carried-back edits, in one change. */
export async function writeMatrix(port: WorkbookPort, output: Pick<MatrixOutput, "plans" | "upserts">): Promise<void> {
  await port.apply({ plans: output.plans, upserts: output.upserts });
}

/**
 * Carries edits made in the Monitoring Matrix back to the Recommendations table, then
 * regenerates the matrix and the Dashboard from the tables, all in one write.
 */
export async function generateMatrix(port: WorkbookPort, options: GenerateMatrixOptions): Promise<GenerateMatrixSummary> {
  const check = (step: MatrixStep) => {
    options.signal?.throwIfAborted();
    options.onProgress?.({ step, done: STEPS.indexOf(step), total: STEPS.length });
  };
  check("read");
  const input = await readMatrixInput(port);
  options.signal?.throwIfAborted();
  const output = computeMatrix(input, { ...options, onProgress: ({ step }) => check(step) });
  check("write");
  await writeMatrix(port, output);
  options.onProgress?.({ step: "write", done: STEPS.length, total: STEPS.length });
  return output.summary;
}

/** A Dashboard sheet is ours when its first cell is the dashboard's title in one of our languages. */
function isGeneratedDashboard(values: CellValue[][]): boolean {
  const title = cellText(values[0]?.[0] ?? null);
  return values.length === 0 || LANGUAGES.some((language) => translate(language, "dashboard.title") === title);
}

/** The values each matrix filter can take in this workbook, for the task pane's option lists. */
export async function matrixFilterChoices(port: WorkbookPort): Promise<FilterChoices> {
  return filterChoices(await readMatrixTables(port, { requireRecommendations: false }));
}
