import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { readWithLibreOffice } from "../support/libreoffice";
import { sloveniaWorkbook } from "./slovenia-workbook";

const captured = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (text: string) => lines.out.push(text), err: (text: string) => lines.err.push(text) } };
};

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const { lines, io } = captured();
  const code = await runCli(argv, io, env);
  return { code, out: lines.out.join("\n"), err: lines.err.join("\n") };
}

describe("rights-matrix progress", () => {
  let dir: string;
  let file: string;
  let fresh: Uint8Array;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-progress-"));
    file = path.join(dir, "slovenia.xlsx");
    fresh = await (await sloveniaWorkbook(4)).toBytes();
    writeFileSync(file, fresh);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a report goes Draft -> Submitted -> Rejected -> Submitted -> Approved -> Published, refusing what is not allowed", async () => {
    const date = ["--today", "2026-11-27"];
    expect(await run(["progress", file, "approve", "P-002", "--by", "NMRF", ...date])).toMatchObject({ code: 2, err: expect.stringMatching(/Progress!H\d+: report P-002 is Draft, so it cannot be approved.*Allowed now: submit/) });
    expect((await run(["progress", file, "submit", "P-002", "--by", "Ana Novak", ...date])).code).toBe(0);
    expect(await run(["progress", file, "publish", "P-002", "--by", "NMRF", ...date, "--lang", "es"])).toMatchObject({ code: 2, err: expect.stringContaining("no puede publicarse") });
    expect(await run(["progress", file, "reject", "P-002", "--by", "NMRF", ...date])).toMatchObject({ code: 2, err: expect.stringContaining("needs a comment") });
    expect((await run(["progress", file, "reject", "P-002", "--by", "NMRF", "--comment", "Give the number of contributions by sector", ...date])).code).toBe(0);
    expect((await run(["progress", file, "submit", "P-002", "--by", "Ana Novak", "--today", "2026-11-28"])).code).toBe(0);
    expect((await run(["progress", file, "approve", "P-002", "--by", "NMRF", "--today", "2026-11-29"])).code).toBe(0);
    const published = await run(["progress", file, "publish", "P-002", "--by", "Head of NMRF", "--today", "2026-11-30", "--lang", "fr"]);
    expect(published).toMatchObject({ code: 0, out: "Rapport P-002 : Approuvé -> Publié, par Head of NMRF le 2026-11-30." });
    expect(await run(["progress", file, "submit", "P-002", "--by", "Ana Novak"])).toMatchObject({ code: 2, err: expect.stringContaining("Allowed now: -") });

    const progress = readWithLibreOffice(file).Progress;
    const header = progress[0];
    const row = Object.fromEntries(header.map((name, index) => [name, progress.find((cells) => cells[0] === "P-002")![index]]));
    expect(row).toMatchObject({
      "Review status": "Published",
      "Submitted by": "Ana Novak",
      "Submitted on": "2026-11-28",
      Reviewer: "NMRF",
      "Reviewed on": "2026-11-29",
      "Published by": "Head of NMRF",
      "Published on": "2026-11-30",
      "Report text": "Consultation closed; 14 contributions received.",
    });
    expect(row["Review comment"]).toBe("2026-11-27 Rejected (NMRF): Give the number of contributions by sector");
  });

  test("a report text over 700 characters is refused with its cell, and nothing is written", async () => {
    const before = readFileSync(file);
    const result = await run(["progress", file, "submit", "P-003", "--by", "Luka Kovač"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/slovenia\.xlsx, Progress!E\d+: the report text has 701 characters; a progress report takes at most 700/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await run(["progress", file, "approve", "P-999", "--by", "x"])).err).toContain("no report \"P-999\"");
  });

  test("a report ID written twice is refused, naming the second row", async () => {
    const { XlsxWorkbook } = await import("../../src/workbook/file/xlsx-workbook");
    const book = await XlsxWorkbook.fromBytes(fresh, "twins.xlsx");
    const { Progress } = await book.readTables(["Progress"]);
    const rows = Progress!.rows.map((row) => (row.reportId === "P-003" ? { ...row, reportId: "P-002" } : row));
    await book.apply({ plans: [(await import("../../src/core/structure/workbook-structure")).tablePlan((await import("../../src/model/tables")).PROGRESS, rows)] });
    const twins = path.join(dir, "twins.xlsx");
    writeFileSync(twins, await book.toBytes());
    const result = await run(["progress", twins, "submit", "P-002", "--by", "Ana Novak"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/twins\.xlsx, Progress!A4: the ID P-002 appears more than once in table Progress/);
  });

  test("the Report text column carries Excel's text-length validation of 700 characters", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheets = await Promise.all(Object.keys(zip.files).filter((name) => /worksheets\/sheet\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async("string")));
    const progressSheet = sheets.find((xml) => xml.includes("textLength"));
    expect(progressSheet).toMatch(/<dataValidation type="textLength" operator="lessThanOrEqual"[^>]*sqref="E2:E\d+"[^>]*><formula1>700<\/formula1>/);
  });

  test("due lists overdue and due-soon reports per institution (exit 1 when overdue); mine shows one institution's part", async () => {
    const file = path.join(dir, "untouched.xlsx");
    writeFileSync(file, fresh);
    const due = await run(["progress", file, "due", "--today", "2026-11-27"]);
    expect(due.code).toBe(1);
    expect(due.out).toContain("Ministry of Foreign and European Affairs · overdue: 1 · due within 30 days: 0");
    expect(due.out).toMatch(/OVERDUE {2}2026-10-05 {2}indicator I-001 \(Quarterly, action A-001\)/);
    const soon = await run(["progress", file, "due", "--today", "2027-03-10"]);
    expect(soon.out).toContain("Ministry of Justice · overdue: 0 · due within 30 days: 1");
    const mine = await run(["progress", file, "mine", "Ministry", "of", "Justice", "--today", "2026-11-27"]);
    expect(mine.code).toBe(0);
    expect(mine.out).toMatch(/^Ministry of Justice \(MJ\) · recommendations: \d+ · actions: 2 · open reports: 1/);
    expect(mine.out).toContain("Report P-003 on A-002 (Draft, 2026-H2)");
    expect((await run(["progress", file, "mine", "Senate"])).err).toContain("no institution \"Senate\"");
  });
});
