import type { MatrixOutput, MatrixStep } from "../app/generate-matrix";
import { UserFacingError } from "../model/i18n/messages";
import type { MatrixJob, MatrixReply } from "./matrix-worker-protocol";
import { replyError } from "./suggest-worker-protocol";

/**
 * Builds the matrix in a Web Worker, as the suggestions are. Aborting `signal` terminates the
 * worker at once and rejects, so the pane reports the run as cancelled.
 */
export function matrixInWorker(job: MatrixJob, signal: AbortSignal, onStep: (step: MatrixStep) => void): Promise<MatrixOutput> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new UserFacingError("taskpane.task.cancelled"));
      return;
    }
    // webpack 5 turns this exact form into a separate worker chunk (see suggest-worker-client.ts).
    // @ts-expect-error TS1343: import.meta needs an ES module target; webpack compiles this file as one.
    const worker = new Worker(/* webpackChunkName: "matrix-worker" */ new URL("./matrix.worker.ts", import.meta.url), { name: "rights-matrix-matrix" });
    const stop = () => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new UserFacingError("taskpane.task.cancelled"));
    };
    signal.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<MatrixReply>) => {
      const reply = event.data;
      if (reply.type === "progress") return onStep(reply.step);
      stop();
      if (reply.type === "done") resolve(reply.output);
      else reject(replyError(reply));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      reject(new Error(event.message || "The matrix worker could not start"));
    };
    worker.postMessage(job);
  });
}
