import { computeMatrix } from "../app/generate-matrix";
import type { MatrixJob, MatrixReply } from "./matrix-worker-protocol";
import { failureReply } from "./worker-protocol";

/** Builds the matrix for one job and reports through `post`; kept apart from the worker wiring so Jest can run it. */
export function runMatrixJob(job: MatrixJob, post: (reply: MatrixReply) => void): void {
  try {
    const output = computeMatrix(job.input, { filter: job.filter, today: job.today, language: job.language, onProgress: ({ step }) => post({ type: "progress", progress: step }) });
    post({ type: "done", result: output });
  } catch (error) {
    post(failureReply(error));
  }
}
