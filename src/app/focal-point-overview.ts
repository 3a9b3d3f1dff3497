import { findInstitution, knownInstitutions, myInstitutionView, type MyInstitutionView } from "../core/progress/my-institution";
import { dueByInstitution, reportingSchedule, type DueReport, type ReportingSchedule } from "../core/progress/reporting-schedule";
import type { Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import type { TableName } from "../model/tables";
import type { WorkbookPort } from "../workbook/port";

const NEEDED: readonly TableName[] = ["Recommendations", "Actions", "Indicators", "Institutions", "Progress"];

async function readRows(port: WorkbookPort): Promise<Record<TableName, Row[]>> {
  const tables = await port.readTables(NEEDED);
  const rows = {} as Record<TableName, Row[]>;
  for (const name of NEEDED) {
    const table = tables[name];
    if (!table) throw new UserFacingError("progress.tableMissing", { file: port.label, table: name });
    rows[name] = table.rows;
  }
  return rows;
}

/** "My institution": what a focal point has to follow and report on in a shared workbook. */
export async function myInstitution(port: WorkbookPort, institution: string, today: Date): Promise<MyInstitutionView> {
  const rows = await readRows(port);
  const found = findInstitution(rows.Institutions, institution);
  if (!found) {
    throw new UserFacingError("progress.unknownInstitution", { file: port.label, name: institution, known: knownInstitutions(rows.Institutions).join("; ") || "-" });
  }
  return myInstitutionView({
    institution: found,
    recommendations: rows.Recommendations,
    actions: rows.Actions,
    indicators: rows.Indicators,
    progress: rows.Progress,
    institutions: rows.Institutions,
    today,
  });
}

export interface ReportsDue {
  schedule: ReportingSchedule;
  /** Overdue and due-soon reports per institution. */
  byInstitution: Map<string, DueReport[]>;
}

/** Indicator reports overdue or due within 30 days, per institution. */
export async function reportsDue(port: WorkbookPort, today: Date): Promise<ReportsDue> {
  const rows = await readRows(port);
  const schedule = reportingSchedule({ indicators: rows.Indicators, actions: rows.Actions, progress: rows.Progress, institutions: rows.Institutions, today });
  return { schedule, byInstitution: dueByInstitution(schedule) };
}
