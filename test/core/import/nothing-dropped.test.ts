import { readFileSync } from "node:fs";
import path from "node:path";
import { importRecommendations } from "../../../src/app/import-recommendations";
import { openSource } from "../../../src/core/import/read-source";
import type { ImportChoices, ImportSource } from "../../../src/core/import/source-types";
import { translate } from "../../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";

const FIXTURES = path.resolve(__dirname, "../../fixtures/import");
const fixture = (relative: string): ImportSource => ({ name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(FIXTURES, relative))) });

async function read(source: ImportSource, choices: ImportChoices = {}) {
  const opened = await openSource(source, choices);
  const events = [...opened.events];
  return {
    format: opened.format,
    recommendations: events.flatMap((event) => ("recommendation" in event ? [event.recommendation] : [])),
    problems: events.flatMap((event) => ("problem" in event ? [event.problem] : [])),
    notices: opened.notices,
  };
}

describe("concluding observations of several reports in one text (1983-2012)", () => {
  it("splits by report: each keeps its paragraphs, year and symbol, even where numbers repeat", async () => {
    const { recommendations, problems } = await read(fixture("treaty-body/ccpr-pry-1983-2012-en.txt"));
    expect(problems).toEqual([]);
    expect(recommendations.map((r) => [r.paragraph, r.year, r.documentSymbol, r.mechanism, r.country])).toEqual([
      ["1022", 1983, "A/38/40", "CCPR", "PRY"],
      ["12", 1995, "CCPR/C/79/Add.48", "CCPR", "PRY"],
      ["13", 1995, "CCPR/C/79/Add.48", "CCPR", "PRY"],
      ["12(a)", 2012, "CCPR/C/PRY/CO/3", "CCPR", "PRY"],
      ["12(b)", 2012, "CCPR/C/PRY/CO/3", "CCPR", "PRY"],
    ]);
  });

  it("imports all of them as rows of their own and lists every paragraph left out", async () => {
    const result = await importRecommendations(XlsxWorkbook.empty("x.xlsx"), [fixture("treaty-body/ccpr-pry-1983-2012-en.txt")], { dryRun: true });
    const [file] = result.files;
    expect(file.added).toEqual(["CCPR-PRY-1983-1022", "CCPR-PRY-1995-12", "CCPR-PRY-1995-13", "CCPR-PRY-2012-12(a)", "CCPR-PRY-2012-12(b)"]);
    const leftOut = file.notices.filter((notice) => notice.kind === "leftOut");
    expect(leftOut.map((notice) => notice.location.row)).toEqual([1, 4, 5, 7, 9, 10, 14, 16]);
    expect(translate("en", leftOut[2].key, leftOut[2].params)).toBe("paragraph 1021 observes and does not recommend");
  });

  it("reads paragraphs numbered 1000 and above", async () => {
    const { recommendations } = await read({ name: "pasted text", text: "1234. The Committee recommends that the State party ratify the Convention." }, { mechanism: "CCPR", country: "PRY" });
    expect(recommendations.map((r) => r.paragraph)).toEqual(["1234"]);
  });
});

describe("a CSV row with a broken quote", () => {
  const text = [
    "Recommendation,Mechanism,Country",
    '"Ratify the Convention (Chile),UPR,PRY',
    '"Adopt a law" on torture,UPR,PRY',
    "Strengthen the NHRI,UPR,PRY",
    '"Never closed,UPR,PRY',
    "Protect journalists,UPR,PRY",
  ].join("\r\n");

  it("is refused with its row, never glued to the next one", async () => {
    const { recommendations, problems } = await read({ name: "broken.csv", bytes: new TextEncoder().encode(text) });
    expect(recommendations.map((r) => r.text)).toEqual(["Strengthen the NHRI"]);
    expect(problems.map((problem) => [problem.location.row, problem.key])).toEqual([
      [2, "import.unterminatedQuote"],
      [5, "import.unterminatedQuote"],
    ]);
  });
});

describe("a thematic list copied as plain text", () => {
  it("makes recommendations of the numbered paragraphs only; positions, themes and headings are read or listed", async () => {
    const { format, recommendations, problems, notices } = await read(fixture("ohchr-text/upr20-list-copy.txt"));
    expect(format).toBe("text");
    expect(problems).toEqual([]);
    // The copy says what the Word list says: same recommendations, States, positions, themes.
    const fromWord = (await read(fixture("ohchr-docx/upr20-excerpt.docx"))).recommendations;
    const essentials = (r: (typeof recommendations)[number]) => [r.paragraph, r.text, r.recommendingStates, r.response, r.themes, r.affectedPersons];
    expect(recommendations.map(essentials)).toEqual(fromWord.map(essentials));
    expect(recommendations.every((r) => /^\d/.test(r.paragraph ?? "") && r.country === "SVN" && r.session === 20 && r.documentSymbol === "A/HRC/28/15")).toBe(true);
    expect(recommendations[1]).toMatchObject({
      text: "Ratify the Optional Protocol to the Rights of the Child on a communications procedure",
      recommendingStates: ["Portugal", "Slovakia"],
      response: "Supported",
      themes: ["A12 Acceptance of international norms"],
      affectedPersons: ["children"],
    });
    const leftOut = notices.filter((notice) => notice.kind === "leftOut").map((notice) => notice.params.value);
    expect(leftOut).toEqual(expect.arrayContaining(["Recommendation", "Position", "Theme: A12 Acceptance of international norms"]));
  });
});
