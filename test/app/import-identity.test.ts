import { readFileSync } from "node:fs";
import path from "node:path";
import { importRecommendations } from "../../src/app/import-recommendations";
import type { ImportSource } from "../../src/core/import/source-types";
import { cellText, type Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

/**
 * A recommendation's identity is its document and paragraph, or its text, not the ID string:
 * options that change the derived ID do not make it a new recommendation, and options only
 * fill what a source does not say.
 */
const FIXTURES = path.resolve(__dirname, "../fixtures/import");
const fixture = (relative: string): ImportSource => ({ name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(FIXTURES, relative))) });
const EGYPT = fixture("ohchr-docx/egypt-upr20-2015.docx");
const CHINA = fixture("ohchr-docx/china-upr17-2013.docx");
const IMPORTED_ON = new Date(Date.UTC(2026, 0, 15));
const LATER = new Date(Date.UTC(2026, 5, 1));

async function rowsOf(workbook: XlsxWorkbook): Promise<Row[]> {
  return (await workbook.readTables(["Recommendations"])).Recommendations!.rows;
}

function csvSource(name: string, lines: string[][]): ImportSource {
  const text = lines.map((line) => line.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",")).join("\r\n");
  return { name, bytes: new Uint8Array(Buffer.from(text, "utf8")) };
}

