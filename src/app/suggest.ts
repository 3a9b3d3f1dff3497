import type { Language } from "../model/vocabularies";
import { suggest } from "../core/suggest/suggest";
import { checkClusterCount, readSuggestInput } from "./suggest-input";
import type { SuggestStage, Suggestions } from "../core/suggest/types";
import type { WorkbookPort } from "../workbook/port";

export interface SuggestRequest {
  /** How many clusters; default grows with the batch. */
  clusters?: number;
  /** Language of the reasons. */
  language?: Language;
  onProgress?: (stage: SuggestStage, fraction: number) => void;
  /** The task pane's cancel button. */
  signal?: AbortSignal;
  /** Analyse recommendations already in a cluster too (by default they stay out of a new run). */
  includeClustered?: boolean;
}

export { checkClusterCount, nextNumber } from "./suggest-input";

export interface WorkbookSuggestions extends Suggestions {
  recommendationCount: number;
  /** Recommendations left out because they are in a cluster already. */
  leftOutClustered: number;
}

/**
 * Suggestions for every recommendation in the workbook. Reads only; nothing is written until a
 * person accepts (see accept-suggestions.ts).
 */
export async function suggestForWorkbook(port: WorkbookPort, request: SuggestRequest = {}): Promise<WorkbookSuggestions> {
  if (request.clusters !== undefined) checkClusterCount(request.clusters);
  const input = await readSuggestInput(port, { includeClustered: request.includeClustered });
  const suggestions = await suggest(input.recommendations, {
    clusters: request.clusters,
    language: request.language,
    onProgress: request.onProgress,
    signal: request.signal,
    firstClusterNumber: input.firstClusterNumber,
    firstOverlapNumber: input.firstOverlapNumber,
    existingClusters: input.existingClusters,
  });
  return { ...suggestions, recommendationCount: input.recommendations.length, leftOutClustered: input.leftOutClustered };
}
