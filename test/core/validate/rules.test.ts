import type { Row } from "../../../src/model/cells";
import { RULES, type RuleCode } from "../../../src/core/validate/rules";
import { ValidationSession } from "../../../src/core/validate/validation-session";
import { TODAY, codes, session, table, tables, validAction, validIndicator } from "./fixtures";

type Case = { table: "Actions" | "Indicators"; pass: Row; fail: Row; cell?: string };

/**
 * For every rule, a row that passes it and a row that breaks it, each a change to a valid row.
 * The passing row is deliberately close to the failing one (the edge the rule draws).
 */
const CASES: Record<Exclude<RuleCode, "ACT-ID-DUPLICATE" | "IND-ID-DUPLICATE" | "ACT-DUPLICATE" | "COV-RECOMMENDATION-UNADDRESSED" | "COV-CLUSTER-NO-LEAD">, Case> = {
  "ACT-ID-MISSING": { table: "Actions", pass: { actionId: "A-009" }, fail: { actionId: "  " }, cell: "Actions!A2" },
  "ACT-DESCRIPTION-MISSING": { table: "Actions", pass: { description: "Train police officers on protection orders" }, fail: { description: null }, cell: "Actions!D2" },
  "ACT-DESCRIPTION-PLACEHOLDER": { table: "Actions", pass: { description: "Define the training programme for judges" }, fail: { description: "À définir" } },
  "ACT-DESCRIPTION-VAGUE": { table: "Actions", pass: { description: "Train the judges" }, fail: { description: "Training" } },
  "ACT-LINK-MISSING": { table: "Actions", pass: { recommendationIds: null, clusterId: "C-001" }, fail: { recommendationIds: null, clusterId: null }, cell: "Actions!B2" },
  "ACT-RECOMMENDATION-UNKNOWN": { table: "Actions", pass: { recommendationIds: "upr4-svn-140.172" }, fail: { recommendationIds: "UPR4-SVN-140.172; UPR4-SVN-140.999" } },
  "ACT-CLUSTER-UNKNOWN": { table: "Actions", pass: { clusterId: "C-002" }, fail: { clusterId: "C-404" }, cell: "Actions!C2" },
  "ACT-LEAD-MISSING": { table: "Actions", pass: { leadInstitution: "Police" }, fail: { leadInstitution: null }, cell: "Actions!E2" },
  "ACT-LEAD-UNKNOWN": { table: "Actions", pass: { leadInstitution: "ministry of justice" }, fail: { leadInstitution: "Ministry of Finances" } },
  "ACT-PARTNER-UNKNOWN": { table: "Actions", pass: { partners: "Police; Ministry of Justice" }, fail: { partners: "Police; UNICEF" }, cell: "Actions!F2" },
  "ACT-DATE-INVALID": { table: "Actions", pass: { deadline: 46387 }, fail: { deadline: "31/02/2026" }, cell: "Actions!H2" },
  "ACT-DATE-TEXT": { table: "Actions", pass: { start: new Date(Date.UTC(2025, 0, 1)) }, fail: { start: "01.03.2025" }, cell: "Actions!G2" },
  "ACT-DEADLINE-MISSING": { table: "Actions", pass: { deadline: new Date(Date.UTC(2027, 0, 1)) }, fail: { deadline: null } },
  "ACT-DEADLINE-BEFORE-START": { table: "Actions", pass: { start: new Date(Date.UTC(2026, 11, 31)) }, fail: { start: new Date(Date.UTC(2027, 0, 1)) } },
  "ACT-STATUS-MISSING": { table: "Actions", pass: { status: "Planned" }, fail: { status: null }, cell: "Actions!K2" },
  "ACT-STATUS-UNKNOWN": { table: "Actions", pass: { status: "delayed" }, fail: { status: "Ongoing" } },
  "ACT-PROGRESS-INVALID": { table: "Actions", pass: { progress: 0 }, fail: { progress: 120 }, cell: "Actions!L2" },
  "ACT-PROGRESS-COMPLETE-NOT-COMPLETED": { table: "Actions", pass: { progress: 99 }, fail: { progress: 100 } },
  "ACT-COMPLETED-PROGRESS-LOW": {
    table: "Actions",
    pass: { status: "Completed", progress: 100, deadline: new Date(Date.UTC(2025, 11, 31)) },
    fail: { status: "Completed", progress: 80, deadline: new Date(Date.UTC(2025, 11, 31)) },
  },
  "ACT-NUMBER-TEXT": { table: "Actions", pass: { budget: 1200.5 }, fail: { budget: "1.200,50" }, cell: "Actions!I2" },
  "ACT-BUDGET-INVALID": { table: "Actions", pass: { budget: 0 }, fail: { budget: -5 } },
  "ACT-CURRENCY-MISSING": { table: "Actions", pass: { budget: null, currency: null }, fail: { currency: null }, cell: "Actions!J2" },
  "ACT-CURRENCY-UNKNOWN": { table: "Actions", pass: { currency: "usd" }, fail: { currency: "EURO" } },
  "ACT-COMPLETED-FUTURE-DEADLINE": {
    table: "Actions",
    pass: { status: "Completed", progress: 100, deadline: new Date(Date.UTC(2026, 0, 15)) },
    fail: { status: "Completed", progress: 100, deadline: new Date(Date.UTC(2026, 0, 16)) },
  },
  "IND-ID-MISSING": { table: "Indicators", pass: { indicatorId: "I-002" }, fail: { indicatorId: null }, cell: "Indicators!A2" },
  "IND-ACTION-MISSING": { table: "Indicators", pass: { actionId: "a-001" }, fail: { actionId: null }, cell: "Indicators!B2" },
  "IND-ACTION-UNKNOWN": { table: "Indicators", pass: { actionId: "A-001" }, fail: { actionId: "A-007" } },
  "IND-NAME-MISSING": { table: "Indicators", pass: { name: "Shelter places" }, fail: { name: "" }, cell: "Indicators!C2" },
  "IND-TYPE-MISSING": { table: "Indicators", pass: { type: "Outcome" }, fail: { type: null }, cell: "Indicators!D2" },
  "IND-TYPE-UNKNOWN": { table: "Indicators", pass: { type: "structural", unit: null }, fail: { type: "Impact" } },
  "IND-UNIT-MISSING": { table: "Indicators", pass: { type: "Structural", unit: null }, fail: { type: "Outcome", unit: null }, cell: "Indicators!E2" },
  "IND-BASELINE-MISSING": { table: "Indicators", pass: { baseline: "0" }, fail: { baseline: null, baselineYear: null }, cell: "Indicators!F2" },
  "IND-TARGET-MISSING": { table: "Indicators", pass: { target: "1 500" }, fail: { target: null, targetYear: null }, cell: "Indicators!H2" },
  "IND-VALUE-NOT-NUMERIC": { table: "Indicators", pass: { unit: "Yes/No", baseline: "No", target: "Yes", currentValue: "No" }, fail: { unit: "%", baseline: "about a fifth" }, cell: "Indicators!F2" },
  "IND-YEAR-MISSING": { table: "Indicators", pass: { baselineYear: "2024" }, fail: { baselineYear: null }, cell: "Indicators!G2" },
  "IND-YEAR-INVALID": { table: "Indicators", pass: { targetYear: 2030 }, fail: { targetYear: 20266 }, cell: "Indicators!I2" },
  "IND-TARGET-YEAR-BEFORE-BASELINE": { table: "Indicators", pass: { targetYear: 2024 }, fail: { targetYear: 2023 }, cell: "Indicators!I2" },
  "IND-CURRENT-DATE-MISSING": { table: "Indicators", pass: { currentValue: null, currentValueDate: null }, fail: { currentValueDate: null }, cell: "Indicators!K2" },
  "IND-DATE-INVALID": { table: "Indicators", pass: { currentValueDate: 45838 }, fail: { currentValueDate: 2025 } },
  "IND-DATE-TEXT": { table: "Indicators", pass: { currentValueDate: new Date(Date.UTC(2025, 5, 30)) }, fail: { currentValueDate: "2025-06-30" } },
  "IND-SOURCE-MISSING": { table: "Indicators", pass: { dataSource: "SURS" }, fail: { dataSource: null }, cell: "Indicators!L2" },
  "IND-FREQUENCY-MISSING": { table: "Indicators", pass: { frequency: "Quarterly" }, fail: { frequency: null }, cell: "Indicators!M2" },
  "IND-FREQUENCY-UNKNOWN": { table: "Indicators", pass: { frequency: "one-off" }, fail: { frequency: "Yearly" } },
  "IND-RESPONSIBLE-UNKNOWN": { table: "Indicators", pass: { responsible: null }, fail: { responsible: "UNICEF" }, cell: "Indicators!O2" },
};

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
