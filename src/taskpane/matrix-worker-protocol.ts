import type { MatrixInput, MatrixOutput, MatrixStep } from "../app/generate-matrix";
import type { MatrixFilter } from "../core/matrix/matrix-model";
import type { Language } from "../model/vocabularies";
import type { WorkerReply } from "./worker-protocol";

/** What the task pane posts to the matrix worker: the tables read on the main thread, and the choices. */
export interface MatrixJob {
  input: MatrixInput;
  filter: MatrixFilter;
  today: Date | string;
  language: Language;
}

/** Progress per step, then the plans to write (or what went wrong). */
export type MatrixReply = WorkerReply<MatrixStep, MatrixOutput>;
