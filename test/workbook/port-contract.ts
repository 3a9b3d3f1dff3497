/**
 * The contract every WorkbookPort adapter keeps: apply a plan, read it back, compare. Each
 * adapter's test file calls `describePortContract` with a factory for an empty workbook.
 */
import { emptyWorkbookPlans, tablePlan } from "../../src/core/structure/workbook-structure";
import { cellText, MAX_CELL_CHARS, type CellValue, type Row } from "../../src/model/cells";
import { UserFacingError } from "../../src/model/i18n/messages";
import { LISTS_SHEET, RECOMMENDATIONS, TABLES } from "../../src/model/tables";
import type { WorkbookPort } from "../../src/workbook/port";

export interface ContractOptions {
  /**
   * Opens what the port wrote with a program we did not write and returns every sheet as the
   * text it shows (LibreOffice's CSV export for files).
   */
  independentReader?: (port: WorkbookPort) => Promise<Record<string, string[][]>>;
}

const IMPORTED_ON = new Date(Date.UTC(2025, 2, 14));
const FORMULA_LIKE = '=HYPERLINK("http://example.org","click")';

function recommendation(index: number, extra: Row = {}): Row {
  return {
    id: `UPR4-SVN-${index}`,
    text: `Adopt a national action plan on human rights, recommendation ${index}`,
    mechanism: "UPR",
    country: "SVN",
    year: 2024,
    response: "Supported",
    recommendingStates: "Chile; Samoa",
    importedOn: IMPORTED_ON,
    ...extra,
  };
}

/** The listed columns of rows, for comparisons that ignore columns left empty. */
function pick(rows: readonly Row[], keys: readonly string[]): Row[] {
  return rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key] ?? null])));
}

const COMPARED = ["id", "text", "mechanism", "year", "response", "importedOn", "notes", "status"];

/** Values with trailing empty rows and columns removed: adapters differ in how far a used range reaches. */
function trimmed(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((row) => [...row]);
  while (rows.length > 0 && rows[rows.length - 1].every((value) => value === null)) rows.pop();
  const width = Math.max(0, ...rows.map((row) => row.reduce<number>((last, value, index) => (value === null ? last : index + 1), 0)));
  return rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null));
}

/** How a spreadsheet shows a value in CSV: dates as yyyy-mm-dd, as their column's format says. */
function shown(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return cellText(value);
}

