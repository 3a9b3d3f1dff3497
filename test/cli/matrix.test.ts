import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { TODAY, fixtureWorkbook } from "../support/matrix-fixture";

describe("rights-matrix matrix", () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-matrix-cli-"));
    file = path.join(dir, "monitoring.xlsx");
    writeFileSync(file, await (await fixtureWorkbook()).toBytes());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, {});
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  test("regenerates the sheets in place and prints a summary", async () => {
    const result = await run("matrix", file, "--today", TODAY);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(
      `${file}: Monitoring Matrix and Dashboard regenerated (all recommendations). Rows: 7 · recommendations: 8 · clusters: 4 · gaps: 4 · overdue actions: 1 · deadlines in the next 90 days: 2 · matrix edits carried back to the Recommendations table: 0.`,
    );
    const zip = await JSZip.loadAsync(readFileSync(file));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<sheet [^>]*name="Dashboard"[^>]*\/><sheet [^>]*name="Monitoring Matrix"[^>]*r:id="(rId\d+)"/);
    const relationId = /name="Monitoring Matrix"[^>]*r:id="(rId\d+)"/.exec(workbookXml)![1];
    const relations = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const target = new RegExp(`Id="${relationId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relationId}"`).exec(relations)!;
    const sheetXml = await zip.file(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`)!.async("string");
    // Landscape, one page wide, header rows repeated, rows grouped under headings, snapshot columns hidden.
    expect(sheetXml).toMatch(/orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheetXml).toMatch(/fitToWidth="1" fitToHeight="0"/);
    expect(sheetXml).toMatch(/outlineLevel="1"/);
    expect(sheetXml).toMatch(/<col min="15" max="15" [^>]*width="18"(?![^>]*hidden)/);
    expect(sheetXml).toMatch(/<col min="16" max="19" [^>]*hidden="1"/);
    expect(sheetXml).toMatch(/<col min="20" max="21" [^>]*hidden="1"/);
    expect(workbookXml).toMatch(/_xlnm.Print_Titles" localSheetId="1">&apos;Monitoring Matrix&apos;!\$1:\$5</);
  });

  test("--json prints the summary as JSON, for a subset", async () => {
    const result = await run("matrix", file, "--today", TODAY, "--mechanism", "UPR", "--status", "Not started", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ filter: { mechanism: "UPR", status: "Not started" }, rows: 2, recommendations: 3, carriedBack: [], conflicts: [] });
  });

  test("a bad filter is refused with exit 2, naming the option, and the file is untouched", async () => {
    const before = readFileSync(file);
    const result = await run("matrix", file, "--cluster", "C-99", "--lang", "es");
    expect(result.code).toBe(2);
    expect(result.err).toBe("--cluster C-99: no existe ese grupo temático en monitoring.xlsx (tabla Clusters, ID del grupo temático o nombre). Grupos: C-01, C-02, C-03, C-04.");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await run("matrix", file, "--cycle", "four")).err).toMatch(/^--cycle four:/);
    expect((await run("matrix", path.join(dir, "missing.xlsx"))).code).toBe(2);
  });
});
