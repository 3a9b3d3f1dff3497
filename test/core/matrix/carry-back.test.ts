import { buildMatrix } from "../../../src/core/matrix/build-matrix";
import { carryBackEdits, readMatrixEdits } from "../../../src/core/matrix/carry-back";
import { SNAPSHOT_HEADERS } from "../../../src/core/matrix/matrix-layout";
import { matrixSheetPlan } from "../../../src/core/matrix/matrix-sheet";
import type { CellValue } from "../../../src/model/cells";
import type { Language } from "../../../src/model/vocabularies";
import { TODAY, fixtureTables } from "../../support/matrix-fixture";

/** The matrix sheet's values from A1, as a spreadsheet holds them after generation. */
function sheetValues(language: Language = "en"): CellValue[][] {
  const plan = matrixSheetPlan(buildMatrix(fixtureTables(), {}, TODAY), language);
  return [...(plan.preamble ?? []), plan.columns.map((c) => c.header), ...plan.rows.map((row) => [...row])];
}

function type(values: CellValue[][], key: string, header: string, value: CellValue): void {
  const headerRow = values.findIndex((row) => row.includes(SNAPSHOT_HEADERS.key));
  const keyColumn = values[headerRow].indexOf(SNAPSHOT_HEADERS.key);
  const column = values[headerRow].indexOf(header);
  const row = values.find((candidate) => candidate[keyColumn] === key);
  if (!row || column < 0) throw new Error(`no cell ${key} ${header}`);
  row[column] = value;
}

describe("readMatrixEdits", () => {
  test("a freshly generated matrix has no edits; no matrix sheet neither", () => {
    expect(readMatrixEdits(sheetValues(), "x.xlsx")).toEqual([]);
    expect(readMatrixEdits(null, "x.xlsx")).toEqual([]);
  });

  test("finds edits whatever the matrix language, and after people sorted the rows", () => {
    const values = sheetValues("fr");
    type(values, "UPR2-SVN-115.35", "État de mise en œuvre ✎", "In progress");
    const [preambleAndHeader, body] = [values.slice(0, 5), values.slice(5)];
    const sorted = [...preambleAndHeader, ...body.reverse()];
    expect(readMatrixEdits(sorted, "x.xlsx")).toEqual([
      { sheetRow: expect.any(Number), ids: ["UPR2-SVN-115.35"], field: "status", generated: "", edited: "In progress" },
    ]);
  });

  test("reordering institutions or changing line ends is not an edit", () => {
    const values = sheetValues();
    type(values, "UPR2-SVN-115.33; UPR2-SVN-115.32", "Responsible institutions ✎", "Ministry of Justice;Human Rights Ombudsman");
    expect(readMatrixEdits(values, "x.xlsx")).toEqual([]);
  });

  test("rows people added to the matrix are refused rather than dropped, cluster headings are not", () => {
    const values = sheetValues();
    expect(readMatrixEdits(values, "x.xlsx")).toEqual([]);
    values.splice(7, 0, ["", "Our own follow-up note"]);
    expect(() => readMatrixEdits(values, "x.xlsx")).toThrow(/x.xlsx: rows 8 of the sheet "Monitoring Matrix" were added by hand/);
    values[7] = [null, "  "];
    expect(readMatrixEdits(values, "x.xlsx")).toEqual([]);
  });

  test("a renamed editable column is refused: its edits could not be found", () => {
    const values = sheetValues();
    values[4] = values[4].map((header) => (header === "Assessment / comments ✎" ? "Our comments" : header));
    expect(() => readMatrixEdits(values, "x.xlsx")).toThrow(/has no column "Assessment \/ comments ✎" any more/);
    values[4] = values[4].map((header) => (header === "Our comments" ? "assessment / COMMENTS" : header));
    expect(readMatrixEdits(values, "x.xlsx")).toEqual([]);
  });

  test("a sheet without the snapshot is refused rather than overwritten", () => {
    const values = sheetValues().map((row) => row.filter((_, index) => index < 15));
    expect(() => readMatrixEdits(values, "x.xlsx")).toThrow(/x.xlsx: the sheet "Monitoring Matrix" was not made by Rights Matrix/);
  });
});

