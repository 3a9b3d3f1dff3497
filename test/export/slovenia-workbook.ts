import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { initWorkbook } from "../../src/app/init-workbook";
import type { Row } from "../../src/model/cells";
import { recommendationId } from "../../src/model/ids";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

/**
 * A small, real monitoring workbook: UPR recommendations to Slovenia (samples/slovenia, see its
 * PROVENANCE.md), clustered by their OHCHR primary theme, with invented actions, indicators,
 * institutions and progress reports on top (those are test data, not facts about Slovenia).
 */
interface SloveniaRecord {
  cycle: string;
  upr_session: string;
  wg_report: string;
  paragraph: string;
  recommendation_text_with_states: string;
  recommending_states: string;
  position: string;
  primary_theme: string;
  themes: string;
  affected_persons: string;
}

const CSV = path.resolve(__dirname, "../../samples/slovenia/slovenia_upr_thematic_lists_parsed.csv");
const YEAR_OF_CYCLE: Record<string, number> = { "2": 2015, "3": 2020, "4": 2025 };
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function sloveniaRecommendations(perCycle: number): Row[] {
  const records = Papa.parse<SloveniaRecord>(readFileSync(CSV, "utf8"), { header: true, skipEmptyLines: true }).data;
  const picked = ["2", "3", "4"].flatMap((cycle) => records.filter((record) => record.cycle === cycle).slice(0, perCycle));
  const themes = [...new Set(picked.map((record) => record.primary_theme))];
  return picked.map((record) => ({
    id: recommendationId({ mechanism: "UPR", country: "SVN", cycle: Number(record.cycle), paragraph: record.paragraph, text: record.recommendation_text_with_states }),
    text: record.recommendation_text_with_states,
    mechanism: "UPR",
    country: "SVN",
    documentSymbol: record.wg_report,
    paragraph: record.paragraph,
    cycleSession: record.upr_session,
    year: YEAR_OF_CYCLE[record.cycle],
    recommendingStates: record.recommending_states,
    response: record.position,
    themes: record.themes,
    affectedPersons: record.affected_persons,
    cluster: `C-${String(themes.indexOf(record.primary_theme) + 1).padStart(2, "0")}`,
    responsibleInstitutions: Number(record.paragraph.split(".")[1]) % 2 === 0 ? "Ministry of Justice" : "MFEA",
    status: Number(record.paragraph.split(".")[1]) % 3 === 0 ? "Implemented" : "In progress",
  }));
}

export function sloveniaClusters(recommendations: readonly Row[], records = Papa.parse<SloveniaRecord>(readFileSync(CSV, "utf8"), { header: true, skipEmptyLines: true }).data): Row[] {
  const names = new Map<string, string>();
  for (const recommendation of recommendations) {
    const record = records.find((candidate) => candidate.recommendation_text_with_states === recommendation.text);
    if (record) names.set(String(recommendation.cluster), record.primary_theme);
  }
  return [...names].map(([clusterId, name]) => ({ clusterId, name, confirmed: "Yes" }));
}

/** A workbook file with every table filled; `perCycle` recommendations from each UPR cycle. */
export async function sloveniaWorkbook(perCycle = 8): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty("slovenia.xlsx");
  await initWorkbook(workbook);
  const recommendations = sloveniaRecommendations(perCycle);
  const cycle4 = recommendations.filter((row) => String(row.id).startsWith("UPR4-"));
  const actions: Row[] = [
    { actionId: "A-001", recommendationIds: `${cycle4[0].id}; ${cycle4[1].id}`, description: "Prepare the ratification bill\nand consult civil society", leadInstitution: "MFEA", partners: "Ministry of Justice", start: day("2026-01-15"), deadline: day("2026-06-30"), status: "In progress", progress: 40, desiredOutcome: "Instrument ratified" },
    { actionId: "A-002", recommendationIds: String(cycle4[2].id), description: "=Train 200 public officials", leadInstitution: "Ministry of Justice", start: day("2026-03-01"), deadline: day("2027-12-31"), status: "Planned" },
  ];
  const indicators: Row[] = [
    { indicatorId: "I-001", actionId: "A-001", name: "Bill submitted to the National Assembly", type: "Process", frequency: "Quarterly", responsible: "MFEA", baseline: "0", target: "1" },
    { indicatorId: "I-002", actionId: "A-002", name: "Officials trained", type: "Outcome", frequency: "Semi-annual", responsible: "Ministry of Justice", currentValueDate: day("2026-09-30") },
  ];
  const institutions: Row[] = [
    { name: "Ministry of Foreign and European Affairs", acronym: "MFEA", branch: "Executive", focalPoint: "Ana Novak" },
    { name: "Ministry of Justice", acronym: "MJ", branch: "Executive", focalPoint: "Luka Kovač" },
  ];
  const progress: Row[] = [
    { reportId: "P-001", subjectId: "A-001", institution: "MFEA", period: "2026-Q2", reportText: "The draft bill went to public consultation on 2 June.", reviewStatus: "Published", submittedBy: "Ana Novak", submittedOn: day("2026-07-05"), reviewer: "NMRF secretariat", reviewedOn: day("2026-07-10"), publishedBy: "NMRF secretariat", publishedOn: day("2026-07-15") },
    { reportId: "P-002", subjectId: "A-001", institution: "MFEA", period: "2026-Q3", reportText: "Consultation closed; 14 contributions received.", reviewStatus: "Draft" },
    { reportId: "P-003", subjectId: "A-002", institution: "Ministry of Justice", period: "2026-H2", reportText: "x".repeat(701), reviewStatus: "Draft" },
  ];
  await workbook.apply({
    upserts: [
      { table: "Recommendations", rows: recommendations },
      { table: "Clusters", rows: sloveniaClusters(recommendations) },
      { table: "Actions", rows: actions },
      { table: "Indicators", rows: indicators },
      { table: "Institutions", rows: institutions },
      { table: "Progress", rows: progress },
    ],
  });
  return workbook;
}
