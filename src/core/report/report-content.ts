import { buildDashboard } from "../matrix/dashboard";
import { formatAction, formatCounts, formatFilter } from "../matrix/matrix-format";
import type { VisibleColumn } from "../matrix/matrix-layout";
import type { Matrix, MatrixCluster } from "../matrix/matrix-model";
import { dataCells } from "../matrix/matrix-sheet";
import { cellText } from "../../model/cells";
import { translate, type MessageKey, type MessageParams } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { VISIBLE_COLUMNS } from "../matrix/matrix-layout";
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

function clusterTable(cluster: MatrixCluster, language: Language): ReportTable {
  const width = (key: VisibleColumn) => VISIBLE_COLUMNS.find((column) => column.key === key)?.width ?? 12;
  return {
    headers: REPORT_COLUMNS.map((key) => matrixHeader(key, language)),
    widths: REPORT_COLUMNS.map(width),
    rows: cluster.rows.map((row) => {
      const cells = dataCells(row, language);
      return REPORT_COLUMNS.map((key) => cellText(cells[key] ?? null));
    }),
  };
}

function summaryTable(matrix: Matrix, language: Language): ReportTable {
  const dashboard = buildDashboard(matrix);
  const t = (key: MessageKey) => translate(language, key);
  const line = (name: string, byStatus: readonly number[], other: number, total: number) => [name, ...byStatus.map(String), String(other), String(total)];
  const rows = dashboard.statusByCluster.flatMap((counts, index) =>
    counts.total > 0 ? [line(clusterTitle(matrix.clusters[index], language), counts.byStatus, counts.other, counts.total)] : [],
  );
  rows.push(line(t("dashboard.col.total"), dashboard.statusTotal.byStatus, dashboard.statusTotal.other, dashboard.statusTotal.total));
  return {
    headers: [t("dashboard.col.cluster"), ...dashboard.statuses, t("dashboard.col.otherStatus"), t("dashboard.col.total")],
    widths: [40, ...dashboard.statuses.map(() => 11), 9, 9],
    rows,
    boldRows: [rows.length - 1],
  };
}

/**
 * The Word report's content from the (filtered) matrix: a title page saying what it covers, a
 * summary of recommendations by cluster and status, then one landscape section per cluster
 * with its matrix rows. Cell texts are the matrix's own, so paper and sheet agree.
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
  const summary: ReportSection = {
    landscape: true,
    blocks: [
      { kind: "heading", level: 1, text: t("export.report.summary") },
      { kind: "paragraph", text: formatCounts(matrix.totals, language) },
      { kind: "table", table: summaryTable(matrix, language) },
    ],
  };
  const sections = shown.map(
    (cluster): ReportSection => ({
      landscape: true,
      blocks: [
        { kind: "heading", level: 1, text: clusterTitle(cluster, language) },
        { kind: "paragraph", text: formatCounts(cluster.counts, language) },
        ...(cluster.leadInstitution ? [{ kind: "paragraph" as const, text: t("matrix.cluster.lead", { name: cluster.leadInstitution }) }] : []),
        ...(cluster.clusterActions.length > 0
          ? [{ kind: "paragraph" as const, text: [t("matrix.cluster.actions"), ...cluster.clusterActions.map((action) => formatAction(action, language))].join("\n") }]
          : []),
        { kind: "table", table: clusterTable(cluster, language) },
      ],
    }),
  );
  return { language, title: t("export.report.title"), titlePage, sections: [summary, ...sections] };
}
