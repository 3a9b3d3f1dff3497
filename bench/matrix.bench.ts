import ExcelJS from "exceljs";
import { initWorkbook } from "../src/app/init-workbook";
import { generateMatrix } from "../src/app/generate-matrix";
import { buildMatrix } from "../src/core/matrix/build-matrix";
import { buildDashboard, dashboardSheetPlan } from "../src/core/matrix/dashboard";
import type { MatrixTables } from "../src/core/matrix/matrix-model";
import { SNAPSHOT_HEADERS } from "../src/core/matrix/matrix-layout";
import { matrixSheetPlan } from "../src/core/matrix/matrix-sheet";
import type { Row } from "../src/model/cells";
import { MATRIX_SHEET } from "../src/model/tables";
import { ACTION_STATUSES, IMPLEMENTATION_STATUSES, MECHANISMS, RESPONSES } from "../src/model/vocabularies";
import { XlsxWorkbook } from "../src/workbook/file/xlsx-workbook";
import type { Benchmark } from "./benchmark";

const RECOMMENDATIONS = 5_000;
const ACTIONS = 2_000;
const INDICATORS = 4_000;
const CLUSTERS = 12;
const INSTITUTIONS = 40;
const TODAY = "2026-11-27";
const SIZE = `${RECOMMENDATIONS} recommendations, ${ACTIONS} actions, ${INDICATORS} indicators`;

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
const institution = (index: number) => `Ministry number ${index % INSTITUTIONS}`;

/** Deterministic synthetic tables the size of a large national follow-up plan (Samoa's 691 recommendations, times seven). */
export function syntheticTables(): MatrixTables {
  const mechanisms = MECHANISMS.slice(0, 10).map((m) => m.code);
  const recommendations: Row[] = Array.from({ length: RECOMMENDATIONS }, (_, index) => ({
    id: `REC-${String(index + 1).padStart(5, "0")}`,
    text: `Strengthen the legal and institutional framework for the protection of the rights concerned, item ${index}, and allocate adequate resources to its implementation`,
    mechanism: mechanisms[index % mechanisms.length],
    cycleSession: String((index % 4) + 1),
    year: 2015 + (index % 10),
    recommendingStates: "Chile; Samoa; Paraguay",
    response: RESPONSES[index % 3],
    affectedPersons: "women; children",
    sdgTargets: `16.${(index % 10) + 1}; 5.${(index % 6) + 1}`,
    cluster: `C-${String((index % CLUSTERS) + 1).padStart(2, "0")}`,
    // One in ten recommendations is in an overlap group of three.
    overlapGroup: index % 10 === 0 ? `OG-${Math.floor(index / 30)}` : null,
    responsibleInstitutions: `${institution(index)}; ${institution(index + 7)}`,
    status: IMPLEMENTATION_STATUSES[index % IMPLEMENTATION_STATUSES.length],
    assessment: index % 5 === 0 ? `Assessment of recommendation ${index}` : null,
  }));
  const actions: Row[] = Array.from({ length: ACTIONS }, (_, index) => ({
    actionId: `A-${String(index + 1).padStart(4, "0")}`,
    recommendationIds: `REC-${String(((index * 2) % RECOMMENDATIONS) + 1).padStart(5, "0")}; REC-${String(((index * 2 + 1) % RECOMMENDATIONS) + 1).padStart(5, "0")}`,
    clusterId: index % 50 === 0 ? `C-${String((index % CLUSTERS) + 1).padStart(2, "0")}` : null,
    description: `Adopt and implement measure ${index} with a budget line and a responsible unit`,
    leadInstitution: institution(index),
    start: day(index % 365),
    deadline: day(365 + (index % 900)),
    status: ACTION_STATUSES[index % ACTION_STATUSES.length],
    progress: index % 100,
  }));
  const indicators: Row[] = Array.from({ length: INDICATORS }, (_, index) => ({
    indicatorId: `I-${String(index + 1).padStart(4, "0")}`,
    actionId: `A-${String((index % ACTIONS) + 1).padStart(4, "0")}`,
    name: `Share of cases handled within the legal time limit, measure ${index}`,
    type: "Outcome",
    unit: "%",
    baseline: String(index % 50),
    baselineYear: 2024,
    target: String(50 + (index % 50)),
    targetYear: 2028,
    currentValue: String(index % 70),
    currentValueDate: day(600),
  }));
  return {
    recommendations,
    clusters: Array.from({ length: CLUSTERS }, (_, index) => ({ clusterId: `C-${String(index + 1).padStart(2, "0")}`, name: `Thematic cluster ${index + 1}`, leadInstitution: institution(index) })),
    actions,
    indicators,
    institutions: Array.from({ length: INSTITUTIONS }, (_, index) => ({ name: institution(index), acronym: `M${index}` })),
    progress: Array.from({ length: 1_000 }, (_, index) => ({
      reportId: `P-${index + 1}`,
      subjectId: `REC-${String((index * 5) % RECOMMENDATIONS + 1).padStart(5, "0")}`,
      institution: institution(index),
      period: "2026-H1",
      reportText: `Progress report ${index}: the measure is on track.`,
      submittedOn: day(500 + (index % 100)),
      reviewStatus: index % 2 === 0 ? "Approved" : "Submitted",
    })),
  };
}

