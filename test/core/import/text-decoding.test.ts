import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDelimited, detectDelimiter } from "../../../src/core/import/delimited-text";
import { openTable } from "../../../src/core/import/source-table";
import { decodeChunks, decodeText, detectEncoding } from "../../../src/core/import/text-decoding";

const FIXTURES = path.resolve(__dirname, "../../fixtures/import/upr-info");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

describe("encoding detection", () => {
  it.each([
    ["upr-info-utf8.csv", "utf-8"],
    ["upr-info-utf8-bom.csv", "utf-8"],
    ["upr-info-lf.csv", "utf-8"],
    ["upr-info-utf16le.txt", "utf-16le"],
    ["upr-info-windows-1252.csv", "windows-1252"],
    ["upr-info-mac-roman.csv", "macintosh"],
  ])("%s is %s", (name, encoding) => {
    expect(detectEncoding(fixture(name))).toBe(encoding);
  });

  it("reads UTF-16 LE without a BOM", () => {
    const bytes = new Uint8Array(Buffer.from("Text\tFrom\r\nGarantir l’égalité\tSénégal\r\n", "utf16le"));
    expect(detectEncoding(bytes)).toBe("utf-16le");
    expect(decodeText(bytes)).toContain("l’égalité");
  });

  it("never shows mojibake: every encoding gives the same text, accents and quotes included", async () => {
    const reference = await openTable(fixture("upr-info-utf8.csv"));
    const expected = [...reference.rows].map((row) => row.cells);
    expect(expected.flat()).toEqual(expect.arrayContaining(["Côte d’Ivoire", "Sénégal"]));
    expect(expected.flat().join(" ")).toContain("the “erased”");
    for (const name of ["upr-info-utf8-bom.csv", "upr-info-lf.csv", "upr-info-utf16le.txt", "upr-info-windows-1252.csv", "upr-info-mac-roman.csv"]) {
      const table = await openTable(fixture(name));
      expect({ name, headers: table.headers }).toEqual({ name, headers: reference.headers });
      expect({ name, rows: [...table.rows].map((row) => row.cells) }).toEqual({ name, rows: expected });
    }
  });

  it("tells Windows-1252 from Mac Roman by the letters the bytes make", () => {
    // "Comité" in each code page, with LF line endings, so the line endings do not decide.
    expect(detectEncoding(new Uint8Array([0x43, 0x6f, 0x6d, 0x69, 0x74, 0xe9, 0x0a]))).toBe("windows-1252");
    expect(detectEncoding(new Uint8Array([0x43, 0x6f, 0x6d, 0x69, 0x74, 0x8e, 0x0a]))).toBe("macintosh");
  });
});

describe("delimited text", () => {
  const rows = (text: string, chunkSize = text.length) => {
    const chunks: string[] = [];
    for (let start = 0; start < text.length; start += chunkSize) chunks.push(text.slice(start, start + chunkSize));
    return [...parseDelimited(chunks, detectDelimiter(text.split(/\r\n|\r|\n/)[0]))];
  };
  const sample = 'a,b,c\r\n"quoted, with comma","line\r\nbreak","say ""hi"""\r\n\r\nlast,,\r\n';

  it("handles quotes, doubled quotes, embedded line breaks and blank lines", () => {
    expect(rows(sample)).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["quoted, with comma", "line\r\nbreak", 'say "hi"'] },
      { line: 5, cells: ["last", "", ""] },
    ]);
  });

  it("gives the same rows whatever the chunk boundaries (a CRLF or a doubled quote split between chunks)", () => {
    const whole = rows(sample);
    for (const size of [1, 2, 3, 5, 7]) expect(rows(sample, size)).toEqual(whole);
  });

  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
    ["CR only", "\r"],
  ])("reads %s line endings", (_, newline) => {
    const text = ["x;y", "1;2", "3;4"].join(newline) + newline;
    expect(rows(text)).toEqual([
      { line: 1, cells: ["x", "y"] },
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: ["3", "4"] },
    ]);
  });

  it("detects tab, semicolon and comma delimiters", () => {
    expect(detectDelimiter("To\tText\tFrom")).toBe("\t");
    expect(detectDelimiter("Texte;Pays;Année")).toBe(";");
    expect(detectDelimiter('"Text, with comma",From')).toBe(",");
  });
});

describe("Windows-1252 above 0x7F, where Node's own decoder reads control characters", () => {
  // A UPR Info row as Excel on Windows saves it: š, ž, €, curly quotes, dashes and ellipses all sit at 0x80-0x9F.
  const text = "Comité des droits de l’enfant – Šoštanj, Žalec: “ukrepi” de 5 € et Œuvre…\n";
  const windowsBytes = Uint8Array.from(text, (character) => windows1252Byte(character));

  it("decodes them as letters and signs, never as C1 controls", () => {
    expect(detectEncoding(windowsBytes)).toBe("windows-1252");
    const decoded = decodeText(windowsBytes);
    expect(decoded).toBe(text);
    expect(decoded).not.toMatch(/[\u0080-\u009f]/);
  });

  it("keeps them right when the decoding is streamed in chunks", () => {
    expect([...decodeChunks(windowsBytes, "windows-1252")].join("")).toBe(text);
  });
});

/** The Windows-1252 byte of a character (the test's own table, independent of the decoder under test). */
function windows1252Byte(character: string): number {
  const high: Record<string, number> = { "€": 0x80, "…": 0x85, "Š": 0x8a, "Œ": 0x8c, "Ž": 0x8e, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "š": 0x9a, "ž": 0x9e };
  const code = character.charCodeAt(0);
  return high[character] ?? (code < 0x100 ? code : 0x3f);
}
