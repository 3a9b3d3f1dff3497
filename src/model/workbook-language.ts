import type { Row } from "./cells";
import { translate } from "./i18n/messages";
import { WORKBOOK_LABELS, WORKBOOK_VALUE_ALIASES } from "./i18n/workbook-labels";
import { normalizeText } from "./ids";
import { LISTS, type ListDef } from "./lists";
import { DASHBOARD_SHEET, LISTS_SHEET, MATRIX_SHEET, TABLES, tableDef, type ColumnDef, type TableDef, type TableName, type VocabularyName } from "./tables";
import { LANGUAGES, MECHANISMS, SDG_TARGETS, type Language } from "./vocabularies";

/**
 * A workbook speaks one language (English, Spanish or French): its sheet names, table headers,
 * list values and generated sheets. The model (`tables.ts`, `vocabularies.ts`) names everything
 * in English, which is the canonical key every layer works with; this module translates the
 * workbook's words to and from that key. Tables are found by their Excel table name, which no
 * language changes; columns by their header in any of the three languages; list values are read
 * in any language (a Spanish secretariat and a French focal point may type into one workbook)
 * and written in the workbook's.
 */

/** The sheets Rights Matrix writes: one per table, the Lists, and the two generated sheets. */
export type OwnSheet = TableName | "Lists" | "Matrix" | "Dashboard";

const SHEET_NAMES: Record<OwnSheet, Record<Language, string>> = {
  Recommendations: { en: "Recommendations", es: "Recomendaciones", fr: "Recommandations" },
  Clusters: { en: "Clusters", es: "Grupos temáticos", fr: "Groupes thématiques" },
  Actions: { en: "Actions", es: "Acciones", fr: "Actions" },
  Indicators: { en: "Indicators", es: "Indicadores", fr: "Indicateurs" },
  Institutions: { en: "Institutions", es: "Instituciones", fr: "Institutions" },
  Progress: { en: "Progress", es: "Avances", fr: "Avancement" },
  Lists: { en: LISTS_SHEET, es: "Listas", fr: "Listes" },
  Matrix: { en: MATRIX_SHEET, es: translate("es", "matrix.sheet.title"), fr: translate("fr", "matrix.sheet.title") },
  Dashboard: { en: DASHBOARD_SHEET, es: translate("es", "dashboard.title"), fr: translate("fr", "dashboard.title") },
};

export const DEFAULT_WORKBOOK_LANGUAGE: Language = "en";

export function sheetNameIn(language: Language, sheet: OwnSheet): string {
  return SHEET_NAMES[sheet][language];
}

/** The sheet's name in every language, English first. */
export function sheetNameVariants(sheet: OwnSheet): string[] {
  return [...new Set(LANGUAGES.map((language) => SHEET_NAMES[sheet][language]))];
}

