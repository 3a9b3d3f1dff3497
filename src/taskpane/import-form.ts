import type { FileImportResult } from "../app/import-recommendations";
import type { ImportPreview } from "../app/preview-import";
import { RECOMMENDATION_FIELDS, type ColumnMapping, type ImportSource, type RecommendationField } from "../core/import/source-types";

/**
 * The Import page's state and rules that do not need React: the sources waiting to be imported,
 * the column mapping the user edits, and the totals of a result. (Types only from app and core:
 * the parsers load with the import chunk.)
 */

/** A file or pasted text the user added, with the preview read from it (or why it cannot be read). */
export interface PendingSource {
  key: number;
  source: ImportSource;
  preview?: ImportPreview;
  /** Localised reason the preview failed; the import then refuses this source too. */
  previewError?: string;
}

export { RECOMMENDATION_FIELDS };

/** The mapping after the user sets `header` to `field` ("" = not imported); a field goes to one column only. */
export function editMapping(mapping: ColumnMapping, header: string, field: RecommendationField | ""): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [column, mapped] of Object.entries(mapping)) {
    if (column !== header && mapped !== field) next[column] = mapped;
  }
  if (field) next[header] = field;
  return next;
}

export type MappingProblem = { kind: "noText" } | { kind: "duplicate"; field: RecommendationField };

/** What stops a mapping from being imported, if anything. */
export function mappingProblem(mapping: ColumnMapping): MappingProblem | null {
  const fields = Object.values(mapping);
  const duplicate = RECOMMENDATION_FIELDS.find((field) => fields.filter((mapped) => mapped === field).length > 1);
  if (duplicate) return { kind: "duplicate", field: duplicate };
  return fields.includes("text") ? null : { kind: "noText" };
}

/** True when every source has been previewed without error and every confirmed mapping is usable. */
export function readyToImport(sources: readonly PendingSource[]): boolean {
  return (
    sources.length > 0 &&
    sources.every((pending) => pending.preview !== undefined && pending.previewError === undefined && (!pending.source.mapping || mappingProblem(pending.source.mapping) === null))
  );
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export function fileCounts(file: FileImportResult): ImportCounts {
  return { added: file.added.length, updated: file.updated.length, unchanged: file.unchanged, skipped: file.skipped.length };
}

/** A name for pasted text that no other source in the list has. */
export function pastedSourceName(sources: readonly PendingSource[], nameFor: (n: number) => string): string {
  const names = new Set(sources.map((pending) => pending.source.name));
  let n = 1;
  while (names.has(nameFor(n))) n++;
  return nameFor(n);
}
