import type { CellValue } from "../../model/cells";
import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { listValueIn, sheetNameIn, workbookWord } from "../../model/workbook-language";
import { columnLetter, headerRowNumber, type ConditionalFormatPlan, type PlanColumn, type RowStyle, type SheetPlan } from "../../workbook/plan";
import { listRangeFor } from "../structure/lists-layout";
import {
  editableCellText,
  formatAction,
  formatAttention,
  formatCounts,
  formatFilter,
  formatIndicator,
  formatList,
  formatReport,
  formatSources,
  formatTimeline,
  joinLines,
} from "./matrix-format";
import { isFilterEmpty } from "./matrix-filter";
import { LINE_HEIGHT_PT, pageBreaksBefore, planRowHeights, printedPageHeight } from "./row-heights";
import { NON_RECOMMENDATION_KEY, SNAPSHOT_COLUMNS, SNAPSHOT_HEADERS, SNAPSHOT_OF, VISIBLE_COLUMNS, type SnapshotColumn, type VisibleColumn } from "./matrix-layout";
import { IMPLEMENTED_STATUS, type Matrix, type MatrixCluster, type MatrixRow } from "./matrix-model";

const TAB_COLOUR = "1F4E79";

export type Cells = Partial<Record<VisibleColumn | SnapshotColumn, CellValue>>;

const COLUMN_ORDER: readonly (VisibleColumn | SnapshotColumn)[] = [...VISIBLE_COLUMNS.map((c) => c.key), ...SNAPSHOT_COLUMNS];
const columnIndex = (key: VisibleColumn | SnapshotColumn): number => COLUMN_ORDER.indexOf(key);
const toRow = (cells: Cells): CellValue[] => COLUMN_ORDER.map((key) => cells[key] ?? null);

function planColumns(language: Language): PlanColumn[] {
  const visible: PlanColumn[] = VISIBLE_COLUMNS.map((column) => ({
    header: translate(language, column.header),
    width: column.width,
    numberFormat: "@",
    wrap: column.wrap,
    editable: column.editable !== undefined,
    validation: column.editable === "status" ? { kind: "list", source: listRangeFor({ vocabulary: "ImplementationStatuses" }, language) } : undefined,
  }));
  const snapshot: PlanColumn[] = SNAPSHOT_COLUMNS.map((key) => ({
    header: SNAPSHOT_HEADERS[key],
    width: 12,
    numberFormat: key === "activeActions" || key === "overdueActions" ? "0" : "@",
    editable: false,
    hidden: true,
  }));
  return [...visible, ...snapshot];
}

function headingCells(cluster: MatrixCluster, language: Language): Cells {
  const title = cluster.id ? [cluster.id, cluster.name].filter(Boolean).join(" · ") : translate(language, "matrix.cluster.none");
  const actions = cluster.clusterActions.map((action) => formatAction(action, language));
  const overdue = cluster.clusterActions.filter((a) => a.overdue).length + cluster.rows.reduce((sum, row) => sum + row.overdueActionCount, 0);
  return {
    key: NON_RECOMMENDATION_KEY,
    ids: title,
    recommendation: formatCounts(cluster.counts, language),
    institutions: cluster.leadInstitution ? translate(language, "matrix.cluster.lead", { name: cluster.leadInstitution }) : null,
    actions: actions.length > 0 ? joinLines([translate(language, "matrix.cluster.actions"), ...actions], language, "Actions") : null,
    attention: cluster.counts.gaps > 0 || overdue > 0 ? translate(language, "matrix.marker.cluster", { gaps: cluster.counts.gaps, overdue }) : null,
  };
}

/**
 * A matrix row's cells as the sheet shows them, list values (status, response) in `language`;
 * the Word report and the matrix export print the same.
 */
export function dataCells(row: MatrixRow, language: Language): Cells {
  const overlap = row.overlapGroup && row.members.length > 1 ? `\n${translate(language, "matrix.overlap", { group: row.overlapGroup })}` : "";
  const institutions = editableCellText(row, "responsibleInstitutions");
  const status = editableCellText(row, "status", language);
  const assessment = editableCellText(row, "assessment");
  return {
    ids: row.recommendationIds.join("\n") + overlap,
    recommendation: row.text,
    mechanisms: formatSources(row.members, language),
    states: formatList(row.recommendingStates),
    response: formatList(row.responses.map((response) => listValueIn(language, "Responses", response))),
    sdgTargets: formatList(row.sdgTargets),
    affectedPersons: formatList(row.affectedPersons),
    institutions,
    actions: joinLines(row.actions.map((action) => formatAction(action, language)), language, "Actions"),
    indicators: joinLines(row.indicators.map((indicator) => formatIndicator(indicator, language)), language, "Indicators"),
    timeline: formatTimeline(row.timeline),
    status,
    latestReport: formatReport(row.latestReport),
    assessment,
    attention: formatAttention(row, language),
    key: row.key,
    [SNAPSHOT_OF.status]: status,
    [SNAPSHOT_OF.responsibleInstitutions]: institutions,
    [SNAPSHOT_OF.assessment]: assessment,
    activeActions: row.activeActionCount,
    overdueActions: row.overdueActionCount,
  };
}

