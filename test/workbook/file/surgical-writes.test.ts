/**
 * The file adapter patches the package: what people put in a workbook (their sheets, charts,
 * comments, fills, links, formulas, notes beside the tables, a shrunk table, a cleared header)
 * survives every command, and workbooks written by openpyxl and LibreOffice read right.
 * Fixtures: test/fixtures/workbooks (PROVENANCE.md).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { generateMatrix } from "../../../src/app/generate-matrix";
import { importRecommendations } from "../../../src/app/import-recommendations";
import { initWorkbook } from "../../../src/app/init-workbook";
import { UserFacingError } from "../../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";

const WORKBOOKS = path.join(__dirname, "../../fixtures/workbooks");
const IMPORTS = path.join(__dirname, "../../fixtures/import");
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(WORKBOOKS, name)));
const docx = () => ({ name: "upr48-excerpt.docx", bytes: new Uint8Array(readFileSync(path.join(IMPORTS, "ohchr-docx/upr48-excerpt.docx"))) });
const TODAY = "2026-11-27";

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) result.set(name, await zip.files[name].async("uint8array"));
  return result;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** The `<c>` element of one cell, as written. */
function cellXml(sheetXml: string, reference: string): string | undefined {
  return new RegExp(`<c r="${reference}"(?:[^>]*/>|[^>]*>.*?</c>)`).exec(sheetXml)?.[0];
}

/** What openpyxl (a reader we did not write) sees in the saved file. */
function readWithOpenpyxl(bytes: Uint8Array): Record<string, unknown> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "rm-openpyxl-"));
  try {
    const file = path.join(directory, "book.xlsx");
    writeFileSync(file, bytes);
    const script = `
import json, sys, datetime
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
sheet = book["Recommendations"]
def shown(value):
    return value.isoformat() if isinstance(value, datetime.datetime) else value
print(json.dumps({
  "sheets": book.sheetnames,
  "comment": sheet["B2"].comment.text if sheet["B2"].comment else None,
  "fill": sheet["B2"].fill.fgColor.rgb,
  "link": sheet["B3"].hyperlink.target if sheet["B3"].hyperlink else None,
  "notes": [shown(sheet["U2"].value), shown(sheet["U3"].value)],
  "formula": sheet["W2"].value,
  "note": sheet["Z12"].value,
  "ref": sheet.tables["Recommendations"].ref,
  "ids": [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)],
}))`;
    return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" })) as Record<string, unknown>;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("a workbook colleagues edited with openpyxl (absolute targets, a chart, a comment, a link, formulas)", () => {
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let saved: Uint8Array;

  beforeAll(async () => {
    const original = fixtureBytes("openpyxl-user-content.xlsx");
    before = await parts(original);
    const workbook = await XlsxWorkbook.fromBytes(original, "shared.xlsx");
    await importRecommendations(workbook, [docx()], { importedOn: new Date(Date.UTC(2026, 0, 15)) });
    await generateMatrix(workbook, { today: TODAY });
    saved = await workbook.toBytes();
    after = await parts(saved);
  }, 120_000);

  test("every part we do not own keeps its bytes: the user's sheet, its chart and drawing, comments, theme, properties", () => {
    const owned = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/tables/table1.xml"]);
    const kept = [...before.keys()].filter((name) => !owned.has(name));
    expect(kept).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/comments/comment1.xml", "xl/worksheets/sheet8.xml"]));
    for (const name of kept) expect([name, after.get(name)]).toEqual([name, before.get(name)]);
  });

  test("inside the table, cells we do not write keep their text: fill, comment anchor, link, a date in a text column, spaces, formulas; the note at Z12 too", () => {
    const oldSheet = text(before.get("xl/worksheets/sheet1.xml"));
    const newSheet = text(after.get("xl/worksheets/sheet1.xml"));
    for (const reference of ["B2", "B3", "U2", "U3", "W2", "W3", "W4", "Z12"]) {
      expect([reference, cellXml(newSheet, reference)]).toEqual([reference, cellXml(oldSheet, reference)]);
    }
    expect(newSheet).toContain("<hyperlinks>");
    expect(newSheet).toMatch(/<legacyDrawing [^>]*r:id="[^"]+"\/>/);
  });

  test("openpyxl reads back every piece of user content, and the new rows inside the grown table", () => {
    const seen = readWithOpenpyxl(saved);
    expect(seen).toMatchObject({
      comment: expect.stringContaining("Check the wording"),
      fill: "00FFFF00",
      link: "https://www.ohchr.org/en/hr-bodies/upr",
      notes: ["2024-05-17T00:00:00", "  keep my spaces  "],
      formula: "=LEN(B2)",
      note: "A note typed beside the table",
    });
    expect(seen.sheets).toEqual(expect.arrayContaining(["Budget", "Monitoring Matrix", "Dashboard"]));
    const ids = (seen.ids as (string | null)[]).filter(Boolean);
    expect(ids.length).toBeGreaterThan(8);
    expect(seen.ref).toBe(`A1:W${ids.length + 1}`);
  });
});

