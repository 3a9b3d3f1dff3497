import { joinMultiValue } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { IMPLEMENTATION_STATUSES } from "../../model/vocabularies";
import { compareNatural } from "./natural-order";

/**
 * The matrix columns people may edit, each bound to a Recommendations column. A matrix row can
 * stand for several recommendations (an overlap group), so each field says how the members'
 * values combine into one cell, and when two cell values mean the same.
 */
export type EditableField = "status" | "responsibleInstitutions" | "assessment";
export const EDITABLE_FIELDS: readonly EditableField[] = ["status", "responsibleInstitutions", "assessment"];

/** Keeps several members' assessments apart in one cell. */
const ASSESSMENT_SEPARATOR = "\n\n";

function statusRank(status: string): number {
  const index = (IMPLEMENTATION_STATUSES as readonly string[]).indexOf(status);
  return index >= 0 ? index : IMPLEMENTATION_STATUSES.length;
}

const distinct = (values: readonly string[]): string[] => [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];

/** The members' statuses, least advanced first: one value when they agree. */
export function combineStatuses(values: readonly string[]): string[] {
  return distinct(values).sort((a, b) => statusRank(a) - statusRank(b) || compareNatural(a, b));
}

/** The union of the members' institutions, in the order first met. */
export function combineInstitutions(lists: readonly (readonly string[])[]): string[] {
  return distinct(lists.flat());
}

export function combineAssessments(values: readonly string[]): string[] {
  return distinct(values.map(normalizeLineEnds));
}

/** The cell text a matrix row shows for a field. */
export function fieldCellText(field: EditableField, values: readonly string[]): string {
  switch (field) {
    case "status":
      return values.join("; ");
    case "responsibleInstitutions":
      return joinMultiValue([...values]);
    case "assessment":
      return values.join(ASSESSMENT_SEPARATOR);
  }
}

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** Institution lists are sets: reordering them is not an edit; other fields compare as text. */
export function sameFieldValue(field: EditableField, a: string, b: string): boolean {
  if (field === "responsibleInstitutions") {
    const set = (text: string) => [...new Set(text.split(/;|\n/).map((part) => normalizeText(part)).filter(Boolean))].sort().join("|");
    return set(a) === set(b);
  }
  return normalizeLineEnds(a) === normalizeLineEnds(b);
}
