import type { Row } from "../../../src/model/cells";
import { tableDef, type TableName } from "../../../src/model/tables";
import type { TableData } from "../../../src/workbook/port";
import { ValidationSession, type ValidationTables } from "../../../src/core/validate/validation-session";

export const TODAY = new Date(Date.UTC(2026, 0, 15));

export function table(name: TableName, rows: Row[]): TableData {
  const def = tableDef(name);
  return {
    table: name,
    rows,
    rowNumbers: rows.map((_, index) => index + 2),
    extraHeaders: [],
    columnNumbers: Object.fromEntries(def.columns.map((column, index) => [column.key, index + 1])),
  };
}

export const validAction = (): Row => ({
  actionId: "A-001",
  recommendationIds: "UPR4-SVN-140.172; UPR4-SVN-140.174",
  clusterId: "C-001",
  description: "Adopt and fund the action plan on domestic violence",
  leadInstitution: "Ministry of Justice",
  partners: "Police",
  start: new Date(Date.UTC(2025, 2, 1)),
  deadline: new Date(Date.UTC(2026, 11, 31)),
  budget: 450000,
  currency: "EUR",
  status: "In progress",
  progress: 30,
  desiredOutcome: null,
  lastUpdated: null,
  smart: null,
});

export const validIndicator = (): Row => ({
  indicatorId: "I-001",
  actionId: "A-001",
  name: "Police protection orders issued",
  type: "Process",
  unit: "number",
  baseline: "1200",
  baselineYear: 2024,
  target: "1500",
  targetYear: 2026,
  currentValue: "1310",
  currentValueDate: new Date(Date.UTC(2025, 5, 30)),
  dataSource: "Police annual report",
  frequency: "Annual",
  disaggregation: null,
  responsible: "Police",
});

export function tables(actions: Row[], indicators: Row[], extra: Partial<ValidationTables> = {}): ValidationTables {
  return {
    actions: table("Actions", actions),
    indicators: table("Indicators", indicators),
    recommendations: table("Recommendations", [
      { id: "UPR4-SVN-140.172", cluster: "C-001" },
      { id: "UPR4-SVN-140.174", cluster: null },
      { id: "UPR4-SVN-140.219", cluster: "C-001" },
    ]),
    clusters: table("Clusters", [
      { clusterId: "C-001", name: "Violence against women", leadInstitution: "Ministry of Justice" },
      { clusterId: "C-002", name: "Roma inclusion", leadInstitution: "Police" },
    ]),
    institutions: table("Institutions", [{ name: "Ministry of Justice" }, { name: "Police" }]),
    ...extra,
  };
}

export function session(actions: Row[], indicators: Row[], extra: Partial<ValidationTables> = {}): ValidationSession {
  return new ValidationSession(tables(actions, indicators, extra), { today: TODAY, language: "en" });
}

export const codes = (s: ValidationSession) => s.findings().map((finding) => finding.code);
