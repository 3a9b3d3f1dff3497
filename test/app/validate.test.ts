import { initWorkbook } from "../../src/app/init-workbook";
import { openValidationSession, revalidateRow, validateWorkbook } from "../../src/app/validate";
import { listsPlan, tablePlan } from "../../src/core/structure/workbook-structure";
import { WORKBOOK_LABELS } from "../../src/model/i18n/workbook-labels";
import { LISTS } from "../../src/model/lists";
import { ACTIONS } from "../../src/model/tables";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import type { WorkbookChanges } from "../../src/workbook/port";
import { demoWorkbook } from "../support/demo-workbook";

const TODAY = new Date(Date.UTC(2026, 0, 15));

describe("validating the demo plan", () => {
  it("reports exactly the deliberate mistakes, at their cells", async () => {
    const report = await validateWorkbook(await demoWorkbook(), { today: TODAY });
    const found = report.findings.map((finding) => `${finding.cell} ${finding.code}`).sort();
    expect(found).toEqual(
      [
        "Actions!B4 ACT-RECOMMENDATION-UNKNOWN",
        "Actions!D4 ACT-DESCRIPTION-PLACEHOLDER",
        "Actions!E6 ACT-LEAD-UNKNOWN",
        "Actions!H5 ACT-DEADLINE-BEFORE-START",
        "Actions!H6 ACT-DATE-INVALID",
        "Actions!J5 ACT-CURRENCY-MISSING",
        "Actions!L3 ACT-PROGRESS-COMPLETE-NOT-COMPLETED",
        "Clusters!D4 COV-CLUSTER-NO-LEAD",
        "Indicators!B5 IND-ACTION-UNKNOWN",
        "Indicators!F3 IND-VALUE-NOT-NUMERIC",
        "Indicators!I4 IND-TARGET-YEAR-BEFORE-BASELINE",
        "Indicators!K7 IND-CURRENT-DATE-MISSING",
        "Indicators!L7 IND-SOURCE-MISSING",
        "Indicators!M6 IND-FREQUENCY-UNKNOWN",
        "Indicators!M7 IND-FREQUENCY-MISSING",
      ].sort(),
    );
    expect(report).toMatchObject({ actions: 6, indicators: 6, errors: 13, warnings: 2, smartWritten: 0 });
  });
});

describe("finding texts in Spanish and French", () => {
  // The workbook's English words (list values, headers) that read differently in both languages, as whole words in any case.
  const english = Object.keys(WORKBOOK_LABELS).filter((value) => value.length > 3 && value !== WORKBOOK_LABELS[value].es && value !== WORKBOOK_LABELS[value].fr);
  const englishWord = new RegExp(`(?<![\\p{L}-])(${english.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}-])`, "iu");

  it("name the workbook's list values and columns in the reader's language, also inside a sentence", async () => {
    const workbook = await demoWorkbook();
    // An outcome indicator without a unit, and a baseline without its year: rules that name a type and a column in lower case.
    await workbook.apply({
      upserts: [{ table: "Indicators", rows: [{ indicatorId: "I-900", actionId: "A-001", name: "Shelters open", type: "Outcome", baseline: "3", target: "5", targetYear: 2027, dataSource: "Ministry", frequency: "Annual" }] }],
    });
    for (const language of ["es", "fr"] as const) {
      const report = await validateWorkbook(workbook, { today: TODAY, language });
      const messages = report.findings.map((finding) => finding.message);
      expect(report.findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(["ACT-PROGRESS-COMPLETE-NOT-COMPLETED", "IND-UNIT-MISSING", "IND-YEAR-MISSING", "IND-FREQUENCY-UNKNOWN"]));
      expect(messages.filter((message) => englishWord.test(message))).toEqual([]);
    }
    const french = await validateWorkbook(workbook, { today: TODAY, language: "fr" });
    const unitMissing = french.findings.find((finding) => finding.code === "IND-UNIT-MISSING");
    expect(unitMissing?.message).toContain("de type de résultat");
    const yearMissing = french.findings.find((finding) => finding.code === "IND-YEAR-MISSING");
    expect(yearMissing?.message).toContain("« valeur de référence »");
  });
});

