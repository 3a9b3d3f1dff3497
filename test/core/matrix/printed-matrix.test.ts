import { buildMatrix } from "../../../src/core/matrix/build-matrix";
import { buildDashboard, dashboardSheetPlan } from "../../../src/core/matrix/dashboard";
import { matrixSheetPlan } from "../../../src/core/matrix/matrix-sheet";
import { cellLines, LINE_HEIGHT_PT, MAX_ROW_HEIGHT_PT, pageBreaksBefore, printedPageHeight } from "../../../src/core/matrix/row-heights";
import { textEms, wrappedLineCount, type TextMetric } from "../../../src/core/matrix/text-metrics";
import type { Row } from "../../../src/model/cells";
import type { SheetPlan } from "../../../src/workbook/plan";
import { TODAY, fixtureTables } from "../../support/matrix-fixture";

/** Calibri with 10% more room: the conservative metric the heights are promised against. */
const CONSERVATIVE: TextMetric = { safety: 1.1 };

/** Lines each wrapped, visible cell of a data row needs, and the lines its row holds. */
function overfullCells(plan: SheetPlan): string[] {
  const problems: string[] = [];
  plan.rows.forEach((values, row) => {
    const holds = Math.floor((plan.rowHeights?.[row] ?? LINE_HEIGHT_PT) / LINE_HEIGHT_PT);
    const bold = plan.rowStyles?.[row] !== undefined;
    plan.columns.forEach((column, index) => {
      if (column.hidden || !column.wrap) return;
      const needs = cellLines(values[index] ?? null, column, bold, CONSERVATIVE);
      if (needs > holds && plan.rowHeights?.[row] !== MAX_ROW_HEIGHT_PT) problems.push(`row ${row} ${column.header}: needs ${needs} lines, holds ${holds}`);
    });
  });
  return problems;
}

describe("the printed and opened matrix", () => {
  test("word wrapping counts lines as a word processor does", () => {
    const width = textEms("Implementation");
    expect(wrappedLineCount("Implementation status", width)).toBe(2);
    expect(wrappedLineCount("Implementation status", width * 3)).toBe(1);
    expect(wrappedLineCount("a\nb\n\nc", 10)).toBe(4);
    expect(wrappedLineCount("", 10)).toBe(0);
    // A word longer than the line is broken where it must.
    expect(wrappedLineCount("x".repeat(30), textEms("x".repeat(10)))).toBe(3);
  });

  test("every row of the matrix and the dashboard has a height that holds its wrapped text, cluster headings and header included", () => {
    const tables = fixtureTables();
    // A long recommendation and many actions: rows of many lines.
    const long: Row = { ...tables.recommendations[0], text: `${tables.recommendations[0].text} `.repeat(8) };
    const matrix = buildMatrix({ ...tables, recommendations: [long, ...tables.recommendations.slice(1)] }, {}, TODAY);
    const plan = matrixSheetPlan(matrix, "fr");
    expect(plan.rowHeights).toHaveLength(plan.rows.length);
    expect(plan.rowHeights!.every((height) => height !== undefined && height >= LINE_HEIGHT_PT && height <= MAX_ROW_HEIGHT_PT)).toBe(true);
    expect(Math.max(...plan.rowHeights!.map(Number))).toBeGreaterThan(5 * LINE_HEIGHT_PT);
    expect(overfullCells(plan)).toEqual([]);
    // Headings (bold) are sized too; the header of wrapped headings as well.
    const heading = plan.rowStyles!.indexOf("heading");
    expect(plan.rowHeights![heading]).toBeGreaterThanOrEqual(LINE_HEIGHT_PT * cellLines(plan.rows[heading][1], plan.columns[1], true));
    expect(plan.headerRowHeight).toBeGreaterThanOrEqual(2 * LINE_HEIGHT_PT);
    expect(plan.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });

    const dashboard = dashboardSheetPlan(buildDashboard(matrix), "es");
    expect(dashboard.rowHeights).toHaveLength(dashboard.rows.length);
    expect(overfullCells(dashboard)).toEqual([]);
  });

  test("a cluster that would not fit on the rest of a page starts a new one; the first stays under the title", () => {
    expect(pageBreaksBefore([0, 3, 5], [100, 100, 100, 100, 100, 600, 100], 1000, 60)).toEqual([5]);
    expect(pageBreaksBefore([0, 2], [800, 50, 100, 100], 1000, 60)).toEqual([2]);
    expect(pageBreaksBefore([0, 2], [900, 50, 100, 100], 1000, 60)).toEqual([]);
    // A cluster longer than a page starts on a new page and the next counts from its last page.
    expect(pageBreaksBefore([0, 1, 4], [100, 800, 800, 100, 350], 1000, 0)).toEqual([1, 4]);

    const tables = fixtureTables();
    const many: Row[] = Array.from({ length: 120 }, (_, index) => ({ id: `CRC-SVN-2013-${index + 1}`, text: "Ensure that every child has access to inclusive education. ".repeat(3), mechanism: "CRC", cluster: index < 60 ? "C-01" : "C-02" }));
    const plan = matrixSheetPlan(buildMatrix({ ...tables, recommendations: many }, {}, TODAY), "en");
    const headings = plan.rowStyles!.flatMap((style, index) => (style === "heading" ? [index] : []));
    expect(plan.pageBreaksBefore!.length).toBeGreaterThan(0);
    expect(plan.pageBreaksBefore!.every((row) => headings.includes(row) && row !== headings[0])).toBe(true);
    expect(printedPageHeight(plan.columns, plan.headerRowHeight!)).toBeGreaterThan(1000);
  });
});