/** The name, among a workbook's sheets, of one of ours in whatever language it was made (English first). */
export function findOwnSheet(sheetNames: readonly string[], sheet: OwnSheet): string | undefined {
  const lower = new Map(sheetNames.map((name) => [name.toLowerCase(), name]));
  for (const variant of sheetNameVariants(sheet)) {
    const found = lower.get(variant.toLowerCase());
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every name one of our sheets has in any language, lower case. */
export const OWN_SHEET_NAMES: ReadonlySet<string> = new Set(
  (Object.keys(SHEET_NAMES) as OwnSheet[]).flatMap((sheet) => sheetNameVariants(sheet).map((name) => name.toLowerCase())),
);

/** A workbook word (header, list value) in `language`: the English word is the key. */
export function workbookWord(language: Language, english: string): string {
  if (language === "en") return english;
  return WORKBOOK_LABELS[english]?.[language] ?? english;
}

const localizedDefs = new Map<string, TableDef>();

/** A table as a workbook in `language` lays it out: the same table name and keys, its sheet name and headers translated. */
export function localizedTableDef(def: TableDef, language: Language): TableDef {
  if (language === "en") return def;
  const cacheKey = `${language}:${def.name}`;
  let localized = localizedDefs.get(cacheKey);
  if (!localized) {
    localized = {
      ...def,
      sheet: sheetNameIn(language, def.name),
      columns: def.columns.map((column): ColumnDef => ({ ...column, header: workbookWord(language, column.header) })),
    };
    localizedDefs.set(cacheKey, localized);
  }
  return localized;
}

const headerLookups = new Map<TableName, Map<string, string>>();

/** A table's column keys by header, in any language (compared as `normalizeText` does: case, accents and punctuation aside). */
export function columnKeyByHeader(def: TableDef): ReadonlyMap<string, string> {
  let lookup = headerLookups.get(def.name);
  if (!lookup) {
    lookup = new Map();
    // From the model's English columns, whichever translation of the table was passed in.
    for (const language of LANGUAGES) {
      for (const column of tableDef(def.name).columns) {
        const header = normalizeText(workbookWord(language, column.header));
        if (!lookup.has(header)) lookup.set(header, column.key);
      }
    }
    headerLookups.set(def.name, lookup);
  }
  return lookup;
}

/**
 * The language a table's headers are in: the one most headers match (English on a tie, so a
 * workbook made before workbooks had a language stays English). This is how a workbook records
 * its language: later commands write new rows, list values and generated sheets in it.
 */
export function headerLanguage(def: TableDef, headers: readonly string[]): Language {
  const columns = tableDef(def.name).columns;
  const present = new Set(headers.map((header) => normalizeText(header)));
  let best: Language = DEFAULT_WORKBOOK_LANGUAGE;
  let bestCount = -1;
  for (const language of LANGUAGES) {
    const count = columns.filter((column) => present.has(normalizeText(workbookWord(language, column.header)))).length;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/** Vocabularies whose values are words (not codes, numbers or source data in English only). */
const TRANSLATED_VOCABULARIES: ReadonlySet<VocabularyName> = new Set<VocabularyName>([
  "Responses",
  "ImplementationStatuses",
  "ActionStatuses",
  "IndicatorTypes",
  "Frequencies",
  "ReviewStatuses",
  "Branches",
  "YesNo",
]);

/** The vocabulary a column's dropdown offers, when its values are words a workbook translates. */
export function translatedVocabularyOf(column: ColumnDef): VocabularyName | null {
  const list = column.list;
  return list && "vocabulary" in list && TRANSLATED_VOCABULARIES.has(list.vocabulary) ? list.vocabulary : null;
}

/** A vocabulary's English keys by every spelling: exactly as written, and folded (case, accents, punctuation aside). */
interface CanonicalLookup {
  exact: Map<string, string>;
  folded: Map<string, string>;
}

const canonicalLookups = new Map<VocabularyName, CanonicalLookup>();

function canonicalLookup(vocabulary: VocabularyName): CanonicalLookup {
  let lookup = canonicalLookups.get(vocabulary);
  if (!lookup) {
    lookup = { exact: new Map(), folded: new Map() };
    const values = LISTS.find((list) => list.name === vocabulary)?.rows.map((row) => row[0]) ?? [];
    for (const value of values) {
      const spellings = [value, ...LANGUAGES.map((language) => workbookWord(language, value)), ...(WORKBOOK_VALUE_ALIASES[value] ?? [])];
      for (const spelling of spellings) {
        if (!lookup.exact.has(spelling)) lookup.exact.set(spelling, value);
        if (!lookup.folded.has(normalizeText(spelling))) lookup.folded.set(normalizeText(spelling), value);
      }
    }
    canonicalLookups.set(vocabulary, lookup);
  }
  return lookup;
}

/** A list value as typed in any language (any case, with or without accents) -> its English key; anything else as it is. */
export function canonicalListValue(vocabulary: VocabularyName, value: string): string {
  if (!TRANSLATED_VOCABULARIES.has(vocabulary)) return value;
  const lookup = canonicalLookup(vocabulary);
  // Most cells hold a value exactly as a list spells it: no need to fold case and accents.
  return lookup.exact.get(value) ?? lookup.folded.get(normalizeText(value)) ?? value;
}

/** A list value as a workbook in `language` writes it (a value not in the list as it is). */
export function listValueIn(language: Language, vocabulary: VocabularyName, value: string): string {
  if (!TRANSLATED_VOCABULARIES.has(vocabulary)) return value;
  const canonical = canonicalListValue(vocabulary, value);
  return canonicalLookup(vocabulary).exact.has(canonical) ? workbookWord(language, canonical) : value;
}

/** A row as a table in `language` holds it: its list values in that language, every other cell as it is. */
export function rowInLanguage(def: TableDef, row: Row, language: Language): Row {
  let local: Row | null = null;
  for (const { key, vocabulary } of vocabularyColumns(def)) {
    const value = row[key];
    if (typeof value !== "string") continue;
    const written = listValueIn(language, vocabulary, value);
    // The row itself when nothing changes: a table of English keys in an English workbook is not copied.
    if (written !== value) (local ??= { ...row })[key] = written;
  }
  return local ?? row;
}

const vocabularyColumnCache = new Map<TableName, { key: string; vocabulary: VocabularyName }[]>();

/** A table's columns whose values are translated list words, with their vocabulary. */
export function vocabularyColumns(def: TableDef): readonly { key: string; vocabulary: VocabularyName }[] {
  let columns = vocabularyColumnCache.get(def.name);
  if (!columns) {
    columns = def.columns.flatMap((column) => {
      const vocabulary = translatedVocabularyOf(column);
      return vocabulary ? [{ key: column.key, vocabulary }] : [];
    });
    vocabularyColumnCache.set(def.name, columns);
  }
  return columns;
}

/** The Lists sheet of a workbook in `language`: headers and word values translated, codes and source data as they are. */
export function localizedLists(language: Language): readonly ListDef[] {
  if (language === "en") return LISTS;
  return LISTS.map((list) => ({
    ...list,
    headers: list.headers.map((header) => workbookWord(language, header)),
    rows:
      list.name === "SdgTargets"
        ? SDG_TARGETS.map((target) => [target.target, target.text[language]])
        : list.name === "Mechanisms"
          ? MECHANISMS.map((mechanism) => [mechanism.code, mechanism.translated[language]])
        : TRANSLATED_VOCABULARIES.has(list.name)
          ? list.rows.map((row) => [workbookWord(language, row[0]), ...row.slice(1)])
          : list.rows,
  }));
}

/** Every table as a workbook in `language` lays it out, in sheet order. */
export function localizedTables(language: Language): readonly TableDef[] {
  return TABLES.map((def) => localizedTableDef(def, language));
}
