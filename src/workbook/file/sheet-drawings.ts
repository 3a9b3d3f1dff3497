import type { Relationship } from "./package-parts";

/**
 * What people put on a sheet we generate and that is not cells: charts, pictures and shapes (the
 * sheet's drawing) and comment boxes (its legacy VML drawing and comments). A generated sheet is
 * written whole from its plan, so these are carried over to the new text: the same elements, the
 * same relationships with the same IDs, and the parts themselves are untouched. They sit where
 * they sat: a chart over the Dashboard's counts still reads the same cells, since the plan lays
 * the sheet out the same way every time.
 */

export interface KeptDrawings {
  /** Elements for the new sheet text, in schema order (after the page set-up and breaks, before the table parts). */
  xml: string;
  /** The relationships they need, from the old sheet's. */
  relationships: Relationship[];
}

const KEPT_ELEMENTS = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture"];
/** Relationship kinds of the parts those elements name. */
export const DRAWING_KINDS: ReadonlySet<string> = new Set(["drawing", "vmlDrawing", "image"]);
/** Parts a kept element brings along without naming them: a legacy drawing's comments. */
const COMPANIONS: Record<string, string[]> = { legacyDrawing: ["comments", "threadedComment"] };

export function keptDrawings(oldSheetXml: string, oldRelationships: readonly Relationship[]): KeptDrawings {
  const elements: string[] = [];
  const kept = new Set<string>();
  const kinds = new Set<string>();
  for (const local of KEPT_ELEMENTS) {
    const match = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])[^>]*?\\s(?:[\\w.-]+:)?id\\s*=\\s*["']([^"']*)["'][^>]*>`).exec(oldSheetXml);
    if (!match) continue;
    const rel = oldRelationships.find((candidate) => candidate.id === match[2]);
    if (!rel) continue;
    // The new sheet declares the relationships namespace as "r" and no prefix for its own elements.
    elements.push(`<${local} r:id="${match[2]}"/>`);
    kept.add(rel.id);
    kinds.add(local);
  }
  for (const local of kinds) {
    for (const companion of COMPANIONS[local] ?? []) for (const rel of oldRelationships) if (rel.kind === companion) kept.add(rel.id);
  }
  return { xml: elements.join(""), relationships: oldRelationships.filter((rel) => kept.has(rel.id)) };
}
