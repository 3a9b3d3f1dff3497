import type { Row } from "../../../src/model/cells";
import { RULES, type RuleCode } from "../../../src/core/validate/rules";
import { CASES, type Case } from "./rule-cases";
import { ValidationSession } from "../../../src/core/validate/validation-session";
import { TODAY, codes, session, table, tables, validAction, validIndicator } from "./fixtures";

function run(kind: Case["table"], change: Row) {
  const action = kind === "Actions" ? { ...validAction(), ...change } : validAction();
  const indicator = kind === "Indicators" ? { ...validIndicator(), ...change } : validIndicator();
  return session([action], [indicator]);
}

describe("the valid fixtures", () => {
  it("have no findings at all", () => {
    expect(session([validAction()], [validIndicator()]).findings()).toEqual([]);
  });
});

describe.each(Object.entries(CASES))("%s", (code, testCase) => {
  it("passes its passing row", () => {
    expect(codes(run(testCase.table, testCase.pass))).not.toContain(code);
  });
  it("reports its failing row, with the rule's severity, a message and the cell", () => {
    const found = run(testCase.table, testCase.fail).findings().filter((finding) => finding.code === code);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(RULES[code as RuleCode].severity);
    expect(found[0].table).toBe(testCase.table);
    expect(found[0].message.length).toBeGreaterThan(20);
    expect(found[0].message).not.toMatch(/\{\w+\}/);
    if (testCase.cell) expect(found[0].cell).toBe(testCase.cell);
  });
});

describe("rules across rows", () => {
  it("ACT-ID-DUPLICATE: the same Action ID twice (in any case) is reported on both rows", () => {
    const other = { ...validAction(), description: "Another action about shelters for women" };
    expect(codes(session([validAction(), { ...other, actionId: "A-002" }], []))).not.toContain("ACT-ID-DUPLICATE");
    const found = session([validAction(), { ...other, actionId: "a-001" }], []).findings().filter((f) => f.code === "ACT-ID-DUPLICATE");
    expect(found.map((f) => f.cell)).toEqual(["Actions!A2", "Actions!A3"]);
  });

  it("IND-ID-DUPLICATE: the same Indicator ID twice is reported", () => {
    expect(codes(session([validAction()], [validIndicator(), { ...validIndicator(), indicatorId: "I-002" }]))).not.toContain("IND-ID-DUPLICATE");
    expect(codes(session([validAction()], [validIndicator(), validIndicator()])).filter((c) => c === "IND-ID-DUPLICATE")).toHaveLength(2);
  });

  it("ACT-DUPLICATE: same description and recommendations (ignoring case, punctuation, order) flags the later row only", () => {
    const copy = { ...validAction(), actionId: "A-002", description: "adopt and fund the action plan on domestic violence.", recommendationIds: "UPR4-SVN-140.174;UPR4-SVN-140.172" };
    const found = session([validAction(), copy], []).findings().filter((f) => f.code === "ACT-DUPLICATE");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rowId: "A-002", cell: "Actions!D3" });
    expect(found[0].message).toContain("A-001");
    const sameTextOtherRecommendation = { ...copy, recommendationIds: "UPR4-SVN-140.219", clusterId: null };
    expect(codes(session([validAction(), sameTextOtherRecommendation], []))).not.toContain("ACT-DUPLICATE");
  });

  it("COV-RECOMMENDATION-UNADDRESSED: the gap list, counting actions on a recommendation's cluster", () => {
    const only219 = { ...validAction(), recommendationIds: "UPR4-SVN-140.219", clusterId: null };
    const found = session([only219], []).findings().filter((f) => f.code === "COV-RECOMMENDATION-UNADDRESSED");
    expect(found.map((f) => [f.rowId, f.cell])).toEqual([
      ["UPR4-SVN-140.172", "Recommendations!A2"],
      ["UPR4-SVN-140.174", "Recommendations!A3"],
    ]);
    const viaCluster = { ...validAction(), recommendationIds: "UPR4-SVN-140.174; UPR4-SVN-140.219", clusterId: "C-001" };
    expect(codes(session([viaCluster], []))).not.toContain("COV-RECOMMENDATION-UNADDRESSED");
    const cancelled = { ...viaCluster, status: "Cancelled" };
    expect(codes(session([cancelled], [])).filter((code) => code === "COV-RECOMMENDATION-UNADDRESSED")).toHaveLength(3);
  });

  it("COV-CLUSTER-NO-LEAD: a cluster without a lead institution", () => {
    const clusters = table("Clusters", [
      { clusterId: "C-001", leadInstitution: "Police" },
      { clusterId: "C-002", leadInstitution: null },
    ]);
    const found = session([validAction()], [validIndicator()], { clusters }).findings().filter((f) => f.code === "COV-CLUSTER-NO-LEAD");
    expect(found).toEqual([expect.objectContaining({ table: "Clusters", rowId: "C-002", cell: "Clusters!D3", severity: "warning" })]);
  });
});

describe("addresses and languages", () => {
  it("uses the worksheet's own row and column numbers (rows below blanks, moved columns)", () => {
    const actions = table("Actions", [{ ...validAction(), leadInstitution: null }]);
    actions.rowNumbers = [7];
    actions.columnNumbers = { ...actions.columnNumbers, leadInstitution: 3 };
    const found = session([], [], { actions }).findings().find((f) => f.code === "ACT-LEAD-MISSING");
    expect(found?.cell).toBe("Actions!C7");
  });

  it("speaks Spanish and French", () => {
    for (const [language, word] of [["es", "plazo"], ["fr", "échéance"]] as const) {
      const spoken = new ValidationSession(tables([{ ...validAction(), deadline: null }], [validIndicator()]), { today: TODAY, language });
      expect(spoken.findings().find((f) => f.code === "ACT-DEADLINE-MISSING")?.message).toContain(word);
    }
  });
});
