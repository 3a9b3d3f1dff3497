import { cellText, joinMultiValue, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { UserFacingError, translate, type MessageKey } from "../../model/i18n/messages";
import { normalizeText } from "../../model/ids";
import { MATRIX_SHEET } from "../../model/tables";
import type { Language } from "../../model/vocabularies";
import { canonicalListValue } from "../../model/workbook-language";
import { todayIso } from "./dates";
import {
  EDITABLE_FIELDS,
  combineAssessments,
  combineInstitutions,
  combineStatuses,
  fieldCellText,
  sameFieldValue,
  type EditableField,
} from "./editable-fields";
import { InstitutionNames } from "./institution-names";
import { NON_RECOMMENDATION_KEY, SNAPSHOT_HEADERS, SNAPSHOT_OF, VISIBLE_COLUMNS, headerKey, headerVariants } from "./matrix-layout";

/**
 * Edits people made in the Monitoring Matrix since it was generated, and how they go back to
 * the Recommendations table by ID. The matrix keeps what it generated in hidden columns of the
 * same rows, so an edit is any difference between a cell and its snapshot, whoever made it.
 */

export interface MatrixEdit {
  /** 1-based worksheet row, for messages. */
  sheetRow: number;
  ids: string[];
  field: EditableField;
  /** The value when the matrix was generated. */
  generated: string;
  /** The value in the matrix now. */
  edited: string;
}

/** Where the matrix header lives and which columns hold what; null when the matrix has no such column. */
interface SheetColumns {
  headerRow: number;
  key: number;
  visible: Partial<Record<EditableField, number>>;
  snapshot: Partial<Record<EditableField, number>>;
  /** Editable columns whose header is gone while their snapshot remains: edits there cannot be found. */
  renamed: string[];
}

const HEADER_SEARCH_ROWS = 20;

function locateColumns(values: CellValue[][]): SheetColumns | null {
  for (let row = 0; row < Math.min(values.length, HEADER_SEARCH_ROWS); row++) {
    const headers = values[row].map((value) => headerKey(cellText(value)));
    const key = headers.indexOf(headerKey(SNAPSHOT_HEADERS.key));
    if (key < 0) continue;
    const columns: SheetColumns = { headerRow: row, key, visible: {}, snapshot: {}, renamed: [] };
    for (const column of VISIBLE_COLUMNS) {
      if (!column.editable) continue;
      const variants = headerVariants(column);
      const visible = headers.findIndex((header) => variants.has(header));
      const snapshot = headers.indexOf(headerKey(SNAPSHOT_HEADERS[SNAPSHOT_OF[column.editable]]));
      if (visible >= 0 && snapshot >= 0) {
        columns.visible[column.editable] = visible;
        columns.snapshot[column.editable] = snapshot;
      } else if (snapshot >= 0) {
        columns.renamed.push(translate("en", column.header));
      }
    }
    return columns;
  }
  return null;
}

/** True when the sheet's values carry the matrix snapshot, i.e. Rights Matrix generated it. */
export function hasMatrixSnapshot(values: CellValue[][]): boolean {
  return locateColumns(values) !== null;
}

/**
 * The edits in a Monitoring Matrix sheet (its values from A1), or none if there is no sheet.
 * A sheet of that name without the snapshot, or with rows people added, is refused:
 * regenerating it would lose what they typed.
 */
export function readMatrixEdits(values: CellValue[][] | null, label: string, sheet: string = MATRIX_SHEET): MatrixEdit[] {
  if (values === null) return [];
  const columns = locateColumns(values);
  if (!columns) throw new UserFacingError("matrix.error.notGenerated", { file: label, sheet });
  if (columns.renamed.length > 0) throw new UserFacingError("matrix.error.columnRenamed", { file: label, sheet, column: columns.renamed.join("\", \"") });
  const edits: MatrixEdit[] = [];
  const addedRows: number[] = [];
  for (let row = columns.headerRow + 1; row < values.length; row++) {
    const key = cellText(values[row][columns.key]);
    if (key === NON_RECOMMENDATION_KEY) continue;
    if (!key) {
      if (values[row].some((value) => cellText(value) !== "")) addedRows.push(row + 1);
      continue;
    }
    const ids = splitMultiValue(key);
    for (const field of EDITABLE_FIELDS) {
      const visible = columns.visible[field];
      const snapshot = columns.snapshot[field];
      if (visible === undefined || snapshot === undefined) continue;
      const edited = readField(field, cellText(values[row][visible]));
      const generated = readField(field, cellText(values[row][snapshot]));
      if (!sameFieldValue(field, edited, generated)) edits.push({ sheetRow: row + 1, ids, field, generated, edited });
    }
  }
  // A row people added has no IDs to go back to: regenerating would drop what they typed there.
  if (addedRows.length > 0) throw new UserFacingError("matrix.error.addedRows", { file: label, sheet, rows: addedRows.join(", ") });
  return edits;
}

export interface EditConflict {
  ids: string[];
  field: EditableField;
  /** What the matrix edit wrote. */
  matrixValue: string;
  /** What the table held, now kept in Notes. */
  tableValue: string;
  sheetRow: number;
}

export interface CarryBackResult {
  /** Changed Recommendations rows: the ID and only the columns that change. */
  upserts: Row[];
  /** The Recommendations rows with the edits applied, for the regeneration that follows. */
  recommendations: Row[];
  applied: MatrixEdit[];
  conflicts: EditConflict[];
  /** Edits on rows whose IDs are no longer in the table: reported, since they cannot be stored. */
  orphans: (MatrixEdit & { missingIds: string[] })[];
}

const FIELD_LABEL: Record<EditableField, MessageKey> = {
  status: "matrix.field.status",
  responsibleInstitutions: "matrix.field.responsibleInstitutions",
  assessment: "matrix.field.assessment",
};

export function fieldLabel(field: EditableField, language: Language): string {
  return translate(language, FIELD_LABEL[field]);
}

/** The members' values combined exactly as the matrix shows them. */
function currentCellText(field: EditableField, members: readonly Row[], names: InstitutionNames): string {
  switch (field) {
    case "status":
      return fieldCellText(field, combineStatuses(members.map((row) => cellText(row.status))));
    case "responsibleInstitutions":
      return fieldCellText(field, combineInstitutions(members.map((row) => names.resolveAll(row.responsibleInstitutions))));
    case "assessment":
      return fieldCellText(field, combineAssessments(members.map((row) => cellText(row.assessment))));
  }
}

/**
 * A status typed in any workbook language or case ("implemented", "Aplicada", "Mise en œuvre")
 * is stored as its English key, which the table writes in its own language; anything else as typed.
 */
function canonicalStatus(value: string): string {
  return canonicalListValue("ImplementationStatuses", value.trim());
}

/** A matrix cell as the tables hold it: the statuses of a matrix in Spanish or French as their English keys. */
function readField(field: EditableField, text: string): string {
  if (field !== "status" || !text) return text;
  return text.split(";").map((part) => canonicalStatus(part)).join("; ");
}

/** An institutions edit applied as what was added and removed, so each member keeps its own other institutions. */
function applyInstitutionsDiff(current: string, generated: string, edited: string, names: InstitutionNames): string {
  const key = (name: string) => normalizeText(names.resolve(name));
  const before = new Set(splitMultiValue(generated).map(key));
  const after = splitMultiValue(edited);
  const afterKeys = new Set(after.map(key));
  const kept = splitMultiValue(current).filter((name) => !before.has(key(name)) || afterKeys.has(key(name)));
  const added = after.filter((name) => !before.has(key(name)));
  return joinMultiValue([...kept, ...added]);
}

/**
 * Writes the edits into the recommendations. Matrix edits win: where the table's value had
 * changed too (or two matrix rows set the same recommendation differently), the value it
 * replaces is appended to the recommendation's Notes, dated, and reported as a conflict.
 */
export function carryBackEdits(
  edits: readonly MatrixEdit[],
  recommendations: readonly Row[],
  institutions: readonly Row[],
  today: Date | string,
  language: Language,
): CarryBackResult {
  const day = todayIso(today);
  const names = new InstitutionNames(institutions);
  const rows = recommendations.map((row) => ({ ...row }));
  const byId = new Map(rows.map((row) => [cellText(row.id), row]));
  const changed = new Map<string, Row>();
  const setByEdit = new Map<string, string>();
  const result: CarryBackResult = { upserts: [], recommendations: rows, applied: [], conflicts: [], orphans: [] };

  const note = (row: Row, field: EditableField, old: string): void => {
    const line = translate(language, "matrix.conflictNote", { date: day, column: fieldLabel(field, language), old });
    const notes = cellText(row.notes);
    row.notes = notes ? `${notes}\n${line}` : line;
    record(row, "notes");
  };
  const record = (row: Row, key: string): void => {
    const id = cellText(row.id);
    const upsert = changed.get(id) ?? { id };
    upsert[key] = row[key];
    changed.set(id, upsert);
  };

  for (const edit of edits) {
    const missingIds = edit.ids.filter((id) => !byId.has(id));
    if (missingIds.length === edit.ids.length) {
      result.orphans.push({ ...edit, missingIds });
      continue;
    }
    if (missingIds.length > 0) result.orphans.push({ ...edit, missingIds });
    const members = edit.ids.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
    const tableValue = currentCellText(edit.field, members, names);
    const tableChanged = !sameFieldValue(edit.field, tableValue, edit.generated);
    const conflict = tableChanged && !sameFieldValue(edit.field, tableValue, edit.edited);
    let conflictRecorded = false;
    for (const member of members) {
      // The editable fields are named after the Recommendations columns they are bound to.
      const key: string = edit.field;
      const id = cellText(member.id);
      const old = cellText(member[key]);
      const next =
        edit.field === "responsibleInstitutions" && !conflict
          ? applyInstitutionsDiff(old, edit.generated, edit.edited, names)
          : edit.field === "status"
            ? canonicalStatus(edit.edited)
            : edit.edited.trim();
      // Two matrix rows naming the same recommendation and disagreeing: the later row wins, the earlier value is kept.
      const earlier = setByEdit.get(`${id}\u0000${key}`);
      const overridesEarlierEdit = earlier !== undefined && !sameFieldValue(edit.field, earlier, next);
      if ((conflict || overridesEarlierEdit) && old && !sameFieldValue(edit.field, old, next)) {
        note(member, edit.field, old);
        if (!conflictRecorded) {
          result.conflicts.push({ ids: edit.ids, field: edit.field, matrixValue: edit.edited, tableValue: overridesEarlierEdit ? old : tableValue, sheetRow: edit.sheetRow });
          conflictRecorded = true;
        }
      }
      if (old !== next) {
        member[key] = next || null;
        record(member, key);
      }
      setByEdit.set(`${id}\u0000${key}`, next);
    }
    result.applied.push(edit);
  }
  result.upserts = [...changed.values()];
  return result;
}
