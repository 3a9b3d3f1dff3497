import type { TableFile } from "../app/export-table";
import type { ImpactOssFile } from "../core/report/impactoss";
import { impactOssEntryName } from "./export-choices";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  zip: "application/zip",
} as const;

// Each heavy library arrives only when an export needs it, in a chunk of its own.
export const loadWordReport = () => import(/* webpackChunkName: "word-report" */ "../app/export-report");
export const loadTableExport = () => import(/* webpackChunkName: "table-export" */ "../app/export-table");
export const loadClipboardTable = () => import(/* webpackChunkName: "table-export" */ "../core/report/clipboard");
export const loadMatrixChoices = () => import(/* webpackChunkName: "matrix-choices" */ "../app/generate-matrix");

export function docxBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as BlobPart], { type: TYPES.docx });
}

/** A CSV as its text (the BOM included), or an .xlsx written through the file adapter like every workbook. */
export async function tableFileBlob(file: TableFile, fileName: string): Promise<Blob> {
  if (file.format === "csv") return new Blob([file.text], { type: TYPES.csv });
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx-workbook" */ "../workbook/file/xlsx-workbook");
  const workbook = XlsxWorkbook.empty(fileName);
  await workbook.apply({ plans: [file.plan] });
  return new Blob([(await workbook.toBytes()) as BlobPart], { type: TYPES.xlsx });
}

/**
 * IMPACT OSS's three import files in one .zip: browsers ask before (or silently block) a second
 * download started by one click, and Office's webviews may keep only the first.
 */
export async function impactOssZip(files: readonly ImpactOssFile[]): Promise<Blob> {
  const { default: JSZip } = await import(/* webpackChunkName: "zip" */ "jszip");
  const zip = new JSZip();
  for (const file of files) zip.file(impactOssEntryName(file.entity), file.csv);
  return zip.generateAsync({ type: "blob", mimeType: TYPES.zip, compression: "DEFLATE" });
}
