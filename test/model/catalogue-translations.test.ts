import { MESSAGE_KEYS, translate } from "../../src/model/i18n/messages";
import { WORKBOOK_LABELS, workbookLabel } from "../../src/model/i18n/workbook-labels";

/** Every entry as written, in the three languages: the catalogue's own key list, so no domain file is left out. */
const CATALOG: Record<string, { en: string; es: string; fr: string }> = Object.fromEntries(
  MESSAGE_KEYS.map((key) => [key, { en: translate("en", key), es: translate("es", key), fr: translate("fr", key) }]),
);

/**
 * Words that stay as they are in every language: names of products, organisations and
 * instruments, codes, and what a file literally holds (an import reads English list values, the
 * tables keep their English names until the workbook itself is translated).
 */
const SAME_IN_EVERY_LANGUAGE = [
  "Rights Matrix", "UPR Info", "UHRI", "SMART", "Excel", "Word", "Office", "IMPACT OSS", "SIMORE", "OHCHR", "ODS", "ODD", "CSV", "JSON", "PDF",
  "Recommendations", "Clusters", "Actions", "Indicators", "Institutions", "Progress", "Lists", "Monitoring Matrix", "Dashboard",
];

/** Words spelt the same in English and in Spanish or French, and the names of the languages themselves. */
const COGNATES = new Set(["Suggestions", "Table", "Version", "Total", "Action", "Institution", "institution", "Options", "Organisation", "Attention", "error", "Error", "cycle", "English", "Español", "Français", "Note", "General"]);

/** Entries that may equal the English one: no words of their own (formats, codes, names). */
function wordsOf(text: string): string[] {
  let rest = text.replace(/\{\w+\}/g, " ").replace(/--[\w-]+/g, " ").replace(/\brights-matrix\b[^\n]*/g, " ");
  for (const name of SAME_IN_EVERY_LANGUAGE) rest = rest.split(name).join(" ");
  return rest.match(/\p{L}{3,}/gu) ?? [];
}

/** Keys whose text describes what a source file literally holds. */
const LITERAL = (key: string) => key.startsWith("import.") || key.startsWith("error.") || key === "cli.usage" || key.startsWith("concept.");

describe("the Spanish and French catalogues", () => {
  const keys = Object.keys(CATALOG);

  it("translate every entry that has words of its own", () => {
    const untranslated: string[] = [];
    for (const key of keys) {
      const entry = CATALOG[key];
      for (const language of ["es", "fr"] as const) {
        const words = wordsOf(entry.en).filter((word) => !COGNATES.has(word));
        if (words.length > 0 && entry[language] === entry.en && !LITERAL(key)) untranslated.push(`${key} (${language}): ${entry.en}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it("leave no English list value, column name or UPR in a Spanish or French message", () => {
    const english = Object.keys(WORKBOOK_LABELS).filter((value) => value.length > 3 && value !== WORKBOOK_LABELS[value].es && value !== WORKBOOK_LABELS[value].fr);
    const pattern = new RegExp(`(?<![\\p{L}-])(${english.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}-])`, "u");
    const leftovers: string[] = [];
    for (const key of keys) {
      if (LITERAL(key)) continue;
      for (const language of ["es", "fr"] as const) {
        const text = CATALOG[key][language].replace(/\brights-matrix\b[^\n]*/g, "");
        const found = pattern.exec(text.replace(/\{\w+\}/g, ""));
        if (found) leftovers.push(`${key} (${language}): "${found[1]}" in ${text}`);
        // UPR is EPU in both languages, except in "UPR Info" (an organisation) and in IDs such as UPR3-PRY-108.45.
        if (/\bUPR\b(?! Info)(?!\d|-)/.test(text)) leftovers.push(`${key} (${language}): UPR in ${text}`);
      }
    }
    expect(leftovers).toEqual([]);
  });

  it("say cluster the same way everywhere in French: groupe thématique, never grappe nor regroupement", () => {
    const grappe = keys.filter((key) => /grappe|regroupement/i.test(CATALOG[key].fr));
    expect(grappe).toEqual([]);
  });

  it("show the workbook's list values and column names translated in messages, while the workbook keeps them", () => {
    expect(translate("es", "validate.ACT-PROGRESS-COMPLETE-NOT-COMPLETED", { status: "In progress", completed: "Completed" })).toContain("ponga el estado Completada");
    expect(translate("fr", "validate.ACT-PROGRESS-COMPLETE-NOT-COMPLETED", { status: "In progress", completed: "Completed" })).toContain("« En cours »");
    expect(translate("en", "validate.ACT-PROGRESS-COMPLETE-NOT-COMPLETED", { status: "In progress", completed: "Completed" })).toContain("set the status to Completed");
    expect(workbookLabel("es", "Planned, In progress, Completed")).toBe("Prevista, En curso, Completada");
    expect(workbookLabel("fr", "Deadline")).toBe("Échéance");
    // A word inside a sentence keeps its lower case; the UPR's code is EPU in both languages.
    expect(workbookLabel("es", "in progress")).toBe("en curso");
    expect(workbookLabel("fr", "UPR")).toBe("EPU");
    // What a person typed that is not a list value stays as typed.
    expect(workbookLabel("fr", "Nearly done")).toBe("Nearly done");
  });
});
