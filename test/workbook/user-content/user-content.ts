/**
 * The shared workbook a secretariat really has: made by Rights Matrix through its CLI from real
 * sources (Slovenia's three OHCHR thematic lists, samples/slovenia, and the demo plan), then
 * edited by colleagues with openpyxl (user_content.py: their own sheets, a chart, comments,
 * colours, links, formulas, notes beside the tables, defined names). snapshot.py reads back, with
 * openpyxl, everything people put there, so a test can say exactly what a command lost.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openWorkbookFile, saveWorkbookFile } from "../../../src/cli/io";
import type { Row } from "../../../src/model/cells";
import { translate } from "../../../src/model/i18n/messages";
import { DASHBOARD_SHEET, LISTS_SHEET, MATRIX_SHEET, TABLES } from "../../../src/model/tables";
import { LANGUAGES } from "../../../src/model/vocabularies";
import { runCliCaptured, type CliRun } from "../../support/cli";
import { SOFFICE } from "../../support/libreoffice";

export const PYTHON = "/usr/bin/python3";
const HERE = __dirname;
const SAMPLES = path.resolve(HERE, "../../../samples");
export const SLOVENIA_LISTS = [
  "UPR20__Slovenia_ThematicListRecommendations_E.docx",
  "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
  "upr48-slovenia-thematic-list-of-recommendatio.docx",
].map((file) => path.join(SAMPLES, "slovenia", file));
/** The first rows of the same three lists (25 recommendations), and a revised version of the third (test/fixtures/import/PROVENANCE.md). */
export const EXCERPTS = ["upr20-excerpt.docx", "upr34-excerpt.docx", "upr48-excerpt.docx"].map((file) => path.resolve(HERE, "../../fixtures/import/ohchr-docx", file));
export const REVISED_EXCERPT = path.resolve(HERE, "../../fixtures/import/ohchr-docx/upr48-excerpt-revised.docx");
export const DEMO_PLAN = path.join(SAMPLES, "demo-plan.json");
export const TODAY = "2026-11-27";

/** Where user_content.py puts things the tests name. */
export const CELLS = {
  formulaColumnHeader: "Text length",
  followUpHeader: "Follow-up",
  outsideNote: "Recommendations!Z12",
};

/** Progress reports a focal point drafted, so that `progress submit` has something to move. */
export const DRAFT_REPORTS = ["P-101", "P-102", "P-103", "P-104", "P-105", "P-106", "P-107", "P-108"];

/** What Rights Matrix owns; snapshot.py counts everything else as the user's. */
export function ourParts(): object {
  return {
    tables: Object.fromEntries(TABLES.map((def) => [def.tableName, def.columns.map((column) => column.header)])),
    generatedSheets: [LISTS_SHEET, MATRIX_SHEET, DASHBOARD_SHEET],
    // The charts Rights Matrix draws on them, by title: every other chart there is a person's.
    generatedChartTitles: LANGUAGES.map((language) => translate(language, "dashboard.section.statusByCluster")),
    // Our column people type in, and no command writes: watched like user content.
    watchedColumns: { Recommendations: ["Notes"] },
  };
}

export async function cli(argv: string[], allowed: number[] = [0]): Promise<CliRun> {
  const result = await runCliCaptured(argv);
  if (!allowed.includes(result.code)) throw new Error(`rights-matrix ${argv.join(" ")} exited with ${result.code}:\n${result.err}\n${result.out}`);
  return result;
}

/**
 * A workbook as the product makes it, through the CLI a user runs: init, the sources (by default
 * the three Slovenia lists: 632 recommendations, so rows 2-633), the demo plan, accepted
 * suggestions, a matrix, and draft progress reports.
 */
export async function productWorkbook(file: string, sources: readonly string[] = SLOVENIA_LISTS): Promise<void> {
  await cli(["init", file]);
  await cli(["import", file, ...sources]);
  await cli(["load-plan", file, DEMO_PLAN]);
  await cli(["accept", file, "--all"]);
  const workbook = await openWorkbookFile(file);
  const reports: Row[] = DRAFT_REPORTS.map((reportId, index) => ({
    reportId,
    subjectId: "A-001",
    institution: "Police",
    period: `2026-Q${(index % 4) + 1}`,
    reportText: `Report ${index + 1}: protection orders issued within 24 hours in ${60 + index}% of cases.`,
    reviewStatus: "Draft",
  }));
  await workbook.apply({ upserts: [{ table: "Progress", rows: reports }] });
  await saveWorkbookFile(workbook, file);
  await cli(["matrix", file, "--today", TODAY]);
}

export function python(script: "user_content.py" | "snapshot.py", ...args: string[]): string {
  return execFileSync(PYTHON, [path.join(HERE, script), ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
}

/** Applies one of user_content.py's edits (add, resave, shrink ROW, clear-header H, merge-header H). */
export function edit(command: string, source: string, target: string, ...args: string[]): void {
  python("user_content.py", command, source, target, ...args);
}

/**
 * Opens and saves with LibreOffice (what a colleague without Excel does). Not
 * convertWithLibreOffice: a shared workbook with charts and comments takes LibreOffice longer
 * than that helper's two minutes on a busy machine.
 */
export function saveWithLibreOffice(source: string, target: string): void {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "rm-uc-lo-"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "rm-uc-lo-profile-"));
  try {
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, source], {
      stdio: "pipe",
      timeout: 600_000,
    });
    copyFileSync(path.join(outDir, path.basename(source).replace(/\.[^.]+$/, ".xlsx")), target);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface CellSnapshot {
  value: unknown;
  type: string;
  formula?: string;
  style: { font: Record<string, unknown>; fill: Record<string, unknown> | null; numberFormat: string };
  comment?: { text: string; author: string | null };
  hyperlink?: { target: string | null; location: string | null };
}

