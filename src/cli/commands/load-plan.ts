import { promises as fs } from "node:fs";
import path from "node:path";
import { ensureStructure } from "../../app/init-workbook";
import { loadPlan } from "../../app/load-plan";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { parseArgs } from "../args";
import type { CliCommand } from "../command";
import { fileExists, openWorkbookFile, saveWorkbookFile } from "../io";

/** `rights-matrix load-plan <workbook.xlsx> <plan.json>`: adds a plan's institutions, clusters, actions and indicators. */
export const loadPlanCommand: CliCommand = {
  name: "load-plan",
  async run(argv, context) {
    const args = parseArgs("load-plan", argv, {});
    const [file, planFile] = args.positional;
    if (!file || !planFile || args.positional.length > 2) {
      throw new UserFacingError("cli.missingArgument", { command: "load-plan", argument: "<workbook.xlsx> <plan.json>", example: "rights-matrix load-plan monitoring.xlsx samples/demo-plan.json" });
    }
    for (const required of [file, planFile]) if (!(await fileExists(required))) throw new UserFacingError("cli.fileMissing", { file: required });
    let plan: unknown;
    try {
      plan = JSON.parse(await fs.readFile(planFile, "utf8"));
    } catch (error) {
      throw new UserFacingError("error.planNotJson", { file: planFile, reason: error instanceof Error ? error.message : String(error) });
    }
    const workbook = await openWorkbookFile(file);
    // A workbook without the tables or the Lists sheet gets them first; the file is saved once, after both.
    await ensureStructure(workbook);
    const counts = await loadPlan(workbook, plan, path.basename(planFile));
    await saveWorkbookFile(workbook, file);
    context.out(translate(context.language, "cli.loadPlanDone", { file: path.basename(planFile), ...counts }));
    return 0;
  },
};
