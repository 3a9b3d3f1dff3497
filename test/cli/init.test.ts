import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { LISTS } from "../../src/model/lists";
import { TABLES } from "../../src/model/tables";
import { readWithLibreOffice } from "../support/libreoffice";

const captured = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (text: string) => lines.out.push(text), err: (text: string) => lines.err.push(text) } };
};

describe("rights-matrix init", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "rm-init-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("writes a workbook LibreOffice opens, with every table's headers and the Lists", async () => {
    const file = path.join(dir, "monitoring.xlsx");
    const { lines, io } = captured();
    expect(await runCli(["init", file], io, {})).toBe(0);
    expect(lines.out.join("\n")).toContain("monitoring.xlsx");

    const sheets = readWithLibreOffice(file);
    for (const table of TABLES) expect(sheets[table.sheet][0].slice(0, table.columns.length)).toEqual(table.columns.map((c) => c.header));
    const listHeaders = sheets.Lists[0].filter((header) => header !== "");
    expect(listHeaders).toEqual(LISTS.flatMap((list) => list.headers));
    expect(sheets.Lists.map((row) => row[0]).filter(Boolean)).toContain("CEDAW");
  });

  test("every dropdown reads a whole column of the Lists sheet or of another table", async () => {
    const file = path.join(dir, "monitoring.xlsx");
    await runCli(["init", file], captured().io, {});
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const listFormulas = sheetXml.flatMap((xml) =>
      [...xml.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"[^>]*><formula1>([^<]+)<\/formula1>/g)].map((m) => m[2]),
    );
    const expectedDropdowns = TABLES.flatMap((table) => table.columns.filter((column) => column.list)).length;
    expect(listFormulas).toHaveLength(expectedDropdowns);
    for (const formula of listFormulas) {
      expect(formula).toMatch(/^OFFSET\((Lists|Clusters|Institutions|Actions)!\$([A-Z]+)\$2,0,0,MAX\(1,COUNTA\(\1!\$\2:\$\2\)-1\),1\)$/);
    }
    expect(listFormulas.filter((formula) => formula.startsWith("OFFSET(Lists!")).length).toBeGreaterThan(8);
    // Each table is a real Excel table (ListObject) with its name.
    const tableXml = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const names = tableXml.map((xml) => /<table [^>]*\bname="([^"]+)"/.exec(xml)?.[1]);
    for (const table of TABLES) expect(names).toContain(table.tableName);
    for (const list of LISTS) expect(names).toContain(list.tableName);
  });

  test("refuses to overwrite an existing file unless told to", async () => {
    const file = path.join(dir, "mine.xlsx");
    writeFileSync(file, "precious");
    const { lines, io } = captured();
    expect(await runCli(["init", file], io, {})).toBe(2);
    expect(lines.err.join("\n")).toMatch(/already exists.*--force/);
    expect(readFileSync(file, "utf8")).toBe("precious");
    expect(await runCli(["init", file, "--force"], captured().io, {})).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  test("speaks the user's language and explains bad usage with exit code 2", async () => {
    const { lines, io } = captured();
    expect(await runCli(["init"], io, { LANG: "es_ES.UTF-8" })).toBe(2);
    expect(lines.err.join("\n")).toContain("init necesita <workbook.xlsx>");
    const french = captured();
    expect(await runCli(["frobnicate", "--lang", "fr"], french.io, {})).toBe(2);
    expect(french.lines.err.join("\n")).toContain("Commande inconnue");
    const help = captured();
    expect(await runCli(["--help"], help.io, {})).toBe(0);
    expect(help.lines.out.join("\n")).toMatch(/Usage: rights-matrix/);
    const version = captured();
    expect(await runCli(["--version"], version.io, {})).toBe(0);
    expect(version.lines.out[0]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("an unreadable workbook is refused with the file's name", async () => {
    const file = path.join(dir, "broken.xlsx");
    writeFileSync(file, "not a zip");
    const { openWorkbookFile } = await import("../../src/cli/io");
    await expect(openWorkbookFile(file)).rejects.toThrow(/broken\.xlsx is not an \.xlsx workbook/);
  });
});
