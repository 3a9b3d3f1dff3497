import type { CellValue } from "../../model/cells";
import { translate, type MessageKey } from "../../model/i18n/messages";
import { normalizeText } from "../../model/ids";
import { DASHBOARD_SHEET } from "../../model/tables";
import { IMPLEMENTATION_STATUSES, type Language } from "../../model/vocabularies";
import type { ChartPlan, PlanColumn, RowStyle, SheetPlan } from "../../workbook/plan";
import { formatFilter, formatShare } from "./matrix-format";
import { DEADLINE_WINDOW_DAYS, IMPLEMENTED_STATUS, type Matrix, type MatrixAction, type MatrixCounts } from "./matrix-model";
import { compareNatural, compareText } from "./natural-order";

/** The Dashboard as plain data: counts for the sheet, the Word report's summary table, the task pane. */
export interface Dashboard {
  today: string;
  filter: Matrix["filter"];
  totals: MatrixCounts & { upcomingDeadlines: number };
  /** Implementation statuses in vocabulary order; values outside it count as "other". */
  statuses: readonly string[];
  statusByCluster: StatusCounts[];
  statusTotal: StatusCounts;
  overdue: MatrixAction[];
  upcoming: MatrixAction[];
  byMechanism: MechanismCounts[];
  byInstitution: InstitutionCounts[];
}

export interface StatusCounts {
  clusterId: string | null;
  name: string;
  /** Recommendations per status (blank counts as "Not assessed"). */
  byStatus: number[];
  other: number;
  total: number;
  withActions: number;
}

export interface MechanismCounts {
  mechanism: string;
  recommendations: number;
  withActions: number;
  implemented: number;
  overdueActions: number;
}

export interface InstitutionCounts {
  institution: string;
  /** Recommendations it is responsible for. */
  recommendations: number;
  withActions: number;
  actionsLed: number;
  overdueActions: number;
  upcomingDeadlines: number;
}

const NOT_ASSESSED = IMPLEMENTATION_STATUSES[0];

export function buildDashboard(matrix: Matrix): Dashboard {
  const statuses = IMPLEMENTATION_STATUSES;
  const emptyCounts = (clusterId: string | null, name: string): StatusCounts => ({ clusterId, name, byStatus: statuses.map(() => 0), other: 0, total: 0, withActions: 0 });
  const statusTotal = emptyCounts(null, "");
  const mechanisms = new Map<string, MechanismCounts & { overdue: Set<string> }>();
  const institutions = new Map<string, { name: string; recommendations: Set<string>; withActions: Set<string>; actions: MatrixAction[] }>();
  const keys = new Map<string, string>();
  const institution = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = normalizeText(name)));
    let entry = institutions.get(key);
    if (!entry) institutions.set(key, (entry = { name, recommendations: new Set(), withActions: new Set(), actions: [] }));
    return entry;
  };

  const statusByCluster = matrix.clusters.map((cluster) => {
    const counts = emptyCounts(cluster.id, cluster.name);
    for (const row of cluster.rows) {
      for (const member of row.members) {
        const index = (statuses as readonly string[]).indexOf(member.status || NOT_ASSESSED);
        for (const target of [counts, statusTotal]) {
          if (index >= 0) target.byStatus[index]++;
          else target.other++;
          target.total++;
          if (!row.gap) target.withActions++;
        }
        const mechanismKey = member.mechanism || "—";
        const mechanism = mechanisms.get(mechanismKey) ?? { mechanism: mechanismKey, recommendations: 0, withActions: 0, implemented: 0, overdueActions: 0, overdue: new Set<string>() };
        mechanisms.set(mechanismKey, mechanism);
        mechanism.recommendations++;
        if (!row.gap) mechanism.withActions++;
        if (member.status === IMPLEMENTED_STATUS) mechanism.implemented++;
        for (const action of row.actions) if (action.overdue) mechanism.overdue.add(action.id);
        for (const name of member.responsibleInstitutions) {
          const entry = institution(name);
          entry.recommendations.add(member.id);
          if (!row.gap) entry.withActions.add(member.id);
        }
      }
    }
    return counts;
  });
  for (const action of matrix.actions) if (action.leadInstitution) institution(action.leadInstitution).actions.push(action);

  const overdue = matrix.actions.filter((a) => a.overdue).sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || compareNatural(a.id, b.id));
  const upcoming = matrix.actions
    .filter((a) => a.daysLeft !== null)
    .sort((a, b) => compareText(a.deadline ?? "", b.deadline ?? "") || compareNatural(a.id, b.id));
  return {
    today: matrix.today,
    filter: matrix.filter,
    totals: { ...matrix.totals, upcomingDeadlines: upcoming.length },
    statuses,
    statusByCluster,
    statusTotal,
    overdue,
    upcoming,
    byMechanism: [...mechanisms.values()]
      .map(({ overdue: ids, ...counts }) => ({ ...counts, overdueActions: ids.size }))
      .sort((a, b) => compareNatural(a.mechanism, b.mechanism)),
    byInstitution: [...institutions.values()]
      .map((entry) => ({
        institution: entry.name,
        recommendations: entry.recommendations.size,
        withActions: entry.withActions.size,
        actionsLed: entry.actions.length,
        overdueActions: entry.actions.filter((a) => a.overdue).length,
        upcomingDeadlines: entry.actions.filter((a) => a.daysLeft !== null).length,
      }))
      .sort((a, b) => compareNatural(a.institution, b.institution)),
  };
}

const share = (part: number, whole: number): string => formatShare(whole > 0 ? part / whole : null);

/**
 * The Dashboard sheet: sections one under another, each a bold title, a heading row and its
 * rows. The status-by-cluster block also feeds a native stacked bar chart where the adapter can
 * draw one (the Excel API can; ExcelJS cannot, so files from the CLI hold the table only).
 */
