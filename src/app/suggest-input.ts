import { cellText, splitMultiValue } from "../model/cells";
import { nextSequentialId } from "../model/ids";
import { UserFacingError } from "../model/i18n/messages";
import { RECOMMENDATIONS } from "../model/tables";
import { MAX_CLUSTERS } from "../core/suggest/clusters";
import type { RecommendationText } from "../core/suggest/types";
import type { WorkbookPort } from "../workbook/port";

/**
 * What the suggestion engine needs from a workbook, as plain data: the task pane reads it on the
 * main thread (only it can reach Excel) and hands it to a Web Worker; the CLI passes it straight on.
 */
export interface SuggestInput {
  recommendations: RecommendationText[];
  /** First free numbers of C-001 and OG-001, so suggested IDs are the ones acceptance writes. */
  firstClusterNumber: number;
  firstOverlapNumber: number;
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

/** Reads the recommendations to analyse. Reads only. */
export async function readSuggestInput(port: WorkbookPort): Promise<SuggestInput> {
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
  return {
    recommendations: rows.map((row) => ({ id: cellText(row.id), text: cellText(row.text) })),
    firstClusterNumber: nextNumber("C", clusterIds),
    firstOverlapNumber: nextNumber("OG", overlapIds),
  };
}
