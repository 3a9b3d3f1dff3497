import type { CliCommand } from "../command";
import { initCommand } from "./init";
import { importCommand } from "./import";
import { suggestCommand } from "./suggest";
import { acceptCommand } from "./accept";
import { matrixCommand } from "./matrix";

/** Every command of the rights-matrix CLI, in workflow order; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  importCommand,
  suggestCommand,
  acceptCommand,
  matrixCommand,
];
