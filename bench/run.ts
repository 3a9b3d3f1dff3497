import { readdirSync } from "node:fs";
import path from "node:path";
import type { Benchmark } from "./benchmark";

/**
 * Runs every `*.bench.js` next to this file and prints one line per measurement:
 * name, size, milliseconds, peak memory (resident set size, sampled every 5 ms).
 * `npm run bench -- NAME` runs only the benchmarks whose name contains NAME.
 */
async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname).filter((file) => file.endsWith(".bench.js")).sort();
  console.log(["benchmark", "size", "ms", "peak MB"].join("\t"));
  for (const file of files) {
    const { benchmarks } = (await import(path.join(__dirname, file))) as { benchmarks: Benchmark[] };
    for (const benchmark of benchmarks) {
      if (filter && !benchmark.name.includes(filter)) continue;
      global.gc?.();
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const started = performance.now();
      await benchmark.run();
      const elapsed = performance.now() - started;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      console.log([benchmark.name, benchmark.size, elapsed.toFixed(0), (peak / 1024 / 1024).toFixed(0)].join("\t"));
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
