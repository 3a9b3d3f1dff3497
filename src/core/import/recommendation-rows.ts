import { MAX_CELL_CHARS, cellText, joinMultiValue, type CellValue, type Row } from "../../model/cells";
import { normalizeText, recommendationId } from "../../model/ids";
import { RECOMMENDATIONS } from "../../model/tables";
import type { TableUpsert } from "../../workbook/port";
import type { ImportFormat, RowProblem, SourceRecommendation } from "./source-types";

/**
 * Source recommendations -> rows of the Recommendations table, merged with what the table
 * already holds: the same recommendation (same ID, or the same text of the same mechanism and
 * State where the source has no paragraph number) is one row; a re-import changes nothing;
 * a newer version updates the source columns that changed and reports them; columns people
 * fill (origin `user`) are never written.
 */

/** Source columns an import writes, in table order. */
export const SOURCE_COLUMNS = RECOMMENDATIONS.columns.filter((column) => column.origin === "source").map((column) => column.key);
/** Source columns that say what the recommendation is; `source` and `importedOn` only say when and whence. */
const CONTENT_COLUMNS = SOURCE_COLUMNS.filter((key) => key !== "id" && key !== "source" && key !== "importedOn");
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
export function tooLongProblem(recommendation: SourceRecommendation, values: Row): RowProblem | undefined {
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

const textKey = (values: Row) => `${cellText(values.mechanism)}|${cellText(values.country)}|${normalizeText(cellText(values.text))}`;

const sameValue = (a: CellValue | undefined, b: CellValue | undefined) => cellText(a) === cellText(b);

/** Multi-valued columns take the union when one source states a recommendation twice. */
const MULTI_COLUMNS = RECOMMENDATIONS.columns.filter((column) => column.type === "multi" && column.origin === "source").map((column) => column.key);

function mergeDuplicate(first: Row, second: Row): Row {
  const merged = { ...first };
  for (const key of CONTENT_COLUMNS) {
    if (MULTI_COLUMNS.includes(key)) merged[key] = joinMultiValue([...cellText(first[key]).split("; "), ...cellText(second[key]).split("; ")]) || null;
    else if (first[key] === null || first[key] === undefined) merged[key] = second[key];
  }
  return merged;
}

export class RecommendationMerger {
  /** ID -> the row as it will be after this import (existing rows, then what this import did). */
  private readonly rows = new Map<string, Row>();
  /** Built the first time a source without paragraph numbers needs it: normalising every text is not free. */
  private idByText: Map<string, string> | undefined;
  private readonly written = new Map<string, Row>();

  constructor(
    existing: readonly Row[],
    private readonly importedOn: Date,
  ) {
    for (const row of existing) {
      const id = cellText(row.id);
      if (id) this.rows.set(id, row);
    }
  }

  private idForText(values: Row): string | undefined {
    if (!this.idByText) {
      this.idByText = new Map();
      for (const [id, row] of this.rows) this.idByText.set(textKey(row), id);
    }
    return this.idByText.get(textKey(values));
  }

  /**
   * Starts merging one file: `add` each recommendation as it is read (so a large file's source
   * objects are dropped at once), then `finish`. A problem `add` finds (text too long) is returned.
   */
  openFile(file: string, format: ImportFormat): { add: (recommendation: SourceRecommendation) => RowProblem | undefined; finish: () => FileOutcome } {
    const byId = new Map<string, { values: Row; row: number }>();
    const add = (recommendation: SourceRecommendation): RowProblem | undefined => {
      const values = contentValues(recommendation);
      const problem = tooLongProblem(recommendation, values);
      if (problem) return problem;
      let id = recommendationRowId(recommendation);
      if (!recommendation.paragraph && !this.rows.has(id)) id = this.idForText(values) ?? id;
      const earlier = byId.get(id);
      byId.set(id, earlier ? { ...earlier, values: mergeDuplicate(earlier.values, values) } : { values, row: recommendation.location.row });
      return undefined;
    };
    const finish = (): FileOutcome => {
      const outcome: FileOutcome = { file, format, added: [], updated: [], unchanged: 0, skipped: [] };
      for (const [id, { values, row }] of byId) this.mergeRow(id, values, row, outcome);
      return outcome;
    };
    return { add, finish };
  }

  private mergeRow(id: string, values: Row, row: number, outcome: FileOutcome): void {
    const current = this.rows.get(id);
    if (!current) {
      values.id = id;
      values.source = outcome.file;
      values.importedOn = this.importedOn;
      this.remember(id, values);
      outcome.added.push(id);
      return;
    }
    const changed = CONTENT_COLUMNS.filter((key) => values[key] !== null && values[key] !== undefined && !sameValue(values[key], current[key]));
    if (changed.length === 0) {
      outcome.unchanged++;
      return;
    }
    const updated: Row = { ...current };
    for (const key of changed) updated[key] = values[key];
    updated.source = outcome.file;
    updated.importedOn = this.importedOn;
    this.remember(id, updated);
    outcome.updated.push({ id, row, columns: changed.map((key) => HEADER_OF.get(key) ?? key) });
  }

  private remember(id: string, row: Row): void {
    this.rows.set(id, row);
    this.written.set(id, row);
    this.idByText?.set(textKey(row), id);
  }

  /** The rows to write: only source columns, so user columns of existing rows keep what people typed. */
  upsert(): TableUpsert {
    const rows = [...this.written.values()].map((row) => Object.fromEntries(SOURCE_COLUMNS.map((key) => [key, row[key] ?? null])) as Row);
    return { table: "Recommendations", rows, columns: SOURCE_COLUMNS };
  }

  get rowCount(): number {
    return this.rows.size;
  }
}
