import { promises as fs } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../workbook/file/xlsx-workbook";

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export async function openWorkbookFile(file: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBytes(await fs.readFile(file), path.basename(file));
}

/** Writes next to the target and renames over it, so a reader never sees half a file. */
export async function saveWorkbookFile(workbook: XlsxWorkbook, file: string): Promise<void> {
  await writeFileAtomically(file, await workbook.toBytes());
}

export async function writeFileAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
