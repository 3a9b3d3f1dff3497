import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importRecommendations } from "../src/app/import-recommendations";
import { readFirstXlsSheet } from "../src/core/import/xls-sheet";
import { XlsxWorkbook } from "../src/workbook/file/xlsx-workbook";
import type { Benchmark } from "./benchmark";

const ROWS = 40_000;
const IMPORTED_ON = new Date(Date.UTC(2026, 0, 1));

/**
 * A UPR Info export of 40,000 rows saved by LibreOffice as Excel 97-2003 (real BIFF8), made once
 * and only when an .xls benchmark runs: about 5 MB, its text crossing hundreds of CONTINUE records.
 */
let cached: Uint8Array | undefined;
function uprInfoXls(): Uint8Array {
  if (cached) return cached;
  const dir = mkdtempSync(path.join(os.tmpdir(), "rm-bench-xls-"));
  try {
    const lines = ["To,Text,From,Response,Issue,Session"];
    for (let index = 0; index < ROWS; index++) {
      const text = `Zagotoviti učinkovito izvajanje priporočil št. ${index} in okrepiti sodelovanje z nevladnimi organizacijami (Señal, Überprüfung, žena)`;
      lines.push(`Slovenia,"${text}",${["Chile", "Portugal", "Türkiye", "Côte d'Ivoire"][index % 4]},${index % 5 ? "Accepted" : "Noted"},"Women's rights, Children",${20 + (index % 3) * 14}`);
    }
    const csv = path.join(dir, "upr-info.csv");
    writeFileSync(csv, lines.join("\n"), "utf8");
    const profile = mkdtempSync(path.join(os.tmpdir(), "rm-bench-lo-"));
    try {
      execFileSync(process.env.SOFFICE ?? "soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xls", "--outdir", dir, csv], { stdio: "pipe", timeout: 300_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    cached = new Uint8Array(readFileSync(path.join(dir, "upr-info.xls")));
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall and CPU time of the measured part only (making the file with LibreOffice is not measured). */
function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  console.log(`  ${label}: ${(performance.now() - started).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  return result;
}

export const benchmarks: Benchmark[] = [
  {
    name: "xls: read the first worksheet of a BIFF8 .xls (run alone: npm run bench -- xls:)",
    size: `${ROWS} rows`,
    run() {
      const bytes = uprInfoXls();
      const rows = timed(`read ${(bytes.length / 1e6).toFixed(1)} MB .xls`, () => readFirstXlsSheet(bytes));
      if (rows.length !== ROWS + 1) throw new Error(`expected ${ROWS + 1} rows, got ${rows.length}`);
    },
  },
  {
    name: "xls: parse + plan, UPR Info .xls into a new workbook (dry run)",
    size: `${ROWS} rows`,
    async run() {
      const source = { name: "upr-info.xls", bytes: uprInfoXls() };
      const started = performance.now();
      const result = await importRecommendations(XlsxWorkbook.empty("bench.xlsx"), [source], { dryRun: true, importedOn: IMPORTED_ON });
      console.log(`  parse + plan: ${(performance.now() - started).toFixed(0)} ms wall, ${result.files[0].added.length} recommendations`);
      if (result.files[0].added.length !== ROWS) throw new Error(`expected ${ROWS} added, got ${result.files[0].added.length}`);
    },
  },
];
