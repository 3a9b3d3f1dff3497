import type { WorkbookPort } from "../workbook/port";

/** The workbook the task pane works on. */
export interface OpenWorkbook {
  port: WorkbookPort;
  /** Standalone mode only: the file name, and the workbook as an .xlsx file to download. */
  fileName?: string;
  toFile?(): Promise<Blob>;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The adapters load on demand, each in its own chunk: ExcelJS alone is several times the first screen.
const loadXlsxWorkbook = () => import(/* webpackChunkName: "xlsx-workbook" */ "../workbook/file/xlsx-workbook");

export async function excelWorkbook(): Promise<OpenWorkbook> {
  const { ExcelWorkbook } = await import(/* webpackChunkName: "excel-workbook" */ "../workbook/excel/excel-workbook");
  return { port: new ExcelWorkbook() };
}

export async function newStandaloneWorkbook(fileName: string): Promise<OpenWorkbook> {
  const { XlsxWorkbook } = await loadXlsxWorkbook();
  return standalone(XlsxWorkbook.empty(fileName), fileName);
}

export async function openStandaloneWorkbook(bytes: ArrayBuffer, fileName: string): Promise<OpenWorkbook> {
  const { XlsxWorkbook } = await loadXlsxWorkbook();
  return standalone(await XlsxWorkbook.fromBytes(bytes, fileName), fileName);
}

function standalone(workbook: import("../workbook/file/xlsx-workbook").XlsxWorkbook, fileName: string): OpenWorkbook {
  return {
    port: workbook,
    fileName,
    async toFile() {
      const bytes = await workbook.toBytes();
      return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
    },
  };
}

/** Starts a download of `blob` as `fileName` without leaving the page. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
