import { UserFacingError, type MessageKey, type MessageParams } from "../model/i18n/messages";

/** What went wrong in a worker, as it crosses to the main thread. */
export type WorkerFailure = { type: "failed"; key?: MessageKey; params?: MessageParams; message: string };

/** What a task pane worker posts back: progress while it works, then its result or what went wrong. */
export type WorkerReply<Progress, Result> = { type: "progress"; progress: Progress } | { type: "done"; result: Result } | WorkerFailure;

/** A UserFacingError crosses the worker boundary as its catalogue key, so it stays translatable. */
export function failureReply(error: unknown): WorkerFailure {
  if (error instanceof UserFacingError) return { type: "failed", key: error.key, params: error.params, message: error.message };
  return { type: "failed", message: error instanceof Error ? error.message : String(error) };
}

/** The error a failed reply stands for, on the main thread. */
export function replyError(reply: WorkerFailure): Error {
  return reply.key ? new UserFacingError(reply.key, reply.params) : new Error(reply.message);
}
