import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { runCli } from "../../src/cli/main";
import { RECOMMENDATIONS } from "../../src/model/tables";
import { readWithLibreOffice } from "../support/libreoffice";
import { sloveniaWorkbook } from "./slovenia-workbook";

async function run(argv: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const code = await runCli(argv, { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) }, {});
  return { code, out: lines.out.join("\n"), err: lines.err.join("\n") };
}

describe("rights-matrix export of tables", () => {
  let dir: string;
  let workbook: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-export-"));
    workbook = path.join(dir, "slovenia.xlsx");
    writeFileSync(workbook, await (await sloveniaWorkbook(3)).toBytes());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("CSV of a table: BOM, every row, and a formula-like cell kept as text", async () => {
    const target = path.join(dir, "actions.csv");
    const result = await run(["export", workbook, "--to", target, "--table", "actions"]);
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining("Actions (rows: 2)") });
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row["Action ID"])).toEqual(["A-001", "A-002"]);
    expect(rows[1].Description).toBe("'=Train 200 public officials");
    expect(rows[0].Deadline).toBe("2026-06-30");
    // LibreOffice opens it as text, not as a formula.
    const csvAsXlsx = readWithLibreOffice(target);
    const sheet = Object.values(csvAsXlsx)[0];
    expect(sheet.find((cells) => cells[0] === "A-002")?.[3]).toBe("'=Train 200 public officials");
  });

  test("XLSX of a table through the file adapter, read back by LibreOffice with accents intact", async () => {
    const target = path.join(dir, "recommendations.xlsx");
    expect((await run(["export", workbook, "--to", target, "--table", "Recommendations"])).code).toBe(0);
    const sheets = readWithLibreOffice(target);
    const sheet = sheets.Recommendations;
    expect(sheet[0].slice(0, RECOMMENDATIONS.columns.length)).toEqual(RECOMMENDATIONS.columns.map((column) => column.header));
    expect(sheet.filter((cells) => cells[0].startsWith("UPR")).length).toBe(9);
    const institutions = path.join(dir, "institutions.xlsx");
    await run(["export", workbook, "--to", institutions, "--table", "Institutions"]);
    expect(readWithLibreOffice(institutions).Institutions.map((cells) => cells[3])).toContain("Luka Kovač");
    const actions = path.join(dir, "actions.xlsx");
    await run(["export", workbook, "--to", actions, "--table", "Actions"]);
    expect(readWithLibreOffice(actions).Actions.find((cells) => cells[0] === "A-002")?.[3]).toBe("=Train 200 public officials");
  });

  test("IMPACT OSS: three import files with IMPACT OSS's headers", async () => {
    const target = path.join(dir, "impactoss.csv");
    const result = await run(["export", workbook, "--to", target, "--format", "impactoss"]);
    expect(result.code).toBe(0);
    for (const entity of ["recommendations", "measures", "indicators"]) expect(existsSync(path.join(dir, `impactoss-${entity}.csv`))).toBe(true);
    const measures = Papa.parse<string[]>(readFileSync(path.join(dir, "impactoss-measures.csv"), "utf8").slice(1), { skipEmptyLines: true }).data;
    expect(measures[0].slice(0, 2)).toEqual(["Reference [database:reference]", "Title [database:title]"]);
    expect(measures).toHaveLength(3);
  });

  test("the help lists the export and progress commands in every language", async () => {
    for (const lang of ["en", "es", "fr"]) {
      const help = await run(["--help", "--lang", lang]);
      expect(help.out).toMatch(/ export <\S+\.xlsx> --to/);
      expect(help.out).toMatch(/ progress <\S+\.xlsx> submit\|approve\|reject\|publish/);
    }
  });

  test("bad requests are refused before anything is written", async () => {
    expect((await run(["export", workbook, "--to", workbook, "--table", "Actions"])).err).toContain("is the workbook itself");
    expect((await run(["export", workbook, "--to", path.join(dir, "x.pdf")])).err).toContain("cannot export");
    expect((await run(["export", workbook, "--to", path.join(dir, "x.csv"), "--format", "report"])).err).toContain("--format report with a .docx");
    expect((await run(["export", workbook, "--to", path.join(dir, "x.csv"), "--table", "Budget"])).err).toContain("There is no table \"Budget\"");
    expect(existsSync(path.join(dir, "x.csv"))).toBe(false);
  });
});

describe("copy as table (use case)", () => {
  test("the filtered matrix as clipboard HTML and text, and a workbook table", async () => {
    const { copyAsTable } = await import("../../src/app/export-table");
    const workbook = await sloveniaWorkbook(3);
    const matrix = await copyAsTable(workbook, { filter: { cycle: 4 }, language: "es", today: "2026-11-27" });
    expect(matrix.html.startsWith("<table")).toBe(true);
    expect(matrix.html).toContain("<caption>Matriz de seguimiento</caption>");
    const lines = matrix.text.split("\r\n");
    expect(lines[0].split("\t").slice(0, 3)).toEqual(["Grupo temático", "ID de las recomendaciones", "Recomendación"]);
    expect(lines.slice(1).map((line) => line.split("\t")[1])).toEqual(["UPR4-SVN-140.7", "UPR4-SVN-140.8", "UPR4-SVN-140.9"]);
    const actions = await copyAsTable(workbook, { table: "Actions", filter: {}, language: "en", today: "2026-11-27" });
    expect(actions.text.split("\r\n")[2].split("\t")[3]).toBe("'=Train 200 public officials");
  });
});
