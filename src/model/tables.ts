/**
 * The workbook's tables and columns: the single description every layer reads. Names, headers
 * and list values here are English, the canonical keys; a workbook made in Spanish or French
 * holds their translations (`workbook-language.ts`), and every layer reads it through the keys:
 * tables by their Excel table name (`tableName`, the same in every language), columns by their
 * `key` through a header in any language.
 */

export type TableName = "Recommendations" | "Clusters" | "Actions" | "Indicators" | "Institutions" | "Progress";

export type ColumnType =
  | "id"
  | "text"
  | "longText"
  /** several values separated by "; " */
  | "multi"
  | "integer"
  | "number"
  | "percent"
  | "date"
  | "list";

/**
 * Who fills a column: `source` columns come from an import (and, for Recommendations, a re-import
 * may change them only as their `onImport` rule says); `user` columns are typed by people and
 * never overwritten by an import; `generated` columns are computed by Rights Matrix and rewritten by it.
 */
export type ColumnOrigin = "source" | "user" | "generated";

/**
 * What an import may do to a cell of a Recommendations row that already exists (docs/import.md,
 * "What an import may change"). What a person accepted or typed wins over every source:
 * - `identity`: the ID; a re-import finds the row by what it is and keeps its ID.
 * - `update`: what the source says the recommendation is (text, mechanism, symbol, paragraph,
 *   year, States, response...): a newer value from a source replaces it; an empty one never clears it.
 * - `fill`: a source may state it, but people accept suggestions into it and edit it (themes,
 *   SDG targets, affected persons): an import fills an empty cell and never changes a filled one,
 *   nor refills a cell a person emptied after the same file filled it.
 * - `provenance`: Source (the files the row was read from) and Imported on, set when an import
 *   adds or changes the row.
 * - `person`: only people write it (cluster, status, notes, and every column people add);
 *   an import writes it only from a Rights Matrix workbook or export, and only into an empty cell.
 */
export type ImportRule = "identity" | "update" | "fill" | "provenance" | "person";

/** Where a column's dropdown takes its values: a vocabulary on the Lists sheet or another table's column. */
export type ListSource = { vocabulary: VocabularyName } | { table: TableName; column: string };

export interface ColumnDef {
  key: string;
  header: string;
  type: ColumnType;
  /** Width in characters. */
  width: number;
  origin: ColumnOrigin;
  list?: ListSource;
  /** Whole numbers only, for integer columns such as years. */
  min?: number;
  max?: number;
  /** Most characters a text cell takes (checked as people type, in Excel and by Rights Matrix). */
  maxLength?: number;
  /** Recommendations only: what a re-import may do to the cell (`person` when not given). */
  onImport?: ImportRule;
}

export interface TableDef {
  name: TableName;
  /** Worksheet name. */
  sheet: string;
  /** Excel table (ListObject) name. */
  tableName: string;
  /** Key of the column that identifies a row. */
  idColumn: string;
  columns: readonly ColumnDef[];
}

export type VocabularyName =
  | "Mechanisms"
  | "Responses"
  | "ImplementationStatuses"
  | "ActionStatuses"
  | "IndicatorTypes"
  | "Frequencies"
  | "ReviewStatuses"
  | "Branches"
  | "YesNo"
  | "Currencies"
  | "SdgTargets"
  | "Themes"
  | "AffectedPersons";