export function dashboardSheetPlan(dashboard: Dashboard, language: Language): SheetPlan {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(language, key, params);
  const width = dashboard.statuses.length + 5;
  const rows: CellValue[][] = [];
  const rowStyles: (RowStyle | undefined)[] = [];
  const charts: ChartPlan[] = [];
  const push = (values: CellValue[], style?: RowStyle) => {
    rows.push([...values, ...Array<CellValue>(Math.max(0, width - values.length)).fill(null)]);
    rowStyles.push(style);
  };
  const section = (title: string, headings: string[]) => {
    if (rows.length > 0) push([]);
    push([title], "subheading");
    push(headings, "heading");
  };
  const days = DEADLINE_WINDOW_DAYS;
  const totals = dashboard.totals;

  section(t("dashboard.section.summary"), [t("dashboard.col.item"), t("dashboard.col.count"), t("dashboard.col.share")]);
  push([t("dashboard.summary.recommendations"), totals.recommendations]);
  push([t("dashboard.summary.rows"), totals.rows]);
  push([t("dashboard.summary.withActions"), totals.withActions, formatShare(totals.shareWithActions)]);
  push([t("dashboard.summary.implemented"), totals.implemented, formatShare(totals.shareImplemented)]);
  push([t("dashboard.summary.gaps"), totals.gaps]);
  push([t("dashboard.summary.actions"), totals.actions]);
  push([t("dashboard.summary.overdue"), totals.overdueActions]);
  push([t("dashboard.summary.upcoming", { days }), totals.upcomingDeadlines]);

  section(t("dashboard.section.statusByCluster"), [
    t("dashboard.col.cluster"),
    ...dashboard.statuses,
    t("dashboard.col.otherStatus"),
    t("dashboard.col.total"),
    t("dashboard.col.withActions"),
    t("dashboard.col.shareWithActions"),
  ]);
  const chartHeader = rows.length - 1;
  for (const counts of dashboard.statusByCluster) {
    const label = counts.clusterId ? [counts.clusterId, counts.name].filter(Boolean).join(" · ") : t("dashboard.noCluster");
    push([label, ...counts.byStatus, counts.other, counts.total, counts.withActions, share(counts.withActions, counts.total)]);
  }
  if (dashboard.statusByCluster.length > 0) {
    // The chart's block includes its heading row, whose cells name the series.
    charts.push({ title: t("dashboard.section.statusByCluster"), kind: "stackedBar", firstRow: chartHeader, lastRow: rows.length - 1, firstColumn: 0, lastColumn: dashboard.statuses.length + 1 });
  }
  const total = dashboard.statusTotal;
  push([t("dashboard.col.total"), ...total.byStatus, total.other, total.total, total.withActions, share(total.withActions, total.total)], "total");
  push([t("dashboard.chartNote")]);

  const actionRows = (actions: MatrixAction[], last: (action: MatrixAction) => CellValue) => {
    if (actions.length === 0) push([t("dashboard.none")]);
    for (const action of actions) {
      push([`${action.id}: ${action.description}`, action.leadInstitution, action.deadline, action.status, last(action), action.recommendationIds.join("; ") || action.clusterId]);
    }
  };
  // The action and its description share the wide first column, so every section lines up on the same narrow columns.
  const actionHeadings = (last: string) => [
    t("dashboard.col.action"),
    t("dashboard.col.lead"),
    t("dashboard.col.deadline"),
    t("dashboard.col.status"),
    last,
    t("dashboard.col.recommendations"),
  ];
  section(t("dashboard.section.overdue"), actionHeadings(t("dashboard.col.daysOverdue")));
  actionRows(dashboard.overdue, (action) => action.daysOverdue);
  section(t("dashboard.section.upcoming", { days }), actionHeadings(t("dashboard.col.daysLeft")));
  actionRows(dashboard.upcoming, (action) => action.daysLeft);

  section(t("dashboard.section.byMechanism"), [
    t("dashboard.col.mechanism"),
    t("dashboard.col.recommendations"),
    t("dashboard.col.withActions"),
    t("dashboard.col.shareWithActions"),
    t("dashboard.col.implemented"),
    t("dashboard.col.overdue"),
  ]);
  if (dashboard.byMechanism.length === 0) push([t("dashboard.none")]);
  for (const m of dashboard.byMechanism) push([m.mechanism, m.recommendations, m.withActions, share(m.withActions, m.recommendations), m.implemented, m.overdueActions]);

  section(t("dashboard.section.byInstitution"), [
    t("dashboard.col.institution"),
    t("dashboard.col.recommendations"),
    t("dashboard.col.withActions"),
    t("dashboard.col.shareWithActions"),
    t("dashboard.col.actionsLed"),
    t("dashboard.col.overdue"),
    t("dashboard.col.upcoming", { days }),
  ]);
  if (dashboard.byInstitution.length === 0) push([t("dashboard.none")]);
  for (const i of dashboard.byInstitution) {
    push([i.institution, i.recommendations, i.withActions, share(i.withActions, i.recommendations), i.actionsLed, i.overdueActions, i.upcomingDeadlines]);
  }

  const columns: PlanColumn[] = Array.from({ length: width }, (_, index) => ({
    header: "",
    width: index === 0 ? 50 : 15,
    wrap: true,
    editable: false,
  }));
  return {
    sheet: DASHBOARD_SHEET,
    preamble: [[t("dashboard.title")], [t("dashboard.generated", { date: dashboard.today, filter: formatFilter(dashboard.filter, language) })]],
    columns,
    rows,
    rowStyles,
    charts,
    print: { landscape: true, fitToWidth: true, repeatHeader: false },
    tabColor: "548235",
  };
}
