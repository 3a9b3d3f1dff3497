import { reviewStep, type ReviewAction, type ReviewOutcome } from "../core/progress/review-workflow";
import { cellText } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { columnLetter } from "../workbook/plan";
import type { TableData, WorkbookPort } from "../workbook/port";

export interface ReviewRequest {
  reportId: string;
  action: ReviewAction;
  by: string;
  comment?: string;
  today: Date;
}

export async function readProgressTable(port: WorkbookPort): Promise<TableData> {
  const { Progress } = await port.readTables(["Progress"]);
  if (!Progress) throw new UserFacingError("progress.tableMissing", { file: port.label, table: "Progress" });
  return Progress;
}

/**
 * One step of a progress report's review (submit, approve, reject, publish): checked against the
 * report's current status, then written in one change to its row, recording who and when.
 */
export async function reviewProgressReport(port: WorkbookPort, request: ReviewRequest): Promise<ReviewOutcome> {
  const progress = await readProgressTable(port);
  const wanted = request.reportId.trim();
  const index = progress.rows.findIndex((row) => cellText(row.reportId) === wanted);
  if (index < 0) throw new UserFacingError("progress.reportNotFound", { file: port.label, id: wanted });
  const locate = (key: string) => `${port.label}, Progress!${columnLetter(progress.columnNumbers[key])}${progress.rowNumbers[index]}`;
  // Two rows with one ID: which one is meant cannot be told, so neither is touched.
  const twin = progress.rows.findIndex((row, position) => position !== index && cellText(row.reportId) === wanted);
  if (twin >= 0) throw new UserFacingError("error.duplicateId", { location: `${port.label}, Progress!${columnLetter(progress.columnNumbers.reportId)}${progress.rowNumbers[twin]}`, id: wanted, table: "Progress" });
  const outcome = reviewStep(progress.rows[index], { action: request.action, by: request.by, on: request.today, comment: request.comment }, locate);
  await port.apply({ upserts: [{ table: "Progress", rows: [outcome.changes], columns: Object.keys(outcome.changes) }] });
  return outcome;
}
