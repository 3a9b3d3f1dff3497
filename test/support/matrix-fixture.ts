import type { Language } from "../../src/model/vocabularies";
/**
 * A small monitoring workbook for the matrix tests. The UPR recommendations are real: Slovenia's
 * 2nd-cycle UPR (A/HRC/28/15), as in samples/slovenia/ (see its provenance). The CRC
 * recommendation, the clusters, actions, indicators and reports are illustrative.
 */
import { initWorkbook } from "../../src/app/init-workbook";
import type { MatrixTables } from "../../src/core/matrix/matrix-model";
import type { Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The day the tests look from: A-002 is overdue, A-004 due within 90 days. */
export const TODAY = "2026-11-27";

const upr = (paragraph: string, text: string, states: string, extra: Row): Row => ({
  id: `UPR2-SVN-${paragraph}`,
  text,
  mechanism: "UPR",
  country: "SVN",
  documentSymbol: "A/HRC/28/15",
  paragraph,
  cycleSession: "20",
  year: 2015,
  recommendingStates: states,
  response: "Supported",
  ...extra,
});

export function fixtureRecommendations(): Row[] {
  return [
    upr("115.32", "Take further steps towards strengthening the mandate of the Human Rights Ombudsman in order to ensure full compliance with the Paris Principles (Ireland);", "Ireland", {
      cluster: "C-01",
      overlapGroup: "OG-NHRI",
      status: "In progress",
      responsibleInstitutions: "Ministry of Justice",
      affectedPersons: "general",
      sdgTargets: "16.a",
    }),
    upr("115.33", "Bring its Human Rights Ombudsman’s Office into compliance with the Paris Principles, including by providing it with adequate financial and human resources (Malaysia);", "Malaysia", {
      cluster: "C-01",
      overlapGroup: "OG-NHRI",
      status: "Not started",
      responsibleInstitutions: "Human Rights Ombudsman",
      sdgTargets: "16.a; 16.6",
    }),
    upr("115.35", "Accelerate the process of reform of the Ombudsman for Human Rights in order to comply with the Paris Principles (Tunisia);", "Tunisia", { cluster: "C-01" }),
    upr("115.108", "Adopt a national strategy on combating domestic violence (Russian Federation);", "Russian Federation", {
      cluster: "C-02",
      status: "In progress",
      responsibleInstitutions: "MDDSZ",
      affectedPersons: "children; women",
    }),
    upr(
      "115.110",
      "Broaden the definition of violence in the Law on the Prevention of Domestic Violence, according to international standards, with a view to eliminating all forms of violence against women and girls (Mexico);",
      "Mexico",
      { cluster: "C-02", status: "Implemented", affectedPersons: "women" },
    ),
    upr("115.67", "Ensure that Roma children have equal opportunities in access to quality education at all levels (Slovakia);", "Slovakia", {
      cluster: "C-03",
      status: "Not started",
      response: "Noted",
      responsibleInstitutions: "Ministry of Education",
    }),
    upr(
      "115.18",
      "Ratify the Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence, also known as the Istanbul Convention, which it signed on 8 September 2011 (Turkey);",
      "Turkey",
      { status: "Implemented" },
    ),
    {
      id: "CRC-SVN-2013-27",
      text: "Adopt a comprehensive national strategy to prevent and address all forms of violence against children.",
      mechanism: "CRC",
      country: "SVN",
      documentSymbol: "CRC/C/SVN/CO/3-4",
      paragraph: "27",
      year: 2013,
      cluster: "C-02",
      status: "Not started",
      affectedPersons: "children",
    },
  ];
}

export function fixtureTables(): MatrixTables {
  return {
    recommendations: fixtureRecommendations(),
    clusters: [
      { clusterId: "C-01", name: "National human rights institution", leadInstitution: "Human Rights Ombudsman", confirmed: "Yes" },
      { clusterId: "C-02", name: "Violence against women and children", leadInstitution: "MDDSZ", confirmed: "Yes" },
      { clusterId: "C-03", name: "Roma", leadInstitution: "Office for National Minorities", confirmed: "Yes" },
      { clusterId: "C-04", name: "Business and human rights", confirmed: "No" },
    ],
    actions: [
      {
        actionId: "A-001",
        recommendationIds: "UPR2-SVN-115.32",
        description: "Amend the Human Rights Ombudsman Act to meet the Paris Principles",
        leadInstitution: "Ministry of Justice",
        partners: "Human Rights Ombudsman",
        start: day("2025-01-15"),
        deadline: day("2026-12-31"),
        status: "In progress",
        progress: 40,
      },
      {
        actionId: "A-002",
        recommendationIds: "UPR2-SVN-115.108",
        description: "Adopt the Resolution on the national programme for the prevention of domestic violence",
        leadInstitution: "MDDSZ",
        start: day("2025-03-01"),
        deadline: day("2026-06-30"),
        status: "Delayed",
      },
      {
        actionId: "A-003",
        recommendationIds: "UPR2-SVN-115.110",
        description: "Amend the definition of violence in the Domestic Violence Prevention Act",
        leadInstitution: "MDDSZ",
        deadline: day("2024-12-31"),
        status: "Completed",
      },
      {
        actionId: "A-004",
        recommendationIds: "UPR2-SVN-115.67",
        description: "Roma teaching assistants in every primary school with Roma pupils",
        leadInstitution: "Ministry of Education",
        start: day("2026-01-01"),
        deadline: day("2027-01-31"),
        status: "In progress",
      },
      {
        actionId: "A-005",
        clusterId: "C-03",
        description: "National programme of measures for Roma 2027-2030",
        leadInstitution: "Office for National Minorities",
        deadline: day("2027-12-31"),
        status: "Planned",
      },
    ],
    indicators: [
      {
        indicatorId: "I-001",
        actionId: "A-001",
        name: "GANHRI accreditation status of the Human Rights Ombudsman",
        type: "Structural",
        baseline: "B",
        baselineYear: 2024,
        target: "A",
        targetYear: 2027,
        currentValue: "B",
        currentValueDate: day("2026-03-01"),
      },
      {
        indicatorId: "I-002",
        actionId: "A-002",
        name: "Women who sought help from a domestic violence service",
        type: "Outcome",
        unit: "%",
        baseline: "12",
        baselineYear: 2024,
        target: "25",
        targetYear: 2028,
      },
    ],
    institutions: [
      { name: "Ministry of Justice", acronym: "MJU", branch: "Executive" },
      { name: "Human Rights Ombudsman", acronym: "HRO", branch: "Independent institution" },
      { name: "Ministry of Labour, Family, Social Affairs and Equal Opportunities", acronym: "MDDSZ", branch: "Executive" },
      { name: "Office for National Minorities", acronym: "UN", branch: "Executive" },
      { name: "Ministry of Education", acronym: "MVI", branch: "Executive" },
    ],
    progress: [
      {
        reportId: "P-001",
        subjectId: "UPR2-SVN-115.32",
        institution: "MJU",
        period: "2026-H1",
        reportText: "The draft amendment was sent to the Government for adoption.",
        submittedOn: day("2026-07-02"),
        reviewStatus: "Published",
        reviewedOn: day("2026-07-08"),
        publishedOn: day("2026-07-10"),
      },
      {
        reportId: "P-002",
        subjectId: "UPR2-SVN-115.32",
        institution: "MJU",
        period: "2026-H2",
        reportText: "Not yet reviewed: must not appear in the matrix.",
        submittedOn: day("2026-11-01"),
        reviewStatus: "Submitted",
      },
      {
        reportId: "P-003",
        subjectId: "A-004",
        institution: "Ministry of Education",
        period: "2026",
        reportText: "Teaching assistants are employed in 41 schools.",
        submittedOn: day("2026-09-15"),
        reviewStatus: "Published",
        reviewedOn: day("2026-09-20"),
      },
    ],
  };
}

/** The fixture written into a new structured workbook (in `language`: sheets, headers, list values) with the file adapter. */
export async function fixtureWorkbook(label = "fixture.xlsx", language: Language = "en"): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty(label);
  await initWorkbook(workbook, language);
  const tables = fixtureTables();
  await workbook.apply({
    upserts: [
      { table: "Institutions", rows: [...tables.institutions] },
      { table: "Clusters", rows: [...tables.clusters] },
      { table: "Recommendations", rows: [...tables.recommendations] },
      { table: "Actions", rows: [...tables.actions] },
      { table: "Indicators", rows: [...tables.indicators] },
      { table: "Progress", rows: [...tables.progress] },
    ],
  });
  return workbook;
}
