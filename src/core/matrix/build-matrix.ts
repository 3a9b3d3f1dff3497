import { cellText, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { COMPLETED_ACTION_STATUS } from "../../model/vocabularies";
import { combineAssessments, combineInstitutions, combineStatuses } from "./editable-fields";
import { daysBetween, isoDay, todayIso, type IsoDay } from "./dates";
import { InstitutionNames } from "./institution-names";
import { isFilterEmpty, rowMatches, uprCycle } from "./matrix-filter";
import {
  CANCELLED_ACTION_STATUS,
  DEADLINE_WINDOW_DAYS,
  IMPLEMENTED_STATUS,
  type Matrix,
  type MatrixAction,
  type MatrixCluster,
  type MatrixCounts,
  type MatrixFilter,
  type MatrixIndicator,
  type MatrixMember,
  type MatrixProgressReport,
  type MatrixRow,
  type MatrixTables,
} from "./matrix-model";
import { compareNatural, compareText } from "./natural-order";

/** Progress reports the matrix shows: published at the end of the review workflow (core/progress/review-workflow.ts). */
const PUBLISHED_REVIEW_STATUS = "published";

const text = (value: CellValue | undefined): string => cellText(value ?? null);
const integer = (value: CellValue | undefined): number | null => {
  const number = typeof value === "number" ? value : Number.parseInt(text(value), 10);
  return Number.isFinite(number) ? Math.trunc(number) : null;
};
const numeric = (value: CellValue | undefined): number | null => {
  if (value === null || value === undefined || text(value) === "") return null;
  const number = typeof value === "number" ? value : Number(text(value).replace(/%$/, ""));
  return Number.isFinite(number) ? number : null;
};
const unique = (values: Iterable<string>): string[] => {
  const kept = new Set<string>();
  for (const value of values) if (value.length > 0) kept.add(value);
  return [...kept];
};

/** The members' values of a multi-valued column, once each; most rows have one member, which needs no merging. */
const memberValues = (rows: readonly Row[], key: string): string[] =>
  unique(rows.length === 1 ? splitMultiValue(rows[0][key]) : rows.flatMap((row) => splitMultiValue(row[key])));

function toAction(row: Row, today: IsoDay, names: InstitutionNames): MatrixAction {
  const status = text(row.status);
  const deadline = isoDay(row.deadline);
  const active = status !== COMPLETED_ACTION_STATUS && status !== CANCELLED_ACTION_STATUS;
  const overdue = active && deadline !== null && deadline < today;
  const daysLeft = active && deadline !== null && !overdue ? daysBetween(today, deadline) : null;
  return {
    id: text(row.actionId),
    description: text(row.description),
    leadInstitution: text(row.leadInstitution) ? names.resolve(text(row.leadInstitution)) : "",
    partners: names.resolveAll(row.partners),
    start: isoDay(row.start),
    deadline,
    status,
    progress: numeric(row.progress),
    recommendationIds: splitMultiValue(row.recommendationIds),
    clusterId: text(row.clusterId),
    active,
    overdue,
    daysOverdue: overdue && deadline ? daysBetween(deadline, today) : null,
    daysLeft: daysLeft !== null && daysLeft <= DEADLINE_WINDOW_DAYS ? daysLeft : null,
  };
}

function toIndicator(row: Row): MatrixIndicator {
  return {
    id: text(row.indicatorId),
    actionId: text(row.actionId),
    name: text(row.name),
    type: text(row.type),
    unit: text(row.unit),
    baseline: text(row.baseline),
    baselineYear: integer(row.baselineYear),
    target: text(row.target),
    targetYear: integer(row.targetYear),
    currentValue: text(row.currentValue),
    currentValueDate: isoDay(row.currentValueDate),
  };
}

function toReport(row: Row, names: InstitutionNames): MatrixProgressReport {
  return {
    id: text(row.reportId),
    subjectId: text(row.subjectId),
    institution: text(row.institution) ? names.resolve(text(row.institution)) : "",
    period: text(row.period),
    text: text(row.reportText),
    submittedOn: isoDay(row.submittedOn),
    reviewedOn: isoDay(row.reviewedOn),
    publishedOn: isoDay(row.publishedOn),
    reviewStatus: text(row.reviewStatus),
  };
}

function toMember(row: Row, names: InstitutionNames): MatrixMember {
  return {
    id: text(row.id),
    mechanism: text(row.mechanism),
    cycle: uprCycle(row),
    cycleSession: text(row.cycleSession),
    year: integer(row.year),
    documentSymbol: text(row.documentSymbol),
    response: text(row.response),
    status: text(row.status),
    responsibleInstitutions: names.resolveAll(row.responsibleInstitutions),
    assessment: text(row.assessment),
  };
}

const byId = <T extends { id: string }>(a: T, b: T): number => compareNatural(a.id, b.id);
const reportDay = (report: MatrixProgressReport): string => report.publishedOn ?? report.reviewedOn ?? report.submittedOn ?? "";

/** Later review (or submission) day first; the higher report ID breaks a tie. */
function laterReport(a: MatrixProgressReport | null, b: MatrixProgressReport): MatrixProgressReport {
  if (!a) return b;
  const order = compareText(reportDay(b), reportDay(a)) || compareNatural(b.id, a.id);
  return order > 0 ? b : a;
}

function multimap<T>(entries: Iterable<[string, T]>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of entries) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

/** Recommendations sharing an overlap group form one row; every other recommendation is a row of its own. */
function groupRecommendations(recommendations: readonly Row[]): Row[][] {
  const groups = new Map<string, Row[]>();
  const singles: Row[][] = [];
  for (const row of recommendations) {
    if (!text(row.id)) continue;
    const group = normalizeText(text(row.overlapGroup));
    if (!group) {
      singles.push([row]);
      continue;
    }
    const members = groups.get(group);
    if (members) members.push(row);
    else groups.set(group, [row]);
  }
  return [...groups.values(), ...singles];
}

/** The group's representative is its fullest wording: the longest text, then the first ID. */
function orderMembers(rows: Row[]): Row[] {
  if (rows.length === 1) return rows;
  const sorted = [...rows].sort((a, b) => compareNatural(text(a.id), text(b.id)));
  const representative = sorted.reduce((best, row) => (text(row.text).length > text(best.text).length ? row : best), sorted[0]);
  return [representative, ...sorted.filter((row) => row !== representative)];
}

interface Indexes {
  today: IsoDay;
  names: InstitutionNames;
  actionsByRecommendation: Map<string, MatrixAction[]>;
  activeClusterActions: Map<string, MatrixAction[]>;
  indicatorsByAction: Map<string, MatrixIndicator[]>;
  reportsBySubject: Map<string, MatrixProgressReport[]>;
  /** Cluster IDs compare as normalised text. */
  clusterKey: (clusterId: string) => string;
}

/** The actions naming any of the IDs, once each, in ID order (the index lists are in ID order already). */
function rowActions(ids: readonly string[], actionsByRecommendation: Map<string, MatrixAction[]>): MatrixAction[] {
  if (ids.length === 1) return actionsByRecommendation.get(ids[0]) ?? [];
  const byActionId = new Map<string, MatrixAction>();
  for (const id of ids) for (const action of actionsByRecommendation.get(id) ?? []) byActionId.set(action.id, action);
  return [...byActionId.values()].sort(byId);
}

function buildRow(group: Row[], indexes: Indexes): MatrixRow {
  const ordered = orderMembers(group);
  const members = ordered.map((row) => toMember(row, indexes.names));
  const ids = members.map((member) => member.id);
  const clusterId = text(ordered[0].cluster) || null;
  const actions = rowActions(ids, indexes.actionsByRecommendation);
  const clusterActions = clusterId ? (indexes.activeClusterActions.get(indexes.clusterKey(clusterId)) ?? []) : [];
  const active = new Set<string>();
  let overdue = 0;
  let start: IsoDay | null = null;
  let end: IsoDay | null = null;
  let latestReport: MatrixProgressReport | null = null;
  for (const action of actions) {
    if (action.active) active.add(action.id);
    // Cluster-wide actions count as coverage, but their delays show on the cluster's heading row, not on every row.
    if (action.overdue) overdue++;
    if (action.start !== null && (start === null || action.start < start)) start = action.start;
    if (action.deadline !== null && (end === null || action.deadline > end)) end = action.deadline;
    for (const report of indexes.reportsBySubject.get(action.id) ?? []) latestReport = laterReport(latestReport, report);
  }
  for (const action of clusterActions) active.add(action.id);
  for (const id of ids) for (const report of indexes.reportsBySubject.get(id) ?? []) latestReport = laterReport(latestReport, report);
  return {
    key: ids.join("; "),
    members,
    recommendationIds: ids,
    representativeId: ids[0],
    overlapGroup: text(ordered[0].overlapGroup) || null,
    text: text(ordered[0].text),
    clusterId,
    recommendingStates: memberValues(ordered, "recommendingStates"),
    responses: unique(members.map((m) => m.response)),
    sdgTargets: memberValues(ordered, "sdgTargets").sort(compareNatural),
    affectedPersons: memberValues(ordered, "affectedPersons"),
    responsibleInstitutions: combineInstitutions(members.map((m) => m.responsibleInstitutions)),
    actions,
    indicators: actions.flatMap((a) => indexes.indicatorsByAction.get(a.id) ?? []),
    timeline: { start, end },
    statuses: combineStatuses(members.map((m) => m.status)),
    assessments: combineAssessments(members.map((m) => m.assessment)),
    latestReport,
    gap: active.size === 0,
    activeActionCount: active.size,
    overdueActionCount: overdue,
  };
}

function countRows(rows: readonly MatrixRow[], extraActions: readonly MatrixAction[]): MatrixCounts {
  const recommendations = rows.reduce((sum, row) => sum + row.members.length, 0);
  const withActions = rows.reduce((sum, row) => sum + (row.gap ? 0 : row.members.length), 0);
  const implemented = rows.reduce((sum, row) => sum + row.members.filter((m) => m.status === IMPLEMENTED_STATUS).length, 0);
  const actions = new Map<string, MatrixAction>();
  for (const action of [...rows.flatMap((row) => row.actions), ...extraActions]) actions.set(action.id, action);
  return {
    recommendations,
    rows: rows.length,
    actions: actions.size,
    withActions,
    implemented,
    gaps: rows.filter((row) => row.gap).length,
    overdueActions: [...actions.values()].filter((a) => a.overdue).length,
    shareWithActions: recommendations > 0 ? withActions / recommendations : null,
    shareImplemented: recommendations > 0 ? implemented / recommendations : null,
  };
}

/**
 * The matrix for `filter` as of `today`: clusters in the Clusters table's order (then cluster
 * IDs used but not listed there, then the recommendations in no cluster), rows in ID order.
 * The same tables, filter and day always give the same matrix.
 */
export function buildMatrix(tables: MatrixTables, filter: MatrixFilter, today: Date | string): Matrix {
  const day = todayIso(today);
  const names = new InstitutionNames(tables.institutions);
  const allActions = tables.actions.filter((row) => text(row.actionId)).map((row) => toAction(row, day, names)).sort(byId);
  const clusterKeys = new Map<string, string>();
  const clusterKey = (clusterId: string): string => {
    let key = clusterKeys.get(clusterId);
    if (key === undefined) clusterKeys.set(clusterId, (key = normalizeText(clusterId)));
    return key;
  };
  const indexes: Indexes = {
    today: day,
    clusterKey,
    names,
    actionsByRecommendation: multimap(allActions.flatMap((a) => a.recommendationIds.map((id): [string, MatrixAction] => [id, a]))),
    activeClusterActions: multimap(allActions.filter((a) => a.clusterId && a.active).map((a): [string, MatrixAction] => [normalizeText(a.clusterId), a])),
    indicatorsByAction: multimap(
      tables.indicators
        .filter((row) => text(row.indicatorId))
        .map(toIndicator)
        .sort(byId)
        .map((indicator): [string, MatrixIndicator] => [indicator.actionId, indicator]),
    ),
    reportsBySubject: multimap(
      tables.progress
        .filter((row) => normalizeText(text(row.reviewStatus)) === PUBLISHED_REVIEW_STATUS)
        .map((row) => toReport(row, names))
        .flatMap((report) => splitMultiValue(report.subjectId).map((subject): [string, MatrixProgressReport] => [subject, report])),
    ),
  };
  // Rows in the order of their first ID (the representative may come later in ID order).
  const rows = groupRecommendations(tables.recommendations)
    .map((group) => buildRow(group, indexes))
    .filter((row) => rowMatches(row, filter))
    .map((row) => ({ row, first: row.recommendationIds.reduce((first, id) => (compareNatural(id, first) < 0 ? id : first)) }))
    .sort((a, b) => compareNatural(a.first, b.first))
    .map(({ row }) => row);

  const clusterRows = new Map<string, Row>();
  for (const row of tables.clusters) if (text(row.clusterId)) clusterRows.set(normalizeText(text(row.clusterId)), row);
  const rowsByCluster = multimap(rows.map((row): [string, MatrixRow] => [row.clusterId ? clusterKey(row.clusterId) : "", row]));
  const unlisted = [...rowsByCluster.keys()].filter((key) => key && !clusterRows.has(key));
  const keys = [...clusterRows.keys(), ...unlisted.sort(compareNatural), ...(rowsByCluster.has("") ? [""] : [])];
  const showEmpty = isFilterEmpty(filter);

  const clusters: MatrixCluster[] = [];
  for (const key of keys) {
    const clusterMatrixRows = rowsByCluster.get(key) ?? [];
    if (clusterMatrixRows.length === 0 && !showEmpty) continue;
    const definition = clusterRows.get(key);
    const id = key ? (definition ? text(definition.clusterId) : (clusterMatrixRows[0].clusterId ?? key)) : null;
    const clusterActions = key && (showEmpty || clusterMatrixRows.length > 0) ? allActions.filter((a) => a.clusterId && normalizeText(a.clusterId) === key) : [];
    clusters.push({
      id,
      name: definition ? text(definition.name) : "",
      leadInstitution: definition && text(definition.leadInstitution) ? names.resolve(text(definition.leadInstitution)) : "",
      rows: clusterMatrixRows,
      clusterActions,
      counts: countRows(clusterMatrixRows, clusterActions),
    });
  }
  const shown = new Map<string, MatrixAction>();
  for (const cluster of clusters) for (const action of [...cluster.rows.flatMap((r) => r.actions), ...cluster.clusterActions]) shown.set(action.id, action);
  return {
    today: day,
    filter,
    clusters,
    totals: countRows(rows, clusters.flatMap((c) => c.clusterActions)),
    actions: [...shown.values()].sort(byId),
  };
}