describe("identity that survives options", () => {
  it("updates a list imported without --country when it is imported again with it, keeping every ID", async () => {
    const workbook = XlsxWorkbook.empty("egypt.xlsx");
    const first = await importRecommendations(workbook, [EGYPT], { importedOn: IMPORTED_ON });
    const ids = first.files[0].added;
    expect(ids.length).toBeGreaterThan(250);
    const withCountry = await importRecommendations(workbook, [EGYPT], { country: "EGY", importedOn: LATER });
    expect(withCountry.files[0].added).toEqual([]);
    expect(withCountry.totalRows).toBe(first.totalRows);
    const rows = await rowsOf(workbook);
    expect(rows.map((row) => cellText(row.id)).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((row) => row.country))).toEqual(new Set(["EGY"]));
    // Again without the option: the same recommendations, nothing to change.
    const without = await importRecommendations(workbook, [EGYPT], { importedOn: LATER });
    expect(without.files[0]).toMatchObject({ added: [], updated: [], unchanged: first.files[0].added.length });
    expect(without.written).toBe(false);
  });

  it("finds the rows again the other way round: first with --country, then without", async () => {
    const workbook = XlsxWorkbook.empty("egypt-reverse.xlsx");
    const first = await importRecommendations(workbook, [EGYPT], { country: "EGY", importedOn: IMPORTED_ON });
    const again = await importRecommendations(workbook, [EGYPT], { importedOn: LATER });
    expect(again.files[0]).toMatchObject({ added: [], updated: [], unchanged: first.files[0].added.length });
  });

  it("--country only fills what a source does not say: a Chinese list stays Chinese beside an Egyptian one", async () => {
    const workbook = XlsxWorkbook.empty("two-lists.xlsx");
    const result = await importRecommendations(workbook, [CHINA, EGYPT], { country: "EGY", importedOn: IMPORTED_ON });
    const [china, egypt] = result.files;
    const rows = new Map((await rowsOf(workbook)).map((row) => [cellText(row.id), row]));
    expect(new Set(china.added.map((id) => rows.get(id)!.country))).toEqual(new Set(["CHN"]));
    expect(new Set(egypt.added.map((id) => rows.get(id)!.country))).toEqual(new Set(["EGY"]));
    expect(china.added.every((id) => id.includes("-CHN-"))).toBe(true);
  });

  it("--mechanism only fills what a source does not say: a symbol naming its committee wins", async () => {
    const source = csvSource("ministry.csv", [
      ["Recommendation", "Document symbol", "Paragraph"],
      ["Strengthen the National Secretariat for Children", "CRC/C/PRY/CO/4-6", "25(b)"],
      ["Adopt a law on violence against women", "", "13"],
    ]);
    const workbook = XlsxWorkbook.empty("mechanism.xlsx");
    await importRecommendations(workbook, [source], { mechanism: "CEDAW", country: "PRY", importedOn: IMPORTED_ON });
    const rows = await rowsOf(workbook);
    expect(rows.map((row) => [row.mechanism, row.country])).toEqual([
      ["CRC", "PRY"],
      ["CEDAW", "PRY"],
    ]);
  });

  it("matches by document and paragraph across sources whose derived IDs differ", async () => {
    const workbook = XlsxWorkbook.empty("symbol.xlsx");
    await importRecommendations(workbook, [fixture("uhri/uhri-export.csv")], { importedOn: IMPORTED_ON });
    // The same CRC paragraph in a ministry's table that gives no year: its derived ID has none.
    const ministry = csvSource("ministry.csv", [
      ["Recommendation", "Document symbol", "Paragraph", "Response"],
      ["Strengthen the capacity of the National Secretariat for Children and Adolescents", "CRC/C/PRY/CO/4-6", "25(b)", "Supported"],
    ]);
    const result = await importRecommendations(workbook, [ministry], { importedOn: LATER });
    expect(result.files[0].added).toEqual([]);
    expect(result.files[0].updated).toEqual([{ id: "CRC-PRY-2022-25(b)", row: 2, columns: ["Text", "Response"] }]);
  });

  it("never lets a different recommendation take over a row whose derived ID it shares", async () => {
    const workbook = XlsxWorkbook.empty("collision.xlsx");
    const header = ["Recommendation", "Mechanism", "Paragraph"];
    await importRecommendations(workbook, [csvSource("first.csv", [header, ["Ratify the Optional Protocol to the Convention against Torture", "UPR", "1.1"]])], { importedOn: IMPORTED_ON });
    const second = await importRecommendations(workbook, [csvSource("second.csv", [header, ["Abolish the death penalty", "UPR", "1.1"]])], { importedOn: IMPORTED_ON });
    expect(second.files[0]).toMatchObject({ added: ["UPR-1.1-2"], updated: [] });
    const texts = (await rowsOf(workbook)).map((row) => [row.id, row.text]);
    expect(texts).toEqual([
      ["UPR-1.1", "Ratify the Optional Protocol to the Convention against Torture"],
      ["UPR-1.1-2", "Abolish the death penalty"],
    ]);
    const again = await importRecommendations(workbook, [csvSource("second.csv", [header, ["Abolish the death penalty", "UPR", "1.1"]])], { importedOn: LATER });
    expect(again.files[0]).toMatchObject({ added: [], updated: [], unchanged: 1 });
  });

  it("imports a colleague's workbook: rows found by what they are, and only filled where empty", async () => {
    const colleague = XlsxWorkbook.empty("colleague.xlsx");
    await importRecommendations(colleague, [EGYPT], { country: "EGY", importedOn: IMPORTED_ON });
    const ids = (await rowsOf(colleague)).map((row) => cellText(row.id));
    await colleague.apply({
      upserts: [{ table: "Recommendations", rows: ids.slice(0, 2).map((id) => ({ id, cluster: "C-009", notes: "Colleague's note" })), columns: ["cluster", "notes"] }],
    });
    const mine = XlsxWorkbook.empty("mine.xlsx");
    // Mine holds the first recommendation, imported without --country and noted by me.
    await importRecommendations(mine, [EGYPT], { importedOn: IMPORTED_ON });
    const myFirst = (await rowsOf(mine))[0];
    await mine.apply({ upserts: [{ table: "Recommendations", rows: [{ id: myFirst.id, notes: "My note" }], columns: ["notes"] }] });
    const result = await importRecommendations(mine, [{ name: "colleague.xlsx", bytes: await colleague.toBytes() }], { importedOn: LATER });
    expect(result.files[0]).toMatchObject({ format: "rights-matrix", added: [] });
    const after = new Map((await rowsOf(mine)).map((row) => [cellText(row.id), row]));
    expect(after.size).toBe(ids.length);
    // Found by what it is, under my ID; my note stays, the empty cluster and country are filled.
    expect(after.get(cellText(myFirst.id))).toMatchObject({ notes: "My note", cluster: "C-009", country: "EGY" });
  });
});
