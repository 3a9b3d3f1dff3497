import { relationshipsPart, resolveTarget, type PackageDraft } from "./package";
import { applySplices, attributeByLocalName, decodeXmlText, escapeAttribute, escapeText, scanXml, withAttribute, type Splice, type XmlElement } from "./xml";

/** The package-level parts: relationships, content types and the workbook part's list of sheets. */

export const RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_TYPE = {
  worksheet: `${RELATIONSHIP_NS}/worksheet`,
  table: `${RELATIONSHIP_NS}/table`,
  styles: `${RELATIONSHIP_NS}/styles`,
  drawing: `${RELATIONSHIP_NS}/drawing`,
  chart: `${RELATIONSHIP_NS}/chart`,
};
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

export interface Relationship {
  id: string;
  /** The type's last segment ("worksheet", "table", "officeDocument"), as transitional and strict packages agree on it. */
  kind: string;
  type: string;
  /** The target part, resolved; external targets keep their text. */
  part: string;
  external: boolean;
}

export async function readRelationships(draft: PackageDraft, sourcePart: string): Promise<Relationship[]> {
  const relsPart = sourcePart === "" ? "_rels/.rels" : relationshipsPart(sourcePart);
  const xml = await draft.text(relsPart);
  if (xml === null) return [];
  const relationships: Relationship[] = [];
  scanXml(xml, relsPart, {
    open(element) {
      if (element.local !== "Relationship") return;
      const type = element.attributes.Type ?? "";
      const target = element.attributes.Target ?? "";
      const external = element.attributes.TargetMode === "External";
      relationships.push({ id: element.attributes.Id ?? "", type, kind: type.slice(type.lastIndexOf("/") + 1), part: external ? target : resolveTarget(sourcePart, target), external });
    },
  });
  return relationships;
}

export function relationshipsXml(relationships: readonly { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    relationships.map((rel) => `<Relationship Id="${escapeAttribute(rel.id)}" Type="${escapeAttribute(rel.type)}" Target="${escapeAttribute(rel.target)}"${rel.external ? ` TargetMode="External"` : ""}/>`).join("") +
    `</Relationships>`
  );
}

/** Adds relationships to an existing .rels part, leaving the others as written. */
export function withRelationships(xml: string, relsPart: string, added: readonly { id: string; type: string; target: string }[]): string {
  let closeAt = -1;
  let selfClosing: XmlElement | null = null;
  scanXml(xml, relsPart, {
    open(element) {
      if (element.depth === 0 && element.selfClosing) selfClosing = element;
    },
    close(element, end) {
      if (element.depth === 0 && !element.selfClosing) closeAt = xml.lastIndexOf("</", end - 1);
    },
  });
  const entries = added.map((rel) => `<Relationship Id="${escapeAttribute(rel.id)}" Type="${escapeAttribute(rel.type)}" Target="${escapeAttribute(rel.target)}"/>`).join("");
  const root = selfClosing as XmlElement | null;
  if (root) return `${xml.slice(0, root.openEnd - 2)}>${entries}</${root.name}>${xml.slice(root.openEnd)}`;
  return `${xml.slice(0, closeAt)}${entries}${xml.slice(closeAt)}`;
}

/** An unused relationship ID ("rId7"). */
export function freeRelationshipId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let number = 1; ; number++) if (!used.has(`rId${number}`)) return `rId${number}`;
}

/** [Content_Types].xml with overrides added for new parts and removed for parts that went. */
export function patchContentTypes(xml: string, added: readonly { part: string; type: string }[], removed: readonly string[]): string {
  const gone = new Set(removed.map((part) => `/${part}`.toLowerCase()));
  const splices: Splice[] = [];
  let closeAt = -1;
  const present = new Set<string>();
  scanXml(xml, "[Content_Types].xml", {
    close(element, end) {
      if (element.depth === 0) closeAt = xml.lastIndexOf("</", end - 1);
      if (element.local !== "Override") return;
      const name = (element.attributes.PartName ?? "").toLowerCase();
      if (gone.has(name)) splices.push({ start: element.start, end, text: "" });
      else present.add(name);
    },
  });
  const entries = added
    .filter((entry) => !present.has(`/${entry.part}`.toLowerCase()))
    .map((entry) => `<Override PartName="/${escapeAttribute(entry.part)}" ContentType="${escapeAttribute(entry.type)}"/>`)
    .join("");
  if (entries) splices.push({ start: closeAt, end: closeAt, text: entries });
  return applySplices(xml, splices);
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relationshipId: string;
  /** The worksheet part; null for a chart sheet or a missing part. */
  part: string | null;
  /** The `<sheet>` element as written. */
  xml: string;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId: number | null;
  xml: string;
}

/** What the commands need from the workbook part, with where to splice it. */
export interface WorkbookInfo {
  part: string;
  xml: string;
  sheets: SheetEntry[];
  date1904: boolean;
  /** [start, end) of the `<sheets>` element and of `<definedNames>` (null: absent). */
  sheetsRange: { start: number; end: number; name: string };
  definedNamesRange: { start: number; end: number; name: string } | null;
  definedNames: DefinedNameEntry[];
  /** Where a new `<definedNames>` goes: before the first element that must follow it. */
  definedNamesInsertAt: number;
  /** The prefix bound to the relationships namespace on the root ("r"), if any. */
  relationshipPrefix: string | null;
  relationships: Relationship[];
  /** The `<calcPr>` start tag, if any. */
  calcPr: { start: number; openEnd: number } | null;
}

