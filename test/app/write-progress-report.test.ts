import { writeProgressReport } from "../../src/app/write-progress-report";
import { reviewProgressReport } from "../../src/app/review-progress-report";
import { nextReportId } from "../../src/core/progress/new-report";
import { UserFacingError } from "../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { day, sloveniaWorkbook } from "../export/slovenia-workbook";

async function progressRows(workbook: XlsxWorkbook) {
  return (await workbook.readTables(["Progress"])).Progress!.rows;
}

describe("writing a new progress report", () => {
  let workbook: XlsxWorkbook;
  beforeEach(async () => {
    workbook = await sloveniaWorkbook(3);
  });

  test("a submitted report gets the next ID, the institution's name, who and when", async () => {
    const written = await writeProgressReport(workbook, { subjectId: "A-002", institution: "mj", period: " 2026-H2 ", text: " Trained 120 officials. ", by: "Luka Kovač", submit: true, today: day("2026-11-27") });
    expect(written).toEqual({ reportId: "P-004", status: "Submitted" });
    const row = (await progressRows(workbook)).find((candidate) => candidate.reportId === "P-004");
    expect(row).toMatchObject({
      subjectId: "A-002",
      institution: "Ministry of Justice",
      period: "2026-H2",
      reportText: "Trained 120 officials.",
      reviewStatus: "Submitted",
      submittedBy: "Luka Kovač",
      submittedOn: day("2026-11-27"),
    });
    // The next step goes through the review workflow as any report does.
    await expect(reviewProgressReport(workbook, { reportId: "P-004", action: "publish", by: "NMRF", today: day("2026-11-28") })).rejects.toMatchObject({ key: "progress.cannotPublish" });
  });

  test("a draft keeps no submitter; its text is still checked", async () => {
    await expect(writeProgressReport(workbook, { subjectId: "A-001", institution: "MFEA", period: "", text: "Started.", by: "", submit: false, today: day("2026-11-27") })).resolves.toEqual({ reportId: "P-004", status: "Draft" });
    const row = (await progressRows(workbook)).find((candidate) => candidate.reportId === "P-004")!;
    expect(row.reviewStatus).toBe("Draft");
    expect(row.submittedBy ?? null).toBeNull();
  });

  test("a text over 700 characters, an unknown subject or institution, or no name are refused and nothing is written", async () => {
    const before = await progressRows(workbook);
    const base = { subjectId: "A-001", institution: "MFEA", period: "2026-Q4", text: "ok", by: "Ana Novak", submit: true, today: day("2026-11-27") };
    const tooLong = writeProgressReport(workbook, { ...base, text: "x".repeat(701) });
    await expect(tooLong).rejects.toBeInstanceOf(UserFacingError);
    await expect(tooLong).rejects.toMatchObject({ key: "progress.reportTextTooLong", message: expect.stringContaining("slovenia.xlsx, Progress!E5") });
    await expect(writeProgressReport(workbook, { ...base, subjectId: "A-999" })).rejects.toMatchObject({ key: "progress.write.unknownSubject" });
    await expect(writeProgressReport(workbook, { ...base, institution: "Ministry of Magic" })).rejects.toMatchObject({ key: "progress.unknownInstitution" });
    await expect(writeProgressReport(workbook, { ...base, by: " " })).rejects.toMatchObject({ key: "progress.nameRequired" });
    await expect(writeProgressReport(workbook, { ...base, text: "x".repeat(700) })).resolves.toMatchObject({ reportId: "P-004" });
    expect((await progressRows(workbook)).length).toBe(before.length + 1);
  });

  test("a draft or rejected report is corrected in place and submitted; one under review or published is not rewritten", async () => {
    const correction = { reportId: "P-002", subjectId: "A-001", institution: "MFEA", period: "2026-Q3", text: "Consultation closed; 14 contributions received, 9 from NGOs.", by: "Ana Novak", submit: true, today: day("2026-11-27") };
    await expect(writeProgressReport(workbook, correction)).resolves.toEqual({ reportId: "P-002", status: "Submitted" });
    await reviewProgressReport(workbook, { reportId: "P-002", action: "reject", by: "NMRF", comment: "Say how many were from NGOs", today: day("2026-11-28") });
    const resubmitted = writeProgressReport(workbook, { ...correction, text: "Consultation closed: 14 contributions, 9 of them from NGOs.", today: day("2026-11-30") });
    await expect(resubmitted).resolves.toEqual({ reportId: "P-002", status: "Submitted" });
    const rows = await progressRows(workbook);
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.reportId === "P-002")).toMatchObject({
      reportText: "Consultation closed: 14 contributions, 9 of them from NGOs.",
      reviewStatus: "Submitted",
      submittedOn: day("2026-11-30"),
      reviewComment: "2026-11-28 Rejected (NMRF): Say how many were from NGOs",
    });
    await expect(writeProgressReport(workbook, correction)).rejects.toMatchObject({ key: "progress.write.notEditable", message: expect.stringContaining("Progress!H3") });
    await expect(writeProgressReport(workbook, { ...correction, reportId: "P-001" })).rejects.toMatchObject({ key: "progress.write.notEditable" });
    await expect(writeProgressReport(workbook, { ...correction, reportId: "P-404" })).rejects.toMatchObject({ key: "progress.reportNotFound" });
  });

  test("report IDs continue after the highest P-number and ignore other IDs", () => {
    expect(nextReportId([])).toBe("P-001");
    expect(nextReportId([{ reportId: "P-009" }, { reportId: "MJ-2026-1" }, { reportId: "p-1200" }])).toBe("P-1201");
  });
});
