import { validateWorkbook } from "../../app/validate";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { groupFindings } from "../../core/validate/group-findings";
import { parseArgs } from "../args";
import type { CliCommand } from "../command";
import { fileExists, openWorkbookFile, saveWorkbookFile } from "../io";

const TEXT_LINES_PER_RULE = 10;

/** `rights-matrix validate <workbook.xlsx> [--json] [--write-smart]`: exit 1 when any finding is an error. */
export const validateCommand: CliCommand = {
  name: "validate",
  async run(argv, context) {
    const args = parseArgs("validate", argv, { flags: ["--json", "--write-smart"] });
    const file = args.positional[0];
    if (!file || args.positional.length > 1) {
      throw new UserFacingError("cli.missingArgument", { command: "validate", argument: "<workbook.xlsx>", example: "rights-matrix validate monitoring.xlsx --json" });
    }
    if (!(await fileExists(file))) throw new UserFacingError("cli.fileMissing", { file });
    const workbook = await openWorkbookFile(file);
    const writeSmart = args.flags.has("--write-smart");
    const report = await validateWorkbook(workbook, { language: context.language, writeSmart });
    if (report.smartWritten > 0) await saveWorkbookFile(workbook, file);
    if (args.flags.has("--json")) {
      const findings = report.findings.map(({ table, rowId, column, cell, severity, code, message }) => ({ table, rowId, column, cell, severity, code, message }));
      context.out(JSON.stringify({ findings }, null, 2));
    } else {
      const counts = { file, actions: report.actions, indicators: report.indicators };
      const groups = groupFindings(report.findings);
      for (const table of new Set(groups.map((group) => group.table))) {
        const own = groups.filter((group) => group.table === table);
        const count = (severity: string) => own.find((group) => group.severity === severity)?.findings.length ?? 0;
        context.out(`\n${translate(context.language, "cli.validate.table", { table, errors: count("error"), warnings: count("warning") })}`);
        const shown = new Map<string, number>();
        for (const finding of own.flatMap((group) => group.findings)) {
          // A long gap list would bury everything else: the first few of each rule, then a count.
          const seen = (shown.get(finding.code) ?? 0) + 1;
          shown.set(finding.code, seen);
          if (seen > TEXT_LINES_PER_RULE) continue;
          const severity = translate(context.language, `validate.severity.${finding.severity}`);
          context.out(`  ${finding.cell.padEnd(20)} ${severity.padEnd(8)} ${finding.code.padEnd(34)} ${finding.message}`);
        }
        for (const [code, seen] of shown) {
          if (seen > TEXT_LINES_PER_RULE) context.out(`  ${translate(context.language, "cli.validate.more", { count: seen - TEXT_LINES_PER_RULE, code })}`);
        }
      }
      context.out(
        report.findings.length === 0
          ? translate(context.language, "cli.validate.clean", counts)
          : translate(context.language, "cli.validate.summary", { ...counts, errors: report.errors, warnings: report.warnings }),
      );
      if (writeSmart) context.out(translate(context.language, "cli.validate.smartWritten", { count: report.smartWritten }));
    }
    return report.errors > 0 ? 1 : 0;
  },
};
