import { cellText, type CellValue, type Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { LISTS } from "../model/lists";
import { LISTS_SHEET, type VocabularyName } from "../model/tables";
import type { Language } from "../model/vocabularies";
import { listStartColumns } from "../core/structure/lists-layout";
import type { VocabularyValues } from "../core/validate/check-context";
import { ValidationSession, type EditableTable, type Finding, type RowRevalidation } from "../core/validate/validation-session";
import type { WorkbookPort } from "../workbook/port";

export interface ValidateOptions {
  language?: Language;
  /** Defaults to the current day (UTC). */
  today?: Date;
  /** Write each action's SMART rating into the Actions table (one write). */
  writeSmart?: boolean;
}

export interface ValidationReport {
  findings: Finding[];
  errors: number;
  warnings: number;
  actions: number;
  indicators: number;
  /** Actions whose SMART rating cell was written (0 unless asked, or when every rating was already current). */
  smartWritten: number;
}

const VALIDATED_VOCABULARIES: readonly VocabularyName[] = ["ActionStatuses", "IndicatorTypes", "Frequencies", "Currencies"];

function startOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The lists as the workbook holds them: people may add values (a currency) under a list. */
function vocabulariesFromListsSheet(sheet: CellValue[][] | null): VocabularyValues {
  if (!sheet) return {};
  const starts = listStartColumns(LISTS);
  const values: VocabularyValues = {};
  for (const name of VALIDATED_VOCABULARIES) {
    const column = (starts.get(name) ?? 0) - 1;
    const listed: string[] = [];
    for (let row = 1; row < sheet.length; row++) {
      const text = cellText(sheet[row][column] ?? null);
      if (!text) break;
      listed.push(text);
    }
    if (listed.length > 0) values[name] = listed;
  }
  return values;
}

/** Reads what validation needs and opens a session the task pane can keep for live edits. */
export async function openValidationSession(port: WorkbookPort, options: ValidateOptions = {}): Promise<ValidationSession> {
  const tables = await port.readTables(["Actions", "Indicators", "Recommendations", "Clusters", "Institutions"]);
  if (!tables.Actions && !tables.Indicators) throw new UserFacingError("validate.noTables", { file: port.label });
  const lists = await port.readSheet(LISTS_SHEET);
  return new ValidationSession(
    {
      actions: tables.Actions,
      indicators: tables.Indicators,
      recommendations: tables.Recommendations,
      clusters: tables.Clusters,
      institutions: tables.Institutions,
    },
    { today: options.today ?? startOfToday(), language: options.language ?? "en", vocabularies: vocabulariesFromListsSheet(lists) },
  );
}

/** SMART ratings that differ from what the column shows, one per Action ID (a repeated ID is left to its finding). */
async function smartUpdates(port: WorkbookPort, session: ValidationSession): Promise<Row[]> {
  const current = (await port.readTables(["Actions"])).Actions;
  const shown = new Map<number, string>();
  current?.rows.forEach((row, index) => shown.set(current.rowNumbers[index], cellText(row.smart ?? null)));
  const ratings = session.smartRatings();
  const counts = new Map<string, number>();
  ratings.forEach((rating) => counts.set(rating.actionId, (counts.get(rating.actionId) ?? 0) + 1));
  return ratings
    .filter((rating) => counts.get(rating.actionId) === 1 && shown.get(rating.rowNumber) !== rating.text)
    .map((rating) => ({ actionId: rating.actionId, smart: rating.text }));
}

function summarise(findings: Finding[], session: ValidationSession, smartWritten: number): ValidationReport {
  return {
    findings,
    errors: findings.filter((finding) => finding.severity === "error").length,
    warnings: findings.filter((finding) => finding.severity === "warning").length,
    actions: session.actionCount,
    indicators: session.indicatorCount,
    smartWritten,
  };
}

/** Validates the Actions and Indicators tables; writes the SMART rating column only when asked, in one write. */
export async function validateWorkbook(port: WorkbookPort, options: ValidateOptions = {}): Promise<ValidationReport> {
  const session = await openValidationSession(port, options);
  let smartWritten = 0;
  if (options.writeSmart) {
    const rows = await smartUpdates(port, session);
    if (rows.length > 0) await port.apply({ upserts: [{ table: "Actions", rows, columns: ["smart"] }] });
    smartWritten = rows.length;
  }
  return summarise(session.findings(), session, smartWritten);
}

/**
 * The live path: the task pane passes the row it read after a worksheet change, and gets the
 * findings of the rows the edit affects, to replace theirs in the list it shows.
 */
export function revalidateRow(session: ValidationSession, table: EditableTable, rowNumber: number, row: Row): RowRevalidation {
  return session.updateRow(table, rowNumber, row);
}
