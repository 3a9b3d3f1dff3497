import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { readDocx } from "../../../src/core/import/docx-document";
import { readThematicList } from "../../../src/core/import/ohchr-thematic-list";
import type { SourceRecommendation } from "../../../src/core/import/source-types";

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
      expect(recommendation.sdgTargets).toEqual(row.sdgs ? row.sdgs.split("; ").map((label) => label.split(" ")[0]) : []);
    }
  });
});

it("takes the States out of the text but keeps the recommendation as printed", async () => {
  const parsed = await parse("20");
  const first = parsed.find((r) => r.paragraph === "115.3")!;
  expect(first.text).toBe("Ratify the Optional Protocol to the Rights of the Child on a communications procedure");
  expect(first.recommendingStates).toEqual(["Portugal", "Slovakia"]);
});
