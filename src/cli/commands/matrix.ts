import { generateMatrix } from "../../app/generate-matrix";
import { fieldLabel } from "../../core/matrix/carry-back";
import { formatFilter } from "../../core/matrix/matrix-format";
import type { MatrixFilter } from "../../core/matrix/matrix-model";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { lastOption, parseArgs } from "../args";
import type { CliCommand } from "../command";
import { fileExists, openWorkbookFile, saveWorkbookFile } from "../io";

const USAGE_EXAMPLE = "rights-matrix matrix monitoring.xlsx --mechanism CRC";

export const matrixCommand: CliCommand = {
  name: "matrix",
  async run(argv, context) {
    const args = parseArgs("matrix", argv, {
      valued: ["--mechanism", "--cycle", "--cluster", "--institution", "--response", "--status", "--today"],
      flags: ["--json"],
    });
    const file = args.positional[0];
    if (!file || args.positional.length > 1) {
      throw new UserFacingError("cli.missingArgument", { command: "matrix", argument: "<workbook.xlsx>", example: USAGE_EXAMPLE });
    }
    if (!(await fileExists(file))) throw new UserFacingError("cli.fileMissing", { file });
    const filter: MatrixFilter = {
      mechanism: lastOption(args, "--mechanism"),
      cluster: lastOption(args, "--cluster"),
      institution: lastOption(args, "--institution"),
      response: lastOption(args, "--response"),
      status: lastOption(args, "--status"),
    };
    const cycle = lastOption(args, "--cycle");
    if (cycle !== undefined) {
      if (!/^\d+$/.test(cycle.trim())) throw new UserFacingError("matrix.filter.badCycle", { value: cycle });
      filter.cycle = Number(cycle);
    }
    const todayOption = lastOption(args, "--today");
    if (todayOption !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayOption)) {
      throw new UserFacingError("cli.missingArgument", { command: "matrix", argument: "--today YYYY-MM-DD", example: `${USAGE_EXAMPLE} --today 2026-06-30` });
    }
    const workbook = await openWorkbookFile(file);
    const summary = await generateMatrix(workbook, {
      filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
      today: todayOption ?? new Date(),
      language: context.language,
    });
    await saveWorkbookFile(workbook, file);

    if (args.flags.has("--json")) {
      context.out(JSON.stringify(summary, null, 2));
      return 0;
    }
    context.out(
      translate(context.language, "cli.matrixDone", {
        file,
        matrix: summary.sheets.matrix,
        dashboard: summary.sheets.dashboard,
        filter: formatFilter(summary.filter, context.language),
        rows: summary.rows,
        recommendations: summary.recommendations,
        clusters: summary.clusters,
        gaps: summary.gaps,
        overdue: summary.overdueActions,
        upcoming: summary.upcomingDeadlines,
        edits: summary.carriedBack.length,
      }),
    );
    for (const conflict of summary.conflicts) {
      context.out(
        translate(context.language, "cli.matrixConflict", {
          ids: conflict.ids.join("; "),
          column: fieldLabel(conflict.field, context.language),
          matrix: conflict.matrixValue,
          table: conflict.tableValue,
        }),
      );
    }
    for (const orphan of summary.orphans) {
      context.out(
        translate(context.language, "cli.matrixOrphan", {
          sheet: summary.sheets.matrix,
          row: orphan.sheetRow,
          column: fieldLabel(orphan.field, context.language),
          value: orphan.edited,
          ids: orphan.missingIds.join("; "),
        }),
      );
    }
    return 0;
  },
};
