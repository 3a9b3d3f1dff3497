import { UserFacingError } from "../model/i18n/messages";
import { XlsxWorkbook } from "../workbook/file/xlsx-workbook";
import type { FileReply, FileRequest, FileResults } from "./file-worker-protocol";
import { failureReply } from "./worker-protocol";

/**
 * The .xlsx file of the standalone page, held in its Web Worker: unzipping, parsing, patching and
 * zipping a large workbook take seconds, which on the main thread would freeze the page. Requests
 * run one at a time in the order they came, as they would on one port. Kept apart from the
 * worker's message wiring so Jest can run it.
 */
export class FileSession {
  private workbook: XlsxWorkbook | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly post: (reply: FileReply) => void) {}

  handle(request: FileRequest): Promise<void> {
    this.queue = this.queue.then(() => this.run(request));
    return this.queue;
  }

  private async run(request: FileRequest): Promise<void> {
    const { id } = request;
    try {
      const result = await this.answer(request);
      this.post({ id, type: "done", result });
    } catch (error) {
      this.post({ id, ...failureReply(error) });
    }
  }

  private async answer(request: FileRequest): Promise<FileResults[FileRequest["op"]]> {
    if (request.op === "open") {
      this.workbook = await XlsxWorkbook.fromBytes(request.bytes, request.label);
      return undefined;
    }
    if (request.op === "empty") {
      this.workbook = XlsxWorkbook.empty(request.label);
      return undefined;
    }
    const workbook = this.workbook;
    if (!workbook) throw new UserFacingError("taskpane.needsWorkbook");
    switch (request.op) {
      case "sheetNames":
        return workbook.sheetNames();
      case "readTables":
        return workbook.readTables(request.names);
      case "readSheet":
        return workbook.readSheet(request.sheet);
      case "apply":
        return workbook.apply(request.changes);
      case "save": {
        // JSZip reports after every chunk; one report per hundredth is plenty for a progress bar.
        let said = -1;
        return workbook.toBytes((fraction) => {
          const hundredths = Math.floor(fraction * 100);
          if (hundredths === said) return;
          said = hundredths;
          this.post({ id: request.id, type: "progress", progress: fraction });
        });
      }
    }
  }
}
