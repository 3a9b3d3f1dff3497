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
}

/**
 * What an import of one source would bring, read only as far as the first `limit`
 * recommendations: the detected format, encoding and column mapping, and the first rows.
 * Writes nothing; the task pane shows it before the user confirms the import.
 */
export async function previewImport(source: ImportSource, choices: ImportChoices = {}, limit = 10): Promise<ImportPreview> {
  const opened = await openSource(source, choices);
  const rows: Row[] = [];
  const problems: RowProblem[] = [];
  for (const event of opened.events) {
    if ("problem" in event) problems.push(event.problem);
    else if ("workbookRow" in event) rows.push(event.workbookRow.values);
    else rows.push({ id: recommendationRowId(event.recommendation), ...contentValues(event.recommendation) });
    if (rows.length + problems.length >= limit) break;
  }
  return { file: source.name, format: opened.format, encoding: opened.encoding, headers: opened.headers, mapping: opened.mapping, rows, problems };
}
