import type { Language } from "../model/vocabularies";
import type { SuggestInput } from "../app/suggest-input";
import type { SuggestStage, Suggestions } from "../core/suggest/types";
import type { WorkerReply } from "./worker-protocol";

/** What the task pane posts to the suggestion worker: plain data read from the workbook. */
export interface SuggestJob {
  input: SuggestInput;
  clusters?: number;
  language: Language;
}

/** How far the engine is: its stage, and the share of the whole run done (0 to 1). */
export interface SuggestProgress {
  stage: SuggestStage;
  fraction: number;
}

/** What the worker posts back: progress while it works, then the suggestions or what went wrong. */
export type SuggestReply = WorkerReply<SuggestProgress, Suggestions>;
