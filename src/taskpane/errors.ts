import { UserFacingError, translate } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";
import { paneMessage } from "./pane-wording";

/** What the MessageBar shows for an error: catalogue text that says what to do next. */
export function errorMessage(error: unknown, language: Language): string {
  if (error instanceof UserFacingError) {
    // The shared message says what is wrong with the file; here we can also say what to do.
    const advice = error.key === "error.notAWorkbook" ? ` ${translate(language, "taskpane.error.openAdvice")}` : "";
    const shown = paneMessage(error.key, error.params);
    return translate(language, shown.key, shown.params) + advice;
  }
  // The detail sits mid-sentence in the message, which adds its own full stop.
  const detail = (error instanceof Error ? error.message : String(error)).trim().replace(/[.。]+$/, "");
  // webpack names a chunk that failed to download "ChunkLoadError".
  if (error instanceof Error && error.name === "ChunkLoadError") return translate(language, "taskpane.error.loadFailed", { detail });
  return translate(language, "taskpane.error.unexpected", { detail });
}
