import { cellText, splitMultiValue, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { translate } from "../../model/i18n/messages";
import { ACTIONS, CLUSTERS, INDICATORS, RECOMMENDATIONS, TABLES, type TableDef, type TableName } from "../../model/tables";
import { CANCELLED_ACTION_STATUS, type Language } from "../../model/vocabularies";
import { columnLetter, quoteSheetName } from "../../workbook/plan";
import type { TableData } from "../../workbook/port";
import { actionDuplicateKey, checkAction } from "./action-checks";
import { Vocabulary, defaultVocabulary, lookupKey, type CheckContext, type VocabularyValues } from "./check-context";
import { checkIndicator } from "./indicator-checks";
import { RULES, type Issue, type RuleCode, type Severity } from "./rules";
import { SMART_CRITERIA, smartCriteriaFrom, smartText, type SmartCriterion } from "./smart";

/** One problem in one cell, as every interface shows it. */
export interface Finding {
  table: TableName;
  /** The row's ID, or "" when the ID itself is missing. */
  rowId: string;
  /** Column header, as people see it. */
  column: string;
  /** Worksheet address such as Actions!C7. */
  cell: string;
  severity: Severity;
  code: RuleCode;
  message: string;
}

export interface ValidationTables {
  actions: TableData | null;
  indicators: TableData | null;
  recommendations: TableData | null;
  clusters: TableData | null;
  institutions: TableData | null;
}

export interface ValidationOptions {
  /** Deadlines are compared with this day ("a completed action has no deadline in the future"). */
  today: Date;
  language: Language;
  /** Values on the workbook's Lists sheet; the model's lists where absent. */
  vocabularies?: VocabularyValues;
}

export interface SmartRating {
  actionId: string;
  /** Worksheet row of the action. */
  rowNumber: number;
  score: number;
  criteria: Record<SmartCriterion, boolean>;
  /** What the SMART rating column shows, e.g. "3/5, missing: measurable, time-bound". */
  text: string;
}

export type EditableTable = "Actions" | "Indicators";

export interface RowRevalidation {
  /** Rows whose findings changed with the edit: the edited row and the rows that refer to it. */
  affected: { table: EditableTable; rowNumber: number }[];
  /** The findings of those rows now. */
  findings: Finding[];
}

/** Rows of one table with where they sit on the sheet; a table not in the workbook is empty. */
class SheetRows {
  readonly rows: Row[];
  readonly rowNumbers: number[];
  readonly columnNumbers: Record<string, number>;
  /** The worksheet's name, in the workbook's language ("Acciones"). */
  readonly sheet: string;
  /** Built on the first edit: a full validation never needs it. */
  private indexByRowNumber: Map<number, number> | null = null;

  constructor(
    readonly def: TableDef,
    data: TableData | null,
  ) {
    // The array is copied, the rows are not: an edit replaces a row, never changes one in place.
    this.rows = data ? [...data.rows] : [];
    this.rowNumbers = data ? [...data.rowNumbers] : [];
    this.columnNumbers = data ? { ...data.columnNumbers } : Object.fromEntries(def.columns.map((column, index) => [column.key, index + 1]));
    this.sheet = data?.sheet ?? def.sheet;
  }

  private rowIndexes(): Map<number, number> {
    if (!this.indexByRowNumber) this.indexByRowNumber = new Map(this.rowNumbers.map((rowNumber, index) => [rowNumber, index]));
    return this.indexByRowNumber;
  }

  indexOf(rowNumber: number): number | undefined {
    return this.rowIndexes().get(rowNumber);
  }

  /** Puts an edited row in place, or adds a row the sheet gained; returns its index. */
  put(rowNumber: number, row: Row): number {
    const existing = this.rowIndexes().get(rowNumber);
    if (existing !== undefined) {
      this.rows[existing] = { ...row };
      return existing;
    }
    this.rows.push({ ...row });
    this.rowNumbers.push(rowNumber);
    this.rowIndexes().set(rowNumber, this.rows.length - 1);
    return this.rows.length - 1;
  }

  address(rowIndex: number, key: string): string {
    return `${quoteSheetName(this.sheet)}!${columnLetter(this.columnNumbers[key] ?? 1)}${this.rowNumbers[rowIndex]}`;
  }
}

/** Row indexes by key, for the lookups that depend on other rows (IDs, duplicates, links). */
class Index {
  // Almost every key has one row: a bare number then, a list only when a second row shares it.
  private readonly entries = new Map<string, number | number[]>();
  add(key: string | undefined, rowIndex: number): void {
    if (!key) return;
    const rows = this.entries.get(key);
    if (rows === undefined) this.entries.set(key, rowIndex);
    else if (typeof rows === "number") {
      if (rows !== rowIndex) this.entries.set(key, [rows, rowIndex]);
    } else if (!rows.includes(rowIndex)) rows.push(rowIndex);
  }
  remove(key: string | undefined, rowIndex: number): void {
    const rows = key ? this.entries.get(key) : undefined;
    if (rows === undefined || !key) return;
    if (typeof rows === "number") {
      if (rows === rowIndex) this.entries.delete(key);
      return;
    }
    const position = rows.indexOf(rowIndex);
    if (position >= 0) rows.splice(position, 1);
  }
  get(key: string | undefined): readonly number[] {
    const rows = key ? this.entries.get(key) : undefined;
    return rows === undefined ? EMPTY : typeof rows === "number" ? [rows] : rows;
  }
  count(key: string | undefined): number {
    const rows = key ? this.entries.get(key) : undefined;
    return rows === undefined ? 0 : typeof rows === "number" ? 1 : rows.length;
  }
}

const EMPTY: readonly number[] = [];

/** Column headers by "Table.key", for messages and findings. */
const HEADERS = new Map(TABLES.flatMap((def) => def.columns.map((column) => [`${def.name}.${column.key}`, column.header] as const)));

function isBlankRow(row: Row): boolean {
  for (const key in row) if (cellText(row[key] ?? null) !== "") return false;
  return true;
}
const keySet = (data: TableData | null, key: string): Set<string> => new Set((data?.rows ?? []).map((row) => lookupKey(row[key])).filter(Boolean));

/**
 * Validates the Actions and Indicators tables against each other and the other tables, and
 * keeps what it needs to revalidate one edited row in a few milliseconds: the task pane opens
 * a session once and calls `updateRow` from its debounced worksheet change handler.
 */
export class ValidationSession {
  private readonly actions: SheetRows;
  private readonly indicators: SheetRows;
  private readonly context: CheckContext;
  private readonly actionIds = new Index();
  private readonly indicatorIds = new Index();
  private readonly duplicates = new Index();
  private readonly indicatorsByAction = new Index();
  /** Each action row's normalised description and duplicate key, computed once per row version. */
  private readonly descriptions: string[] = [];
  private readonly recommendationIds: string[][] = [];
  private readonly duplicateKeys: (string | undefined)[] = [];
  private readonly blankActions: boolean[] = [];
  private readonly blankIndicators: boolean[] = [];
  private readonly actionIssues: Issue[][] = [];
  private readonly indicatorIssues: Issue[][] = [];
  private coverage: Finding[] | null = null;

  constructor(
    private readonly tables: ValidationTables,
    private readonly options: ValidationOptions,
  ) {
    this.actions = new SheetRows(ACTIONS, tables.actions);
    this.indicators = new SheetRows(INDICATORS, tables.indicators);
    const vocabulary = (name: Parameters<typeof defaultVocabulary>[0]) => new Vocabulary(options.vocabularies?.[name] ?? defaultVocabulary(name));
    this.context = {
      today: options.today,
      recommendationIds: keySet(tables.recommendations, RECOMMENDATIONS.idColumn),
      clusterIds: keySet(tables.clusters, CLUSTERS.idColumn),
      institutions: keySet(tables.institutions, "name"),
      actionStatuses: vocabulary("ActionStatuses"),
      indicatorTypes: vocabulary("IndicatorTypes"),
      frequencies: vocabulary("Frequencies"),
      currencies: vocabulary("Currencies"),
      actionIdCount: (key) => this.actionIds.count(key),
      indicatorIdCount: (key) => this.indicatorIds.count(key),
      duplicateOfAction: (rowIndex) => this.firstDuplicate(rowIndex),
      normalisedDescription: (rowIndex) => this.descriptions[rowIndex] ?? "",
      recommendationIdsOf: (rowIndex) => this.recommendationIds[rowIndex] ?? [],
      header: (table, key) => HEADERS.get(`${table}.${key}`) ?? key,
    };
    this.actions.rows.forEach((row, index) => this.indexAction(row, index));
    this.indicators.rows.forEach((row, index) => this.indexIndicator(row, index));
    this.actions.rows.forEach((_, index) => this.checkActionRow(index));
    this.indicators.rows.forEach((_, index) => this.checkIndicatorRow(index));
  }

  /** Every finding: Actions, then Indicators, then coverage (Recommendations, Clusters), in sheet order. */
  findings(): Finding[] {
    return [
      ...this.actionIssues.flatMap((issues, index) => issues.map((issue) => this.finding(this.actions, index, issue))),
      ...this.indicatorIssues.flatMap((issues, index) => issues.map((issue) => this.finding(this.indicators, index, issue))),
      ...this.coverageFindings(),
    ];
  }

  /** The SMART rating of every action row that has an Action ID. */
  smartRatings(): SmartRating[] {
    const ratings: SmartRating[] = [];
    this.actions.rows.forEach((row, index) => {
      const actionId = cellText(row.actionId ?? null);
      if (actionId) ratings.push(this.smartRating(index));
    });
    return ratings;
  }

  get actionCount(): number {
    return this.blankActions.filter((blank) => !blank).length;
  }

  get indicatorCount(): number {
    return this.blankIndicators.filter((blank) => !blank).length;
  }

  /**
   * The fast path: one edited (or added, or cleared) row, revalidated with the rows whose
   * findings depend on it. Edits to other tables (Institutions, Clusters, Recommendations, Lists)
   * and rows inserted or deleted above others change what everything refers to: open a new
   * session for those.
   */
  updateRow(table: EditableTable, rowNumber: number, row: Row): RowRevalidation {
    const affectedActions = new Set<number>();
    const affectedIndicators = new Set<number>();
    if (table === "Actions") {
      const previous = this.actions.indexOf(rowNumber);
      if (previous !== undefined) this.collectActionDependents(previous, affectedActions, affectedIndicators, true);
      const index = this.actions.put(rowNumber, row);
      this.indexAction(this.actions.rows[index], index);
      this.collectActionDependents(index, affectedActions, affectedIndicators, false);
    } else {
      const previous = this.indicators.indexOf(rowNumber);
      if (previous !== undefined) this.collectIndicatorDependents(previous, affectedActions, affectedIndicators, true);
      const index = this.indicators.put(rowNumber, row);
      this.indexIndicator(this.indicators.rows[index], index);
      this.collectIndicatorDependents(index, affectedActions, affectedIndicators, false);
    }
    affectedActions.forEach((index) => this.checkActionRow(index));
    affectedIndicators.forEach((index) => this.checkIndicatorRow(index));
    this.coverage = null;
    return {
      affected: [
        ...[...affectedActions].map((index) => ({ table: "Actions" as const, rowNumber: this.actions.rowNumbers[index] })),
        ...[...affectedIndicators].map((index) => ({ table: "Indicators" as const, rowNumber: this.indicators.rowNumbers[index] })),
      ],
      findings: [
        ...[...affectedActions].flatMap((index) => this.actionIssues[index].map((issue) => this.finding(this.actions, index, issue))),
        ...[...affectedIndicators].flatMap((index) => this.indicatorIssues[index].map((issue) => this.finding(this.indicators, index, issue))),
      ],
    };
  }

  private indexAction(row: Row, index: number): void {
    this.descriptions[index] = normalizeText(cellText(row.description ?? null));
    this.recommendationIds[index] = splitMultiValue(row.recommendationIds ?? null);
    this.blankActions[index] = isBlankRow(row);
    if (this.blankActions[index]) {
      this.duplicateKeys[index] = undefined;
      return;
    }
    this.duplicateKeys[index] = actionDuplicateKey(row, this.descriptions[index], this.recommendationIds[index]);
    this.actionIds.add(lookupKey(row.actionId), index);
    this.duplicates.add(this.duplicateKeys[index], index);
  }

  private indexIndicator(row: Row, index: number): void {
    this.blankIndicators[index] = isBlankRow(row);
    if (this.blankIndicators[index]) return;
    this.indicatorIds.add(lookupKey(row.indicatorId), index);
    this.indicatorsByAction.add(lookupKey(row.actionId), index);
  }

  /** Rows that share the action's ID or duplicate key, and the indicators that point at it. */
  private collectActionDependents(index: number, actions: Set<number>, indicators: Set<number>, unindex: boolean): void {
    const row = this.actions.rows[index];
    const id = lookupKey(row.actionId);
    const duplicateKey = this.duplicateKeys[index];
    if (unindex) {
      this.actionIds.remove(id, index);
      this.duplicates.remove(duplicateKey, index);
    }
    actions.add(index);
    this.actionIds.get(id).forEach((other) => actions.add(other));
    this.duplicates.get(duplicateKey).forEach((other) => actions.add(other));
    this.indicatorsByAction.get(id).forEach((indicator) => indicators.add(indicator));
  }

  /** Rows that share the indicator's ID, and the action it measures (its SMART rating). */
  private collectIndicatorDependents(index: number, actions: Set<number>, indicators: Set<number>, unindex: boolean): void {
    const row = this.indicators.rows[index];
    const id = lookupKey(row.indicatorId);
    const actionId = lookupKey(row.actionId);
    if (unindex) {
      this.indicatorIds.remove(id, index);
      this.indicatorsByAction.remove(actionId, index);
    }
    indicators.add(index);
    this.indicatorIds.get(id).forEach((other) => indicators.add(other));
    this.actionIds.get(actionId).forEach((action) => actions.add(action));
  }

  private firstDuplicate(rowIndex: number): string | undefined {
    const key = this.duplicateKeys[rowIndex];
    let first: number | undefined;
    this.duplicates.get(key).forEach((other) => {
      if (other < rowIndex && (first === undefined || other < first)) first = other;
    });
    if (first === undefined) return undefined;
    return cellText(this.actions.rows[first].actionId ?? null) || `${this.actions.sheet} ${this.actions.rowNumbers[first]}`;
  }

  private checkActionRow(index: number): void {
    const row = this.actions.rows[index];
    this.actionIssues[index] = this.blankActions[index] ? [] : checkAction(row, index, this.context);
  }

  private checkIndicatorRow(index: number): void {
    const row = this.indicators.rows[index];
    this.indicatorIssues[index] = this.blankIndicators[index] ? [] : checkIndicator(row, this.context);
  }

  private smartRating(index: number): SmartRating {
    const row = this.actions.rows[index];
    const measured = this.indicatorsByAction.get(lookupKey(row.actionId)).some((indicator) =>
      this.indicatorIssues[indicator].every((issue) => RULES[issue.code].severity !== "error"),
    );
    const criteria = smartCriteriaFrom(this.actionIssues[index], measured);
    const score = SMART_CRITERIA.filter((criterion) => criteria[criterion]).length;
    return {
      actionId: cellText(row.actionId ?? null),
      rowNumber: this.actions.rowNumbers[index],
      score,
      criteria,
      text: smartText(criteria, this.options.language),
    };
  }

  private finding(rows: SheetRows, index: number, issue: Issue): Finding {
    const rule = RULES[issue.code];
    const key = issue.column ?? rule.column;
    return {
      table: rows.def.name,
      rowId: cellText(rows.rows[index][rows.def.idColumn] ?? null),
      column: HEADERS.get(`${rows.def.name}.${key}`) ?? key,
      cell: rows.address(index, key),
      severity: rule.severity,
      code: rule.code,
      message: translate(this.options.language, rule.message, issue.params),
    };
  }

  /** The gap list (actions that are not cancelled count) and clusters nobody leads; recomputed only after an edit. */
  coverageFindings(): Finding[] {
    if (this.coverage) return this.coverage;
    const addressedIds = new Set<string>();
    const addressedClusters = new Set<string>();
    this.actions.rows.forEach((row, index) => {
      if (this.context.actionStatuses.canonicalOf(row.status) === CANCELLED_ACTION_STATUS) return;
      this.recommendationIds[index].forEach((id) => addressedIds.add(id.toLowerCase()));
      const cluster = lookupKey(row.clusterId);
      if (cluster) addressedClusters.add(cluster);
    });
    const coverage: Finding[] = [];
    const recommendations = new SheetRows(RECOMMENDATIONS, this.tables.recommendations);
    recommendations.rows.forEach((row, index) => {
      const id = lookupKey(row.id);
      if (!id || addressedIds.has(id) || addressedClusters.has(lookupKey(row.cluster))) return;
      coverage.push(this.finding(recommendations, index, { code: "COV-RECOMMENDATION-UNADDRESSED" }));
    });
    const clusters = new SheetRows(CLUSTERS, this.tables.clusters);
    clusters.rows.forEach((row, index) => {
      const id = cellText(row.clusterId ?? null);
      if (id && !cellText(row.leadInstitution ?? null)) coverage.push(this.finding(clusters, index, { code: "COV-CLUSTER-NO-LEAD", params: { id } }));
    });
    return (this.coverage = coverage);
  }
}
