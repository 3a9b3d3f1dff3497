import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { importRecommendations, ImportRejectedError, type ImportProgress } from "../../src/app/import-recommendations";
import { initWorkbook } from "../../src/app/init-workbook";
import type { ImportSource } from "../../src/core/import/source-types";
import { MAX_CELL_CHARS, type Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

const FIXTURES = path.resolve(__dirname, "../fixtures/import");
const SAMPLES = path.resolve(__dirname, "../../samples/slovenia");
const fixture = (relative: string): ImportSource => ({ name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(FIXTURES, relative))) });
const sample = (name: string): ImportSource => ({ name, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, name))) });
const IMPORTED_ON = new Date(Date.UTC(2026, 0, 15));

async function recommendations(workbook: XlsxWorkbook): Promise<Map<string, Row>> {
  const table = (await workbook.readTables(["Recommendations"])).Recommendations!;
  return new Map(table.rows.map((row) => [String(row.id), row]));
}

function csvSource(name: string, lines: string[][]): ImportSource {
  const text = lines.map((line) => line.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",")).join("\r\n");
  return { name, bytes: new Uint8Array(Buffer.from(text, "utf8")) };
}

describe("importing into a workbook", () => {
  it("creates the structure in a new workbook and adds every recommendation, in one write", async () => {
    const workbook = XlsxWorkbook.empty("new.xlsx");
    const apply = jest.spyOn(workbook, "apply");
    const result = await importRecommendations(workbook, [fixture("ohchr-docx/upr48-excerpt.docx")], { importedOn: IMPORTED_ON });
    expect(apply).toHaveBeenCalledTimes(1);
    expect(result.files[0]).toMatchObject({ format: "ohchr-docx", unchanged: 0, updated: [], skipped: [] });
    expect(result.files[0].added).toHaveLength(11);
    expect(await workbook.sheetNames()).toEqual(expect.arrayContaining(["Recommendations", "Clusters", "Actions", "Lists"]));
    const rows = await recommendations(workbook);
    expect(rows.get("UPR4-SVN-140.7")).toMatchObject({
      text: "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
      mechanism: "UPR",
      country: "SVN",
      documentSymbol: "A/HRC/59/15",
      paragraph: "140.7",
      cycleSession: "Cycle 4, session 48",
      recommendingStates: "Maldives; Portugal",
      response: "Supported",
      sdgTargets: "1; 2; 3; 4; 5; 6; 7; 8",
      source: "upr48-excerpt.docx",
    });
    expect(rows.get("UPR4-SVN-140.7")!.importedOn).toEqual(IMPORTED_ON);
  });

  it("adds nothing and writes nothing when the same file is imported again", async () => {
    const workbook = XlsxWorkbook.empty("again.xlsx");
    await importRecommendations(workbook, [fixture("ohchr-docx/upr48-excerpt.docx")], { importedOn: IMPORTED_ON });
    const before = await workbook.toBytes();
    const apply = jest.spyOn(workbook, "apply");
    const again = await importRecommendations(workbook, [fixture("ohchr-docx/upr48-excerpt.docx")], { importedOn: new Date(Date.UTC(2026, 5, 1)) });
    expect(again.files[0]).toMatchObject({ added: [], updated: [], unchanged: 11 });
    expect(again.written).toBe(false);
    expect(apply).not.toHaveBeenCalled();
    expect(await workbook.toBytes()).toBe(before);
  });

  it("updates what changed in a newer version, says which rows and columns, and keeps what people typed", async () => {
    const workbook = XlsxWorkbook.empty("update.xlsx");
    await importRecommendations(workbook, [fixture("ohchr-docx/upr48-excerpt.docx")], { importedOn: IMPORTED_ON });
    const typed = { cluster: "C-001", overlapGroup: "OG-1", responsibleInstitutions: "Ministry of Justice", status: "In progress", notes: "=typed by a person" };
    await workbook.apply({
      upserts: [{ table: "Recommendations", rows: ["UPR4-SVN-140.9", "UPR4-SVN-140.10"].map((id) => ({ id, ...typed })), columns: Object.keys(typed) }],
    });
    const later = new Date(Date.UTC(2026, 5, 1));
    const result = await importRecommendations(workbook, [fixture("ohchr-docx/upr48-excerpt-revised.docx")], { importedOn: later });
    expect(result.files[0]).toMatchObject({ added: [], unchanged: 9 });
    expect(result.files[0].updated).toEqual([
      { id: "UPR4-SVN-140.9", row: expect.any(Number), columns: ["Response"] },
      { id: "UPR4-SVN-140.10", row: expect.any(Number), columns: ["Text"] },
    ]);
    const rows = await recommendations(workbook);
    expect(rows.get("UPR4-SVN-140.9")).toMatchObject({ response: "Noted", importedOn: later, ...typed });
    expect(rows.get("UPR4-SVN-140.10")).toMatchObject({ ...typed });
    expect(String(rows.get("UPR4-SVN-140.10")!.text)).toContain("Consider promptly ratifying");
    expect(rows.get("UPR4-SVN-140.7")!.importedOn).toEqual(IMPORTED_ON);
  });

  it("merges the same recommendation from different sources into one row", async () => {
    const workbook = XlsxWorkbook.empty("merge.xlsx");
    const result = await importRecommendations(workbook, [fixture("uhri/uhri-export.csv"), fixture("upr-info/upr-info-windows-1252.csv")], { importedOn: IMPORTED_ON });
    // UPR Info has no paragraph numbers: its 115.3 is found by text and State under review.
    const [uhri, uprInfo] = result.files;
    expect(uhri.added).toContain("UPR2-SVN-115.3");
    expect(uprInfo.added).not.toContain("UPR2-SVN-115.3");
    expect(uprInfo.added).toHaveLength(3);
    // UPR Info says nothing UHRI did not: its "Issue" labels do not replace UHRI's themes (Themes is filled, never overwritten).
    expect(uprInfo).toMatchObject({ updated: [], unchanged: 2 });
    const rows = await recommendations(workbook);
    expect(rows.size).toBe(5 + 3);
    expect(rows.get("UPR2-SVN-115.3")).toMatchObject({ recommendingStates: "Portugal; Slovakia", themes: "A12 Acceptance of international norms", source: "uhri-export.csv" });
    const french = [...rows.values()].find((row) => String(row.text).startsWith("Poursuivre"))!;
    expect(french).toMatchObject({ text: "Poursuivre les efforts visant à garantir l’égalité des chances des élèves roms à l’école", recommendingStates: "Sénégal" });
  });

  it("imports all three real Slovenia lists (632 recommendations) and finds the parsed CSV adds nothing", async () => {
    const workbook = XlsxWorkbook.empty("slovenia.xlsx");
    const lists = ["UPR20__Slovenia_ThematicListRecommendations_E.docx", "UPR34_Slovenia_Thematic_list_of_Recommendations.docx", "upr48-slovenia-thematic-list-of-recommendatio.docx"];
    const result = await importRecommendations(workbook, lists.map(sample), { importedOn: IMPORTED_ON });
    expect(result.files.map((file) => file.added.length)).toEqual([163, 215, 254]);
    expect(result.totalRows).toBe(632);
    const csv = await importRecommendations(workbook, [sample("slovenia_upr_thematic_lists_parsed.csv")], { importedOn: IMPORTED_ON });
    expect(csv.files[0]).toMatchObject({ format: "csv", added: [], updated: [], unchanged: 632 });
  });
});

