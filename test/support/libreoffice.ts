import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";

/** LibreOffice, the independent reader: `soffice` as installed by Debian's libreoffice-calc-nogui. */
export const SOFFICE = process.env.SOFFICE ?? "soffice";

/**
 * Opens an .xlsx with LibreOffice headless and returns every sheet as CSV rows, keyed by sheet
 * name: what a spreadsheet program we did not write reads from our file.
 */
export function readWithLibreOffice(xlsxFile: string, options: { recalculate?: boolean } = {}): Record<string, string[][]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "rm-lo-"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "rm-lo-profile-"));
  try {
    // "Recalculate on load: always", so formulas are evaluated by LibreOffice rather than read from their cached values.
    if (options.recalculate) {
      mkdirSync(path.join(profile, "user"), { recursive: true });
      writeFileSync(
        path.join(profile, "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
      );
    }
    // 44,34,76: comma, double quote, UTF-8; the last -1 exports every sheet to its own file.
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        outDir,
        xlsxFile,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    const base = path.basename(xlsxFile).replace(/\.xlsx$/i, "");
    const sheets: Record<string, string[][]> = {};
    for (const file of readdirSync(outDir)) {
      const sheet = file.slice(base.length + 1).replace(/\.csv$/, "");
      sheets[sheet] = Papa.parse<string[]>(readFileSync(path.join(outDir, file), "utf8"), { delimiter: ",", skipEmptyLines: false }).data;
    }
    return sheets;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts a document (for example a .docx) with LibreOffice headless and returns the output path. */
export function convertWithLibreOffice(file: string, format: string, outDir: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), "rm-lo-profile-"));
  try {
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file], {
      stdio: "pipe",
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(":")[0];
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${extension}`);
}

/**
 * Converts a UTF-8 CSV to another spreadsheet format (for example "xls", "xls:MS Excel 95") with
 * LibreOffice headless, detecting dates and numbers as Calc does when a person opens the CSV.
 */
export function convertCsvWithLibreOffice(csvFile: string, format: string, outDir: string, options: { evaluateFormulas?: boolean } = {}): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), "rm-lo-profile-"));
  // 44,34,76,1,,0,false,true: comma, double quote, UTF-8, from line 1, standard cells, no locale, detect special numbers (dates);
  // the 13th token makes "=..." cells formulas.
  const filter = `CSV:44,34,76,1,,0,false,true,false,false,false,,${options.evaluateFormulas ? "true" : "false"}`;
  try {
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, "--headless", `--infilter=${filter}`, "--convert-to", format, "--outdir", outDir, csvFile],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(csvFile).replace(/\.[^.]+$/, "")}.${format.split(":")[0]}`);
}
