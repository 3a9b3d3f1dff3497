import { generateMatrix } from "../../src/app/generate-matrix";
import { loadPlan } from "../../src/app/load-plan";
import { ensureStructure, initWorkbook } from "../../src/app/init-workbook";
import { validateWorkbook } from "../../src/app/validate";
import { tablePlan } from "../../src/core/structure/workbook-structure";
import type { Row } from "../../src/model/cells";
import { ACTIONS, CLUSTERS, INDICATORS, INSTITUTIONS, RECOMMENDATIONS } from "../../src/model/tables";
import type { Language } from "../../src/model/vocabularies";
import { sheetNameIn } from "../../src/model/workbook-language";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { translate } from "../../src/model/i18n/messages";
import { typeIntoMatrix } from "../support/matrix-edits";

/**
 * A Spanish secretariat's workbook that a French focal point types into: list values arrive in
 * Spanish, French and English, in any case. They read as the same values, validate the same as
 * an English workbook's, and what Rights Matrix writes is in the workbook's language.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2026-11-01";

const recommendations = (response: [string, string, string], status: [string, string, string]): Row[] => [
  { id: "UPR4-SVN-1.1", text: "Ratify the Optional Protocol to the Convention against Torture", mechanism: "UPR", response: response[0], status: status[0], cluster: "C-001" },
  { id: "UPR4-SVN-1.2", text: "Adopt a national action plan against domestic violence", mechanism: "UPR", response: response[1], status: status[1] },
  { id: "UPR4-SVN-1.3", text: "Strengthen the ombudsman's mandate", mechanism: "UPR", response: response[2], status: status[2] },
];
const actions = (status: [string, string, string, string]): Row[] => [
  { actionId: "A-001", recommendationIds: "UPR4-SVN-1.1", description: "Draft the ratification bill", leadInstitution: "Ministry of Justice", start: day("2026-01-15"), deadline: day("2026-06-30"), status: status[0], progress: 100 },
  { actionId: "A-002", recommendationIds: "UPR4-SVN-1.2", description: "Consult shelters on the plan", leadInstitution: "Ministry of Justice", start: day("2026-02-01"), deadline: day("2026-09-30"), status: status[1], progress: 40 },
  { actionId: "A-003", recommendationIds: "UPR4-SVN-1.3", description: "Review the ombudsman act", leadInstitution: "Ministry of Justice", start: day("2026-03-01"), deadline: day("2027-03-01"), status: status[2] },
  { actionId: "A-004", clusterId: "C-001", description: "Nearly-done action", leadInstitution: "Ministry of Justice", start: day("2026-03-01"), deadline: day("2027-03-01"), status: status[3] },
];
const indicators = (type: [string, string], frequency: [string, string]): Row[] => [
  { indicatorId: "I-001", actionId: "A-001", name: "Bill submitted", type: type[0], frequency: frequency[0], baseline: "0", target: "1", dataSource: "Parliament records", unit: "bills" },
  { indicatorId: "I-002", actionId: "A-002", name: "Shelters consulted", type: type[1], frequency: frequency[1], baseline: "0", target: "12", dataSource: "Ministry", unit: "" },
];
const others = (language: Language, yes: string) => [
  tablePlan(CLUSTERS, [{ clusterId: "C-001", name: "Torture prevention", leadInstitution: "Ministry of Justice", confirmed: yes }], [], language),
  tablePlan(INSTITUTIONS, [{ name: "Ministry of Justice", acronym: "MJ", branch: "Executive" }], [], language),
];

/** The same workbook in English, with every value as the English lists spell it. */
async function englishWorkbook(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty("english.xlsx");
  await initWorkbook(workbook);
  await workbook.apply({
    plans: [
      tablePlan(RECOMMENDATIONS, recommendations(["Supported", "Supported", "Noted"], ["In progress", "Implemented", ""])),
      tablePlan(ACTIONS, actions(["Completed", "In progress", "Planned", "Nearly done"])),
      tablePlan(INDICATORS, indicators(["Process", "Outcome"], ["Quarterly", "Annual"])),
      ...others("en", "Yes"),
    ],
  });
  return workbook;
}

