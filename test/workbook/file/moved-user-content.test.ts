/**
 * What people attach to cells and sheets follows the cells when a write moves them, and stays
 * when a write replaces a sheet: comments and links of rows that close up after a deletion, a
 * chart or comment someone put on the Dashboard, the calculation chain that must not name cells
 * that are no longer formulas, and a calculated column's formula in the rows a write adds.
 * Each case is read back by openpyxl and by LibreOffice.
 * Fixture: test/fixtures/workbooks/openpyxl-user-content.xlsx (PROVENANCE.md), edited here with
 * openpyxl the way a colleague would.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { generateMatrix } from "../../../src/app/generate-matrix";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";
import { readWithLibreOffice } from "../../support/libreoffice";
import { saveWithLibreOffice } from "../user-content/user-content";

const PYTHON = "/usr/bin/python3";
const FIXTURE = path.join(__dirname, "../../fixtures/workbooks/openpyxl-user-content.xlsx");
const TODAY = "2026-11-27";
// openpyxl reads and LibreOffice round trips: seconds each, more on a busy machine.
jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-moved-user-content-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function fileWith(bytes: Uint8Array): string {
  const file = path.join(dir, `book-${++counter}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

/** Runs a short openpyxl script on a workbook: argv[1] is the file, argv[2] an output file if any. */
function openpyxl(script: string, ...args: string[]): string {
  return execFileSync(PYTHON, ["-c", script, ...args], { encoding: "utf8", timeout: 120_000 });
}

async function partText(bytes: Uint8Array, part: string): Promise<string | null> {
  const file = (await JSZip.loadAsync(bytes)).file(part);
  return file ? file.async("string") : null;
}

/** A colleague's comments, links, formulas, highlight and dropdown on rows 4 to 9 of the Recommendations table. */
const DECORATE = `
import sys
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
book = load_workbook(sys.argv[1])
sheet = book["Recommendations"]
sheet["B4"].comment = Comment("Row four: ask the ombudsman", "Ana")
sheet["B6"].comment = Comment("Row six: goes with its row", "Ana")
sheet["B5"].hyperlink = "https://example.org/five"
sheet["B7"].hyperlink = Hyperlink(ref="B7", location="Budget!A1", display="see the budget")
sheet["B8"].hyperlink = "https://example.org/eight"
for row in range(5, 10):
    sheet["W%d" % row] = "=LEN(B%d)" % row
sheet.conditional_formatting.add("W4:W7", FormulaRule(formula=["W4>100"], fill=PatternFill("solid", fgColor="FFFFC7CE")))
positive = DataValidation(type="whole", operator="greaterThan", formula1="0")
positive.add("W5:W6")
sheet.add_data_validation(positive)
from openpyxl.workbook.defined_name import DefinedName
book.defined_names.append(DefinedName("Lengths", attr_text="Recommendations!$W$2:$W$9"))
book.defined_names.append(DefinedName("AskOmbudsman", attr_text="Recommendations!$B$4"))
book.defined_names.append(DefinedName("BudgetTable", attr_text="Budget!$A$1:$C$4"))
book.save(sys.argv[2])
`;

/** What openpyxl reads on the Recommendations sheet: comments, links, W's formulas, highlights, dropdowns, the note at Z12. */
const READ_RECOMMENDATIONS = `
import json, sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
sheet = book["Recommendations"]
print(json.dumps({
  "ids": [sheet.cell(row, 1).value for row in range(2, 10)],
  "comments": {cell.coordinate: cell.comment.text.strip() for row in sheet.iter_rows() for cell in row if cell.comment},
  "links": {cell.coordinate: cell.hyperlink.target or cell.hyperlink.location for row in sheet.iter_rows() for cell in row if cell.hyperlink},
  "formulas": [sheet["W%d" % row].value for row in range(2, 10)],
  "highlights": sorted("%s %s" % (r.sqref, rule.formula) for r in sheet.conditional_formatting for rule in r.rules),
  "dropdowns": sorted("%s %s" % (v.sqref, v.formula1) for v in sheet.data_validations.dataValidation if v.type == "whole" and v.operator == "greaterThan"),
  "note": sheet["Z12"].value,
  "names": {name.name: name.attr_text for name in book.defined_names.definedName},
  "ref": sheet.tables["Recommendations"].ref,
}))`;

