import { initWorkbook } from "../src/app/init-workbook";
import { RECOMMENDATIONS } from "../src/model/tables";
import type { Row } from "../src/model/cells";
import { XlsxWorkbook } from "../src/workbook/file/xlsx-workbook";
import type { Benchmark } from "./benchmark";

function syntheticRecommendations(count: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `UPR4-XYZ-${Math.floor(index / 100) + 1}.${(index % 100) + 1}`,
    text: `Strengthen the national mechanism for implementation, reporting and follow-up, recommendation ${index}, with adequate resources`,
    mechanism: "UPR",
    country: "XYZ",
    year: 2024,
    response: index % 5 === 0 ? "Noted" : "Supported",
    recommendingStates: "Chile; Samoa",
  }));
}

export const benchmarks: Benchmark[] = [
  {
    name: "file adapter: init empty workbook",
    size: `${RECOMMENDATIONS.columns.length} columns x 6 tables + Lists`,
    async run() {
      await initWorkbook(XlsxWorkbook.empty("bench.xlsx"));
    },
  },
  {
    name: "file adapter: upsert recommendations and save",
    size: "40000 rows",
    async run() {
      const workbook = XlsxWorkbook.empty("bench.xlsx");
      await initWorkbook(workbook);
      await workbook.apply({ upserts: [{ table: "Recommendations", rows: syntheticRecommendations(40_000) }] });
      await workbook.toBytes();
    },
  },
];
