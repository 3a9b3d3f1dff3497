import { nextSequentialId } from "../model/ids";
import type { AcceptedSuggestions } from "../app/accept-suggestions";
import type { OverlapKind, SharedLabel, Suggestions } from "../core/suggest/types";

/**
 * The review of a batch of suggestions in the task pane: what a person renamed, moved, merged,
 * split, accepted and rejected, as plain immutable data. Every operation returns a new review;
 * every recommendation stays in exactly one cluster throughout. Nothing here touches the
 * workbook: `acceptedSuggestions` gives what to write, in one go, when the person says so.
 */

export type Decision = "pending" | "accepted" | "rejected";

export interface ReviewCluster {
  id: string;
  name: string;
  /** The engine's reason; empty for a cluster the person made by splitting. */
  reason: string;
  recommendationIds: string[];
  decision: Decision;
  /** The workbook's own cluster, which these recommendations would join; it keeps its name and ID. */
  existing: boolean;
  /** Why each recommendation fits an existing cluster. */
  fits: Record<string, string>;
  /** What most members shared when suggested (moves may change it: see `sharedNow`). */
  shared?: SharedLabel;
  suggestedSize: number;
}

export interface ReviewOverlap {
  id: string;
  kind: OverlapKind;
  reason: string;
  recommendationIds: string[];
  decision: Decision;
}

/** A suggested theme or SDG target of one recommendation. */
export interface ReviewLabel {
  value: string;
  score: number;
  reason: string;
  decision: Decision;
}

export interface SuggestionReview {
  clusters: ReviewCluster[];
  overlaps: ReviewOverlap[];
  themes: Record<string, ReviewLabel[]>;
  sdgTargets: Record<string, ReviewLabel[]>;
}

export type LabelKind = "themes" | "sdgTargets";

export function startReview(suggestions: Suggestions): SuggestionReview {
  const labels = <Entry extends { score: number; reason: string }>(byId: Record<string, Entry[]>, value: (entry: Entry) => string) =>
    Object.fromEntries(
      Object.entries(byId).map(([id, entries]) => [id, entries.map((entry) => ({ value: value(entry), score: entry.score, reason: entry.reason, decision: "pending" as Decision }))]),
    );
  return {
    clusters: suggestions.clusters.map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      reason: cluster.reason,
      recommendationIds: [...cluster.recommendationIds],
      decision: "pending",
      existing: cluster.existing === true,
      fits: cluster.fits ?? {},
      suggestedSize: cluster.recommendationIds.length,
      ...(cluster.shared ? { shared: cluster.shared } : {}),
    })),
    overlaps: suggestions.overlaps.map((group) => ({
      id: group.id,
      kind: group.kind,
      reason: group.reason,
      recommendationIds: [...group.recommendationIds],
      decision: "pending",
    })),
    themes: labels(suggestions.themes, (entry) => entry.theme),
    sdgTargets: labels(suggestions.sdgTargets, (entry) => entry.target),
  };
}

function clusterIndex(review: SuggestionReview, clusterId: string): number {
  const index = review.clusters.findIndex((cluster) => cluster.id === clusterId);
  if (index < 0) throw new Error(`No cluster ${clusterId} in the review`);
  return index;
}

/** The cluster a recommendation is in. */
export function clusterOf(review: SuggestionReview, recommendationId: string): ReviewCluster {
  const cluster = review.clusters.find((candidate) => candidate.recommendationIds.includes(recommendationId));
  if (!cluster) throw new Error(`Recommendation ${recommendationId} is in no cluster`);
  return cluster;
}

/**
 * A blank name is refused (the review is returned unchanged): a cluster always has a name. So is
 * renaming a workbook cluster: its name is the workbook's, changed there.
 */
export function renameCluster(review: SuggestionReview, clusterId: string, name: string): SuggestionReview {
  const index = clusterIndex(review, clusterId);
  const trimmed = name.trim();
  if (trimmed === "" || trimmed === review.clusters[index].name || review.clusters[index].existing) return review;
  return { ...review, clusters: review.clusters.map((cluster, at) => (at === index ? { ...cluster, name: trimmed } : cluster)) };
}

/** Moves one recommendation to another cluster; a cluster left empty disappears. */
export function moveRecommendation(review: SuggestionReview, recommendationId: string, toClusterId: string): SuggestionReview {
  const from = clusterOf(review, recommendationId);
  clusterIndex(review, toClusterId);
  if (from.id === toClusterId) return review;
  const clusters = review.clusters
    .map((cluster) => {
      if (cluster.id === from.id) return { ...cluster, recommendationIds: cluster.recommendationIds.filter((id) => id !== recommendationId) };
      if (cluster.id === toClusterId) return { ...cluster, recommendationIds: [...cluster.recommendationIds, recommendationId] };
      return cluster;
    })
    .filter((cluster) => cluster.recommendationIds.length > 0);
  return { ...review, clusters };
}

