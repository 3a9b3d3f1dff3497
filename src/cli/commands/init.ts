import { initWorkbook } from "../../app/init-workbook";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { LISTS } from "../../model/lists";
import { XlsxWorkbook } from "../../workbook/file/xlsx-workbook";
import { parseArgs } from "../args";
import type { CliCommand } from "../command";
import { fileExists, saveWorkbookFile } from "../io";
import path from "node:path";

export const initCommand: CliCommand = {
  name: "init",
  async run(argv, context) {
    const args = parseArgs("init", argv, { flags: ["--force"] });
    const file = args.positional[0];
    if (!file || args.positional.length > 1) {
      throw new UserFacingError("cli.missingArgument", { command: "init", argument: "<workbook.xlsx>", example: "rights-matrix init monitoring.xlsx" });
    }
    if ((await fileExists(file)) && !args.flags.has("--force")) throw new UserFacingError("cli.fileExists", { file });
    const workbook = XlsxWorkbook.empty(path.basename(file));
    const result = await initWorkbook(workbook);
    await saveWorkbookFile(workbook, file);
    context.out(translate(context.language, "cli.initDone", { file, tables: result.createdTables.join(", "), lists: LISTS.length }));
    return 0;
  },
};