interface Recommendations {
  ids: (string | null)[];
  comments: Record<string, string>;
  links: Record<string, string>;
  formulas: (string | null)[];
  highlights: string[];
  dropdowns: string[];
  note: string;
  names: Record<string, string>;
  ref: string;
}
const readRecommendations = (file: string) => JSON.parse(openpyxl(READ_RECOMMENDATIONS, file)) as Recommendations;

describe("rows deleted inside a table: what people attached to the rows below moves up with them", () => {
  let decorated: string;
  let before: Recommendations;
  let saved: Uint8Array;
  let deletedIds: string[];

  beforeAll(async () => {
    decorated = path.join(dir, "decorated.xlsx");
    openpyxl(DECORATE, FIXTURE, decorated);
    before = readRecommendations(decorated);
    const workbook = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(decorated)), "decorated.xlsx");
    const table = (await workbook.readTables(["Recommendations"])).Recommendations!;
    // Rows 3 (a link on B3) and 6 (a comment on B6).
    deletedIds = [3, 6].map((row) => table.rows[table.rowNumbers.indexOf(row)].id as string);
    await workbook.apply({ deletions: [{ table: "Recommendations", ids: deletedIds }] });
    saved = await workbook.toBytes();
  });

  test("the fixture holds what the test looks for", () => {
    expect(before.comments).toEqual({ B2: "Check the wording with the Ministry of Justice", B4: "Row four: ask the ombudsman", B6: "Row six: goes with its row" });
    expect(before.links).toEqual({ B3: "https://www.ohchr.org/en/hr-bodies/upr", B5: "https://example.org/five", B7: "Budget!A1", B8: "https://example.org/eight" });
  });

  test("openpyxl reads the comments and links on the rows they belonged to; the deleted rows' own went with them", () => {
    const after = readRecommendations(fileWith(saved));
    const kept = before.ids.filter((id) => !deletedIds.includes(id as string));
    expect(after.ids).toEqual([...kept, null, null]);
    expect(after.comments).toEqual({ B2: before.comments.B2, B3: before.comments.B4 });
    expect(after.links).toEqual({ B4: before.links.B5, B5: before.links.B7, B6: before.links.B8 });
    expect(after.note).toBe(before.note);
    expect(after.ref).toBe("A1:W7");
  });

  test("formulas in moved cells follow the cells they name; highlights and dropdowns on moved rows move with them", () => {
    const after = readRecommendations(fileWith(saved));
    expect(before.formulas).toEqual(["=LEN(B2)", "=LEN(B3)", "=LEN(B4)", "=LEN(B5)", "=LEN(B6)", "=LEN(B7)", "=LEN(B8)", "=LEN(B9)"]);
    expect(after.formulas).toEqual(["=LEN(B2)", "=LEN(B3)", "=LEN(B4)", "=LEN(B5)", "=LEN(B6)", "=LEN(B7)", null, null]);
    expect(before.highlights).toContain("W4:W7 ['W4>100']");
    expect(after.highlights).toContain("W3:W5 ['W3>100']");
    expect(after.dropdowns).toEqual(["W4 0"]);
  });

  test("defined names over the table's cells follow them; names over other sheets stay", () => {
    expect(before.names).toEqual({ Lengths: "Recommendations!$W$2:$W$9", AskOmbudsman: "Recommendations!$B$4", BudgetTable: "Budget!$A$1:$C$4" });
    expect(readRecommendations(fileWith(saved)).names).toEqual({ Lengths: "Recommendations!$W$2:$W$7", AskOmbudsman: "Recommendations!$B$3", BudgetTable: "Budget!$A$1:$C$4" });
  });

  test("no dangling parts: the deleted link's relationship is gone, every r:id resolves, the comment shapes sit on their rows", async () => {
    const sheet = (await partText(saved, "xl/worksheets/sheet1.xml"))!;
    const rels = (await partText(saved, "xl/worksheets/_rels/sheet1.xml.rels"))!;
    expect(rels).not.toContain("ohchr.org");
    const relIds = [...rels.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]);
    for (const [, id] of sheet.matchAll(/r:id="([^"]+)"/g)) expect(relIds).toContain(id);
    const hyperlinkRels = [...rels.matchAll(/<Relationship [^>]*hyperlink[^>]*>/g)].map((match) => /Id="([^"]+)"/.exec(match[0])![1]);
    for (const id of hyperlinkRels) expect(sheet).toContain(`r:id="${id}"`);
    const comments = (await partText(saved, "xl/comments/comment1.xml"))!;
    expect([...comments.matchAll(/<comment ref="([^"]+)"/g)].map((match) => match[1])).toEqual(["B2", "B3"]);
    const vml = (await partText(saved, "xl/drawings/commentsDrawing1.vml"))!;
    expect([...vml.matchAll(/<(?:\w+:)?Row>(\d+)<\/(?:\w+:)?Row>/g)].map((match) => match[1])).toEqual(["1", "2"]);
  });

  test("LibreOffice opens the file and finds the same comments and links where openpyxl does", () => {
    const reopened = path.join(dir, "deleted-libreoffice.xlsx");
    saveWithLibreOffice(fileWith(saved), reopened);
    const after = readRecommendations(reopened);
    expect(after.comments).toEqual({ B2: before.comments.B2, B3: before.comments.B4 });
    expect(after.links).toEqual({ B4: before.links.B5, B5: expect.stringContaining("Budget") as unknown as string, B6: before.links.B8 });
    expect(after.formulas.slice(0, 6)).toEqual(["=LEN(B2)", "=LEN(B3)", "=LEN(B4)", "=LEN(B5)", "=LEN(B6)", "=LEN(B7)"]);
  });
});

