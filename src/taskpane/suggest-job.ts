import { checkClusterCount } from "../app/suggest-input";
import { suggest } from "../core/suggest/suggest";
import type { SuggestJob, SuggestReply } from "./suggest-worker-protocol";
import { failureReply } from "./worker-protocol";

/**
 * Runs the suggestion engine on one job and reports through `post`. Only the worker loads this
 * module (it carries the engine); keeping it apart from the worker's message wiring lets Jest
 * test it without a worker.
 */
export async function runSuggestJob(job: SuggestJob, post: (reply: SuggestReply) => void): Promise<void> {
  try {
    if (job.clusters !== undefined) checkClusterCount(job.clusters);
    const suggestions = await suggest(job.input.recommendations, {
      clusters: job.clusters,
      language: job.language,
      firstClusterNumber: job.input.firstClusterNumber,
      firstOverlapNumber: job.input.firstOverlapNumber,
      existingClusters: job.input.existingClusters,
      onProgress: (stage, fraction) => post({ type: "progress", progress: { stage, fraction } }),
    });
    post({ type: "done", result: suggestions });
  } catch (error) {
    post(failureReply(error));
  }
}
