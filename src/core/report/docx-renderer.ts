import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { VERSION } from "../../model/version";
import { fitColumnWidths } from "./column-widths";
import type { ReportBlock, ReportDocument, ReportSection, ReportTable } from "./report-document";

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const HEADER_FILL = "1F4E79";
const LANGUAGE_TAGS = { en: "en-GB", es: "es-ES", fr: "fr-FR" } as const;

const CELL_STYLE = "RightsMatrixCell";
/** Table cells are 9 pt. */
const CELL_FONT_HALF_POINTS = 18;

// Formatting lives in one paragraph style and the table's own borders, not in every cell: a
// 5,000-row report then stays a few megabytes and renders in seconds.
// One paragraph per cell, its lines separated by line breaks: half the objects of a paragraph per line.
function cellParagraphs(text: string, bold: boolean, colour?: string): Paragraph[] {
  const runs = text.split(/\r?\n/).map((line, index) => (bold || colour || index > 0 ? new TextRun({ text: line, bold, color: colour, break: index > 0 ? 1 : undefined }) : new TextRun(line)));
  return [new Paragraph({ style: CELL_STYLE, children: runs })];
}

function renderTable(table: ReportTable, usableWidth: number): Table {
  // Sized from the content at the cells' font size; the widths add up to the page's text width.
  const widths = fitColumnWidths(
    table.headers.map((header, index) => ({ header, cells: table.rows.map((row) => row[index] ?? "") })),
    usableWidth,
    CELL_FONT_HALF_POINTS / 2,
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map(
      (text, index) =>
        new TableCell({
          width: { size: widths[index], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          children: cellParagraphs(text, true, "FFFFFF"),
        }),
    ),
  });
  const bold = new Set(table.boldRows ?? []);
  const body = table.rows.map(
    (row, rowIndex) =>
      new TableRow({
        // A row moves to the next page whole unless it is longer than a page itself.
        cantSplit: row.join("").length < 2500,
        // Every cell states its width too: Word lays out a fixed table from the cells' widths.
        children: row.map((text, index) => new TableCell({ width: { size: widths[index], type: WidthType.DXA }, children: cellParagraphs(text, bold.has(rowIndex)) })),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: usableWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [header, ...body],
  });
}

function renderBlock(block: ReportBlock, usableWidth: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case "paragraph":
      return block.text.split(/\r?\n/).map((line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(line)] }));
    case "table":
      // An empty paragraph after a table keeps the next heading from sticking to it.
      return [renderTable(block.table, usableWidth), new Paragraph({})];
  }
}

function pageOf(landscape: boolean) {
  return {
    size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  };
}

function renderSection(section: ReportSection): ISectionOptions {
  const usableWidth = (section.landscape ? A4.height : A4.width) - 2 * MARGIN;
  return { properties: { page: pageOf(section.landscape) }, children: section.blocks.flatMap((block) => renderBlock(block, usableWidth)) };
}

function titleSection(report: ReportDocument): ISectionOptions {
  return {
    properties: { page: pageOf(false) },
    children: [
      new Paragraph({ spacing: { before: 3000, after: 600 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.title, bold: true, size: 48 })] }),
      ...report.titlePage.map(
        (line) => new Paragraph({ spacing: { after: 240 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 26 })] }),
      ),
    ],
  };
}

/**
 * Writes a report as a .docx (Word 2007+) with the `docx` library, which runs in the browser and
 * in Node alike. Table header rows repeat on every page; wide sections are landscape.
 */
export async function renderDocx(report: ReportDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: `Rights Matrix ${VERSION}`,
    title: report.title,
    styles: {
      default: { document: { run: { font: "Calibri", size: 21, language: { value: LANGUAGE_TAGS[report.language] } } } },
      paragraphStyles: [{ id: CELL_STYLE, name: "Rights Matrix table cell", basedOn: "Normal", run: { size: CELL_FONT_HALF_POINTS }, paragraph: { spacing: { after: 40 } } }],
    },
    sections: [titleSection(report), ...report.sections.map(renderSection)],
  });
  return Packer.pack(document, "uint8array");
}
