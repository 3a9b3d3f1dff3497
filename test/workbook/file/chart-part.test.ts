/**
 * The chart part the file adapter writes for a plan's chart, for each kind a ChartPlan can ask
 * for: its references, cached values and well-formedness, on a sheet whose name needs quoting.
 */
import type { SheetPlan } from "../../../src/workbook/plan";
import { chartOnSheet, chartPartXml } from "../../../src/workbook/file/chart-part";
import { drawingPartXml } from "../../../src/workbook/file/drawing-part";
import { scanXml } from "../../../src/workbook/file/xml";

const plan = (kind: "stackedBar" | "column" | "pie"): SheetPlan => ({
  sheet: "Q&A 'status'",
  preamble: [["Title"], ["Subtitle"]],
  columns: [
    { header: "", width: 30, editable: false },
    { header: "", width: 10, editable: false },
    { header: "", width: 10, editable: false },
  ],
  rows: [
    ["Summary", null, null],
    ["Cluster", "Done <now>", "Open"],
    ["C-1 · Justice & courts", 3, 1],
    ["C-2", null, 4],
  ],
  charts: [{ title: "By cluster", kind, firstRow: 1, lastRow: 3, firstColumn: 0, lastColumn: 2 }],
});

/** Text of every element with this local name, in document order. */
function texts(xml: string, local: string): string[] {
  const found: string[] = [];
  let inside = false;
  scanXml(xml, "chart", {
    open: (element) => {
      inside = element.local === local;
      if (inside) found.push("");
    },
    text: (text) => {
      if (inside) found[found.length - 1] += text;
    },
    close: () => {
      inside = false;
    },
  });
  return found;
}

describe("chart part", () => {
  test("the block's first column gives the categories and its first row the series names, all under the sheet's quoted name", () => {
    const chart = chartOnSheet(plan("stackedBar"), plan("stackedBar").charts![0]);
    // Preamble 2 rows, header row 3, data from row 4: the block's heading row is sheet row 5.
    expect(chart.categories).toEqual({ ref: "'Q&A ''status'''!$A$6:$A$7", values: ["C-1 · Justice & courts", "C-2"] });
    expect(chart.series).toEqual([
      { name: { ref: "'Q&A ''status'''!$B$5", values: ["Done <now>"] }, values: { ref: "'Q&A ''status'''!$B$6:$B$7", values: [3, null] } },
      { name: { ref: "'Q&A ''status'''!$C$5", values: ["Open"] }, values: { ref: "'Q&A ''status'''!$C$6:$C$7", values: [1, 4] } },
    ]);
    expect(chart.anchor).toEqual({ row: 4, column: 4 });
  });

  test.each([
    ["stackedBar", "barChart", "bar"],
    ["column", "barChart", "col"],
    ["pie", "pieChart", null],
  ] as const)("a %s chart is well-formed XML with its references and cached values", (kind, element, barDir) => {
    const sheetPlan = plan(kind);
    const xml = chartPartXml(chartOnSheet(sheetPlan, sheetPlan.charts![0]));
    expect(xml).toContain(`<c:${element}>`);
    if (barDir) expect(xml).toContain(`<c:barDir val="${barDir}"/>`);
    else expect(xml).not.toContain("<c:catAx>");
    expect(texts(xml, "f")).toEqual([
      "'Q&A ''status'''!$B$5",
      "'Q&A ''status'''!$A$6:$A$7",
      "'Q&A ''status'''!$B$6:$B$7",
      "'Q&A ''status'''!$C$5",
      "'Q&A ''status'''!$A$6:$A$7",
      "'Q&A ''status'''!$C$6:$C$7",
    ]);
    // An empty cell has no cached point; the others keep their index.
    expect(texts(xml, "v")).toEqual(["Done <now>", "C-1 · Justice & courts", "C-2", "3", "Open", "C-1 · Justice & courts", "C-2", "1", "4"]);
    expect(texts(xml, "t")).toEqual(["By cluster"]);
  });

  test("the drawing anchors each chart beside its block and points at it by relationship", () => {
    const sheetPlan = plan("stackedBar");
    const xml = drawingPartXml([chartOnSheet(sheetPlan, sheetPlan.charts![0])], ["rId7"]);
    expect(texts(xml, "col")).toEqual(["4"]);
    expect(texts(xml, "row")).toEqual(["4"]);
    expect(xml).toMatch(/<c:chart xmlns:c="[^"]+" r:id="rId7"\/>/);
  });
});
