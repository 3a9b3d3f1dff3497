import * as validateUseCase from "../src/app/validate";
import { ValidationSession } from "../src/core/validate/validation-session";
import type { TableName } from "../src/model/tables";
import { applyLiveChanges, type LiveState } from "../src/taskpane/live-validation";
import type { SheetChange, TableData, WorkbookPort } from "../src/workbook/port";
import type { Benchmark } from "./benchmark";
import { ACTION_COUNT, TODAY, validationTables } from "./validate.bench";

/**
 * The task pane's live path without the host: the tables come from memory, so the figures are
 * what the pane adds to Excel's own read (revalidation, merge in place, gap list).
 */
function memoryPort(tables: ReturnType<typeof validationTables>): WorkbookPort {
  const byName: Partial<Record<TableName, TableData | null>> = {
    Actions: tables.actions,
    Indicators: tables.indicators,
    Recommendations: tables.recommendations,
    Clusters: tables.clusters,
    Institutions: tables.institutions,
  };
  return {
    label: "bench",
    sheetNames: async () => Object.keys(byName),
    readTables: async <Name extends TableName>(names: readonly Name[]) => Object.fromEntries(names.map((name) => [name, byName[name] ?? null])) as Record<Name, TableData | null>,
    readSheet: async () => null,
    apply: async () => {
      throw new Error("live validation must not write");
    },
  };
}

const tables = validationTables();
// The edits: rows of the table changed as a person would (a new lead, a paste of descriptions).
tables.actions!.rows[2500] = { ...tables.actions!.rows[2500], leadInstitution: "Ministry of Nowhere" };
for (let index = 1000; index < 1200; index++) tables.actions!.rows[index] = { ...tables.actions!.rows[index], description: "TBD" };
const port = memoryPort(tables);
let state: LiveState | null = null;

function fresh(): LiveState {
  const session = new ValidationSession(validationTables(), { today: TODAY, language: "en" });
  return { session, findings: session.findings() };
}

const check = (next: LiveState, code: string, at: number) => {
  if (!next.findings.some((finding) => finding.code === code && finding.cell.endsWith(String(at)))) throw new Error(`live edit not revalidated: ${code} at row ${at}`);
};

export const benchmarks: Benchmark[] = [
  {
    // What the first run costs the pane (the edits below start from it).
    name: "task pane live validation: session and findings list opened (setup of the next two)",
    size: `${ACTION_COUNT} actions, 10000 indicators`,
    run() {
      state = fresh();
    },
  },
  {
    name: "task pane live validation: one cell edited, findings merged in place (target < 50 ms)",
    size: `1 action edited among ${ACTION_COUNT}, findings of every row kept`,
    async run() {
      const change: SheetChange = { sheet: "Actions", address: "E2502", kind: "edit" };
      const next = await applyLiveChanges(port, state ?? fresh(), [change], "en", validateUseCase);
      check(next, "ACT-LEAD-UNKNOWN", 2502);
    },
  },
  {
    name: "task pane live validation: a paste over 200 rows, one batch (target < 300 ms)",
    size: `200 actions edited among ${ACTION_COUNT}`,
    async run() {
      const change: SheetChange = { sheet: "Actions", address: "D1002:D1201", kind: "edit" };
      const next = await applyLiveChanges(port, state ?? fresh(), [change], "en", validateUseCase);
      check(next, "ACT-DESCRIPTION-PLACEHOLDER", 1201);
    },
  },
];
