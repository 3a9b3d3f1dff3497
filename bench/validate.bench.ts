import { initWorkbook } from "../src/app/init-workbook";
import { validateWorkbook } from "../src/app/validate";
import { ValidationSession, type ValidationTables } from "../src/core/validate/validation-session";
import type { Row } from "../src/model/cells";
import { tableDef, type TableName } from "../src/model/tables";
import { XlsxWorkbook } from "../src/workbook/file/xlsx-workbook";
import type { TableData } from "../src/workbook/port";
import type { Benchmark } from "./benchmark";

export const ACTION_COUNT = 5_000;
const INDICATOR_COUNT = 10_000;
const RECOMMENDATION_COUNT = 2_000;
export const TODAY = new Date(Date.UTC(2026, 0, 15));

function table(name: TableName, rows: Row[]): TableData {
  const def = tableDef(name);
  return {
    table: name,
    rows,
    rowNumbers: rows.map((_, index) => index + 2),
    extraHeaders: [],
    columnNumbers: Object.fromEntries(def.columns.map((column, index) => [column.key, index + 1])),
  };
}

const institutions = Array.from({ length: 60 }, (_, index) => ({ name: `Ministry number ${index + 1}`, branch: "Executive" }));
const recommendationId = (index: number) => `UPR4-XYZ-${140 + Math.floor(index / 250)}.${(index % 250) + 1}`;

/** A realistic plan: most rows sound, one in seven with a mistake of some kind. */
export function syntheticPlan(): { recommendations: Row[]; clusters: Row[]; institutions: Row[]; actions: Row[]; indicators: Row[] } {
  const recommendations = Array.from({ length: RECOMMENDATION_COUNT }, (_, index) => ({ id: recommendationId(index), text: `Recommendation ${index}`, mechanism: "UPR", cluster: `C-${String((index % 40) + 1).padStart(3, "0")}` }));
  const clusters = Array.from({ length: 40 }, (_, index) => ({ clusterId: `C-${String(index + 1).padStart(3, "0")}`, name: `Cluster ${index + 1}`, leadInstitution: index % 9 === 0 ? null : institutions[index].name }));
  const actions = Array.from({ length: ACTION_COUNT }, (_, index) => ({
    actionId: `A-${String(index + 1).padStart(4, "0")}`,
    recommendationIds: `${recommendationId(index % RECOMMENDATION_COUNT)}; ${recommendationId((index * 7) % RECOMMENDATION_COUNT)}`,
    clusterId: `C-${String((index % 40) + 1).padStart(3, "0")}`,
    description: index % 97 === 0 ? "TBD" : `Carry out measure ${index} of the national action plan for recommendation ${index % RECOMMENDATION_COUNT}`,
    leadInstitution: index % 53 === 0 ? "Ministry of Nowhere" : institutions[index % institutions.length].name,
    partners: `${institutions[(index + 1) % institutions.length].name}; ${institutions[(index + 2) % institutions.length].name}`,
    start: new Date(Date.UTC(2025, index % 12, 1)),
    deadline: index % 71 === 0 ? "31/02/2026" : new Date(Date.UTC(2026 + (index % 3), index % 12, 28)),
    budget: index % 5 === 0 ? null : 10_000 + index,
    currency: index % 5 === 0 ? null : "EUR",
    status: index % 7 === 0 ? "Completed" : "In progress",
    progress: index % 7 === 0 ? 100 : index % 100,
    smart: null,
  }));
  const indicators = Array.from({ length: INDICATOR_COUNT }, (_, index) => ({
    indicatorId: `I-${String(index + 1).padStart(5, "0")}`,
    actionId: `A-${String((index % ACTION_COUNT) + 1).padStart(4, "0")}`,
    name: `Indicator ${index}`,
    type: ["Structural", "Process", "Outcome"][index % 3],
    unit: index % 3 === 0 ? "Yes/No" : "%",
    baseline: index % 3 === 0 ? "No" : String(index % 50),
    baselineYear: 2024,
    target: index % 3 === 0 ? "Yes" : String((index % 50) + 20),
    targetYear: index % 61 === 0 ? 2020 : 2027,
    currentValue: index % 2 === 0 ? String(index % 60) : null,
    currentValueDate: index % 2 === 0 ? 45838 : null,
    dataSource: index % 43 === 0 ? null : "Administrative records",
    frequency: "Annual",
    responsible: institutions[index % institutions.length].name,
  }));
  return { recommendations, clusters, institutions, actions, indicators };
}

const plan = syntheticPlan();
export const validationTables = (): ValidationTables => ({
  actions: table("Actions", plan.actions),
  indicators: table("Indicators", plan.indicators),
  recommendations: table("Recommendations", plan.recommendations),
  clusters: table("Clusters", plan.clusters),
  institutions: table("Institutions", plan.institutions),
});

let liveSession: ValidationSession | null = null;
let workbookBytes: Uint8Array | null = null;
let bigUserSheetBytes: Uint8Array | null = null;
const USER_SHEET_ROWS = 1_000_000;

