import { UserFacingError } from "../model/i18n/messages";
import type { SuggestStage, Suggestions } from "../core/suggest/types";
import { replyError, type SuggestJob, type SuggestReply } from "./suggest-worker-protocol";

/**
 * Runs the suggestions in a Web Worker. Aborting `signal` terminates the worker at once (the
 * engine may be in the middle of a long loop) and rejects with "suggest.cancelled".
 */
export function suggestInWorker(job: SuggestJob, signal: AbortSignal, onProgress: (stage: SuggestStage, fraction: number) => void): Promise<Suggestions> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new UserFacingError("suggest.cancelled"));
      return;
    }
    // webpack 5 turns this exact form into a separate worker chunk. tsc type-checks with
    // module=commonjs (for Jest), which has no import.meta; webpack's ts-loader emits ES modules.
    // @ts-expect-error TS1343: import.meta needs an ES module target; webpack compiles this file as one.
    const worker = new Worker(/* webpackChunkName: "suggest-worker" */ new URL("./suggest.worker.ts", import.meta.url), { name: "rights-matrix-suggestions" });
    const stop = () => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new UserFacingError("suggest.cancelled"));
    };
    signal.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<SuggestReply>) => {
      const reply = event.data;
      if (reply.type === "progress") return onProgress(reply.stage, reply.fraction);
      stop();
      if (reply.type === "done") resolve(reply.suggestions);
      else reject(replyError(reply));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      reject(new Error(event.message || "The suggestion worker could not start"));
    };
    worker.postMessage(job);
  });
}
