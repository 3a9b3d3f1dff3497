import JSZip from "jszip";
import { decodeXmlEntities, xmlAttribute } from "./xml-text";

/**
 * The first worksheet of an .xlsx as rows of text, read straight from the sheet XML (jszip):
 * an import needs cell text, not styles, and core must not depend on a spreadsheet library.
 * Numbers come back as their text ("45123" for a date serial); formulas as their cached result.
 */
export interface SheetRow {
  /** 1-based worksheet row number. */
  row: number;
  cells: string[];
}

export async function readFirstSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetPath = await firstSheetPath(zip);
  const sheetXml = await zip.file(sheetPath)?.async("string");
  if (sheetXml === undefined) throw new Error(`no worksheet at ${sheetPath}`);
  const shared = await sharedStrings(zip);
  return [...sheetRows(sheetXml, shared)];
}

async function firstSheetPath(zip: JSZip): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const relations = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !relations) throw new Error("no xl/workbook.xml");
  const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0];
  const relationId = sheetTag ? xmlAttribute(sheetTag, "r:id") : undefined;
  for (const tag of relations.match(/<Relationship\s[^>]*>/g) ?? []) {
    if (xmlAttribute(tag, "Id") !== relationId) continue;
    const target = xmlAttribute(tag, "Target") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return "xl/worksheets/sheet1.xml";
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = await zip.file("xl/sharedStrings.xml")?.async("string");
  if (!xml) return [];
  return (xml.match(/<(?:\w+:)?si>[\s\S]*?<\/(?:\w+:)?si>/g) ?? []).map(runText);
}

/** The text of <t> elements, skipping phonetic runs (<rPh>). */
function runText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += match[1];
  return decodeXmlEntities(text);
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const character of reference) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

function* sheetRows(xml: string, shared: string[]): Generator<SheetRow> {
  const rowPattern = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cellPattern = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let previousRow = 0;
  for (const rowMatch of xml.matchAll(rowPattern)) {
    const rowNumber = Number(xmlAttribute(` ${rowMatch[1]}`, "r") ?? previousRow + 1);
    previousRow = rowNumber;
    const cells: string[] = [];
    let previousColumn = -1;
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(cellPattern)) {
      const attributes = ` ${cellMatch[1]}`;
      const reference = xmlAttribute(attributes, "r");
      const column = reference ? columnIndex(reference) : previousColumn + 1;
      previousColumn = column;
      cells[column] = cellText(xmlAttribute(attributes, "t"), cellMatch[2] ?? "", shared);
    }
    for (let index = 0; index < cells.length; index++) cells[index] ??= "";
    yield { row: rowNumber, cells };
  }
}

function cellText(type: string | undefined, inner: string, shared: string[]): string {
  if (type === "inlineStr") return runText(inner);
  const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (value === undefined) return "";
  if (type === "s") return shared[Number(value)] ?? "";
  if (type === "b") return value === "1" ? "TRUE" : "FALSE";
  return decodeXmlEntities(value);
}

/**
 * The worksheet of that name (as Excel shows it, case aside), or undefined if the workbook has
 * none: our own workbook keeps its Recommendations table behind the Dashboard and the matrix.
 */
export async function readNamedSheet(bytes: Uint8Array, name: string): Promise<SheetRow[] | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const relations = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !relations) return undefined;
  const wanted = name.toLowerCase();
  const sheetTag = (workbook.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []).find((tag) => (xmlAttribute(tag, "name") ?? "").toLowerCase() === wanted);
  const relationId = sheetTag ? xmlAttribute(sheetTag, "r:id") : undefined;
  const relation = (relations.match(/<Relationship\s[^>]*>/g) ?? []).find((tag) => relationId !== undefined && xmlAttribute(tag, "Id") === relationId);
  if (!relation) return undefined;
  const target = xmlAttribute(relation, "Target") ?? "";
  const sheetXml = await zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)?.async("string");
  if (sheetXml === undefined) return undefined;
  return [...sheetRows(sheetXml, await sharedStrings(zip))];
}
