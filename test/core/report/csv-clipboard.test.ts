import Papa from "papaparse";
import { clipboardTable, escapeHtml } from "../../../src/core/report/clipboard";
import { neutralizeFormula, toCsv, UTF8_BOM } from "../../../src/core/report/csv";
import { exportTableOf } from "../../../src/core/report/export-table";
import { PROGRESS } from "../../../src/model/tables";

describe("CSV", () => {
  test("starts with a UTF-8 BOM, uses CRLF and reads back cell for cell", () => {
    const csv = toCsv(["ID", "Text", "Year", "Imported on"], [
      ["CRC-PRY-2022-25(b)", 'Adopt a "comprehensive" law, with resources;\nmonitor it', 2022, new Date(Date.UTC(2026, 2, 31))],
      ["UPR4-SVN-1.1", "Niños y niñas: garantizar l'accès", null, null],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toContain("\r\n");
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["ID", "Text", "Year", "Imported on"],
      ["CRC-PRY-2022-25(b)", 'Adopt a "comprehensive" law, with resources;\nmonitor it', "2022", "2026-03-31"],
      ["UPR4-SVN-1.1", "Niños y niñas: garantizar l'accès", "", ""],
    ]);
  });

  test.each([
    ["=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Plain = text", "Plain = text"],
  ])("text %j is neutralised to %j", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
    const parsed = Papa.parse<string[]>(toCsv(["A"], [[input]]).slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1][0]).toBe(expected);
  });

  test("numbers are data and are never prefixed, even when negative", () => {
    expect(toCsv(["n"], [[-5]]).split("\r\n")[1]).toBe("-5");
  });
});

describe("copy as table", () => {
  const table = exportTableOf(PROGRESS, [
    { reportId: "P-001", subjectId: "A-001", reportText: "<script>alert('x')</script> & more\nsecond line", institution: "=cmd|' /C calc'!A0" },
  ]);

  test("HTML escapes every character from outside and keeps formulas as text for Excel", () => {
    const { html } = clipboardTable(table);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more<br>second line");
    expect(html).toContain("<th");
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain("mso-number-format:'\\@'");
    expect(html).toContain("=cmd|&#39; /C calc&#39;!A0");
    expect(escapeHtml(`"&'<>`)).toBe("&quot;&amp;&#39;&lt;&gt;");
  });

  test("plain text is tab separated, quoted where a cell holds a line break, formulas neutralised", () => {
    const { text } = clipboardTable(table);
    const [header, row] = text.split("\r\n");
    expect(header.split("\t")).toEqual(PROGRESS.columns.map((column) => column.header));
    expect(text).toContain(`"<script>alert('x')</script> & more\nsecond line"`);
    expect(row.split("\t")[2]).toBe("'=cmd|' /C calc'!A0");
  });
});
