/**
 * `npm run eval:suggest [-- file.csv] [--clusters N]`: suggestions measured against OHCHR's own
 * labels (by default the Slovenia thematic lists in samples/slovenia), next to two baselines.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate, formatEvaluation, readThematicListCsv } from "./suggest-evaluation";

const ROOT = path.resolve(__dirname, "..", "..");
const DEFAULT_CSV = path.join(ROOT, "samples", "slovenia", "slovenia_upr_thematic_lists_parsed.csv");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const clustersAt = args.indexOf("--clusters");
  const clusters = clustersAt >= 0 ? Number(args[clustersAt + 1]) : undefined;
  const file = args.find((arg, index) => !arg.startsWith("--") && index !== clustersAt + 1) ?? DEFAULT_CSV;
  const data = readThematicListCsv(readFileSync(file, "utf8"));
  const started = performance.now();
  const evaluation = await evaluate(data, { clusters });
  console.log(`All of ${path.relative(ROOT, file)} as one batch (${(performance.now() - started).toFixed(0)} ms)`);
  console.log(formatEvaluation(evaluation));
  // Each list on its own, as an NMRF meets a new batch.
  const batches = [...new Set(data.map((item) => item.batch))];
  if (batches.length > 1) {
    for (const batch of batches) {
      console.log(`\n${batch}`);
      console.log(formatEvaluation(await evaluate(data.filter((item) => item.batch === batch), { clusters })));
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
