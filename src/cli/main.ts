import { UserFacingError, languageFromTag, translate } from "../model/i18n/messages";
import { VERSION } from "../model/version";
import { LANGUAGES, type Language } from "../model/vocabularies";
import type { CliContext, ExitCode } from "./command";
import { COMMANDS } from "./commands";
import { fileSystemError } from "./io";


/** `--lang xx` wins, then LC_ALL / LC_MESSAGES / LANG. */
function languageOf(argv: string[], environment: NodeJS.ProcessEnv): { language: Language; rest: string[] } {
  const rest: string[] = [];
  let language = languageFromTag(environment.LC_ALL || environment.LC_MESSAGES || environment.LANG);
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = argument === "--lang" ? argv[++index] : argument.startsWith("--lang=") ? argument.slice(7) : undefined;
    if (value === undefined) rest.push(argument);
    else if ((LANGUAGES as readonly string[]).includes(value)) language = value as Language;
  }
  return { language, rest };
}

export async function runCli(
  argv: string[],
  io: Pick<CliContext, "out" | "err"> = { out: (text) => console.log(text), err: (text) => console.error(text) },
  environment: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const { language, rest } = languageOf(argv, environment);
  const context: CliContext = { language, ...io };
  const [name, ...commandArgs] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    context.out(translate(language, "cli.usage"));
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    context.out(VERSION);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    context.err(translate(language, "cli.unknownCommand", { command: name }));
    return 2;
  }
  try {
    return await command.run(commandArgs, context);
  } catch (error) {
    // A permission or I/O error the command did not catch itself still names the file plainly.
    const userFacing = error instanceof UserFacingError ? error : fileSystemError(error);
    if (userFacing) {
      context.err(userFacing.localized(language));
      return 2;
    }
    context.err(translate(language, "cli.unexpected", { detail: error instanceof Error ? error.message : String(error) }));
    if (environment.RIGHTS_MATRIX_DEBUG && error instanceof Error) context.err(error.stack ?? "");
    return 2;
  }
}
