import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { exportWordReport } from "../../app/export-report";
import { exportImpactOss, exportMatrixTable, exportWorkbookTable, type TableFile } from "../../app/export-table";
import type { MatrixFilter } from "../../core/matrix/matrix-model";
import { existingReferences, isDateFormat, type ExistingReferences, type ImpactOssOptions } from "../../core/report/impactoss";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { XlsxWorkbook } from "../../workbook/file/xlsx-workbook";
import { lastOption, parseArgs } from "../args";
import type { CliCommand, CliContext, ExitCode } from "../command";
import { fileExists, openWorkbookFile, writeFileAtomically } from "../io";

type ExportFormat = "report" | "impactoss" | "table";
const FORMATS: readonly ExportFormat[] = ["report", "impactoss", "table"];
const EXAMPLE = "rights-matrix export monitoring.xlsx --to report.docx --mechanism CRC --lang es";

function formatFor(requested: string | undefined, target: string): { format: ExportFormat; extension: string } {
  const extension = path.extname(target).toLowerCase();
  const format = (requested ?? (extension === ".docx" ? "report" : "table")) as ExportFormat;
  const fits = (format === "report" && extension === ".docx") || (format === "impactoss" && extension === ".csv") || (format === "table" && (extension === ".csv" || extension === ".xlsx"));
  if (!FORMATS.includes(format) || !fits) throw new UserFacingError("export.unknownFormat", { format: requested ?? extension, file: target });
  return { format, extension };
}

/** IMPACT OSS imports one entity type per file: report.csv becomes report-recommendations.csv and so on. */
export function impactOssFileName(target: string, entity: string): string {
  const extension = path.extname(target);
  return `${target.slice(0, target.length - extension.length)}-${entity}${extension}`;
}

async function tableBytes(file: TableFile, label: string): Promise<Uint8Array | string> {
  if (file.format === "csv") return file.text;
  // The .xlsx goes through the file adapter, like every workbook Rights Matrix writes.
  const workbook = XlsxWorkbook.empty(label);
  await workbook.apply({ plans: [file.plan] });
  return workbook.toBytes();
}

/**
 * What a previous hand-over gave the instance: its folder or .zip (the files by their names), or
 * a text file of references, one per line.
 */
async function previousHandOver(since: string): Promise<ExistingReferences> {
  if (!(await fileExists(since))) throw new UserFacingError("export.impactoss.sinceMissing", { path: since });
  const files: { name: string; text: string }[] = [];
  if ((await stat(since)).isDirectory()) {
    for (const name of (await readdir(since)).filter((entry) => /\.(csv|txt)$/i.test(entry)).sort()) files.push({ name, text: await readFile(path.join(since, name), "utf8") });
  } else if (/\.zip$/i.test(since)) {
    const zip = await JSZip.loadAsync(await readFile(since));
    for (const entry of Object.values(zip.files).filter((candidate) => !candidate.dir && /\.csv$/i.test(candidate.name))) files.push({ name: path.basename(entry.name), text: await entry.async("string") });
  } else files.push({ name: path.basename(since), text: await readFile(since, "utf8") });
  return existingReferences(files);
}

async function impactOssOptionsOf(args: ReturnType<typeof parseArgs>, language: ImpactOssOptions["language"]): Promise<ImpactOssOptions> {
  const dateFormat = lastOption(args, "--date-format");
  if (dateFormat !== undefined && !isDateFormat(dateFormat)) throw new UserFacingError("export.impactoss.badDateFormat", { format: dateFormat });
  const framework = lastOption(args, "--framework");
  if (framework !== undefined && !/^[1-9]\d*$/.test(framework.trim())) throw new UserFacingError("export.impactoss.badFramework", { value: framework });
  const since = lastOption(args, "--since");
  return { dateFormat, frameworkId: framework === undefined ? undefined : Number(framework), existing: since === undefined ? undefined : await previousHandOver(since), language };
}

const FILTER_OPTIONS = ["mechanism", "cycle", "cluster", "institution", "response", "status"] as const;

