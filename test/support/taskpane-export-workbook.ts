import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importRecommendations } from "../../src/app/import-recommendations";
import { initWorkbook } from "../../src/app/init-workbook";
import { cellText, type Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

/**
 * The workbook the Export and My institution browser tests open: Slovenia's 4th-cycle UPR
 * recommendations (samples/slovenia, see its PROVENANCE.md) imported from OHCHR's .docx, four
 * clusters written by theme, and invented institutions, actions, indicators and progress reports
 * (test data, not facts about Slovenia). Dates count from today, so "overdue" stays overdue.
 */
export const SAMPLE_DOCX = "upr48-slovenia-thematic-list-of-recommendatio.docx";

export const CLUSTERS = [
  { clusterId: "C-01", theme: "Human trafficking & contemporary forms of slavery", name: "Trafficking in human beings", institution: "Ministry of the Interior" },
  { clusterId: "C-02", theme: "Right to education", name: "Inclusive education", institution: "Ministry of Education" },
  { clusterId: "C-03", theme: "Violence against women", name: "Violence against women and girls", institution: "Ministry of Justice" },
  { clusterId: "C-04", theme: "Conditions of detention", name: "Prisons and conditions of detention", institution: "Ministry of Justice" },
] as const;

/** A cell that a spreadsheet would run if it were not neutralised. */
export const FORMULA_LIKE = "=SUM(1,2) officials trained";

const DAY_MS = 86_400_000;
export function localToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
const daysFromToday = (days: number) => new Date(localToday().getTime() + days * DAY_MS);
const monthsBeforeToday = (months: number, plusDays = 0) => {
  const today = localToday();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, Math.min(today.getUTCDate(), 28) + plusDays));
};

export async function buildTaskPaneExportWorkbook(file: string): Promise<{ recommendations: Row[] }> {
  const workbook = XlsxWorkbook.empty(path.basename(file));
  await initWorkbook(workbook);
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../samples/slovenia", SAMPLE_DOCX)));
  await importRecommendations(workbook, [{ name: SAMPLE_DOCX, bytes }]);
  const imported = (await workbook.readTables(["Recommendations"])).Recommendations!.rows;
  const clusterOf = (row: Row) => CLUSTERS.find((cluster) => cellText(row.themes).split(";")[0].trim() === cluster.theme);
  const clustered = imported
    .filter((row) => clusterOf(row))
    .map((row) => ({ id: row.id, cluster: clusterOf(row)!.clusterId, responsibleInstitutions: clusterOf(row)!.institution, status: "In progress" }));
  const idsOf = (clusterId: string) => clustered.filter((row) => row.cluster === clusterId).map((row) => String(row.id));

  await workbook.apply({
    upserts: [
      { table: "Recommendations", rows: clustered, columns: ["cluster", "responsibleInstitutions", "status"] },
      { table: "Clusters", rows: CLUSTERS.map((cluster) => ({ clusterId: cluster.clusterId, name: cluster.name, leadInstitution: cluster.institution, confirmed: "Yes" })) },
      {
        table: "Institutions",
        rows: [
          { name: "Ministry of Justice", acronym: "MJ", branch: "Executive", focalPoint: "Ana Novak" },
          { name: "Ministry of Education", acronym: "MIZS", branch: "Executive" },
          { name: "Ministry of the Interior", acronym: "MNZ", branch: "Executive" },
        ],
      },
      {
        table: "Actions",
        rows: [
          { actionId: "A-001", recommendationIds: idsOf("C-03").slice(0, 3).join("; "), clusterId: "C-03", description: "Specialised training for judges and prosecutors on gender-based violence", leadInstitution: "MJ", start: monthsBeforeToday(10), deadline: daysFromToday(200), status: "In progress" },
          { actionId: "A-002", recommendationIds: idsOf("C-04").slice(0, 2).join("; "), clusterId: "C-04", description: FORMULA_LIKE, leadInstitution: "Ministry of Justice", partners: "MNZ", start: monthsBeforeToday(6), deadline: daysFromToday(400), status: "Planned" },
          { actionId: "A-003", recommendationIds: idsOf("C-02").slice(0, 2).join("; "), clusterId: "C-02", description: "Roma teaching assistants in primary schools", leadInstitution: "MIZS", start: monthsBeforeToday(3), deadline: daysFromToday(300), status: "In progress" },
        ],
      },
      {
        table: "Indicators",
        rows: [
          // Quarterly, last counted four months ago: overdue by about a month.
          { indicatorId: "I-001", actionId: "A-001", name: "Judges and prosecutors trained", type: "Process", unit: "people", frequency: "Quarterly", responsible: "MJ", currentValueDate: monthsBeforeToday(4) },
          // Annual, counted from eleven months and some days ago: due within the month.
          { indicatorId: "I-002", actionId: "A-002", name: "Prisons below 100% occupancy", type: "Outcome", unit: "%", frequency: "Annual", responsible: "Ministry of Justice", currentValueDate: new Date(daysFromToday(10).getTime() - 365 * DAY_MS) },
          { indicatorId: "I-003", actionId: "A-003", name: "Roma pupils completing primary school", type: "Outcome", unit: "%", frequency: "Annual", responsible: "MIZS", currentValueDate: monthsBeforeToday(2) },
        ],
      },
      {
        table: "Progress",
        rows: [
          { reportId: "P-001", subjectId: "A-001", institution: "Ministry of Justice", period: "2026-Q1", reportText: "First two training sessions held in Ljubljana and Maribor.", reviewStatus: "Published", submittedBy: "Ana Novak", submittedOn: monthsBeforeToday(8), reviewer: "NMRF secretariat", reviewedOn: monthsBeforeToday(8), publishedBy: "Head of the NMRF", publishedOn: monthsBeforeToday(7) },
          { reportId: "P-002", subjectId: "A-002", institution: "MJ", period: "2026-Q3", reportText: "Occupancy figures requested from the prison administration.", reviewStatus: "Draft" },
        ],
      },
    ],
  });
  writeFileSync(file, await workbook.toBytes());
  return { recommendations: imported };
}
