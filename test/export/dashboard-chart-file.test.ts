/**
 * The Dashboard written by the file adapter carries its native chart (DrawingML parts), as the
 * Excel adapter's does: read back by openpyxl and LibreOffice, programs we did not write; one
 * chart after any number of regenerations; a person's chart on another sheet left alone.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { generateMatrix } from "../../src/app/generate-matrix";
import { importRecommendations } from "../../src/app/import-recommendations";
import { cellText } from "../../src/model/cells";
import { IMPLEMENTATION_STATUSES } from "../../src/model/vocabularies";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import type { SheetPlan } from "../../src/workbook/plan";
import { demoWorkbook } from "../support/demo-workbook";
import { convertWithLibreOffice } from "../support/libreoffice";

const TODAY = "2026-11-27";
const PYTHON = "/usr/bin/python3";
const CLUSTERS = ["C-001", "C-002", "C-003"];
const STATUSES = ["Implemented", "In progress", "Not started", "Partially implemented", "Implemented"];

interface ChartSeen {
  type: string;
  grouping: string | null;
  barDir: string | null;
  title: string;
  series: { nameRef: string; name: string[]; categoryRef: string; categories: string[]; valueRef: string; values: (number | null)[] }[];
}

/** Charts per sheet as openpyxl reads them, and the cached cell values each reference points at. */
function chartsWithOpenpyxl(file: string): { charts: Record<string, ChartSeen[]>; cells: Record<string, (string | number | null)[]> } {
  const script = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], data_only=True)
charts, cells = {}, {}
def strs(ref):
    return [p.v for p in ref.strCache.pt] if ref.strCache else []
def nums(ref):
    points = {p.idx: p.v for p in ref.numCache.pt} if ref.numCache else {}
    return [points.get(i) for i in range(ref.numCache.ptCount if ref.numCache else 0)]
def read(ref):
    sheet, _, address = ref.rpartition("!")
    sheet = sheet.strip("'").replace("''", "'")
    found = wb[sheet][address.replace("$", "")]
    rows = found if isinstance(found, tuple) else ((found,),)
    cells[ref] = [c.value for row in rows for c in (row if isinstance(row, tuple) else (row,))]
for ws in wb.worksheets:
    charts[ws.title] = []
    for chart in ws._charts:
        series = []
        for s in chart.series:
            category = s.cat.strRef or s.cat.numRef
            for ref in (s.tx.strRef.f, category.f, s.val.numRef.f): read(ref)
            series.append({"nameRef": s.tx.strRef.f, "name": strs(s.tx.strRef), "categoryRef": category.f, "categories": strs(s.cat.strRef) if s.cat.strRef else [],
                           "valueRef": s.val.numRef.f, "values": nums(s.val.numRef)})
        title = "".join(r.t for p in chart.title.tx.rich.p for r in (p.r or [])) if chart.title and chart.title.tx and chart.title.tx.rich else ""
        charts[ws.title].append({"type": chart.tagname, "grouping": getattr(chart, "grouping", None), "barDir": getattr(chart, "type", None), "title": title, "series": series})
print(json.dumps({"charts": charts, "cells": cells}))
`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" })) as ReturnType<typeof chartsWithOpenpyxl>;
}

/** Every XML part of the package parses (Python's own XML parser), and openpyxl opens the workbook. */
function partsParseInPython(file: string): string[] {
  const script = `
import json, sys, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook
names = []
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            ET.fromstring(z.read(name))
            names.append(name)
