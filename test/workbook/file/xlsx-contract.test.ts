import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";
import type { WorkbookPort } from "../../../src/workbook/port";
import { readWithLibreOffice } from "../../support/libreoffice";
import { describePortContract } from "../port-contract";

/** Saves the workbook, reopens the saved bytes with the adapter (a save round trip) and with LibreOffice. */
async function reopenWithLibreOffice(port: WorkbookPort): Promise<Record<string, string[][]>> {
  const bytes = await (port as XlsxWorkbook).toBytes();
  const directory = mkdtempSync(path.join(os.tmpdir(), "rm-contract-"));
  try {
    const file = path.join(directory, "contract.xlsx");
    writeFileSync(file, bytes);
    return readWithLibreOffice(file);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Every write goes through a save and a reload, so the contract holds for what is on disk, not only in memory. */
async function reloadingPort(): Promise<WorkbookPort> {
  let workbook = XlsxWorkbook.empty("contract.xlsx");
  const reload = async () => (workbook = await XlsxWorkbook.fromBytes(await workbook.toBytes(), "contract.xlsx"));
  return {
    get label() {
      return workbook.label;
    },
    sheetNames: () => workbook.sheetNames(),
    readTables: (names) => workbook.readTables(names),
    readSheet: (sheet) => workbook.readSheet(sheet),
    apply: async (changes) => {
      await workbook.apply(changes);
      await reload();
    },
    toBytes: () => workbook.toBytes(),
  } as WorkbookPort & { toBytes(): Promise<Uint8Array> };
}

describePortContract("XlsxWorkbook (ExcelJS), saved and reloaded after every write", reloadingPort, { independentReader: reopenWithLibreOffice });
