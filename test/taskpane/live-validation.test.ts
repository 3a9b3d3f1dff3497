import type { Row } from "../../src/model/cells";
import { ACTIONS, INDICATORS, type TableDef } from "../../src/model/tables";
import { ValidationSession } from "../../src/core/validate/validation-session";
import { revalidateRow } from "../../src/app/validate";
import type { SheetChange, TableData } from "../../src/workbook/port";
import { ChangeDebouncer, MAX_LIVE_ROWS, findingKey, findingRow, isCoverageFinding, mergeRevalidation, mergeRevalidations, planLiveWork, rowDetails, rowsAt } from "../../src/taskpane/live-validation";

const edit = (sheet: string, address: string, kind: SheetChange["kind"] = "edit"): SheetChange => ({ sheet, address, kind });

function table(def: TableDef, rows: Row[], firstRow = 2): TableData {
  return {
    table: def.name,
    rows,
    rowNumbers: rows.map((_, index) => firstRow + index),
    extraHeaders: [],
    columnNumbers: Object.fromEntries(def.columns.map((column, index) => [column.key, index + 1])),
  };
}

const goodAction: Row = {
  actionId: "A-001",
  recommendationIds: "R-1",
  description: "Train every police officer on protection orders",
  leadInstitution: "Police",
  start: new Date("2025-01-01T00:00:00Z"),
  deadline: new Date("2026-12-31T00:00:00Z"),
  status: "In progress",
  progress: 20,
};

function session(actions: Row[], indicators: Row[] = []): ValidationSession {
  return new ValidationSession(
    {
      actions: table(ACTIONS, actions),
      indicators: table(INDICATORS, indicators),
      recommendations: { table: "Recommendations", rows: [{ id: "R-1" }, { id: "R-2" }], rowNumbers: [2, 3], extraHeaders: [], columnNumbers: { id: 1 } },
      clusters: null,
      institutions: { table: "Institutions", rows: [{ name: "Police" }], rowNumbers: [2], extraHeaders: [], columnNumbers: { name: 1 } },
    },
    { today: new Date("2026-01-15T00:00:00Z"), language: "en" },
  );
}

describe("planLiveWork: which edits take the single-row path", () => {
  test("cell and small range edits in Actions and Indicators body rows become rows to revalidate", () => {
    const work = planLiveWork([edit("Actions", "C7"), edit("actions", "A9:F10"), edit("Indicators", "$B$4")]);
    expect(work.full).toBe(false);
    expect([...(work.rows.get("Actions") ?? [])].sort()).toEqual([10, 7, 9].sort());
    expect([...(work.rows.get("Indicators") ?? [])]).toEqual([4]);
  });

  test("other tables, the Lists sheet, inserted rows, header edits, whole columns and big pastes run everything again", () => {
    for (const change of [
      edit("Institutions", "A5"),
      edit("Recommendations", "B2"),
      edit("Lists", "C4"),
      edit("Actions", "8:8", "layout"),
      edit("Actions", "D1"),
      edit("Actions", "C:C"),
      edit("Indicators", `A2:A${2 + MAX_LIVE_ROWS}`),
    ]) {
      expect(planLiveWork([edit("Actions", "C7"), change]).full).toBe(true);
    }
  });
});

