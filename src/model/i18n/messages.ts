import type { Language } from "../vocabularies";
import type { Catalog } from "./catalog-types";
import { COMMON_MESSAGES } from "./common";
import { CLI_MESSAGES } from "./cli";
import { TASKPANE_MESSAGES } from "./taskpane";
import { IMPORT_MESSAGES } from "./import";
import { EXCEL_MESSAGES } from "./excel";
import { SUGGEST_MESSAGES } from "./suggest";
import { MATRIX_MESSAGES } from "./matrix";
import { PROGRESS_MESSAGES } from "./progress";
import { EXPORT_MESSAGES } from "./export";
import { VALIDATE_MESSAGES } from "./validate";
import { TASKPANE_IMPORT_MESSAGES } from "./taskpane-import";
import { TASKPANE_MATRIX_MESSAGES } from "./taskpane-matrix";
import { TASKPANE_SUGGESTIONS_MESSAGES } from "./taskpane-suggestions";
import { TASKPANE_EXPORT_MESSAGES } from "./taskpane-export";
import { TASKPANE_INSTITUTION_MESSAGES } from "./taskpane-institution";
import { TASKPANE_VALIDATE_MESSAGES } from "./taskpane-validate";
import { TASKPANE_UX_MESSAGES } from "./taskpane-ux";
import { SELF_CHECK_MESSAGES } from "./self-check";
import { workbookLabel } from "./workbook-labels";

/** One entry per domain; a domain adds its file here. */
const CATALOG = {
  ...COMMON_MESSAGES,
  ...CLI_MESSAGES,
  ...TASKPANE_MESSAGES,
  ...IMPORT_MESSAGES,
  ...EXCEL_MESSAGES,
  ...SUGGEST_MESSAGES,
  ...MATRIX_MESSAGES,
  ...PROGRESS_MESSAGES,
  ...EXPORT_MESSAGES,
  ...VALIDATE_MESSAGES,
  ...TASKPANE_IMPORT_MESSAGES,
  ...TASKPANE_MATRIX_MESSAGES,
  ...TASKPANE_SUGGESTIONS_MESSAGES,
  ...TASKPANE_EXPORT_MESSAGES,
  ...TASKPANE_INSTITUTION_MESSAGES,
  ...TASKPANE_VALIDATE_MESSAGES,
  ...TASKPANE_UX_MESSAGES,
  ...SELF_CHECK_MESSAGES,
} satisfies Catalog;

export type MessageKey = keyof typeof CATALOG;
export type MessageParams = Record<string, string | number>;

/**
 * Messages about what a file or table literally holds (an import's source columns, a table's
 * missing header) name it as written; the others show the workbook's words translated.
 */
const LITERAL_PREFIXES = ["import.", "error."];

/**
 * The message in `language`. A parameter that is one of the workbook's canonical words (a list
 * value such as Completed, a column header such as Deadline) is shown translated.
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOG[key][language] ?? CATALOG[key].en;
  const pieces = templatePieces(template);
  if (pieces.length === 1) return template;
  const literal = LITERAL_PREFIXES.some((prefix) => key.startsWith(prefix));
  let text = pieces[0];
  for (let index = 1; index < pieces.length; index += 2) {
    const name = pieces[index];
    if (!(name in params)) text += `{${name}}`;
    else {
      const value = params[name];
      text += typeof value === "string" && !literal ? workbookLabel(language, value) : String(value);
    }
    text += pieces[index + 1];
  }
  return text;
}

/**
 * A template split once at its placeholders: text, name, text, name, ..., text. A generated
 * matrix translates a few phrases a hundred thousand times over.
 */
const splitTemplates = new Map<string, readonly string[]>();
function templatePieces(template: string): readonly string[] {
  let pieces = splitTemplates.get(template);
  if (!pieces) splitTemplates.set(template, (pieces = template.split(/\{(\w+)\}/)));
  return pieces;
}

/** Every message key, for checks over the whole catalogue (such as "no English word left in Spanish"). */
export const MESSAGE_KEYS = Object.keys(CATALOG) as MessageKey[];

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOG, key);
}

/** Picks the closest supported language for a BCP 47 tag such as "es-PY" or "fr-FR". */
export function languageFromTag(tag: string | undefined | null): Language {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "es" || primary === "fr" ? primary : "en";
}

/**
 * An error whose message is in the catalogue, so each interface can show it in its user's
 * language; `message` holds the English text for logs and tests.
 */
export class UserFacingError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(translate("en", key, params));
    this.name = "UserFacingError";
  }

  localized(language: Language): string {
    return translate(language, this.key, this.params);
  }
}
