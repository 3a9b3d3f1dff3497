import { UserFacingError, type MessageKey, type MessageParams } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";
import type { SuggestInput } from "../app/suggest-input";
import type { SuggestStage, Suggestions } from "../core/suggest/types";

/** What the task pane posts to the suggestion worker: plain data read from the workbook. */
export interface SuggestJob {
  input: SuggestInput;
  clusters?: number;
  language: Language;
}

export type SuggestFailure = { type: "failed"; key?: MessageKey; params?: MessageParams; message: string };

/** What the worker posts back: progress while it works, then the suggestions or what went wrong. */
export type SuggestReply = { type: "progress"; stage: SuggestStage; fraction: number } | { type: "done"; suggestions: Suggestions } | SuggestFailure;

/** A UserFacingError crosses the worker boundary as its catalogue key, so it stays translatable. */
export function failureReply(error: unknown): SuggestFailure {
  if (error instanceof UserFacingError) return { type: "failed", key: error.key, params: error.params, message: error.message };
  return { type: "failed", message: error instanceof Error ? error.message : String(error) };
}

/** The error a failed reply stands for, on the main thread. */
export function replyError(reply: SuggestFailure): Error {
  return reply.key ? new UserFacingError(reply.key, reply.params) : new Error(reply.message);
}
