import { cellText, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { translate, type MessageKey, type MessageParams } from "../../model/i18n/messages";
import { normalizeText, shortHash } from "../../model/ids";
import { columnDef, type TableName } from "../../model/tables";
import { MECHANISMS, type Language } from "../../model/vocabularies";
import { parseDelimited } from "../import/delimited-text";
import { isoDay } from "../matrix/dates";
import { InstitutionNames } from "../matrix/institution-names";
import { uprCycle } from "../matrix/matrix-filter";
import { FREQUENCY_MONTHS, frequencyOf } from "../progress/reporting-schedule";
import { toCsv } from "./csv";

/**
 * IMPACT OSS's CSV import layout (impactoss/impactoss-client): one file per entity type. An
 * attribute column is headed "<label> [database:<attribute>]" (utils/import.js, getColumnTitle,
 * labels from containers/App/messages.js importFields and attributes); a relationship column is
 * headed "<field> [rel:<field>]" (getRelationshipColumnTitle) and holds comma-separated
 * references. The client reads only the part in brackets. The attributes and relationship fields
 * are those of ENTITY_FIELDS in themes/config.js: `measures` are what IMPACT OSS calls actions.
 * See docs/export.md.
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
  database("Framework", "framework_id"),
  database("Level of support", "support_level"),
  database("Response", "response"),
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
/** The order an administrator brings a hand-over into IMPACT OSS: a link needs its target there first. */
export const IMPACTOSS_IMPORT_ORDER = ["categories", "recommendations", "measures", "indicators"] as const;

export interface ImpactOssFile {
  entity: ImpactOssEntity | "categories";
  headers: string[];
  rows: CellValue[][];
  /** The file's text: UTF-8 with BOM, as IMPACT OSS's manual asks ("CSV UTF-8 (Comma delimited)"). */
  csv: string;
}

/** A table's rows and, where known, the worksheet row of each (for messages naming the row). */
export interface ImpactOssTable {
  rows: readonly Row[];
  rowNumbers?: readonly number[];
}

export interface ImpactOssInput {
  recommendations: ImpactOssTable;
  actions: ImpactOssTable;
  indicators: ImpactOssTable;
  clusters?: ImpactOssTable;
  institutions?: ImpactOssTable;
}

/** What the instance already holds, by reference: from a previous hand-over or a list. */
export interface ExistingReferences {
  recommendations: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

export interface ImpactOssOptions {
  /** The instance's DATE_FORMAT (date-fns tokens dd, d, MM, M, yyyy, yy); IMPACT OSS blanks a date in any other format. */
  dateFormat?: string;
  /** The IMPACT OSS framework the recommendations belong to (1: human rights in a default instance). */
  frameworkId?: number;
  /** Left out of the files: IMPACT OSS only creates, and a reference it has answers 422. */
  existing?: ExistingReferences;
  /** Language of the categories sheet, which a person reads. */
  language?: Language;
}

/** Something IMPACT OSS would refuse, found before anything is written. */
export interface ImpactOssProblem {
  table: TableName;
  /** Worksheet row, when known. */
  row: number | null;
  id: string;
  /** The workbook column at fault (its header). */
  column: string;
  message: MessageKey;
  params: MessageParams;
}

export interface ImpactOssHandOver {
  /** Categories first, then recommendations, measures, indicators: the import order. */
  files: ImpactOssFile[];
  problems: ImpactOssProblem[];
  /** Rows left out because the instance has them already. */
  skipped: Record<ImpactOssEntity, number>;
}

export const DEFAULT_IMPACTOSS_DATE_FORMAT = "dd/MM/yyyy";
export const DEFAULT_IMPACTOSS_FRAMEWORK = 1;
export const NO_EXISTING_REFERENCES: ExistingReferences = { recommendations: new Set(), measures: new Set(), indicators: new Set(), categories: new Set() };

/** IMPACT OSS separates references in a relationship cell with commas. */
const references = (values: readonly string[]): string => [...new Set(values.filter(Boolean))].join(",");

/** A date-fns pattern IMPACT OSS instances use; only day, month and year tokens are ever needed. */
export function isDateFormat(pattern: string): boolean {
  return /^(?:dd?|MM?|yyyy|yy|[^A-Za-z])+$/.test(pattern) && /d/.test(pattern) && /M/.test(pattern) && /y/.test(pattern);
}

/** An ISO day in the instance's format, e.g. 2026-06-30 as 30/06/2026. */
export function formatDay(iso: string, pattern: string): string {
  const [year, month, day] = iso.split("-");
  const tokens: Record<string, string> = { yyyy: year, yy: year.slice(2), MM: month, M: String(Number(month)), dd: day, d: String(Number(day)) };
  return pattern.replace(/yyyy|yy|MM|M|dd|d/g, (token) => tokens[token]);
}

/** IMPACT OSS's `support_level`: 2 supported, 1 supported in part, 0 noted. */
const SUPPORT_LEVELS: Record<string, number> = { supported: 2, "supported in part": 1, "partially supported": 1, noted: 0 };
export function supportLevel(response: string): number | null {
  return SUPPORT_LEVELS[normalizeText(response)] ?? null;
}

/**
 * Category references: short, stable across hand-overs and free of commas (IMPACT OSS splits a
 * relationship cell on commas).
 */
const referenceOf = (prefix: string, text: string): string => `${prefix}-${shortHash(normalizeText(text))}`;
const plainReference = (text: string): string => (text && !/[,\s]/.test(text) ? text : "");
export const themeReference = (theme: string): string => referenceOf("TH", theme);
export function institutionReference(row: Row): string {
  return plainReference(cellText(row.acronym)) || referenceOf("ORG", cellText(row.name));
}
export function cycleReference(row: Row): string {
  const mechanism = cellText(row.mechanism);
  const cycle = uprCycle(row);
  if (cycle !== null) return `${mechanism.toUpperCase()}-${cycle}`;
  const session = cellText(row.cycleSession) || cellText(row.year);
  return session ? `${mechanism || "?"}-${session}`.replace(/[,\s]+/g, "_") : "";
}

interface Category {
  taxonomy: MessageKey;
  title: string;
  shortTitle: string;
  reference: string;
}

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

/** IMPACT OSS creates an item only with its title; measures are listed by theirs. */
const measureTitle = (row: Row): string => cellText(row.description).split(/\r?\n/)[0].slice(0, 250);

class HandOverBuilder {
  readonly problems: ImpactOssProblem[] = [];
  readonly categories = new Map<string, Category>();
  private readonly names: InstitutionNames;
  private readonly institutionsByName = new Map<string, Row>();

  constructor(
    private readonly input: ImpactOssInput,
    private readonly dateFormat: string,
  ) {
    const institutions = input.institutions?.rows ?? [];
    this.names = new InstitutionNames(institutions);
    for (const row of institutions) if (cellText(row.name)) this.institutionsByName.set(cellText(row.name), row);
  }

  problem(table: TableName, source: ImpactOssTable, index: number, idKey: string, column: string, message: MessageKey, params: MessageParams = {}): void {
    this.problems.push({ table, row: source.rowNumbers?.[index] ?? null, id: cellText(source.rows[index][idKey]), column: columnDef(table, column).header, message, params });
  }

  /** A date cell in the instance's format; a cell that holds something else is a problem, never a silent blank. */
  date(table: TableName, source: ImpactOssTable, index: number, idKey: string, column: string): string {
    const value = source.rows[index][column];
    if (value === null || value === undefined || cellText(value) === "") return "";
    const day = isoDay(value);
    if (!day) {
      this.problem(table, source, index, idKey, column, "export.impactoss.notADate", { value: cellText(value) });
      return "";
    }
    return formatDay(day, this.dateFormat);
  }

  category(taxonomy: MessageKey, title: string, shortTitle: string, reference: string): string {
    if (reference && !this.categories.has(reference)) this.categories.set(reference, { taxonomy, title, shortTitle, reference });
    return reference;
  }

  mechanism(code: string): string {
    if (!code) return "";
    const known = MECHANISMS.find((mechanism) => mechanism.code.toLowerCase() === code.toLowerCase());
    return this.category("export.impactoss.taxonomy.body", known?.name ?? code, known?.code ?? code, known?.code ?? code);
  }

  cluster(clusterId: string): string {
    if (!clusterId) return "";
    const row = this.input.clusters?.rows.find((candidate) => normalizeText(cellText(candidate.clusterId)) === normalizeText(clusterId));
    const id = row ? cellText(row.clusterId) : clusterId;
    return this.category("export.impactoss.taxonomy.cluster", (row && cellText(row.name)) || id, id, id);
  }

  institution(name: string): string {
    const row = this.institutionsByName.get(this.names.resolve(name));
    if (!row) return "";
    return this.category("export.impactoss.taxonomy.institution", cellText(row.name), cellText(row.acronym) || cellText(row.name), institutionReference(row));
  }
}

function recommendationRecord(builder: HandOverBuilder, row: Row, frameworkId: number): Record<string, CellValue> {
  const cycle = cycleReference(row);
  if (cycle) builder.category("export.impactoss.taxonomy.cycle", cycle.replace("-", " "), cycle, cycle);
  const themes = splitMultiValue(row.themes).map((theme) => builder.category("export.impactoss.taxonomy.theme", theme, theme.slice(0, 60), themeReference(theme)));
  const response = cellText(row.response);
  return {
    reference: cellText(row.id),
    title: cellText(row.text),
    description: described("Recommendations", row, [
      "mechanism", "bodyDetail", "documentSymbol", "paragraph", "cycleSession", "year", "recommendingStates", "response",
      "themes", "affectedPersons", "sdgTargets", "responsibleInstitutions", "status", "notes",
    ]),
    framework_id: frameworkId,
    support_level: supportLevel(response),
    response,
    // The human rights body is an IMPACT OSS category, found by its short title ("CRC", "UPR").
    "category-short-title": builder.mechanism(cellText(row.mechanism)),
    "category-reference": references([builder.cluster(cellText(row.cluster)), cycle, ...themes]),
  };
}

const REQUIRED_TEXT: Record<"Recommendations" | "Actions" | "Indicators", string> = { Recommendations: "text", Actions: "description", Indicators: "name" };

/**
 * The recommendations, actions (measures) and indicators as IMPACT OSS import files, with a
 * categories sheet for the administrator, after checking every row against what IMPACT OSS
 * would refuse (its server's model rules and the client's lookups). A row the instance already
 * has (`existing`) is left out. Import order: categories, recommendations, measures, indicators.
 */
export function impactOssHandOver(input: ImpactOssInput, options: ImpactOssOptions = {}): ImpactOssHandOver {
  const dateFormat = options.dateFormat ?? DEFAULT_IMPACTOSS_DATE_FORMAT;
  const frameworkId = options.frameworkId ?? DEFAULT_IMPACTOSS_FRAMEWORK;
  const existing = options.existing ?? NO_EXISTING_REFERENCES;
  const language = options.language ?? "en";
  const builder = new HandOverBuilder(input, dateFormat);
  const skipped: Record<ImpactOssEntity, number> = { recommendations: 0, measures: 0, indicators: 0 };

  /** The rows to hand over: with a reference, not in the instance yet, each reference once. */
  const pick = (table: "Recommendations" | "Actions" | "Indicators", source: ImpactOssTable, idKey: string, entity: ImpactOssEntity): number[] => {
    const seen = new Set<string>();
    const picked: number[] = [];
    source.rows.forEach((row, index) => {
      const id = cellText(row[idKey]);
      if (!id) return;
      if (existing[entity].has(id)) {
        skipped[entity]++;
        return;
      }
      if (seen.has(id)) builder.problem(table, source, index, idKey, idKey, "export.impactoss.duplicate", { id });
      seen.add(id);
      if (!cellText(row[REQUIRED_TEXT[table]])) builder.problem(table, source, index, idKey, REQUIRED_TEXT[table], "export.impactoss.noTitle");
      picked.push(index);
    });
    return picked;
  };

  const { recommendations, actions, indicators } = input;
  const recommendationIndexes = pick("Recommendations", recommendations, "id", "recommendations");
  const actionIndexes = pick("Actions", actions, "actionId", "measures");
  const indicatorIndexes = pick("Indicators", indicators, "indicatorId", "indicators");

  const recommendationIds = new Set([...existing.recommendations, ...recommendationIndexes.map((index) => cellText(recommendations.rows[index].id))]);
  const actionIds = new Set([...existing.measures, ...actionIndexes.map((index) => cellText(actions.rows[index].actionId))]);
  const actionRows = new Map(actions.rows.map((row, index) => [cellText(row.actionId), index] as const));

  const recommendationRecords = recommendationIndexes.map((index) => recommendationRecord(builder, recommendations.rows[index], frameworkId));

  const measureRecords = actionIndexes.map((index) => {
    const row = actions.rows[index];
    const linked = splitMultiValue(row.recommendationIds);
    const missing = linked.filter((id) => !recommendationIds.has(id));
    if (missing.length > 0) builder.problem("Actions", actions, index, "actionId", "recommendationIds", "export.impactoss.unknownRecommendation", { ids: missing.join(", ") });
    // The start dates the action's indicators: a start that is no date would leave them unscheduled.
    builder.date("Actions", actions, index, "actionId", "start");
    const institutions = [cellText(row.leadInstitution), ...splitMultiValue(row.partners)].filter(Boolean).map((name) => builder.institution(name));
    return {
      reference: cellText(row.actionId),
      title: measureTitle(row),
      description: described("Actions", row, ["description", "leadInstitution", "partners", "start", "budget", "currency", "status", "progress"]),
      outcome: cellText(row.desiredOutcome),
      target_date: builder.date("Actions", actions, index, "actionId", "deadline"),
      "recommendation-reference": references(linked),
      "category-reference": references([builder.cluster(cellText(row.clusterId)), ...institutions]),
    };
  });

  const indicatorRecords = indicatorIndexes.map((index) => {
    const row = indicators.rows[index];
    const actionId = cellText(row.actionId);
    const actionIndex = actionRows.get(actionId);
    const action = actionIndex === undefined ? undefined : actions.rows[actionIndex];
    if (actionId && !actionIds.has(actionId)) builder.problem("Indicators", indicators, index, "indicatorId", "actionId", "export.impactoss.unknownAction", { id: actionId });
    // The reporting period is the action's; before it starts, the indicator's own value date.
    const start = action?.start !== null && action?.start !== undefined && cellText(action.start) ? isoDay(action.start) : isoDay(row.currentValueDate);
    const end = action ? isoDay(action.deadline) : null;
    if (end && !start) builder.problem("Indicators", indicators, index, "indicatorId", "actionId", "export.impactoss.endWithoutStart", { action: actionId, end });
    if (start && end && start > end) builder.problem("Indicators", indicators, index, "indicatorId", "actionId", "export.impactoss.endBeforeStart", { action: actionId, start, end });
    const frequency = frequencyOf(row.frequency);
    const months = frequency ? FREQUENCY_MONTHS[frequency] : null;
    // IMPACT OSS schedules a repeating indicator from its start to its end date every `frequency_months`.
    const repeat = months !== null && start !== null && end !== null;
    return {
      reference: cellText(row.indicatorId),
      title: cellText(row.name),
      description: described("Indicators", row, [
        "type", "unit", "baseline", "baselineYear", "target", "targetYear", "currentValue", "currentValueDate", "dataSource",
        "frequency", "disaggregation", "responsible",
      ]),
      start_date: start ? formatDay(start, dateFormat) : "",
      end_date: start && end ? formatDay(end, dateFormat) : "",
      frequency_months: repeat ? months : null,
      repeat: frequency || start ? String(repeat) : "",
      "action-reference": actionId,
      "recommendation-reference": references(splitMultiValue(action?.recommendationIds ?? null)),
    };
  });

  const t = (key: MessageKey) => translate(language, key);
  const categories = [...builder.categories.values()].filter((category) => !existing.categories.has(category.reference));
  const categoryHeaders = [t("export.impactoss.col.taxonomy"), t("export.impactoss.col.title"), t("export.impactoss.col.shortTitle"), t("export.impactoss.col.reference")];
  const categoryRows = categories.map((category): CellValue[] => [t(category.taxonomy), category.title, category.shortTitle, category.reference]);
  return {
    files: [
      // A person reads the categories sheet in a spreadsheet: it keeps the formula guard.
      { entity: "categories", headers: categoryHeaders, rows: categoryRows, csv: toCsv(categoryHeaders, categoryRows) },
      file("recommendations", IMPACTOSS_RECOMMENDATION_COLUMNS, recommendationRecords),
      file("measures", IMPACTOSS_MEASURE_COLUMNS, measureRecords),
      file("indicators", IMPACTOSS_INDICATOR_COLUMNS, indicatorRecords),
    ],
    problems: builder.problems,
    skipped,
  };
}

function file(entity: ImpactOssEntity, columns: readonly ImpactOssColumn[], records: Record<string, CellValue>[]): ImpactOssFile {
  const headers = columns.map((column) => column.header);
  const rows = records.map((record) => columns.map((column) => record[column.field] ?? null));
  // IMPACT OSS stores what it reads: an apostrophe against spreadsheet formulas would become part of the text.
  return { entity, headers, rows, csv: toCsv(headers, rows, { neutralizeFormulas: false }) };
}

/** A problem as one line: where (table, row, ID, column) and what IMPACT OSS would do. */
export function describeProblem(problem: ImpactOssProblem, language: Language): string {
  const where = translate(language, problem.row === null ? "export.impactoss.where" : "export.impactoss.whereRow", {
    table: problem.table,
    row: problem.row ?? "",
    id: problem.id,
    column: problem.column,
  });
  return `${where}: ${translate(language, problem.message, problem.params)}`;
}

/**
 * The references a previous hand-over gave the instance, from its files (by the entity in each
 * file's name) or from a plain list of references (one per line, for every entity).
 */
export function existingReferences(files: readonly { name: string; text: string }[]): ExistingReferences {
  const sets = { recommendations: new Set<string>(), measures: new Set<string>(), indicators: new Set<string>(), categories: new Set<string>() };
  for (const { name, text } of files) {
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    const entity = (Object.keys(sets) as (keyof typeof sets)[]).find((candidate) => name.toLowerCase().endsWith(`-${candidate}.csv`));
    if (!entity) {
      for (const line of lines) for (const set of Object.values(sets)) if (line.trim()) set.add(line.trim());
      continue;
    }
    const rows = [...parseDelimited([text.replace(/^\uFEFF/, "")], ",")].map((row) => row.cells);
    const header = rows[0] ?? [];
    // The references are in the Reference column: [database:reference], or the categories sheet's last column.
    const column = entity === "categories" ? header.length - 1 : header.findIndex((cell) => cell.includes("[database:reference]"));
    if (column < 0) continue;
    for (const row of rows.slice(1)) if (row[column]?.trim()) sets[entity].add(row[column].trim());
  }
  return sets;
}

/** The three entity files without a categories sheet or checks, for callers that need just the layout. */
export function impactOssFiles(input: { recommendations: readonly Row[]; actions: readonly Row[]; indicators: readonly Row[] }, options: ImpactOssOptions = {}): ImpactOssFile[] {
  return impactOssHandOver({ recommendations: { rows: input.recommendations }, actions: { rows: input.actions }, indicators: { rows: input.indicators } }, options).files.slice(1);
}
