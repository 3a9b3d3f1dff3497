import { workbookLabel } from "../../../src/model/i18n/workbook-labels";
import { allowedActions, reportTextCount, reviewStep, type ReviewAction, type ReviewStatus } from "../../../src/core/progress/review-workflow";
import { UserFacingError } from "../../../src/model/i18n/messages";
import type { Row } from "../../../src/model/cells";
import { REVIEW_STATUSES } from "../../../src/model/vocabularies";

const locate = (key: string) => `monitoring.xlsx, Progress[${key}]`;
const on = new Date(Date.UTC(2026, 10, 27, 15, 30));
const report = (status: ReviewStatus | "", extra: Row = {}): Row => ({ reportId: "P-007", reportText: "The bill was drafted.", reviewStatus: status || null, ...extra });

const ALLOWED: Record<ReviewAction, ReviewStatus[]> = {
  submit: ["Draft", "Rejected"],
  approve: ["Submitted"],
  reject: ["Submitted"],
  publish: ["Approved"],
};
const TARGET: Record<ReviewAction, ReviewStatus> = { submit: "Submitted", approve: "Approved", reject: "Rejected", publish: "Published" };

describe("review workflow", () => {
  const cases = (Object.keys(ALLOWED) as ReviewAction[]).flatMap((action) => REVIEW_STATUSES.map((status) => [action, status] as const));

  test.each(cases)("%s from %s", (action, status) => {
    const step = { action, by: "Ana Pérez", on, comment: "Please add figures" };
    if (ALLOWED[action].includes(status)) {
      const outcome = reviewStep(report(status), step, locate);
      expect(outcome).toMatchObject({ from: status, to: TARGET[action] });
      expect(outcome.changes.reviewStatus).toBe(TARGET[action]);
      expect(outcome.changes.reportId).toBe("P-007");
    } else {
      let error: unknown;
      try {
        reviewStep(report(status), step, locate);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UserFacingError);
      const refused = error as UserFacingError;
      expect(refused.message).toContain("Progress[reviewStatus]");
      expect(refused.message).toContain(`report P-007 is ${status}`);
      expect(refused.message).toContain("Nothing was written");
      // The workbook's status is shown in the reader's language.
      expect(refused.localized("es")).toContain(`el informe P-007 está en estado ${workbookLabel("es", status)}`);
      expect(refused.localized("fr")).toContain(`le rapport P-007 est au statut ${workbookLabel("fr", status)}`);
      expect(refused.message).toContain(`Allowed now: ${allowedActions(status).join(", ") || "-"}`);
    }
  });

  test("a blank status is a draft", () => {
    expect(reviewStep(report(""), { action: "submit", by: "Ana", on }, locate).from).toBe("Draft");
  });

  test("who and when are recorded at each step, as days", () => {
    const day = new Date(Date.UTC(2026, 10, 27));
    expect(reviewStep(report("Draft"), { action: "submit", by: " Ana ", on }, locate).changes).toEqual({ reportId: "P-007", reviewStatus: "Submitted", submittedBy: "Ana", submittedOn: day });
    expect(reviewStep(report("Submitted"), { action: "approve", by: "Luis", on }, locate).changes).toEqual({ reportId: "P-007", reviewStatus: "Approved", reviewer: "Luis", reviewedOn: day });
    expect(reviewStep(report("Approved"), { action: "publish", by: "Mónica", on }, locate).changes).toEqual({ reportId: "P-007", reviewStatus: "Published", publishedBy: "Mónica", publishedOn: day });
  });

  test("rejection needs a comment; comments accumulate as dated lines", () => {
    expect(() => reviewStep(report("Submitted"), { action: "reject", by: "Luis", on, comment: "  " }, locate)).toThrow(/needs a comment.*--comment/);
    const rejected = reviewStep(report("Submitted"), { action: "reject", by: "Luis", on, comment: "Add the budget figures" }, locate);
    expect(rejected.changes).toMatchObject({ reviewStatus: "Rejected", reviewer: "Luis", reviewComment: "2026-11-27 Rejected (Luis): Add the budget figures" });
    const approved = reviewStep(
      report("Submitted", { reviewComment: rejected.changes.reviewComment }),
      { action: "approve", by: "Luis", on, comment: "Thanks" },
      locate,
    );
    expect(approved.changes.reviewComment).toBe("2026-11-27 Rejected (Luis): Add the budget figures\n2026-11-27 Approved (Luis): Thanks");
  });

  test("a report is submitted only with a text of at most 700 characters", () => {
    expect(() => reviewStep(report("Draft", { reportText: null }), { action: "submit", by: "Ana", on }, locate)).toThrow(/Progress\[reportText\].*no report text/);
    expect(() => reviewStep(report("Draft", { reportText: "x".repeat(701) }), { action: "submit", by: "Ana", on }, locate)).toThrow(/701 characters.*at most 700.*by 1/);
    expect(reviewStep(report("Draft", { reportText: "x".repeat(700) }), { action: "submit", by: "Ana", on }, locate).to).toBe("Submitted");
  });

  test("the counter the task pane shows as a focal point types", () => {
    expect(reportTextCount("  Done.  ")).toEqual({ length: 5, max: 700, remaining: 695, tooLong: false });
    expect(reportTextCount("é".repeat(702))).toEqual({ length: 702, max: 700, remaining: -2, tooLong: true });
  });

  test("every step needs a name, and an unknown status is named with its cell", () => {
    expect(() => reviewStep(report("Submitted"), { action: "approve", by: " ", on }, locate)).toThrow(/--by NAME/);
    expect(() => reviewStep(report("Done" as ReviewStatus), { action: "approve", by: "Luis", on }, locate)).toThrow(/Progress\[reviewStatus\].*"Done" is not one of Draft, Submitted, Approved, Rejected, Published/);
  });
});