describe("mergeRevalidation: findings updated in place", () => {
  test("the edited row's findings are replaced, the others kept in order, the gap list recomputed", () => {
    const live = session([goodAction, { ...goodAction, actionId: "A-002", description: "TBD", recommendationIds: "R-1" }]);
    const before = live.findings();
    expect(before.map((finding) => finding.code)).toEqual(["ACT-DESCRIPTION-PLACEHOLDER", "COV-RECOMMENDATION-UNADDRESSED"]);
    expect(findingRow(before[0])).toBe(3);

    // A-002 fixed and pointed at R-2: its finding goes, and so does the gap R-2.
    const fixed = revalidateRow(live, "Actions", 3, { ...goodAction, actionId: "A-002", description: "Publish the yearly report on protection orders", recommendationIds: "R-2" });
    const after = mergeRevalidation(before, fixed, live.findings().filter(isCoverageFinding));
    expect(after).toEqual([]);

    // Breaking A-001 adds its finding; R-1 stays addressed by it.
    const broken = revalidateRow(live, "Actions", 2, { ...goodAction, leadInstitution: "Ministry of Nowhere" });
    const again = mergeRevalidation(after, broken, live.findings().filter(isCoverageFinding));
    expect(again.map((finding) => [finding.code, finding.cell])).toEqual([["ACT-LEAD-UNKNOWN", "Actions!E2"]]);
    // The merge agrees with a full validation of the same rows.
    expect(again).toEqual(live.findings());
  });

  test("an indicator edit updates the indicator and keeps unrelated rows' findings as the same objects", () => {
    const live = session([goodAction, { ...goodAction, actionId: "A-002", description: "TBD" }], [{ indicatorId: "I-1", actionId: "A-404", name: "Officers trained", type: "Process", unit: "number", baseline: 0, baselineYear: 2024, target: 100, targetYear: 2026, dataSource: "Police", frequency: "Annual" }]);
    const before = live.findings();
    expect(before.map((finding) => finding.code)).toContain("IND-ACTION-UNKNOWN");
    const result = revalidateRow(live, "Indicators", 2, { indicatorId: "I-1", actionId: "A-001", name: "Officers trained", type: "Process", unit: "number", baseline: 0, baselineYear: 2024, target: 100, targetYear: 2026, dataSource: "Police", frequency: "Annual" });
    const after = mergeRevalidation(before, result, live.findings().filter(isCoverageFinding));
    expect(after.map((finding) => finding.code)).not.toContain("IND-ACTION-UNKNOWN");
    const placeholder = before.find((finding) => finding.code === "ACT-DESCRIPTION-PLACEHOLDER");
    expect(after).toContain(placeholder);
    expect(after).toEqual(live.findings());
  });

  test("a batch of rows where a later edit changes an earlier row's findings merges to what a full run says", () => {
    const second = { ...goodAction, actionId: "A-002", description: "Publish the yearly report on protection orders" };
    const live = session([goodAction, second]);
    const before = live.findings();
    // Row 3 takes A-001's ID (both rows get ACT-ID-DUPLICATE), then row 2 takes another ID (row 3's finding goes).
    const first = revalidateRow(live, "Actions", 3, { ...second, actionId: "A-001" });
    expect(first.findings.filter((finding) => finding.code === "ACT-ID-DUPLICATE").map(findingRow).sort()).toEqual([2, 3]);
    const then = revalidateRow(live, "Actions", 2, { ...goodAction, actionId: "A-009" });
    const merged = mergeRevalidations(before, [first, then], live.findings().filter(isCoverageFinding));
    expect(merged.map((finding) => finding.code)).not.toContain("ACT-ID-DUPLICATE");
    expect(merged).toEqual(live.findings());
  });

  test("finding keys are stable and distinct", () => {
    const findings = session([{ ...goodAction, description: "TBD", leadInstitution: "" }]).findings();
    const keys = findings.map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("reading rows for the fast path and for the standalone detail view", () => {
  const data = table(ACTIONS, [goodAction, { ...goodAction, actionId: "A-002" }]);
  test("rowsAt gives each asked row, and an emptied row as empty", () => {
    expect(rowsAt(data, [3, 9])).toEqual([
      { rowNumber: 3, row: { ...goodAction, actionId: "A-002" } },
      { rowNumber: 9, row: {} },
    ]);
    expect(rowsAt(null, [2])).toEqual([{ rowNumber: 2, row: {} }]);
  });
  test("rowDetails lists the filled cells by header, dates as days", () => {
    const details = rowDetails(data, 2, "en");
    expect(details).toContainEqual({ header: "Action ID", value: "A-001" });
    expect(details).toContainEqual({ header: "Deadline", value: "2026-12-31" });
    expect(details.map((detail) => detail.header)).not.toContain("Budget");
    expect(rowDetails(data, 40, "en")).toEqual([]);
  });
  test("rowDetails shows headers and list values in the pane's language, and what people typed as typed", () => {
    const typed = table(ACTIONS, [{ ...goodAction, status: "In progress", description: "Completed" }]);
    const french = rowDetails(typed, 2, "fr");
    expect(french).toContainEqual({ header: "Statut", value: "En cours" });
    expect(french).toContainEqual({ header: "Échéance", value: "2026-12-31" });
    expect(french).toContainEqual({ header: "Description", value: "Completed" });
    expect(rowDetails(typed, 2, "es")).toContainEqual({ header: "Estado", value: "En curso" });
  });
});

describe("ChangeDebouncer", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a burst of edits arrives as one batch 500 ms after the last", () => {
    const batches: SheetChange[][] = [];
    const debouncer = new ChangeDebouncer((changes) => batches.push(changes));
    debouncer.push(edit("Actions", "C7"));
    jest.advanceTimersByTime(300);
    debouncer.push(edit("Actions", "D7"));
    jest.advanceTimersByTime(499);
    expect(batches).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(batches).toEqual([[edit("Actions", "C7"), edit("Actions", "D7")]]);
  });

  test("edits that never pause still flush after the longest wait; cancel drops what is pending", () => {
    const batches: SheetChange[][] = [];
    const debouncer = new ChangeDebouncer((changes) => batches.push(changes), 500, 3000);
    for (let step = 0; step < 10; step++) {
      debouncer.push(edit("Actions", `C${step + 2}`));
      jest.advanceTimersByTime(400);
    }
    expect(batches.length).toBe(1);
    expect(batches[0].length).toBeGreaterThanOrEqual(7);
    debouncer.cancel();
    jest.advanceTimersByTime(5000);
    expect(batches.length).toBe(1);
  });
});
