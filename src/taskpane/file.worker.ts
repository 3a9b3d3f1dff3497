// The standalone page's .xlsx file lives in this Web Worker: opening, reading, writing and saving
// a large workbook here keeps the page answering while it works.
import { FileSession } from "./file-session";
import type { FileRequest } from "./file-worker-protocol";

const session = new FileSession((reply) => self.postMessage(reply));

self.onmessage = (event: MessageEvent<FileRequest>) => {
  void session.handle(event.data);
};
