import type { CliCommand } from "../command";
import { initCommand } from "./init";

/** Every command of the rights-matrix CLI; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [initCommand];
