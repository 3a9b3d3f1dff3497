import type { Language } from "../model/vocabularies";

export interface CliContext {
  language: Language;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes: 0 success, 1 findings, 2 bad usage or bad input. */
export type ExitCode = 0 | 1 | 2;

export interface CliCommand {
  name: string;
  run(argv: readonly string[], context: CliContext): Promise<ExitCode>;
}
