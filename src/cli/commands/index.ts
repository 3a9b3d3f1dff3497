import type { CliCommand } from "../command";
import { initCommand } from "./init";
import { importCommand } from "./import";
import { suggestCommand } from "./suggest";
import { acceptCommand } from "./accept";
import { matrixCommand } from "./matrix";
import { progressCommand } from "./progress";
import { exportCommand } from "./export";
import { loadPlanCommand } from "./load-plan";
import { validateCommand } from "./validate";

/** Every command of the rights-matrix CLI, in workflow order; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  importCommand,
  suggestCommand,
  acceptCommand,
  loadPlanCommand,
  validateCommand,
  matrixCommand,
  progressCommand,
  exportCommand,
];