describe("carryBackEdits", () => {
  const tables = fixtureTables();

  test("an institutions edit on an overlap group adds and removes for each member, keeping their other institutions", () => {
    const values = sheetValues();
    type(values, "UPR2-SVN-115.33; UPR2-SVN-115.32", "Responsible institutions ✎", "Human Rights Ombudsman; Government Office for Legislation");
    const result = carryBackEdits(readMatrixEdits(values, "x"), tables.recommendations, tables.institutions, TODAY, "en");
    expect(result.upserts).toEqual([
      { id: "UPR2-SVN-115.33", responsibleInstitutions: "Human Rights Ombudsman; Government Office for Legislation" },
      { id: "UPR2-SVN-115.32", responsibleInstitutions: "Government Office for Legislation" },
    ]);
    expect(result.conflicts).toEqual([]);
  });

  test("a status typed in another case is stored as the list spells it; text is kept as typed", () => {
    const values = sheetValues();
    type(values, "UPR2-SVN-115.67", "Implementation status ✎", " partially IMPLEMENTED ");
    type(values, "UPR2-SVN-115.35", "Implementation status ✎", "Awaiting the ministry");
    const result = carryBackEdits(readMatrixEdits(values, "x"), tables.recommendations, tables.institutions, TODAY, "en");
    expect(result.upserts).toEqual([
      { id: "UPR2-SVN-115.35", status: "Awaiting the ministry" },
      { id: "UPR2-SVN-115.67", status: "Partially implemented" },
    ]);
  });

  test("an acronym typed in the matrix counts as the institution's name", () => {
    const values = sheetValues();
    type(values, "UPR2-SVN-115.108", "Responsible institutions ✎", "Ministry of Labour, Family, Social Affairs and Equal Opportunities; MJU");
    const result = carryBackEdits(readMatrixEdits(values, "x"), tables.recommendations, tables.institutions, TODAY, "en");
    expect(result.upserts).toEqual([{ id: "UPR2-SVN-115.108", responsibleInstitutions: "MDDSZ; MJU" }]);
  });

  test("changed in both places: the matrix wins and the table's value goes to Notes, in the chosen language", () => {
    const values = sheetValues();
    type(values, "UPR2-SVN-115.67", "Implementation status ✎", "In progress");
    const changedInTable = tables.recommendations.map((row) => (row.id === "UPR2-SVN-115.67" ? { ...row, status: "Not applicable", notes: "Earlier note." } : row));
    // A note in Spanish names the replaced list value in Spanish too (the cell keeps the canonical value).
    const result = carryBackEdits(readMatrixEdits(values, "x"), changedInTable, tables.institutions, TODAY, "es");
    expect(result.conflicts).toEqual([expect.objectContaining({ ids: ["UPR2-SVN-115.67"], field: "status", matrixValue: "In progress", tableValue: "Not applicable" })]);
    expect(result.upserts).toEqual([
      {
        id: "UPR2-SVN-115.67",
        status: "In progress",
        notes: 'Earlier note.\n[2026-11-27] Un cambio en la matriz de Estado reemplazó "No aplicable", que también se había cambiado en la tabla.',
      },
    ]);
  });

  test("the same change made in both places is no conflict", () => {
    const values = sheetValues();
    type(values, "UPR2-SVN-115.67", "Implementation status ✎", "In progress");
    const same = tables.recommendations.map((row) => (row.id === "UPR2-SVN-115.67" ? { ...row, status: "In progress" } : row));
    const result = carryBackEdits(readMatrixEdits(values, "x"), same, tables.institutions, TODAY, "en");
    expect(result.conflicts).toEqual([]);
    expect(result.upserts).toEqual([]);
  });

  test("two matrix rows setting one recommendation differently: the later wins, the earlier is kept in Notes", () => {
    const values = sheetValues();
    const headerRow = values.findIndex((row) => row.includes(SNAPSHOT_HEADERS.key));
    const copy = [...(values.find((row) => row.includes("UPR2-SVN-115.67")) ?? [])];
    values.push(copy);
    type(values, "UPR2-SVN-115.67", "Assessment / comments ✎", "First");
    values[values.length - 1][values[headerRow].indexOf("Assessment / comments ✎")] = "Second";
    const result = carryBackEdits(readMatrixEdits(values, "x"), tables.recommendations, tables.institutions, TODAY, "en");
    expect(result.upserts).toEqual([{ id: "UPR2-SVN-115.67", assessment: "Second", notes: expect.stringContaining('"First"') }]);
    expect(result.conflicts).toHaveLength(1);
  });
});
