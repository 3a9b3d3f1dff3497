import { findInstitution, knownInstitutions } from "../core/progress/my-institution";
import { nextReportId } from "../core/progress/new-report";
import { reportTextProblem, reviewStatusOf, reviewStep } from "../core/progress/review-workflow";
import { cellText, type Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { PROGRESS } from "../model/tables";
import { columnLetter } from "../workbook/plan";
import type { WorkbookPort } from "../workbook/port";
import { readProgressTable } from "./review-progress-report";

export interface ProgressReportText {
  /** A Draft or Rejected report to correct; a new report when left out. */
  reportId?: string;
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

/** Only a report nobody is reviewing can be rewritten: a draft, or one sent back for correction. */
const EDITABLE = new Set(["Draft", "Rejected"]);

/**
 * A focal point's progress report written into the Progress table: a new one, or a draft or
 * rejected one corrected, kept as a draft or submitted at once, in one write. The text, the
 * subject and the institution are checked first; a refused report writes nothing.
 */
export async function writeProgressReport(port: WorkbookPort, report: ProgressReportText): Promise<WrittenReport> {
  const progress = await readProgressTable(port);
  const { Recommendations, Actions, Institutions } = await port.readTables(["Recommendations", "Actions", "Institutions"]);
  const subjectId = report.subjectId.trim();
  const subjects = new Set([...(Recommendations?.rows ?? []).map((row) => cellText(row.id)), ...(Actions?.rows ?? []).map((row) => cellText(row.actionId))]);
  if (!subjectId || !subjects.has(subjectId)) throw new UserFacingError("progress.write.unknownSubject", { file: port.label, id: subjectId || "-" });
  const institutions = Institutions?.rows ?? [];
  const institution = findInstitution(institutions, report.institution);
  if (!institution) throw new UserFacingError("progress.unknownInstitution", { file: port.label, name: report.institution, known: knownInstitutions(institutions).join("; ") || "-" });

  const wanted = report.reportId?.trim();
  const index = wanted ? progress.rows.findIndex((row) => cellText(row.reportId) === wanted) : -1;
  if (wanted && index < 0) throw new UserFacingError("progress.reportNotFound", { file: port.label, id: wanted });
  const reportId = wanted || nextReportId(progress.rows);
  // Where messages point: the report's row, or the row a new report will take.
  const rowNumber = index >= 0 ? progress.rowNumbers[index] : Math.max(1, ...progress.rowNumbers) + 1;
  const locate = (key: string) => `${port.label}, Progress!${columnLetter(progress.columnNumbers[key] ?? PROGRESS.columns.findIndex((column) => column.key === key) + 1)}${rowNumber}`;
  const existing: Row = index >= 0 ? progress.rows[index] : {};
  const status = index >= 0 ? reviewStatusOf(existing, locate) : "Draft";
  if (!EDITABLE.has(status)) throw new UserFacingError("progress.write.notEditable", { location: locate("reviewStatus"), id: reportId, status });

  const written: Row = { reportId, subjectId, institution: institution.name, period: report.period.trim() || null, reportText: report.text.trim() };
  let row: Row;
  if (report.submit) {
    row = { ...written, ...reviewStep({ ...existing, ...written }, { action: "submit", by: report.by, on: report.today }, locate).changes };
  } else {
    const problem = reportTextProblem(written.reportText, locate("reportText"), reportId);
    if (problem) throw problem;
    // A rejected report saved again is a draft being corrected; its review comment stays.
    row = { ...written, reviewStatus: "Draft" };
  }
  await port.apply({ upserts: [{ table: "Progress", rows: [row], columns: Object.keys(row) }] });
  return { reportId, status: report.submit ? "Submitted" : "Draft" };
}
