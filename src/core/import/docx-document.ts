import JSZip from "jszip";
import { decodeXmlEntities, xmlAttribute } from "./xml-text";

/**
 * The text of a Word document as paragraphs and tables, read from word/document.xml with
 * jszip. Automatic numbering (the "25." and "(b)" Word adds itself) is written into the text,
 * since concluding observations number their paragraphs that way.
 */
export type DocxBlock = { paragraph: string } | { table: DocxTableRow[] };

/** A table row: its cells, each a list of paragraph texts. */
export type DocxTableRow = string[][];

export interface DocxDocument {
  blocks: DocxBlock[];
  /** Text of the page headers and footers (session, country and cycle often live there). */
  headerText: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (documentXml === undefined) throw new Error("no word/document.xml");
  const numbering = new Numbering(await zip.file("word/numbering.xml")?.async("string"));
  const headerFiles = Object.keys(zip.files).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name));
  const headers = await Promise.all(headerFiles.map((name) => zip.file(name)!.async("string")));
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  return {
    blocks: readBlocks(body, numbering),
    headerText: headers.map((xml) => paragraphsOf(xml, new Numbering(undefined)).join(" ")).join(" "),
  };
}

function readBlocks(body: string, numbering: Numbering): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  let position = 0;
  while (position < body.length) {
    const tableStart = body.indexOf("<w:tbl>", position);
    const end = tableStart < 0 ? body.length : tableStart;
    for (const paragraph of paragraphsOf(body.slice(position, end), numbering)) blocks.push({ paragraph });
    if (tableStart < 0) break;
    const tableEnd = matchingClose(body, tableStart, "w:tbl");
    blocks.push({ table: tableRows(body.slice(tableStart + 7, tableEnd), numbering) });
    position = tableEnd + "</w:tbl>".length;
  }
  return blocks;
}

/** Index of the closing tag that matches the element opened at `start`, nested ones skipped. */
function matchingClose(xml: string, start: number, name: string): number {
  const pattern = new RegExp(`<${name}>|</${name}>`, "g");
  pattern.lastIndex = start + 1;
  let depth = 1;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    depth += match[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return match.index;
  }
  return xml.length;
}

function tableRows(xml: string, numbering: Numbering): DocxTableRow[] {
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => paragraphsOf(cell, numbering)),
  );
}

function paragraphsOf(xml: string, numbering: Numbering): string[] {
  const paragraphs: string[] = [];
  for (const match of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = match[1] ?? "";
    const label = numbering.labelFor(inner);
    const text = runsText(inner);
    paragraphs.push(label ? `${label} ${text}` : text);
  }
  return paragraphs;
}

function runsText(paragraph: string): string {
  let text = "";
  for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr|noBreakHyphen)\b[^>]*\/>/g)) {
    if (match[1] !== undefined) text += decodeXmlEntities(match[1]);
    else text += match[2] === "tab" ? "\t" : match[2] === "noBreakHyphen" ? "-" : "\n";
  }
  return text;
}

/** Counters of Word's automatic numbering: numId -> abstract list -> per-level format and count. */
class Numbering {
  private readonly abstractOf = new Map<string, string>();
  private readonly formats = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    for (const abstract of xml.match(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g) ?? []) {
      const id = xmlAttribute(abstract, "w:abstractNumId") ?? "";
      for (const level of abstract.match(/<w:lvl\b[\s\S]*?<\/w:lvl>/g) ?? []) {
        const format = /<w:numFmt w:val="(\w+)"/.exec(level)?.[1] ?? "decimal";
        const text = /<w:lvlText w:val="([^"]*)"/.exec(level)?.[1] ?? "";
        this.formats.set(`${id}:${xmlAttribute(level, "w:ilvl")}`, `${format}|${decodeXmlEntities(text)}`);
      }
    }
    for (const num of xml.match(/<w:num\b[\s\S]*?<\/w:num>/g) ?? []) {
      const abstract = /<w:abstractNumId w:val="(\d+)"/.exec(num)?.[1];
      if (abstract !== undefined) this.abstractOf.set(xmlAttribute(num, "w:numId") ?? "", abstract);
    }
  }

  labelFor(paragraph: string): string | undefined {
    const properties = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraph)?.[1];
    if (!properties) return undefined;
    const numId = /<w:numId w:val="(\d+)"/.exec(properties)?.[1] ?? "";
    const level = Number(/<w:ilvl w:val="(\d+)"/.exec(properties)?.[1] ?? "0");
    const abstract = this.abstractOf.get(numId);
    if (abstract === undefined) return undefined;
    const [format, template] = (this.formats.get(`${abstract}:${level}`) ?? "decimal|").split("|");
    const counts = this.counters.get(abstract) ?? [];
    counts[level] = (counts[level] ?? 0) + 1;
    counts.length = level + 1;
    this.counters.set(abstract, counts);
    if (format === "bullet" || format === "none") return undefined;
    return template.replace(/%(\d)/g, (_, n: string) => formatNumber(counts[Number(n) - 1] ?? 1, Number(n) - 1 === level ? format : "decimal"));
  }
}

function formatNumber(value: number, format: string): string {
  if (format === "lowerLetter") return String.fromCharCode(96 + ((value - 1) % 26) + 1);
  if (format === "upperLetter") return String.fromCharCode(64 + ((value - 1) % 26) + 1);
  if (format === "lowerRoman" || format === "upperRoman") {
    const roman = toRoman(value);
    return format === "lowerRoman" ? roman.toLowerCase() : roman;
  }
  return String(value);
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = value;
  let text = "";
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
