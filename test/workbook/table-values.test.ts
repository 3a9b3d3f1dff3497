import type { CellValue } from "../../src/model/cells";
import { UserFacingError } from "../../src/model/i18n/messages";
import { CLUSTERS } from "../../src/model/tables";
import { planTableEdit, sameCellValue, tableDataFromValues } from "../../src/workbook/table-values";

const HEADER: CellValue[] = ["Cluster ID", "Name", "Description", "Lead institution", "Confirmed", "Ministry note", null];

function clusters() {
  return tableDataFromValues(
    CLUSTERS,
    HEADER,
    [
      ["C1", " Justice ", null, "Ministry of Justice", "Yes", "ask", "ignored: no header"],
      [null, "  ", null, null, null, null, null],
      ["C2", "Health", "Access to care", null, "No", null, null],
    ],
    { headerRow: 3, firstColumn: 2 },
    "plan.xlsx",
  );
}

describe("tableDataFromValues", () => {
  test("keys rows by column key, keeps extra columns by header, skips blank rows, numbers rows on the sheet", () => {
    const data = clusters();
    expect(data.rows).toEqual([
      { clusterId: "C1", name: "Justice", description: null, leadInstitution: "Ministry of Justice", confirmed: "Yes", "Ministry note": "ask" },
      { clusterId: "C2", name: "Health", description: "Access to care", leadInstitution: null, confirmed: "No", "Ministry note": null },
    ]);
    expect(data.rowNumbers).toEqual([4, 6]);
    expect(data.extraHeaders).toEqual(["Ministry note"]);
    expect(data.columnNumbers).toMatchObject({ clusterId: 2, confirmed: 6, "Ministry note": 7 });
  });

  test("headers match whatever their case; a missing column reads as empty, a missing ID column names file, table and column", () => {
    const data = tableDataFromValues(CLUSTERS, ["cluster id", "NAME", "Description", "Lead institution", "Confirmed"], [], { headerRow: 1, firstColumn: 1 }, "x.xlsx");
    expect(data.columnNumbers.name).toBe(2);
    expect(data.missingColumns).toEqual([]);
    const older = tableDataFromValues(CLUSTERS, ["Cluster ID", "Name"], [["C1", "Justice"]], { headerRow: 1, firstColumn: 1 }, "x.xlsx");
    expect(older.missingColumns).toEqual(["description", "leadInstitution", "confirmed"]);
    expect(older.rows).toEqual([{ clusterId: "C1", name: "Justice", description: null, leadInstitution: null, confirmed: null }]);
    expect(() => tableDataFromValues(CLUSTERS, ["Cluster", "Name"], [], { headerRow: 1, firstColumn: 1 }, "x.xlsx")).toThrow(
      'x.xlsx: table Clusters has no column "Cluster ID"',
    );
  });
});

describe("planTableEdit", () => {
  test("deletes first, then updates only the listed columns of existing IDs and appends new IDs", () => {
    const edit = planTableEdit(
      CLUSTERS,
      clusters(),
      {
        deletions: [{ table: "Clusters", ids: ["C2"] }],
        upserts: [
          { table: "Clusters", columns: ["name"], rows: [{ clusterId: "C1", name: "Justice and courts", description: "not written" }] },
          { table: "Clusters", rows: [{ clusterId: "C2", name: "Health again", unknown: "dropped" }] },
        ],
      },
      "plan.xlsx",
    );
    expect(edit.deleted).toEqual([1]);
    expect(edit.updated).toEqual([{ index: 0, keys: ["name"] }]);
    expect(edit.appended).toEqual([{ clusterId: "C2", name: "Health again" }]);
    expect(edit.rows.map((row) => [row.clusterId, row.name, row.description, row["Ministry note"]])).toEqual([
      ["C1", "Justice and courts", null, "ask"],
      ["C2", "Health again", undefined, undefined],
    ]);
    expect(edit.keys).toEqual([...CLUSTERS.columns.map((column) => column.key), "Ministry note"]);
  });

  test("a value that differs only in spacing is no change", () => {
    const edit = planTableEdit(CLUSTERS, clusters(), { upserts: [{ table: "Clusters", rows: [{ clusterId: "C1", name: "Justice  ".trim() + " " }] }] }, "plan.xlsx");
    expect(edit.updated).toEqual([]);
    expect(sameCellValue(new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 0, 1)))).toBe(true);
    expect(sameCellValue(new Date(Date.UTC(2025, 0, 1)), 45658)).toBe(false);
    expect(sameCellValue("", null)).toBe(true);
  });

  test("a row without ID or an ID twice is refused, naming workbook, table and row", () => {
    const missing = () => planTableEdit(CLUSTERS, null, { upserts: [{ table: "Clusters", rows: [{ clusterId: "C9" }, { name: "No id" }] }] }, "plan.xlsx");
    expect(missing).toThrow(UserFacingError);
    expect(missing).toThrow("plan.xlsx, Clusters, row 2: a row in table Clusters has no Cluster ID");
    const twice = () => planTableEdit(CLUSTERS, null, { upserts: [{ table: "Clusters", rows: [{ clusterId: "C9" }, { clusterId: "C9" }] }] }, "plan.xlsx");
    expect(twice).toThrow("the ID C9 appears more than once in table Clusters");
  });
});
