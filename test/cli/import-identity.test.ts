import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cellText, type Row } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { runCliCaptured } from "../support/cli";
import { readWithLibreOffice } from "../support/libreoffice";

/**
 * Re-imports keep what people accepted and typed, and never double rows: import -> suggest ->
 * accept -> re-import of the same sources; the workbook imported into itself; its own export.
 */
const SAMPLES = path.resolve(__dirname, "../../samples/slovenia");
const FIXTURES = path.resolve(__dirname, "../fixtures/import");
const LIST = path.join(SAMPLES, "UPR34_Slovenia_Thematic_list_of_Recommendations.docx");
const UHRI = path.join(FIXTURES, "uhri/uhri-export.csv");

let dir: string;
let workbookFile: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-identity-"));
  workbookFile = path.join(dir, "monitoring.xlsx");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(argv);

async function rowsOf(file: string): Promise<Map<string, Row>> {
  const workbook = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  const table = (await workbook.readTables(["Recommendations"])).Recommendations!;
  return new Map(table.rows.map((row) => [cellText(row.id), row]));
}

/** What people accept or type, row by row, as text. */
const PERSON_COLUMNS = ["themes", "sdgTargets", "affectedPersons", "cluster", "overlapGroup", "responsibleInstitutions", "status", "notes"];
const personCells = (rows: Map<string, Row>) => [...rows].map(([id, row]) => [id, ...PERSON_COLUMNS.map((key) => cellText(row[key]))]);

async function importSuggestAccept(): Promise<void> {
  expect((await cli("import", workbookFile, LIST, UHRI)).code).toBe(0);
  const suggestions = path.join(dir, "suggestions.json");
  const suggested = await cli("suggest", workbookFile, "--json", "--clusters", "8");
  expect(suggested.code).toBe(0);
  writeFileSync(suggestions, suggested.out);
  const accepted = await cli("accept", workbookFile, "--from", suggestions);
  expect(accepted).toMatchObject({ code: 0, err: "" });
}

describe("re-importing after accept", () => {
  it("changes nothing that was accepted or typed: themes, SDG targets, clusters, overlap groups", async () => {
    await importSuggestAccept();
    const afterAccept = await rowsOf(workbookFile);
    // The acceptance did something worth keeping on most rows.
    const clustered = [...afterAccept.values()].filter((row) => cellText(row.cluster) !== "").length;
    expect(clustered).toBe(afterAccept.size);
    expect([...afterAccept.values()].filter((row) => cellText(row.sdgTargets) !== "").length).toBeGreaterThan(100);

    const again = await cli("import", workbookFile, LIST, UHRI);
    expect(again).toMatchObject({ code: 0, err: "" });
    expect(again.out).toContain("UPR34_Slovenia_Thematic_list_of_Recommendations.docx (ohchr-docx): 0 added, 0 updated, 215 unchanged, 0 skipped");
    expect(again.out).toContain("uhri-export.csv (uhri): 0 added, 0 updated, 5 unchanged, 0 skipped");
    expect(again.out).toContain("Nothing to change");
    expect(personCells(await rowsOf(workbookFile))).toEqual(personCells(afterAccept));
    // LibreOffice reads the same accepted values back.
    const [header, ...sheetRows] = readWithLibreOffice(workbookFile).Recommendations;
    const column = (name: string) => header.indexOf(name);
    const read = new Map(sheetRows.filter((row) => row[0]).map((row) => [row[0], row]));
    expect(read.size).toBe(afterAccept.size);
    for (const [id, row] of afterAccept) {
      expect([id, read.get(id)![column("Themes")], read.get(id)![column("SDG targets")], read.get(id)![column("Cluster")]]).toEqual([id, cellText(row.themes), cellText(row.sdgTargets), cellText(row.cluster)]);
    }
  });

  it("does not refill a cell a person emptied, and fills one the source never filled", async () => {
    await importSuggestAccept();
    const rows = await rowsOf(workbookFile);
    const [emptied] = [...rows.values()].filter((row) => String(row.source).includes("UPR34") && cellText(row.themes) !== "");
    const workbook = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(workbookFile)), "monitoring.xlsx");
    // A person clears Themes and SDG targets on one row, and types a note.
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: emptied.id, themes: null, sdgTargets: null, notes: "Themes cleared on purpose" }], columns: ["themes", "sdgTargets", "notes"] }] });
    // A row from another file, whose themes were never filled.
    await workbook.apply({ upserts: [{ table: "Recommendations", rows: [{ id: "UPR2-SVN-115.3", themes: null, source: "an-older-list.csv" }], columns: ["themes", "source"] }] });
    writeFileSync(workbookFile, await workbook.toBytes());

    const again = await cli("import", workbookFile, LIST, UHRI, "--json");
    expect(again.code).toBe(0);
    const after = await rowsOf(workbookFile);
    expect(after.get(cellText(emptied.id))).toMatchObject({ themes: null, sdgTargets: null, notes: "Themes cleared on purpose" });
    expect(after.get("UPR2-SVN-115.3")).toMatchObject({ themes: "A12 Acceptance of international norms", source: "an-older-list.csv; uhri-export.csv" });
    const files = JSON.parse(again.out).files;
    expect(files.map((file: { added: number; updated: number }) => [file.added, file.updated])).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});

