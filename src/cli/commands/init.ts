import { initWorkbook } from "../../app/init-workbook";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { LISTS } from "../../model/lists";
import { LANGUAGES, type Language } from "../../model/vocabularies";
import { DEFAULT_WORKBOOK_LANGUAGE, sheetNameIn } from "../../model/workbook-language";
import { XlsxWorkbook } from "../../workbook/file/xlsx-workbook";
import { lastOption, parseArgs } from "../args";
import type { CliCommand } from "../command";
import { fileExists, saveWorkbookFile } from "../io";
import path from "node:path";

/** The workbook's own language (`--language`), which is not the language of the messages (`--lang`). */
function workbookLanguage(value: string | undefined): Language {
  if (value === undefined) return DEFAULT_WORKBOOK_LANGUAGE;
  const language = LANGUAGES.find((candidate) => candidate === value.trim().toLowerCase());
  if (!language) throw new UserFacingError("cli.unknownWorkbookLanguage", { value });
  return language;
}

export const initCommand: CliCommand = {
  name: "init",
  async run(argv, context) {
    const args = parseArgs("init", argv, { flags: ["--force"], valued: ["--language"] });
    const file = args.positional[0];
    if (!file || args.positional.length > 1) {
      throw new UserFacingError("cli.missingArgument", { command: "init", argument: "<workbook.xlsx>", example: "rights-matrix init monitoring.xlsx" });
    }
    const language = workbookLanguage(lastOption(args, "--language"));
    if ((await fileExists(file)) && !args.flags.has("--force")) throw new UserFacingError("cli.fileExists", { file });
    const workbook = XlsxWorkbook.empty(path.basename(file));
    const result = await initWorkbook(workbook, language);
    await saveWorkbookFile(workbook, file);
    const sheets = result.createdTables.map((table) => sheetNameIn(language, table)).join(", ");
    context.out(translate(context.language, "cli.initDone", { file, tables: sheets, listsSheet: sheetNameIn(language, "Lists"), lists: LISTS.length }));
    return 0;
  },
};
