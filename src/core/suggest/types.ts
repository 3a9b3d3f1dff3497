import type { Language } from "../../model/vocabularies";

/** A recommendation as the analysis needs it. */
export interface RecommendationText {
  id: string;
  text: string;
}

export interface ScoredTheme {
  theme: string;
  /** 0-1; higher is more likely. */
  score: number;
  reason: string;
}

export interface ScoredSdgTarget {
  /** "16.3" */
  target: string;
  score: number;
  reason: string;
}

export type OverlapKind = "direct" | "partial";

export interface OverlapSuggestion {
  id: string;
  kind: OverlapKind;
  recommendationIds: string[];
  reason: string;
  /** Lowest similarity between the group's anchor and a member, 0-1. */
  similarity: number;
  /** Instruments, bodies and concepts every member names. */
  sharedConcepts: string[];
}

export interface ClusterSuggestion {
  id: string;
  name: string;
  recommendationIds: string[];
  reason: string;
  /** The overlap groups whose recommendations sit in this cluster. */
  overlapGroupIds: string[];
  /** Most common suggested themes in the cluster, strongest first. */
  themes: string[];
  /** Words that characterise the cluster. */
  terms: string[];
}

/** Everything suggested for one batch of recommendations; nothing here is written until accepted. */
export interface Suggestions {
  clusters: ClusterSuggestion[];
  overlaps: OverlapSuggestion[];
  themes: Record<string, ScoredTheme[]>;
  sdgTargets: Record<string, ScoredSdgTarget[]>;
}

export type SuggestStage = "analyse" | "themes" | "sdg" | "overlaps" | "clusters";

export interface SuggestOptions {
  /** How many clusters; default grows with the square root of the batch size. */
  clusters?: number;
  /** Language of the reasons. */
  language?: Language;
  /** First free IDs, so suggested IDs are the ones acceptance will write. */
  firstClusterNumber?: number;
  firstOverlapNumber?: number;
  /** Called with the stage and the fraction (0-1) of the whole work done. */
  onProgress?: (stage: SuggestStage, fraction: number) => void;
  signal?: AbortSignal;
  /** Seed of the cluster initialisation; the same input and seed give the same clusters. */
  seed?: number;
}
