import { cellText, splitMultiValue } from "../model/cells";
import { nextSequentialId } from "../model/ids";
import { UserFacingError } from "../model/i18n/messages";
import { RECOMMENDATIONS } from "../model/tables";
import { MAX_CLUSTERS } from "../core/suggest/clusters";
import type { ExistingCluster, RecommendationText } from "../core/suggest/types";
import type { WorkbookPort } from "../workbook/port";

/**
 * What the suggestion engine needs from a workbook, as plain data: the task pane reads it on the
 * main thread (only it can reach Excel) and hands it to a Web Worker; the CLI passes it straight on.
 */
export interface SuggestInput {
  recommendations: InputRecommendation[];
  /** The workbook's clusters, which suggestions fill before proposing new ones. */
  existingClusters: ExistingCluster[];
  /** Recommendations left out because they are in a cluster already (none when they were asked for). */
  leftOutClustered: number;
  /** First free numbers of C-001 and OG-001, so suggested IDs are the ones acceptance writes. */
  firstClusterNumber: number;
  firstOverlapNumber: number;
}

/** A recommendation to analyse, with what a reviewer needs to judge a suggestion about it. */
export interface InputRecommendation extends RecommendationText {
  /** The Recommending States cell, as written. */
  states: string;
  /** The Themes cell, as written. */
  themes: string;
  /** The Cluster cell: only filled when clustered recommendations were asked for. */
  cluster: string;
}

export interface SuggestInputOptions {
  /** Analyse the recommendations that are in a cluster already too (by default they stay out). */
  includeClustered?: boolean;
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
export async function readSuggestInput(port: WorkbookPort, options: SuggestInputOptions = {}): Promise<SuggestInput> {
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
  const clusterRows = (tables.Clusters?.rows ?? []).filter((row) => cellText(row.clusterId) !== "");
  const clusterIds = clusterRows.map((row) => cellText(row.clusterId));
  const overlapIds = rows.flatMap((row) => splitMultiValue(row.overlapGroup));
  const chosen = options.includeClustered ? rows : rows.filter((row) => cellText(row.cluster) === "");
  if (chosen.length === 0) throw new UserFacingError("suggest.allClustered", { workbook: port.label, count: rows.length });
  return {
    recommendations: chosen.map((row) => ({
      id: cellText(row.id),
      text: cellText(row.text),
      states: cellText(row.recommendingStates),
      themes: cellText(row.themes),
      cluster: cellText(row.cluster),
    })),
    existingClusters: clusterRows.map((row) => {
      const id = cellText(row.clusterId);
      return {
        id,
        name: cellText(row.name) || id,
        description: cellText(row.description),
        memberTexts: rows.filter((member) => cellText(member.cluster) === id).map((member) => cellText(member.text)),
      };
    }),
    leftOutClustered: rows.length - chosen.length,
    firstClusterNumber: nextNumber("C", clusterIds),
    firstOverlapNumber: nextNumber("OG", overlapIds),
  };
}
