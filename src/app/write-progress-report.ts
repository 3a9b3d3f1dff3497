import { findInstitution } from "../core/progress/my-institution";
import { nextReportId } from "../core/progress/new-report";
import { reportTextProblem, reviewStep } from "../core/progress/review-workflow";
import { cellText, type Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { PROGRESS } from "../model/tables";
import { columnLetter } from "../workbook/plan";
import type { WorkbookPort } from "../workbook/port";
import { readProgressTable } from "./review-progress-report";

export interface NewProgressReport {
  /** The recommendation or action the report is about. */
  subjectId: string;
  /** The institution reporting, by name or acronym. */
  institution: string;
  period: string;
  text: string;
  /** Who writes it: recorded as "Submitted by" when it is submitted. */
  by: string;
  /** Submit it for review now, or keep it as a draft. */
  submit: boolean;
  today: Date;
}

export interface WrittenReport {
  reportId: string;
  status: "Draft" | "Submitted";
}

/**
 * A focal point's new progress report, added to the Progress table as a draft or submitted at
 * once, in one write. The text, the subject and the institution are checked first; a refused
 * report writes nothing.
 */
export async function writeProgressReport(port: WorkbookPort, report: NewProgressReport): Promise<WrittenReport> {
  const progress = await readProgressTable(port);
  const { Recommendations, Actions, Institutions } = await port.readTables(["Recommendations", "Actions", "Institutions"]);
  const subjectId = report.subjectId.trim();
  const subjects = new Set([...(Recommendations?.rows ?? []).map((row) => cellText(row.id)), ...(Actions?.rows ?? []).map((row) => cellText(row.actionId))]);
  if (!subjectId || !subjects.has(subjectId)) throw new UserFacingError("progress.write.unknownSubject", { file: port.label, id: subjectId || "-" });
  const institution = findInstitution(Institutions?.rows ?? [], report.institution);
  if (!institution) throw new UserFacingError("progress.unknownInstitution", { file: port.label, name: report.institution, known: "-" });

  const reportId = nextReportId(progress.rows);
  // The row the report will take: where messages point.
  const newRowNumber = Math.max(1, ...progress.rowNumbers) + 1;
  const locate = (key: string) => `${port.label}, Progress!${columnLetter(progress.columnNumbers[key] ?? PROGRESS.columns.findIndex((column) => column.key === key) + 1)}${newRowNumber}`;
  const draft: Row = { reportId, subjectId, institution: institution.name, period: report.period.trim() || null, reportText: report.text.trim(), reviewStatus: "Draft" };
  let row = draft;
  if (report.submit) {
    row = { ...draft, ...reviewStep(draft, { action: "submit", by: report.by, on: report.today }, locate).changes };
  } else {
    const problem = reportTextProblem(draft.reportText, locate("reportText"), reportId);
    if (problem) throw problem;
  }
  await port.apply({ upserts: [{ table: "Progress", rows: [row] }] });
  return { reportId, status: report.submit ? "Submitted" : "Draft" };
}
