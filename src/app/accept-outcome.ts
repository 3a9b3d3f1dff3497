import { translate } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";

// Apart from accept-suggestions.ts so that the task pane can report a write without loading the
// suggestion engine's vocabularies on its first screen.

/** One accepted cluster and what became of it. */
export interface ClusterOutcome {
  /** The ID written (for a new cluster, the next free number, which may differ from the suggested one). */
  id: string;
  suggestedId: string;
  name: string;
  /** Recommendations whose Cluster it now is. */
  assigned: number;
}

export interface AcceptResult {
  clustersAdded: number;
  /** New rows of the Clusters table, in the order accepted. */
  added: ClusterOutcome[];
  /** Clusters of the workbook that received recommendations. */
  filled: ClusterOutcome[];
  /** Accepted clusters not written because each of their recommendations had a cluster already. */
  notAdded: ClusterOutcome[];
  /** Recommendations whose Cluster was empty and is now set. */
  clusterAssigned: number;
  /** Recommendations that already had a cluster, kept as the person set it. */
  clusterKept: number;
  overlapAssigned: number;
  overlapKept: number;
  /** Recommendations that got at least one new theme / SDG target. */
  themed: number;
  targeted: number;
  /** Accepted IDs that were taken in the workbook meanwhile, and the IDs written instead. */
  renamedIds: Record<string, string>;
}

/** Exactly which clusters were written, which received recommendations and which were not added, and why. */
export function clusterOutcomeLines(result: AcceptResult, language: Language): string[] {
  const item = (outcome: ClusterOutcome) =>
    translate(language, outcome.id === outcome.suggestedId ? "accept.outcome.cluster" : "accept.outcome.renumbered", { id: outcome.id, name: outcome.name, count: outcome.assigned, suggestedId: outcome.suggestedId });
  const lines: string[] = [];
  if (result.added.length > 0) lines.push(translate(language, "accept.outcome.added", { list: result.added.map(item).join("; ") }));
  if (result.filled.length > 0) lines.push(translate(language, "accept.outcome.filled", { list: result.filled.map(item).join("; ") }));
  if (result.notAdded.length > 0) lines.push(translate(language, "accept.outcome.notAdded", { list: result.notAdded.map((outcome) => `${outcome.id} ${outcome.name}`).join("; ") }));
  return lines;
}
