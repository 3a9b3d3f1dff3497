import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWithLibreOffice } from "../support/libreoffice";
import { runCliCaptured } from "../support/cli";

const FIXTURES = path.resolve(__dirname, "../fixtures/import");
const fixture = (relative: string) => path.join(FIXTURES, relative);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-import-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(argv);

describe("rights-matrix import", () => {
  it("creates the workbook, prints what it did, and LibreOffice reads formula-like text as text", async () => {
    const workbook = path.join(dir, "monitoring.xlsx");
    const result = await cli("import", workbook, fixture("mapped/injection.csv"));
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("injection.csv (csv): 4 added, 0 updated, 0 unchanged, 0 skipped");
    const sheets = readWithLibreOffice(workbook);
    const [header, ...rows] = sheets.Recommendations;
    const text = header.indexOf("Text");
    const states = header.indexOf("Recommending States");
    expect(rows.map((row) => row[text])).toEqual(['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-1+1 starts with a minus"]);
    expect(rows.map((row) => row[states])).toEqual(["=1+1", "-2+3", "Chile", "Chile"]);
  });

  it("reports re-imports and updates per file, and --json gives the same", async () => {
    const workbook = path.join(dir, "monitoring.xlsx");
    expect((await cli("import", workbook, fixture("ohchr-docx/upr48-excerpt.docx"))).code).toBe(0);
    const again = await cli("import", workbook, fixture("ohchr-docx/upr48-excerpt.docx"), fixture("ohchr-docx/upr48-excerpt-revised.docx"), "--json");
    expect(again.code).toBe(0);
    const json = JSON.parse(again.out);
    expect(json.files.map((file: { file: string; added: number; updated: number; unchanged: number; skipped: number }) => [file.file, file.added, file.updated, file.unchanged, file.skipped])).toEqual([
      ["upr48-excerpt.docx", 0, 0, 11, 0],
      ["upr48-excerpt-revised.docx", 0, 2, 9, 0],
    ]);
    expect(json.files[1].updatedRows).toEqual([
      { id: "UPR4-SVN-140.9", row: expect.any(Number), columns: ["Response"] },
      { id: "UPR4-SVN-140.10", row: expect.any(Number), columns: ["Text"] },
    ]);
    expect(json.written).toBe(true);
  });

  it("exits 2 on bad input and writes nothing, not even a new workbook", async () => {
    const workbook = path.join(dir, "monitoring.xlsx");
    const result = await cli("import", workbook, fixture("mapped/bad-rows.csv"));
    expect(result.code).toBe(2);
    expect(result.err).toContain('bad-rows.csv, row 5, column "Response": unknown response "Maybe later"');
    expect(existsSync(workbook)).toBe(false);
    const json = await cli("import", workbook, fixture("mapped/bad-rows.csv"), "--json");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).problems).toEqual([
      expect.objectContaining({ file: "bad-rows.csv", row: 3, column: "Recommendation" }),
      expect.objectContaining({ row: 4, column: "Country", message: expect.stringMatching(/^unknown State "Atlantis"; did you mean .*--country-name "Atlantis=ISO3"$/) }),
      expect.objectContaining({ row: 5, column: "Response" }),
      expect.objectContaining({ row: 6, column: "Mechanism" }),
    ]);
    expect(existsSync(workbook)).toBe(false);

    expect((await cli("import", workbook, fixture("uhri/uhri-export.csv"))).code).toBe(0);
    const before = readFileSync(workbook);
    expect((await cli("import", workbook, fixture("upr-info/upr-info-utf8.csv"), fixture("mapped/bad-rows.csv"))).code).toBe(2);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it("--skip-invalid imports the rest, lists what it skipped and exits 1", async () => {
    const workbook = path.join(dir, "monitoring.xlsx");
    const result = await cli("import", workbook, fixture("mapped/bad-rows.csv"), "--skip-invalid");
    expect(result.code).toBe(1);
    expect(result.out).toContain('skipped bad-rows.csv, row 3, column "Recommendation": no recommendation text');
    expect(result.out).toContain("1 added");
  });

  it("--map, --mechanism and --country read a table it does not recognise", async () => {
    const workbook = path.join(dir, "monitoring.xlsx");
    const refused = await cli("import", workbook, fixture("mapped/unknown-columns.csv"));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("does not recognise this file");
    const mapped = await cli("import", workbook, fixture("mapped/unknown-columns.csv"), "--map", "Name=Text", "--mechanism", "national", "--country", "Paraguay");
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain("1 added");
  });

  it("--dry-run writes nothing; bad options exit 2", async () => {
    const workbook = path.join(dir, "monitoring.xlsx");
    const dry = await cli("import", workbook, fixture("upr-info/upr-info-mac-roman.csv"), "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("5 added");
    expect(existsSync(workbook)).toBe(false);
    expect((await cli("import", workbook, fixture("upr-info/upr-info-utf8.csv"), "--format", "pdf")).code).toBe(2);
    expect((await cli("import", workbook, fixture("upr-info/upr-info-utf8.csv"), "--map", "To=nonsense")).code).toBe(2);
    expect((await cli("import", workbook, fixture("upr-info/upr-info-utf8.csv"), "--country", "Atlantis")).code).toBe(2);
    expect((await cli("import", workbook, path.join(dir, "missing.csv"))).err).toContain("missing.csv does not exist");
    expect(existsSync(workbook)).toBe(false);
  });
});

describe("rights-matrix import: State names and what is not imported", () => {
  it("maps an unknown State with --country-name, and lists the rows and paragraphs left out", async () => {
    const source = path.join(dir, "upr-info.csv");
    writeFileSync(
      source,
      ["To,Text,From,Response,Issue,Session", "Korea DPRK,Ratify the Convention against Torture,Chile,Noted,Torture,33", "Korea DPRK,Ratify the Convention against Torture,Atlantis,Noted,Torture,33"].join("\r\n"),
    );
    const workbook = path.join(dir, "monitoring.xlsx");
    const refused = await cli("import", workbook, source);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/unknown State "Korea DPRK"; did you mean .*\(PRK\)/);
    expect(existsSync(workbook)).toBe(false);

    const mapped = await cli("import", workbook, source, "--country-name", "Korea DPRK=PRK");
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain("upr-info.csv (upr-info): 1 added");
    expect(mapped.out).toMatch(/warning: upr-info\.csv, row 3, column "From": recommending State "Atlantis" is not a known State name/);

    const list = await cli("import", workbook, fixture("ohchr-docx/egypt-upr20-2015.docx"), "--json");
    expect(list.code).toBe(0);
    const [file] = JSON.parse(list.out).files;
    expect(file.added).toBe(300);
    expect(file.leftOut).toBe(file.leftOutRows.length);
    expect(file.leftOutRows).toEqual(expect.arrayContaining([expect.objectContaining({ file: "egypt-upr20-2015.docx", message: 'a comment of the list, kept out of the recommendation\'s text: "Comments: Information sent in a post Add.1 letter"' })]));
  });
});
