import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import {
  CELLS,
  DRAFT_REPORTS,
  REVISED_EXCERPT,
  SLOVENIA_LISTS,
  TODAY,
  cli,
  columnValues,
  diffSnapshots,
  edit,
  productWorkbook,
  snapshot,
  type Snapshot,
} from "./user-content";

/**
 * The issue allows a command to refuse a damaged table (exit 2, nothing written) if the message
 * says what to fix; failing to read the file at all is not that.
 */
function expectRefusalSayingWhatToFix(message: string): void {
  expect(message).toMatch(/Recommendations/);
  expect(message).not.toMatch(/not an \.xlsx workbook|did not expect|Cannot read properties/);
}

// Each test runs CLI commands on a 632-row workbook and reads it back with openpyxl: minutes on a busy machine.
jest.setTimeout(600_000);

const FIXTURES = path.resolve(__dirname, "../../fixtures/workbooks/user-content");

/**
 * Issue 11, items 1, 2, 3 and 5: what colleagues put in the shared workbook survives every
 * command, run through the CLI as a user runs it. Each test starts from a fresh copy of the
 * workbook Rights Matrix made and colleagues edited (see user-content.ts and PROVENANCE.md).
 */
describe("a shared workbook's user content survives the commands", () => {
  let dir: string;
  let product: string;
  let shared: string;
  let before: Snapshot;
  let counter = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-user-content-"));
    product = path.join(dir, "product.xlsx");
    shared = path.join(dir, "shared.xlsx");
    await productWorkbook(product);
    edit("add", product, shared);
    before = snapshot(shared);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A fresh copy of a workbook for one test. */
  function copyOf(source: string): string {
    const file = path.join(dir, `case-${++counter}.xlsx`);
    copyFileSync(source, file);
    return file;
  }

  test("the workbook holds what the tests look for (the generator and the checker agree)", () => {
    const recommendations = before.sheets.Recommendations;
    expect(before.sheetOrder.indexOf("Contacts")).toBe(before.sheetOrder.indexOf("Recommendations") + 1);
    expect(before.sheets.Budget.charts).toEqual([{ type: "barChart", series: [{ categories: "'Budget'!$A$3:$A$7", title: "'Budget'!B2", values: "'Budget'!$B$3:$B$7" }] }]);
    expect(before.sheets.Dashboard.charts).toEqual([{ type: "barChart", series: [{ categories: "'Dashboard'!$A$7:$A$11", title: "'Dashboard'!B6", values: "'Dashboard'!$B$7:$B$11" }] }]);
    expect(recommendations.cells.Z12).toMatchObject({ value: "Ask the ministry about paragraph 108.45", comment: { author: "Mojca" }, style: { fill: { colour: "FFFFFF00" } } });
    expect(recommendations.cells.W1.value).toBe(CELLS.formulaColumnHeader);
    expect(recommendations.cells.W2).toMatchObject({ type: "f", formula: "=LEN(B2)" });
    expect(recommendations.cells.W633).toMatchObject({ type: "f", formula: "=LEN(B633)" });
    expect(recommendations.cells.X3).toMatchObject({ type: "d", value: "2026-03-14T00:00:00" });
    expect(recommendations.cells.X4.value).toBe("  waiting for the reply  ");
    expect(recommendations.cells.U2).toMatchObject({ type: "d" });
    expect(before.definedNames).toEqual({ BudgetTotal: "Budget!$B$8", FollowUp: "Recommendations!$X$2:$X$633" });
  });

  test("item 1: a chart on a user's own sheet, its formula, comment, link and merged title survive matrix", async () => {
    const file = copyOf(shared);
    await cli(["matrix", file, "--today", TODAY]);
    expect(diffSnapshots(before, snapshot(file), { sheets: ["Budget"] })).toEqual([]);
  });

  test("item 1: comments, fills, fonts and hyperlinks in user columns and beside the table survive an import", async () => {
    const file = copyOf(shared);
    await cli(["import", file, SLOVENIA_LISTS[2]]);
    const decorated = Object.entries(before.sheets.Recommendations.cells)
      .filter(([, cell]) => cell.comment || cell.hyperlink || cell.style.fill)
      .map(([address]) => `Recommendations!${address}`);
    expect(decorated.length).toBeGreaterThanOrEqual(5);
    expect(diffSnapshots(before, snapshot(file), { cells: decorated })).toEqual([]);
  });

  test("item 1: a formula column added to the Recommendations table, and a formula in a user column, stay formulas after accept", async () => {
    const file = copyOf(shared);
    await cli(["accept", file, "--all"]);
    const after = snapshot(file);
    const formulas = Object.entries(before.sheets.Recommendations.cells).filter(([, cell]) => cell.type === "f");
    expect(formulas.length).toBe(632 + 2);
    expect(diffSnapshots(before, after, { cells: formulas.map(([address]) => `Recommendations!${address}`) })).toEqual([]);
  });

  test("item 1: a date typed into a text column stays a date after validate --write-smart", async () => {
    const file = copyOf(shared);
    await cli(["validate", file, "--write-smart"], [0, 1]);
    expect(diffSnapshots(before, snapshot(file), { cells: ["Recommendations!X3", "Recommendations!U2", "Recommendations!AA13"] })).toEqual([]);
  });

  test("item 1: leading and trailing spaces are kept after progress submit", async () => {
    const file = copyOf(shared);
    await cli(["progress", file, "submit", DRAFT_REPORTS[0], "--by", "Ana Novak", "--today", TODAY]);
    expect(diffSnapshots(before, snapshot(file), { cells: ["Recommendations!X4", "Recommendations!U3", "Recommendations!AA12"] })).toEqual([]);
  });

  test("item 1: a note typed outside any table (Recommendations!Z12) survives import and matrix", async () => {
    const file = copyOf(shared);
    await cli(["import", file, SLOVENIA_LISTS[0]]);
    await cli(["matrix", file, "--today", TODAY]);
    expect(diffSnapshots(before, snapshot(file), { cells: ["Recommendations!Z12", "Recommendations!Z13", "Recommendations!Z14"] })).toEqual([]);
  });

  test("item 1: the user's sheets keep their place between ours, and defined names survive matrix", async () => {
    const file = copyOf(shared);
    await cli(["matrix", file, "--today", TODAY]);
    const after = snapshot(file);
    expect(after.sheetOrder.indexOf("Contacts")).toBe(after.sheetOrder.indexOf("Recommendations") + 1);
    expect(diffSnapshots(before, after, { sheets: ["Contacts"] })).toEqual([]);
    expect(after.definedNames).toEqual(before.definedNames);
  });

  test("items 1-2 together: one import followed by matrix leaves every piece of user content as it was", async () => {
    const file = copyOf(shared);
    await cli(["import", file, ...SLOVENIA_LISTS]);
    await cli(["matrix", file, "--today", TODAY]);
    expect(diffSnapshots(before, snapshot(file))).toEqual([]);
  });

  test("item 2: a table range shrunk by hand to row 400: an import keeps recommendations 401-633 and their user cells", async () => {
    const shrunk = path.join(dir, "shrunk.xlsx");
    edit("shrink", shared, shrunk, "400");
    const ids = columnValues(shrunk, "Recommendations", "ID");
    expect(ids).toHaveLength(632);
    const shrunkBefore = snapshot(shrunk);
    const file = copyOf(shrunk);
    const result = await cli(["import", file, SLOVENIA_LISTS[2]], [0, 2]);
    if (result.code === 2) {
      expectRefusalSayingWhatToFix(result.err);
      expect(readFileSync(file).equals(readFileSync(shrunk))).toBe(true);
      return;
    }
    const idsAfter = columnValues(file, "Recommendations", "ID");
    expect(ids.filter((id) => !idsAfter.includes(id))).toEqual([]);
    expect(idsAfter.slice(399, 632)).toEqual(ids.slice(399, 632));
    // The sheets' order has its own test above.
    expect(diffSnapshots(shrunkBefore, snapshot(file), { ignoreSheetOrder: true })).toEqual([]);
  });

  test("item 3: a user column whose header was cleared keeps its values through an import", async () => {
    const cleared = path.join(dir, "cleared.xlsx");
    edit("clear-header", shared, cleared, CELLS.followUpHeader);
    const clearedBefore = snapshot(cleared);
    expect(clearedBefore.sheets.Recommendations.cells.X1).toBeUndefined();
    const file = copyOf(cleared);
    const result = await cli(["import", file, SLOVENIA_LISTS[2]], [0, 2]);
    if (result.code === 2) expectRefusalSayingWhatToFix(result.err);
    expect(diffSnapshots(clearedBefore, snapshot(file), { sheets: ["Recommendations"] })).toEqual([]);
  });

  test("item 3: a user column whose header was merged with its neighbour keeps its values (both columns) through an import", async () => {
    const merged = path.join(dir, "merged.xlsx");
    edit("merge-header", shared, merged, CELLS.formulaColumnHeader);
    const mergedBefore = snapshot(merged);
    expect(mergedBefore.sheets.Recommendations.merged).toEqual(["W1:X1"]);
    const file = copyOf(merged);
    const result = await cli(["import", file, SLOVENIA_LISTS[2]], [0, 2]);
    if (result.code === 2) expectRefusalSayingWhatToFix(result.err);
    expect(diffSnapshots(mergedBefore, snapshot(file), { sheets: ["Recommendations"] })).toEqual([]);
  });

  test("item 5: a workbook opened and saved by openpyxl with no edits can be read and written by every command", async () => {
    const resaved = path.join(dir, "resaved.xlsx");
    edit("resave", product, resaved);
    const relations = await (await JSZip.loadAsync(readFileSync(resaved))).file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(relations).toContain('Target="/xl/worksheets/sheet1.xml"');
    const file = copyOf(resaved);
    await cli(["validate", file], [0, 1]);
    await cli(["import", file, SLOVENIA_LISTS[2]]);
    await cli(["accept", file, "--all"]);
    await cli(["matrix", file, "--today", TODAY]);
    await cli(["progress", file, "submit", DRAFT_REPORTS[1], "--by", "Ana Novak", "--today", TODAY]);
    expect(columnValues(file, "Recommendations", "ID")).toHaveLength(632);
  });

  test("item 5: the shared workbook (saved by openpyxl, with its charts and comments) can be read: validate reports on it", async () => {
    const result = await cli(["validate", copyOf(shared)], [0, 1]);
    expect(result.err).not.toMatch(/Cannot read properties|did not expect/);
  });

  test.each([
    ["shared-libreoffice.xlsx", "saved by LibreOffice"],
    ["shared-openpyxl.xlsx", "saved by openpyxl"],
  ])("the committed small shared workbook %s (%s) keeps its user content through import of a revised list, accept and matrix", async (fixture) => {
    const source = path.join(FIXTURES, fixture);
    const fixtureBefore = snapshot(source);
    expect(fixtureBefore.sheets.Budget.charts).toHaveLength(1);
    const file = copyOf(source);
    await cli(["import", file, REVISED_EXCERPT]);
    await cli(["accept", file, "--all"]);
    await cli(["matrix", file, "--today", TODAY]);
    // The sheets' order has its own test above.
    expect(diffSnapshots(fixtureBefore, snapshot(file), { ignoreSheetOrder: true })).toEqual([]);
  });

  test("item 5: the committed small workbook saved by openpyxl with no edits can be read and written", async () => {
    const file = copyOf(path.join(FIXTURES, "product-resaved-openpyxl.xlsx"));
    await cli(["validate", file], [0, 1]);
    await cli(["import", file, REVISED_EXCERPT]);
    await cli(["matrix", file, "--today", TODAY]);
    expect(columnValues(file, "Recommendations", "ID")).toHaveLength(25);
  });
});