test("a workbook LibreOffice saved (its own comment, VML and link parts): comments, links and formulas move up with their rows", async () => {
  const decorated = path.join(dir, "decorated-for-libreoffice.xlsx");
  openpyxl(DECORATE, FIXTURE, decorated);
  const saved = path.join(dir, "saved-by-libreoffice.xlsx");
  saveWithLibreOffice(decorated, saved);
  const before = readRecommendations(saved);
  expect(Object.keys(before.comments)).toEqual(["B2", "B4", "B6"]);
  const workbook = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(saved)), "saved.xlsx");
  const table = (await workbook.readTables(["Recommendations"])).Recommendations!;
  await workbook.apply({ deletions: [{ table: "Recommendations", ids: [3, 6].map((row) => table.rows[table.rowNumbers.indexOf(row)].id as string) }] });
  const after = readRecommendations(fileWith(await workbook.toBytes()));
  expect(after.comments).toEqual({ B2: before.comments.B2, B3: before.comments.B4 });
  expect(after.links).toEqual({ B4: before.links.B5, B5: before.links.B7, B6: before.links.B8 });
  expect(after.formulas).toEqual(["=LEN(B2)", "=LEN(B3)", "=LEN(B4)", "=LEN(B5)", "=LEN(B6)", "=LEN(B7)", null, null]);
});

/** A colleague's chart on the Dashboard and on the Monitoring Matrix, over their cells. */
const ADD_CHARTS = `
import sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
book = load_workbook(sys.argv[1])
for name, anchor in (("Dashboard", "H2"), ("Monitoring Matrix", "P2")):
    sheet = book[name]
    chart = BarChart()
    chart.title = "Chart on " + name
    chart.add_data(Reference(sheet, min_col=2, min_row=4, max_row=8), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=5, max_row=8))
    sheet.add_chart(chart, anchor)
from openpyxl.comments import Comment
book["Dashboard"]["A1"].comment = Comment("Shown at the March meeting", "Ana")
book.save(sys.argv[2])
`;

const READ_CHARTS = `
import json, sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
charts = {name: [[s.val.numRef.f for s in chart.series] for chart in book[name]._charts] for name in ("Dashboard", "Monitoring Matrix", "Budget")}
comment = book["Dashboard"]["A1"].comment
charts["Dashboard comment"] = [[comment.text.strip()]] if comment else []
print(json.dumps(charts))`;

