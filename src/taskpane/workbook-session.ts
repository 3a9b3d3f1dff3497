import type { WorkbookPort } from "../workbook/port";

/** The workbook the task pane works on. */
export interface OpenWorkbook {
  port: WorkbookPort;
  /** Standalone mode only: the file name, and the workbook as an .xlsx file to download. */
  fileName?: string;
  toFile?(options?: { signal?: AbortSignal; onProgress?(fraction: number | null): void }): Promise<Blob>;
  /** Standalone mode only: lets go of the file (its worker) once another workbook replaces it. */
  close?(): void;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The adapters load on demand, each in its own chunk; the file adapter itself runs in a Web Worker.
const loadWorkerWorkbook = () => import(/* webpackChunkName: "worker-workbook" */ "./worker-workbook");

export async function excelWorkbook(): Promise<OpenWorkbook> {
  const { ExcelWorkbook } = await import(/* webpackChunkName: "excel-workbook" */ "../workbook/excel/excel-workbook");
  return { port: new ExcelWorkbook() };
}

export async function newStandaloneWorkbook(fileName: string): Promise<OpenWorkbook> {
  const { WorkerWorkbook } = await loadWorkerWorkbook();
  return standalone(await WorkerWorkbook.empty(fileName), fileName);
}

/** Opens the file in the workbook worker; aborting `signal` stops the opening and keeps the workbook open before. */
export async function openStandaloneWorkbook(bytes: ArrayBuffer, fileName: string, signal?: AbortSignal): Promise<OpenWorkbook> {
  const { WorkerWorkbook } = await loadWorkerWorkbook();
  return standalone(await WorkerWorkbook.open(bytes, fileName, signal), fileName);
}

function standalone(workbook: import("./worker-workbook").WorkerWorkbook, fileName: string): OpenWorkbook {
  return {
    port: workbook,
    fileName,
    async toFile(options) {
      const bytes = await workbook.toBytes(options);
      return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
    },
    close: () => workbook.close(),
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