const col = (
  key: string,
  header: string,
  type: ColumnType,
  width: number,
  origin: ColumnOrigin,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({ key, header, type, width, origin, ...extra });

const vocabulary = (name: VocabularyName): ListSource => ({ vocabulary: name });
const institutions: ListSource = { table: "Institutions", column: "name" };

export const RECOMMENDATIONS: TableDef = {
  name: "Recommendations",
  sheet: "Recommendations",
  tableName: "Recommendations",
  idColumn: "id",
  columns: [
    col("id", "ID", "id", 22, "source", { onImport: "identity" }),
    col("text", "Text", "longText", 70, "source", { onImport: "update" }),
    col("mechanism", "Mechanism", "list", 12, "source", { list: vocabulary("Mechanisms"), onImport: "update" }),
    col("bodyDetail", "Body detail", "text", 18, "source", { onImport: "update" }),
    col("country", "Country", "text", 9, "source", { onImport: "update" }),
    col("documentSymbol", "Document symbol", "text", 20, "source", { onImport: "update" }),
    col("paragraph", "Paragraph", "text", 10, "source", { onImport: "update" }),
    col("cycleSession", "Cycle/Session", "text", 12, "source", { onImport: "update" }),
    col("year", "Year", "integer", 7, "source", { min: 1945, max: 2100, onImport: "update" }),
    col("recommendingStates", "Recommending States", "multi", 24, "source", { onImport: "update" }),
    col("response", "Response", "list", 16, "source", { list: vocabulary("Responses"), onImport: "update" }),
    col("themes", "Themes", "multi", 30, "source", { onImport: "fill" }),
    col("affectedPersons", "Affected persons", "multi", 24, "source", { onImport: "fill" }),
    col("sdgTargets", "SDG targets", "multi", 14, "source", { onImport: "fill" }),
    col("cluster", "Cluster", "list", 14, "user", { list: { table: "Clusters", column: "clusterId" } }),
    col("overlapGroup", "Overlap group", "text", 14, "user"),
    col("responsibleInstitutions", "Responsible institutions", "multi", 28, "user"),
    col("status", "Status", "list", 18, "user", { list: vocabulary("ImplementationStatuses") }),
    col("source", "Source", "text", 24, "source", { onImport: "provenance" }),
    col("importedOn", "Imported on", "date", 12, "source", { onImport: "provenance" }),
    col("notes", "Notes", "longText", 40, "user"),
    col("assessment", "Assessment / comments", "longText", 40, "user"),
  ],
};

export const CLUSTERS: TableDef = {
  name: "Clusters",
  sheet: "Clusters",
  tableName: "Clusters",
  idColumn: "clusterId",
  columns: [
    col("clusterId", "Cluster ID", "id", 12, "user"),
    col("name", "Name", "text", 36, "user"),
    col("description", "Description", "longText", 60, "user"),
    col("leadInstitution", "Lead institution", "list", 28, "user", { list: institutions }),
    col("confirmed", "Confirmed", "list", 11, "user", { list: vocabulary("YesNo") }),
  ],
};

export const ACTIONS: TableDef = {
  name: "Actions",
  sheet: "Actions",
  tableName: "Actions",
  idColumn: "actionId",
  columns: [
    col("actionId", "Action ID", "id", 12, "user"),
    col("recommendationIds", "Recommendation IDs", "multi", 26, "user"),
    col("clusterId", "Cluster ID", "list", 12, "user", { list: { table: "Clusters", column: "clusterId" } }),
    col("description", "Description", "longText", 50, "user"),
    col("leadInstitution", "Lead institution", "list", 28, "user", { list: institutions }),
    col("partners", "Partners", "multi", 28, "user"),
    col("start", "Start", "date", 12, "user"),
    col("deadline", "Deadline", "date", 12, "user"),
    col("budget", "Budget", "number", 14, "user", { min: 0 }),
    col("currency", "Currency", "list", 10, "user", { list: vocabulary("Currencies") }),
    col("status", "Status", "list", 14, "user", { list: vocabulary("ActionStatuses") }),
    col("progress", "Progress %", "number", 11, "user", { min: 0, max: 100 }),
    col("desiredOutcome", "Desired outcome", "longText", 40, "user"),
    col("lastUpdated", "Last updated", "date", 12, "user"),
    col("smart", "SMART rating", "text", 34, "generated"),
  ],
};

export const INDICATORS: TableDef = {
  name: "Indicators",
  sheet: "Indicators",
  tableName: "Indicators",
  idColumn: "indicatorId",
  columns: [
    col("indicatorId", "Indicator ID", "id", 13, "user"),
    col("actionId", "Action ID", "list", 12, "user", { list: { table: "Actions", column: "actionId" } }),
    col("name", "Name", "longText", 40, "user"),
    col("type", "Type", "list", 12, "user", { list: vocabulary("IndicatorTypes") }),
    col("unit", "Unit", "text", 12, "user"),
    col("baseline", "Baseline", "text", 11, "user"),
    col("baselineYear", "Baseline year", "integer", 10, "user", { min: 1945, max: 2100 }),
    col("target", "Target", "text", 11, "user"),
    col("targetYear", "Target year", "integer", 10, "user", { min: 1945, max: 2100 }),
    col("currentValue", "Current value", "text", 12, "user"),
    col("currentValueDate", "Current value date", "date", 13, "user"),
    col("dataSource", "Data source", "text", 24, "user"),
    col("frequency", "Frequency", "list", 12, "user", { list: vocabulary("Frequencies") }),
    col("disaggregation", "Disaggregation", "text", 20, "user"),
    col("responsible", "Responsible", "list", 24, "user", { list: institutions }),
  ],
};

export const INSTITUTIONS: TableDef = {
  name: "Institutions",
  sheet: "Institutions",
  tableName: "Institutions",
  idColumn: "name",
  columns: [
    col("name", "Name", "id", 40, "user"),
    col("acronym", "Acronym", "text", 10, "user"),
    col("branch", "Branch", "list", 20, "user", { list: vocabulary("Branches") }),
    col("focalPoint", "Focal point", "text", 24, "user"),
    col("contact", "Contact", "text", 28, "user"),
  ],
};

/** A focal point's report is short enough to read in the matrix and paste into a UN report. */
export const REPORT_TEXT_MAX_CHARS = 700;

export const PROGRESS: TableDef = {
  name: "Progress",
  sheet: "Progress",
  tableName: "Progress",
  idColumn: "reportId",
  columns: [
    col("reportId", "Report ID", "id", 12, "user"),
    col("subjectId", "Recommendation/Action ID", "text", 22, "user"),
    col("institution", "Institution", "list", 26, "user", { list: institutions }),
    col("period", "Period", "text", 12, "user"),
    col("reportText", "Report text", "longText", 60, "user", { maxLength: REPORT_TEXT_MAX_CHARS }),
    col("submittedBy", "Submitted by", "text", 18, "user"),
    col("submittedOn", "Submitted on", "date", 12, "user"),
    col("reviewStatus", "Review status", "list", 14, "user", { list: vocabulary("ReviewStatuses") }),
    col("reviewer", "Reviewer", "text", 18, "user"),
    col("reviewedOn", "Reviewed on", "date", 12, "user"),
    col("reviewComment", "Review comment", "longText", 36, "user"),
    col("publishedBy", "Published by", "text", 18, "user"),
    col("publishedOn", "Published on", "date", 12, "user"),
  ],
};

/** In the order the sheets appear in the workbook (Lists comes after them). */
export const TABLES: readonly TableDef[] = [RECOMMENDATIONS, CLUSTERS, ACTIONS, INDICATORS, INSTITUTIONS, PROGRESS];

export const LISTS_SHEET = "Lists";
export const MATRIX_SHEET = "Monitoring Matrix";
export const DASHBOARD_SHEET = "Dashboard";

export function tableDef(name: TableName): TableDef {
  const def = TABLES.find((table) => table.name === name);
  if (!def) throw new Error(`Unknown table ${name}`);
  return def;
}

export function columnDef(table: TableName, key: string): ColumnDef {
  const def = tableDef(table).columns.find((column) => column.key === key);
  if (!def) throw new Error(`Unknown column ${key} in table ${table}`);
  return def;
}
