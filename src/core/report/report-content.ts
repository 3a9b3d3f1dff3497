import { buildDashboard, type StatusCounts } from "../matrix/dashboard";
import { formatAction, formatCounts, formatFilter } from "../matrix/matrix-format";
import type { VisibleColumn } from "../matrix/matrix-layout";
import type { Matrix, MatrixCluster, MatrixCounts } from "../matrix/matrix-model";
import { dataCells } from "../matrix/matrix-sheet";
import { cellText } from "../../model/cells";
import { translate, type MessageKey, type MessageParams } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { clusterTitle, matrixHeader } from "./matrix-table";
import type { ReportDocument, ReportSection, ReportTable } from "./report-document";

/** The matrix columns a printed report keeps: what a treaty body or parliament reads first. */
export const REPORT_COLUMNS: readonly VisibleColumn[] = [
  "ids",
  "recommendation",
  "mechanisms",
  "response",
  "institutions",
  "actions",
  "indicators",
  "status",
  "latestReport",
  "assessment",
];

export interface ReportOptions {
  language: Language;
  /** How the report names its source, e.g. the workbook's file name. */
  source: string;
  version: string;
}

/** The matrix rows' cells, per shown cluster, in the report's columns. */
function clusterCells(clusters: readonly MatrixCluster[], language: Language): string[][][] {
  return clusters.map((cluster) =>
    cluster.rows.map((row) => {
      const cells = dataCells(row, language);
      return REPORT_COLUMNS.map((key) => cellText(cells[key] ?? null));
    }),
  );
}

/** Report columns with something in them somewhere in the report; an empty column only takes room from the text. */
function filledColumns(cells: readonly string[][][]): number[] {
  return REPORT_COLUMNS.map((_, index) => index).filter((index) => cells.some((rows) => rows.some((row) => row[index] !== "")));
}

/** "In progress 3 · Implemented 1": the statuses a cluster's recommendations have, in vocabulary order. */
function statusSummary(counts: StatusCounts, statuses: readonly string[], language: Language): string {
  const parts = statuses.flatMap((status, index) => (counts.byStatus[index] > 0 ? [`${status} ${counts.byStatus[index]}`] : []));
  if (counts.other > 0) parts.push(`${translate(language, "dashboard.col.otherStatus")} ${counts.other}`);
  return parts.join(" · ");
}

/** The overview at the start: per cluster, recommendations, actions, gaps, overdue actions and statuses, with totals. */
function overviewTable(matrix: Matrix, language: Language): ReportTable {
  const dashboard = buildDashboard(matrix);
  const t = (key: MessageKey) => translate(language, key);
  const line = (name: string, counts: MatrixCounts, statuses: StatusCounts) => [
    name,
    String(counts.recommendations),
    String(counts.actions),
    String(counts.gaps),
    String(counts.overdueActions),
    statusSummary(statuses, dashboard.statuses, language),
  ];
  const rows = matrix.clusters.flatMap((cluster, index) => (cluster.rows.length > 0 ? [line(clusterTitle(cluster, language), cluster.counts, dashboard.statusByCluster[index])] : []));
  rows.push(line(t("dashboard.col.total"), matrix.totals, dashboard.statusTotal));
  return {
    headers: [t("dashboard.col.cluster"), t("dashboard.col.recommendations"), t("export.report.col.actions"), t("export.report.col.gaps"), t("dashboard.col.overdue"), t("dashboard.col.status")],
    rows,
    boldRows: [rows.length - 1],
  };
}

/**
 * The Word report's content from the (filtered) matrix: a title page saying what it covers, an
 * overview per cluster (recommendations, actions, gaps, overdue actions, statuses), then one
 * landscape section per cluster with its matrix rows. Columns empty in the whole report are
 * left out, and the overview says which. Cell texts are the matrix's own, so paper and sheet agree.
 */
export function matrixReport(matrix: Matrix, options: ReportOptions): ReportDocument {
  const { language } = options;
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  // A cluster with nothing in this selection has nothing to say in the report.
  const shown = matrix.clusters.filter((cluster) => cluster.rows.length > 0);
  const clusters = shown.filter((cluster) => cluster.id !== null).length;
  const titlePage = [
    t("export.report.covers", { filter: formatFilter(matrix.filter, language) }),
    t("export.report.counts", { recommendations: matrix.totals.recommendations, clusters }),
    t("export.report.generated", { date: matrix.today, file: options.source, version: options.version }),
  ];
  if (shown.length === 0) {
    return { language, title: t("export.report.title"), titlePage, sections: [{ landscape: false, blocks: [{ kind: "paragraph", text: t("export.report.empty") }] }] };
  }
  const cells = clusterCells(shown, language);
  const kept = filledColumns(cells);
  const empty = REPORT_COLUMNS.filter((_, index) => !kept.includes(index)).map((key) => matrixHeader(key, language));
  const summary: ReportSection = {
    landscape: true,
    blocks: [
      { kind: "heading", level: 1, text: t("export.report.summary") },
      { kind: "paragraph", text: formatCounts(matrix.totals, language) },
      { kind: "table", table: overviewTable(matrix, language) },
      ...(empty.length > 0 ? [{ kind: "paragraph" as const, text: t("export.report.emptyColumns", { columns: empty.join(", ") }) }] : []),
    ],
  };
  const headers = kept.map((index) => matrixHeader(REPORT_COLUMNS[index], language));
  const sections = shown.map(
    (cluster, clusterIndex): ReportSection => ({
      landscape: true,
      blocks: [
        { kind: "heading", level: 1, text: clusterTitle(cluster, language) },
        { kind: "paragraph", text: formatCounts(cluster.counts, language) },
        ...(cluster.leadInstitution ? [{ kind: "paragraph" as const, text: t("matrix.cluster.lead", { name: cluster.leadInstitution }) }] : []),
        ...(cluster.clusterActions.length > 0
          ? [{ kind: "paragraph" as const, text: [t("matrix.cluster.actions"), ...cluster.clusterActions.map((action) => formatAction(action, language))].join("\n") }]
          : []),
        { kind: "table", table: { headers, rows: cells[clusterIndex].map((row) => kept.map((index) => row[index])) } },
      ],
    }),
  );
  return { language, title: t("export.report.title"), titlePage, sections: [summary, ...sections] };
}
