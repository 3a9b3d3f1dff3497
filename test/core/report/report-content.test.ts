import { buildMatrix } from "../../../src/core/matrix/build-matrix";
import { matrixReport, REPORT_COLUMNS } from "../../../src/core/report/report-content";
import type { Row } from "../../../src/model/cells";
import type { MatrixTables } from "../../../src/core/matrix/matrix-model";

const recommendations: Row[] = [
  { id: "CRC-SVN-2013-27", text: "Ensure inclusive education", mechanism: "CRC", year: 2013, cluster: "C-01", status: "In progress" },
  { id: "CRC-SVN-2013-29", text: "Collect disaggregated data", mechanism: "CRC", year: 2013, cluster: "C-01", status: "Implemented" },
  { id: "UPR4-SVN-140.7", text: "Ratify the OP-ICESCR", mechanism: "UPR", cycleSession: "48", cluster: "C-02" },
];
const clusters: Row[] = [
  { clusterId: "C-01", name: "Education", leadInstitution: "Ministry of Education" },
  { clusterId: "C-02", name: "Ratification" },
  { clusterId: "C-03", name: "Empty cluster" },
];
const tables: MatrixTables = {
  recommendations,
  clusters,
  actions: [],
  indicators: [],
  institutions: [],
  progress: [],
};

describe("Word report content", () => {
  test("title page, summary with totals, then one landscape section per cluster that has rows", () => {
    const report = matrixReport(buildMatrix(tables, { mechanism: "CRC" }, "2026-11-27"), { language: "fr", source: "suivi.xlsx", version: "1.2.3" });
    expect(report.title).toBe("Suivi des recommandations relatives aux droits de l'homme");
    expect(report.titlePage).toEqual([
      "Porte sur filtre : mécanisme CRC.",
      "Recommandations : 2 · groupes thématiques : 1",
      "Généré le 2026-11-27 à partir de suivi.xlsx par Rights Matrix 1.2.3.",
    ]);
    expect(report.sections.map((section) => section.landscape)).toEqual([true, true]);
    const [summary, education] = report.sections;
    const table = summary.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.table.headers).toEqual(["Groupe thématique", "Recommandations", "Actions", "Sans action", "Actions en retard", "Statut"]);
    expect(table?.kind === "table" && table.table.rows).toEqual([
      ["C-01 · Education", "2", "0", "2", "0", "In progress 1 · Implemented 1"],
      ["Total", "2", "0", "2", "0", "In progress 1 · Implemented 1"],
    ]);
    expect(table?.kind === "table" && table.table.boldRows).toEqual([1]);
    // Nothing in these columns anywhere in the report: left out, and the overview says so.
    expect(summary.blocks).toContainEqual({
      kind: "paragraph",
      text: "Laissées de côté car vides pour toutes les recommandations de ce rapport : Réponse, Institutions responsables, Actions (identifiant, description, échéance, statut), Indicateurs (référence → cible, dernière valeur), Dernier rapport d'avancement publié, Évaluation / commentaires.",
    });
    expect(education.blocks[0]).toEqual({ kind: "heading", level: 1, text: "C-01 · Education" });
    expect(education.blocks).toContainEqual({ kind: "paragraph", text: "Chef de file : Ministry of Education" });
    const rows = education.blocks.find((block) => block.kind === "table");
    expect(rows?.kind === "table" && rows.table.headers).toHaveLength(REPORT_COLUMNS.length - 6);
    expect(rows?.kind === "table" && rows.table.headers.join("|")).not.toContain("✎");
    expect(rows?.kind === "table" && rows.table.rows.map((row) => row[0])).toEqual(["CRC-SVN-2013-27", "CRC-SVN-2013-29"]);
  });

  test("a selection with nothing in it says so", () => {
    const report = matrixReport(buildMatrix(tables, { mechanism: "CAT" }, "2026-11-27"), { language: "en", source: "x.xlsx", version: "1" });
    expect(report.sections).toEqual([{ landscape: false, blocks: [{ kind: "paragraph", text: "No recommendation matches this selection." }] }]);
  });
});
