import { UserFacingError, type MessageKey } from "../model/i18n/messages";
import { replyError, type WorkerReply } from "./worker-protocol";

/** One job for a task pane worker, and what the pane does with its replies. */
export interface WorkerRun<Job, Progress> {
  /**
   * Starts the worker. Each caller writes `new Worker(new URL("./x.worker.ts", import.meta.url))`
   * out in full: webpack 5 makes a worker chunk only from that exact form in the source.
   */
  start(): Worker;
  job: Job;
  signal: AbortSignal;
  onProgress(progress: Progress): void;
  /** The message a cancelled run rejects with. */
  cancelled: MessageKey;
  /** What the error says when the worker cannot even start (its script failed to load). */
  startFailure: string;
}

/**
 * Runs one job in a fresh Web Worker and resolves with its result. Aborting the signal terminates
 * the worker at once (it may be in the middle of a long loop) and rejects with the run's
 * `cancelled` message, so the pane reports the run as cancelled.
 */
export function runInWorker<Job, Progress, Result>(run: WorkerRun<Job, Progress>): Promise<Result> {
  return new Promise((resolve, reject) => {
    if (run.signal.aborted) {
      reject(new UserFacingError(run.cancelled));
      return;
    }
    const worker = run.start();
    const stop = () => {
      worker.terminate();
      run.signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new UserFacingError(run.cancelled));
    };
    run.signal.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<WorkerReply<Progress, Result>>) => {
      const reply = event.data;
      if (reply.type === "progress") return run.onProgress(reply.progress);
      stop();
      if (reply.type === "done") resolve(reply.result);
      else reject(replyError(reply));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      reject(new Error(event.message || run.startFailure));
    };
    worker.postMessage(run.job);
  });
}
