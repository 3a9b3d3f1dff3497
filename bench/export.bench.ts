import { buildMatrix } from "../src/core/matrix/build-matrix";
import type { MatrixTables } from "../src/core/matrix/matrix-model";
import { toCsv } from "../src/core/report/csv";
import { renderDocx } from "../src/core/report/docx-renderer";
import { impactOssFiles } from "../src/core/report/impactoss";
import { matrixExportTable } from "../src/core/report/matrix-table";
import { matrixReport } from "../src/core/report/report-content";
import { reportingSchedule } from "../src/core/progress/reporting-schedule";
import type { Row } from "../src/model/cells";
import { IMPLEMENTATION_STATUSES, REPORTING_FREQUENCIES } from "../src/model/vocabularies";
import type { Benchmark } from "./benchmark";

const RECOMMENDATIONS = 5_000;
const ACTIONS = 2_000;
const INDICATORS = 4_000;
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);

/** The size issue 6 sets for the matrix: 5,000 recommendations in 40 clusters, 2,000 actions, 4,000 indicators. */
function syntheticTables(): MatrixTables {
  const recommendations: Row[] = Array.from({ length: RECOMMENDATIONS }, (_, index) => ({
    id: `UPR4-XYZ-${Math.floor(index / 100) + 100}.${(index % 100) + 1}`,
    text: `Strengthen the national mechanism for implementation, reporting and follow-up, with adequate human, technical and financial resources (${index})`,
    mechanism: index % 3 === 0 ? "CRC" : "UPR",
    cycleSession: "48",
    year: 2025,
    recommendingStates: "Chile; Samoa; Portugal",
    response: index % 5 === 0 ? "Noted" : "Supported",
    cluster: `C-${String((index % 40) + 1).padStart(2, "0")}`,
    responsibleInstitutions: `Ministry ${index % 25}`,
    status: IMPLEMENTATION_STATUSES[index % IMPLEMENTATION_STATUSES.length],
  }));
  const actions: Row[] = Array.from({ length: ACTIONS }, (_, index) => ({
    actionId: `A-${String(index + 1).padStart(4, "0")}`,
    recommendationIds: `${recommendations[(index * 2) % RECOMMENDATIONS].id}; ${recommendations[(index * 2 + 1) % RECOMMENDATIONS].id}`,
    description: `Adopt and fund a national action plan, step ${index}`,
    leadInstitution: `Ministry ${index % 25}`,
    start: day(index % 365),
    deadline: day((index % 365) + 400),
    status: "In progress",
  }));
  const indicators: Row[] = Array.from({ length: INDICATORS }, (_, index) => ({
    indicatorId: `I-${String(index + 1).padStart(4, "0")}`,
    actionId: actions[index % ACTIONS].actionId,
    name: `Share of cases handled within the legal time limit (${index})`,
    frequency: REPORTING_FREQUENCIES[index % REPORTING_FREQUENCIES.length],
    responsible: `Ministry ${index % 25}`,
    baseline: "40%",
    target: "90%",
  }));
  const progress: Row[] = actions.map((action, index) => ({
    reportId: `P-${String(index + 1).padStart(4, "0")}`,
    subjectId: action.actionId,
    institution: action.leadInstitution,
    reportText: "Progress on schedule; the plan was adopted by the Government and funds allocated in the budget.",
    reviewStatus: index % 2 === 0 ? "Published" : "Submitted",
    submittedOn: day(200),
    publishedOn: index % 2 === 0 ? day(210) : null,
  }));
  const clusters: Row[] = Array.from({ length: 40 }, (_, index) => ({ clusterId: `C-${String(index + 1).padStart(2, "0")}`, name: `Theme ${index + 1}` }));
  const institutions: Row[] = Array.from({ length: 25 }, (_, index) => ({ name: `Ministry ${index}` }));
  return { recommendations, clusters, actions, indicators, institutions, progress };
}

const tables = syntheticTables();
const matrix = buildMatrix(tables, {}, "2026-11-27");
const SIZE = `${RECOMMENDATIONS} recommendations, ${ACTIONS} actions, ${INDICATORS} indicators`;

export const benchmarks: Benchmark[] = [
  {
    name: "export: Word report content (matrix -> document model)",
    size: SIZE,
    run() {
      matrixReport(matrix, { language: "es", source: "bench.xlsx", version: "bench" });
    },
  },
  {
    name: "export: Word report rendered to .docx bytes",
    size: SIZE,
    async run() {
      const bytes = await renderDocx(matrixReport(matrix, { language: "es", source: "bench.xlsx", version: "bench" }));
      if (bytes.length < 100_000) throw new Error(`Report unexpectedly small: ${bytes.length} bytes`);
    },
  },
  {
    name: "export: filtered matrix as CSV",
    size: SIZE,
    run() {
      const table = matrixExportTable(matrix, "en");
      toCsv(table.headers, table.rows);
    },
  },
  {
    name: "export: IMPACT OSS import files",
    size: SIZE,
    run() {
      impactOssFiles(tables);
    },
  },
  {
    name: "progress: reporting schedule",
    size: `${INDICATORS} indicators, ${ACTIONS} reports`,
    run() {
      reportingSchedule({ indicators: tables.indicators, actions: tables.actions, progress: tables.progress, institutions: tables.institutions, today: new Date(Date.UTC(2026, 10, 27)) });
    },
  },
];
