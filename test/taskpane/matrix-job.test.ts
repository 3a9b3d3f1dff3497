import { computeMatrix, generateMatrix, readMatrixInput, type MatrixOutput } from "../../src/app/generate-matrix";
import { MATRIX_SHEET } from "../../src/model/tables";
import { runMatrixJob } from "../../src/taskpane/matrix-job";
import type { MatrixReply } from "../../src/taskpane/matrix-worker-protocol";
import { replyError } from "../../src/taskpane/worker-protocol";
import { TODAY, fixtureWorkbook } from "../support/matrix-fixture";

/** What the worker posts, collected; the job is the worker's whole work, without the worker. */
function run(job: Parameters<typeof runMatrixJob>[0]): MatrixReply[] {
  const replies: MatrixReply[] = [];
  // Not structuredClone: under Jest a cloned Date belongs to another realm and fails `instanceof Date`,
  // which a worker's own clone does not. The browser test runs the real worker (matrix-page, narrow-pane).
  runMatrixJob(job, (reply) => replies.push(reply));
  return replies;
}

describe("the matrix built in the worker", () => {
  test("gives the same sheets and summary as generating on the main thread, and the same file once written", async () => {
    const workbook = await fixtureWorkbook();
    const input = await readMatrixInput(workbook);
    const replies = run({ input, filter: { mechanism: "UPR" }, today: TODAY, language: "es" });
    expect(replies.filter((reply) => reply.type === "progress").map((reply) => reply.type === "progress" && reply.progress)).toEqual(["carryBack", "build"]);
    const done = replies.at(-1);
    expect(done?.type).toBe("done");
    const output = (done as { result: MatrixOutput }).result;
    expect(output).toEqual(computeMatrix(input, { filter: { mechanism: "UPR" }, today: TODAY, language: "es" }));

    const reference = await fixtureWorkbook();
    const summary = await generateMatrix(reference, { filter: { mechanism: "UPR" }, today: TODAY, language: "es" });
    expect(output.summary).toEqual(summary);
    await workbook.apply({ plans: output.plans, upserts: output.upserts });
    expect(await workbook.readSheet(MATRIX_SHEET)).toEqual(await reference.readSheet(MATRIX_SHEET));
  });

  test("a filter value the workbook does not hold comes back as its catalogue key, so the pane words it", async () => {
    const input = await readMatrixInput(await fixtureWorkbook());
    const reply = run({ input, filter: { cluster: "C-99" }, today: TODAY, language: "en" }).at(-1)!;
    expect(reply.type).toBe("failed");
    const error = replyError(reply as Extract<MatrixReply, { type: "failed" }>);
    expect(error).toMatchObject({ key: "matrix.filter.unknownCluster" });
  });
});
