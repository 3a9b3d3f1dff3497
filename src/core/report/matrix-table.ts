import { dataCells } from "../matrix/matrix-sheet";
import { VISIBLE_COLUMNS, type VisibleColumn } from "../matrix/matrix-layout";
import type { Matrix, MatrixCluster } from "../matrix/matrix-model";
import { cellText } from "../../model/cells";
import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import type { ExportTable } from "./export-table";

/** A matrix column's header for print: the "editable" mark means nothing on paper. */
export function matrixHeader(key: VisibleColumn, language: Language): string {
  const column = VISIBLE_COLUMNS.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`No matrix column ${key}`);
  return translate(language, column.header).replace(/\s*✎/g, "").trim();
}

export function clusterTitle(cluster: MatrixCluster, language: Language): string {
  return cluster.id ? [cluster.id, cluster.name].filter(Boolean).join(" · ") : translate(language, "matrix.cluster.none");
}

/**
 * The filtered matrix as one flat table for CSV, XLSX and the clipboard: a Cluster column, then
 * the matrix's own columns with the same cell texts, one line per matrix row.
 */
export function matrixExportTable(matrix: Matrix, language: Language): ExportTable {
  const keys = VISIBLE_COLUMNS.map((column) => column.key);
  return {
    title: translate(language, "matrix.sheet.title"),
    headers: [translate(language, "dashboard.col.cluster"), ...keys.map((key) => matrixHeader(key, language))],
    rows: matrix.clusters.flatMap((cluster) =>
      cluster.rows.map((row) => {
        const cells = dataCells(row, language);
        return [clusterTitle(cluster, language), ...keys.map((key) => cellText(cells[key] ?? null) || null)];
      }),
    ),
  };
}
