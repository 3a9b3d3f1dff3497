import { MAX_CELL_CHARS, cellText, joinMultiValue, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { recommendationId } from "../../model/ids";
import { RECOMMENDATIONS, type ImportRule } from "../../model/tables";
import type { TableUpsert } from "../../workbook/port";
import { RecommendationIdentities } from "./recommendation-identity";
import type { ImportFormat, RowProblem, SourceLocation, SourceRecommendation, WorkbookRow } from "./source-types";

/**
 * Source recommendations -> rows of the Recommendations table, merged with what the table
 * already holds: the same recommendation (same document and paragraph, or the same text, see
 * recommendation-identity.ts) is one row and keeps its ID; a re-import changes nothing; a newer
 * version updates what the source says and reports it; what people accepted or typed wins
 * (each column's `onImport` rule in model/tables.ts says what an import may do to it).
 */

const RULE_OF = new Map<string, ImportRule>(RECOMMENDATIONS.columns.map((column) => [column.key, column.onImport ?? "person"]));
/** Columns people add to the table are theirs: keyed by their header, ruled as `person`. */
const ruleOf = (key: string): ImportRule => RULE_OF.get(key) ?? "person";
const HEADER_OF = new Map(RECOMMENDATIONS.columns.map((column) => [column.key, column.header]));

export function cycleSessionText(recommendation: SourceRecommendation): string | undefined {
  if (recommendation.session !== undefined) return `Cycle ${recommendation.cycle}, session ${recommendation.session}`;
  return recommendation.cycle !== undefined ? `Cycle ${recommendation.cycle}` : undefined;
}

export function recommendationRowId(recommendation: SourceRecommendation): string {
  return recommendationId({
    mechanism: recommendation.mechanism ?? "",
    country: recommendation.country,
    cycle: recommendation.cycle,
    year: recommendation.year,
    paragraph: recommendation.paragraph,
    text: recommendation.text,
  });
}

/** The content columns of a recommendation; empty values are null. */
export function contentValues(recommendation: SourceRecommendation): Row {
  const multi = (values: string[]) => (values.length === 0 ? null : values.length === 1 ? values[0] : joinMultiValue(values) || null);
  return {
    text: recommendation.text,
    mechanism: recommendation.mechanism ?? null,
    bodyDetail: recommendation.bodyDetail ?? null,
    country: recommendation.country ?? null,
    documentSymbol: recommendation.documentSymbol ?? null,
    paragraph: recommendation.paragraph ?? null,
    cycleSession: cycleSessionText(recommendation) ?? null,
    year: recommendation.year ?? null,
    recommendingStates: multi(recommendation.recommendingStates),
    response: recommendation.response ?? null,
    themes: multi(recommendation.themes),
    affectedPersons: multi(recommendation.affectedPersons),
    sdgTargets: multi(recommendation.sdgTargets),
  };
}

/** Text longer than a cell takes is refused here, at its source row, never cut. */
export function tooLongProblem(recommendation: { location: SourceLocation }, values: Row): RowProblem | undefined {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string" && value.length > MAX_CELL_CHARS) {
      const column = key === "text" ? recommendation.location.column : (HEADER_OF.get(key) ?? key);
      return { location: { ...recommendation.location, column }, key: "import.textTooLong", params: { length: value.length, max: MAX_CELL_CHARS } };
    }
  }
  return undefined;
}

export interface RowChange {
  id: string;
  /** Source row of the (first) recommendation that changed it. */
  row: number;
  /** Headers of the columns whose value changed. */
  columns: string[];
}

export interface FileOutcome {
  file: string;
  format: ImportFormat;
  added: string[];
  updated: RowChange[];
  unchanged: number;
  skipped: RowProblem[];
}

const isEmpty = (value: CellValue | undefined) => cellText(value) === "";
const sameValue = (a: CellValue | undefined, b: CellValue | undefined) => cellText(a) === cellText(b);

/** Multi-valued columns take the union when one source states a recommendation twice. */
const MULTI_COLUMNS = new Set(RECOMMENDATIONS.columns.filter((column) => column.type === "multi" && column.origin === "source").map((column) => column.key));

function mergeDuplicate(first: Row, second: Row): Row {
  const merged = { ...first };
  for (const key of Object.keys(second)) {
    if (key === "id") continue;
    if (MULTI_COLUMNS.has(key)) merged[key] = joinMultiValue([...splitMultiValue(first[key] ?? null), ...splitMultiValue(second[key] ?? null)]) || null;
    else if (isEmpty(first[key])) merged[key] = second[key];
  }
  return merged;
}

/** The files a row was read from, as its Source cell lists them. */
const sourceFiles = (row: Row): string[] => splitMultiValue(row.source ?? null);

interface Pending {
  values: Row;
  row: number;
  /** Read from a Rights Matrix workbook or export: its ID is ours, and its person columns may fill empty cells. */
  fromWorkbook: boolean;
}

