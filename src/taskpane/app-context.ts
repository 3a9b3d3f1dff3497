import { createContext, useContext } from "react";
import type { MessageKey, MessageParams } from "../model/i18n/messages";
import type { HostInfo } from "./host";
import type { OpenWorkbook } from "./workbook-session";

/** What the progress bar says: a catalogue message, with its parameters if it has any. */
export type TaskLabel = MessageKey | { key: MessageKey; params: MessageParams };

/** What a long task gets: a signal that fires when the user cancels, and a way to report progress. */
export interface TaskControl {
  signal: AbortSignal;
  /** Share done, from 0 to 1 (null when unknown), and optionally what is happening now. */
  progress(fraction: number | null, label?: TaskLabel): void;
}

/** Where a task's progress, error or cancellation shows: next to the control that started it. */
export interface TaskOptions {
  /** The id of a `<TaskStatus near=…>` placed by that control; without one, the status shows at the top. */
  near?: string;
}

/** The running or last task as the status areas show it. */
export interface TaskStatusState {
  near?: string;
  busyLabel: TaskLabel | null;
  progress: number | null;
  error: unknown;
  cancelled: boolean;
}

export interface TaskPaneState {
  host: HostInfo;
  workbook: OpenWorkbook | null;
  /** True while a task runs: controls that start another one are disabled. */
  busy: boolean;
  /**
   * Runs one piece of long work with a progress bar labelled `label` and a Cancel button; an
   * error lands in the MessageBar. Use cases check `control.signal` before they write, so a
   * cancelled task writes nothing. Resolves to false if the task failed or was cancelled.
   */
  runTask(label: TaskLabel, task: (control: TaskControl) => Promise<void>, options?: TaskOptions): Promise<boolean>;
  /** What the status areas show now, and how to clear or cancel it. */
  status: TaskStatusState;
  cancelTask(): void;
  dismissStatus(): void;
  /** A `<TaskStatus near=…>` on screen: its task's status shows there instead of at the top. */
  registerStatusArea(near: string): () => void;
  /** Moves to another page (the "Next" buttons and links between pages). */
  goToPage(page: string): void;
  /** Standalone mode: work on `workbook` from now on (a new one, or one the user opened). */
  openWorkbook(workbook: OpenWorkbook): void;
  /** Standalone mode: the workbook changed since it was opened or last downloaded. */
  markChanged(): void;
  /** Increments after every change, so views that show the workbook read it again. */
  revision: number;
}

export const TaskPaneContext = createContext<TaskPaneState | null>(null);

export function useTaskPane(): TaskPaneState {
  const state = useContext(TaskPaneContext);
  if (!state) throw new Error("useTaskPane outside TaskPaneContext");
  return state;
}