const AFTER_DEFINED_NAMES = new Set(["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);

export async function readWorkbookInfo(draft: PackageDraft, label: string): Promise<WorkbookInfo> {
  const rootRelationships = await readRelationships(draft, "");
  const office = rootRelationships.find((rel) => rel.kind === "officeDocument" && !rel.external);
  const part = office && draft.find(office.part) ? (draft.find(office.part) as string) : draft.find("xl/workbook.xml");
  if (!part) throw new WorkbookStructureError(`${label} has no workbook part`);
  const xml = (await draft.text(part)) as string;
  const relationships = await readRelationships(draft, part);
  const relById = new Map(relationships.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  let sheetsRange: WorkbookInfo["sheetsRange"] | null = null;
  let definedNamesRange: WorkbookInfo["definedNamesRange"] = null;
  let definedNamesInsertAt = -1;
  let relationshipPrefix: string | null = null;
  let rootClose = xml.length;
  let calcPr: WorkbookInfo["calcPr"] = null;
  scanXml(xml, part, {
    open(element) {
      if (element.depth === 0) {
        for (const [name, value] of Object.entries(element.attributes)) if (name.startsWith("xmlns:") && value === RELATIONSHIP_NS) relationshipPrefix = name.slice(6);
      }
      if (element.depth === 1 && element.local === "workbookPr") {
        const value = element.attributes.date1904;
        date1904 = value === "1" || value === "true";
      }
      if (element.depth === 1 && AFTER_DEFINED_NAMES.has(element.local) && definedNamesInsertAt < 0) definedNamesInsertAt = element.start;
      if (element.depth === 1 && element.local === "calcPr") calcPr = { start: element.start, openEnd: element.openEnd };
    },
    close(element, end) {
      if (element.depth === 0) rootClose = xml.lastIndexOf("</", end - 1);
      if (element.depth === 1 && element.local === "sheets") sheetsRange = { start: element.start, end, name: element.name };
      if (element.depth === 1 && element.local === "definedNames") definedNamesRange = { start: element.start, end, name: element.name };
      if (element.depth === 2 && element.local === "sheet") {
        const relationshipId = attributeByLocalName(element.attributes, "id") ?? "";
        const rel = relById.get(relationshipId);
        sheets.push({
          name: element.attributes.name ?? "",
          sheetId: Number(element.attributes.sheetId ?? 0),
          relationshipId,
          part: rel && rel.kind === "worksheet" ? (draft.find(rel.part) ?? null) : null,
          xml: xml.slice(element.start, end),
        });
      }
      if (element.depth === 2 && element.local === "definedName") {
        const local = element.attributes.localSheetId;
        definedNames.push({ name: element.attributes.name ?? "", localSheetId: local === undefined ? null : Number(local), xml: xml.slice(element.start, end) });
      }
    },
  });
  if (!sheetsRange) throw new WorkbookStructureError(`${part} has no list of sheets`);
  return {
    part,
    xml,
    sheets,
    date1904,
    sheetsRange,
    definedNamesRange,
    definedNames,
    definedNamesInsertAt: definedNamesInsertAt >= 0 ? definedNamesInsertAt : rootClose,
    relationshipPrefix,
    relationships,
    calcPr,
  };
}

/**
 * The workbook part asking to be calculated when it is opened (formulas were written without
 * their values); null when it already asks.
 */
export function withFullCalcOnLoad(info: WorkbookInfo): string | null {
  const { xml, calcPr } = info;
  if (calcPr) {
    const tag = xml.slice(calcPr.start, calcPr.openEnd);
    if (/\sfullCalcOnLoad\s*=\s*["'](1|true)["']/.test(tag)) return null;
    return applySplices(xml, [{ start: calcPr.start, end: calcPr.openEnd, text: withAttribute(tag, "fullCalcOnLoad", "1") }]);
  }
  // calcPr follows definedNames and comes before everything listed after it.
  const prefix = info.sheetsRange.name.slice(0, info.sheetsRange.name.length - "sheets".length);
  const at = info.definedNamesRange ? info.definedNamesRange.end : info.definedNamesInsertAt;
  return applySplices(xml, [{ start: at, end: at, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` }]);
}

/** A package that reads as XML but lacks what every workbook has. */
export class WorkbookStructureError extends Error {}

/** A .rels part without the given relationships. */
export function withoutRelationships(xml: string, relsPart: string, ids: readonly string[]): string {
  const gone = new Set(ids);
  const splices: Splice[] = [];
  scanXml(xml, relsPart, {
    close(element, end) {
      if (element.local === "Relationship" && gone.has(element.attributes.Id ?? "")) splices.push({ start: element.start, end, text: "" });
    },
  });
  return applySplices(xml, splices);
}

/**
 * The workbook part with each defined name's formula rewritten (`rewrite` returns the text as it
 * was to leave a name alone); null when no name changes.
 */
export function withDefinedNames(info: WorkbookInfo, rewrite: (formula: string) => string): string | null {
  const splices: Splice[] = [];
  let offset = info.definedNamesRange?.start ?? 0;
  for (const name of info.definedNames) {
    const at = info.xml.indexOf(name.xml, offset);
    offset = at + name.xml.length;
    const open = name.xml.indexOf(">") + 1;
    const close = name.xml.lastIndexOf("</");
    if (at < 0 || open <= 0 || close < open) continue;
    const formula = decodeXmlText(name.xml.slice(open, close));
    const rewritten = rewrite(formula);
    if (rewritten !== formula) splices.push({ start: at + open, end: at + close, text: escapeText(rewritten) });
  }
  return splices.length > 0 ? applySplices(info.xml, splices) : null;
}