describe("importing our own workbook and exports", () => {
  it("imports the workbook into itself, and a copy of it, adding and changing nothing", async () => {
    await importSuggestAccept();
    const before = readFileSync(workbookFile);
    const itself = await cli("import", workbookFile, workbookFile);
    expect(itself).toMatchObject({ code: 0, err: "" });
    expect(itself.out).toContain("monitoring.xlsx (rights-matrix): 0 added, 0 updated, 220 unchanged, 0 skipped");
    expect(readFileSync(workbookFile).equals(before)).toBe(true);
    const copy = path.join(dir, "copy.xlsx");
    copyFileSync(workbookFile, copy);
    expect((await cli("import", workbookFile, copy)).out).toContain("copy.xlsx (rights-matrix): 0 added, 0 updated, 220 unchanged, 0 skipped");
    expect((await rowsOf(workbookFile)).size).toBe(220);
  });

  it.each(["csv", "xlsx"])("re-imports its own export (.%s) by ID: nothing twice, person columns only fill empty cells", async (extension) => {
    await importSuggestAccept();
    const exported = path.join(dir, `recommendations.${extension}`);
    const exportRun = await cli("export", workbookFile, "--table", "Recommendations", "--to", exported);
    expect(exportRun).toMatchObject({ code: 0, err: "" });
    const first = await cli("import", workbookFile, exported);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toContain(`recommendations.${extension} (rights-matrix): 0 added, 0 updated, 220 unchanged, 0 skipped`);

    // Since the export, people changed the workbook: a status changed, a cluster and a note cleared.
    const rows = await rowsOf(workbookFile);
    const [changedStatus, clearedCluster] = [...rows.keys()];
    const workbook = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(workbookFile)), "monitoring.xlsx");
    await workbook.apply({
      upserts: [
        { table: "Recommendations", rows: [{ id: changedStatus, status: "Fully implemented" }], columns: ["status"] },
        { table: "Recommendations", rows: [{ id: clearedCluster, cluster: null }], columns: ["cluster"] },
      ],
    });
    writeFileSync(workbookFile, await workbook.toBytes());
    const again = await cli("import", workbookFile, exported, "--json");
    expect(again.code).toBe(0);
    const [file] = JSON.parse(again.out).files;
    expect(file).toMatchObject({ format: "rights-matrix", added: 0, updated: 1, unchanged: 219 });
    const after = await rowsOf(workbookFile);
    expect(after.size).toBe(220);
    // The status set since the export wins; the emptied cluster is filled from the export (a
    // workbook cannot tell a cell emptied after the export from one never filled: docs/import.md).
    expect(after.get(changedStatus)!.status).toBe("Fully implemented");
    expect(after.get(clearedCluster)!.cluster).toBe(rows.get(clearedCluster)!.cluster);
  });
});
