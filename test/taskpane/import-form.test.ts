import { editMapping, mappingProblem, pastedSourceName, readyToImport, type PendingSource } from "../../src/taskpane/import-form";
import { NO_SELECTION, choiceValues, filterFromSelection, isUprCycle, keepAvailable } from "../../src/taskpane/matrix-form";

describe("the Import page's column mapping", () => {
  const guessed = { Recomendación: "text", Mecanismo: "mechanism", País: "country" } as const;

  test("a column set to a field takes it from the column that had it", () => {
    expect(editMapping(guessed, "Notas", "text")).toEqual({ Mecanismo: "mechanism", País: "country", Notas: "text" });
  });

  test("a column set to 'not imported' leaves the mapping", () => {
    expect(editMapping(guessed, "País", "")).toEqual({ Recomendación: "text", Mecanismo: "mechanism" });
  });

  test("a mapping without a text column, or with a field twice, cannot be imported", () => {
    expect(mappingProblem(guessed)).toBeNull();
    expect(mappingProblem(editMapping(guessed, "Recomendación", ""))).toEqual({ kind: "noText" });
    expect(mappingProblem({ A: "text", B: "country", C: "country" })).toEqual({ kind: "duplicate", field: "country" });
  });

  test("import waits for every preview, and refuses a source whose preview failed or whose mapping is unusable", () => {
    const preview = { file: "a.csv", format: "csv" as const, rows: [], problems: [], totals: { recommendations: 0, problems: 0 } };
    const ok: PendingSource = { key: 1, source: { name: "a.csv" }, preview };
    expect(readyToImport([])).toBe(false);
    expect(readyToImport([ok])).toBe(true);
    expect(readyToImport([ok, { key: 2, source: { name: "b.csv" } }])).toBe(false);
    expect(readyToImport([ok, { key: 2, source: { name: "b.csv" }, previewError: "unknown format" }])).toBe(false);
    expect(readyToImport([{ ...ok, source: { name: "a.csv", mapping: { A: "country" } } }])).toBe(false);
  });

  test("pasted texts get names no other source has", () => {
    const named = (name: string): PendingSource => ({ key: 0, source: { name } });
    const nameFor = (n: number) => `Pasted text ${n}`;
    expect(pastedSourceName([], nameFor)).toBe("Pasted text 1");
    expect(pastedSourceName([named("Pasted text 1"), named("x.docx")], nameFor)).toBe("Pasted text 2");
  });
});

describe("the Matrix page's filters", () => {
  test("'all' options are left out of the filter; the cycle is a number", () => {
    expect(filterFromSelection(NO_SELECTION)).toEqual({});
    expect(filterFromSelection({ ...NO_SELECTION, mechanism: "UPR", cycle: "4", status: "Not started" })).toEqual({ mechanism: "UPR", cycle: 4, status: "Not started" });
  });

  test("UPR cycles and years are told apart", () => {
    expect(isUprCycle(4)).toBe(true);
    expect(isUprCycle(2019)).toBe(false);
  });

  test("a chosen value the workbook no longer has goes back to all", () => {
    const choices = { mechanisms: ["UPR"], cycles: [2, 2013], clusters: [{ id: "C-01", name: "Justice" }], institutions: [], responses: ["Supported"], statuses: [] };
    const kept = keepAvailable({ ...NO_SELECTION, mechanism: "CRC", cycle: "2013", cluster: "C-01" }, choiceValues(choices));
    expect(kept).toEqual({ ...NO_SELECTION, cycle: "2013", cluster: "C-01" });
  });
});
