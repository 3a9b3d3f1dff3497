import { translate, type MessageKey } from "../../model/i18n/messages";
import { LANGUAGES, type Language } from "../../model/vocabularies";
import type { EditableField } from "./editable-fields";

/**
 * The Monitoring Matrix sheet's columns: what the generator writes and what the carry-back
 * reads. Visible headers follow the reader's language, so the reader finds a column by its
 * header in any of the three; the hidden snapshot columns have fixed headers.
 */

export type VisibleColumn =
  | "ids"
  | "recommendation"
  | "mechanisms"
  | "states"
  | "response"
  | "sdgTargets"
  | "affectedPersons"
  | "institutions"
  | "actions"
  | "indicators"
  | "timeline"
  | "status"
  | "latestReport"
  | "assessment"
  | "attention";

export interface VisibleColumnDef {
  key: VisibleColumn;
  header: MessageKey;
  width: number;
  wrap: boolean;
  /** The Recommendations field an edit in this column goes back to. */
  editable?: EditableField;
}

export const VISIBLE_COLUMNS: readonly VisibleColumnDef[] = [
  { key: "ids", header: "matrix.col.ids", width: 20, wrap: true },
  { key: "recommendation", header: "matrix.col.recommendation", width: 60, wrap: true },
  { key: "mechanisms", header: "matrix.col.mechanisms", width: 18, wrap: true },
  { key: "states", header: "matrix.col.states", width: 18, wrap: true },
  { key: "response", header: "matrix.col.response", width: 12, wrap: true },
  { key: "sdgTargets", header: "matrix.col.sdgTargets", width: 10, wrap: true },
  { key: "affectedPersons", header: "matrix.col.affectedPersons", width: 18, wrap: true },
  { key: "institutions", header: "matrix.col.institutions", width: 24, wrap: true, editable: "responsibleInstitutions" },
  { key: "actions", header: "matrix.col.actions", width: 50, wrap: true },
  { key: "indicators", header: "matrix.col.indicators", width: 40, wrap: true },
  { key: "timeline", header: "matrix.col.timeline", width: 13, wrap: true },
  { key: "status", header: "matrix.col.status", width: 16, wrap: true, editable: "status" },
  { key: "latestReport", header: "matrix.col.latestReport", width: 40, wrap: true },
  { key: "assessment", header: "matrix.col.assessment", width: 36, wrap: true, editable: "assessment" },
  { key: "attention", header: "matrix.col.attention", width: 18, wrap: true },
];

/**
 * What the matrix looked like when generated, kept in hidden columns of the same rows: a row
 * someone sorts or moves takes its snapshot with it, and Excel on the web or a colleague
 * without the add-in keeps it too.
 */
export type SnapshotColumn = "key" | "generatedStatus" | "generatedInstitutions" | "generatedAssessment" | "activeActions" | "overdueActions";

export const SNAPSHOT_HEADERS: Record<SnapshotColumn, string> = {
  key: "Rights Matrix snapshot: IDs",
  generatedStatus: "Rights Matrix snapshot: Status",
  generatedInstitutions: "Rights Matrix snapshot: Responsible institutions",
  generatedAssessment: "Rights Matrix snapshot: Assessment / comments",
  activeActions: "Rights Matrix snapshot: active actions",
  overdueActions: "Rights Matrix snapshot: overdue actions",
};

export const SNAPSHOT_COLUMNS: readonly SnapshotColumn[] = Object.keys(SNAPSHOT_HEADERS) as SnapshotColumn[];

/**
 * The snapshot key of rows that stand for no recommendation (cluster headings, the "nothing
 * matches" line): every row the generator writes has a key, so a row without one was added by
 * a person.
 */
export const NON_RECOMMENDATION_KEY = "#";

/** Where the snapshot keeps each editable field's generated value. */
export const SNAPSHOT_OF: Record<EditableField, SnapshotColumn> = {
  status: "generatedStatus",
  responsibleInstitutions: "generatedInstitutions",
  assessment: "generatedAssessment",
};

/** Every header a visible column has had, in any language, normalised for comparison. */
export function headerVariants(column: VisibleColumnDef): Set<string> {
  return new Set(LANGUAGES.map((language: Language) => headerKey(translate(language, column.header))));
}

/** Headers compare without case, surrounding space or the ✎ mark (someone may delete it). */
export function headerKey(header: string): string {
  return header.replace(/✎/g, "").trim().toLowerCase();
}
