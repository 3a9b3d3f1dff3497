import { cellText, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { columnDef, type TableName } from "../../model/tables";
import { FREQUENCY_MONTHS, frequencyOf } from "../progress/reporting-schedule";
import { toCsv } from "./csv";

/**
 * IMPACT OSS's CSV import layout (impactoss/impactoss-client): one file per entity type. An
 * attribute column is headed "<label> [database:<attribute>]" (utils/import.js, getColumnTitle,
 * labels from containers/App/messages.js importFields and attributes); a relationship column is
 * headed "<field> [rel:<field>]" (getRelationshipColumnTitle) and holds comma-separated
 * references. The attributes and relationship fields are those of ENTITY_FIELDS in
 * themes/config.js: `measures` are what IMPACT OSS calls actions. See docs/export.md.
 */
export interface ImpactOssColumn {
  header: string;
  /** The IMPACT OSS attribute or relationship field the column fills. */
  field: string;
  kind: "database" | "rel";
}

const database = (label: string, attribute: string): ImpactOssColumn => ({ header: `${label} [database:${attribute}]`, field: attribute, kind: "database" });
const rel = (field: string): ImpactOssColumn => ({ header: `${field} [rel:${field}]`, field, kind: "rel" });

export const IMPACTOSS_RECOMMENDATION_COLUMNS: readonly ImpactOssColumn[] = [
  database("Reference", "reference"),
  database("Title", "title"),
  database("Description", "description"),
  rel("category-id"),
  rel("category-short-title"),
  rel("category-reference"),
];

export const IMPACTOSS_MEASURE_COLUMNS: readonly ImpactOssColumn[] = [
  database("Reference", "reference"),
  database("Title", "title"),
  database("Description", "description"),
  database("Desired outcome", "outcome"),
  database("Indicator summary", "indicator_summary"),
  database("Target Date", "target_date"),
  database("Target date comment", "target_date_comment"),
  rel("recommendation-id"),
  rel("recommendation-reference"),
  rel("indicator-id"),
  rel("indicator-reference"),
  rel("category-id"),
  rel("category-short-title"),
  rel("category-reference"),
];

export const IMPACTOSS_INDICATOR_COLUMNS: readonly ImpactOssColumn[] = [
  database("Reference", "reference"),
  database("Title", "title"),
  database("Description", "description"),
  database("Start date", "start_date"),
  database("End date", "end_date"),
  database("Reporting frequency", "frequency_months"),
  database("Repeat?", "repeat"),
  rel("action-id"),
  rel("action-reference"),
  rel("recommendation-id"),
  rel("recommendation-reference"),
];

export type ImpactOssEntity = "recommendations" | "measures" | "indicators";

export interface ImpactOssFile {
  entity: ImpactOssEntity;
  headers: string[];
  rows: CellValue[][];
  /** The file's text: UTF-8 with BOM, as IMPACT OSS's manual asks ("CSV UTF-8 (Comma delimited)"). */
  csv: string;
}

export interface ImpactOssInput {
  recommendations: readonly Row[];
  actions: readonly Row[];
  indicators: readonly Row[];
}

/** IMPACT OSS separates references in a relationship cell with commas. */
const references = (values: readonly string[]): string => [...new Set(values)].join(",");

const isoDate = (value: CellValue | undefined): string => (value instanceof Date ? value.toISOString().slice(0, 10) : "");

/**
 * The workbook columns IMPACT OSS has no field for, kept in the description (markdown), each
 * under its workbook header so nothing is lost in the move.
 */
function described(table: TableName, row: Row, keys: readonly string[]): string {
  return keys
    .map((key) => [columnDef(table, key).header, cellText(row[key])] as const)
    .filter(([, text]) => text)
    .map(([header, text]) => `**${header}:** ${text}`)
    .join("\n\n");
}

function recommendationRow(row: Row): Record<string, CellValue> {
  return {
    reference: cellText(row.id),
    title: cellText(row.text),
    description: described("Recommendations", row, [
      "mechanism", "bodyDetail", "documentSymbol", "paragraph", "cycleSession", "year", "recommendingStates", "response",
      "themes", "affectedPersons", "sdgTargets", "responsibleInstitutions", "status", "notes",
    ]),
    // The human rights body is an IMPACT OSS category, found by its short title ("CRC", "UPR").
    "category-short-title": cellText(row.mechanism),
    "category-reference": cellText(row.cluster),
  };
}

function measureRow(row: Row): Record<string, CellValue> {
  return {
    reference: cellText(row.actionId),
    // IMPACT OSS lists actions by title: the description's first line, as long as a title reads.
    title: cellText(row.description).split(/\r?\n/)[0].slice(0, 250),
    description: described("Actions", row, ["description", "leadInstitution", "partners", "start", "budget", "currency", "status", "progress"]),
    outcome: cellText(row.desiredOutcome),
    target_date: isoDate(row.deadline),
    "recommendation-reference": references(splitMultiValue(row.recommendationIds)),
    "category-reference": cellText(row.clusterId),
  };
}

function indicatorRow(row: Row, action: Row | undefined): Record<string, CellValue> {
  const frequency = frequencyOf(row.frequency);
  const months = frequency ? FREQUENCY_MONTHS[frequency] : null;
  return {
    reference: cellText(row.indicatorId),
    title: cellText(row.name),
    description: described("Indicators", row, [
      "type", "unit", "baseline", "baselineYear", "target", "targetYear", "currentValue", "currentValueDate", "dataSource",
      "frequency", "disaggregation", "responsible",
    ]),
    start_date: isoDate(action?.start) || isoDate(row.currentValueDate),
    end_date: isoDate(action?.deadline),
    frequency_months: months,
    repeat: frequency ? String(months !== null) : "",
    "action-reference": cellText(row.actionId),
    "recommendation-reference": references(splitMultiValue(action?.recommendationIds ?? null)),
  };
}

function file(entity: ImpactOssEntity, columns: readonly ImpactOssColumn[], records: Record<string, CellValue>[]): ImpactOssFile {
  const headers = columns.map((column) => column.header);
  const rows = records.map((record) => columns.map((column) => record[column.field] ?? null));
  return { entity, headers, rows, csv: toCsv(headers, rows) };
}

/**
 * The recommendations, actions (measures) and indicators as three IMPACT OSS import files, to be
 * imported in that order: a link by reference needs its target in the instance already, so each
 * link is made once, from the file imported later (an indicator names its measure).
 */
export function impactOssFiles(input: ImpactOssInput): ImpactOssFile[] {
  const actions = new Map(input.actions.map((action) => [cellText(action.actionId), action]));
  return [
    file("recommendations", IMPACTOSS_RECOMMENDATION_COLUMNS, input.recommendations.filter((row) => cellText(row.id)).map(recommendationRow)),
    file(
      "measures",
      IMPACTOSS_MEASURE_COLUMNS,
      input.actions.filter((row) => cellText(row.actionId)).map(measureRow),
    ),
    file(
      "indicators",
      IMPACTOSS_INDICATOR_COLUMNS,
      input.indicators.filter((row) => cellText(row.indicatorId)).map((row) => indicatorRow(row, actions.get(cellText(row.actionId)))),
    ),
  ];
}
