// The matrix builder's Web Worker: carrying edits back, building the matrix and the dashboard and
// laying out their sheets take long enough on a real workbook to freeze the pane on the main thread.
import { runMatrixJob } from "./matrix-job";
import type { MatrixJob } from "./matrix-worker-protocol";

self.onmessage = (event: MessageEvent<MatrixJob>) => {
  runMatrixJob(event.data, (reply) => self.postMessage(reply));
};
