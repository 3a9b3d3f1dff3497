import path from "node:path";
import { existsSync, rmSync } from "node:fs";
import { runCliCaptured } from "./cli";
import { SAMPLES } from "./demo-workbook";

/**
 * The workbook `npm run demo` builds, through the same CLI commands: Slovenia's three UPR lists
 * imported, the demo plan loaded, the suggestions accepted, the SMART ratings written, the matrix
 * generated. What a person opens after the demo.
 */
export async function buildFullDemoWorkbook(file: string): Promise<void> {
  if (existsSync(file)) rmSync(file);
  const slovenia = [
    "UPR20__Slovenia_ThematicListRecommendations_E.docx",
    "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
    "upr48-slovenia-thematic-list-of-recommendatio.docx",
  ].map((name) => path.join(SAMPLES, "slovenia", name));
  const steps: { argv: string[]; allowed: number[] }[] = [
    { argv: ["init", file], allowed: [0] },
    { argv: ["import", file, ...slovenia], allowed: [0] },
    { argv: ["load-plan", file, path.join(SAMPLES, "demo-plan.json")], allowed: [0] },
    { argv: ["accept", file, "--all"], allowed: [0] },
    // The demo plan holds deliberate mistakes: validate reports them and exits 1.
    { argv: ["validate", file, "--write-smart"], allowed: [0, 1] },
    { argv: ["matrix", file], allowed: [0] },
  ];
  for (const step of steps) {
    const run = await runCliCaptured(step.argv);
    if (!step.allowed.includes(run.code)) throw new Error(`rights-matrix ${step.argv[0]} exited ${run.code}: ${run.err || run.out}`);
  }
}
