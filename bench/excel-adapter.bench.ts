import { emptyWorkbookPlans } from "../src/core/structure/workbook-structure";
import type { Row } from "../src/model/cells";
import { ExcelWorkbook } from "../src/workbook/excel/excel-workbook";
import { REQUEST_LIMIT_BYTES } from "../src/workbook/excel/request-cost";
import { HostedExcel, type HostSyncRecord } from "../test/support/office-js-host/hosted-excel";
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
    notes: `Follow-up note ${index}`,
    importedOn: new Date(Date.UTC(2025, 0, 15)),
  }));
}

const MB = 1024 * 1024;

/**
 * The figures that matter in Excel, measured on the requests Microsoft's Office.js library
 * serialises (the test host answers them; its limits are off so that a request too large is
 * measured, not refused): syncs, and the largest request in UTF-8 and UTF-16 bytes, which must
 * stay 10% under Excel on the web's 5 MB (5,000,000) counted as UTF-16 (which of the two Excel counts is not documented).
 */
function describe(syncs: readonly HostSyncRecord[], what: string): string {
  const largest = syncs.reduce((best, sync) => (sync.requestUtf16Bytes > best.requestUtf16Bytes ? sync : best), syncs[0]);
  const payload = syncs.reduce((sum, sync) => sum + sync.valueBytes, 0);
  // Headroom under 5 MB read as 5,000,000 (the smaller reading): the adapter aims at 10% or more.
  const headroom = Math.round((1 - largest.requestUtf16Bytes / REQUEST_LIMIT_BYTES) * 100);
  const verdict = largest.requestUtf16Bytes > REQUEST_LIMIT_BYTES ? "OVER 5 MB as UTF-16" : `under 5 MB as UTF-16, ${headroom}% headroom under ${REQUEST_LIMIT_BYTES}${headroom < 10 ? " (LESS THAN 10%)" : ""}`;
  return `${what}: ${syncs.length} syncs, values ${(payload / MB).toFixed(1)} MB; largest request ${largest.requestBytes} bytes (UTF-8), ${largest.requestUtf16Bytes} bytes (UTF-16), ${verdict}`;
}

async function initialised(): Promise<{ excel: HostedExcel; port: ExcelWorkbook }> {
  const excel = new HostedExcel();
  excel.enforceLimits = false;
  const port = new ExcelWorkbook("bench workbook", excel.api);
  await port.apply({ plans: emptyWorkbookPlans() });
  return { excel, port };
}

function excelImport(count: number): Benchmark {
  const benchmark: Benchmark = {
    name: "excel adapter: upsert recommendations (Office.js)",
    size: `${count} rows`,
    async run() {
      const { excel, port } = await initialised();
      const before = excel.syncs.length;
      await port.apply({ upserts: [{ table: "Recommendations", rows: recommendations(count) }] });
      benchmark.size = describe(excel.syncs.slice(before), `${count} rows`);
    },
  };
  return benchmark;
}

/** Regenerating the Monitoring Matrix and Dashboard for the matrix benchmark's workbook (5,000 recommendations, 2,000 actions, 4,000 indicators). */
function excelMatrix(): Benchmark {
  const benchmark: Benchmark = {
    name: "excel adapter: generate matrix (Office.js)",
    size: "5000 recommendations",
    async run() {
      const { excel, port } = await initialised();
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
      const before = excel.syncs.length;
      await generateMatrix(port, { today: new Date(Date.UTC(2026, 10, 27)) });
      benchmark.size = describe(excel.syncs.slice(before), `${tables.recommendations.length} recommendations, ${tables.actions.length} actions, ${tables.indicators.length} indicators`);
    },
  };
  return benchmark;
}

/** A 40,000-row table where about 2,000 scattered rows get a new text and lose their note. */
function excelScattered(count: number, every: number): Benchmark {
  const benchmark: Benchmark = {
    name: "excel adapter: scattered updates (Office.js)",
    size: `${count} rows`,
    async run() {
      const { excel, port } = await initialised();
      const rows = recommendations(count);
      await port.apply({ upserts: [{ table: "Recommendations", rows }] });
      const changed = rows.filter((_, index) => index % every === 7).map((row) => ({ id: row.id, text: `${String(row.text)} (revised after the mid-term review)`, notes: null }));
      const before = excel.syncs.length;
      await port.apply({ upserts: [{ table: "Recommendations", columns: ["text", "notes"], rows: changed }] });
      benchmark.size = describe(excel.syncs.slice(before), `${count} rows, ${changed.length} updated, notes emptied`);
    },
  };
  return benchmark;
}

export const benchmarks: Benchmark[] = [excelImport(40_000), excelMatrix(), excelScattered(40_000, 20)];
