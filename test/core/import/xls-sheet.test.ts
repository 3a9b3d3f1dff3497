import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as CFB from "cfb";
import Papa from "papaparse";
import { openSource } from "../../../src/core/import/read-source";
import { UnsupportedXlsError, readFirstXlsSheet } from "../../../src/core/import/xls-sheet";
import { convertCsvWithLibreOffice } from "../../support/libreoffice";

// Fixtures are made here, from CSV text, by LibreOffice (which writes real BIFF8): no binary in the repo.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-xls-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xlsFrom(name: string, rows: string[][], options: { evaluateFormulas?: boolean } = {}): Uint8Array {
  const csv = path.join(dir, `${name}.csv`);
  writeFileSync(csv, Papa.unparse(rows, { newline: "\n" }), "utf8");
  return new Uint8Array(readFileSync(convertCsvWithLibreOffice(csv, "xls", dir, options)));
}

/** A compound file holding one stream (LibreOffice no longer writes Excel 95 or encrypted .xls). */
function compoundFile(streamName: string, stream: number[]): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, streamName, Uint8Array.from(stream));
  return new Uint8Array(CFB.write(container, { type: "array" }) as number[]);
}

const record = (type: number, data: number[]) => [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
const bof = (version: number) => record(0x0809, [version & 0xff, version >> 8, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
/** Excel 95 keeps its BIFF5 records in a stream called "Book". */
const excel95 = () => compoundFile("Book", [...bof(0x0500), ...record(0x000a, [])]);
/** A BIFF8 workbook with a FILEPASS record: password-protected. */
const encrypted = () => compoundFile("Workbook", [...bof(0x0600), ...record(0x002f, [0, 0]), ...record(0x000a, [])]);

const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const u32 = (value: number) => [...u16(value & 0xffff), ...u16((value >>> 16) & 0xffff)];
const f64 = (value: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return [...new Uint8Array(view.buffer)];
};
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));
const utf16 = (text: string) => [...text].flatMap((character) => u16(character.charCodeAt(0)));
const cell = (row: number, column: number) => [...u16(row), ...u16(column), ...u16(15)];
/** RK of a 30-bit integer (optionally stored times 100). */
const rkInteger = (value: number, times100 = false) => ((value << 2) | 2 | (times100 ? 1 : 0)) >>> 0;

function handBuiltWorkbook(): number[] {
  const sst = [
    ...u32(5), ...u32(5),
    ...u16(4), 0x0c, ...u16(1), ...u32(4), ...ascii("Rich"), 0, 0, 1, 0, 9, 9, 9, 9, // rich run and extension skipped
    ...u16(4), 0x00, ...ascii("Ab"), // continues 16-bit in the next record
  ];
  const continueOne = [0x01, ...utf16("čš"), ...u16(1), 0x00, 0x9a, ...u16(2), 0x08, ...u16(2), ...ascii("Zo"), 1, 2, 3];
  const continueTwo = [4, 5, 6, 7, 8, ...u16(3), 0x00, ...ascii("End")]; // the rest of Zo's runs: no flag byte
  const globals = (sheetOffset: number) => [
    ...bof(0x0600),
    ...record(0x0042, u16(1252)),
    ...record(0x0085, [...u32(sheetOffset), 0, 0, 6, 0, ...ascii("Sheet1")]),
    ...record(0x00fc, sst),
    ...record(0x003c, continueOne),
    ...record(0x003c, continueTwo),
    ...record(0x000a, []),
  ];
  const sheet = [
    ...bof(0x0600),
    ...[0, 1, 2, 3, 4].flatMap((index) => record(0x00fd, [...cell(0, index), ...u32(index)])),
    ...[...bof(0x0600), ...record(0x0203, [...cell(9, 9), ...f64(99)]), ...record(0x000a, [])], // an embedded chart: not cells
    ...record(0x0204, [...cell(1, 0), ...u16(7), 0x00, ...ascii("Label "), 0xe9]),
    ...record(0x0203, [...cell(1, 1), ...f64(2.5)]),
    ...record(0x027e, [...cell(1, 2), ...u32(rkInteger(42))]),
    ...record(0x027e, [...cell(1, 3), ...u32(rkInteger(1234, true))]),
    ...record(0x027e, [...cell(1, 4), ...u32(0x3fe00000)]),
    ...record(0x00bd, [...u16(2), ...u16(0), ...u16(15), ...u32(rkInteger(-7)), ...u16(15), ...u32(rkInteger(1)), ...u16(15), ...u32(rkInteger(3)), ...u16(2)]),
    ...record(0x0205, [...cell(4, 0), 1, 0]),
    ...record(0x0205, [...cell(4, 1), 0x2a, 1]),
    ...record(0x0006, [...cell(4, 2), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
    ...record(0x0207, [...u16(9), 0x01, ...utf16("Formula ñ")]),
    ...record(0x0006, [...cell(4, 3), 1, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
    ...record(0x0006, [...cell(4, 4), ...f64(1.5), ...u16(0), ...u32(0), ...u16(0)]),
    ...record(0x0006, [...cell(4, 5), 3, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
    ...record(0x000a, []),
  ];
  const before = globals(0);
  return [...globals(before.length), ...sheet];
}

const serial = (year: number, month: number, day: number) => String((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("readFirstXlsSheet", () => {
  it("reads accented text, numbers, dates and empty cells as the same text an .xlsx gives", () => {
    const bytes = xlsFrom("mixed", [
      ["Text", "Count", "Amount", "Published", "Note"],
      ["Ratificar la Convención (niñez), Überprüfung", "5", "3.25", "2023-05-12", ""],
      ["Zagotoviti človekove pravice: šola, žena, Čakovec, Šiška, Žalec", "-17", "-1234567.891", "1999-12-31", "last"],
      ["", "0.01", "", "", "only note"],
      ["Grève générale — “quotes” € œ", "123456789", "1E-7", "", ""],
    ]);
    const rows = readFirstXlsSheet(bytes);
    expect(rows).toEqual([
      { row: 1, cells: ["Text", "Count", "Amount", "Published", "Note"] },
      { row: 2, cells: ["Ratificar la Convención (niñez), Überprüfung", "5", "3.25", serial(2023, 5, 12)] },
      { row: 3, cells: ["Zagotoviti človekove pravice: šola, žena, Čakovec, Šiška, Žalec", "-17", "-1234567.891", serial(1999, 12, 31), "last"] },
      { row: 4, cells: ["", "0.01", "", "", "only note"] },
      { row: 5, cells: ["Grève générale — “quotes” € œ", "123456789", "1e-7"] },
    ]);
  });

  it("reads strings split across SST CONTINUE records, 8-bit and 16-bit, over thousands of rows", () => {
    const longAscii = "Ensure that ".repeat(800); // 9,600 bytes: longer than one 8,224-byte record
    const longWide = "čšž é ñ ü ".repeat(600); // 16-bit: 12,000 bytes
    const body = Array.from({ length: 3000 }, (_, index) => [
      index % 3 === 0 ? `Recomendación nº ${index}: niñas y niños` : index % 3 === 1 ? `Priporočilo ${index}: človekove pravice (č, š, ž)` : `Recommendation ${index} plain ASCII text`,
      String(index),
    ]);
    const rows = [["Text", "Number"], ["long ascii", longAscii], ["long wide", longWide], ...body];
    const sheet = readFirstXlsSheet(xlsFrom("many", rows));
    expect(sheet).toHaveLength(rows.length);
    expect(sheet.map((row) => row.row)).toEqual(rows.map((_, index) => index + 1));
    expect(sheet.map((row) => row.cells)).toEqual(rows);
  });

  it("reads every cell record: rich and extended SST strings split across CONTINUE, LABEL, RK, MULRK, BOOLERR, FORMULA + STRING; skips an embedded chart", () => {
    // LibreOffice writes no string formula results nor rich text from a CSV, so these records are built by hand.
    const bytes = compoundFile("Workbook", handBuiltWorkbook());
    expect(readFirstXlsSheet(bytes)).toEqual([
      { row: 1, cells: ["Rich", "Abčš", "š", "Zo", "End"] },
      { row: 2, cells: ["Label é", "2.5", "42", "12.34", "0.5"] },
      { row: 3, cells: ["-7", "1", "3"] },
      { row: 5, cells: ["TRUE", "#N/A", "Formula ñ", "FALSE", "1.5", ""] },
    ]);
  });

  it("decodes 8-bit strings with the workbook's code page", () => {
    const workbook = (codePage: number) => {
      const globals = (sheetOffset: number) => [...bof(0x0600), ...record(0x0042, u16(codePage)), ...record(0x0085, [...u32(sheetOffset), 0, 0, 1, 0, 0x53]), ...record(0x000a, [])];
      const sheet = [...bof(0x0600), ...record(0x0204, [...cell(0, 0), ...u16(3), 0x00, 0xc4, 0x8e, 0x9a]), ...record(0x000a, [])];
      return compoundFile("Workbook", [...globals(globals(0).length), ...sheet]);
    };
    expect(readFirstXlsSheet(workbook(1200))[0].cells).toEqual(["ÄŽš"]);
    expect(readFirstXlsSheet(workbook(1251))[0].cells).toEqual(["ДЋљ"]);
    expect(readFirstXlsSheet(workbook(0x8000))[0].cells).toEqual(["ƒéö"]);
  });

  it("says which .xls it cannot read: Excel 95 (BIFF5) and password-protected workbooks", () => {
    expect(() => readFirstXlsSheet(excel95())).toThrow(new UnsupportedXlsError("Excel 5.0/95 format (BIFF5)"));
    expect(() => readFirstXlsSheet(encrypted())).toThrow(new UnsupportedXlsError("password-protected workbook"));
  });
});

const FIXTURES = path.resolve(__dirname, "../../fixtures/import");

async function recommendationsOf(name: string, bytes: Uint8Array) {
  const opened = await openSource({ name, bytes }, {});
  return { format: opened.format, events: [...opened.events] };
}

describe("openSource with an .xls", () => {
  it("reads a UHRI export whose publication dates are real date cells as the CSV with serial numbers", async () => {
    const csvBytes = new Uint8Array(readFileSync(path.join(FIXTURES, "uhri/uhri-export.csv")));
    const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(csvBytes).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const dateColumns = ["Document Publication Date", "Date of publication on UHRI"].map((name) => header.indexOf(name));
    const isoDate = (serialText: string) => new Date(Date.UTC(1899, 11, 30) + Number(serialText) * 86_400_000).toISOString().slice(0, 10);
    const withDates = rows.map((row) => row.map((cell, column) => (dateColumns.includes(column) && cell ? isoDate(cell) : cell)));
    const xls = xlsFrom("uhri-export", [header, ...withDates]);
    expect(readFirstXlsSheet(xls)[1].cells[dateColumns[0]]).toBe(rows[0][dateColumns[0]]);

    const fromXls = await recommendationsOf("uhri-export.xls", xls);
    const fromCsv = await recommendationsOf("uhri-export.csv", csvBytes);
    expect(fromXls.format).toBe("uhri");
    expect(fromCsv.events.length).toBeGreaterThan(0);
    // Rows differ by design: a CSV row number is its line, and UHRI cells span several lines.
    const rowsOf = (events: unknown[]) => events.map((event) => (event as { recommendation: { location: { row: number } } }).recommendation.location.row);
    expect(rowsOf(fromXls.events)).toEqual([2, 3, 4, 5, 7]);
    const withoutRows = (events: unknown[]) => JSON.stringify(events).replace(/"row":\d+,/g, "").replaceAll("uhri-export.xls", "uhri-export.csv");
    expect(withoutRows(fromXls.events)).toBe(withoutRows(fromCsv.events));
  });

  it("refuses Excel 95 with import.legacyXls and a damaged compound file as unreadable", async () => {
    await expect(openSource({ name: "old.xls", bytes: excel95() }, {})).rejects.toMatchObject({ key: "import.legacyXls", params: { file: "old.xls", reason: "Excel 5.0/95 format (BIFF5)" } });
    await expect(openSource({ name: "locked.xls", bytes: encrypted() }, {})).rejects.toMatchObject({ key: "import.legacyXls", params: { file: "locked.xls", reason: "password-protected workbook" } });
    const damaged = { name: "damaged.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) };
    await expect(openSource(damaged, {})).rejects.toMatchObject({ key: "import.unreadableFile", params: { file: "damaged.xls", format: ".xls" } });
  });
});
