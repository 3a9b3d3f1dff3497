import { emptyWorkbookPlans } from "../src/core/structure/workbook-structure";
import type { Row } from "../src/model/cells";
import { ExcelWorkbook } from "../src/workbook/excel/excel-workbook";
import { MockExcelState, uninstall } from "../test/workbook/excel/mock-excel";
import { generateMatrix } from "../src/app/generate-matrix";
import type { Benchmark } from "./benchmark";
import { syntheticTables } from "./matrix.bench";

/** Recommendations shaped like a real UPR import: an ID, a paragraph of text, the usual short columns. */
function recommendations(count: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `UPR4-XYZ-${Math.floor(index / 100) + 1}.${(index % 100) + 1}`,
    text: `Strengthen the national mechanism for implementation, reporting and follow-up, recommendation ${index}, with adequate human, technical and financial resources`,
    mechanism: "UPR",
    country: "XYZ",
    documentSymbol: "A/HRC/58/12",
    paragraph: `${Math.floor(index / 100) + 1}.${(index % 100) + 1}`,
    cycleSession: "4",
    year: 2024,
    response: index % 5 === 0 ? "Noted" : "Supported",
    recommendingStates: "Chile; Samoa",
    themes: "National human rights action plans; Institutions & policies",
    importedOn: new Date(Date.UTC(2025, 0, 15)),
  }));
}

const MB = 1024 * 1024;

/**
 * Writing 40,000 recommendations into the Recommendations table through the Excel adapter, on
 * the mock Excel object model: the figures that matter in Excel are syncs and bytes per sync,
 * reported in the size column (the milliseconds are the adapter's and the mock's own work).
 */
function excelImport(count: number): Benchmark {
  const benchmark: Benchmark = {
    name: "excel adapter: upsert recommendations (mock Excel)",
    size: `${count} rows`,
    async run() {
      const state = new MockExcelState();
      state.install();
      try {
        const port = new ExcelWorkbook("bench workbook");
        await port.apply({ plans: emptyWorkbookPlans() });
        const before = state.syncs.length;
        await port.apply({ upserts: [{ table: "Recommendations", rows: recommendations(count) }] });
        const syncs = state.syncs.slice(before);
        const payload = syncs.reduce((sum, sync) => sum + sync.valueBytes, 0);
        const largest = Math.max(...syncs.map((sync) => sync.requestBytes));
        const budget = Math.ceil(payload / (4 * MB)) + 3;
        benchmark.size = `${count} rows, ${syncs.length} syncs (budget ${budget}), values ${(payload / MB).toFixed(1)} MB, largest request ${(largest / MB).toFixed(2)} MB`;
      } finally {
        uninstall();
      }
    },
  };
  return benchmark;
}

/**
 * Regenerating the Monitoring Matrix and Dashboard through the Excel adapter for the matrix
 * benchmark's workbook (5,000 recommendations, 2,000 actions, 4,000 indicators): every sync of
 * the command (its reads and its write) against the budget ceil(payload / 4 MB) + 5.
 */
function excelMatrix(): Benchmark {
  const benchmark: Benchmark = {
    name: "excel adapter: generate matrix (mock Excel)",
    size: "5000 recommendations",
    async run() {
      const state = new MockExcelState();
      state.install();
      try {
        const port = new ExcelWorkbook("bench workbook");
        await port.apply({ plans: emptyWorkbookPlans() });
        const tables = syntheticTables();
        await port.apply({
          upserts: [
            { table: "Recommendations", rows: [...tables.recommendations] },
            { table: "Clusters", rows: [...tables.clusters] },
            { table: "Actions", rows: [...tables.actions] },
            { table: "Indicators", rows: [...tables.indicators] },
            { table: "Institutions", rows: [...tables.institutions] },
            { table: "Progress", rows: [...tables.progress] },
          ],
        });
        const before = state.syncs.length;
        await generateMatrix(port, { today: new Date(Date.UTC(2026, 10, 27)) });
        const syncs = state.syncs.slice(before);
        const payload = syncs.reduce((sum, sync) => sum + sync.valueBytes, 0);
        const budget = Math.ceil(payload / (4 * MB)) + 5;
        benchmark.size = `${tables.recommendations.length} recommendations, ${tables.actions.length} actions, ${tables.indicators.length} indicators: ${syncs.length} syncs (budget ${budget}), values ${(payload / MB).toFixed(1)} MB`;
      } finally {
        uninstall();
      }
    },
  };
  return benchmark;
}

export const benchmarks: Benchmark[] = [excelImport(40_000), excelMatrix()];