describe("a Dashboard that stays live", () => {
  const tables = fixtureTables();

  test("without a filter, counts by status are COUNTIFS formulas over the Recommendations table, their values cached in the rows", () => {
    const dashboard = buildDashboard(buildMatrix(tables, {}, TODAY));
    const plan = dashboardSheetPlan(dashboard, "en");
    const formulas = plan.formulas!;
    const at = (row: number, column: number) => formulas.find((formula) => formula.row === row && formula.column === column)?.formula;
    const label = (text: string) => plan.rows.findIndex((row) => row[0] === text);
    const firstDataRow = (plan.preamble?.length ?? 0) + 2;

    const recommendations = label("Recommendations");
    expect(at(recommendations, 1)).toBe('=COUNTIFS(Recommendations[ID],"<>")');
    expect(plan.rows[recommendations][1]).toBe(dashboard.totals.recommendations);
    const implemented = label("Recommendations implemented");
    expect(at(implemented, 1)).toBe('=COUNTIFS(Recommendations[ID],"<>",Recommendations[Status],"=Implemented")');
    expect(at(implemented, 2)).toBe(`=IF(B${firstDataRow + recommendations}>0,TEXT(B${firstDataRow + implemented}/B${firstDataRow + recommendations},"0%"),"–")`);

    const c01 = plan.rows.findIndex((row) => String(row[0]).startsWith("C-01"));
    expect(at(c01, 1)).toBe('=COUNTIFS(Recommendations[ID],"<>",Recommendations[Cluster],"=C-01",Recommendations[Status],"=Not assessed")+COUNTIFS(Recommendations[ID],"<>",Recommendations[Cluster],"=C-01",Recommendations[Status],"=")');
    expect(plan.rows[c01].slice(1, 7)).toEqual(dashboard.statusByCluster[0].byStatus);
    const noCluster = plan.rows.findIndex((row) => row[0] === "(no cluster)");
    expect(at(noCluster, 8)).toBe('=COUNTIFS(Recommendations[ID],"<>",Recommendations[Cluster],"=")');
    // Overdue actions: those shown, past their deadline on the generation day, not completed or cancelled.
    const overdue = label("Overdue actions");
    expect(at(overdue, 1)).toBe(
      `=SUMPRODUCT(COUNTIFS(Actions[Action ID],{${dashboard.actions.map((action) => `"=${action.id}"`).join(",")}},Actions[Deadline],"<"&DATE(2026,11,27),Actions[Status],"<>Completed",Actions[Status],"<>Cancelled"))`,
    );
    expect(plan.rows[overdue][1]).toBe(dashboard.overdue.length);
    // Nothing volatile: no OFFSET, INDIRECT, TODAY or NOW anywhere.
    expect(formulas.filter((formula) => /OFFSET|INDIRECT|TODAY|NOW|RAND/i.test(formula.formula))).toEqual([]);
    expect(plan.preamble![2][0]).toMatch(/^Counts by status are formulas over the Recommendations table.*as of 2026-11-27/);
    // The native chart stays for the adapters that can draw one.
    expect(plan.charts).toHaveLength(1);
  });

  test("a filtered Dashboard holds numbers and says they are as of the day it was made", () => {
    const plan = dashboardSheetPlan(buildDashboard(buildMatrix(tables, { mechanism: "UPR" }, TODAY)), "fr");
    expect(plan.formulas).toEqual([]);
    expect(plan.preamble![2][0]).toBe("Chiffres de cette sélection au 2026-11-27 : générez à nouveau la matrice pour les mettre à jour.");
  });
});
