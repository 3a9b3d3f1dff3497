import { LISTS } from "../../src/model/lists";
import { LANGUAGES, MECHANISMS, RESPONSES, SDG_GOALS, SDG_TARGETS, UHRI_THEMES } from "../../src/model/vocabularies";
import { TABLES } from "../../src/model/tables";
import { nextSequentialId, normalizeText, recommendationId, shortHash, uprCycleFromSession } from "../../src/model/ids";
import { joinMultiValue, splitMultiValue } from "../../src/model/cells";
import { languageFromTag, translate, UserFacingError } from "../../src/model/i18n/messages";

describe("vocabularies", () => {
  test("the 17 goals and 169 targets exist in English, Spanish and French", () => {
    expect(SDG_GOALS).toHaveLength(17);
    expect(SDG_TARGETS).toHaveLength(169);
    for (const target of SDG_TARGETS) for (const language of LANGUAGES) expect(target.text[language].length).toBeGreaterThan(20);
    expect(SDG_TARGETS.find((target) => target.target === "16.3")?.text.es).toMatch(/estado de derecho/i);
    expect(new Set(SDG_TARGETS.map((target) => target.target)).size).toBe(169);
  });

  test("mechanisms cover the UPR, all ten treaty bodies, special procedures, regional and national bodies", () => {
    const codes = MECHANISMS.map((mechanism) => mechanism.code);
    for (const code of ["UPR", "CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED", "SP", "IACHR", "ACHPR", "NHRI", "National"]) {
      expect(codes).toContain(code);
    }
    expect(RESPONSES).toEqual(["Supported", "Supported in part", "Noted", "Pending", "Not applicable"]);
  });

  test("UHRI themes are unique and include the core ones", () => {
    expect(new Set(UHRI_THEMES.map((theme) => theme.toLowerCase())).size).toBe(UHRI_THEMES.length);
    expect(UHRI_THEMES).toContain("National Human Rights Institution (NHRI)");
    expect(UHRI_THEMES).toContain("Right to education");
  });

  test("every list on the Lists sheet has a unique table name and values", () => {
    expect(new Set(LISTS.map((list) => list.tableName)).size).toBe(LISTS.length);
    for (const list of LISTS) {
      expect(list.rows.length).toBeGreaterThan(0);
      expect(new Set(list.rows.map((row) => row[0])).size).toBe(list.rows.length);
    }
  });

  test("every table has its ID column first and unique headers", () => {
    for (const table of TABLES) {
      expect(table.columns[0].key).toBe(table.idColumn);
      expect(new Set(table.columns.map((column) => column.header)).size).toBe(table.columns.length);
      expect(new Set(table.columns.map((column) => column.key)).size).toBe(table.columns.length);
    }
  });
});

describe("IDs", () => {
  test("UPR IDs carry the cycle, treaty-body IDs the year", () => {
    expect(recommendationId({ mechanism: "UPR", country: "PRY", cycle: 3, paragraph: "108.45", text: "x" })).toBe("UPR3-PRY-108.45");
    expect(recommendationId({ mechanism: "CRC", country: "PRY", year: 2022, paragraph: "25(b)", text: "x" })).toBe("CRC-PRY-2022-25(b)");
  });

  test("without a paragraph the ID is a hash of the normalised text, stable across spacing and case", () => {
    const first = recommendationId({ mechanism: "SP", country: "SVN", text: "Ratify  the Optional Protocol!" });
    const second = recommendationId({ mechanism: "SP", country: "SVN", text: "ratify the optional protocol" });
    const other = recommendationId({ mechanism: "SP", country: "SVN", text: "Ratify the Convention" });
    expect(first).toBe(second);
    expect(first).not.toBe(other);
    expect(first).toMatch(/^SP-SVN-[0-9A-Z]{10}$/);
  });

  test("the hash spreads: 20,000 different texts give 20,000 different hashes", () => {
    const hashes = new Set(Array.from({ length: 20000 }, (_, index) => shortHash(`recommendation number ${index}`)));
    expect(hashes.size).toBe(20000);
  });

  test("normalisation folds accents and punctuation", () => {
    expect(normalizeText("  L'État partie — Réformer! ")).toBe("l etat partie reformer");
  });

  test("UPR cycles from session numbers", () => {
    expect([1, 12, 13, 26, 27, 40, 41, 48].map(uprCycleFromSession)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(() => uprCycleFromSession(0)).toThrow(RangeError);
  });

  test("sequential IDs continue after the highest", () => {
    expect(nextSequentialId("A", ["A-001", "A-007", "B-100", "A-x"])).toBe("A-008");
    expect(nextSequentialId("IND", [])).toBe("IND-001");
  });
});

describe("cells and messages", () => {
  test("multi-valued cells split on semicolons and new lines and join without duplicates", () => {
    expect(splitMultiValue("Chile; Samoa\nFrance;;")).toEqual(["Chile", "Samoa", "France"]);
    expect(joinMultiValue(["Chile", " Samoa", "Chile", ""])).toBe("Chile; Samoa");
  });

  test("messages come in the user's language, with their parameters", () => {
    expect(translate("es", "cli.fileExists", { file: "a.xlsx" })).toContain("a.xlsx ya existe");
    expect(translate("fr", "cli.fileExists", { file: "a.xlsx" })).toContain("a.xlsx existe déjà");
    expect(new UserFacingError("cli.fileExists", { file: "b.xlsx" }).localized("en")).toContain("b.xlsx already exists");
    // Every placeholder filled, twice over if need be; one without a value stays as written; numbers as numbers.
    expect(translate("en", "matrix.action.overdue", { days: 3 })).toBe("⚠ OVERDUE (days: 3)");
    expect(translate("en", "matrix.action.overdue")).toBe("⚠ OVERDUE (days: {days})");
    expect(translate("en", "matrix.action.noDeadline")).toBe("no deadline");
    // A list value as a parameter is shown translated, except where a message names what a file literally holds.
    expect(translate("es", "validate.ACT-STATUS-UNKNOWN", { value: "Completed", allowed: "Planned, Completed" })).toContain("Prevista, Completada");
    expect(translate("es", "import.unknownResponse", { value: "Noted" })).toContain("\"Noted\"");
    expect(languageFromTag("es-PY")).toBe("es");
    expect(languageFromTag("fr_FR.UTF-8")).toBe("fr");
    expect(languageFromTag("de-DE")).toBe("en");
  });
});
