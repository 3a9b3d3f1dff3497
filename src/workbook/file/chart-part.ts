import { cellText, type CellValue } from "../../model/cells";
import { columnLetter, headerRowNumber, quoteSheetName, type ChartPlan, type SheetPlan } from "../plan";
import { encodeCellText, escapeText } from "./xml";

/**
 * A chart part (DrawingML chart, ECMA-376 Part 1 §21.2) for a plan's chart, written by hand: no
 * library we keep can write charts (ExcelJS drops them), and a chart needs only a few elements.
 * Its series point at the sheet's cells, so Excel and LibreOffice redraw it when the counts
 * change, and carry the values the plan computed, so a viewer that does not calculate still
 * draws it.
 */

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

/** A cell range in A1 style with the values the plan put in it. */
export interface CachedRange<Value> {
  ref: string;
  values: Value[];
}

/** A plan's chart resolved to the sheet's cells: where its pieces are and what they hold now. */
export interface ChartOnSheet {
  title: string;
  kind: ChartPlan["kind"];
  categories: CachedRange<string>;
  series: { name: CachedRange<string>; values: CachedRange<number | null> }[];
  /** 0-based sheet row and column of the chart's top-left corner. */
  anchor: { row: number; column: number };
}

/**
 * Where a chart's data sits on the sheet the plan writes: the block's first column holds the
 * categories, its first row the series names (ChartPlan), one series per further column.
 */
export function chartOnSheet(plan: SheetPlan, chart: ChartPlan): ChartOnSheet {
  const firstDataRow = headerRowNumber(plan) + 1;
  const sheet = quoteSheetName(plan.sheet);
  const range = (column: number, firstRow: number, lastRow: number) => {
    const letter = columnLetter(column + 1);
    const top = `$${letter}$${firstDataRow + firstRow}`;
    return `${sheet}!${top}${lastRow > firstRow ? `:$${letter}$${firstDataRow + lastRow}` : ""}`;
  };
  const cells = (column: number) => plan.rows.slice(chart.firstRow + 1, chart.lastRow + 1).map((row): CellValue => row[column] ?? null);
  const series: ChartOnSheet["series"] = [];
  for (let column = chart.firstColumn + 1; column <= chart.lastColumn; column++) {
    series.push({
      name: { ref: range(column, chart.firstRow, chart.firstRow), values: [cellText(plan.rows[chart.firstRow]?.[column])] },
      values: { ref: range(column, chart.firstRow + 1, chart.lastRow), values: cells(column).map((value) => (typeof value === "number" && Number.isFinite(value) ? value : null)) },
    });
  }
  return {
    title: chart.title,
    kind: chart.kind,
    categories: { ref: range(chart.firstColumn, chart.firstRow + 1, chart.lastRow), values: cells(chart.firstColumn).map(cellText) },
    series,
    // Where the Excel adapter puts it: beside the block, one empty column after the plan's columns.
    anchor: { row: firstDataRow - 1 + chart.firstRow, column: plan.columns.length + 1 },
  };
}

const CATEGORY_AXIS = 10;
const VALUE_AXIS = 20;

/**
 * Series colours, spelled out: Excel's default theme accents in the order Excel gives them, then
 * their darker shades. A chart part that leaves them to the theme draws no bars in a package
 * without a theme part (LibreOffice), and ours often has none.
 */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363", "997300", "255E91", "43682B"];
const GRIDLINE_COLOUR = "D9D9D9";
const AXIS_COLOUR = "BFBFBF";

const fillXml = (index: number) => `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[index % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>`;
const lineXml = (colour: string) => `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>`;

export function chartPartXml(chart: ChartOnSheet): string {
  const series = chart.series.map((entry, index) => seriesXml(chart, entry, index)).join("");
  const plot =
    chart.kind === "pie"
      ? `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`
      : barChartXml(chart.kind, series) + axesXml();
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

function barChartXml(kind: "stackedBar" | "column", series: string): string {
  const stacked = kind === "stackedBar";
  return (
    `<c:barChart><c:barDir val="${stacked ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`
  );
}

function axesXml(): string {
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${lineXml(AXIS_COLOUR)}` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines>${lineXml(GRIDLINE_COLOUR)}</c:majorGridlines>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${lineXml(AXIS_COLOUR)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr sz="1400" b="1"/><a:t>${escapeText(encodeCellText(title))}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function seriesXml(chart: ChartOnSheet, series: ChartOnSheet["series"][number], index: number): string {
  // Element order is the schema's: idx, order, tx, spPr, then invertIfNegative (CT_BarSer) or a slice's colour per point (CT_PieSer), cat, val.
  const pie = chart.kind === "pie";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx>${stringReferenceXml(series.name)}</c:tx>` +
    (pie ? chart.categories.values.map((_, point) => `<c:dPt><c:idx val="${point}"/><c:bubble3D val="0"/>${fillXml(point)}</c:dPt>`).join("") : `${fillXml(index)}<c:invertIfNegative val="0"/>`) +
    `<c:cat>${stringReferenceXml(chart.categories)}</c:cat>` +
    `<c:val>${numberReferenceXml(series.values)}</c:val></c:ser>`
  );
}

function stringReferenceXml(range: CachedRange<string>): string {
  const points = range.values.map((value, index) => `<c:pt idx="${index}"><c:v>${escapeText(encodeCellText(value))}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeText(range.ref)}</c:f><c:strCache><c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numberReferenceXml(range: CachedRange<number | null>): string {
  // An empty cell has no point: the chart leaves a gap rather than drawing a zero.
  const points = range.values.map((value, index) => (value === null ? "" : `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`)).join("");
  return `<c:numRef><c:f>${escapeText(range.ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${range.values.length}"/>${points}</c:numCache></c:numRef>`;
}
