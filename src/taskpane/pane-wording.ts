import type { MessageKey, MessageParams } from "../model/i18n/messages";

/**
 * Shared messages that tell a command-line user which option to give (`--country`, `--comment`)
 * have their own wording in the pane, which names the field or button instead. The use cases
 * raise the shared key; the pane shows its own one with the same parameters.
 */
const PANE_WORDING: Partial<Record<MessageKey, MessageKey>> = {
  "import.unknownMechanism": "taskpane.wording.unknownMechanism",
  "import.unknownCountry": "taskpane.wording.unknownCountry",
  "import.textNeedsSymbol": "taskpane.wording.textNeedsSymbol",
  "import.unknownFormat": "taskpane.wording.unknownFormat",
  "import.formatMismatch": "taskpane.wording.formatMismatch",
  "import.badCountryOption": "taskpane.wording.badCountryOption",
  "import.badMechanismOption": "taskpane.wording.badMechanismOption",
  "progress.rejectNeedsComment": "taskpane.wording.rejectNeedsComment",
  "progress.nameRequired": "taskpane.wording.nameRequired",
  "matrix.filter.unknownMechanism": "taskpane.wording.filterUnknown",
  "matrix.filter.unknownCluster": "taskpane.wording.filterUnknown",
  "matrix.filter.unknownInstitution": "taskpane.wording.filterUnknown",
  "matrix.filter.unknownResponse": "taskpane.wording.filterUnknown",
  "matrix.filter.unknownStatus": "taskpane.wording.filterUnknown",
  "matrix.filter.badCycle": "taskpane.wording.filterUnknown",
  "export.unknownFormat": "taskpane.wording.exportUnknownFormat",
};

/** The message the pane shows for a shared message key: its own wording where it has one. */
export function paneMessage(key: MessageKey, params: MessageParams = {}): { key: MessageKey; params: MessageParams } {
  return { key: PANE_WORDING[key] ?? key, params };
}

/** The shared keys the pane words differently (for the test that no flag reaches the screen). */
export const PANE_REWORDED: readonly MessageKey[] = Object.keys(PANE_WORDING) as MessageKey[];