load_workbook(sys.argv[1])
print(json.dumps(names))
`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" })) as string[];
}

async function packageParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) result.set(name, await zip.files[name].async("string"));
  return result;
}

/** Part names the content types override, under a folder. */
function overridesUnder(contentTypes: string, folder: string): string[] {
  return [...contentTypes.matchAll(/<Override PartName="\/([^"]+)"/g)].map((match) => match[1]).filter((name) => name.startsWith(folder));
}

const chartParts = (parts: Map<string, string>) => [...parts.keys()].filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)).sort();

describe("the file-written Dashboard has its chart", () => {
  let dir: string;
  let once: string;
  let twice: string;
  /** Recommendations per cluster and status, as assigned below. */
  const expected = new Map<string, number>();
  let unclustered = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-chart-"));
    const workbook = await demoWorkbook();
    const { Recommendations } = await workbook.readTables(["Recommendations"]);
    // Clusters and statuses as a secretariat would set them; the last recommendation stays outside every cluster.
    const rows = Recommendations!.rows.map((row, index, all) => {
      const cluster = index === all.length - 1 ? null : CLUSTERS[index % CLUSTERS.length];
      const status = STATUSES[index % STATUSES.length];
      if (cluster) expected.set(`${cluster}|${status}`, (expected.get(`${cluster}|${status}`) ?? 0) + 1);
      else unclustered++;
      return { id: row.id, cluster, status };
    });
    await workbook.apply({ upserts: [{ table: "Recommendations", rows, columns: ["cluster", "status"] }] });
    once = path.join(dir, "once.xlsx");
    twice = path.join(dir, "twice.xlsx");
    await generateMatrix(workbook, { today: TODAY });
    writeFileSync(once, await workbook.toBytes());
    await generateMatrix(workbook, { today: TODAY });
    writeFileSync(twice, await workbook.toBytes());
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("openpyxl finds one stacked bar chart whose series read the status-by-cluster cells, with those cells' values cached", () => {
    const { charts, cells } = chartsWithOpenpyxl(once);
    expect(charts.Dashboard).toHaveLength(1);
    expect(Object.entries(charts).filter(([sheet, list]) => sheet !== "Dashboard" && list.length > 0)).toEqual([]);
    const chart = charts.Dashboard[0];
    expect(chart).toMatchObject({ type: "barChart", grouping: "stacked", barDir: "bar", title: "Implementation status by cluster" });
    // One series per status, then the statuses outside the list; the series' names are the heading cells.
    expect(chart.series.map((series) => series.name)).toEqual([...IMPLEMENTATION_STATUSES, "Other status"].map((name) => [name]));
    for (const series of chart.series) {
      expect(cells[series.nameRef]).toEqual(series.name);
      expect(series.nameRef).toMatch(/^Dashboard!\$[B-H]\$\d+$/);
      expect(series.categoryRef).toBe(chart.series[0].categoryRef);
      expect(series.categories).toEqual(cells[series.categoryRef].map(cellText));
      expect(series.values).toEqual(cells[series.valueRef]);
    }
    const categories = chart.series[0].categories;
    expect(categories.map((label) => label.split(" · ")[0])).toEqual([...CLUSTERS, "(no cluster)"]);
    const byStatus = new Map(chart.series.map((series) => [series.name[0], series.values]));
    CLUSTERS.forEach((cluster, index) => {
      for (const status of IMPLEMENTATION_STATUSES) expect(`${cluster} ${status}: ${byStatus.get(status)?.[index]}`).toBe(`${cluster} ${status}: ${expected.get(`${cluster}|${status}`) ?? 0}`);
    });
    expect(chart.series.reduce((sum, series) => sum + (series.values[CLUSTERS.length] ?? 0), 0)).toBe(unclustered);
  }, 120_000);

  test("regenerating replaces the chart: one drawing, one chart part, each with its content type, every part well-formed", async () => {
    const first = await packageParts(readFileSync(once));
    const second = await packageParts(readFileSync(twice));
    for (const parts of [first, second]) {
      expect(chartParts(parts)).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
      const types = parts.get("[Content_Types].xml")!;
      expect([...overridesUnder(types, "xl/charts/"), ...overridesUnder(types, "xl/drawings/")]).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
      expect(types).toContain(`<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      expect(types).toContain(`<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
      expect(parts.get("xl/drawings/_rels/drawing1.xml.rels")).toContain(`Target="../charts/chart1.xml"`);
      const dashboardRels = [...parts.entries()].filter(([name, xml]) => name.startsWith("xl/worksheets/_rels/") && xml.includes("../drawings/drawing1.xml"));
      expect(dashboardRels).toHaveLength(1);
    }
    expect(second.get("xl/charts/chart1.xml")).toBe(first.get("xl/charts/chart1.xml"));
    const parsed = partsParseInPython(twice);
    expect(parsed).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]));
    expect(chartsWithOpenpyxl(twice).charts.Dashboard).toHaveLength(1);
  }, 120_000);

  test("a chart Excel saved with its style and colour parts is replaced with them, and no content type is left pointing at a removed part", async () => {
    // What Excel writes beside a chart it saves: chart style and colour parts, related from the chart.
    const zip = await JSZip.loadAsync(readFileSync(once));
    zip.file("xl/charts/style1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>`);
    zip.file("xl/charts/colors1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>`);
    zip.file(
      "xl/charts/_rels/chart1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/chartColorStyle" Target="colors1.xml"/>` +
        `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/></Relationships>`,
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/><Override PartName="/xl/charts/colors1.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/></Types>`,
      ),
    );
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }), "saved-by-excel.xlsx");
    await generateMatrix(workbook, { today: TODAY });
    const parts = await packageParts(await workbook.toBytes());
    expect([...parts.keys()].filter((name) => name.startsWith("xl/charts/") || name.startsWith("xl/drawings/")).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const overrides = overridesUnder(parts.get("[Content_Types].xml")!, "xl/");
    expect(overrides.filter((name) => !parts.has(name))).toEqual([]);
  }, 120_000);

  test("LibreOffice keeps it a chart over the same cells (a round trip through LibreOffice's own .xlsx), a regeneration replaces it, and it prints with the Dashboard", async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), "rm-chart-lo-"));
    try {
      const ours = chartsWithOpenpyxl(twice).charts.Dashboard[0];
      const roundTrip = convertWithLibreOffice(twice, "xlsx", outDir);
      const theirs = chartsWithOpenpyxl(roundTrip).charts.Dashboard;
      expect(theirs).toHaveLength(1);
      expect(theirs[0]).toMatchObject({ type: "barChart", grouping: "stacked", barDir: "bar" });
      const refs = (chart: ChartSeen) => chart.series.map((series) => [series.nameRef, series.categoryRef, series.valueRef].map((ref) => ref.replace(/'/g, "")));
      expect(refs(theirs[0])).toEqual(refs(ours));

      // Generated again after LibreOffice saved it: ours is found (by its name or, where a program renamed it, its title) and replaced, not doubled.
      const again = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(roundTrip)), "libreoffice.xlsx");
      await generateMatrix(again, { today: TODAY });
      const regenerated = path.join(outDir, "regenerated.xlsx");
      writeFileSync(regenerated, await again.toBytes());
      expect(chartsWithOpenpyxl(regenerated).charts.Dashboard).toHaveLength(1);

      const pdf = convertWithLibreOffice(twice, "pdf", outDir);
      const dashboardPage = execFileSync("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
      expect(dashboardPage).toMatch(/^\s*Dashboard\b/);
      // Once as the section's title above the table, once as the chart's title.
      expect(dashboardPage.match(/Implementation status by cluster/g)).toHaveLength(2);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("a person's chart on a sheet of their own", () => {
  test("keeps its parts byte for byte through two generations, and the Dashboard has one chart of its own", async () => {
    const fixture = new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/workbooks/openpyxl-user-content.xlsx")));
    const before = await packageParts(fixture);
    const workbook = await XlsxWorkbook.fromBytes(fixture, "shared.xlsx");
    const docx = { name: "upr48-excerpt.docx", bytes: new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/import/ohchr-docx/upr48-excerpt.docx"))) };
    await importRecommendations(workbook, [docx], { importedOn: new Date(Date.UTC(2026, 0, 15)) });
    await generateMatrix(workbook, { today: TODAY });
    await generateMatrix(workbook, { today: TODAY });
    const bytes = await workbook.toBytes();
    const after = await packageParts(bytes);
    const theirs = chartParts(before);
    expect(theirs.length).toBeGreaterThan(0);
    for (const name of [...theirs, ...theirs.map((part) => part.replace(/([^/]+)$/, "_rels/$1.rels"))].filter((part) => before.has(part))) {
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    }
    expect(chartParts(after)).toHaveLength(theirs.length + 2);
    const dir = mkdtempSync(path.join(os.tmpdir(), "rm-chart-user-"));
    try {
      const file = path.join(dir, "shared.xlsx");
      writeFileSync(file, bytes);
      const { charts } = chartsWithOpenpyxl(file);
      expect(charts.Budget).toHaveLength(1);
      expect(charts.Dashboard).toHaveLength(1);
      expect(charts.Dashboard[0].series[0].valueRef).toMatch(/^Dashboard!/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("a sheet whose plan no longer has a chart", () => {
  test("loses its drawing, chart parts and their content types, and its <drawing> element", async () => {
    const plan = (charts: boolean): SheetPlan => ({
      sheet: "Dashboard",
      columns: [
        { header: "Cluster", width: 20, editable: false },
        { header: "Done", width: 10, editable: false },
      ],
      rows: [
        ["Cluster", "Done"],
        ["C-1", 2],
      ],
      charts: charts ? [{ title: "Done by cluster", kind: "column", firstRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 1 }] : [],
    });
    const workbook = XlsxWorkbook.empty("charts.xlsx");
    await workbook.apply({ plans: [plan(true)] });
    const withChart = await packageParts(await workbook.toBytes());
    expect(chartParts(withChart)).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
    await workbook.apply({ plans: [plan(false)] });
    const without = await packageParts(await workbook.toBytes());
    expect([...without.keys()].filter((name) => /^xl\/(charts|drawings)\//.test(name))).toEqual([]);
    expect(overridesUnder(without.get("[Content_Types].xml")!, "xl/").filter((name) => !without.has(name))).toEqual([]);
    const sheets = [...without.entries()].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(1);
    expect(sheets[0][1]).not.toContain("<drawing");
  });
});
