import { normalizeText } from "../../src/model/ids";
import { LISTS } from "../../src/model/lists";
import { TABLES } from "../../src/model/tables";
import { LANGUAGES } from "../../src/model/vocabularies";
import {
  canonicalListValue,
  columnKeyByHeader,
  findOwnSheet,
  headerLanguage,
  listValueIn,
  localizedLists,
  localizedTableDef,
  sheetNameIn,
  translatedVocabularyOf,
  workbookWord,
} from "../../src/model/workbook-language";

const translatedLists = LISTS.filter((list) => TABLES.some((def) => def.columns.some((column) => translatedVocabularyOf(column) === list.name)));

describe("a workbook's words in English, Spanish and French", () => {
  test("every header and list word has its own Spanish and French, and sheet names are valid and distinct", () => {
    for (const language of ["es", "fr"] as const) {
      const sheetNames = [...TABLES.map((def) => def.name), "Lists", "Matrix", "Dashboard"].map((sheet) => sheetNameIn(language, sheet as "Lists"));
      expect(new Set(sheetNames.map((name) => name.toLowerCase())).size).toBe(sheetNames.length);
      for (const name of sheetNames) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
      for (const def of TABLES) {
        const headers = localizedTableDef(def, language).columns.map((column) => normalizeText(column.header));
        expect(new Set(headers).size).toBe(headers.length);
      }
    }
    // A header is either the same word in a language (Description, Type) or translated; none is left untranslated by accident.
    const untranslated = TABLES.flatMap((def) => def.columns.map((column) => column.header)).filter((header) => workbookWord("es", header) === header && workbookWord("fr", header) === header);
    expect(untranslated).toEqual(["ID"]);
  });

  test("a header in any language finds its column, and never another table column's", () => {
    for (const def of TABLES) {
      const lookup = columnKeyByHeader(def);
      for (const language of LANGUAGES) {
        for (const column of def.columns) expect(lookup.get(normalizeText(workbookWord(language, column.header)))).toBe(column.key);
      }
    }
  });

  test("the table's headers say its language; English on a tie", () => {
    const def = TABLES[0];
    for (const language of LANGUAGES) expect(headerLanguage(def, localizedTableDef(def, language).columns.map((column) => column.header))).toBe(language);
    expect(headerLanguage(def, [])).toBe("en");
  });

  test("list values read in any language, case or accents, and write in the workbook's", () => {
    for (const list of translatedLists) {
      for (const language of LANGUAGES) {
        const labels = list.rows.map((row) => normalizeText(workbookWord(language, row[0])));
        expect(new Set(labels).size).toBe(labels.length);
        for (const [value] of list.rows) {
          expect(canonicalListValue(list.name, workbookWord(language, value))).toBe(value);
          expect(canonicalListValue(list.name, workbookWord(language, value).toUpperCase())).toBe(value);
          expect(listValueIn(language, list.name, value)).toBe(workbookWord(language, value));
        }
      }
    }
    expect(canonicalListValue("Responses", "Apoyada")).toBe("Supported");
    expect(canonicalListValue("Responses", "acceptee")).toBe("Supported");
    expect(canonicalListValue("ActionStatuses", "Terminée")).toBe("Completed");
    expect(canonicalListValue("YesNo", "Si")).toBe("Yes");
    // Not a list word: as typed, so validation can say so.
    expect(canonicalListValue("ActionStatuses", "Nearly done")).toBe("Nearly done");
    expect(listValueIn("es", "ActionStatuses", "Nearly done")).toBe("Nearly done");
    // Codes are not words.
    expect(canonicalListValue("Currencies", "EUR")).toBe("EUR");
  });

  test("the Lists sheet in Spanish keeps codes, translates words and the SDG targets' text", () => {
    const spanish = localizedLists("es");
    const byName = new Map(spanish.map((list) => [list.name, list]));
    expect(byName.get("Mechanisms")?.rows.map((row) => row[0])).toEqual(LISTS[0].rows.map((row) => row[0]));
    expect(byName.get("ActionStatuses")?.rows.map((row) => row[0])).toEqual(["Prevista", "En curso", "Completada", "Retrasada", "Cancelada"]);
    expect(byName.get("SdgTargets")?.rows.find((row) => row[0] === "16.3")?.[1]).toMatch(/estado de derecho/i);
  });

  test("our sheets are found under their name in any language, and no other sheet is", () => {
    expect(findOwnSheet(["Hoja1", "Listas", "Recomendaciones"], "Lists")).toBe("Listas");
    expect(findOwnSheet(["Matrice de suivi"], "Matrix")).toBe("Matrice de suivi");
    expect(findOwnSheet(["lists"], "Lists")).toBe("lists");
    expect(findOwnSheet(["Hoja1"], "Lists")).toBeUndefined();
  });
});