export function describePortContract(adapter: string, emptyPort: () => Promise<WorkbookPort>, options: ContractOptions = {}): void {
  describe(`WorkbookPort contract: ${adapter}`, () => {
    let port: WorkbookPort;
    beforeEach(async () => {
      port = await emptyPort();
    });

    test("a workbook without the structure has no tables", async () => {
      const tables = await port.readTables(["Recommendations", "Actions"]);
      expect(tables).toEqual({ Recommendations: null, Actions: null });
      expect(await port.readSheet("Recommendations")).toBeNull();
    });

    test("emptyWorkbookPlans makes every table, empty, and the Lists sheet, in order", async () => {
      await port.apply({ plans: emptyWorkbookPlans() });
      const names = await port.sheetNames();
      const expected = [...TABLES.map((def) => def.sheet), LISTS_SHEET];
      expect(names.filter((name) => expected.includes(name))).toEqual(expected);
      const tables = await port.readTables(TABLES.map((def) => def.name));
      for (const def of TABLES) {
        expect(tables[def.name]?.rows).toEqual([]);
        expect(tables[def.name]?.columnNumbers[def.idColumn]).toBe(1);
      }
      const lists = trimmed((await port.readSheet(LISTS_SHEET)) ?? []);
      expect(lists[0][0]).toBe("Mechanism");
      expect(lists[1][0]).toBe("UPR");
    });

    test("upserted rows read back as written, formula-like text as text, dates as dates", async () => {
      await port.apply({ plans: emptyWorkbookPlans() });
      const rows = [recommendation(1, { notes: FORMULA_LIKE }), recommendation(2, { notes: "+32 2 555 01 01" }), recommendation(3, { notes: "-" })];
      await port.apply({ upserts: [{ table: "Recommendations", rows }] });
      const read = (await port.readTables(["Recommendations"])).Recommendations;
      expect(pick(read?.rows ?? [], COMPARED)).toEqual(pick(rows, COMPARED));
      expect(read?.rowNumbers).toEqual([2, 3, 4]);

      await port.apply({
        upserts: [{ table: "Recommendations", columns: ["status"], rows: [{ id: "UPR4-SVN-2", status: "Implemented", text: "not written" }, recommendation(4)] }],
      });
      const after = (await port.readTables(["Recommendations"])).Recommendations?.rows ?? [];
      expect(after.map((row) => row.id)).toEqual(["UPR4-SVN-1", "UPR4-SVN-2", "UPR4-SVN-3", "UPR4-SVN-4"]);
      expect(after[1]).toMatchObject({ status: "Implemented", text: rows[1].text });
    });

    test("columns people added are kept, by header, across a rewrite", async () => {
      await port.apply({ plans: [...emptyWorkbookPlans().filter((plan) => plan.sheet !== RECOMMENDATIONS.sheet)] });
      await port.apply({ plans: [tablePlan(RECOMMENDATIONS, [{ ...recommendation(1), "Ministry note": "ask MoJ" }], ["Ministry note"])] });
      await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1, { response: "Noted" }), recommendation(2)] }] });
      const read = (await port.readTables(["Recommendations"])).Recommendations;
      expect(read?.extraHeaders).toEqual(["Ministry note"]);
      expect(read?.rows.map((row) => [row.id, row.response, row["Ministry note"]])).toEqual([
        ["UPR4-SVN-1", "Noted", "ask MoJ"],
        ["UPR4-SVN-2", "Supported", null],
      ]);
    });

    test("deletions remove rows by ID", async () => {
      await port.apply({ plans: emptyWorkbookPlans() });
      await port.apply({ upserts: [{ table: "Recommendations", rows: [1, 2, 3].map((index) => recommendation(index)) }] });
      await port.apply({ deletions: [{ table: "Recommendations", ids: ["UPR4-SVN-2", "UPR4-SVN-9"] }] });
      const read = (await port.readTables(["Recommendations"])).Recommendations;
      expect(read?.rows.map((row) => row.id)).toEqual(["UPR4-SVN-1", "UPR4-SVN-3"]);
      expect(read?.rowNumbers).toEqual([2, 3]);
    });

    test("readSheet gives the sheet from A1, header first", async () => {
      await port.apply({ plans: emptyWorkbookPlans() });
      await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
      const values = trimmed((await port.readSheet(RECOMMENDATIONS.sheet)) ?? []);
      expect(values[0]).toEqual(RECOMMENDATIONS.columns.map((column) => column.header).slice(0, values[0].length));
      expect(values[1][0]).toBe("UPR4-SVN-1");
      const dateColumn = RECOMMENDATIONS.columns.findIndex((column) => column.key === "importedOn");
      expect(values[1][dateColumn]).toEqual(IMPORTED_ON);
    });

    test("a table from an older version (a column missing) reads, and the next write adds the column without losing a cell", async () => {
      const plan = tablePlan(RECOMMENDATIONS, [recommendation(1)].map((row) => ({ ...row, notes: "typed by a person" })));
      const responseIndex = plan.columns.findIndex((column) => column.header === "Response");
      plan.columns = plan.columns.map((column, index) => (index === responseIndex ? { ...column, header: "Answer" } : column));
      await port.apply({ plans: [plan] });
      const before = (await port.readTables(["Recommendations"])).Recommendations;
      expect(before?.missingColumns).toEqual(["response"]);
      expect(before?.extraHeaders).toEqual(["Answer"]);
      expect(before?.rows[0].response).toBeNull();
      await port.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR4-SVN-1", response: "Noted" }, recommendation(2)] }] });
      const after = (await port.readTables(["Recommendations"])).Recommendations;
      expect(after?.missingColumns).toEqual([]);
      expect(after?.rows.map((row) => [row.id, row.response, row.notes, row.Answer])).toEqual([
        ["UPR4-SVN-1", "Noted", "typed by a person", recommendation(1).response ?? null],
        ["UPR4-SVN-2", recommendation(2).response ?? null, null, null],
      ]);
    });

    test("a table without its ID column is a UserFacingError naming table and column", async () => {
      const plan = tablePlan(RECOMMENDATIONS, []);
      plan.columns = plan.columns.map((column) => (column.header === "ID" ? { ...column, header: "Identifier" } : column));
      await port.apply({ plans: [plan] });
      await expect(port.readTables(["Recommendations"])).rejects.toThrow(UserFacingError);
      await expect(port.readTables(["Recommendations"])).rejects.toThrow(/Recommendations has no column "ID"/);
    });

    test("all or nothing: a bad row anywhere leaves every table as it was", async () => {
      await port.apply({ plans: emptyWorkbookPlans() });
      await port.apply({ upserts: [{ table: "Recommendations", rows: [recommendation(1)] }] });
      const before = await port.readTables(["Recommendations", "Institutions"]);
      const tooLong = "x".repeat(MAX_CELL_CHARS + 1);
      await expect(
        port.apply({
          upserts: [
            { table: "Institutions", rows: [{ name: "Ombudsman" }] },
            { table: "Recommendations", rows: [recommendation(2), recommendation(3, { text: tooLong })] },
          ],
        }),
      ).rejects.toThrow(/holds at most 32767/);
      await expect(port.apply({ upserts: [{ table: "Institutions", rows: [{ name: "Ombudsman" }, { name: "Ombudsman" }] }] })).rejects.toThrow(UserFacingError);
      expect(await port.readTables(["Recommendations", "Institutions"])).toEqual(before);
    });

    const reader = options.independentReader;
    if (reader) {
      test("a program we did not write reads the same values", async () => {
        await port.apply({ plans: emptyWorkbookPlans() });
        const rows = [recommendation(1, { notes: FORMULA_LIKE }), recommendation(2, { notes: "@mention" })];
        await port.apply({ upserts: [{ table: "Recommendations", rows }] });
        const sheets = await reader(port);
        const ours = trimmed((await port.readSheet(RECOMMENDATIONS.sheet)) ?? []);
        const theirs = sheets[RECOMMENDATIONS.sheet];
        expect(theirs.slice(0, ours.length).map((row) => row.slice(0, ours[0].length))).toEqual(ours.map((row) => row.map(shown)));
        const notes = RECOMMENDATIONS.columns.findIndex((column) => column.key === "notes");
        const importedOn = RECOMMENDATIONS.columns.findIndex((column) => column.key === "importedOn");
        expect(theirs[1][notes]).toBe(FORMULA_LIKE);
        expect(theirs[2][notes]).toBe("@mention");
        expect(theirs[1][importedOn]).toBe("2025-03-14");
        expect(sheets[LISTS_SHEET][0][0]).toBe("Mechanism");
      });
    }
  });
}
