import { buildMatrix } from "../../../src/core/matrix/build-matrix";
import { buildDashboard, dashboardSheetPlan } from "../../../src/core/matrix/dashboard";
import { filterChoices, resolveFilter } from "../../../src/core/matrix/matrix-filter";
import { matrixSheetPlan } from "../../../src/core/matrix/matrix-sheet";
import { SNAPSHOT_HEADERS } from "../../../src/core/matrix/matrix-layout";
import { UserFacingError } from "../../../src/model/i18n/messages";
import { TODAY, fixtureTables } from "../../support/matrix-fixture";

const ids = (matrix: ReturnType<typeof buildMatrix>) => matrix.clusters.flatMap((c) => c.rows.map((r) => r.key));

describe("buildMatrix", () => {
  const tables = fixtureTables();
  const matrix = buildMatrix(tables, {}, TODAY);

  test("groups rows by cluster in the Clusters table's order, then the recommendations in no cluster", () => {
    expect(matrix.clusters.map((c) => c.id)).toEqual(["C-01", "C-02", "C-03", "C-04", null]);
    expect(matrix.clusters[3].rows).toHaveLength(0);
    expect(matrix.clusters[4].rows.map((r) => r.key)).toEqual(["UPR2-SVN-115.18"]);
  });

  test("an overlap group is one row, with its fullest wording as representative and every ID", () => {
    const [group, single] = matrix.clusters[0].rows;
    expect(group.recommendationIds).toEqual(["UPR2-SVN-115.33", "UPR2-SVN-115.32"]);
    expect(group.text).toMatch(/^Bring its Human Rights Ombudsman’s Office/);
    expect(group.statuses).toEqual(["Not started", "In progress"]);
    expect(group.responsibleInstitutions).toEqual(["Human Rights Ombudsman", "Ministry of Justice"]);
    expect(group.recommendingStates).toEqual(["Malaysia", "Ireland"]);
    expect(group.sdgTargets).toEqual(["16.6", "16.a"]);
    expect(group.actions.map((a) => a.id)).toEqual(["A-001"]);
    expect(group.indicators.map((i) => i.id)).toEqual(["I-001"]);
    expect(group.timeline).toEqual({ start: "2025-01-15", end: "2026-12-31" });
    expect(group.latestReport?.id).toBe("P-001");
    expect(group.gap).toBe(false);
    expect(single.key).toBe("UPR2-SVN-115.35");
    expect(single.gap).toBe(true);
  });

  test("counts per cluster: recommendations, actions, shares", () => {
    const c01 = matrix.clusters[0].counts;
    expect(c01).toMatchObject({ recommendations: 3, rows: 2, actions: 1, withActions: 2, implemented: 0, gaps: 1 });
    expect(c01.shareWithActions).toBeCloseTo(2 / 3);
    const c02 = matrix.clusters[1].counts;
    // 115.110's only action is completed, the CRC one has none: both are gaps; 115.108's action is overdue.
    expect(c02).toMatchObject({ recommendations: 3, withActions: 1, implemented: 1, gaps: 2, overdueActions: 1 });
  });

  test("overdue and upcoming deadlines are counted from the given day", () => {
    const a002 = matrix.actions.find((a) => a.id === "A-002");
    expect(a002).toMatchObject({ overdue: true, daysOverdue: 150 });
    const a004 = matrix.actions.find((a) => a.id === "A-004");
    expect(a004).toMatchObject({ overdue: false, daysLeft: 65 });
    expect(matrix.actions.find((a) => a.id === "A-003")?.overdue).toBe(false);
    const later = buildMatrix(tables, {}, "2027-02-01");
    expect(later.actions.find((a) => a.id === "A-004")?.overdue).toBe(true);
  });

  test("a cluster-wide action covers its cluster's recommendations and shows on the heading", () => {
    const roma = matrix.clusters[2];
    expect(roma.clusterActions.map((a) => a.id)).toEqual(["A-005"]);
    expect(roma.rows[0].gap).toBe(false);
    expect(roma.rows[0].latestReport?.id).toBe("P-003");
  });

  test("subsets: mechanism, cycle, cluster, institution, response, status", () => {
    const subset = (filter: Parameters<typeof resolveFilter>[0]) => ids(buildMatrix(tables, resolveFilter(filter, tables, "fixture.xlsx"), TODAY));
    expect(subset({ mechanism: "crc" })).toEqual(["CRC-SVN-2013-27"]);
    expect(subset({ cycle: 2 })).toHaveLength(6);
    expect(subset({ cycle: 2013 })).toEqual(["CRC-SVN-2013-27"]);
    expect(subset({ cluster: "Roma" })).toEqual(["UPR2-SVN-115.67"]);
    expect(subset({ institution: "MJU" })).toEqual(["UPR2-SVN-115.33; UPR2-SVN-115.32"]);
    expect(subset({ response: "noted" })).toEqual(["UPR2-SVN-115.67"]);
    expect(subset({ status: "Implemented" })).toEqual(["UPR2-SVN-115.110", "UPR2-SVN-115.18"]);
    expect(subset({ status: "Not assessed" })).toEqual(["UPR2-SVN-115.35"]);
    expect(subset({ mechanism: "UPR", status: "Not started" })).toEqual(["UPR2-SVN-115.33; UPR2-SVN-115.32", "UPR2-SVN-115.67"]);
    const filtered = buildMatrix(tables, resolveFilter({ mechanism: "CRC" }, tables, "fixture.xlsx"), TODAY);
    expect(filtered.clusters.map((c) => c.id)).toEqual(["C-02"]);
  });

  test("offers the filter values the workbook holds", () => {
    expect(filterChoices(tables)).toEqual({
      mechanisms: ["UPR", "CRC"],
      cycles: [2, 2013],
      clusters: [
        { id: "C-01", name: "National human rights institution" },
        { id: "C-02", name: "Violence against women and children" },
        { id: "C-03", name: "Roma" },
        { id: "C-04", name: "Business and human rights" },
      ],
      institutions: [
        "Ministry of Justice",
        "Human Rights Ombudsman",
        "Ministry of Labour, Family, Social Affairs and Equal Opportunities",
        "Office for National Minorities",
        "Ministry of Education",
      ],
      responses: ["Supported", "Noted"],
      statuses: ["Not assessed", "Not started", "In progress", "Implemented"],
    });
  });

  test("a filter naming nothing in the workbook is an error that says what exists", () => {
    expect(() => resolveFilter({ mechanism: "XYZ" }, tables, "fixture.xlsx")).toThrow(UserFacingError);
    expect(() => resolveFilter({ cluster: "C-99" }, tables, "fixture.xlsx")).toThrow(/C-01, C-02, C-03, C-04/);
    expect(() => resolveFilter({ institution: "Ministry of Magic" }, tables, "fixture.xlsx")).toThrow(/Ministry of Magic/);
    expect(() => resolveFilter({ status: "Done" }, tables, "fixture.xlsx")).toThrow(/Implemented/);
    expect(() => resolveFilter({ response: "Accepted" }, tables, "fixture.xlsx")).toThrow(/Supported/);
    expect(() => resolveFilter({ cycle: 0 }, tables, "fixture.xlsx")).toThrow(UserFacingError);
  });

  test("is deterministic: the same tables give the same plans, whatever their row order", () => {
    const shuffled = { ...tables, recommendations: [...tables.recommendations].reverse(), actions: [...tables.actions].reverse() };
    const plan = (t: typeof tables) => {
      const m = buildMatrix(t, {}, TODAY);
      return JSON.stringify([matrixSheetPlan(m, "en"), dashboardSheetPlan(buildDashboard(m), "en")]);
    };
    expect(plan(shuffled)).toBe(plan(tables));
    expect(plan(fixtureTables())).toBe(plan(tables));
  });
});

