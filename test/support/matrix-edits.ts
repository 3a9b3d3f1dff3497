import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SNAPSHOT_HEADERS } from "../../src/core/matrix/matrix-layout";
import { MATRIX_SHEET } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { SOFFICE } from "./libreoffice";

/**
 * Types into the Monitoring Matrix as a person would in a spreadsheet program without the
 * add-in: the file is opened with ExcelJS directly, one cell changed, and saved.
 */
export async function typeIntoMatrix(workbook: XlsxWorkbook, key: string, header: string, value: string, sheetName = MATRIX_SHEET): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbook.toBytes()) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error("no matrix sheet");
  let headerRow = 0;
  let keyColumn = 0;
  let column = 0;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, columnNumber) => {
      if (cell.value === SNAPSHOT_HEADERS.key) [headerRow, keyColumn] = [rowNumber, columnNumber];
      if (cell.value === header) column = columnNumber;
    });
  });
  if (!headerRow || !column) throw new Error(`no column ${header}`);
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber++) {
    if (sheet.getRow(rowNumber).getCell(keyColumn).value === key) {
      sheet.getRow(rowNumber).getCell(column).value = value;
      const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
      return XlsxWorkbook.fromBytes(bytes, workbook.label);
    }
  }
  throw new Error(`no matrix row ${key}`);
}

/** The workbook as LibreOffice saves it back to .xlsx: a colleague who opened it there and pressed Save. */
export async function savedByLibreOffice(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rm-lo-save-"));
  try {
    const input = path.join(dir, "in.xlsx");
    writeFileSync(input, await workbook.toBytes());
    mkdirSync(path.join(dir, "out"));
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), input], {
      stdio: "pipe",
      timeout: 120_000,
    });
    return XlsxWorkbook.fromBytes(readFileSync(path.join(dir, "out", "in.xlsx")), workbook.label);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
