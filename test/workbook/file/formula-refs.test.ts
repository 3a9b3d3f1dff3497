import JSZip from "jszip";
import { initWorkbook } from "../../../src/app/init-workbook";
import { rewriteReferences, translateFormula } from "../../../src/workbook/file/formula-refs";
import { RowMoves } from "../../../src/workbook/file/row-moves";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";

/** Rows 2-9 of columns A-W; rows 3 and 6 deleted, the others close up. */
function moves(): RowMoves {
  const targets = new Map<number, number | null>([
    [2, 2],
    [3, null],
    [4, 3],
    [5, 4],
    [6, null],
    [7, 5],
    [8, 6],
    [9, 7],
  ]);
  return new RowMoves({ top: 2, bottom: 9, left: 1, right: 23 }, targets);
}

describe("references in a formula", () => {
  test("each A1 reference is found once, with its sheet; strings, names, functions and structured references are left alone", () => {
    const seen: string[] = [];
    rewriteReferences(`SUM(B2:B9)+LOG10(A1)&"C5"&'Other sheet'!$D$4+Budget!B8+Recommendations[Text]+[1]Sheet1!A1+MyName2x+ZZZZ9+W$3`, (reference) => {
      seen.push(`${reference.sheet ?? ""}!${reference.text}`);
      return reference.text;
    });
    expect(seen).toEqual(["!B2:B9", "!A1", "Other sheet!$D$4", "Budget!B8", "!W$3"]);
  });

  test("references to the sheet's own moved cells follow them; a deleted cell becomes #REF!; other sheets and other columns stay", () => {
    const move = moves();
    expect(move.formula("LEN(B5)", "Recommendations")).toBe("LEN(B4)");
    expect(move.formula("LEN(B6)&B3", "Recommendations")).toBe("LEN(#REF!)&#REF!");
    expect(move.formula("SUM($W$2:$W$9)", "Recommendations")).toBe("SUM($W$2:$W$7)");
    expect(move.formula("Recommendations!B9+'recommendations'!B8", "Recommendations")).toBe("Recommendations!B7+'recommendations'!B6");
    expect(move.formula("Budget!B9+Z9+B12", "Recommendations")).toBe("Budget!B9+Z9+B12");
    // A defined name's references always name their sheet: one without is to no sheet of ours.
    expect(move.formula("Recommendations!$B$9+B9", "Recommendations", null)).toBe("Recommendations!$B$7+B9");
    expect(move.formula(`"B9"&B9`, "Recommendations")).toBe(`"B9"&B7`);
  });

  test("a shared formula's text reads for another cell with its relative parts moved", () => {
    expect(translateFormula("LEN(B2)+$A$1+B$1+$C2", 3, 1)).toBe("LEN(C5)+$A$1+C$1+$C5");
    expect(translateFormula("A1", -1, 0)).toBe("#REF!");
  });
});

describe("a shared formula (Excel's filled-down column) in rows that close up", () => {
  test("is written out cell by cell, each cell's references following their cells, and nothing names the deleted row", async () => {
    const workbook = XlsxWorkbook.empty("shared.xlsx");
    await initWorkbook(workbook);
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3, 4].map((index) => ({ id: `R-${index}`, text: `text ${index}` })) }] });
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")!.async("string"))
      .replace(/(<row r="2"[^>]*>.*?)<\/row>/, `$1<c r="Z2"><f t="shared" ref="Z2:Z5" si="0">LEN(B2)*2</f><v>12</v></c></row>`)
      .replace(/(<row r="([345])"[^>]*>.*?)<\/row>/g, `$1<c r="Z$2"><f t="shared" si="0"/><v>12</v></c></row>`);
    expect(sheet.match(/t="shared"/g)).toHaveLength(4);
    zip.file("xl/worksheets/sheet1.xml", sheet);
    const edited = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }), "shared.xlsx");
    await edited.apply({ deletions: [{ table: "Recommendations", ids: ["R-1"] }] });
    const after = await (await JSZip.loadAsync(await edited.toBytes())).file("xl/worksheets/sheet1.xml")!.async("string");
    // Column Z is outside the table: its cells stay, and their formulas follow the cells of B that moved up.
    const formulas = [2, 3, 4, 5].map((row) => new RegExp(`<c r="Z${row}"[^>]*>(<f[^>]*>[^<]*</f>|<f[^>]*/>)`).exec(after)?.[1]);
    expect(formulas).toEqual(["<f>LEN(#REF!)*2</f>", "<f>LEN(B2)*2</f>", "<f>LEN(B3)*2</f>", "<f>LEN(B4)*2</f>"]);
    expect(after).not.toContain('t="shared"');
  });
});
