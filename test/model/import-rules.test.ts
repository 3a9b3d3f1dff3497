import { RECOMMENDATIONS } from "../../src/model/tables";

/** docs/import.md, "What an import may change": each Recommendations column's rule, stated once. */
describe("what an import may change in the Recommendations table", () => {
  const rule = (key: string) => RECOMMENDATIONS.columns.find((column) => column.key === key)!.onImport ?? "person";

  it("updates what the source says, fills what people share with sources, never writes person columns", () => {
    const byRule: Record<string, string[]> = {};
    for (const column of RECOMMENDATIONS.columns) (byRule[rule(column.key)] ??= []).push(column.key);
    expect(byRule).toEqual({
      identity: ["id"],
      update: ["text", "mechanism", "bodyDetail", "country", "documentSymbol", "paragraph", "cycleSession", "year", "recommendingStates", "response"],
      fill: ["themes", "affectedPersons", "sdgTargets"],
      person: ["cluster", "overlapGroup", "responsibleInstitutions", "status", "notes", "assessment"],
      provenance: ["source", "importedOn"],
    });
  });

  it("gives every column people fill the person rule, and only source columns another rule", () => {
    for (const column of RECOMMENDATIONS.columns) {
      if (column.origin === "user") expect([column.key, rule(column.key)]).toEqual([column.key, "person"]);
      else expect([column.key, column.onImport]).toEqual([column.key, expect.any(String)]);
    }
  });
});
