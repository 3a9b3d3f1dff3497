import { cellText, splitMultiValue } from "../model/cells";
import { nextSequentialId } from "../model/ids";
import { UserFacingError } from "../model/i18n/messages";
import { RECOMMENDATIONS } from "../model/tables";
import type { Language } from "../model/vocabularies";
import { suggest } from "../core/suggest/suggest";
import { MAX_CLUSTERS } from "../core/suggest/clusters";
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
}

export interface WorkbookSuggestions extends Suggestions {
  recommendationCount: number;
}

/** The number the next new ID takes in a sequence such as C-001 or OG-001, given the IDs in use. */
export function nextNumber(prefix: string, used: Iterable<string>): number {
  return Number(nextSequentialId(prefix, used).slice(prefix.length + 1));
}

export function checkClusterCount(value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_CLUSTERS) {
    throw new UserFacingError("suggest.badClusterCount", { value: String(value), max: MAX_CLUSTERS });
  }
}

/**
 * Suggestions for every recommendation in the workbook. Reads only; nothing is written until a
 * person accepts (see accept-suggestions.ts).
 */
export async function suggestForWorkbook(port: WorkbookPort, request: SuggestRequest = {}): Promise<WorkbookSuggestions> {
  if (request.clusters !== undefined) checkClusterCount(request.clusters);
  const tables = await port.readTables(["Recommendations", "Clusters"]);
  const recommendations = tables.Recommendations;
  if (!recommendations) throw new UserFacingError("suggest.noRecommendationsTable", { workbook: port.label });
  // A row without an ID cannot be clustered or written back; a repeated ID is one recommendation.
  const seen = new Set<string>();
  const rows = recommendations.rows.filter((row) => {
    const id = cellText(row[RECOMMENDATIONS.idColumn]);
    if (id === "" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (rows.length === 0) throw new UserFacingError("suggest.noRecommendations", { workbook: port.label });
  const clusterIds = (tables.Clusters?.rows ?? []).map((row) => cellText(row.clusterId));
  const overlapIds = rows.flatMap((row) => splitMultiValue(row.overlapGroup));
  const suggestions = await suggest(
    rows.map((row) => ({ id: cellText(row.id), text: cellText(row.text) })),
    {
      clusters: request.clusters,
      language: request.language,
      onProgress: request.onProgress,
      signal: request.signal,
      firstClusterNumber: nextNumber("C", clusterIds),
      firstOverlapNumber: nextNumber("OG", overlapIds),
    },
  );
  return { ...suggestions, recommendationCount: rows.length };
}