export const benchmarks: Benchmark[] = [
  {
    // The machine is shared: this line says how fast it was at the time, to read the others by.
    name: "validate: machine reference, integer loop (50 to 100 ms on an idle core)",
    size: "100,000,000 steps",
    run() {
      let sum = 0;
      for (let step = 0; step < 100_000_000; step++) sum += step & 7;
      if (sum < 0) throw new Error("unreachable");
    },
  },
  {
    name: "validate: every rule, SMART and coverage, cold (target < 300 ms)",
    size: `${ACTION_COUNT} actions, ${INDICATOR_COUNT} indicators, ${RECOMMENDATION_COUNT} recommendations`,
    run() {
      const session = new ValidationSession(validationTables(), { today: TODAY, language: "en" });
      const findings = session.findings();
      const ratings = session.smartRatings();
      if (findings.length === 0 || ratings.length !== ACTION_COUNT) throw new Error("validation benchmark validated nothing");
      liveSession = session;
    },
  },
  {
    // Every later validation in the same task pane or process runs on code the JIT has compiled.
    name: "validate: the same again, warm (target < 300 ms)",
    size: `${ACTION_COUNT} actions, ${INDICATOR_COUNT} indicators, ${RECOMMENDATION_COUNT} recommendations`,
    run() {
      const session = new ValidationSession(validationTables(), { today: TODAY, language: "en" });
      if (session.findings().length === 0 || session.smartRatings().length !== ACTION_COUNT) throw new Error("validation benchmark validated nothing");
      liveSession = session;
    },
  },
  {
    name: "validate: single-cell edit revalidated (target < 50 ms)",
    size: `1 action edited among ${ACTION_COUNT}, with its indicators`,
    run() {
      const session = liveSession ?? new ValidationSession(validationTables(), { today: TODAY, language: "en" });
      const edited = { ...plan.actions[2500], leadInstitution: "Ministry of Nowhere", deadline: new Date(Date.UTC(2024, 0, 1)) };
      const result = session.updateRow("Actions", 2502, edited);
      if (!result.findings.some((finding) => finding.code === "ACT-LEAD-UNKNOWN")) throw new Error("edit not revalidated");
    },
  },
  {
    name: "validate: write the plan into an .xlsx (file adapter, setup for the next line)",
    size: `${ACTION_COUNT} actions, ${INDICATOR_COUNT} indicators`,
    async run() {
      const workbook = XlsxWorkbook.empty("bench.xlsx");
      await initWorkbook(workbook);
      await workbook.apply({
        upserts: [
          { table: "Recommendations", rows: plan.recommendations },
          { table: "Clusters", rows: plan.clusters },
          { table: "Institutions", rows: plan.institutions },
          { table: "Actions", rows: plan.actions },
          { table: "Indicators", rows: plan.indicators },
        ],
      });
      workbookBytes = await workbook.toBytes();
    },
  },
  {
    name: "validate: open the .xlsx, read the tables, validate (file adapter, CLI)",
    size: `${ACTION_COUNT} actions, ${INDICATOR_COUNT} indicators`,
    async run() {
      if (!workbookBytes) throw new Error("run the write benchmark first");
      const report = await validateWorkbook(await XlsxWorkbook.fromBytes(workbookBytes, "bench.xlsx"), { today: TODAY });
      if (report.actions !== ACTION_COUNT) throw new Error(`read ${report.actions} actions`);
    },
  },
  {
    name: "validate: set-up, a workbook with a 1,000,000-row user sheet beside the tables (not a target)",
    size: `${USER_SHEET_ROWS} rows x 3 columns`,
    async run() {
      const workbook = XlsxWorkbook.empty("bench.xlsx");
      await initWorkbook(workbook);
      await workbook.apply({ upserts: [{ table: "Actions", rows: plan.actions.slice(0, 100) }, { table: "Institutions", rows: plan.institutions }] });
      const rows = Array.from({ length: USER_SHEET_ROWS }, (_, index) => [index + 1, `entry ${index % 1000}`, index % 7]);
      await workbook.apply({ plans: [{ sheet: "Call log", columns: ["No.", "Entry", "Code"].map((header) => ({ header, width: 12, editable: true })), rows }] });
      bigUserSheetBytes = await workbook.toBytes();
      console.log(`  (.xlsx of ${(bigUserSheetBytes.length / 1e6).toFixed(1)} MB)`);
    },
  },
  {
    // Reads only the sheets validate needs: the user's sheet is never inflated.
    name: "validate: open the workbook with the 1,000,000-row user sheet and validate (CLI; heap OOM at 4.3 GB with the ExcelJS adapter)",
    size: `${USER_SHEET_ROWS}-row user sheet, 100 actions`,
    async run() {
      if (!bigUserSheetBytes) throw new Error("run the set-up first");
      const report = await validateWorkbook(await XlsxWorkbook.fromBytes(bigUserSheetBytes, "bench.xlsx"), { today: TODAY });
      if (report.actions !== 100) throw new Error(`read ${report.actions} actions`);
    },
  },
];
