import { UserFacingError } from "../model/i18n/messages";

/** Parsed command line: positional arguments, and options (repeatable ones as arrays). */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

export interface OptionSpec {
  /** Options that take a value, e.g. "--clusters". */
  valued?: readonly string[];
  /** Options that take no value, e.g. "--json". */
  flags?: readonly string[];
}

export function parseArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], options: new Map(), flags: new Set() };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith("--")) {
      parsed.positional.push(argument);
      continue;
    }
    const [name, inlineValue] = argument.split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      parsed.flags.add(name);
    } else if (spec.valued?.includes(name)) {
      const value = inlineValue ?? argv[++index];
      if (value === undefined) throw new UserFacingError("cli.missingArgument", { command, argument: name, example: `${name} VALUE` });
      parsed.options.set(name, [...(parsed.options.get(name) ?? []), value]);
    } else {
      throw new UserFacingError("cli.unknownOption", { option: name, command });
    }
  }
  return parsed;
}

export function lastOption(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.options.get(name)?.at(-1);
}
