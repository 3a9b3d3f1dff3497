import { promises as fs } from "node:fs";
import path from "node:path";
import { ImportRejectedError, importRecommendations, problemText, type ImportResult } from "../../app/import-recommendations";
import { fieldFromName } from "../../core/import/column-mapping";
import { IMPORT_FORMATS, RECOMMENDATION_FIELDS, type ColumnMapping, type ImportFormat, type ImportSource, type RowProblem, type SourceNotice } from "../../core/import/source-types";
import { countryCode } from "../../model/countries";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { MECHANISMS, type Language } from "../../model/vocabularies";
import { XlsxWorkbook } from "../../workbook/file/xlsx-workbook";
import { lastOption, parseArgs } from "../args";
import type { CliCommand, CliContext } from "../command";
import { fileExists, openWorkbookFile, saveWorkbookFile } from "../io";

const USAGE_EXAMPLE = "rights-matrix import monitoring.xlsx thematic-list.docx";

function parseMapping(entries: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const entry of entries) {
    const split = entry.lastIndexOf("=");
    const field = split > 0 ? fieldFromName(entry.slice(split + 1)) : undefined;
    if (!field) throw new UserFacingError("import.badMapping", { entry, fields: RECOMMENDATION_FIELDS.join(", ") });
    mapping[entry.slice(0, split).trim()] = field;
  }
  return mapping;
}

/** `--country-name "DPR Korea=PRK"`: a State name the table does not know, and its ISO3 code. */
function parseCountryNames(entries: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const entry of entries) {
    const split = entry.lastIndexOf("=");
    const code = split > 0 ? countryCode(entry.slice(split + 1).trim().toUpperCase()) : undefined;
    if (!code || !entry.slice(0, split).trim()) throw new UserFacingError("import.badCountryNameOption", { entry });
    names[entry.slice(0, split).trim()] = code;
  }
  return names;
}

async function readSources(files: readonly string[]): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const file of files) {
    if (!(await fileExists(file))) throw new UserFacingError("import.fileNotFound", { file });
    sources.push({ name: path.basename(file), bytes: new Uint8Array(await fs.readFile(file)) });
  }
  return sources;
}

function printSummary(result: ImportResult, language: Language, out: (text: string) => void): void {
  for (const file of result.files) {
    out(translate(language, "import.summaryLine", { file: file.file, format: file.format, added: file.added.length, updated: file.updated.length, unchanged: file.unchanged, skipped: file.skipped.length }));
    for (const change of file.updated) out(translate(language, "import.changedRow", { id: change.id, columns: change.columns.join(", ") }));
    for (const problem of file.skipped) out(translate(language, "import.skippedRow", { problem: problemText(language, problem) }));
    const leftOut = file.notices.filter((notice) => notice.kind === "leftOut");
    if (leftOut.length > 0) out(translate(language, "import.leftOutSummary", { count: leftOut.length }));
    for (const notice of leftOut) out(translate(language, "import.leftOutRow", { ...notice.location, problem: translate(language, notice.key, notice.params) }));
    for (const notice of file.notices.filter((candidate) => candidate.kind === "warning")) {
      out(translate(language, "import.warningRow", { ...notice.location, problem: translate(language, notice.key, notice.params) }));
    }
  }
}

function problemJson(problem: RowProblem, language: Language): unknown {
  return { ...problem.location, message: translate(language, problem.key, problem.params) };
}

function noticeJson(notice: SourceNotice, language: Language): unknown {
  return { ...notice.location, message: translate(language, notice.key, notice.params) };
}

function jsonResult(result: ImportResult, language: Language): unknown {
  return {
    written: result.written,
    totalRows: result.totalRows,
    files: result.files.map((file) => ({
      file: file.file,
      format: file.format,
      encoding: file.encoding,
      mapping: file.mapping,
      added: file.added.length,
      updated: file.updated.length,
      unchanged: file.unchanged,
      skipped: file.skipped.length,
      addedIds: file.added,
      updatedRows: file.updated,
      skippedRows: file.skipped.map((problem) => problemJson(problem, language)),
      leftOut: file.notices.filter((notice) => notice.kind === "leftOut").length,
      leftOutRows: file.notices.filter((notice) => notice.kind === "leftOut").map((notice) => noticeJson(notice, language)),
      warnings: file.notices.filter((notice) => notice.kind === "warning").map((notice) => noticeJson(notice, language)),
    })),
  };
}

export const importCommand: CliCommand = {
  name: "import",
  async run(argv, context: CliContext) {
    const args = parseArgs("import", argv, {
      valued: ["--format", "--map", "--country", "--mechanism", "--country-name"],
      flags: ["--skip-invalid", "--dry-run", "--json", "--observations"],
    });
    const [workbookFile, ...files] = args.positional;
    if (!workbookFile || files.length === 0) {
      throw new UserFacingError("cli.missingArgument", { command: "import", argument: "<workbook.xlsx> <file...>", example: USAGE_EXAMPLE });
    }
    const format = lastOption(args, "--format") ?? "auto";
    if (format !== "auto" && !(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UserFacingError("import.badFormatOption", { value: format });
    const countryOption = lastOption(args, "--country");
    const country = countryOption ? countryCode(countryOption) : undefined;
    if (countryOption && !country) throw new UserFacingError("import.badCountryOption", { value: countryOption });
    const mechanismOption = lastOption(args, "--mechanism");
    const mechanism = mechanismOption ? MECHANISMS.find((candidate) => candidate.code.toLowerCase() === mechanismOption.toLowerCase())?.code : undefined;
    if (mechanismOption && !mechanism) throw new UserFacingError("import.badMechanismOption", { value: mechanismOption, codes: MECHANISMS.map((m) => m.code).join(", ") });
    const mappingEntries = args.options.get("--map") ?? [];
    const countryNameEntries = args.options.get("--country-name") ?? [];

    const sources = await readSources(files);
    const exists = await fileExists(workbookFile);
    const workbook = exists ? await openWorkbookFile(workbookFile) : XlsxWorkbook.empty(path.basename(workbookFile));
    const dryRun = args.flags.has("--dry-run");
    const json = args.flags.has("--json");
    const result = await importRecommendations(workbook, sources, {
      format: format as ImportFormat | "auto",
      mapping: mappingEntries.length > 0 ? parseMapping(mappingEntries) : undefined,
      country,
      mechanism,
      countryNames: countryNameEntries.length > 0 ? parseCountryNames(countryNameEntries) : undefined,
      includeObservations: args.flags.has("--observations"),
      skipInvalid: args.flags.has("--skip-invalid"),
      dryRun,
    }).catch((error: unknown) => {
      if (!(json && error instanceof ImportRejectedError)) throw error;
      context.out(JSON.stringify({ written: false, error: error.localized(context.language).split("\n")[0], problems: error.problems.map((problem) => problemJson(problem, context.language)) }, null, 2));
      return undefined;
    });
    if (!result) return 2;
    if (result.written) await saveWorkbookFile(workbook, workbookFile);

    if (json) context.out(JSON.stringify(jsonResult(result, context.language), null, 2));
    else {
      printSummary(result, context.language, context.out);
      context.out(
        dryRun
          ? translate(context.language, "import.dryRun", { file: workbookFile })
          : translate(context.language, result.written ? "import.written" : "import.nothingChanged", { file: workbookFile, rows: result.totalRows }),
      );
    }
    return result.files.some((file) => file.skipped.length > 0) ? 1 : 0;
  },
};