/**
 * The Monitoring Matrix sheet: a title block, then per cluster a heading row with its counts
 * and a collapsible group of rows. Gaps and overdue actions carry a text marker in the
 * Attention column and a highlight, so they stand out in print and to colour-blind readers.
 * Everything is in `language`, the workbook's: text, list values, the dropdown's list.
 */
export function matrixSheetPlan(matrix: Matrix, language: Language, sheet: string = sheetNameIn(language, "Matrix")): SheetPlan {
  const totals = matrix.totals;
  const preamble: CellValue[][] = [
    [translate(language, "matrix.sheet.title")],
    [
      translate(language, "matrix.sheet.generated", {
        date: matrix.today,
        filter: formatFilter(matrix.filter, language),
        rows: totals.rows,
        recommendations: totals.recommendations,
        gaps: totals.gaps,
        overdue: totals.overdueActions,
      }),
    ],
    [translate(language, "matrix.sheet.editable")],
    [translate(language, "matrix.sheet.legend")],
  ];
  const rows: CellValue[][] = [];
  const rowStyles: (RowStyle | undefined)[] = [];
  const rowGroups: { first: number; last: number }[] = [];
  for (const cluster of matrix.clusters) {
    rows.push(toRow(headingCells(cluster, language)));
    rowStyles.push("heading");
    const first = rows.length;
    for (const row of cluster.rows) {
      rows.push(toRow(dataCells(row, language)));
      rowStyles.push(undefined);
    }
    if (rows.length > first) rowGroups.push({ first, last: rows.length - 1 });
  }
  if (rows.length === 0) {
    const message = isFilterEmpty(matrix.filter) ? "matrix.noRecommendations" : "matrix.empty";
    rows.push(toRow({ key: NON_RECOMMENDATION_KEY, recommendation: translate(language, message) }));
    rowStyles.push(undefined);
  }
  const plan: SheetPlan = {
    sheet,
    preamble,
    columns: planColumns(language),
    rows,
    rowStyles,
    rowGroups,
    freeze: { rows: preamble.length + 1, columns: 2 },
    print: { landscape: true, fitToWidth: true, repeatHeader: true },
    tabColor: TAB_COLOUR,
  };
  plan.conditionalFormats = highlights(headerRowNumber(plan) + 1, language);
  const { rowHeights, headerRowHeight } = planRowHeights(plan);
  plan.rowHeights = rowHeights;
  plan.headerRowHeight = headerRowHeight;
  // A cluster starts on a new printed page when it would not fit on the rest of the current one.
  const clusterStarts = rowStyles.flatMap((style, index) => (style === "heading" ? [index] : []));
  plan.pageBreaksBefore = pageBreaksBefore(clusterStarts, rowHeights, printedPageHeight(plan.columns, headerRowHeight), preamble.length * LINE_HEIGHT_PT);
  return plan;
}

/** Formulas over the hidden counts, written for the first data row (as Excel reads them). */
function highlights(firstDataRow: number, language: Language): ConditionalFormatPlan[] {
  const cell = (key: VisibleColumn | SnapshotColumn) => `$${columnLetter(columnIndex(key) + 1)}${firstDataRow}`;
  const lastVisible = VISIBLE_COLUMNS.length - 1;
  return [
    { firstColumn: 0, lastColumn: lastVisible, formula: `=N(${cell("overdueActions")})>0`, style: "overdue" },
    { firstColumn: 0, lastColumn: lastVisible, formula: `=AND(ISNUMBER(${cell("activeActions")}),${cell("activeActions")}=0)`, style: "gap" },
    { firstColumn: columnIndex("status"), lastColumn: columnIndex("status"), formula: `=${cell("status")}="${workbookWord(language, IMPLEMENTED_STATUS)}"`, style: "done" },
  ];
}
