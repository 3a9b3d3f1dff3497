import { myInstitutionView, findInstitution } from "../../../src/core/progress/my-institution";
import type { Row } from "../../../src/model/cells";
import { addMonths, dueByInstitution, reportingSchedule } from "../../../src/core/progress/reporting-schedule";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day("2026-11-27");

const actions: Row[] = [
  { actionId: "A-001", recommendationIds: "CRC-PRY-2022-25(b)", leadInstitution: "Ministerio de la Niñez y la Adolescencia", partners: "Ministerio Público", start: day("2026-01-15"), deadline: day("2027-06-30") },
  { actionId: "A-002", recommendationIds: "UPR4-PRY-108.45", leadInstitution: "Ministerio de Justicia", start: day("2026-09-01"), deadline: day("2027-12-31") },
  { actionId: "A-003", recommendationIds: "UPR4-PRY-108.45", leadInstitution: "Ministerio de Justicia", deadline: day("2026-12-15") },
];
const indicators: Row[] = [
  { indicatorId: "I-001", actionId: "A-001", name: "Cases handled", frequency: "Quarterly", responsible: "Ministerio de la Niñez y la Adolescencia" },
  { indicatorId: "I-002", actionId: "A-003", name: "NMRF decree", frequency: "One-off" },
  { indicatorId: "I-003", actionId: "A-002", name: "Monthly sessions", frequency: "Monthly" },
  { indicatorId: "I-004", actionId: "A-002", name: "No frequency" },
  { indicatorId: "I-005", actionId: "A-404", name: "Orphan", frequency: "Annual" },
];
const institutions: Row[] = [
  { name: "Ministerio de la Niñez y la Adolescencia", acronym: "MINNA" },
  { name: "Ministerio de Justicia", acronym: "MJ" },
  { name: "Ministerio Público", acronym: "MP" },
];
const progress: Row[] = [
  { reportId: "P-001", subjectId: "A-001", institution: "Ministerio de la Niñez y la Adolescencia", reviewStatus: "Published", submittedOn: day("2026-07-10") },
  { reportId: "P-002", subjectId: "A-001", institution: "Ministerio de la Niñez y la Adolescencia", reviewStatus: "Draft", submittedOn: null },
  { reportId: "P-003", subjectId: "A-002", institution: "Ministerio de Justicia", reviewStatus: "Submitted", submittedOn: day("2026-11-10") },
];

describe("reporting schedule", () => {
  test("months are added on the calendar, the 31st falling on a shorter month's last day", () => {
    expect(addMonths(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
    expect(addMonths(day("2026-11-15"), 3)).toEqual(day("2027-02-15"));
    expect(addMonths(day("2024-02-29"), 24)).toEqual(day("2026-02-28"));
  });

  test("due dates count from the last submitted report, drafts aside; one-off by the deadline", () => {
    const schedule = reportingSchedule({ indicators, actions, progress, institutions, today });
    const byId = Object.fromEntries(schedule.due.map((item) => [item.indicatorId, item]));
    // Quarterly from the report of 10 July: due 10 October, overdue.
    expect(byId["I-001"]).toMatchObject({ dueOn: day("2026-10-10"), state: "overdue", lastReportOn: day("2026-07-10") });
    // One-off: the action's deadline, 18 days away.
    expect(byId["I-002"]).toMatchObject({ dueOn: day("2026-12-15"), state: "dueSoon", institution: "Ministerio de Justicia" });
    // Monthly from the report submitted 10 November.
    expect(byId["I-003"]).toMatchObject({ dueOn: day("2026-12-10"), state: "dueSoon" });
    expect(schedule.unscheduled).toEqual([
      { indicatorId: "I-004", reason: "noFrequency" },
      { indicatorId: "I-005", reason: "noInstitution" },
    ]);
    const groups = dueByInstitution(schedule);
    expect([...groups.keys()]).toEqual(["Ministerio de Justicia", "Ministerio de la Niñez y la Adolescencia"]);
    expect(groups.get("Ministerio de Justicia")?.map((item) => item.indicatorId)).toEqual(["I-003", "I-002"]);
  });

  test("a one-off indicator with a submitted report is no longer due; far dates are later", () => {
    const schedule = reportingSchedule({
      indicators: [indicators[1], { indicatorId: "I-009", actionId: "A-001", frequency: "Biennial", responsible: "MINNA" }],
      actions,
      progress: [...progress, { reportId: "P-004", subjectId: "A-003", institution: "mj", reviewStatus: "Approved", submittedOn: day("2026-11-20") }],
      institutions,
      today,
    });
    // A report filed under the acronym counts for the institution; an indicator by acronym is named in full.
    expect(schedule.due.map((item) => [item.indicatorId, item.state, item.institution])).toEqual([["I-009", "later", "Ministerio de la Niñez y la Adolescencia"]]);
  });
});

describe("my institution", () => {
  const recommendations: Row[] = [
    { id: "CRC-PRY-2022-25(b)", text: "Child protection law", responsibleInstitutions: "MINNA" },
    { id: "UPR4-PRY-108.45", text: "NMRF", responsibleInstitutions: "Ministerio de Justicia; Cancillería" },
    { id: "UPR4-PRY-108.46", text: "Other" },
  ];

  test("finds an institution by name or acronym, in any case or accent", () => {
    expect(findInstitution(institutions, "minna")?.name).toBe("Ministerio de la Niñez y la Adolescencia");
    expect(findInstitution(institutions, "MINISTERIO PUBLICO")?.acronym).toBe("MP");
    expect(findInstitution(institutions, "Senado")).toBeNull();
  });

  test("returns its recommendations, actions, open reports and due reports only", () => {
    const institution = findInstitution(institutions, "MINNA")!;
    const view = myInstitutionView({ institution, recommendations, actions, indicators, progress, institutions, today });
    expect(view.recommendations.map((row) => row.id)).toEqual(["CRC-PRY-2022-25(b)"]);
    expect(view.actions.map((row) => row.actionId)).toEqual(["A-001"]);
    expect(view.openReports.map((row) => row.reportId)).toEqual(["P-002"]);
    expect(view.dueReports.map((item) => item.indicatorId)).toEqual(["I-001"]);

    const partner = myInstitutionView({ institution: findInstitution(institutions, "MP")!, recommendations, actions, indicators, progress, institutions, today });
    expect(partner.actions.map((row) => row.actionId)).toEqual(["A-001"]);
    expect(partner.recommendations.map((row) => row.id)).toEqual(["CRC-PRY-2022-25(b)"]);
    expect(partner.openReports).toEqual([]);
  });
});
