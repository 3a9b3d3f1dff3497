import { groupFindings } from "../../../src/core/validate/group-findings";
import { codes, session, validAction, validIndicator } from "./fixtures";

describe("SMART rating", () => {
  it("is 5/5 for a complete action with a sound indicator", () => {
    const [rating] = session([validAction()], [validIndicator()]).smartRatings();
    expect(rating).toMatchObject({ actionId: "A-001", rowNumber: 2, score: 5, text: "5/5 SMART" });
  });

  it("names each criterion the rules fail", () => {
    const vague = { ...validAction(), description: "TBD", leadInstitution: null, recommendationIds: "UPR4-SVN-140.999", clusterId: null, deadline: null };
    const [rating] = session([vague], []).smartRatings();
    expect(rating.score).toBe(0);
    expect(rating.text).toBe("0/5, missing: specific, measurable, assignable, relevant, time-bound");
  });

  it("counts as measurable only an indicator without errors", () => {
    const broken = { ...validIndicator(), dataSource: null };
    expect(session([validAction()], [broken]).smartRatings()[0]).toMatchObject({ score: 4, criteria: { measurable: false } });
  });
});

describe("revalidating one edited row", () => {
  it("fixes and breaks a cell, and updates the findings list", () => {
    const live = session([validAction()], [validIndicator()]);
    const broken = live.updateRow("Actions", 2, { ...validAction(), leadInstitution: "Nobody" });
    expect(broken.findings.map((f) => f.code)).toEqual(["ACT-LEAD-UNKNOWN"]);
    expect(broken.affected).toEqual(expect.arrayContaining([{ table: "Actions", rowNumber: 2 }, { table: "Indicators", rowNumber: 2 }]));
    expect(codes(live)).toEqual(["ACT-LEAD-UNKNOWN"]);
    const fixed = live.updateRow("Actions", 2, validAction());
    expect(fixed.findings).toEqual([]);
    expect(codes(live)).toEqual([]);
  });

  it("renaming an action breaks the indicators that point at it", () => {
    const live = session([validAction()], [validIndicator()]);
    const result = live.updateRow("Actions", 2, { ...validAction(), actionId: "A-100" });
    expect(result.findings).toEqual([expect.objectContaining({ code: "IND-ACTION-UNKNOWN", cell: "Indicators!B2" })]);
    expect(live.smartRatings()[0].criteria.measurable).toBe(false);
  });

  it("an indicator edit changes its action's SMART rating", () => {
    const live = session([validAction()], [validIndicator()]);
    live.updateRow("Indicators", 2, { ...validIndicator(), frequency: "Yearly" });
    expect(live.smartRatings()[0].score).toBe(4);
  });

  it("a new row below the table, and duplicates appearing and going", () => {
    const live = session([validAction()], []);
    const copy = { ...validAction(), actionId: "A-002" };
    expect(live.updateRow("Actions", 3, copy).findings.map((f) => f.code)).toContain("ACT-DUPLICATE");
    live.updateRow("Actions", 3, { ...copy, description: "Open two new shelters for women in Maribor" });
    expect(codes(live)).not.toContain("ACT-DUPLICATE");
    live.updateRow("Actions", 3, { ...copy, actionId: "A-001", description: "Open two new shelters for women in Maribor" });
    expect(codes(live).filter((code) => code === "ACT-ID-DUPLICATE")).toHaveLength(2);
  });

  it("gives the same findings as validating from scratch", () => {
    const live = session([validAction(), { ...validAction(), actionId: "A-002", description: "Fund shelters for victims in every region" }], [validIndicator()]);
    const edited = { ...validAction(), actionId: "A-002", description: "Fund shelters", progress: 100, deadline: "2026-13-01" };
    live.updateRow("Actions", 3, edited);
    const fresh = session([validAction(), edited], [validIndicator()]);
    expect(live.findings()).toEqual(fresh.findings());
    expect(live.smartRatings()).toEqual(fresh.smartRatings());
  });
});

describe("grouping findings", () => {
  it("by table in workbook order, errors before warnings", () => {
    const findings = session([{ ...validAction(), status: null, leadInstitution: null }], [{ ...validIndicator(), frequency: null, dataSource: null }]).findings();
    const groups = groupFindings(findings);
    expect(groups.map((group) => [group.table, group.severity, group.findings.map((finding) => finding.code)])).toEqual([
      ["Actions", "error", ["ACT-LEAD-MISSING"]],
      ["Actions", "warning", ["ACT-STATUS-MISSING"]],
      ["Indicators", "error", ["IND-SOURCE-MISSING"]],
      ["Indicators", "warning", ["IND-FREQUENCY-MISSING"]],
    ]);
  });
});
