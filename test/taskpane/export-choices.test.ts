import { NO_SUBSET, exportFileName, filterOf, impactOssEntryName } from "../../src/taskpane/export-choices";

describe("Export page choices", () => {
  test("choices left on All are not part of the filter; the cycle becomes a number", () => {
    expect(filterOf(NO_SUBSET)).toEqual({});
    expect(filterOf({ ...NO_SUBSET, mechanism: "UPR", cycle: "4", status: "In progress" })).toEqual({ mechanism: "UPR", cycle: 4, status: "In progress" });
    expect(filterOf({ ...NO_SUBSET, cycle: "not a number" })).toEqual({});
  });

  test("file names say what was exported, the subset and the report's language, in plain ASCII", () => {
    const base = { filter: {}, language: "en" as const, table: "Actions", format: "csv" as const };
    expect(exportFileName({ ...base, kind: "report" })).toBe("rights-matrix-report-en.docx");
    expect(exportFileName({ ...base, kind: "report", language: "es", filter: { mechanism: "UPR", cycle: 4 } })).toBe("rights-matrix-report-upr-cycle-4-es.docx");
    expect(exportFileName({ ...base, kind: "matrix", format: "xlsx", filter: { institution: "Ministère de la Justice" } })).toBe("monitoring-matrix-ministere-de-la-justice.xlsx");
    expect(exportFileName({ ...base, kind: "table" })).toBe("actions.csv");
    expect(exportFileName({ ...base, kind: "impactoss" })).toBe("impactoss.zip");
    expect(impactOssEntryName("measures")).toBe("impactoss-measures.csv");
  });
});
