import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import Papa from "papaparse";
import { runCli } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { convertWithLibreOffice, readWithLibreOffice } from "../support/libreoffice";
import { sloveniaWorkbook } from "./slovenia-workbook";

async function run(argv: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const code = await runCli(argv, { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) }, {});
  return { code, out: lines.out.join("\n"), err: lines.err.join("\n") };
}

/** Pages and their sizes in points, from the PDF's page objects (poppler is not installed everywhere). */
function pdfPages(file: string): { count: number; landscape: number; portrait: number } {
  const pdf = readFileSync(file).toString("latin1");
  const pages = [...pdf.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  const sizes = pages.map((match) => ({ width: Number(match[3]) - Number(match[1]), height: Number(match[4]) - Number(match[2]) }));
  const count = (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  return { count, landscape: sizes.filter((size) => size.width > size.height).length, portrait: sizes.filter((size) => size.width < size.height).length };
}

describe("Word report", () => {
  let dir: string;
  let workbook: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-report-"));
    workbook = path.join(dir, "slovenia.xlsx");
    writeFileSync(workbook, await (await sloveniaWorkbook(6)).toBytes());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("in Spanish, for the 4th UPR cycle: title page, summary, one landscape section per cluster, read back by LibreOffice", async () => {
    const target = path.join(dir, "informe-ciclo4.docx");
    const result = await run(["export", workbook, "--to", target, "--cycle", "4", "--lang", "es", "--today", "2026-11-27"]);
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/informe Word \(recomendaciones: 6 · grupos: \d+\)/) });

    const text = readFileSync(convertWithLibreOffice(target, "txt:Text (encoded):UTF8", dir), "utf8");
    expect(text).toContain("Seguimiento de las recomendaciones de derechos humanos");
    expect(text).toContain("Abarca filtro: ciclo 4.");
    expect(text).toContain("Resumen por grupo temático y estado");
    expect(text).toContain("UPR4-SVN-140.7");
    expect(text).not.toContain("UPR3-SVN-");
    expect(text).toContain("Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights");
    expect(text).toContain("Último informe de avance publicado");
    // The published report shows, the draft does not.
    expect(text).toContain("The draft bill went to public consultation on 2 June.");
    expect(text).not.toContain("Consultation closed; 14 contributions received.");
    expect(text).not.toContain("✎");

    const clusters = new Set((await import("./slovenia-workbook")).sloveniaRecommendations(6).filter((row) => String(row.id).startsWith("UPR4-")).map((row) => row.cluster)).size;
    const pdf = pdfPages(convertWithLibreOffice(target, "pdf", dir));
    // Title page (portrait), summary and one section per cluster (landscape), each on new pages.
    expect(pdf.portrait).toBe(1);
    expect(pdf.landscape).toBeGreaterThanOrEqual(1 + clusters);
    expect(pdf.count).toBe(pdf.portrait + pdf.landscape);
  });

  test("a cluster longer than a page repeats its table header on every page", async () => {
    const file = path.join(dir, "one-cluster.xlsx");
    const book = await XlsxWorkbook.fromBytes(readFileSync(workbook), "one-cluster.xlsx");
    const { Recommendations } = await book.readTables(["Recommendations"]);
    await book.apply({ upserts: [{ table: "Recommendations", rows: Recommendations!.rows.map((row) => ({ id: row.id, cluster: "C-01" })), columns: ["cluster"] }] });
    writeFileSync(file, await book.toBytes());
    const target = path.join(dir, "long.docx");
    expect((await run(["export", file, "--to", target, "--lang", "en", "--today", "2026-11-27"])).code).toBe(0);

    const documentXml = await (await JSZip.loadAsync(readFileSync(target))).file("word/document.xml")!.async("string");
    const tables = documentXml.split("<w:tbl>").slice(1);
    expect(tables).toHaveLength(2);
    for (const table of tables) expect(table.split("</w:tr>")[0]).toContain("<w:tblHeader/>");
    expect(documentXml.match(/w:orient="landscape"/g)?.length).toBe(2);

    const pdf = pdfPages(convertWithLibreOffice(target, "pdf", dir));
    expect(pdf.landscape).toBeGreaterThan(2);
    const text = readFileSync(convertWithLibreOffice(target, "txt:Text (encoded):UTF8", dir), "utf8");
    expect(text).toContain("Follow-up of human rights recommendations");
    expect(text).toContain("Covers all recommendations.");
    expect(text).toContain("Recommendations: 18 · thematic clusters: 1");
  });

  test("the filtered matrix as CSV and XLSX, and an unknown mechanism refused", async () => {
    const csv = path.join(dir, "matrix.csv");
    expect((await run(["export", workbook, "--to", csv, "--mechanism", "upr", "--cycle", "3", "--today", "2026-11-27"])).code).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(csv, "utf8").slice(1), { skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 3)).toEqual(["Cluster", "Recommendation IDs", "Recommendation"]);
    expect(rows).toHaveLength(7);
    expect(rows.slice(1).every((row) => row[1].startsWith("UPR3-SVN-"))).toBe(true);

    const xlsx = path.join(dir, "matriz.xlsx");
    expect((await run(["export", workbook, "--to", xlsx, "--lang", "fr", "--today", "2026-11-27"])).code).toBe(0);
    const sheet = readWithLibreOffice(xlsx)["Matrice de suivi"];
    expect(sheet[0][1]).toBe("Identifiants des recommandations");
    expect(sheet.filter((cells) => cells.some(Boolean))).toHaveLength(19);

    const refused = await run(["export", workbook, "--to", path.join(dir, "x.docx"), "--mechanism", "XYZ"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("XYZ");
    expect((await run(["export", workbook, "--to", csv, "--table", "Actions", "--cycle", "4"])).err).toContain("--cycle picks recommendations");
  });
});