/** Moves every recommendation of `fromClusterId` into `intoClusterId`, which keeps its name and decision. */
export function mergeClusters(review: SuggestionReview, intoClusterId: string, fromClusterId: string): SuggestionReview {
  if (intoClusterId === fromClusterId) return review;
  const from = review.clusters[clusterIndex(review, fromClusterId)];
  clusterIndex(review, intoClusterId);
  const clusters = review.clusters
    .filter((cluster) => cluster.id !== fromClusterId)
    .map((cluster) => (cluster.id === intoClusterId ? { ...cluster, recommendationIds: [...cluster.recommendationIds, ...from.recommendationIds] } : cluster));
  return { ...review, clusters };
}

/**
 * Moves some recommendations of a cluster to a new cluster named `name`, with the next free
 * cluster ID, placed right after the original. The new cluster is the person's own making, so
 * it starts accepted. Refuses to empty the original (that would be a rename).
 */
export function splitCluster(review: SuggestionReview, clusterId: string, recommendationIds: readonly string[], name: string): { review: SuggestionReview; newClusterId: string } {
  const index = clusterIndex(review, clusterId);
  const original = review.clusters[index];
  const moving = new Set(recommendationIds);
  for (const id of moving) if (!original.recommendationIds.includes(id)) throw new Error(`Recommendation ${id} is not in cluster ${clusterId}`);
  if (moving.size === 0 || moving.size === original.recommendationIds.length) throw new Error("A split moves some, not none or all, of a cluster's recommendations");
  if (name.trim() === "") throw new Error("A new cluster needs a name");
  const newClusterId = nextSequentialId("C", review.clusters.map((cluster) => cluster.id));
  const created: ReviewCluster = {
    id: newClusterId,
    name: name.trim(),
    reason: "",
    recommendationIds: original.recommendationIds.filter((id) => moving.has(id)),
    decision: "accepted",
    existing: false,
    fits: {},
    suggestedSize: 0,
  };
  const kept: ReviewCluster = { ...original, recommendationIds: original.recommendationIds.filter((id) => !moving.has(id)) };
  const clusters = [...review.clusters.slice(0, index), kept, created, ...review.clusters.slice(index + 1)];
  return { review: { ...review, clusters }, newClusterId };
}

export function decideCluster(review: SuggestionReview, clusterId: string, decision: Decision): SuggestionReview {
  const index = clusterIndex(review, clusterId);
  return { ...review, clusters: review.clusters.map((cluster, at) => (at === index ? { ...cluster, decision } : cluster)) };
}

export function decideOverlap(review: SuggestionReview, overlapId: string, decision: Decision): SuggestionReview {
  if (!review.overlaps.some((group) => group.id === overlapId)) throw new Error(`No overlap group ${overlapId} in the review`);
  return { ...review, overlaps: review.overlaps.map((group) => (group.id === overlapId ? { ...group, decision } : group)) };
}

/** Accepts or rejects one suggested theme or SDG target of one recommendation. */
export function decideLabel(review: SuggestionReview, kind: LabelKind, recommendationId: string, value: string, decision: Decision): SuggestionReview {
  const labels = review[kind][recommendationId];
  if (!labels?.some((label) => label.value === value)) throw new Error(`No suggested ${kind} ${value} for ${recommendationId}`);
  return { ...review, [kind]: { ...review[kind], [recommendationId]: labels.map((label) => (label.value === value ? { ...label, decision } : label)) } };
}

/** Accepts everything not yet decided; what the person rejected stays rejected. */
export function acceptAll(review: SuggestionReview): SuggestionReview {
  const accept = <Item extends { decision: Decision }>(item: Item): Item => (item.decision === "pending" ? { ...item, decision: "accepted" } : item);
  const acceptLabels = (byId: Record<string, ReviewLabel[]>) => Object.fromEntries(Object.entries(byId).map(([id, labels]) => [id, labels.map(accept)]));
  return {
    clusters: review.clusters.map(accept),
    overlaps: review.overlaps.map(accept),
    themes: acceptLabels(review.themes),
    sdgTargets: acceptLabels(review.sdgTargets),
  };
}

