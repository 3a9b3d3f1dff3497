import { readFileSync } from "node:fs";
import path from "node:path";
import { guessMapping } from "../../../src/core/import/column-mapping";
import { readConcludingObservations, textParagraphs } from "../../../src/core/import/concluding-observations";
import { leadingParagraph, responseFromSource, splitRecommendingStates } from "../../../src/core/import/field-values";
import { openSource } from "../../../src/core/import/read-source";
import type { ImportChoices, SourceRecommendation } from "../../../src/core/import/source-types";
import { UserFacingError } from "../../../src/model/i18n/messages";

const FIXTURES = path.resolve(__dirname, "../../fixtures/import");
const source = (relative: string) => ({ name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(FIXTURES, relative))) });

async function read(relative: string, choices: ImportChoices = {}) {
  const opened = await openSource(source(relative), choices);
  const events = [...opened.events];
  return {
    format: opened.format,
    mapping: opened.mapping,
    recommendations: events.flatMap((event) => ("recommendation" in event ? [event.recommendation] : [])),
    problems: events.flatMap((event) => ("problem" in event ? [event.problem] : [])),
  };
}

const byParagraph = (recommendations: SourceRecommendation[]) => new Map(recommendations.map((r) => [r.paragraph ?? r.text, r]));

describe("UHRI export", () => {
  it.each(["uhri/uhri-export.csv", "uhri/uhri-export.xlsx"])("reads %s with UHRI's own column spelling", async (file) => {
    const { format, recommendations, problems } = await read(file);
    expect(format).toBe("uhri");
    expect(problems).toEqual([]);
    const rows = byParagraph(recommendations);
    expect([...rows.keys()]).toEqual(["115.3", "115.26", "25(b)", "25(c)", "68"]);
    expect(rows.get("115.3")).toMatchObject({ mechanism: "UPR", country: "SVN", session: 20, cycle: 2, recommendingStates: ["Portugal", "Slovakia"], response: "Supported", year: 2015 });
    expect(rows.get("115.26")).toMatchObject({ response: "Noted", themes: ["A42 Institutions & policies - General", "A45 National Human Rights Institution (NHRI)"] });
    expect(rows.get("25(b)")).toMatchObject({ mechanism: "CRC", country: "PRY", year: 2022, documentSymbol: "CRC/C/PRY/CO/4-6", sdgTargets: ["16.6"], affectedPersons: ["Children"] });
    expect(rows.get("25(c)")!.sdgTargets).toEqual(["16.6", "17.1"]);
    expect(rows.get("68")).toMatchObject({ mechanism: "SP", bodyDetail: "Special Rapporteur on the rights of indigenous peoples", documentSymbol: "A/HRC/30/41/Add.1" });
  });

  it("leaves observations out unless asked for", async () => {
    expect((await read("uhri/uhri-export.csv")).recommendations.map((r) => r.paragraph)).not.toContain("24");
    const withObservations = await read("uhri/uhri-export.csv", { includeObservations: true });
    expect(withObservations.recommendations.map((r) => r.paragraph)).toContain("24");
  });
});

describe("UPR Info export", () => {
  it("makes one recommendation of the rows of one review with the same text, and reads Accepted as Supported", async () => {
    const { format, recommendations } = await read("upr-info/upr-info-utf8.csv");
    expect(format).toBe("upr-info");
    expect(recommendations).toHaveLength(5);
    expect(recommendations[0]).toMatchObject({
      mechanism: "UPR",
      country: "SVN",
      session: 20,
      cycle: 2,
      response: "Supported",
      recommendingStates: ["Portugal", "Slovakia"],
      themes: ["International instruments", "Children"],
    });
    expect(recommendations.find((r) => r.recommendingStates.includes("Poland"))!.response).toBe("Noted");
    expect(recommendations.at(-1)!.text).toBe("Poursuivre les efforts visant à garantir l’égalité des chances des élèves roms à l’école");
  });

  it("reads the .xlsx export the same as the CSV", async () => {
    const csv = await read("upr-info/upr-info-utf8.csv");
    const xlsx = await read("upr-info/upr-info.xlsx");
    const strip = (r: SourceRecommendation) => ({ ...r, location: undefined });
    expect(xlsx.recommendations.map(strip)).toEqual(csv.recommendations.map(strip));
  });
});

