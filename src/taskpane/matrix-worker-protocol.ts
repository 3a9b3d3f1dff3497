import type { MatrixInput, MatrixOutput, MatrixStep } from "../app/generate-matrix";
import type { MatrixFilter } from "../core/matrix/matrix-model";
import type { Language } from "../model/vocabularies";
import type { SuggestFailure } from "./suggest-worker-protocol";

/** What the task pane posts to the matrix worker: the tables read on the main thread, and the choices. */
export interface MatrixJob {
  input: MatrixInput;
  filter: MatrixFilter;
  today: Date | string;
  language: Language;
}

/** Progress per step, then the plans to write (or what went wrong, as the suggestion worker reports it). */
export type MatrixReply = { type: "progress"; step: MatrixStep } | { type: "done"; output: MatrixOutput } | SuggestFailure;