/** The overlap groups with a member in the cluster (the engine keeps each group in one cluster; moves may split it). */
export function overlapsInCluster(review: SuggestionReview, clusterId: string): ReviewOverlap[] {
  const members = new Set(review.clusters[clusterIndex(review, clusterId)].recommendationIds);
  return review.overlaps.filter((group) => group.recommendationIds.some((id) => members.has(id)));
}

export interface DecisionCounts {
  accepted: number;
  rejected: number;
  pending: number;
}

export interface ReviewCounts {
  clusters: DecisionCounts;
  overlaps: DecisionCounts;
  themes: DecisionCounts;
  sdgTargets: DecisionCounts;
}

export function reviewCounts(review: SuggestionReview): ReviewCounts {
  const count = (items: readonly { decision: Decision }[]): DecisionCounts => {
    const counts: DecisionCounts = { accepted: 0, rejected: 0, pending: 0 };
    for (const item of items) counts[item.decision]++;
    return counts;
  };
  return {
    clusters: count(review.clusters),
    overlaps: count(review.overlaps),
    themes: count(Object.values(review.themes).flat()),
    sdgTargets: count(Object.values(review.sdgTargets).flat()),
  };
}

/** What to write: only what the person accepted, as `acceptSuggestions` takes it. */
export function acceptedSuggestions(review: SuggestionReview): AcceptedSuggestions {
  const acceptedLabels = <Key extends string>(byId: Record<string, ReviewLabel[]>, key: Key) => {
    const result: Record<string, Record<Key, string>[]> = {};
    for (const [id, labels] of Object.entries(byId)) {
      const kept = labels.filter((label) => label.decision === "accepted").map((label) => ({ [key]: label.value }) as Record<Key, string>);
      if (kept.length > 0) result[id] = kept;
    }
    return result;
  };
  return {
    clusters: review.clusters
      .filter((cluster) => cluster.decision === "accepted")
      .map((cluster) => ({ id: cluster.id, name: cluster.name, recommendationIds: [...cluster.recommendationIds], reason: cluster.reason || undefined, existing: cluster.existing })),
    overlaps: review.overlaps.filter((group) => group.decision === "accepted").map((group) => ({ id: group.id, kind: group.kind, recommendationIds: [...group.recommendationIds] })),
    themes: acceptedLabels(review.themes, "theme"),
    sdgTargets: acceptedLabels(review.sdgTargets, "target"),
  };
}

/** True when nothing is accepted, so writing would change nothing. */
export function nothingAccepted(review: SuggestionReview): boolean {
  const counts = reviewCounts(review);
  return counts.clusters.accepted + counts.overlaps.accepted + counts.themes.accepted + counts.sdgTargets.accepted === 0;
}

/**
 * What is left to review once the accepted suggestions are written: everything not accepted,
 * with the new clusters renumbered from `firstFreeNumber` so that, accepted later, they follow
 * the workbook's clusters without gaps.
 */
export function remainingAfterWrite(review: SuggestionReview, firstFreeNumber: number): SuggestionReview {
  const open = <Item extends { decision: Decision }>(items: readonly Item[]) => items.filter((item) => item.decision !== "accepted");
  let next = firstFreeNumber;
  const clusters = open(review.clusters).map((cluster) => (cluster.existing ? cluster : { ...cluster, id: `C-${String(next++).padStart(3, "0")}` }));
  const openLabels = (byId: Record<string, ReviewLabel[]>) =>
    Object.fromEntries(
      Object.entries(byId)
        .map(([id, labels]) => [id, open(labels)] as const)
        .filter(([, labels]) => labels.length > 0),
    );
  return { clusters, overlaps: open(review.overlaps), themes: openLabels(review.themes), sdgTargets: openLabels(review.sdgTargets) };
}

/** True when nothing is left to decide or change. */
export function reviewFinished(review: SuggestionReview): boolean {
  return review.clusters.length + review.overlaps.length + Object.keys(review.themes).length + Object.keys(review.sdgTargets).length === 0;
}

/**
 * What most of a cluster's recommendations share now: a shared theme is recounted from each
 * recommendation's suggested themes (moves change it); a shared concept holds while the cluster
 * is as suggested.
 */
export function sharedNow(cluster: ReviewCluster, suggestedThemes: Record<string, readonly string[]>): SharedLabel | undefined {
  const shared = cluster.shared;
  if (!shared) return undefined;
  if (shared.kind === "concept") return cluster.recommendationIds.length === cluster.suggestedSize ? shared : undefined;
  const count = cluster.recommendationIds.filter((id) => (suggestedThemes[id] ?? []).some((theme) => theme === shared.label || theme.startsWith(`${shared.label}: `))).length;
  return count * 2 > cluster.recommendationIds.length ? { ...shared, count } : undefined;
}