/** A Spanish workbook whose cells were typed in three languages (the plans write cells as given). */
async function mixedWorkbook(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty("mixta.xlsx");
  await initWorkbook(workbook, "es");
  await workbook.apply({
    plans: [
      tablePlan(RECOMMENDATIONS, recommendations(["Aceptada", "Acceptée", "notée"], ["En cours", "Aplicada", ""]), [], "es"),
      tablePlan(ACTIONS, actions(["Terminée", "en curso", "Planned", "Nearly done"]), [], "es"),
      tablePlan(INDICATORS, indicators(["De processus", "De resultado"], ["Trimestrielle", "Anual"]), [], "es"),
      ...others("es", "Oui"),
    ],
  });
  return workbook;
}

test("mixed-language list values read as the values they name", async () => {
  const workbook = await mixedWorkbook();
  const tables = await workbook.readTables(["Recommendations", "Actions", "Indicators", "Clusters"]);
  expect(tables.Recommendations?.language).toBe("es");
  expect(tables.Recommendations?.rows.map((row) => [row.response, row.status])).toEqual([
    ["Supported", "In progress"],
    ["Supported", "Implemented"],
    ["Noted", null],
  ]);
  expect(tables.Actions?.rows.map((row) => row.status)).toEqual(["Completed", "In progress", "Planned", "Nearly done"]);
  expect(tables.Indicators?.rows.map((row) => [row.type, row.frequency])).toEqual([
    ["Process", "Quarterly"],
    ["Outcome", "Annual"],
  ]);
  expect(tables.Clusters?.rows[0].confirmed).toBe("Yes");
});

test("validation of the mixed workbook finds exactly what it finds in the English one", async () => {
  const english = await validateWorkbook(await englishWorkbook(), { today: day(TODAY) });
  const mixed = await validateWorkbook(await mixedWorkbook(), { today: day(TODAY) });
  // Only "Nearly done" is not a status in any language.
  expect(english.findings.filter((finding) => finding.code === "ACT-STATUS-UNKNOWN").map((finding) => finding.rowId)).toEqual(["A-004"]);
  const sheetOf: Record<string, string> = Object.fromEntries(["Actions", "Indicators", "Recommendations", "Clusters"].map((table) => [sheetNameIn("es", table as "Actions"), table]));
  const asEnglish = mixed.findings.map((finding) => ({ ...finding, cell: finding.cell.replace(/^([^!]+)!/, (_, sheet: string) => `${sheetOf[sheet] ?? sheet}!`) }));
  expect(asEnglish).toEqual(english.findings);
  expect(mixed.findings.every((finding) => /^(Acciones|Indicadores|Recomendaciones|'Grupos temáticos')!/.test(finding.cell))).toBe(true);
});