describe("a table whose range was shrunk by hand, with a cleared header", () => {
  test("rows below the range are read, kept and brought back into the table; the column without a header keeps its cells", async () => {
    const workbook = await XlsxWorkbook.fromBytes(fixtureBytes("openpyxl-shrunk-table.xlsx"), "shrunk.xlsx");
    const table = (await workbook.readTables(["Recommendations"])).Recommendations;
    expect(table?.rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((index) => `UPR4-SVN-140.${index}`));
    expect(table?.extraHeaders).toEqual(["Ministry note"]);
    expect(table?.rows[7]["Ministry note"]).toBe("note 9");

    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR4-SVN-140.9", text: "A new one" }, { id: "UPR4-SVN-140.2", status: "Implemented" }], columns: ["text", "status"] }] });
    const reread = await XlsxWorkbook.fromBytes(await workbook.toBytes(), "shrunk.xlsx");
    const rows = (await reread.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(rows.map((row) => [row.id, row["Ministry note"]])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((index) => [`UPR4-SVN-140.${index}`, `note ${index + 1}`]),
      ["UPR4-SVN-140.9", null],
    ]);
    expect(rows[1].status).toBe("Implemented");
    const tablePart = text((await parts(await reread.toBytes())).get("xl/tables/table1.xml"));
    expect(tablePart).toMatch(/ref="A1:W10"/);
  });
});

describe("workbooks from other programs", () => {
  test("LibreOffice, 1904 date system, shared strings: dates read as the days typed, and new dates are written in the workbook's system", async () => {
    const workbook = await XlsxWorkbook.fromBytes(fixtureBytes("libreoffice-1904-dates.xlsx"), "mac.xlsx");
    const rows = (await workbook.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(rows.map((row) => [row.id, row.text, row.importedOn])).toEqual([
      ["UPR4-SVN-1", "Ratify the Optional Protocol", new Date(Date.UTC(2025, 2, 14))],
      ["UPR4-SVN-2", "Adopt a national action plan", new Date(Date.UTC(2024, 11, 31))],
    ]);
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR4-SVN-3", text: "Third", importedOn: new Date(Date.UTC(2026, 0, 15)) }] }] });
    const reread = await XlsxWorkbook.fromBytes(await workbook.toBytes(), "mac.xlsx");
    const after = (await reread.readTables(["Recommendations"])).Recommendations?.rows ?? [];
    expect(after.map((row) => row.importedOn)).toEqual([new Date(Date.UTC(2025, 2, 14)), new Date(Date.UTC(2024, 11, 31)), new Date(Date.UTC(2026, 0, 15))]);
  });

  test("inline rich text and relationship targets written with ../ read like any other", async () => {
    const workbook = XlsxWorkbook.empty("made.xlsx");
    await initWorkbook(workbook);
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "R-1", text: "plain" }] }] });
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" t="inlineStr"><is><r><t xml:space="preserve">Ratify </t></r><r><rPr><b/></rPr><t>now</t></r><rPh><t>ignored</t></rPh></is></c>'));
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file("xl/_rels/workbook.xml.rels", rels.replace('Target="worksheets/sheet1.xml"', 'Target="../xl/worksheets/sheet1.xml"'));
    const edited = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }), "made.xlsx");
    expect((await edited.readTables(["Recommendations"])).Recommendations?.rows[0].text).toBe("Ratify now");
  });
});

describe("nothing is overwritten, and hostile files are refused", () => {
  test("a table that would grow over a cell someone typed below it is refused, naming the cell, and nothing is written", async () => {
    const workbook = XlsxWorkbook.empty("blocked.xlsx");
    await initWorkbook(workbook);
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "R-1", text: "one" }] }] });
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", '<row r="4"><c r="C4" t="inlineStr"><is><t>my total</t></is></c></row></sheetData>'));
    const typed = await zip.generateAsync({ type: "uint8array" });
    const edited = await XlsxWorkbook.fromBytes(typed, "blocked.xlsx");
    const rows = [2, 3, 4].map((index) => ({ id: `R-${index}`, text: `row ${index}` }));
    await expect(edited.apply({ upserts: [{ table: "Recommendations", rows }] })).rejects.toThrow(/Recommendations!C4/);
    expect(await edited.toBytes()).toBe(typed);
  });

  test("a part with thousands of unclosed tags is refused as damaged (a linear parse, not a hang)", async () => {
    const workbook = XlsxWorkbook.empty("hostile.xlsx");
    await initWorkbook(workbook);
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${"<row><c><v>".repeat(20_000)}`);
    const hostile = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "hostile.xlsx");
    await expect(hostile.readTables(["Recommendations"])).rejects.toThrow(UserFacingError);
    await expect(hostile.readTables(["Recommendations"])).rejects.toThrow(/hostile.xlsx is not an .xlsx workbook.*unclosed tag/);

    zip.file("xl/workbook.xml", "<workbook><sheets>".repeat(10_000));
    await expect(XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "hostile.xlsx")).rejects.toThrow(/not an .xlsx workbook/);
  });

  test("a zip that claims to expand past the limit is refused before anything is inflated", async () => {
    const workbook = XlsxWorkbook.empty("bomb.xlsx");
    await initWorkbook(workbook);
    const bytes = new Uint8Array(await workbook.toBytes());
    // The central directory's "uncompressed size" of the first entry: 2 GB, as a zip bomb declares it.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let directory = bytes.length - 22;
    while (view.getUint32(directory, true) !== 0x06054b50) directory--;
    view.setUint32(view.getUint32(directory + 16, true) + 24, 0x7fffffff, true);
    const error = await XlsxWorkbook.fromBytes(bytes, "bomb.xlsx").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toMatch(/bomb.xlsx expands to more than 1000 MB/);
    expect((error as UserFacingError).localized("es")).toMatch(/más de 1000 MB/);
  });
});