const tables = syntheticTables();
let workbookBytes: Uint8Array | null = null;

function plans(): void {
  const matrix = buildMatrix(tables, {}, TODAY);
  matrixSheetPlan(matrix, "en");
  dashboardSheetPlan(buildDashboard(matrix), "en");
}

export const benchmarks: Benchmark[] = [
  {
    name: "matrix: plan (build matrix, dashboard, both sheet plans; target < 1000 ms)",
    size: SIZE,
    run: plans,
  },
  {
    name: "matrix: plan, subset by mechanism and institution",
    size: SIZE,
    run() {
      const matrix = buildMatrix(tables, { mechanism: "UPR", institution: institution(3) }, TODAY);
      matrixSheetPlan(matrix, "en");
    },
  },
  {
    name: "matrix: set-up, write the tables to an .xlsx (not a target)",
    size: SIZE,
    async run() {
      const workbook = XlsxWorkbook.empty("bench.xlsx");
      await initWorkbook(workbook);
      await workbook.apply({
        upserts: [
          { table: "Institutions", rows: [...tables.institutions] },
          { table: "Clusters", rows: [...tables.clusters] },
          { table: "Recommendations", rows: [...tables.recommendations] },
          { table: "Actions", rows: [...tables.actions] },
          { table: "Indicators", rows: [...tables.indicators] },
          { table: "Progress", rows: [...tables.progress] },
        ],
      });
      workbookBytes = await workbook.toBytes();
    },
  },
  {
    name: "matrix: open file, generate, file written (target < 10000 ms)",
    size: SIZE,
    async run() {
      if (!workbookBytes) throw new Error("run the set-up benchmark first");
      const workbook = await XlsxWorkbook.fromBytes(workbookBytes, "bench.xlsx");
      await generateMatrix(workbook, { today: TODAY });
      workbookBytes = await workbook.toBytes();
    },
  },
  {
    name: "matrix: set-up, type 500 edits into the matrix with ExcelJS (not a target)",
    size: "500 status and assessment cells",
    async run() {
      if (!workbookBytes) throw new Error("run the set-up benchmark first");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(workbookBytes as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet(MATRIX_SHEET);
      if (!sheet) throw new Error("no matrix");
      const headerRow = 5;
      const header = sheet.getRow(headerRow).values as unknown[];
      const status = header.indexOf("Implementation status ✎");
      const assessment = header.indexOf("Assessment / comments ✎");
      const key = header.indexOf(SNAPSHOT_HEADERS.key);
      let edits = 0;
      for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount && edits < 500; rowNumber += 7) {
        const row = sheet.getRow(rowNumber);
        if (!String(row.getCell(key).value ?? "").startsWith("REC-")) continue;
        if (edits % 2 === 0) row.getCell(status).value = row.getCell(status).value === "Implemented" ? "In progress" : "Implemented";
        else row.getCell(assessment).value = `Typed in the matrix, edit ${edits}`;
        edits++;
      }
      workbookBytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    },
  },
  {
    name: "matrix: open file, carry back 500 edits, regenerate, file written",
    size: SIZE,
    async run() {
      if (!workbookBytes) throw new Error("run the set-up benchmark first");
      const workbook = await XlsxWorkbook.fromBytes(workbookBytes, "bench.xlsx");
      const summary = await generateMatrix(workbook, { today: TODAY });
      if (summary.carriedBack.length !== 500) throw new Error(`expected 500 edits carried back, got ${summary.carriedBack.length}`);
      await workbook.toBytes();
    },
  },
];