export interface SheetSnapshot {
  userSheet: boolean;
  cells: Record<string, CellSnapshot>;
  charts: { type: string; series: Record<string, string>[] }[];
  images: number;
  validations: string[];
  conditionalFormats: string[];
  merged: string[];
}

export interface Snapshot {
  sheetOrder: string[];
  sheets: Record<string, SheetSnapshot>;
  definedNames: Record<string, string>;
}

let oursFile: string | null = null;

/** Everything people put in the workbook, as openpyxl reads it. */
export function snapshot(file: string): Snapshot {
  if (!oursFile) {
    oursFile = path.join(mkdtempSync(path.join(os.tmpdir(), "rm-uc-ours-")), "ours.json");
    writeFileSync(oursFile, JSON.stringify(ourParts()));
  }
  return JSON.parse(python("snapshot.py", file, oursFile)) as Snapshot;
}

/** The values of one of our table's columns, from its header row down to the sheet's last row (whatever the table's range says). */
export function columnValues(file: string, table: string, header: string): unknown[] {
  if (!oursFile) snapshot(file);
  return JSON.parse(python("snapshot.py", file, oursFile!, "--column", table, header)) as unknown[];
}

const show = (value: unknown) => JSON.stringify(value);

function diffObjects(where: string, before: unknown, after: unknown, out: string[]): void {
  if (show(before) === show(after)) return;
  if (before && after && typeof before === "object" && typeof after === "object" && !Array.isArray(before)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) diffObjects(`${where}.${key}`, (before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], out);
    return;
  }
  out.push(`${where}: ${before === undefined ? "(none)" : show(before)} -> ${after === undefined ? "(none)" : show(after)}`);
}

export interface DiffOptions {
  /** Only these sheets (default: all). */
  sheets?: string[];
  /** Only these cells, as Sheet!A1 (default: all). */
  cells?: string[];
  /** Leave the sheets' order to the test that is about it (default: compared). */
  ignoreSheetOrder?: boolean;
}

/**
 * What a command did to the user's content, one line per difference ("Budget!B8 formula: ... -> ..."):
 * empty when nothing was lost or altered. Sheets Rights Matrix generates may appear; nothing else may.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot, options: DiffOptions = {}): string[] {
  const out: string[] = [];
  const wanted = (sheet: string) => !options.sheets || options.sheets.includes(sheet) || (options.cells ?? []).some((cell) => cell.startsWith(`${sheet}!`));
  const wantedCell = (address: string) => !options.cells || options.cells.includes(address);

  if (!options.sheets && !options.cells) {
    const kept = before.sheetOrder.filter((sheet) => after.sheetOrder.includes(sheet));
    for (const sheet of before.sheetOrder) if (!after.sheetOrder.includes(sheet)) out.push(`sheet ${sheet}: removed`);
    const keptAfter = after.sheetOrder.filter((sheet) => before.sheetOrder.includes(sheet));
    if (!options.ignoreSheetOrder && show(kept) !== show(keptAfter)) out.push(`sheet order: ${show(before.sheetOrder)} -> ${show(after.sheetOrder)}`);
    for (const sheet of Object.keys(after.sheets)) if (!before.sheetOrder.includes(sheet)) out.push(`sheet ${sheet}: added`);
    diffObjects("defined names", before.definedNames, after.definedNames, out);
  }
  for (const [sheet, was] of Object.entries(before.sheets)) {
    if (!wanted(sheet)) continue;
    const now = after.sheets[sheet];
    if (!now) {
      if (after.sheetOrder.includes(sheet)) out.push(`${sheet}: no longer read as a sheet with user content`);
      else if (options.sheets || options.cells) out.push(`sheet ${sheet}: removed`);
      continue;
    }
    const addresses = new Set([...Object.keys(was.cells), ...Object.keys(now.cells)]);
    for (const address of [...addresses].sort(byCell)) {
      if (!wantedCell(`${sheet}!${address}`)) continue;
      const cellBefore = was.cells[address];
      const cellAfter = now.cells[address];
      if (!cellAfter) out.push(`${sheet}!${address}: lost (was ${show(cellBefore.value)})`);
      else if (!cellBefore) out.push(`${sheet}!${address}: written by the command (${show(cellAfter.value)}), where nobody had typed anything`);
      else diffObjects(`${sheet}!${address}`, cellBefore, cellAfter, out);
    }
    if (!options.cells) {
      diffObjects(`${sheet} charts`, was.charts, now.charts, out);
      diffObjects(`${sheet} images`, was.images, now.images, out);
      diffObjects(`${sheet} merged cells`, was.merged, now.merged, out);
      diffObjects(`${sheet} data validations`, was.validations, now.validations, out);
      diffObjects(`${sheet} conditional formats`, was.conditionalFormats, now.conditionalFormats, out);
    }
  }
  return out;
}

function byCell(a: string, b: string): number {
  const parse = (address: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    return { row: Number(match[2]), column: match[1].padStart(3, " ") };
  };
  const left = parse(a);
  const right = parse(b);
  return left.row - right.row || left.column.localeCompare(right.column);
}
