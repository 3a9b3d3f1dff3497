import type { CliCommand } from "../command";
import { initCommand } from "./init";
import { matrixCommand } from "./matrix";
import { progressCommand } from "./progress";
import { exportCommand } from "./export";

/** Every command of the rights-matrix CLI; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [initCommand, matrixCommand, progressCommand, exportCommand];
