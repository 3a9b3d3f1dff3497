import type { MatrixOutput, MatrixStep } from "../app/generate-matrix";
import type { MatrixJob } from "./matrix-worker-protocol";
import { runInWorker } from "./worker-client";

/**
 * Builds the matrix in a Web Worker, as the suggestions are. Aborting `signal` terminates the
 * worker at once and rejects, so the pane reports the run as cancelled.
 */
export function matrixInWorker(job: MatrixJob, signal: AbortSignal, onStep: (step: MatrixStep) => void): Promise<MatrixOutput> {
  return runInWorker<MatrixJob, MatrixStep, MatrixOutput>({
    // tsc type-checks with module=commonjs (for Jest), which has no import.meta; webpack's ts-loader emits ES modules.
    // @ts-expect-error TS1343: import.meta needs an ES module target; webpack compiles this file as one.
    start: () => new Worker(/* webpackChunkName: "matrix-worker" */ new URL("./matrix.worker.ts", import.meta.url), { name: "rights-matrix-matrix" }),
    job,
    signal,
    onProgress: onStep,
    cancelled: "taskpane.task.cancelled",
    startFailure: "The matrix worker could not start",
  });
}