/** The matrix's filter options, as the matrix command takes them. */
function filterOf(args: ReturnType<typeof parseArgs>): MatrixFilter {
  const filter: MatrixFilter = {};
  for (const name of FILTER_OPTIONS) {
    const value = lastOption(args, `--${name}`);
    if (value === undefined) continue;
    if (name === "cycle") {
      if (!/^\d+$/.test(value.trim())) throw new UserFacingError("matrix.filter.badCycle", { value });
      filter.cycle = Number(value);
    } else filter[name] = value;
  }
  return filter;
}

function todayOf(args: ReturnType<typeof parseArgs>): Date | string {
  const today = lastOption(args, "--today");
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UserFacingError("cli.missingArgument", { command: "export", argument: "--today YYYY-MM-DD", example: `${EXAMPLE} --today 2026-06-30` });
  return today ?? new Date();
}

/**
 * `rights-matrix export <workbook.xlsx> --to <file.docx|file.csv|file.xlsx> [--format report|impactoss|table]
 * [--table NAME] [--mechanism CODE] [--cycle N] [--cluster ID] [--institution NAME] [--response R] [--status S]
 * [--today YYYY-MM-DD] [--lang en|es|fr]`. Without --table, a table export is the (filtered) matrix.
 * IMPACT OSS files take `--date-format dd/MM/yyyy`, `--framework 1` and `--since <previous hand-over folder|zip|list>`.
 */
export const exportCommand: CliCommand = {
  name: "export",
  async run(argv, context: CliContext): Promise<ExitCode> {
    const args = parseArgs("export", argv, { valued: ["--to", "--format", "--table", "--today", "--date-format", "--framework", "--since", ...FILTER_OPTIONS.map((name) => `--${name}`)] });
    const [file, ...extra] = args.positional;
    const target = lastOption(args, "--to");
    if (!file || extra.length > 0) throw new UserFacingError("cli.missingArgument", { command: "export", argument: "<workbook.xlsx>", example: EXAMPLE });
    if (!target) throw new UserFacingError("cli.missingArgument", { command: "export", argument: "--to <file.docx|file.csv|file.xlsx>", example: EXAMPLE });
    if (!(await fileExists(file))) throw new UserFacingError("cli.fileMissing", { file });
    if (path.resolve(target) === path.resolve(file)) throw new UserFacingError("export.sameFile", { file: target });
    const { format, extension } = formatFor(lastOption(args, "--format"), target);
    const filter = filterOf(args);
    const today = todayOf(args);
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(context.language, key, params);
    const workbook = await openWorkbookFile(file);

    if (format === "impactoss") {
      const handOver = await exportImpactOss(workbook, await impactOssOptionsOf(args, context.language));
      for (const impactFile of handOver.files) await writeFileAtomically(impactOssFileName(target, impactFile.entity), impactFile.csv);
      for (const impactFile of handOver.files) {
        context.out(t("export.done", { file: impactOssFileName(target, impactFile.entity), what: t("export.what.impactoss", { entity: impactFile.entity, rows: impactFile.rows.length }) }));
      }
      const { skipped } = handOver;
      if (skipped.recommendations + skipped.measures + skipped.indicators > 0) context.out(t("export.impactoss.skipped", { ...skipped }));
      context.out(t("export.impactoss.order", { categories: impactOssFileName(target, "categories") }));
      return 0;
    }
    if (format === "table") {
      const table = lastOption(args, "--table");
      const fileFormat = extension === ".csv" ? "csv" : "xlsx";
      const filtered = Object.keys(filter)[0];
      if (table && filtered) throw new UserFacingError("export.filterWithTable", { option: filtered, table });
      const exported = table
        ? await exportWorkbookTable(workbook, table, fileFormat)
        : await exportMatrixTable(workbook, { filter, language: context.language, today }, fileFormat);
      await writeFileAtomically(target, await tableBytes(exported, path.basename(target)));
      context.out(t("export.done", { file: target, what: t("export.what.rows", { rows: exported.table.rows.length, table: exported.table.title }) }));
      return 0;
    }
    const report = await exportWordReport(workbook, { filter, language: context.language, today });
    await writeFileAtomically(target, report.bytes);
    const clusters = report.matrix.clusters.filter((cluster) => cluster.id !== null && cluster.rows.length > 0).length;
    context.out(t("export.done", { file: target, what: t("export.what.report", { recommendations: report.matrix.totals.recommendations, clusters }) }));
    return 0;
  },
};
