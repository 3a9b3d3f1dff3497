import type { CellValue } from "../../model/cells";
import { translate, type MessageKey } from "../../model/i18n/messages";
import { normalizeText } from "../../model/ids";
import { ACTIONS, columnDef, RECOMMENDATIONS } from "../../model/tables";
import { listValueIn, sheetNameIn, workbookWord } from "../../model/workbook-language";
import { CANCELLED_ACTION_STATUS, COMPLETED_ACTION_STATUS, IMPLEMENTATION_STATUSES, type Language } from "../../model/vocabularies";
import { columnLetter, type ChartPlan, type PlanColumn, type PlanFormula, type RowStyle, type SheetPlan } from "../../workbook/plan";
import { isFilterEmpty } from "./matrix-filter";
import { formatFilter, formatShare } from "./matrix-format";
import { planRowHeights } from "./row-heights";
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
  /** Every action the matrix shows. */
  actions: MatrixAction[];
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
/** Excel's longest formula, less room for the adapter. */
const MAX_FORMULA_LENGTH = 8000;
/** How the by-mechanism section names recommendations without a mechanism. */
const NO_MECHANISM = "—";

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
        const mechanismKey = member.mechanism || NO_MECHANISM;
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
    actions: matrix.actions,
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
 * Formulas over the Recommendations table (structured references, understood by Excel and
 * LibreOffice; nothing volatile), so that the figures that follow from statuses stay true when
 * someone edits a status without the add-in. Only for the whole workbook: a filtered matrix
 * (an overlap group shown whole, an institution named through an acronym) is not a set of
 * COUNTIFS criteria.
 */
class LiveFigures {
  private readonly table = RECOMMENDATIONS.tableName;
  readonly formulas: PlanFormula[] = [];

  /** `language`: the workbook's, whose headers the structured references name and whose list values they count. */
  constructor(
    private readonly firstDataRow: number,
    private readonly language: Language,
  ) {}

  private column(key: string): string {
    return `${this.table}[${this.header("Recommendations", key)}]`;
  }

