import type { CliCommand } from "../command";
import { initCommand } from "./init";
import { matrixCommand } from "./matrix";

/** Every command of the rights-matrix CLI; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [initCommand, matrixCommand];
