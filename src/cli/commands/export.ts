import path from "node:path";
import { exportImpactOss, exportWorkbookTable, type TableFile } from "../../app/export-table";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { TABLES } from "../../model/tables";
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
 * `rights-matrix export <workbook.xlsx> --to <file.docx|file.csv|file.xlsx> [--format report|impactoss|table]
 * [--table NAME] [--mechanism CODE] [--cycle N] [--lang en|es|fr]`
 */
export const exportCommand: CliCommand = {
  name: "export",
  async run(argv, context: CliContext): Promise<ExitCode> {
    const args = parseArgs("export", argv, { valued: ["--to", "--format", "--table", "--mechanism", "--cycle"] });
    const [file, ...extra] = args.positional;
    const target = lastOption(args, "--to");
    if (!file || extra.length > 0) throw new UserFacingError("cli.missingArgument", { command: "export", argument: "<workbook.xlsx>", example: EXAMPLE });
    if (!target) throw new UserFacingError("cli.missingArgument", { command: "export", argument: "--to <file.docx|file.csv|file.xlsx>", example: EXAMPLE });
    if (!(await fileExists(file))) throw new UserFacingError("cli.fileMissing", { file });
    if (path.resolve(target) === path.resolve(file)) throw new UserFacingError("export.sameFile", { file: target });
    const { format, extension } = formatFor(lastOption(args, "--format"), target);
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(context.language, key, params);
    const workbook = await openWorkbookFile(file);

    if (format === "impactoss") {
      const files = await exportImpactOss(workbook);
      for (const impactFile of files) await writeFileAtomically(impactOssFileName(target, impactFile.entity), impactFile.csv);
      for (const impactFile of files) {
        context.out(t("export.done", { file: impactOssFileName(target, impactFile.entity), what: t("export.what.impactoss", { entity: impactFile.entity, rows: impactFile.rows.length }) }));
      }
      return 0;
    }
    if (format === "table") {
      const table = lastOption(args, "--table");
      if (!table) throw new UserFacingError("export.needsTable", { tables: TABLES.map((def) => def.name).join(", "), file: target });
      const exported = await exportWorkbookTable(workbook, table, extension === ".csv" ? "csv" : "xlsx");
      await writeFileAtomically(target, await tableBytes(exported, path.basename(target)));
      context.out(t("export.done", { file: target, what: t("export.what.rows", { rows: exported.table.rows.length, table: exported.table.title }) }));
      return 0;
    }
    throw new UserFacingError("export.unknownFormat", { format, file: target });
  },
};
