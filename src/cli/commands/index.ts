import type { CliCommand } from "../command";
import { initCommand } from "./init";
import { sampleCommand } from "./sample";
import { validateCommand } from "./validate";

/** Every command of the rights-matrix CLI; a new command adds one line here. */
export const COMMANDS: readonly CliCommand[] = [initCommand, sampleCommand, validateCommand];
