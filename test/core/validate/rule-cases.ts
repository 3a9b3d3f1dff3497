import type { Row } from "../../../src/model/cells";
import type { RuleCode } from "../../../src/core/validate/rules";

export type Case = { table: "Actions" | "Indicators"; pass: Row; fail: Row; cell?: string };

/**
 * For every rule, a row that passes it and a row that breaks it, each a change to a valid row.
 * The passing row is deliberately close to the failing one (the edge the rule draws).
 */
export const CASES: Record<Exclude<RuleCode, "ACT-ID-DUPLICATE" | "IND-ID-DUPLICATE" | "ACT-DUPLICATE" | "COV-RECOMMENDATION-UNADDRESSED" | "COV-CLUSTER-NO-LEAD">, Case> = {
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

