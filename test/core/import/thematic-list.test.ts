import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { readDocx } from "../../../src/core/import/docx-document";
import { readThematicList } from "../../../src/core/import/ohchr-thematic-list";
import type { SourceRecommendation } from "../../../src/core/import/source-types";
import { openSource } from "../../../src/core/import/read-source";
import { recommendationRowId } from "../../../src/core/import/recommendation-rows";

const SAMPLES = path.resolve(__dirname, "../../../samples/slovenia");
const FILES: Record<string, string> = {
  "20": "UPR20__Slovenia_ThematicListRecommendations_E.docx",
  "34": "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
  "48": "upr48-slovenia-thematic-list-of-recommendatio.docx",
};

interface ParsedCsvRow {
  upr_session: string;
  wg_report: string;
  paragraph: string;
  recommending_states: string;
  position: string;
  themes: string;
  sdgs: string;
  affected_persons: string;
}

const csvRows = Papa.parse<ParsedCsvRow>(readFileSync(path.join(SAMPLES, "slovenia_upr_thematic_lists_parsed.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;

async function parse(session: string): Promise<SourceRecommendation[]> {
  const name = FILES[session];
  const document = await readDocx(readFileSync(path.join(SAMPLES, name)));
  const events = [...readThematicList(document, name, {})];
  expect(events.filter((event) => "problem" in event)).toEqual([]);
  return events.flatMap((event) => ("recommendation" in event ? [event.recommendation] : []));
}

describe.each(Object.keys(FILES))("OHCHR thematic list, UPR session %s", (session) => {
  let parsed: SourceRecommendation[];
  const expected = csvRows.filter((row) => row.upr_session === session);
  beforeAll(async () => {
    parsed = await parse(session);
  });

  it("finds every recommendation the independently parsed CSV lists", () => {
    expect(parsed.length).toBe(expected.length);
    expect(parsed.map((r) => r.paragraph).sort()).toEqual(expected.map((row) => row.paragraph).sort());
  });

  it("reads the review, positions, States, themes and SDGs as the CSV does", () => {
    const byParagraph = new Map(parsed.map((r) => [r.paragraph, r]));
    for (const row of expected) {
      const recommendation = byParagraph.get(row.paragraph)!;
      expect(recommendation.country).toBe("SVN");
      expect(recommendation.session).toBe(Number(session));
      expect(recommendation.documentSymbol).toBe(row.wg_report);
      expect(recommendation.response).toBe(row.position);
      expect({ paragraph: row.paragraph, states: recommendation.recommendingStates }).toEqual({
        paragraph: row.paragraph,
        states: row.recommending_states.split("; ").filter(Boolean),
      });
      // One UHRI theme, "Children: definition; general principles; protection", holds semicolons: compare as cells.
      expect(recommendation.themes.join("; ")).toBe(row.themes);
      expect(recommendation.affectedPersons).toEqual(row.affected_persons ? row.affected_persons.split("; ") : []);
      // One goal printed twice (UPR34 122.137) is one goal.
      expect(recommendation.sdgTargets).toEqual(row.sdgs ? [...new Set(row.sdgs.split("; ").map((label) => label.split(" ")[0]))] : []);
    }
  });
});

it("takes the States out of the text but keeps the recommendation as printed", async () => {
  const parsed = await parse("20");
  const first = parsed.find((r) => r.paragraph === "115.3")!;
  expect(first.text).toBe("Ratify the Optional Protocol to the Rights of the Child on a communications procedure");
  expect(first.recommendingStates).toEqual(["Portugal", "Slovakia"]);
});

describe("OHCHR thematic lists of other years and layouts", () => {
  const FIXTURES = path.resolve(__dirname, "../../fixtures/import/ohchr-docx");
  async function read(file: string, name = file) {
    const opened = await openSource({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, file))) }, {});
    const events = [...opened.events];
    return {
      format: opened.format,
      recommendations: events.flatMap((event) => ("recommendation" in event ? [event.recommendation] : [])),
      problems: events.flatMap((event) => ("problem" in event ? [event.problem] : [])),
      notices: opened.notices,
    };
  }
  const byParagraph = (recommendations: SourceRecommendation[]) => new Map(recommendations.map((r) => [r.paragraph, r]));

  it("reads the 2015 'template 2' list of Egypt: country and cycle from the page header, States column, rights and affected persons", async () => {
    // The file's name as published says nothing of the session: the cycle comes from "UPR of Egypt - Second Cycle".
    const { format, recommendations, problems, notices } = await read("egypt-upr20-2015.docx", "EgyptMatriceRecommendations.docx");
    expect(format).toBe("ohchr-docx");
    expect(problems).toEqual([]);
    expect(recommendations).toHaveLength(300);
    expect(new Set(recommendations.map((r) => r.paragraph)).size).toBe(300);
    expect(recommendations.every((r) => r.country === "EGY" && r.cycle === 2 && r.documentSymbol === "A/HRC/28/16")).toBe(true);
    expect(recommendationRowId(recommendations[0])).toBe("UPR2-EGY-166.6");
    const rows = byParagraph(recommendations);
    expect(rows.get("166.6")).toMatchObject({
      text: "Ratify the Rome Statute of the ICC",
      recommendingStates: ["Chile", "Estonia", "Slovenia", "Tunisia", "Uruguay"],
      response: "Noted",
      themes: ["2.1. Acceptance of international norms"],
      affectedPersons: ["general"],
    });
    expect(rows.get("166.17")!.themes).toEqual(["2.2. Reservations", "2.1. Acceptance of international norms", "10. Discrimination against women"]);
    // One State, printed "Lao People’s" in the text and "Lao People's" in its column, is one State.
    expect(rows.get("166.68")!.recommendingStates).toEqual(["Lao People’s Democratic Republic"]);
    // The trailing "Comments:" line is not part of the text; it is listed instead.
    expect(rows.get("166.16")!.text).toBe("Consider the withdrawal of reservations to CEDAW Convention");
    const comments = notices.filter((notice) => notice.key === "import.leftOutComment");
    expect(comments.map((notice) => notice.params.value)).toContain("Comments: Information sent in a post Add.1 letter");
    expect(notices.filter((notice) => notice.key === "import.leftOutHeading").length).toBeGreaterThan(20);
    expect(notices.filter((notice) => notice.key === "import.leftOutHeading")[0].params.value).toMatch(/^Right or area: 2\.1\. Acceptance of international norms/);
  });

  it("keeps Egypt's 23 split positions 'Supported/Noted' as Supported in part", async () => {
    const { recommendations } = await read("egypt-upr20-2015.docx");
    const counts = recommendations.reduce<Record<string, number>>((all, r) => ({ ...all, [r.response!]: (all[r.response!] ?? 0) + 1 }), {});
    expect(counts).toEqual({ Supported: 224, "Supported in part": 23, Noted: 53 });
    expect(byParagraph(recommendations).get("166.14")!.response).toBe("Supported in part");
  });

  it("reads the 2013 matrix of China: 252 recommendations, country, session and report from the header and the source of position", async () => {
    const { recommendations, problems } = await read("china-upr17-2013.docx");
    expect(problems).toEqual([]);
    expect(recommendations).toHaveLength(252);
    expect(recommendations.every((r) => r.country === "CHN" && r.session === 17 && r.cycle === 2 && r.documentSymbol === "A/HRC/25/5")).toBe(true);
    const merged = byParagraph(recommendations).get("186.23")!;
    expect(merged.recommendingStates).toEqual(["Argentina", "France"]);
    expect(merged.response).toBe("Noted");
    expect(merged.themes).toContain("D32 Enforced disappearances");
  });

  it("puts SDG goals written among the themes (2017-2019) in the SDG column, goals as '16', targets as '16.6'", async () => {
    const { recommendations, notices } = await read("upr30-2018-sdg-in-themes.docx");
    const rows = byParagraph(recommendations);
    expect(rows.get("118.1")).toMatchObject({ country: "PRY", session: 30, cycle: 3, themes: ["A41 Constitutional and legislative framework", "B31 Equality & non-discrimination"], sdgTargets: ["16", "10"] });
    expect(rows.get("118.2")).toMatchObject({ response: "Supported in part", sdgTargets: ["17", "16.6"], recommendingStates: ["St Lucia", "Bosnia & Herzegovina"] });
    const partial = notices.find((notice) => notice.key === "import.partialResponse")!;
    expect(partial).toMatchObject({ kind: "warning", location: { row: 4, column: "Position" } });
    expect(partial.params.parts).toBe(": Supported: strengthen the mechanism; noted: its placement under the Presidency");
  });

  it("reads Spanish and French lists: review from header, footer or first page", async () => {
    const spanish = await read("epu38-2021-es.docx");
    expect(spanish.problems).toEqual([]);
    expect(spanish.recommendations.map((r) => [r.paragraph, r.country, r.session, r.cycle, r.documentSymbol, r.response])).toEqual([
      ["121.1", "PRY", 38, 3, "A/HRC/48/9", "Supported"],
      ["121.2", "PRY", 38, 3, "A/HRC/48/9", "Noted"],
    ]);
    expect(spanish.recommendations[0].affectedPersons).toEqual(["personas privadas de libertad"]);
    expect(spanish.recommendations[1].recommendingStates).toEqual(["Bolivia (Estado Plurinacional de)"]);
    const french = await read("epu43-2023-fr.docx");
    expect(french.problems).toEqual([]);
    expect(french.recommendations.map((r) => [r.paragraph, r.country, r.session, r.cycle, r.documentSymbol, r.response, r.sdgTargets])).toEqual([
      ["5.1", "FRA", 43, 4, "A/HRC/54/5", "Supported", ["10"]],
      ["5.2", "FRA", 43, 4, "A/HRC/54/5", "Noted", []],
    ]);
    expect(french.recommendations[0].recommendingStates).toEqual(["Sénégal", "Côte d’Ivoire"]);
    expect(french.notices.filter((notice) => notice.kind === "warning")).toEqual([]);
  });
});
