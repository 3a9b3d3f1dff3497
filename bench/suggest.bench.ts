import { suggest } from "../src/core/suggest/suggest";
import type { Benchmark } from "./benchmark";
import { syntheticRecommendations } from "./synthetic-recommendations";

/** Targets (issue 4): 1,000 in under 1.5 s, 10,000 under 10 s, 40,000 under 60 s, peak under 2 GB. */
export const benchmarks: Benchmark[] = [1_000, 10_000, 40_000].map((count) => ({
  name: "suggest: themes, SDG targets, overlaps, clusters",
  size: `${count} recommendations`,
  async run() {
    const recommendations = syntheticRecommendations(count);
    const result = await suggest(recommendations);
    const clustered = result.clusters.reduce((sum, cluster) => sum + cluster.recommendationIds.length, 0);
    if (clustered !== count) throw new Error(`Clusters cover ${clustered} of ${count} recommendations`);
  },
}));
