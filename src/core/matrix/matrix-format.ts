import { MAX_CELL_CHARS, joinMultiValue } from "../../model/cells";
import { translate, type MessageKey } from "../../model/i18n/messages";
import { listValueIn } from "../../model/workbook-language";
import type { Language } from "../../model/vocabularies";
import { fieldCellText, type EditableField } from "./editable-fields";
import type { MatrixAction, MatrixCounts, MatrixFilter, MatrixIndicator, MatrixMember, MatrixProgressReport, MatrixRow } from "./matrix-model";

/**
 * The matrix's cells as text, in the reader's language: the sheet, the Word report and the CSV
 * export all print a row the same way.
 */

/** Room left in a cell for the "and N more" line. */
const CELL_BUDGET = MAX_CELL_CHARS - 200;

/**
 * Lines joined into one cell. A cell that would pass Excel's limit ends with how many lines were
 * left out and where to find them: the matrix summarises, the tables keep everything.
 */
export function joinLines(lines: readonly string[], language: Language, table: string): string {
  let length = 0;
  const kept: string[] = [];
  for (const line of lines) {
    const piece = line.length > CELL_BUDGET ? `${line.slice(0, CELL_BUDGET - 1)}…` : line;
    if (length + piece.length + 1 > CELL_BUDGET) break;
    kept.push(piece);
    length += piece.length + 1;
  }
  if (kept.length < lines.length) kept.push(translate(language, "matrix.more", { count: lines.length - kept.length, table }));
  return kept.join("\n");
}

export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

export function formatFilter(filter: MatrixFilter, language: Language): string {
  const keys: [keyof MatrixFilter, MessageKey][] = [
    ["mechanism", "matrix.filter.mechanism"],
    ["cycle", "matrix.filter.cycle"],
    ["cluster", "matrix.filter.cluster"],
    ["institution", "matrix.filter.institution"],
    ["response", "matrix.filter.response"],
    ["status", "matrix.filter.status"],
  ];
  const criteria = keys.filter(([key]) => filter[key] !== undefined).map(([key, message]) => translate(language, message, { value: String(filter[key]) }));
  return criteria.length === 0 ? translate(language, "matrix.filter.all") : translate(language, "matrix.filter.criteria", { criteria: criteria.join(", ") });
}

/** "UPR · cycle 3 (2019)", "CRC · CRC/C/SVN/CO/5-6 (2022)": one line per distinct source. */
export function formatSources(members: readonly MatrixMember[], language: Language): string {
  const lines = members.map((member) => {
    const detail = member.cycle !== null ? translate(language, "matrix.cycle", { cycle: member.cycle }) : member.documentSymbol || member.cycleSession;
    return [member.mechanism, detail].filter(Boolean).join(" · ") + (member.year !== null ? ` (${member.year})` : "");
  });
  return [...new Set(lines)].join("\n");
}

export function formatAction(action: MatrixAction, language: Language): string {
  const details = [
    action.leadInstitution,
    action.deadline ? translate(language, "matrix.action.deadline", { date: action.deadline }) : translate(language, "matrix.action.noDeadline"),
    listValueIn(language, "ActionStatuses", action.status),
    action.progress !== null ? `${action.progress}%` : "",
  ].filter(Boolean);
  const overdue = action.overdue ? ` ${translate(language, "matrix.action.overdue", { days: action.daysOverdue ?? 0 })}` : "";
  return `${action.id}: ${action.description} (${details.join("; ")})${overdue}`;
}

export function formatIndicator(indicator: MatrixIndicator, language: Language): string {
  const withUnit = (value: string) => (value && indicator.unit ? `${value} ${indicator.unit}` : value);
  const withYear = (value: string, year: number | null) => (value ? `${withUnit(value)}${year !== null ? ` (${year})` : ""}` : "?");
  const baseline = translate(language, "matrix.indicator.baseline", { value: withYear(indicator.baseline, indicator.baselineYear) });
  const target = translate(language, "matrix.indicator.target", { value: withYear(indicator.target, indicator.targetYear) });
  const latest = indicator.currentValue
    ? `; ${translate(language, "matrix.indicator.latest", { value: `${withUnit(indicator.currentValue)}${indicator.currentValueDate ? ` (${indicator.currentValueDate})` : ""}` })}`
    : "";
  return `${indicator.id}: ${indicator.name}: ${baseline} → ${target}${latest}`;
}

export function formatTimeline(timeline: MatrixRow["timeline"]): string {
  if (!timeline.start && !timeline.end) return "";
  return `${timeline.start ?? "…"} → ${timeline.end ?? "…"}`;
}

export function formatReport(report: MatrixProgressReport | null): string {
  if (!report) return "";
  const heading = [report.publishedOn ?? report.reviewedOn ?? report.submittedOn, report.period, report.institution, report.reviewStatus].filter(Boolean).join(" · ");
  return `${heading}: ${report.text}`;
}

/** The text a row's editable cell shows, and what the hidden snapshot remembers: statuses in `language`. */
export function editableCellText(row: MatrixRow, field: EditableField, language: Language = "en"): string {
  const values = field === "status" ? row.statuses.map((status) => listValueIn(language, "ImplementationStatuses", status)) : field === "responsibleInstitutions" ? row.responsibleInstitutions : row.assessments;
  return fieldCellText(field, values);
}

export function formatAttention(row: MatrixRow, language: Language): string {
  const markers: string[] = [];
  if (row.gap) markers.push(translate(language, "matrix.marker.gap"));
  if (row.overdueActionCount > 0) markers.push(translate(language, "matrix.marker.overdue", { count: row.overdueActionCount }));
  return markers.join("\n");
}

export function formatCounts(counts: MatrixCounts, language: Language): string {
  return translate(language, "matrix.cluster.counts", {
    recommendations: counts.recommendations,
    actions: counts.actions,
    withActions: formatShare(counts.shareWithActions),
    implemented: formatShare(counts.shareImplemented),
  });
}

export const formatList = (values: readonly string[]): string => joinMultiValue([...values]);
