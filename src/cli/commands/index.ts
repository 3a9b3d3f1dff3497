import type { CliCommand } from "../command";
import { initCommand } from "./init";
import { importCommand } from "./import";
import { suggestCommand } from "./suggest";
import { acceptCommand } from "./accept";
import { matrixCommand } from "./matrix";
import { progressCommand } from "./progress";
import { exportCommand } from "./export";

/** Every command of the rights-matrix CLI, in workflow order; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  importCommand,
  suggestCommand,
  acceptCommand,
  matrixCommand,
  progressCommand,
  exportCommand,
];