describe("text from outside stays text", () => {
  const PAYLOADS = ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-1+1 starts with a minus"];

  it("writes formula-like text as string cells, never formulas", async () => {
    const workbook = XlsxWorkbook.empty("injection.xlsx");
    await importRecommendations(workbook, [fixture("mapped/injection.csv")], { importedOn: IMPORTED_ON });
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
    const sheet = reread.getWorksheet("Recommendations")!;
    const texts: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(typeof cell.value === "object" && cell.value !== null && !(cell.value instanceof Date)).toBe(false);
      });
      texts.push(row.getCell(2).value);
    });
    expect(texts).toEqual(PAYLOADS);
    const rows = await recommendations(workbook);
    expect(rows.get("UPR-PRY-1.1")).toMatchObject({ recommendingStates: "=1+1", themes: "@SUM(1)" });
    expect(rows.get("UPR-PRY-1.2")).toMatchObject({ recommendingStates: "-2+3" });
  });
});

describe("bad input", () => {
  it("refuses the whole import, naming file, row and column, and writes nothing", async () => {
    const workbook = XlsxWorkbook.empty("bad.xlsx");
    await initWorkbook(workbook);
    const before = await workbook.toBytes();
    const apply = jest.spyOn(workbook, "apply");
    const attempt = importRecommendations(workbook, [fixture("ohchr-docx/upr48-excerpt.docx"), fixture("mapped/bad-rows.csv")]);
    await expect(attempt).rejects.toBeInstanceOf(ImportRejectedError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ImportRejectedError;
    expect(error.problems.map((problem) => `${problem.location.file}:${problem.location.row}:${problem.location.column}`)).toEqual([
      "bad-rows.csv:3:Recommendation",
      "bad-rows.csv:4:Country",
      "bad-rows.csv:5:Response",
      "bad-rows.csv:6:Mechanism",
    ]);
    expect(error.message).toContain('bad-rows.csv, row 4, column "Country": unknown State "Atlantis"; did you mean ');
    expect(error.localized("fr")).toContain('bad-rows.csv, ligne 4, colonne « Country » : État inconnu « Atlantis » ; vouliez-vous dire ');
    expect(error.localized("es")).toContain("no se escribió nada");
    expect(apply).not.toHaveBeenCalled();
    expect(await workbook.toBytes()).toBe(before);
  });

  it("lists the first 50 problems in the message and keeps all of them", async () => {
    const lines = [["Recommendation", "Mechanism", "Country"], ...Array.from({ length: 60 }, () => ["Text", "Nowhere Committee", "PRY"])];
    const error = (await importRecommendations(XlsxWorkbook.empty("many.xlsx"), [csvSource("many.csv", lines)]).catch((caught: unknown) => caught)) as ImportRejectedError;
    expect(error.problems).toHaveLength(60);
    expect(error.message.split("\n").filter((line) => line.startsWith("many.csv, row"))).toHaveLength(50);
    expect(error.message).toContain("... and 10 more row(s)");
  });

  it("with skipInvalid, imports the good rows and lists the skipped ones", async () => {
    const workbook = XlsxWorkbook.empty("skip.xlsx");
    const result = await importRecommendations(workbook, [fixture("mapped/bad-rows.csv")], { skipInvalid: true });
    expect(result.files[0].added).toEqual(["UPR-PRY-2.1"]);
    expect(result.files[0].skipped.map((problem) => problem.location.row)).toEqual([3, 4, 5, 6]);
    expect((await recommendations(workbook)).size).toBe(1);
  });

  it(`refuses text longer than ${MAX_CELL_CHARS} characters instead of cutting it`, async () => {
    const long = "Ensure ".padEnd(MAX_CELL_CHARS + 1, "x");
    const source = csvSource("long.csv", [["Recommendation", "Mechanism", "Country"], ["Short and fine", "UPR", "PRY"], [long, "UPR", "PRY"]]);
    const workbook = XlsxWorkbook.empty("long.xlsx");
    const attempt = importRecommendations(workbook, [source]);
    await expect(attempt).rejects.toThrow(`long.csv, row 3, column "Recommendation": the text has ${MAX_CELL_CHARS + 1} characters; an Excel cell holds at most ${MAX_CELL_CHARS}`);
    expect(await workbook.sheetNames()).toEqual([]);
    const skipped = await importRecommendations(workbook, [source], { skipInvalid: true });
    expect(skipped.files[0].skipped.map((problem) => problem.key)).toEqual(["import.textTooLong"]);
    const rows = await recommendations(workbook);
    expect([...rows.values()].map((row) => row.text)).toEqual(["Short and fine"]);
  });

  it("accepts text of exactly the cell limit", async () => {
    const exact = "Ensure ".padEnd(MAX_CELL_CHARS, "y");
    const workbook = XlsxWorkbook.empty("exact.xlsx");
    await importRecommendations(workbook, [csvSource("exact.csv", [["Recommendation", "Mechanism", "Country"], [exact, "UPR", "PRY"]])]);
    expect([...(await recommendations(workbook)).values()][0].text).toBe(exact);
  });
});

describe("use case controls", () => {
  it("reports progress and writes nothing on a dry run", async () => {
    const workbook = XlsxWorkbook.empty("dry.xlsx");
    const progress: ImportProgress[] = [];
    const result = await importRecommendations(workbook, [fixture("uhri/uhri-export.xlsx"), fixture("treaty-body/crc-pry-co-4-6-fr.txt")], {
      dryRun: true,
      onProgress: (update) => progress.push(update),
    });
    expect(result.written).toBe(false);
    // The observations restate UHRI's 25(b) and 25(c): the same recommendations, so updated, not added.
    expect(result.files.map((file) => file.added.length)).toEqual([5, 2]);
    expect(result.files[1].updated.map((change) => change.id)).toEqual(["CRC-PRY-2022-25(b)", "CRC-PRY-2022-25(c)"]);
    expect(await workbook.sheetNames()).toEqual([]);
    expect(progress.map((update) => `${update.phase}:${update.file ?? ""}`)).toEqual(["reading:uhri-export.xlsx", "reading:crc-pry-co-4-6-fr.txt", "done:"]);
  });

  it("stops, writing nothing, when cancelled", async () => {
    const workbook = XlsxWorkbook.empty("cancel.xlsx");
    const controller = new AbortController();
    const attempt = importRecommendations(workbook, [fixture("uhri/uhri-export.csv"), fixture("upr-info/upr-info-utf8.csv")], {
      signal: controller.signal,
      onProgress: (update) => {
        if (update.fileIndex === 1) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ key: "import.aborted" });
    expect(await workbook.sheetNames()).toEqual([]);
  });

  it("takes pasted text", async () => {
    const workbook = XlsxWorkbook.empty("paste.xlsx");
    const text = "CEDAW/C/PRY/CO/8\nAdopted by the Committee on 28 October 2017.\n13. The Committee recommends that the State party adopt a comprehensive anti-discrimination law.";
    const result = await importRecommendations(workbook, [{ name: "pasted text", text }], { importedOn: IMPORTED_ON });
    expect(result.files[0]).toMatchObject({ format: "text", added: ["CEDAW-PRY-2017-13"] });
  });
});

describe("pasted cells", () => {
  it("reads cells copied from a spreadsheet (tab-separated) as a table", async () => {
    const text = "Recommendation\tMechanism\tCountry\tParagraph\nRatify the Optional Protocol\tUPR\tParaguay\t108.1\n";
    const result = await importRecommendations(XlsxWorkbook.empty("cells.xlsx"), [{ name: "pasted text", text }], { dryRun: true });
    expect(result.files[0]).toMatchObject({ format: "csv", added: ["UPR-PRY-108.1"] });
  });
});

describe("preview", () => {
  it("shows the detected format, encoding, mapping and first rows without writing", async () => {
    const { previewImport } = await import("../../src/app/preview-import");
    const preview = await previewImport(fixture("mapped/ministerio-es.csv"), {}, 1);
    expect(preview).toMatchObject({ format: "csv", encoding: "utf-8", mapping: { Recomendación: "text", Mecanismo: "mechanism" } });
    expect(preview.rows).toEqual([expect.objectContaining({ id: "UPR-PRY-108.45", response: "Supported", sdgTargets: "16.6" })]);
    const mac = await previewImport(fixture("upr-info/upr-info-mac-roman.csv"));
    expect(mac).toMatchObject({ format: "upr-info", encoding: "macintosh" });
    expect(mac.rows.map((row) => row.recommendingStates)).toContain("Côte d’Ivoire");
  });
});
