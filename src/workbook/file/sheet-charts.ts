import { chartOnSheet, chartPartXml } from "./chart-part";
import { isOwnChartName, type SheetPlan } from "../plan";
import { chartTitle, drawingAnchors, splitDrawing, withAnchors } from "./drawing-anchors";
import { chartAnchorsXml, drawingPartXml } from "./drawing-part";
import { relationshipsPart, relativeTarget, type PackageDraft } from "./package";
import { CONTENT_TYPE, REL_TYPE, freeRelationshipId, readRelationships, relationshipsXml, withRelationships, withoutRelationships, type Relationship } from "./package-parts";

/**
 * A generated sheet's charts as package parts: its drawing, one chart part per plan chart, and
 * the relationships between them. Regenerating the sheet takes our old charts away first, so the
 * sheet ends with one set of ours, and leaves a person's charts and any part something else refers to.
 */

/** Chart parts Excel keeps beside a chart (its style and colours): they go with their chart. */
const CHART_COMPANIONS = new Set(["chartStyle", "chartColorStyle"]);

/**
 * Takes our charts off the old sheet before it is written again: their anchors leave its drawing,
 * and the chart parts and their companions go unless another part refers to one. The drawing
 * itself goes too when nothing else is on it; a chart or picture a person put there keeps it
 * (sheet-drawings.ts carries it over). Returns the parts removed, for [Content_Types].xml.
 */
export async function removeOwnCharts(draft: PackageDraft, sheetPart: string, ownTitles: readonly string[]): Promise<string[]> {
  const candidates: { part: string; parent: string | null }[] = [];
  for (const rel of await readRelationships(draft, sheetPart)) {
    if (rel.kind !== "drawing" || rel.external || !draft.has(rel.part)) continue;
    const drawingXml = (await draft.text(rel.part)) ?? "";
    const drawingRelationships = await readRelationships(draft, rel.part);
    const ownByTitle = await chartIdsTitled(draft, drawingXml, drawingRelationships, ownTitles);
    // Our name marks our charts; a program that rewrote the drawing (openpyxl names every chart "Chart N") leaves their titles.
    const drawing = splitDrawing(drawingXml, (anchor) => isOwnChartName(anchor.name) || (anchor.chartIds.length > 0 && anchor.chartIds.every((id) => ownByTitle.has(id))));
    const ownIds = new Set(drawing.own.flatMap((anchor) => anchor.chartIds));
    const whole = drawing.others.length === 0;
    if (whole) candidates.push({ part: rel.part, parent: null });
    else if (drawing.own.length > 0) {
      draft.write(rel.part, drawing.without);
      const relsPart = relationshipsPart(rel.part);
      const relsXml = await draft.text(relsPart);
      if (relsXml !== null) draft.write(relsPart, withoutRelationships(relsXml, relsPart, [...ownIds]));
    }
    for (const chart of drawingRelationships) {
      if (chart.kind !== "chart" || chart.external || !draft.has(chart.part) || !(whole || ownIds.has(chart.id))) continue;
      candidates.push({ part: chart.part, parent: whole ? rel.part : null });
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

/** Relationship IDs of the drawing's charts whose title is one of ours. */
async function chartIdsTitled(draft: PackageDraft, drawingXml: string, drawingRelationships: readonly Relationship[], titles: readonly string[]): Promise<Set<string>> {
  const titled = new Set<string>();
  if (titles.length === 0) return titled;
  const shown = new Set(drawingAnchors(drawingXml).flatMap((anchor) => anchor.chartIds));
  for (const chart of drawingRelationships) {
    if (chart.kind !== "chart" || chart.external || !shown.has(chart.id)) continue;
    const xml = await draft.text(chart.part);
    if (xml !== null && titles.includes(chartTitle(xml))) titled.add(chart.id);
  }
  return titled;
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
  /** The relationship the sheet needs to a drawing of its own; null when the charts joined the drawing it keeps. */
  relationship: { type: string; target: string } | null;
  added: { part: string; type: string }[];
}

/**
 * Writes the chart parts for the plan's charts, null when it has none. They go into `keptDrawing`,
 * the drawing a person's charts or pictures keep on the sheet (a sheet has one drawing), or into
 * a drawing of their own.
 */
export async function writeSheetCharts(
  draft: PackageDraft,
  plan: SheetPlan,
  sheetPart: string,
  freePart: (stem: string, extension: string) => string,
  keptDrawing: string | null,
): Promise<WrittenCharts | null> {
  const charts = (plan.charts ?? []).map((chart) => chartOnSheet(plan, chart));
  if (charts.length === 0) return null;
  const drawingPart = keptDrawing ?? freePart("xl/drawings/drawing", ".xml");
  const drawingXml = keptDrawing === null ? null : ((await draft.text(keptDrawing)) ?? "");
  const relsPart = relationshipsPart(drawingPart);
  const relsXml = keptDrawing === null ? null : await draft.text(relsPart);
  const taken = keptDrawing === null ? [] : (await readRelationships(draft, keptDrawing)).map((rel) => rel.id);
  // Reserved before the chart parts are named, so no chart takes its name.
  if (drawingXml === null) draft.write(drawingPart, "");
  const added = drawingXml === null ? [{ part: drawingPart, type: CONTENT_TYPE.drawing }] : [];
  const chartRels = charts.map((chart) => {
    const part = freePart("xl/charts/chart", ".xml");
    draft.write(part, chartPartXml(chart));
    // A stray relationships part of that name would otherwise attach itself to the new chart.
    draft.remove(relationshipsPart(part));
    added.push({ part, type: CONTENT_TYPE.chart });
    const id = freeRelationshipId(taken);
    taken.push(id);
    return { id, type: REL_TYPE.chart, target: relativeTarget(drawingPart, part) };
  });
  const ids = chartRels.map((rel) => rel.id);
  if (drawingXml === null) {
    draft.write(drawingPart, drawingPartXml(charts, ids));
    draft.write(relsPart, relationshipsXml(chartRels));
    return { relationship: { type: REL_TYPE.drawing, target: relativeTarget(sheetPart, drawingPart) }, added };
  }
  draft.write(drawingPart, withAnchors(drawingXml, drawingPart, chartAnchorsXml(charts, ids, splitDrawing(drawingXml).nextShapeId, true)));
  draft.write(relsPart, relsXml === null ? relationshipsXml(chartRels) : withRelationships(relsXml, relsPart, chartRels));
  return { relationship: null, added };
}
