/**
 * `npm run demo`: the whole workflow on the bundled sample, through the same CLI people use.
 * Each step is one CLI command; later capabilities add their step here.
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/main";

const ROOT = path.resolve(__dirname, "..", "..");
const DEMO_DIR = path.join(ROOT, "demo");
const WORKBOOK = path.join(DEMO_DIR, "rights-matrix-demo.xlsx");
const SAMPLES = path.join(ROOT, "samples");

async function step(title: string, argv: string[], allowed: number[] = [0]): Promise<void> {
  console.log(`\n== ${title}\n$ rights-matrix ${argv.map((arg) => (arg.includes(" ") ? JSON.stringify(arg) : path.relative(ROOT, arg) || arg)).join(" ")}`);
  const code = await runCli(argv);
  if (!allowed.includes(code)) throw new Error(`Demo step "${title}" exited with ${code}`);
}

async function main(): Promise<void> {
  if (existsSync(WORKBOOK)) rmSync(WORKBOOK);
  await step("Create the structured monitoring workbook", ["init", WORKBOOK]);
  const slovenia = [
    "UPR20__Slovenia_ThematicListRecommendations_E.docx",
    "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
    "upr48-slovenia-thematic-list-of-recommendatio.docx",
  ].map((file) => path.join(SAMPLES, "slovenia", file));
  await step("Import Slovenia's three OHCHR thematic lists of UPR recommendations", ["import", WORKBOOK, ...slovenia]);
  await step("Import them again: nothing is added or changed", ["import", WORKBOOK, slovenia[2]]);
  await step("Add the secretariat's draft plan: institutions, clusters, actions and indicators (with deliberate mistakes)", ["load-plan", WORKBOOK, path.join(SAMPLES, "demo-plan.json")]);
  await step("Suggest clusters, overlap groups, themes and SDG targets, with reasons (writes nothing)", ["suggest", WORKBOOK]);
  await step("Accept the suggestions (a person would review them first)", ["accept", WORKBOOK, "--all"]);
  // The demo plan holds deliberate mistakes: validate reports them and exits 1.
  await step("Validate the actions and indicators, and rate each action SMART", ["validate", WORKBOOK, "--write-smart"], [0, 1]);
  await step("Generate the Monitoring Matrix and the Dashboard", ["matrix", WORKBOOK]);
  await step("Export the matrix as a Word report next to the workbook", ["export", WORKBOOK, "--to", WORKBOOK.replace(/\.xlsx$/, "-report.docx")]);
  console.log(`\nDemo workbook: ${WORKBOOK}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