describe("concluding observations", () => {
  it("makes one recommendation per lettered sub-paragraph, keeping the lead-in, and leaves observations out", async () => {
    const { format, recommendations } = await read("treaty-body/crc-pry-co-4-6-en.txt");
    expect(format).toBe("text");
    expect(recommendations.map((r) => r.paragraph)).toEqual(["25(a)", "25(b)", "25(c)", "26", "27(a)", "27(b)", "27(c)"]);
    const b = recommendations[1];
    expect(b).toMatchObject({ mechanism: "CRC", country: "PRY", year: 2022, documentSymbol: "CRC/C/PRY/CO/4-6" });
    expect(b.text).toBe(
      "The Committee recommends that the State party: Strengthen the capacity of the National Secretariat for Children and Adolescents to coordinate the implementation of the Convention at all levels",
    );
    expect(recommendations[4].text).toBe("Recalling its previous recommendations, the Committee recommends that the State party: Disseminate the Convention widely");
    expect(recommendations[6].text).toMatch(/: Involve children in the design of materials\.$/);
  });

  it.each([
    ["es", "El Comité recomienda al Estado parte que: Refuerce la capacidad"],
    ["fr", "Le Comité recommande à l’État partie : De renforcer la capacité"],
  ])("reads the %s text", async (language, start) => {
    const { recommendations } = await read(`treaty-body/crc-pry-co-4-6-${language}.txt`);
    expect(recommendations.map((r) => r.paragraph)).toEqual(["25(a)", "25(b)", "25(c)", "26"]);
    expect(recommendations[1].text.startsWith(start)).toBe(true);
    expect(recommendations.every((r) => r.mechanism === "CRC" && r.country === "PRY" && r.year === 2022)).toBe(true);
  });

  it("reads Word's automatic paragraph numbers and letters in a .docx", async () => {
    const { format, recommendations } = await read("treaty-body/crc-pry-co-4-6-en.docx");
    expect(format).toBe("text");
    expect(recommendations.map((r) => r.paragraph)).toEqual(["25(a)", "25(b)", "25(c)", "26"]);
  });

  it("asks for the mechanism and country when the text has no document symbol, and uses them when given", () => {
    const paragraphs = textParagraphs("12. The Committee recommends that the State party ratify the Optional Protocol.");
    const without = [...readConcludingObservations(paragraphs, "pasted text", {})];
    expect(without).toEqual([{ problem: expect.objectContaining({ key: "import.textNeedsSymbol" }) }]);
    const given = [...readConcludingObservations(paragraphs, "pasted text", { mechanism: "CAT", country: "PRY" })];
    expect(given).toEqual([{ recommendation: expect.objectContaining({ mechanism: "CAT", country: "PRY", paragraph: "12" }) }]);
  });
});

describe("other tables through a column mapping", () => {
  it("guesses Spanish and French headers", () => {
    expect(guessMapping(["Nº", "Recomendación", "Mecanismo", "País", "Año", "Respuesta", "Temas", "ODS"])).toEqual({
      "Nº": "paragraph",
      Recomendación: "text",
      Mecanismo: "mechanism",
      País: "country",
      Año: "year",
      Respuesta: "response",
      Temas: "themes",
      ODS: "sdgTargets",
    });
    expect(guessMapping(["Paragraphe", "Texte", "Mécanisme", "Pays", "Réponse"])).toEqual({
      Paragraphe: "paragraph",
      Texte: "text",
      Mécanisme: "mechanism",
      Pays: "country",
      Réponse: "response",
    });
  });

  it("prefers an exact header over one that merely contains the name", () => {
    const mapping = guessMapping(["position_source", "position", "primary_theme", "themes", "recommendation_text_with_states", "recommending_states"]);
    expect(mapping).toEqual({ position: "response", themes: "themes", recommendation_text_with_states: "text", recommending_states: "recommendingStates" });
  });

  it("imports a semicolon-separated French list", async () => {
    const { format, recommendations } = await read("mapped/ministere-fr.csv");
    expect(format).toBe("csv");
    expect(recommendations[0]).toMatchObject({ mechanism: "CRC", country: "SEN", year: 2016, paragraph: "30", themes: ["Châtiments corporels"] });
  });

  it("reports every bad row with its row and column", async () => {
    const { problems, recommendations } = await read("mapped/bad-rows.csv");
    expect(recommendations).toHaveLength(1);
    expect(problems.map((p) => [p.location.row, p.location.column, p.key])).toEqual([
      [3, "Recommendation", "import.emptyText"],
      [4, "Country", "import.unknownCountry"],
      [5, "Response", "import.unknownResponse"],
      [6, "Mechanism", "import.unknownMechanism"],
    ]);
  });

  it("lists the columns it expected when it does not recognise a table", async () => {
    await expect(read("mapped/unknown-columns.csv")).rejects.toThrow(/Reccomending Body.*To, Text, From, Response/);
  });

  it("uses a mapping given by hand", async () => {
    const { recommendations } = await read("mapped/unknown-columns.csv", { mapping: { Name: "text" }, mechanism: "National", country: "PRY" });
    expect(recommendations).toEqual([expect.objectContaining({ text: "Alpha", mechanism: "National", country: "PRY" })]);
  });
});

