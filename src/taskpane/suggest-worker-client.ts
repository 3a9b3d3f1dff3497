import type { SuggestStage, Suggestions } from "../core/suggest/types";
import type { SuggestJob, SuggestProgress } from "./suggest-worker-protocol";
import { runInWorker } from "./worker-client";

/**
 * Runs the suggestions in a Web Worker. Aborting `signal` terminates the worker at once (the
 * engine may be in the middle of a long loop) and rejects with "suggest.cancelled".
 */
export function suggestInWorker(job: SuggestJob, signal: AbortSignal, onProgress: (stage: SuggestStage, fraction: number) => void): Promise<Suggestions> {
  return runInWorker<SuggestJob, SuggestProgress, Suggestions>({
    // tsc type-checks with module=commonjs (for Jest), which has no import.meta; webpack's ts-loader emits ES modules.
    // @ts-expect-error TS1343: import.meta needs an ES module target; webpack compiles this file as one.
    start: () => new Worker(/* webpackChunkName: "suggest-worker" */ new URL("./suggest.worker.ts", import.meta.url), { name: "rights-matrix-suggestions" }),
    job,
    signal,
    onProgress: ({ stage, fraction }) => onProgress(stage, fraction),
    cancelled: "suggest.cancelled",
    startFailure: "The suggestion worker could not start",
  });
}
