import { RecommendationMerger, type FileOutcome } from "../core/import/recommendation-rows";
import { openSource } from "../core/import/read-source";
import type { ColumnMapping, ImportChoices, ImportSource, RowProblem, SourceNotice } from "../core/import/source-types";
import type { TextEncodingName } from "../core/import/text-decoding";
import { UserFacingError, translate, type MessageParams } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";
import type { WorkbookChanges, WorkbookPort } from "../workbook/port";
import { missingStructure } from "./init-workbook";
import { tablePlan } from "../core/structure/workbook-structure";
import { RECOMMENDATIONS } from "../model/tables";
import { rowInLanguage, sheetNameIn } from "../model/workbook-language";

export interface ImportOptions extends ImportChoices {
  /** Leave out rows that cannot be imported (they are listed) instead of refusing the whole import. */
  skipInvalid?: boolean;
  /** Read, check and report, but write nothing. */
  dryRun?: boolean;
  /** Date written in "Imported on"; today by default. */
  importedOn?: Date;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface ImportProgress {
  phase: "reading" | "writing" | "done";
  file?: string;
  fileIndex: number;
  fileCount: number;
  /** Recommendations read so far from the current file. */
  recommendationsRead: number;
}

export interface FileImportResult extends FileOutcome {
  encoding?: TextEncodingName;
  headers?: string[];
  mapping?: ColumnMapping;
  /** Rows or paragraphs of the source not imported (headings, observations...) and values kept with a warning. */
  notices: SourceNotice[];
}

export interface ImportResult {
  files: FileImportResult[];
  /** Rows in the Recommendations table after the import. */
  totalRows: number;
  written: boolean;
}

/** Rows that cannot be imported, each with file, row and column; nothing was written. */
export class ImportRejectedError extends UserFacingError {
  constructor(readonly problems: RowProblem[]) {
    super("import.invalidRows", { count: problems.length, problems: problemList("en", problems) });
  }

  override localized(language: Language): string {
    return translate(language, "import.invalidRows", { count: this.problems.length, problems: problemList(language, this.problems) });
  }
}

/** A message lists the first problems; `problems` keeps them all. */
const LISTED_PROBLEMS = 50;

function problemList(language: Language, problems: readonly RowProblem[]): string {
  const lines = problems.slice(0, LISTED_PROBLEMS).map((problem) => problemText(language, problem));
  if (problems.length > LISTED_PROBLEMS) lines.push(translate(language, "import.moreProblems", { count: problems.length - LISTED_PROBLEMS }));
  return lines.join("\n");
}

export function problemText(language: Language, problem: RowProblem): string {
  return translate(language, "import.problemLine", {
    ...problem.location,
    problem: translate(language, problem.key, problem.params as MessageParams),
  });
}

const YIELD_EVERY = 2000;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UserFacingError("import.aborted");
}

/**
 * Imports recommendation sources into the Recommendations table, all-or-nothing, with one
 * `port.apply`. Creates the table (and the rest of the structure) if the workbook lacks it.
 */
export async function importRecommendations(port: WorkbookPort, sources: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const existing = (await port.readTables(["Recommendations"])).Recommendations;
  const merger = new RecommendationMerger(existing?.rows ?? [], options.importedOn ?? today());
  const files: FileImportResult[] = [];
  const problems: RowProblem[] = [];

  for (const [fileIndex, source] of sources.entries()) {
    checkAborted(signal);
    onProgress?.({ phase: "reading", file: source.name, fileIndex, fileCount: sources.length, recommendationsRead: 0 });
    const opened = await openSource(source, options);
    const merge = merger.openFile(source.name, opened.format);
    const fileProblems: RowProblem[] = [];
    let read = 0;
    for (const event of opened.events) {
      const problem = "problem" in event ? event.problem : "workbookRow" in event ? merge.addRow(event.workbookRow) : merge.add(event.recommendation);
      if (problem) fileProblems.push(problem);
      if (++read % YIELD_EVERY === 0) {
        onProgress?.({ phase: "reading", file: source.name, fileIndex, fileCount: sources.length, recommendationsRead: read });
        await nextTick();
        checkAborted(signal);
      }
    }
    if (read === 0) throw new UserFacingError("import.noRecommendations", { file: source.name, format: opened.format });
    const outcome = merge.finish();
    problems.push(...fileProblems);
    files.push({ ...outcome, skipped: fileProblems, notices: opened.notices, encoding: opened.encoding, headers: opened.headers, mapping: opened.mapping });
  }

  if (problems.length > 0 && !options.skipInvalid) throw new ImportRejectedError(problems);
  checkAborted(signal);
  const anyChange = files.some((file) => file.added.length > 0 || file.updated.length > 0);
  let written = false;
  if (!options.dryRun && (anyChange || !existing)) {
    onProgress?.({ phase: "writing", fileIndex: sources.length, fileCount: sources.length, recommendationsRead: 0 });
    // A workbook without the structure gets it in the same write: still one apply, all-or-nothing.
    const structure = await missingStructure(port);
    const rows = merger.upsert();
    // A workbook without the table gets it whole, rows included: a sheet is never both replaced
    // and upserted in one write (the Excel adapter refuses that).
    const language = structure.result.language;
    const recommendationsSheet = sheetNameIn(language, "Recommendations");
    const plans = existing
      ? structure.plans
      : structure.plans.map((plan) => (plan.sheet === recommendationsSheet ? tablePlan(RECOMMENDATIONS, rows.rows.map((row) => rowInLanguage(RECOMMENDATIONS, row, language)), [], language) : plan));
    const upserts = structure.upserts.filter((upsert) => upsert.table !== "Recommendations");
    const changes: WorkbookChanges = { plans, upserts: existing ? [...upserts, rows] : upserts };
    await port.apply(changes);
    written = true;
  }
  onProgress?.({ phase: "done", fileIndex: sources.length, fileCount: sources.length, recommendationsRead: 0 });
  return { files, totalRows: merger.rowCount, written };
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