describe("a chart (and a comment) someone put on a generated sheet survives the sheet's regeneration", () => {
  let withCharts: string;
  let saved: Uint8Array;

  beforeAll(async () => {
    const workbook = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(FIXTURE)), "shared.xlsx");
    await generateMatrix(workbook, { today: TODAY });
    withCharts = path.join(dir, "charts.xlsx");
    openpyxl(ADD_CHARTS, fileWith(await workbook.toBytes()), withCharts);
    const again = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(withCharts)), "charts.xlsx");
    await generateMatrix(again, { today: TODAY });
    saved = await again.toBytes();
  });

  test("openpyxl reads the same charts, over the same cells, and the comment, after the matrix and dashboard were written again", () => {
    const before = JSON.parse(openpyxl(READ_CHARTS, withCharts)) as Record<string, string[][]>;
    // The Dashboard holds our chart (its status series) and the person's; openpyxl renamed ours "Chart 1" on saving.
    const persons = ["'Dashboard'!$B$5:$B$8"];
    expect(before.Dashboard).toContainEqual(persons);
    expect(before.Dashboard).toHaveLength(2);
    expect(before["Monitoring Matrix"]).toEqual([["'Monitoring Matrix'!$B$5:$B$8"]]);
    expect(before["Dashboard comment"]).toEqual([["Shown at the March meeting"]]);
    const after = JSON.parse(openpyxl(READ_CHARTS, fileWith(saved))) as Record<string, string[][]>;
    // Ours was replaced, not doubled; it is drawn after the person's now.
    const sorted = (charts: Record<string, string[][]>) => Object.fromEntries(Object.entries(charts).map(([sheet, list]) => [sheet, [...list].sort()]));
    expect(sorted(after)).toEqual(sorted(before));
  });

  test("the regenerated sheet keeps its drawing element and relationship, next to its tables' own", async () => {
    const zip = await JSZip.loadAsync(saved);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const relId = /<sheet [^>]*name="Dashboard"[^>]*r:id="([^"]+)"/.exec(workbookXml)![1];
    const target = new RegExp(`Id="${relId}"[^>]*|[^<]*Id="${relId}"`).exec(workbookRels)![0];
    const sheetPart = `xl/${/Target="\/?(?:xl\/)?([^"]+)"/.exec(target)![1]}`;
    const sheet = await zip.file(sheetPart)!.async("string");
    const rels = await zip.file(sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels")!.async("string");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    expect(rels).toMatch(new RegExp(`<Relationship [^>]*Id="${drawingId}"[^>]*drawing`));
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, id] of sheet.matchAll(/r:id="([^"]+)"/g)) expect(ids).toContain(id);
    // The drawing goes after the page set-up and breaks, before any table parts, where the schema puts it.
    expect(sheet).toMatch(/<pageMargins[^>]*\/>(?:<pageSetup[^>]*\/>)?(?:<rowBreaks.*?<\/rowBreaks>)?<drawing r:id="[^"]+"\/><legacyDrawing r:id="[^"]+"\/>(?:<tableParts|<\/worksheet>)/);
  });

  test("LibreOffice opens the file and keeps the charts", () => {
    const reopened = path.join(dir, "charts-libreoffice.xlsx");
    saveWithLibreOffice(fileWith(saved), reopened);
    const charts = JSON.parse(openpyxl(READ_CHARTS, reopened)) as Record<string, string[][]>;
    expect(charts.Dashboard).toHaveLength(2);
    expect(charts["Monitoring Matrix"]).toHaveLength(1);
    expect(charts.Budget).toHaveLength(1);
    expect(charts["Dashboard comment"]).toEqual([["Shown at the March meeting"]]);
  });
});

