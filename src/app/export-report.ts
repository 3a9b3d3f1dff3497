import { renderDocx } from "../core/report/docx-renderer";
import { matrixReport } from "../core/report/report-content";
import type { Matrix, MatrixFilter } from "../core/matrix/matrix-model";
import { VERSION } from "../model/version";
import type { Language } from "../model/vocabularies";
import type { WorkbookPort } from "../workbook/port";
import { readMatrix } from "./read-matrix";

export interface ReportRequest {
  filter: MatrixFilter;
  language: Language;
  today: Date | string;
  /** Called as each step starts, for a progress bar. */
  onProgress?: (step: "read" | "render") => void;
  /** Checked between steps: a cancelled export stops before the next one. */
  signal?: AbortSignal;
}

export interface WordReport {
  /** The .docx file's bytes. */
  bytes: Uint8Array;
  matrix: Matrix;
}

/** A Word report of the matrix, or of a subset (a mechanism, a UPR cycle...), in the reader's language. */
export async function exportWordReport(port: WorkbookPort, request: ReportRequest): Promise<WordReport> {
  request.signal?.throwIfAborted();
  request.onProgress?.("read");
  const matrix = await readMatrix(port, request.filter, request.today, request.language);
  request.signal?.throwIfAborted();
  request.onProgress?.("render");
  const bytes = await renderDocx(matrixReport(matrix, { language: request.language, source: port.label, version: VERSION }));
  return { bytes, matrix };
}
