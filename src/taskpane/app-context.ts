import { createContext, useContext } from "react";
import type { MessageKey, MessageParams } from "../model/i18n/messages";
import type { HostInfo } from "./host";
import type { OpenWorkbook } from "./workbook-session";

/** What the progress bar says: a catalogue message, with its parameters if it has any. */
export type TaskLabel = MessageKey | { key: MessageKey; params: MessageParams };

export interface TaskPaneState {
  host: HostInfo;
  workbook: OpenWorkbook | null;
  /** True while a task runs: controls that start another one are disabled. */
  busy: boolean;
  /**
   * Runs one piece of long work with a progress bar labelled `label`; an error lands in the
   * MessageBar. Resolves to false if the task failed.
   */
  runTask(label: TaskLabel, task: () => Promise<void>): Promise<boolean>;
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
