import { cellText, type CellValue, type Row } from "../../model/cells";
import { UserFacingError, type MessageKey } from "../../model/i18n/messages";
import { REPORT_TEXT_MAX_CHARS } from "../../model/tables";
import { REVIEW_STATUSES } from "../../model/vocabularies";

/**
 * The review of a focal point's progress report (as Paraguay's SIMORE Plus does it): the focal
 * point submits, a reviewer approves or rejects with a comment, an approved report is published.
 * A rejected report is corrected and submitted again.
 */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewAction = "submit" | "approve" | "reject" | "publish";
export const REVIEW_ACTIONS: readonly ReviewAction[] = ["submit", "approve", "reject", "publish"];

const TRANSITIONS: Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus; refused: MessageKey }> = {
  submit: { from: ["Draft", "Rejected"], to: "Submitted", refused: "progress.cannotSubmit" },
  approve: { from: ["Submitted"], to: "Approved", refused: "progress.cannotApprove" },
  reject: { from: ["Submitted"], to: "Rejected", refused: "progress.cannotReject" },
  publish: { from: ["Approved"], to: "Published", refused: "progress.cannotPublish" },
};

export interface ReviewStep {
  action: ReviewAction;
  /** Who takes the step: recorded in the row. */
  by: string;
  /** When, as a date (the Progress table keeps days). */
  on: Date;
  comment?: string;
}

/** Where a message points: "monitoring.xlsx, Progress!H7". */
export type CellLocator = (columnKey: string) => string;

/** A blank status is a draft: a focal point has started writing. */
export function reviewStatusOf(row: Row, locate: CellLocator): ReviewStatus {
  const text = cellText(row.reviewStatus);
  if (!text) return "Draft";
  const status = REVIEW_STATUSES.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (!status) throw new UserFacingError("progress.unknownStatus", { location: locate("reviewStatus"), status: text, allowed: REVIEW_STATUSES.join(", ") });
  return status;
}

export function allowedActions(status: ReviewStatus): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** What the task pane's counter under the report text shows as the focal point types. */
export interface ReportTextCount {
  length: number;
  max: number;
  /** Negative when the text is too long. */
  remaining: number;
  tooLong: boolean;
}

export function reportTextCount(text: string): ReportTextCount {
  const length = text.trim().length;
  return { length, max: REPORT_TEXT_MAX_CHARS, remaining: REPORT_TEXT_MAX_CHARS - length, tooLong: length > REPORT_TEXT_MAX_CHARS };
}

/** Why a report text cannot be submitted, or null if it can. */
export function reportTextProblem(text: CellValue | undefined, location: string, id: string): UserFacingError | null {
  const count = reportTextCount(text === null || text === undefined ? "" : String(text));
  if (count.length === 0) return new UserFacingError("progress.reportTextMissing", { location, id, max: count.max });
  if (count.tooLong) return new UserFacingError("progress.reportTextTooLong", { location, length: count.length, max: count.max, excess: -count.remaining });
  return null;
}

/** Midnight UTC of the step's day: the Progress table's date columns hold days, not times. */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export interface ReviewOutcome {
  from: ReviewStatus;
  to: ReviewStatus;
  /** The report's ID and the columns the step writes; nothing else of the row changes. */
  changes: Row;
}

/**
 * Checks one step against the report's current state and returns what it writes, or throws a
 * `UserFacingError` naming the cell. Review comments accumulate, one dated line per review, so
 * a rejection's reasons stay readable after the report is resubmitted and approved.
 */
export function reviewStep(row: Row, step: ReviewStep, locate: CellLocator): ReviewOutcome {
  const id = cellText(row.reportId);
  const from = reviewStatusOf(row, locate);
  const transition = TRANSITIONS[step.action];
  if (!transition.from.includes(from)) {
    const allowed = allowedActions(from);
    throw new UserFacingError(transition.refused, {
      location: locate("reviewStatus"),
      id,
      status: from,
      allowed: allowed.length > 0 ? allowed.join(", ") : "-",
    });
  }
  const by = step.by.trim();
  if (!by) throw new UserFacingError("progress.nameRequired", { location: locate("reviewStatus"), action: step.action, id });
  const comment = step.comment?.trim() ?? "";
  if (step.action === "reject" && !comment) throw new UserFacingError("progress.rejectNeedsComment", { location: locate("reviewComment"), id });
  if (step.action === "submit") {
    const problem = reportTextProblem(row.reportText, locate("reportText"), id);
    if (problem) throw problem;
  }

  const on = dayOf(step.on);
  const changes: Row = { reportId: id, reviewStatus: transition.to };
  if (step.action === "submit") Object.assign(changes, { submittedBy: by, submittedOn: on });
  if (step.action === "approve" || step.action === "reject") Object.assign(changes, { reviewer: by, reviewedOn: on });
  if (step.action === "publish") Object.assign(changes, { publishedBy: by, publishedOn: on });
  if (comment) {
    const line = `${on.toISOString().slice(0, 10)} ${transition.to} (${by}): ${comment}`;
    const previous = cellText(row.reviewComment);
    changes.reviewComment = previous ? `${previous}\n${line}` : line;
  }
  return { from, to: transition.to, changes };
}
