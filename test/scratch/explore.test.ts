import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { importRecommendations } from "../../src/app/import-recommendations";
import { initWorkbook } from "../../src/app/init-workbook";
import { loadPlan } from "../../src/app/load-plan";
import { suggestForWorkbook } from "../../src/app/suggest";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";

test("explore", async () => {
  const SAMPLES = path.join(__dirname, "..", "..", "samples");
  const workbook = XlsxWorkbook.empty("x.xlsx");
  await initWorkbook(workbook);
  const sources = readdirSync(path.join(SAMPLES, "slovenia")).filter((n) => n.endsWith(".docx")).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, "slovenia", name))) }));
  await importRecommendations(workbook, sources, { importedOn: new Date("2025-05-01") });
  await loadPlan(workbook, JSON.parse(readFileSync(path.join(SAMPLES, "demo-plan.json"), "utf8")), "demo-plan.json");
  const t0 = Date.now();
  const s = await suggestForWorkbook(workbook, {});
  console.log("ms", Date.now() - t0);
  const out: string[] = [];
  for (const c of s.clusters) {
    out.push(`${c.id} ${c.existing ? "[existing] " : ""}${c.name} (${c.recommendationIds.length}) shared=${JSON.stringify(c.shared)}\n   ${c.reason}`);
    if (c.existing) for (const id of c.recommendationIds.slice(0, 6)) out.push(`     ${id}: ${c.fits?.[id]}`);
  }
  console.log(out.join("\n"));
});