describe("the calculation chain never names a cell that is no longer a formula", () => {
  const CALC_CHAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

  /** The fixture with the calculation chain Excel would have saved: W2:W4 on Recommendations (sheet 1), Budget's none. */
  async function withCalcChain(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(readFileSync(FIXTURE));
    zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="W2" i="1"/><c r="W3"/><c r="W4"/></calcChain>`);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="${CALC_CHAIN_TYPE}"/></Types>`));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  async function chainParts(bytes: Uint8Array): Promise<{ chain: string | null; rel: boolean; override: boolean }> {
    return {
      chain: await partText(bytes, "xl/calcChain.xml"),
      rel: (await partText(bytes, "xl/_rels/workbook.xml.rels"))!.includes("calcChain"),
      override: (await partText(bytes, "[Content_Types].xml"))!.includes("calcChain"),
    };
  }

  test("a write that touches no formula keeps the chain byte for byte", async () => {
    const original = await withCalcChain();
    const workbook = await XlsxWorkbook.fromBytes(original, "chain.xlsx");
    const id = (await workbook.readTables(["Recommendations"])).Recommendations!.rows[1].id as string;
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id, status: "Implemented" }], columns: ["status"] }] });
    const saved = await workbook.toBytes();
    expect(await chainParts(saved)).toEqual({ chain: await partText(original, "xl/calcChain.xml"), rel: true, override: true });
  });

  test("a deletion that moves formula cells up drops the chain, its relationship and its content type; Excel rebuilds it", async () => {
    const workbook = await XlsxWorkbook.fromBytes(await withCalcChain(), "chain.xlsx");
    const id = (await workbook.readTables(["Recommendations"])).Recommendations!.rows[0].id as string;
    await workbook.apply({ deletions: [{ table: "Recommendations", ids: [id] }] });
    const saved = await workbook.toBytes();
    expect(await chainParts(saved)).toEqual({ chain: null, rel: false, override: false });
    const formulas = JSON.parse(openpyxl(`import json, sys\nfrom openpyxl import load_workbook\ns = load_workbook(sys.argv[1])["Recommendations"]\nprint(json.dumps([s["W%d" % r].value for r in range(2, 5)]))`, fileWith(saved)));
    expect(formulas).toEqual(["=LEN(B2)", "=LEN(B3)", null]);
  });

  test("new sheets placed between the sheets that were there drop the chain: Excel's i attribute may name a sheet by its position", async () => {
    const workbook = await XlsxWorkbook.fromBytes(await withCalcChain(), "chain.xlsx");
    const before = await workbook.sheetNames();
    await generateMatrix(workbook, { today: TODAY });
    const after = await workbook.sheetNames();
    expect(after.indexOf("Budget")).toBeGreaterThan(before.indexOf("Budget"));
    expect(await chainParts(await workbook.toBytes())).toEqual({ chain: null, rel: false, override: false });
  });

  test("writing the matrix again over a sheet with formulas drops the chain too", async () => {
    const workbook = await XlsxWorkbook.fromBytes(await withCalcChain(), "chain.xlsx");
    await generateMatrix(workbook, { today: TODAY });
    const again = await XlsxWorkbook.fromBytes(await workbook.toBytes(), "chain.xlsx");
    await generateMatrix(again, { today: TODAY });
    expect(await chainParts(await again.toBytes())).toEqual({ chain: null, rel: false, override: false });
  });
});

describe("a calculated column (a formula typed into a table column in Excel) fills the rows a write adds, as Excel does", () => {
  test("new rows get the column's formula; openpyxl reads it, LibreOffice calculates it", async () => {
    // The fixture's "Text length" column (W) made a calculated column the way Excel stores one.
    const zip = await JSZip.loadAsync(readFileSync(FIXTURE));
    const tablePart = await zip.file("xl/tables/table1.xml")!.async("string");
    const calculated = tablePart.replace(/<tableColumn ([^>]*)name="Text length"\s*\/>/, `<tableColumn $1name="Text length"><calculatedColumnFormula>LEN(Recommendations[[#This Row],[Text]])</calculatedColumnFormula></tableColumn>`);
    expect(calculated).toContain("calculatedColumnFormula");
    zip.file("xl/tables/table1.xml", calculated);
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }), "calculated.xlsx");
    const before = (await workbook.readTables(["Recommendations"])).Recommendations!;
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR4-SVN-NEW.1", text: "Twelve chars" }] }] });
    const saved = await workbook.toBytes();
    const newRow = Math.max(...before.rowNumbers) + 1;
    const file = fileWith(saved);
    const formula = openpyxl(`import sys\nfrom openpyxl import load_workbook\nprint(load_workbook(sys.argv[1])["Recommendations"]["W${newRow}"].value)`, file).trim();
    expect(formula).toBe("=LEN(Recommendations[[#This Row],[Text]])");
    expect(await partText(saved, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const sheets = readWithLibreOffice(file);
    const header = sheets.Recommendations[0];
    expect(sheets.Recommendations[newRow - 1][header.indexOf("Text length")]).toBe("12");
  });
});
