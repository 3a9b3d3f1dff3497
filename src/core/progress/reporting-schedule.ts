import { cellText, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { REPORTING_FREQUENCIES } from "../../model/vocabularies";
import { daysBetween, todayIso } from "../matrix/dates";
import { InstitutionNames } from "../matrix/institution-names";
import { dayOf } from "./review-workflow";

export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** Months between two reports; a one-off indicator is reported once. */
export const FREQUENCY_MONTHS: Record<ReportingFrequency, number | null> = {
  Monthly: 1,
  Quarterly: 3,
  "Semi-annual": 6,
  Annual: 12,
  Biennial: 24,
  "One-off": null,
};

/** Reports due within this many days are flagged as due soon. */
export const DUE_SOON_DAYS = 30;

export type DueState = "overdue" | "dueSoon" | "later";

export interface DueReport {
  indicatorId: string;
  indicatorName: string;
  actionId: string;
  institution: string;
  frequency: ReportingFrequency;
  dueOn: Date;
  state: DueState;
  /** The last report this count started from, if any. */
  lastReportOn: Date | null;
}

export type UnscheduledReason = "noFrequency" | "noStart" | "noInstitution";

export interface UnscheduledIndicator {
  indicatorId: string;
  reason: UnscheduledReason;
}

export interface ReportingSchedule {
  due: DueReport[];
  unscheduled: UnscheduledIndicator[];
}

export function frequencyOf(value: CellValue | undefined): ReportingFrequency | null {
  const text = normalizeText(cellText(value));
  return REPORTING_FREQUENCIES.find((frequency) => normalizeText(frequency) === text) ?? null;
}

/** Same day `months` later; the 31st of a shorter month falls on its last day. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

const asDate = (value: CellValue | undefined): Date | null => (value instanceof Date && !Number.isNaN(value.getTime()) ? dayOf(value) : null);

export interface ScheduleInput {
  indicators: readonly Row[];
  actions: readonly Row[];
  progress: readonly Row[];
  /** The Institutions table: an institution written by acronym is the same as by name. */
  institutions: readonly Row[];
  today: Date;
}

/** Institutions compared as the Institutions table knows them (name or acronym), in any case or accent. */
export function institutionMatcher(institutions: readonly Row[]): (a: string, b: string) => boolean {
  const names = new InstitutionNames(institutions);
  return (a, b) => normalizeText(names.resolve(a)) === normalizeText(names.resolve(b));
}

/**
 * When each indicator's next report is due: its frequency counted from the last report its
 * institution submitted on the indicator's action, or, before any report, from the indicator's
 * current-value date or the action's start. A one-off indicator is due by the action's deadline
 * until a report is submitted. Drafts do not count as reports.
 */
export function reportingSchedule(input: ScheduleInput): ReportingSchedule {
  const today = dayOf(input.today);
  const names = new InstitutionNames(input.institutions);
  const same = institutionMatcher(input.institutions);
  const actions = new Map(input.actions.map((action) => [cellText(action.actionId), action]));
  const reportsOn = new Map<string, Row[]>();
  for (const report of input.progress) {
    const subject = cellText(report.subjectId);
    if (!subject) continue;
    const list = reportsOn.get(subject);
    if (list) list.push(report);
    else reportsOn.set(subject, [report]);
  }
  const due: DueReport[] = [];
  const unscheduled: UnscheduledIndicator[] = [];
  for (const indicator of input.indicators) {
    const indicatorId = cellText(indicator.indicatorId);
    if (!indicatorId) continue;
    const actionId = cellText(indicator.actionId);
    const action = actions.get(actionId);
    const frequency = frequencyOf(indicator.frequency);
    if (!frequency) {
      unscheduled.push({ indicatorId, reason: "noFrequency" });
      continue;
    }
    const written = cellText(indicator.responsible) || cellText(action?.leadInstitution);
    const institution = written && names.resolve(written);
    if (!institution) {
      unscheduled.push({ indicatorId, reason: "noInstitution" });
      continue;
    }
    const lastReportOn = actionId ? lastSubmittedReport(reportsOn.get(actionId) ?? [], (name) => same(name, institution)) : null;
    const months = FREQUENCY_MONTHS[frequency];
    let dueOn: Date | null;
    if (months === null) {
      if (lastReportOn) continue;
      dueOn = asDate(action?.deadline) ?? asDate(action?.start);
    } else {
      const from = lastReportOn ?? asDate(indicator.currentValueDate) ?? asDate(action?.start);
      dueOn = from ? addMonths(from, months) : null;
    }
    if (!dueOn) {
      unscheduled.push({ indicatorId, reason: "noStart" });
      continue;
    }
    const daysLeft = daysBetween(todayIso(today), todayIso(dueOn));
    const state: DueState = daysLeft < 0 ? "overdue" : daysLeft <= DUE_SOON_DAYS ? "dueSoon" : "later";
    due.push({ indicatorId, indicatorName: cellText(indicator.name), actionId, institution, frequency, dueOn, state, lastReportOn });
  }
  due.sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.indicatorId.localeCompare(b.indicatorId));
  return { due, unscheduled };
}

function lastSubmittedReport(reportsOnAction: readonly Row[], byInstitution: (name: string) => boolean): Date | null {
  let latest: Date | null = null;
  for (const report of reportsOnAction) {
    if (!splitMultiValue(report.institution).some(byInstitution)) continue;
    const status = cellText(report.reviewStatus).toLowerCase();
    if (status === "" || status === "draft") continue;
    const submitted = asDate(report.submittedOn);
    if (submitted && (!latest || submitted > latest)) latest = submitted;
  }
  return latest;
}

/** Overdue and due-soon reports grouped by institution (named as the Institutions table does), in alphabetical order. */
export function dueByInstitution(schedule: ReportingSchedule): Map<string, DueReport[]> {
  const groups = new Map<string, DueReport[]>();
  for (const item of schedule.due) {
    if (item.state === "later") continue;
    groups.set(item.institution, [...(groups.get(item.institution) ?? []), item]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
