import { runCli } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with an empty environment (so English), capturing what it prints. */
export async function runCliCaptured(argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv], { out: (text) => out.push(text), err: (text) => err.push(text) }, {});
  return { code, out: out.join("\n"), err: err.join("\n") };
}