describe("matrixSheetPlan", () => {
  const plan = matrixSheetPlan(buildMatrix(fixtureTables(), {}, TODAY), "en");
  const column = (header: string) => plan.columns.findIndex((c) => c.header === header);

  test("heading rows per cluster, collapsible groups of rows under them, print setup", () => {
    expect(plan.rowStyles?.filter((s) => s === "heading")).toHaveLength(5);
    expect(plan.rowGroups).toEqual([
      { first: 1, last: 2 },
      { first: 4, last: 6 },
      { first: 8, last: 8 },
      { first: 11, last: 11 },
    ]);
    expect(plan.rows[0][0]).toBe("C-01 · National human rights institution");
    expect(plan.rows[0][1]).toBe("Recommendations: 3 · actions: 1 · with actions: 67% · implemented: 0%");
    expect(plan.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });
  });

  test("gaps and overdue actions carry a text marker, not only a colour", () => {
    const attention = column("Attention");
    const row = (id: string) => plan.rows.find((r) => r[plan.columns.findIndex((c) => c.header === SNAPSHOT_HEADERS.key)] === id) ?? [];
    expect(row("UPR2-SVN-115.35")[attention]).toBe("⚠ GAP: no action");
    expect(row("UPR2-SVN-115.108")[attention]).toBe("⚠ OVERDUE: actions: 1");
    expect(row("UPR2-SVN-115.108")[column("Actions (ID, description, deadline, status)")]).toMatch(/A-002: .*deadline 2026-06-30; Delayed\) ⚠ OVERDUE \(days: 150\)/);
    expect(plan.conditionalFormats?.map((f) => f.style)).toEqual(["overdue", "gap", "done"]);
  });

  test("editable columns are marked and the snapshot columns are hidden", () => {
    expect(plan.columns.filter((c) => c.editable).map((c) => c.header)).toEqual(["Responsible institutions ✎", "Implementation status ✎", "Assessment / comments ✎"]);
    expect(plan.columns.filter((c) => c.hidden).map((c) => c.header)).toEqual(Object.values(SNAPSHOT_HEADERS));
  });

  test("an empty subset says so", () => {
    const tables = fixtureTables();
    const empty = matrixSheetPlan(buildMatrix(tables, resolveFilter({ mechanism: "CAT" }, tables, "x"), TODAY), "fr");
    expect(empty.rows).toEqual([expect.arrayContaining(["Aucune recommandation ne correspond au filtre."])]);
  });
});