describe("the SMART rating column", () => {
  it("is written in one write only when asked, and not again when nothing changed", async () => {
    const workbook = await demoWorkbook();
    const writes: WorkbookChanges[] = [];
    const apply = workbook.apply.bind(workbook);
    workbook.apply = async (changes) => {
      writes.push(changes);
      return apply(changes);
    };
    await validateWorkbook(workbook, { today: TODAY });
    expect(writes).toHaveLength(0);

    const report = await validateWorkbook(workbook, { today: TODAY, writeSmart: true });
    expect(writes).toHaveLength(1);
    expect(writes[0].upserts).toEqual([expect.objectContaining({ table: "Actions", columns: ["smart"] })]);
    expect(report.smartWritten).toBe(6);
    const actions = (await workbook.readTables(["Actions"])).Actions!;
    const smart = Object.fromEntries(actions.rows.map((row) => [row.actionId, row.smart]));
    expect(smart).toEqual({
      "A-001": "5/5 SMART",
      "A-002": "4/5, missing: measurable",
      "A-003": "2/5, missing: specific, measurable, relevant",
      "A-004": "3/5, missing: measurable, time-bound",
      "A-005": "2/5, missing: measurable, assignable, time-bound",
      "A-006": "4/5, missing: measurable",
    });
    // What people typed is untouched.
    expect(actions.rows[2].description).toBe("TBD");
    expect(actions.rows[0].start).toEqual(new Date(Date.UTC(2025, 2, 1)));

    await validateWorkbook(workbook, { today: TODAY, writeSmart: true });
    expect(writes).toHaveLength(1);
  });

  it("keeps rows without an ID and columns people added", async () => {
    const workbook = await demoWorkbook();
    const actions = (await workbook.readTables(["Actions"])).Actions!;
    await workbook.apply({
      plans: [tablePlan(ACTIONS, [...actions.rows.map((row) => ({ ...row, "Ministry note": `note ${row.actionId}` })), { description: "An action nobody has numbered yet" }], ["Ministry note"])],
    });
    const report = await validateWorkbook(workbook, { today: TODAY, writeSmart: true });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ACT-ID-MISSING", cell: "Actions!A8", rowId: "" }));
    const after = (await workbook.readTables(["Actions"])).Actions!;
    expect(after.rows).toHaveLength(7);
    expect(after.rows[6]).toMatchObject({ actionId: null, description: "An action nobody has numbered yet", smart: null });
    expect(after.rows[0]).toMatchObject({ "Ministry note": "note A-001", smart: "5/5 SMART" });
  });

  it("follows the interface language", async () => {
    const workbook = await demoWorkbook();
    await validateWorkbook(workbook, { today: TODAY, writeSmart: true, language: "fr" });
    const actions = (await workbook.readTables(["Actions"])).Actions!;
    expect(actions.rows.find((row) => row.actionId === "A-003")?.smart).toBe("2/5, manque : spécifique, mesurable, pertinente");
  });
});

describe("the lists the workbook holds", () => {
  it("accept a value someone added under a list on the Lists sheet", async () => {
    const workbook = await demoWorkbook();
    const actions = (await workbook.readTables(["Actions"])).Actions!;
    const withNok = actions.rows.map((row) => (row.actionId === "A-001" ? { ...row, currency: "NOK" } : row));
    await workbook.apply({ upserts: [{ table: "Actions", rows: withNok.filter((row) => row.actionId === "A-001"), columns: ["currency"] }] });
    const before = await validateWorkbook(workbook, { today: TODAY });
    expect(before.findings).toContainEqual(expect.objectContaining({ code: "ACT-CURRENCY-UNKNOWN", cell: "Actions!J2" }));

    const lists = LISTS.map((list) => (list.name === "Currencies" ? { ...list, rows: [...list.rows, ["NOK"]] } : list));
    await workbook.apply({ plans: [listsPlan(lists)] });
    const after = await validateWorkbook(workbook, { today: TODAY });
    expect(after.findings.filter((finding) => finding.code === "ACT-CURRENCY-UNKNOWN")).toEqual([]);
  });
});

describe("the live path", () => {
  it("revalidates the edited row from a session", async () => {
    const session = await openValidationSession(await demoWorkbook(), { today: TODAY });
    const actions = session.findings().filter((finding) => finding.table === "Actions");
    expect(actions.some((finding) => finding.cell === "Actions!J5")).toBe(true);
    const result = revalidateRow(session, "Actions", 5, {
      actionId: "A-004",
      recommendationIds: "UPR4-SVN-140.181",
      description: "Train police officers and prosecutors on the amended Criminal Code provisions on sexual violence",
      leadInstitution: "Police",
      start: new Date(Date.UTC(2025, 5, 1)),
      deadline: new Date(Date.UTC(2026, 11, 31)),
      budget: 120000,
      currency: "EUR",
      status: "Planned",
      progress: 0,
    });
    expect(result.findings).toEqual([expect.objectContaining({ cell: "Indicators!K7" }), expect.objectContaining({ cell: "Indicators!L7" }), expect.objectContaining({ cell: "Indicators!M7" })]);
    expect(session.findings().some((finding) => finding.cell === "Actions!J5")).toBe(false);
  });
});

describe("a workbook without the plan tables", () => {
  it("is refused with a message naming the file", async () => {
    const workbook = XlsxWorkbook.empty("empty.xlsx");
    await workbook.apply({ plans: [{ sheet: "Notes", columns: [{ header: "Note", width: 10, editable: true }], rows: [] }] });
    await expect(validateWorkbook(workbook)).rejects.toThrow(/empty\.xlsx has no Actions or Indicators table/);
  });

  it("an empty structured workbook has no findings", async () => {
    const workbook = XlsxWorkbook.empty("new.xlsx");
    await initWorkbook(workbook);
    expect((await validateWorkbook(workbook)).findings).toEqual([]);
  });
});
