import type { SheetPlan } from "../plan";
import { chartOnSheet, chartPartXml } from "./chart-part";
import { drawingPartXml } from "./drawing-part";
import { relationshipsPart, relativeTarget, type PackageDraft } from "./package";
import { CONTENT_TYPE, REL_TYPE, readRelationships, relationshipsXml } from "./package-parts";

/**
 * A generated sheet's charts as package parts: its drawing, one chart part per plan chart, and
 * the relationships between them. Regenerating the sheet takes its old drawing and charts away
 * first, so the sheet ends with one set of charts, and leaves any part something else refers to.
 */

/** Chart parts Excel keeps beside a chart (its style and colours): they go with their chart. */
const CHART_COMPANIONS = new Set(["chartStyle", "chartColorStyle"]);

/**
 * Removes the drawing the old sheet had (a generated sheet is written whole, its drawing with
 * it), the charts in it and their companions, unless another part of the package refers to one
 * of them. Returns the parts removed, for [Content_Types].xml.
 */
export async function removeSheetDrawing(draft: PackageDraft, sheetPart: string): Promise<string[]> {
  const candidates: { part: string; parent: string | null }[] = [];
  for (const rel of await readRelationships(draft, sheetPart)) {
    if (rel.kind !== "drawing" || rel.external || !draft.has(rel.part)) continue;
    candidates.push({ part: rel.part, parent: null });
    for (const chart of await readRelationships(draft, rel.part)) {
      if (chart.kind !== "chart" || chart.external || !draft.has(chart.part)) continue;
      candidates.push({ part: chart.part, parent: rel.part });
      for (const companion of await readRelationships(draft, chart.part)) {
        if (CHART_COMPANIONS.has(companion.kind) && !companion.external && draft.has(companion.part)) candidates.push({ part: companion.part, parent: chart.part });
      }
    }
  }
  if (candidates.length === 0) return [];
  const leaving = new Set([sheetPart, ...candidates.map((candidate) => candidate.part)].map((part) => part.toLowerCase()));
  const referencedElsewhere = await partsReferencedFrom(draft, (source) => !leaving.has(source.toLowerCase()));
  const kept = new Set<string>();
  const removed: string[] = [];
  // Parents come before their children, so a part under a kept part is kept too.
  for (const { part, parent } of candidates) {
    const key = part.toLowerCase();
    if (referencedElsewhere.has(key) || (parent !== null && kept.has(parent.toLowerCase()))) {
      kept.add(key);
      continue;
    }
    draft.remove(part);
    draft.remove(relationshipsPart(part));
    removed.push(part);
  }
  return removed;
}

/** Every internal part that a relationship of an accepted source part points at, lower-cased. */
async function partsReferencedFrom(draft: PackageDraft, accept: (source: string) => boolean): Promise<Set<string>> {
  const referenced = new Set<string>();
  for (const name of draft.partNames()) {
    const source = sourceOfRelationshipsPart(name);
    if (source === null || !accept(source)) continue;
    for (const rel of await readRelationships(draft, source)) if (!rel.external) referenced.add(rel.part.toLowerCase());
  }
  return referenced;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" -> "xl/worksheets/sheet1.xml"; "_rels/.rels" -> "" (the package); null for other parts. */
function sourceOfRelationshipsPart(name: string): string | null {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
  return match ? `${match[1]}${match[2]}` : null;
}

export interface WrittenCharts {
  /** The relationship the sheet needs to its drawing. */
  relationship: { type: string; target: string };
  added: { part: string; type: string }[];
}

/** Writes the drawing and chart parts for the plan's charts; null when the plan has none. */
export function writeSheetCharts(draft: PackageDraft, plan: SheetPlan, sheetPart: string, freePart: (stem: string, extension: string) => string): WrittenCharts | null {
  const charts = (plan.charts ?? []).map((chart) => chartOnSheet(plan, chart));
  if (charts.length === 0) return null;
  const drawingPart = freePart("xl/drawings/drawing", ".xml");
  // Reserved before the chart parts are named, so no chart takes its name.
  draft.write(drawingPart, "");
  const added = [{ part: drawingPart, type: CONTENT_TYPE.drawing }];
  const chartRels = charts.map((chart, index) => {
    const part = freePart("xl/charts/chart", ".xml");
    draft.write(part, chartPartXml(chart));
    // A stray relationships part of that name would otherwise attach itself to the new chart.
    draft.remove(relationshipsPart(part));
    added.push({ part, type: CONTENT_TYPE.chart });
    return { id: `rId${index + 1}`, type: REL_TYPE.chart, target: relativeTarget(drawingPart, part) };
  });
  draft.write(drawingPart, drawingPartXml(charts, chartRels.map((rel) => rel.id)));
  draft.write(relationshipsPart(drawingPart), relationshipsXml(chartRels));
  return { relationship: { type: REL_TYPE.drawing, target: relativeTarget(sheetPart, drawingPart) }, added };
}
