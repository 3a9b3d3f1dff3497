import { DRAWING_MAIN_NS, CHART_NS, type ChartOnSheet } from "./chart-part";
import { OWN_CHART_NAME } from "../plan";
import { RELATIONSHIP_NS } from "./package-parts";
import { encodeCellText, escapeAttribute } from "./xml";

/**
 * A sheet's drawing part (SpreadsheetML drawing, ECMA-376 Part 1 §20.5): one anchor per chart,
 * pinned to a cell with a size of its own (a one-cell anchor), so it keeps its size whatever
 * the rows beside it hold.
 */

export const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const EMU_PER_CM = 360_000;
/** Excel's default chart is about 15 × 7.5 cm; a bar per category needs room as categories grow. */
const CHART_WIDTH_CM = 16;
const MIN_HEIGHT_CM = 7.5;
const HEIGHT_PER_CATEGORY_CM = 0.8;
/** Title, legend and axis labels. */
const FRAME_HEIGHT_CM = 4;
const MAX_HEIGHT_CM = 45;

export function chartSize(chart: ChartOnSheet): { cx: number; cy: number } {
  const perCategory = chart.kind === "stackedBar" ? HEIGHT_PER_CATEGORY_CM * chart.categories.values.length + FRAME_HEIGHT_CM : 0;
  const height = Math.min(MAX_HEIGHT_CM, Math.max(MIN_HEIGHT_CM, perCategory));
  return { cx: Math.round(CHART_WIDTH_CM * EMU_PER_CM), cy: Math.round(height * EMU_PER_CM) };
}

/**
 * One anchor per chart, each named as ours (OWN_CHART_NAME, so a regeneration finds it among a
 * person's shapes) with the chart's title as its alternative text. Shape IDs start at `firstShapeId`
 * and must be unique in the drawing; `declareNamespaces` puts the prefixes on each anchor, for an
 * anchor added to a drawing whose root may bind other prefixes.
 */
export function chartAnchorsXml(charts: readonly ChartOnSheet[], relationshipIds: readonly string[], firstShapeId: number, declareNamespaces: boolean): string {
  const namespaces = declareNamespaces ? ` xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${RELATIONSHIP_NS}"` : "";
  return charts
    .map((chart, index) => {
      const { cx, cy } = chartSize(chart);
      return (
        `<xdr:oneCellAnchor${namespaces}>` +
        `<xdr:from><xdr:col>${chart.anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:ext cx="${cx}" cy="${cy}"/>` +
        `<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${firstShapeId + index}" name="${OWN_CHART_NAME} ${index + 1}" descr="${escapeAttribute(encodeCellText(chart.title))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${escapeAttribute(relationshipIds[index])}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
      );
    })
    .join("");
}

/** A drawing of its own holding the charts; `relationshipIds[i]` points from the drawing to chart i's part. */
export function drawingPartXml(charts: readonly ChartOnSheet[], relationshipIds: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${RELATIONSHIP_NS}">${chartAnchorsXml(charts, relationshipIds, 2, false)}</xdr:wsDr>`
  );
}
