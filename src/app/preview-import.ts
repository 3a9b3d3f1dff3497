import { contentValues, recommendationRowId } from "../core/import/recommendation-rows";
import { openSource } from "../core/import/read-source";
import type { ColumnMapping, ImportChoices, ImportFormat, ImportSource, RowProblem } from "../core/import/source-types";
import type { TextEncodingName } from "../core/import/text-decoding";
import type { Row } from "../model/cells";

export interface ImportPreview {
  file: string;
  format: ImportFormat;
  encoding?: TextEncodingName;
  /** Tables only: the source headers and the mapping that will be used, for the user to confirm or correct. */
  headers?: string[];
  mapping?: ColumnMapping;
  /** The first recommendations as they would be written (ID and source columns). */
  rows: Row[];
  /** Problems among the rows read for the preview. */
  problems: RowProblem[];
  /** Every recommendation the source holds and every row that cannot be read, counted over the whole source. */
  totals: { recommendations: number; problems: number };
}

/**
 * What an import of one source would bring: the detected format, encoding and column mapping,
 * the first `limit` recommendations and problems, and how many of each the whole source holds.
 * Writes nothing; the task pane shows it before the user confirms the import.
 */
export async function previewImport(source: ImportSource, choices: ImportChoices = {}, limit = 10): Promise<ImportPreview> {
  const opened = await openSource(source, choices);
  const rows: Row[] = [];
  const problems: RowProblem[] = [];
  const totals = { recommendations: 0, problems: 0 };
  // The first `limit` are kept to show; the rest are only counted, so the preview can say how many there are.
  for (const event of opened.events) {
    if ("problem" in event) {
      totals.problems += 1;
      if (rows.length + problems.length < limit) problems.push(event.problem);
    } else {
      totals.recommendations += 1;
      if (rows.length + problems.length >= limit) continue;
      if ("workbookRow" in event) rows.push(event.workbookRow.values);
      else rows.push({ id: recommendationRowId(event.recommendation), ...contentValues(event.recommendation) });
    }
  }
  return { file: source.name, format: opened.format, encoding: opened.encoding, headers: opened.headers, mapping: opened.mapping, rows, problems, totals };
}
