import { UserFacingError } from "../../src/model/i18n/messages";
import { FileSession } from "../../src/taskpane/file-session";
import type { FileReply, FileRequest, FileRequestBody } from "../../src/taskpane/file-worker-protocol";
import { replyError } from "../../src/taskpane/worker-protocol";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { fixtureWorkbook } from "../support/matrix-fixture";

/** The worker's session without the worker: requests in, replies collected as the page would receive them. */
function session() {
  const replies: FileReply[] = [];
  const files = new FileSession((reply) => replies.push(reply));
  let nextId = 1;
  const ask = async (body: FileRequestBody) => {
    const id = nextId++;
    await files.handle({ ...body, id } as FileRequest);
    return replies.filter((reply) => reply.id === id);
  };
  const result = async (body: FileRequestBody) => {
    const last = (await ask(body)).at(-1)!;
    if (last.type === "failed") throw replyError(last);
    if (last.type !== "done") throw new Error(`no result for ${body.op}`);
    return last.result;
  };
  return { files, ask, result, replies };
}

const bytesOf = async () => {
  const bytes = await (await fixtureWorkbook()).toBytes();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

describe("the standalone page's workbook, held in its worker", () => {
  test("opens a file, reads and writes it as the file adapter does, and gives back the file with the write in it", async () => {
    const { result, ask } = session();
    await result({ op: "open", bytes: await bytesOf(), label: "monitoring.xlsx" });
    expect(await result({ op: "sheetNames" })).toContain("Recommendations");
    const tables = (await result({ op: "readTables", names: ["Clusters"] })) as Awaited<ReturnType<XlsxWorkbook["readTables"]>>;
    const reference = await (await fixtureWorkbook()).readTables(["Clusters"]);
    expect(tables).toEqual(reference);

    await result({ op: "apply", changes: { upserts: [{ table: "Clusters", rows: [{ clusterId: "C-09", name: "Roma inclusion" }] }] } });
    const saving = await ask({ op: "save" });
    const fractions = saving.filter((reply) => reply.type === "progress").map((reply) => (reply.type === "progress" ? reply.progress : null));
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const saved = saving.at(-1)!;
    if (saved.type !== "done") throw new Error(`save failed: ${JSON.stringify(saved)}`);
    const reopened = await XlsxWorkbook.fromBytes(saved.result as Uint8Array, "monitoring.xlsx");
    const clusters = (await reopened.readTables(["Clusters"])).Clusters!.rows;
    expect(clusters.find((row) => row.clusterId === "C-09")).toMatchObject({ name: "Roma inclusion" });
  });

  test("a new workbook starts empty; requests run in the order they came, even when sent at once", async () => {
    const { files, replies } = session();
    const sent = [
      files.handle({ id: 1, op: "empty", label: "new.xlsx" }),
      files.handle({ id: 2, op: "apply", changes: { plans: [{ sheet: "Notes", columns: [{ header: "Note", width: 20, editable: true }], rows: [["first"]] }] } }),
      files.handle({ id: 3, op: "readSheet", sheet: "Notes" }),
    ];
    await Promise.all(sent);
    expect(replies.map((reply) => `${reply.id} ${reply.type}`)).toEqual(["1 done", "2 done", "3 done"]);
    expect(replies[2]).toMatchObject({ result: [["Note"], ["first"]] });
  });

  test("a file that is no workbook, and a request before any file, come back as catalogue messages naming the file", async () => {
    const { ask } = session();
    const refused = (await ask({ op: "open", bytes: new TextEncoder().encode("not a zip").buffer as ArrayBuffer, label: "notes.xlsx" })).at(-1)!;
    expect(refused.type).toBe("failed");
    const error = replyError(refused as Extract<FileReply, { type: "failed" }>);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).key).toBe("error.notAWorkbook");
    expect((error as UserFacingError).localized("fr")).toContain("notes.xlsx");
    const early = (await ask({ op: "sheetNames" })).at(-1)!;
    expect(early).toMatchObject({ type: "failed", key: "taskpane.needsWorkbook" });
  });
});
