import Papa from "papaparse";
import { impactOssFiles } from "../../../src/core/report/impactoss";
import { UTF8_BOM } from "../../../src/core/report/csv";

/** Written out by hand from impactoss-client (utils/import.js, themes/config.js ENTITY_FIELDS, App/messages.js). */
const EXPECTED_HEADERS = {
  recommendations: [
    "Reference [database:reference]",
    "Title [database:title]",
    "Description [database:description]",
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
    expect(measure["Target Date [database:target_date]"]).toBe("2027-06-30");
    expect(measure["recommendation-id [rel:recommendation-id]"]).toBe("");
    const indicators = parse(byEntity.indicators.csv);
    expect(indicators[0]["Reporting frequency [database:frequency_months]"]).toBe("3");
    expect(indicators[0]["Repeat? [database:repeat]"]).toBe("true");
    expect(indicators[1]["Repeat? [database:repeat]"]).toBe("false");
    expect(indicators[0]["action-reference [rel:action-reference]"]).toBe("A-001");
    expect(indicators[0]["recommendation-reference [rel:recommendation-reference]"]).toBe("CRC-PRY-2022-25(b),UPR4-PRY-108.45");
  });

  test("recommendations keep their source details in the description and text stays text", () => {
    const recommendations = parse(byEntity.recommendations.csv);
    expect(recommendations[0]["Description [database:description]"]).toContain("**Document symbol:** CRC/C/PRY/CO/4-6");
    expect(recommendations[0]["category-short-title [rel:category-short-title]"]).toBe("CRC");
    expect(recommendations[1]["Title [database:title]"]).toBe("'=Strengthen the NMRF");
  });
});
