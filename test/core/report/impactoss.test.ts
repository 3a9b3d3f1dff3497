import Papa from "papaparse";
import { describeProblem, formatDay, impactOssFiles, impactOssHandOver, isDateFormat, supportLevel } from "../../../src/core/report/impactoss";
import { UTF8_BOM } from "../../../src/core/report/csv";

/** Written out by hand from impactoss-client (utils/import.js, themes/config.js ENTITY_FIELDS, App/messages.js). */
const EXPECTED_HEADERS = {
  recommendations: [
    "Reference [database:reference]",
    "Title [database:title]",
    "Description [database:description]",
    "Framework [database:framework_id]",
    "Level of support [database:support_level]",
    "Response [database:response]",
    "category-id [rel:category-id]",
    "category-short-title [rel:category-short-title]",
    "category-reference [rel:category-reference]",
  ],
  measures: [
    "Reference [database:reference]",
    "Title [database:title]",
    "Description [database:description]",
    "Desired outcome [database:outcome]",
    "Indicator summary [database:indicator_summary]",
    "Target Date [database:target_date]",
    "Target date comment [database:target_date_comment]",
    "recommendation-id [rel:recommendation-id]",
    "recommendation-reference [rel:recommendation-reference]",
    "indicator-id [rel:indicator-id]",
    "indicator-reference [rel:indicator-reference]",
    "category-id [rel:category-id]",
    "category-short-title [rel:category-short-title]",
    "category-reference [rel:category-reference]",
  ],
  indicators: [
    "Reference [database:reference]",
    "Title [database:title]",
    "Description [database:description]",
    "Start date [database:start_date]",
    "End date [database:end_date]",
    "Reporting frequency [database:frequency_months]",
    "Repeat? [database:repeat]",
    "action-id [rel:action-id]",
    "action-reference [rel:action-reference]",
    "recommendation-id [rel:recommendation-id]",
    "recommendation-reference [rel:recommendation-reference]",
  ],
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("IMPACT OSS import files", () => {
  const files = impactOssFiles({
    recommendations: [
      { id: "CRC-PRY-2022-25(b)", text: "Adopt a comprehensive child protection law", mechanism: "CRC", documentSymbol: "CRC/C/PRY/CO/4-6", paragraph: "25(b)", cluster: "C-01" },
      { id: "UPR4-PRY-108.45", text: "=Strengthen the NMRF", mechanism: "UPR", response: "Supported" },
    ],
    actions: [
      { actionId: "A-001", recommendationIds: "CRC-PRY-2022-25(b); UPR4-PRY-108.45", description: "Draft the bill\nwith civil society", deadline: day("2027-06-30"), start: day("2026-01-15"), desiredOutcome: "Law adopted", clusterId: "C-01" },
    ],
    indicators: [
      { indicatorId: "I-001", actionId: "A-001", name: "Bill submitted to parliament", frequency: "Quarterly", type: "Process" },
      { indicatorId: "I-002", actionId: "A-001", name: "Law in force", frequency: "One-off" },
    ],
  });
  const byEntity = Object.fromEntries(files.map((file) => [file.entity, file]));
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

  test("each file has IMPACT OSS's headers, header for header, after a UTF-8 BOM", () => {
    for (const entity of ["recommendations", "measures", "indicators"] as const) {
      const file = byEntity[entity];
      expect(file.headers).toEqual(EXPECTED_HEADERS[entity]);
      expect(file.csv.startsWith(UTF8_BOM)).toBe(true);
      expect(Papa.parse<string[]>(file.csv.slice(1)).data[0]).toEqual(EXPECTED_HEADERS[entity]);
    }
  });

  test("relationships are comma-separated references, as IMPACT OSS splits them", () => {
    const [measure] = parse(byEntity.measures.csv);
    expect(measure["Reference [database:reference]"]).toBe("A-001");
    expect(measure["Title [database:title]"]).toBe("Draft the bill");
    expect(measure["recommendation-reference [rel:recommendation-reference]"]).toBe("CRC-PRY-2022-25(b),UPR4-PRY-108.45");
    // The indicators file makes the measure-indicator link, since indicators are imported after measures.
    expect(measure["indicator-reference [rel:indicator-reference]"]).toBe("");
    // The instance's DATE_FORMAT (dd/MM/yyyy by default): IMPACT OSS blanks any other.
    expect(measure["Target Date [database:target_date]"]).toBe("30/06/2027");
    expect(measure["recommendation-id [rel:recommendation-id]"]).toBe("");
    const indicators = parse(byEntity.indicators.csv);
    expect(indicators[0]["Reporting frequency [database:frequency_months]"]).toBe("3");
    expect(indicators[0]["Repeat? [database:repeat]"]).toBe("true");
    expect(indicators[0]["Start date [database:start_date]"]).toBe("15/01/2026");
    expect(indicators[0]["End date [database:end_date]"]).toBe("30/06/2027");
    expect(indicators[1]["Repeat? [database:repeat]"]).toBe("false");
    expect(indicators[1]["Reporting frequency [database:frequency_months]"]).toBe("");
    expect(indicators[0]["action-reference [rel:action-reference]"]).toBe("A-001");
    expect(indicators[0]["recommendation-reference [rel:recommendation-reference]"]).toBe("CRC-PRY-2022-25(b),UPR4-PRY-108.45");
  });

  test("recommendations keep their source details in the description, carry framework, support level and response, and text is written as it is", () => {
    const recommendations = parse(byEntity.recommendations.csv);
    expect(recommendations[0]["Description [database:description]"]).toContain("**Document symbol:** CRC/C/PRY/CO/4-6");
    expect(recommendations[0]["category-short-title [rel:category-short-title]"]).toBe("CRC");
    expect(recommendations[0]["Framework [database:framework_id]"]).toBe("1");
    expect(recommendations[0]["Level of support [database:support_level]"]).toBe("");
    expect(recommendations[1]["Level of support [database:support_level]"]).toBe("2");
    expect(recommendations[1]["Response [database:response]"]).toBe("Supported");
    // IMPACT OSS, not a spreadsheet, reads these files: an apostrophe would be stored in the title.
    expect(recommendations[1]["Title [database:title]"]).toBe("=Strengthen the NMRF");
  });

  test("dates follow the instance's format, support levels IMPACT OSS's scale", () => {
    expect(formatDay("2026-03-05", "dd/MM/yyyy")).toBe("05/03/2026");
    expect(formatDay("2026-03-05", "d.M.yy")).toBe("5.3.26");
    expect(formatDay("2026-03-05", "yyyy-MM-dd")).toBe("2026-03-05");
    expect(isDateFormat("dd/MM/yyyy")).toBe(true);
    expect(isDateFormat("31/12")).toBe(false);
    expect(["Supported", "Supported in part", "Noted", "Pending"].map(supportLevel)).toEqual([2, 1, 0, null]);
  });

  test("what IMPACT OSS would refuse is found before export, row by row; what the instance has is left out", () => {
    const handOver = impactOssHandOver(
      {
        recommendations: { rows: [{ id: "R-1", text: "Adopt a law" }, { id: "R-2", text: "" }], rowNumbers: [2, 3] },
        actions: { rows: [{ actionId: "A-1", recommendationIds: "R-1; R-9", description: "Draft", start: "soon", deadline: day("2027-01-01") }], rowNumbers: [2] },
        indicators: { rows: [{ indicatorId: "I-1", actionId: "A-1", name: "Bill", frequency: "Annual" }, { indicatorId: "I-2", actionId: "A-9", name: "X" }, { indicatorId: "I-3", actionId: "A-old", name: "Y" }], rowNumbers: [2, 3, 4] },
      },
      { existing: { recommendations: new Set(["R-9"]), measures: new Set(["A-old"]), indicators: new Set(["I-3"]), categories: new Set() } },
    );
    expect(handOver.problems.map((problem) => describeProblem(problem, "en"))).toEqual([
      "Recommendations row 3 (R-2), Text: empty; IMPACT OSS needs a title to create the item.",
      'Actions row 2 (A-1), Start: "soon" is not a date; IMPACT OSS would store the item without it. Write the date as a date.',
      "Indicators row 2 (I-1), Action ID: the action A-1 has a deadline (2027-01-01) but no start, and the indicator no value date: IMPACT OSS fails on an end date without a start date. Give the action a start.",
      "Indicators row 3 (I-2), Action ID: names the action A-9, which is neither in this hand-over nor in the instance; IMPACT OSS would refuse the link.",
    ]);
    expect(handOver.skipped).toEqual({ recommendations: 0, measures: 0, indicators: 1 });
  });
});