describe("format detection and refusals", () => {
  it("detects each format", async () => {
    expect((await read("ohchr-docx/upr48-excerpt.docx")).format).toBe("ohchr-docx");
    expect((await read("uhri/uhri-export.xlsx")).format).toBe("uhri");
    expect((await read("upr-info/upr-info-utf16le.txt")).format).toBe("upr-info");
    expect((await read("treaty-body/crc-pry-co-4-6-en.docx")).format).toBe("text");
  });

  it("refuses a damaged .xls and a forced format that does not fit", async () => {
    const xls = { name: "old.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) };
    await expect(openSource(xls, {})).rejects.toMatchObject({ key: "import.unreadableFile" });
    await expect(openSource(source("upr-info/upr-info-utf8.csv"), { format: "uhri" })).rejects.toMatchObject({ key: "import.formatMismatch" });
    await expect(openSource(source("upr-info/upr-info-utf8.csv"), { format: "ohchr-docx" })).rejects.toBeInstanceOf(UserFacingError);
  });

  it("reports a damaged .docx as unreadable, not as a crash", async () => {
    await expect(openSource({ name: "broken.docx", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) }, {})).rejects.toMatchObject({ key: "import.unreadableFile" });
  });
});

describe("field values", () => {
  it.each([
    ["Accepted", "Supported"],
    ["Supported", "Supported"],
    ["Partially accepted", "Supported in part"],
    ["Noted", "Noted"],
    ["Aceptada", "Supported"],
    ["Tomada nota", "Noted"],
    ["Acceptée", "Supported"],
    ["Pending", "Pending"],
  ])("response %s is %s", (wording, response) => {
    expect(responseFromSource(wording)).toBe(response);
  });

  it("finds paragraph numbers", () => {
    expect(leadingParagraph("115.1 Take further steps")).toEqual({ paragraph: "115.1", rest: "Take further steps" });
    expect(leadingParagraph("25. (b) Strengthen")).toEqual({ paragraph: "25(b)", rest: "Strengthen" });
    expect(leadingParagraph("Strengthen the Ombudsman")).toEqual({ rest: "Strengthen the Ombudsman" });
  });

  it("separates recommending States from the text, including UN names and merged recommendations", () => {
    expect(splitRecommendingStates("Ratify ILO Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);")).toEqual({
      text: "Ratify ILO Convention, 1930 (No. 29)",
      states: ["United Kingdom of Great Britain and Northern Ireland"],
    });
    expect(splitRecommendingStates("Combat trafficking (Venezuela (Bolivarian Republic of));").states).toEqual(["Venezuela (Bolivarian Republic of)"]);
    expect(splitRecommendingStates("Ratify the Convention (France) (Lithuania);")).toEqual({ text: "Ratify the Convention", states: ["France", "Lithuania"] });
    expect(splitRecommendingStates("Do A (Egypt); do B (Peru);")).toEqual({ text: "Do A (Egypt); do B", states: ["Egypt", "Peru"] });
  });
});
