import { buildMatrix } from "../../../src/core/matrix/build-matrix";
import type { Row } from "../../../src/model/cells";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the matrix shows the latest published progress report", () => {
  const tables = (progress: Row[]) => ({
    recommendations: [{ id: "CRC-SVN-2013-27", text: "Ensure inclusive education", mechanism: "CRC", cluster: "C-01" }],
    clusters: [{ clusterId: "C-01", name: "Education" }],
    actions: [{ actionId: "A-001", recommendationIds: "CRC-SVN-2013-27", description: "Assistants in schools", status: "In progress" }],
    indicators: [],
    institutions: [],
    progress,
  });

  test("approved, submitted and draft reports stay out; the most recently published one is shown", () => {
    const matrix = buildMatrix(
      tables([
        { reportId: "P-001", subjectId: "A-001", reportText: "Published in July", reviewStatus: "Published", submittedOn: day("2026-07-01"), publishedOn: day("2026-07-20") },
        { reportId: "P-002", subjectId: "CRC-SVN-2013-27", reportText: "Published in September", reviewStatus: "Published", submittedOn: day("2026-06-01"), publishedOn: day("2026-09-02") },
        { reportId: "P-003", subjectId: "A-001", reportText: "Approved, not yet published", reviewStatus: "Approved", submittedOn: day("2026-10-01"), reviewedOn: day("2026-10-05") },
        { reportId: "P-004", subjectId: "A-001", reportText: "Draft", reviewStatus: "Draft" },
      ]),
      {},
      "2026-11-27",
    );
    const row = matrix.clusters[0].rows[0];
    expect(row.latestReport).toMatchObject({ id: "P-002", publishedOn: "2026-09-02", text: "Published in September" });
  });

  test("with nothing published, the matrix shows no report", () => {
    const matrix = buildMatrix(tables([{ reportId: "P-003", subjectId: "A-001", reportText: "Approved", reviewStatus: "Approved", reviewedOn: day("2026-10-05") }]), {}, "2026-11-27");
    expect(matrix.clusters[0].rows[0].latestReport).toBeNull();
  });
});
