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

/** What most members of a cluster have in common, which the cluster is named after. */
export interface SharedLabel {
  kind: "theme" | "concept";
  /** The theme name (as in UHRI_THEMES) or the concept's name in the language of the reasons. */
  label: string;
  /** How many of the cluster's recommendations have it. */
  count: number;
}

export interface ClusterSuggestion {
  id: string;
  name: string;
  recommendationIds: string[];
  reason: string;
  /**
   * True for a cluster that already exists in the workbook: the suggestion is to place these
   * recommendations in it (its name and ID are the workbook's).
   */
  existing?: boolean;
  /** For each recommendation placed in an existing cluster, why it fits there. */
  fits?: Record<string, string>;
  /** What most members share; absent when nothing is shared by more than half of them. */
  shared?: SharedLabel;
  /** The overlap groups whose recommendations sit in this cluster. */
  overlapGroupIds: string[];
  /** Most common suggested themes in the cluster, strongest first. */
  themes: string[];
  /** Words that characterise the cluster. */
  terms: string[];
}

/** A cluster the workbook already has, which suggestions fill before they propose new ones. */
export interface ExistingCluster {
  id: string;
  name: string;
  description: string;
  /** Texts of the recommendations already in it (they describe it better than its name alone). */
  memberTexts: string[];
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
  /** The workbook's clusters: recommendations that fit one go there, and only the rest form new clusters. */
  existingClusters?: readonly ExistingCluster[];
  /** Called with the stage and the fraction (0-1) of the whole work done. */
  onProgress?: (stage: SuggestStage, fraction: number) => void;
  signal?: AbortSignal;
  /** Seed of the cluster initialisation; the same input and seed give the same clusters. */
  seed?: number;
}
