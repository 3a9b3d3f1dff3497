/**
 * What the Import page runs, loaded on demand in its own chunk: the parsers (docx, CSV, ExcelJS
 * for .xlsx sources), the country names and the mechanism list are too heavy for the first screen.
 */
import { countryCode } from "../model/countries";
import { UserFacingError } from "../model/i18n/messages";
import { MECHANISMS } from "../model/vocabularies";
import type { ImportSource } from "../core/import/source-types";

export { previewImport } from "../app/preview-import";
export { ImportRejectedError, importRecommendations } from "../app/import-recommendations";

export const MECHANISM_CODES: readonly string[] = MECHANISMS.map((mechanism) => mechanism.code);

/** A picked or dropped file as the import reads it: its bytes, read in the page. */
export async function fileSource(file: File): Promise<ImportSource> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The ISO3 code for what the user typed in the country field (empty: the source says). */
export function resolveCountry(typed: string): string | undefined {
  const value = typed.trim();
  if (!value) return undefined;
  const code = countryCode(value) ?? countryCode(value.toUpperCase());
  if (!code) throw new UserFacingError("taskpane.import.countryUnknown", { value });
  return code;
}
