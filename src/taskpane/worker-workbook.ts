import type { CellValue } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import type { TableName } from "../model/tables";
import type { TableData, WorkbookChanges, WorkbookPort } from "../workbook/port";
import type { FileOp, FileReply, FileRequestBody, FileResults } from "./file-worker-protocol";
import { replyError } from "./worker-protocol";

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
  onProgress?(fraction: number | null): void;
}

interface RequestOptions {
  /** Stops waiting: the page goes on, and what the worker still sends for this request is dropped. */
  signal?: AbortSignal;
  onProgress?(fraction: number | null): void;
  transfer?: Transferable[];
}

/**
 * The port over an .xlsx file held by a Web Worker (file.worker.ts), for the standalone page: the
 * page's main thread only posts requests and receives plain rows and plans, so opening, writing
 * and saving a large workbook never freezes it. One worker per open workbook.
 */
export class WorkerWorkbook implements WorkbookPort {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private broken: Error | null = null;

  private constructor(
    readonly label: string,
    private readonly worker: Worker,
  ) {
    worker.onmessage = (event: MessageEvent<FileReply>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(new Error(event.message || "The workbook worker could not start"));
    };
  }

  /**
   * Opens `bytes` in a new worker. Aborting `signal` ends that worker at once: nothing else lives
   * in it yet, so the workbook open before stays as it was.
   */
  static async open(bytes: ArrayBuffer, label: string, signal?: AbortSignal): Promise<WorkerWorkbook> {
    return WorkerWorkbook.start(label, { op: "open", bytes, label }, signal, [bytes]);
  }

  static async empty(label: string): Promise<WorkerWorkbook> {
    return WorkerWorkbook.start(label, { op: "empty", label });
  }

  private static async start(label: string, body: FileRequestBody, signal?: AbortSignal, transfer?: Transferable[]): Promise<WorkerWorkbook> {
    // tsc type-checks with module=commonjs (for Jest), which has no import.meta; webpack's ts-loader emits ES modules.
    // @ts-expect-error TS1343: import.meta needs an ES module target; webpack compiles this file as one.
    const worker = new Worker(/* webpackChunkName: "file-worker" */ new URL("./file.worker.ts", import.meta.url), { name: "rights-matrix-workbook" });
    const workbook = new WorkerWorkbook(label, worker);
    try {
      await workbook.request(body.op, body, { signal, transfer });
      return workbook;
    } catch (error) {
      workbook.close();
      throw error;
    }
  }

  /** Ends the worker; the workbook is gone with it (the page has moved on to another one). */
  close(): void {
    this.worker.terminate();
    this.fail(new UserFacingError("taskpane.task.cancelled"));
  }

  sheetNames(): Promise<string[]> {
    return this.request("sheetNames", { op: "sheetNames" });
  }

  async readTables<Name extends TableName>(names: readonly Name[]): Promise<Record<Name, TableData | null>> {
    return (await this.request("readTables", { op: "readTables", names })) as Record<Name, TableData | null>;
  }

  readSheet(sheet: string): Promise<CellValue[][] | null> {
    return this.request("readSheet", { op: "readSheet", sheet });
  }

  apply(changes: WorkbookChanges): Promise<void> {
    return this.request("apply", { op: "apply", changes });
  }

  /** The workbook as .xlsx bytes; `onProgress` hears the share compressed. */
  toBytes(options: { signal?: AbortSignal; onProgress?(fraction: number | null): void } = {}): Promise<Uint8Array> {
    return this.request("save", { op: "save" }, options);
  }

  private request<Op extends FileOp>(op: Op, body: FileRequestBody & { op: Op }, options: RequestOptions = {}): Promise<FileResults[Op]> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      const { signal } = options;
      if (signal?.aborted) return reject(new UserFacingError("taskpane.task.cancelled"));
      const id = this.nextId++;
      const onAbort = () => {
        this.waiting.delete(id);
        // An open has nothing to keep: its worker ends with it (see `start`).
        reject(new UserFacingError("taskpane.task.cancelled"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const done = () => signal?.removeEventListener("abort", onAbort);
      this.waiting.set(id, {
        resolve: (result) => {
          done();
          resolve(result as FileResults[Op]);
        },
        reject: (error) => {
          done();
          reject(error);
        },
        onProgress: options.onProgress,
      });
      this.worker.postMessage({ ...body, id }, options.transfer ?? []);
    });
  }

  private receive(reply: FileReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    if (reply.type === "progress") return waiting.onProgress?.(reply.progress);
    this.waiting.delete(reply.id);
    if (reply.type === "done") waiting.resolve(reply.result);
    else waiting.reject(replyError(reply));
  }

  /** The worker is gone: every request waiting, and every later one, fails with `error`. */
  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
