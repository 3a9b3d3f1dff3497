import { cellText, splitMultiValue, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { COMPLETED_ACTION_STATUS } from "../../model/vocabularies";
import { EARLIEST_YEAR, LATEST_YEAR, isoDay, readDate, readNumber, type Reading } from "./cell-readings";
import { lookupKey, type CheckContext } from "./check-context";
import type { Issue } from "./rules";

/** Descriptions people type while a plan is a draft, compared after `normalizeText`. */
const PLACEHOLDERS = new Set([
  "", "tbd", "tbc", "tba", "n a", "na", "none", "nil", "x", "xx", "xxx", "todo", "to do", "to be defined",
  "to be determined", "to be confirmed", "pending", "action", "description", "test", "lorem ipsum",
  "por definir", "por determinar", "por confirmar", "pendiente", "a definir", "a determinar", "accion",
  "a determiner", "a confirmer", "en attente", "a preciser",
]);

/** Fewer words than this cannot say who does what for whom. */
export const MIN_DESCRIPTION_WORDS = 3;

const isNormalisedPlaceholder = (normalised: string): boolean => PLACEHOLDERS.has(normalised) || normalised.startsWith("lorem ipsum");

export function isPlaceholder(text: string): boolean {
  return isNormalisedPlaceholder(normalizeText(text));
}

/** Description, recommendation IDs and cluster ID, as the key that makes two actions "the same". */
export function actionDuplicateKey(
  row: Row,
  description = normalizeText(cellText(row.description ?? null)),
  recommendationIds = splitMultiValue(row.recommendationIds ?? null),
): string | undefined {
  if (isNormalisedPlaceholder(description)) return undefined;
  const links = recommendationIds.map((id) => id.toLowerCase()).sort();
  return `${description}|${links.join(";")}|${lookupKey(row.clusterId)}`;
}

function dateIssues(row: Row, key: string, context: CheckContext, issues: Issue[]): Reading<Date> {
  const reading = readDate(row[key]);
  if (reading.kind === "invalid") {
    const column = context.header("Actions", key);
    issues.push({ code: "ACT-DATE-INVALID", column: key, params: { column, value: reading.text, earliest: EARLIEST_YEAR, latest: LATEST_YEAR } });
  } else if (reading.kind === "value" && reading.fromText) {
    const column = context.header("Actions", key);
    issues.push({ code: "ACT-DATE-TEXT", column: key, params: { column, value: cellText(row[key] ?? null), date: isoDay(reading.value) } });
  }
  return reading;
}

function numberIssue(row: Row, key: string, context: CheckContext, issues: Issue[]): Reading<number> {
  const reading = readNumber(row[key]);
  if (reading.kind === "value" && reading.fromText) {
    issues.push({ code: "ACT-NUMBER-TEXT", column: key, params: { column: context.header("Actions", key), value: cellText(row[key] ?? null), number: reading.value } });
  }
  return reading;
}

function checkIdentity(row: Row, context: CheckContext, issues: Issue[]): void {
  const id = cellText(row.actionId ?? null);
  if (!id) issues.push({ code: "ACT-ID-MISSING" });
  else if (context.actionIdCount(lookupKey(id)) > 1) issues.push({ code: "ACT-ID-DUPLICATE", params: { id } });
}

function checkDescription(row: Row, rowIndex: number, context: CheckContext, issues: Issue[]): void {
  const description = cellText(row.description ?? null);
  if (!description) {
    issues.push({ code: "ACT-DESCRIPTION-MISSING" });
    return;
  }
  const normalised = context.normalisedDescription(rowIndex);
  if (isNormalisedPlaceholder(normalised)) {
    issues.push({ code: "ACT-DESCRIPTION-PLACEHOLDER", params: { value: description } });
    return;
  }
  if (normalised.split(" ").length < MIN_DESCRIPTION_WORDS) {
    issues.push({ code: "ACT-DESCRIPTION-VAGUE", params: { value: description, words: MIN_DESCRIPTION_WORDS } });
  }
  const other = context.duplicateOfAction(rowIndex);
  if (other !== undefined) issues.push({ code: "ACT-DUPLICATE", params: { other } });
}

function checkLinks(row: Row, rowIndex: number, context: CheckContext, issues: Issue[]): void {
  const recommendations = context.recommendationIdsOf(rowIndex);
  const cluster = cellText(row.clusterId ?? null);
  if (recommendations.length === 0 && !cluster) {
    issues.push({ code: "ACT-LINK-MISSING" });
    return;
  }
  const unknown = recommendations.filter((id) => !context.recommendationIds.has(id.toLowerCase()));
  if (unknown.length > 0) issues.push({ code: "ACT-RECOMMENDATION-UNKNOWN", params: { ids: unknown.join(", ") } });
  if (cluster && !context.clusterIds.has(cluster.toLowerCase())) issues.push({ code: "ACT-CLUSTER-UNKNOWN", params: { id: cluster } });
}

function checkInstitutions(row: Row, context: CheckContext, issues: Issue[]): void {
  const lead = cellText(row.leadInstitution ?? null);
  if (!lead) issues.push({ code: "ACT-LEAD-MISSING" });
  else if (!context.institutions.has(lead.toLowerCase())) issues.push({ code: "ACT-LEAD-UNKNOWN", params: { value: lead } });
  const unknownPartners = splitMultiValue(row.partners ?? null).filter((name) => !context.institutions.has(name.toLowerCase()));
  if (unknownPartners.length > 0) issues.push({ code: "ACT-PARTNER-UNKNOWN", params: { names: unknownPartners.map((name) => `"${name}"`).join(", ") } });
}

function checkSchedule(row: Row, completed: boolean, context: CheckContext, issues: Issue[]): void {
  const start = dateIssues(row, "start", context, issues);
  const deadline = dateIssues(row, "deadline", context, issues);
  dateIssues(row, "lastUpdated", context, issues);
  if (deadline.kind === "blank") issues.push({ code: "ACT-DEADLINE-MISSING" });
  if (start.kind === "value" && deadline.kind === "value" && deadline.value.getTime() < start.value.getTime()) {
    issues.push({ code: "ACT-DEADLINE-BEFORE-START", params: { deadline: isoDay(deadline.value), start: isoDay(start.value) } });
  }
  if (completed && deadline.kind === "value" && deadline.value.getTime() > context.today.getTime()) {
    issues.push({ code: "ACT-COMPLETED-FUTURE-DEADLINE", params: { completed: COMPLETED_ACTION_STATUS, deadline: isoDay(deadline.value) } });
  }
}

function checkProgress(row: Row, status: string, completed: boolean, context: CheckContext, issues: Issue[]): void {
  const progress = numberIssue(row, "progress", context, issues);
  if (progress.kind === "invalid" || (progress.kind === "value" && (progress.value < 0 || progress.value > 100))) {
    issues.push({ code: "ACT-PROGRESS-INVALID", params: { value: cellText(row.progress ?? null) } });
    return;
  }
  if (progress.kind !== "value") return;
  if (progress.value === 100 && !completed) {
    issues.push({ code: "ACT-PROGRESS-COMPLETE-NOT-COMPLETED", params: { status: status || "—", completed: COMPLETED_ACTION_STATUS } });
  } else if (completed && progress.value < 100) {
    issues.push({ code: "ACT-COMPLETED-PROGRESS-LOW", params: { completed: COMPLETED_ACTION_STATUS, value: progress.value } });
  }
}

function checkBudget(row: Row, context: CheckContext, issues: Issue[]): void {
  const budget = numberIssue(row, "budget", context, issues);
  if (budget.kind === "invalid" || (budget.kind === "value" && budget.value < 0)) {
    issues.push({ code: "ACT-BUDGET-INVALID", params: { value: cellText(row.budget ?? null) } });
  }
  const currency = cellText(row.currency ?? null);
  if (currency && !context.currencies.has(currency)) issues.push({ code: "ACT-CURRENCY-UNKNOWN", params: { value: currency } });
  else if (!currency && budget.kind === "value") issues.push({ code: "ACT-CURRENCY-MISSING" });
}

/** Every rule of the Actions table for one row. */
export function checkAction(row: Row, rowIndex: number, context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const status = cellText(row.status ?? null);
  const canonicalStatus = context.actionStatuses.canonicalOf(status);
  const completed = canonicalStatus === COMPLETED_ACTION_STATUS;
  checkIdentity(row, context, issues);
  checkDescription(row, rowIndex, context, issues);
  checkLinks(row, rowIndex, context, issues);
  checkInstitutions(row, context, issues);
  checkSchedule(row, completed, context, issues);
  if (!status) issues.push({ code: "ACT-STATUS-MISSING", params: { allowed: context.actionStatuses.describe() } });
  else if (!canonicalStatus) issues.push({ code: "ACT-STATUS-UNKNOWN", params: { value: status, allowed: context.actionStatuses.describe() } });
  checkProgress(row, status, completed, context, issues);
  checkBudget(row, context, issues);
  return issues;
}