test("what Rights Matrix writes into the mixed workbook is Spanish; what people typed stays", async () => {
  const workbook = await mixedWorkbook();
  await workbook.apply({
    upserts: [
      { table: "Actions", rows: [{ actionId: "A-005", recommendationIds: "UPR4-SVN-1.3", description: "Train staff", leadInstitution: "Ministry of Justice", status: "Delayed" }] },
      { table: "Recommendations", rows: [{ id: "UPR4-SVN-1.3", status: "Not started" }], columns: ["status"] },
    ],
  });
  const actionsSheet = (await workbook.readSheet("Acciones")) ?? [];
  const statusColumn = ACTIONS.columns.findIndex((column) => column.key === "status");
  expect(actionsSheet.map((row) => row[statusColumn])).toEqual(["Estado", "Terminée", "en curso", "Planned", "Nearly done", "Retrasada"]);
  const recommendationsSheet = (await workbook.readSheet("Recomendaciones")) ?? [];
  const status = RECOMMENDATIONS.columns.findIndex((column) => column.key === "status");
  expect(recommendationsSheet.map((row) => row[status])).toEqual(["Estado", "En cours", "Aplicada", "Sin iniciar"]);

  await generateMatrix(workbook, { today: TODAY, language: "fr" });
  expect(await workbook.sheetNames()).toEqual(expect.arrayContaining(["Matriz de seguimiento", "Panel"]));
  const matrix = (await workbook.readSheet("Matriz de seguimiento")) ?? [];
  const text = matrix.flat().map(String).join("\n");
  expect(text).toContain("En curso");
  expect(text).toContain("Aceptada");
  expect(text).not.toMatch(/\b(In progress|Supported|Noted)\b|En cours|Acceptée/);

  // A status typed into the matrix in French goes back to the table as the status it names, in Spanish.
  const edited = await typeIntoMatrix(workbook, "UPR4-SVN-1.3", translate("es", "matrix.col.status"), "Mise en œuvre", "Matriz de seguimiento");
  const summary = await generateMatrix(edited, { today: TODAY });
  expect(summary.carriedBack).toEqual([expect.objectContaining({ ids: ["UPR4-SVN-1.3"], field: "status", edited: "Implemented" })]);
  const after = (await edited.readSheet("Recomendaciones")) ?? [];
  expect(after.map((row) => row[status])).toEqual(["Estado", "En cours", "Aplicada", "Aplicada"]);
});

test("a column a Spanish table lacks is added under its Spanish header, and found again", async () => {
  const workbook = XlsxWorkbook.empty("antigua.xlsx");
  await initWorkbook(workbook, "es");
  const full = tablePlan(CLUSTERS, [{ clusterId: "C-001", name: "Prevención de la tortura", leadInstitution: "Ministry of Justice" }], [], "es");
  const withoutConfirmed = {
    ...full,
    columns: full.columns.slice(0, -1),
    rows: full.rows.map((row) => row.slice(0, -1)),
    tables: full.tables?.map((table) => ({ ...table, lastColumn: table.lastColumn - 1 })),
  };
  await workbook.apply({ plans: [withoutConfirmed] });
  expect((await workbook.readTables(["Clusters"])).Clusters?.missingColumns).toEqual(["confirmed"]);
  const result = await ensureStructure(workbook);
  expect(result).toEqual(expect.objectContaining({ language: "es", completedTables: ["Clusters"] }));
  expect(((await workbook.readSheet("Grupos temáticos")) ?? [])[0]).toEqual(["ID del grupo temático", "Nombre", "Descripción", "Institución responsable", "Confirmado"]);
  await workbook.apply({ upserts: [{ table: "Clusters", rows: [{ clusterId: "C-001", confirmed: "Yes" }], columns: ["confirmed"] }] });
  expect(((await workbook.readSheet("Grupos temáticos")) ?? [])[1][4]).toBe("Sí");
  expect((await workbook.readTables(["Clusters"])).Clusters?.rows[0].confirmed).toBe("Yes");
});

test("a plan file may name columns and list values in any workbook language", async () => {
  const workbook = XlsxWorkbook.empty("plan.xlsx");
  await initWorkbook(workbook, "fr");
  const plan = {
    actions: [
      { "ID de la acción": "A-010", Descripción: "Formar a los jueces", Estado: "En curso", Plazo: "2027-06-30" },
      { actionId: "A-011", description: "Publish the report", status: "completed" },
    ],
  };
  expect(await loadPlan(workbook, plan, "plan.json")).toEqual(expect.objectContaining({ actions: 2 }));
  const actions = (await workbook.readTables(["Actions"])).Actions;
  expect(actions?.rows.map((row) => [row.actionId, row.status, row.deadline])).toEqual([
    ["A-010", "In progress", day("2027-06-30")],
    ["A-011", "Completed", null],
  ]);
  const status = ACTIONS.columns.findIndex((column) => column.key === "status");
  expect(((await workbook.readSheet("Actions")) ?? []).map((row) => row[status])).toEqual(["Statut", "En cours", "Terminée"]);
});
