import type { CellValue } from "../model/cells";
import type { TableName } from "../model/tables";
import type { TableData, WorkbookChanges } from "../workbook/port";
import type { WorkerReply } from "./worker-protocol";

/**
 * What the standalone page asks of the worker that holds its .xlsx file: open or start one, then
 * the port's reads and writes, and the file's bytes for a download.
 */
export type FileRequestBody =
  | { op: "open"; bytes: ArrayBuffer; label: string }
  | { op: "empty"; label: string }
  | { op: "sheetNames" }
  | { op: "readTables"; names: readonly TableName[] }
  | { op: "readSheet"; sheet: string }
  | { op: "apply"; changes: WorkbookChanges }
  | { op: "save" };

export type FileOp = FileRequestBody["op"];

/** What each request resolves with. */
export interface FileResults {
  open: void;
  empty: void;
  sheetNames: string[];
  readTables: Record<string, TableData | null>;
  readSheet: CellValue[][] | null;
  apply: void;
  save: Uint8Array;
}

/** Requests carry an ID, so replies find their caller: several may be in flight at once. */
export type FileRequest = FileRequestBody & { id: number };

/** Progress is the share done (0 to 1) where the work can tell it (compressing the file), else null. */
export type FileReply = { id: number } & WorkerReply<number | null, FileResults[FileOp]>;
