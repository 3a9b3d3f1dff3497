import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { convertCsvWithLibreOffice, readWithLibreOffice } from "../support/libreoffice";
import { runCliCaptured } from "../support/cli";

const FIXTURES = path.resolve(__dirname, "../fixtures/import");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-import-xls-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(argv);

describe("rights-matrix import of an Excel 97-2003 .xls", () => {
  it("imports a UPR Info export saved as .xls into the same workbook rows as the .csv it was made from", async () => {
    const csv = path.join(dir, "upr-info.csv");
    copyFileSync(path.join(FIXTURES, "upr-info/upr-info-utf8.csv"), csv);
    // LibreOffice writes the .xls (real BIFF8) from our own CSV fixture: the same rows, two containers.
    const xls = convertCsvWithLibreOffice(csv, "xls", dir);

    const fromCsv = path.join(dir, "from-csv.xlsx");
    const fromXls = path.join(dir, "from-xls.xlsx");
    const csvResult = await cli("import", fromCsv, csv);
    const xlsResult = await cli("import", fromXls, xls);
    expect(csvResult).toMatchObject({ code: 0, err: "" });
    expect(xlsResult).toMatchObject({ code: 0, err: "" });
    expect(xlsResult.out).toContain("upr-info.xls (upr-info):");
    expect(xlsResult.out.replace("upr-info.xls", "upr-info.csv")).toBe(csvResult.out.replaceAll(fromCsv, fromXls));

    const csvRows = readWithLibreOffice(fromCsv).Recommendations;
    const xlsRows = readWithLibreOffice(fromXls).Recommendations;
    expect(csvRows.length).toBeGreaterThan(2);
    expect(xlsRows.map((row) => row.map((cell) => cell.replace("upr-info.xls", "upr-info.csv")))).toEqual(csvRows);
  });
});
