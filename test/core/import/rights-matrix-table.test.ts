import { looksLikeRightsMatrixTable, readRightsMatrixTable } from "../../../src/core/import/rights-matrix-table";
import { RECOMMENDATIONS } from "../../../src/model/tables";

const HEADERS = RECOMMENDATIONS.columns.map((column) => column.header);

describe("our own Recommendations table as a source", () => {
  it("is recognised by our headers, not by an ID and a Text column alone", () => {
    expect(looksLikeRightsMatrixTable(HEADERS)).toBe(true);
    expect(looksLikeRightsMatrixTable([...HEADERS.slice(0, 12), "Our own column"])).toBe(true);
    expect(looksLikeRightsMatrixTable(["ID", "Text", "Mechanism", "Country"])).toBe(false);
    expect(looksLikeRightsMatrixTable(HEADERS.filter((header) => header !== "ID"))).toBe(false);
  });

  it("reads rows as workbook rows, typed as the columns hold them, and lists a row without an ID", () => {
    const cell = (values: Record<string, string>) => HEADERS.map((header) => values[header] ?? "");
    const rows = [
      { row: 2, cells: [...cell({ ID: "UPR4-SVN-140.7", Text: "Ratify", Year: "2025", "Imported on": "46037", Status: "In progress" }), "kept"] },
      { row: 3, cells: [...cell({ ID: "", Text: "Typed into the export by hand" }), ""] },
      { row: 4, cells: [...cell({ ID: "CRC-PRY-2022-25(b)", "Imported on": "2026-01-15" }), ""] },
    ];
    const events = [...readRightsMatrixTable({ headers: [...HEADERS, "Our own column"], rows }, "export.csv")];
    expect(events[0]).toEqual({
      workbookRow: {
        location: { file: "export.csv", row: 2, column: "Text" },
        values: expect.objectContaining({ id: "UPR4-SVN-140.7", year: 2025, importedOn: new Date(Date.UTC(2026, 0, 15)), status: "In progress", notes: null, "Our own column": "kept" }),
      },
    });
    expect(events[1]).toEqual({ problem: { location: { file: "export.csv", row: 3, column: "ID" }, key: "import.workbookRowWithoutId", params: {} } });
    expect(events[2]).toMatchObject({ workbookRow: { values: { importedOn: new Date(Date.UTC(2026, 0, 15)) } } });
  });
});