export class RecommendationMerger {
  /** ID -> the row as it will be after this import (existing rows, then what this import did). */
  private readonly rows = new Map<string, Row>();
  private readonly identities: RecommendationIdentities;
  /** ID -> the cells this import writes: every column of a new row, the changed ones (and provenance) of an existing one. */
  private readonly written = new Map<string, Row>();

  constructor(
    existing: readonly Row[],
    private readonly importedOn: Date,
  ) {
    for (const row of existing) {
      const id = cellText(row.id);
      if (id) this.rows.set(id, row);
    }
    this.identities = new RecommendationIdentities(this.rows);
  }

  /**
   * Starts merging one file: `add` each recommendation (or `addRow` each row of a Rights Matrix
   * workbook or export) as it is read, so a large file's source objects are dropped at once,
   * then `finish`. A problem found (text too long) is returned.
   */
  openFile(
    file: string,
    format: ImportFormat,
  ): { add: (recommendation: SourceRecommendation) => RowProblem | undefined; addRow: (row: WorkbookRow) => RowProblem | undefined; finish: () => FileOutcome } {
    const byId = new Map<string, Pending>();
    const put = (id: string, pending: Pending) => {
      const earlier = byId.get(id);
      byId.set(id, earlier ? { ...earlier, values: mergeDuplicate(earlier.values, pending.values) } : pending);
    };
    const add = (recommendation: SourceRecommendation): RowProblem | undefined => {
      const values = contentValues(recommendation);
      const problem = tooLongProblem(recommendation, values);
      if (problem) return problem;
      const derived = recommendationRowId(recommendation);
      // A recommendation the table holds keeps its ID; a new one takes the derived ID (two in
      // one file deriving the same ID are one recommendation stated twice).
      const id = this.identities.find(values, derived) ?? (byId.has(derived) ? derived : this.identities.freeId(derived));
      put(id, { values, row: recommendation.location.row, fromWorkbook: false });
      return undefined;
    };
    const addRow = (workbookRow: WorkbookRow): RowProblem | undefined => {
      const values = workbookRow.values;
      const problem = tooLongProblem(workbookRow, values);
      if (problem) return problem;
      // Our own ID names the row; a row the table holds under another ID is found by what it is.
      const id = cellText(values.id);
      const target = this.rows.has(id) ? id : (this.identities.find(values, id) ?? id);
      put(target, { values, row: workbookRow.location.row, fromWorkbook: true });
      return undefined;
    };
    const finish = (): FileOutcome => {
      const outcome: FileOutcome = { file, format, added: [], updated: [], unchanged: 0, skipped: [] };
      for (const [id, pending] of byId) this.mergeRow(id, pending, outcome);
      return outcome;
    };
    return { add, addRow, finish };
  }

  private mergeRow(id: string, { values, row, fromWorkbook }: Pending, outcome: FileOutcome): void {
    const current = this.rows.get(id);
    if (!current) {
      // The pending values are this import's own object: completed in place (40,000 rows need no copies).
      const fresh = values;
      fresh.id = id;
      fresh.source = fromWorkbook && !isEmpty(values.source) ? values.source : outcome.file;
      fresh.importedOn = fromWorkbook && values.importedOn instanceof Date ? values.importedOn : this.importedOn;
      this.remember(id, fresh, fresh);
      outcome.added.push(id);
      return;
    }
    // A file already read into this row filled what it had then; an empty cell now is a person's doing.
    const readBefore = sourceFiles(current).includes(outcome.file);
    const changed = Object.keys(values).filter((key) => {
      const incoming = values[key];
      if (isEmpty(incoming)) return false;
      switch (ruleOf(key)) {
        case "update":
          return !sameValue(incoming, current[key]);
        case "fill":
          return isEmpty(current[key]) && !readBefore;
        case "person":
          return fromWorkbook && isEmpty(current[key]);
        default:
          return false;
      }
    });
    if (changed.length === 0) {
      outcome.unchanged++;
      return;
    }
    const cells: Row = { id };
    for (const key of changed) cells[key] = values[key];
    cells.source = joinMultiValue([...sourceFiles(current), outcome.file]);
    cells.importedOn = this.importedOn;
    this.remember(id, { ...current, ...cells }, cells);
    outcome.updated.push({ id, row, columns: changed.map((key) => HEADER_OF.get(key) ?? key) });
  }

  private remember(id: string, row: Row, cells: Row): void {
    this.rows.set(id, row);
    const earlier = this.written.get(id);
    this.written.set(id, earlier ? { ...earlier, ...cells } : cells);
    this.identities.remember(id, row);
  }

  /**
   * The cells to write, row by row: a new row whole, an existing row only the cells this import
   * changed, so every other cell keeps what people (or a co-author, meanwhile) put there.
   */
  upsert(): TableUpsert {
    return { table: "Recommendations", rows: [...this.written.values()] };
  }

  get rowCount(): number {
    return this.rows.size;
  }
}