  /** A column's header in the workbook's language, as a structured reference names it ([, ], # and ' escaped: "ID de l''action"). */
  private header(table: "Recommendations" | "Actions", key: string): string {
    return workbookWord(this.language, columnDef(table, key).header).replace(/([[\]#'])/g, "'$1");
  }

  /** An exact-match criterion: "=" then the value with COUNTIFS wildcards escaped ("=" alone matches blank cells). */
  private static criterion(value: string): string {
    return `"=${value.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`;
  }

  /** COUNTIFS over recommendations with an ID and each [column key, value]. */
  count(criteria: [string, string][]): string {
    return `COUNTIFS(${[`${this.column("id")},"<>"`, ...criteria.map(([key, value]) => `${this.column(key)},${LiveFigures.criterion(key === "status" ? workbookWord(this.language, value) : value)}`)].join(",")})`;
  }

  /** A blank status counts as "Not assessed". */
  countStatus(criteria: [string, string][], status: string): string {
    const counted = this.count([...criteria, ["status", status]]);
    return status === NOT_ASSESSED ? `${counted}+${this.count([...criteria, ["status", ""]])}` : counted;
  }

  /**
   * Overdue actions among those the Dashboard shows (their IDs as an array constant), counted
   * from the day it was generated (a constant, never TODAY()): completing or cancelling an
   * action in the Actions table takes it off the count at once. Null when the IDs would make
   * the formula longer than Excel takes.
   */
  overdueActions(ids: readonly string[], asOf: string): string | null {
    if (ids.length === 0) return null;
    const [year, month, day] = asOf.split("-").map(Number);
    const actions = (key: string) => `${ACTIONS.tableName}[${this.header("Actions", key)}]`;
    const list = `{${ids.map((id) => LiveFigures.criterion(id)).join(",")}}`;
    const formula = `SUMPRODUCT(COUNTIFS(${actions("actionId")},${list},${actions("deadline")},"<"&DATE(${year},${month},${day}),${actions("status")},"<>${workbookWord(this.language, COMPLETED_ACTION_STATUS)}",${actions("status")},"<>${workbookWord(this.language, CANCELLED_ACTION_STATUS)}"))`;
    return formula.length < MAX_FORMULA_LENGTH ? formula : null;
  }

  cell(row: number, column: number): string {
    return `${columnLetter(column + 1)}${this.firstDataRow + row}`;
  }

  set(row: number, column: number, formula: string): void {
    this.formulas.push({ row, column, formula: `=${formula}` });
  }

  /** A share as the sheet writes it ("40%", "–" when there is nothing to share). */
  share(row: number, column: number, part: string, whole: string): void {
    this.set(row, column, `IF(${whole}>0,TEXT(${part}/${whole},"0%"),"–")`);
  }
}

/**
 * The Dashboard sheet: sections one under another, each a bold title, a heading row and its
 * rows. The status-by-cluster block also feeds a native stacked bar chart, beside it, which both
 * adapters draw (the Excel API in Excel, DrawingML parts in a file).
 * Without a filter, counts by status are formulas over the tables with their values cached.
 * Everything is in `language`, the workbook's: text, list values, the headers formulas name.
 */
export function dashboardSheetPlan(dashboard: Dashboard, language: Language, sheet: string = sheetNameIn(language, "Dashboard")): SheetPlan {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(language, key, params);
  const width = dashboard.statuses.length + 5;
  const rows: CellValue[][] = [];
  const rowStyles: (RowStyle | undefined)[] = [];
  const charts: ChartPlan[] = [];
  const live = isFilterEmpty(dashboard.filter);
  const preamble: CellValue[][] = [
    [t("dashboard.title")],
    [t("dashboard.generated", { date: dashboard.today, filter: formatFilter(dashboard.filter, language) })],
    [t(live ? "dashboard.liveNote" : "dashboard.staticNote", { date: dashboard.today })],
  ];
  const figures = new LiveFigures(preamble.length + 2, language);
  const push = (values: CellValue[], style?: RowStyle): number => {
    rows.push([...values, ...Array<CellValue>(Math.max(0, width - values.length)).fill(null)]);
    rowStyles.push(style);
    return rows.length - 1;
  };
  const section = (title: string, headings: string[]) => {
    if (rows.length > 0) push([]);
    push([title], "subheading");
    push(headings, "heading");
  };
  const days = DEADLINE_WINDOW_DAYS;
  const totals = dashboard.totals;
  const statusCount = dashboard.statuses.length;

  section(t("dashboard.section.summary"), [t("dashboard.col.item"), t("dashboard.col.count"), t("dashboard.col.share")]);
  const recommendationsRow = push([t("dashboard.summary.recommendations"), totals.recommendations]);
  push([t("dashboard.summary.rows"), totals.rows]);
  const withActionsRow = push([t("dashboard.summary.withActions"), totals.withActions, formatShare(totals.shareWithActions)]);
  const implementedRow = push([t("dashboard.summary.implemented"), totals.implemented, formatShare(totals.shareImplemented)]);
  push([t("dashboard.summary.gaps"), totals.gaps]);
  push([t("dashboard.summary.actions"), totals.actions]);
  const overdueRow = push([t("dashboard.summary.overdue"), totals.overdueActions]);
  push([t("dashboard.summary.upcoming", { days }), totals.upcomingDeadlines]);
  if (live) {
    const recommendations = figures.cell(recommendationsRow, 1);
    figures.set(recommendationsRow, 1, figures.count([]));
    figures.share(withActionsRow, 2, figures.cell(withActionsRow, 1), recommendations);
    figures.set(implementedRow, 1, figures.count([["status", IMPLEMENTED_STATUS]]));
    figures.share(implementedRow, 2, figures.cell(implementedRow, 1), recommendations);
    const overdue = figures.overdueActions(
      dashboard.actions.map((action) => action.id),
      dashboard.today,
    );
    if (overdue) figures.set(overdueRow, 1, overdue);
  }

  section(t("dashboard.section.statusByCluster"), [
    t("dashboard.col.cluster"),
    ...dashboard.statuses.map((status) => workbookWord(language, status)),
    t("dashboard.col.otherStatus"),
    t("dashboard.col.total"),
    t("dashboard.col.withActions"),
    t("dashboard.col.shareWithActions"),
  ]);
  const chartHeader = rows.length - 1;
  const otherColumn = statusCount + 1;
  const totalColumn = statusCount + 2;
  const withColumn = statusCount + 3;
  const shareColumn = statusCount + 4;
  for (const counts of dashboard.statusByCluster) {
    const label = counts.clusterId ? [counts.clusterId, counts.name].filter(Boolean).join(" · ") : t("dashboard.noCluster");
    const row = push([label, ...counts.byStatus, counts.other, counts.total, counts.withActions, share(counts.withActions, counts.total)]);
    if (!live) continue;
    const cluster: [string, string][] = [["cluster", counts.clusterId ?? ""]];
    dashboard.statuses.forEach((status, index) => figures.set(row, index + 1, figures.countStatus(cluster, status)));
    figures.set(row, totalColumn, figures.count(cluster));
    figures.set(row, otherColumn, `${figures.cell(row, totalColumn)}-SUM(${figures.cell(row, 1)}:${figures.cell(row, statusCount)})`);
    figures.share(row, shareColumn, figures.cell(row, withColumn), figures.cell(row, totalColumn));
  }
  if (dashboard.statusByCluster.length > 0) {
    // The chart's block includes its heading row, whose cells name the series.
    charts.push({ title: t("dashboard.section.statusByCluster"), kind: "stackedBar", firstRow: chartHeader, lastRow: rows.length - 1, firstColumn: 0, lastColumn: dashboard.statuses.length + 1 });
  }
  const total = dashboard.statusTotal;
  const totalRow = push([t("dashboard.col.total"), ...total.byStatus, total.other, total.total, total.withActions, share(total.withActions, total.total)], "total");
  if (live && dashboard.statusByCluster.length > 0) {
    for (let column = 1; column <= withColumn; column++) figures.set(totalRow, column, `SUM(${figures.cell(chartHeader + 1, column)}:${figures.cell(totalRow - 1, column)})`);
    figures.share(totalRow, shareColumn, figures.cell(totalRow, withColumn), figures.cell(totalRow, totalColumn));
  }
  push([t("dashboard.chartNote")]);

  const actionRows = (actions: MatrixAction[], last: (action: MatrixAction) => CellValue) => {
    if (actions.length === 0) push([t("dashboard.none")]);
    for (const action of actions) {
      push([`${action.id}: ${action.description}`, action.leadInstitution, action.deadline, listValueIn(language, "ActionStatuses", action.status), last(action), action.recommendationIds.join("; ") || action.clusterId]);
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
  for (const m of dashboard.byMechanism) {
    const row = push([m.mechanism, m.recommendations, m.withActions, share(m.withActions, m.recommendations), m.implemented, m.overdueActions]);
    if (!live) continue;
    const mechanism: [string, string][] = [["mechanism", m.mechanism === NO_MECHANISM ? "" : m.mechanism]];
    figures.set(row, 1, figures.count(mechanism));
    figures.share(row, 3, figures.cell(row, 2), figures.cell(row, 1));
    figures.set(row, 4, figures.count([...mechanism, ["status", IMPLEMENTED_STATUS]]));
  }

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
  const { rowHeights, headerRowHeight } = planRowHeights({ columns, rows, rowStyles });
  return {
    sheet,
    preamble,
    columns,
    rows,
    rowStyles,
    charts,
    formulas: figures.formulas,
    rowHeights,
    headerRowHeight,
    print: { landscape: true, fitToWidth: true, repeatHeader: false },
    tabColor: "548235",
  };
}
