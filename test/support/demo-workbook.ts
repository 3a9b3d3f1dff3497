import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { importRecommendations } from "../../src/app/import-recommendations";
import { initWorkbook } from "../../src/app/init-workbook";
import { loadPlan } from "../../src/app/load-plan";
import type { Row } from "../../src/model/cells";
import { recommendationId, uprCycleFromSession } from "../../src/model/ids";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

export const SAMPLES = path.join(__dirname, "..", "..", "samples");
export const DEMO_PLAN_FILE = path.join(SAMPLES, "demo-plan.json");

/**
 * The Slovenia 2025 (48th session) recommendations that the demo plan names, as an import
 * would write them, from the parsed thematic list in samples/slovenia.
 */
export function sloveniaRecommendations(ids: ReadonlySet<string>): Row[] {
  const csv = readFileSync(path.join(SAMPLES, "slovenia", "slovenia_upr_thematic_lists_parsed.csv"), "utf8");
  const records = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return records
    .filter((record) => record.upr_session === "48")
    .map((record) => ({
      id: recommendationId({ mechanism: "UPR", country: "SVN", cycle: uprCycleFromSession(48), paragraph: record.paragraph, text: record.recommendation_text_with_states }),
      text: record.recommendation_text_with_states,
      mechanism: "UPR",
      country: "SVN",
      paragraph: record.paragraph,
      year: 2025,
      response: record.position,
    }))
    .filter((row) => ids.has(row.id as string));
}

/** A workbook with the demo plan loaded and the recommendations it names present (all but the deliberately wrong one). */
export async function demoWorkbook(): Promise<XlsxWorkbook> {
  const plan = JSON.parse(readFileSync(DEMO_PLAN_FILE, "utf8")) as { actions: { recommendationIds?: string }[] };
  const named = new Set(plan.actions.flatMap((action) => (action.recommendationIds ?? "").split(";").map((id) => id.trim())));
  const workbook = XlsxWorkbook.empty("demo.xlsx");
  await initWorkbook(workbook);
  await workbook.apply({ upserts: [{ table: "Recommendations", rows: sloveniaRecommendations(named) }] });
  await loadPlan(workbook, plan, "demo-plan.json");
  return workbook;
}

/**
 * What a secretariat has after a first day: the three Slovenia thematic lists imported (632
 * recommendations, UPR cycles 2 to 4) and the demo plan loaded, whose clusters are still empty.
 */
export async function sloveniaDemoWorkbook(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty("slovenia-demo.xlsx");
  await initWorkbook(workbook);
  const folder = path.join(SAMPLES, "slovenia");
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith(".docx"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }));
  await importRecommendations(workbook, sources, { importedOn: new Date("2025-05-01") });
  await loadPlan(workbook, JSON.parse(readFileSync(DEMO_PLAN_FILE, "utf8")), "demo-plan.json");
  return workbook;
}
