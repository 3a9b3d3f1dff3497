import { cellText, type CellValue, type Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { LISTS } from "../model/lists";
import type { VocabularyName } from "../model/tables";
import { canonicalListValue } from "../model/workbook-language";
import { readOwnSheet } from "./own-sheets";
import type { Language } from "../model/vocabularies";
import { listStartColumns } from "../core/structure/lists-layout";
import type { VocabularyValues } from "../core/validate/check-context";
import { ValidationSession, type EditableTable, type Finding, type RowRevalidation, type ValidationTables } from "../core/validate/validation-session";
import type { TableData, WorkbookPort } from "../workbook/port";

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

/** The lists as the workbook holds them (people may add values, a currency, under a list), each value by its English key. */
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
      listed.push(canonicalListValue(name, text));
    }
    if (listed.length > 0) values[name] = listed;
  }
  return values;
}

/** Reads what validation needs, once. */
async function readValidationInput(port: WorkbookPort): Promise<{ tables: ValidationTables; vocabularies: VocabularyValues }> {
  const read = await port.readTables(["Actions", "Indicators", "Recommendations", "Clusters", "Institutions"]);
  if (!read.Actions && !read.Indicators) throw new UserFacingError("validate.noTables", { file: port.label });
  const tables: ValidationTables = {
    actions: read.Actions,
    indicators: read.Indicators,
    recommendations: read.Recommendations,
    clusters: read.Clusters,
    institutions: read.Institutions,
  };
  return { tables, vocabularies: vocabulariesFromListsSheet((await readOwnSheet(port, "Lists"))?.values ?? null) };
}

function sessionFor(input: { tables: ValidationTables; vocabularies: VocabularyValues }, options: ValidateOptions): ValidationSession {
  return new ValidationSession(input.tables, { today: options.today ?? startOfToday(), language: options.language ?? "en", vocabularies: input.vocabularies });
}

/** Reads the workbook and opens a session the task pane keeps for live edits (see `revalidateRow`). */
export async function openValidationSession(port: WorkbookPort, options: ValidateOptions = {}): Promise<ValidationSession> {
  return sessionFor(await readValidationInput(port), options);
}

/** SMART ratings that differ from what the column shows, one per Action ID (a repeated ID is left to its finding). */
function smartUpdates(actions: TableData | null, session: ValidationSession): Row[] {
  const shown = new Map<number, string>();
  actions?.rows.forEach((row, index) => shown.set(actions.rowNumbers[index], cellText(row.smart ?? null)));
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
  const input = await readValidationInput(port);
  const session = sessionFor(input, options);
  let smartWritten = 0;
  if (options.writeSmart) {
    const rows = smartUpdates(input.tables.actions, session);
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
