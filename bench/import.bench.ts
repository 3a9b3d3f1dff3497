import { readFileSync } from "node:fs";
import path from "node:path";
import { importRecommendations } from "../src/app/import-recommendations";
import type { ImportSource } from "../src/core/import/source-types";
import { XlsxWorkbook } from "../src/workbook/file/xlsx-workbook";
import type { Benchmark } from "./benchmark";
import { uprInfoExportCsv } from "./synthetic-upr-info";

const HEADER = "Recommendation,Mechanism,Country,Paragraph,UPR Session,Response,Recommending States,Themes,SDGs\r\n";
const STATES = ["Chile", "Samoa", "Côte d’Ivoire", "Türkiye", "Portugal", "Viet Nam"];

/** A recommendations table as a ministry might keep it: one row per recommendation, about 330 bytes each. */
function csvLines(count: number, firstSession = 1): string[] {
  return Array.from({ length: count }, (_, index) => {
    const session = firstSession + (index % 48);
    const text = `Strengthen the national mechanism for implementation, reporting and follow-up (${index}), with adequate human, technical and financial resources, and ensure that "civil society" is consulted`;
    const states = `${STATES[index % STATES.length]}; ${STATES[(index + 1) % STATES.length]}`;
    return `"${text.replace(/"/g, '""')}",UPR,PRY,${Math.floor(index / 300) + 100}.${(index % 300) + 1},${session},${index % 5 === 0 ? "Noted" : "Supported"},"${states}",National mechanism; Cooperation,16.6; 17.18\r\n`;
  });
}

function csvSource(count: number): ImportSource {
  return { name: `recommendations-${count}.csv`, bytes: new Uint8Array(Buffer.from(HEADER + csvLines(count).join(""), "utf8")) };
}

const forty = csvSource(40_000);
const IMPORTED_ON = new Date(Date.UTC(2026, 0, 1));

/**
 * The machine is shared, so wall-clock time swings with other people's load; the CPU time this
 * process used is printed beside it to tell the import's own cost from waiting for a core.
 */
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  console.log(`  ${label}: ${(performance.now() - started).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  return result;
}

/** UPR Info's spellings of the 195 States it covers (the test fixture), read at run time from the repository. */
function uprInfoStates(): string[] {
  const file = path.resolve(__dirname, "../../test/fixtures/import/state-names/upr-info-states.tsv");
  return readFileSync(file, "utf8").trim().split("\n").slice(1).map((line) => line.split("\t")[0]);
}

export const benchmarks: Benchmark[] = [
  {
    name: "import: UPR Info export of every session, all States (dry run)",
    size: "41000 rows, one per recommending State",
    async run() {
      const bytes = new TextEncoder().encode(uprInfoExportCsv(uprInfoStates(), 41_000));
      const result = await timed("parse + plan", () => importRecommendations(XlsxWorkbook.empty("bench.xlsx"), [{ name: "upr-info-all.csv", bytes }], { dryRun: true, importedOn: IMPORTED_ON }));
      const [file] = result.files;
      if (file.skipped.length > 0) throw new Error(`${file.skipped.length} rows refused`);
      console.log(`  (${(bytes.length / 1e6).toFixed(1)} MB, ${file.added.length} recommendations, ${file.notices.length} notices)`);
    },
  },
  {
    name: "import: parse + plan, CSV into a new workbook (dry run)",
    size: `40000 recommendations, ${(forty.bytes!.length / 1e6).toFixed(1)} MB`,
    async run() {
      const result = await timed("parse + plan", () => importRecommendations(XlsxWorkbook.empty("bench.xlsx"), [forty], { dryRun: true, importedOn: IMPORTED_ON }));
      if (result.files[0].added.length !== 40_000) throw new Error(`expected 40000 added, got ${result.files[0].added.length}`);
    },
  },
  {
    name: "import: parse + plan + file adapter write and save",
    size: "40000 recommendations",
    async run() {
      const workbook = XlsxWorkbook.empty("bench.xlsx");
      await timed("parse + plan + write", () => importRecommendations(workbook, [forty], { importedOn: IMPORTED_ON }));
      const bytes = await workbook.toBytes();
      console.log(`  (.xlsx of ${(bytes.length / 1e6).toFixed(1)} MB)`);
    },
  },
  {
    name: "import: re-import the same CSV into the 40000-row workbook (nothing to write)",
    size: "40000 recommendations",
    async run() {
      const workbook = XlsxWorkbook.empty("bench.xlsx");
      await importRecommendations(workbook, [forty], { importedOn: IMPORTED_ON });
      const again = await timed("re-import", () => importRecommendations(workbook, [forty], { importedOn: IMPORTED_ON }));
      if (again.files[0].unchanged !== 40_000) throw new Error("re-import changed rows");
    },
  },
  {
    name: "import: parse + plan a 100 MB CSV (dry run, memory)",
    size: "about 300000 recommendations, 100 MB",
    async run() {
      const lines = csvLines(310_000);
      const bytes = new Uint8Array(Buffer.from(HEADER + lines.join(""), "utf8"));
      lines.length = 0;
      const result = await timed("parse + plan", () => importRecommendations(XlsxWorkbook.empty("bench.xlsx"), [{ name: "big.csv", bytes }], { dryRun: true, importedOn: IMPORTED_ON }));
      console.log(`  (${(bytes.length / 1e6).toFixed(0)} MB, ${result.files[0].added.length} recommendations)`);
    },
  },
];
