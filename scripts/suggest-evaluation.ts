/**
 * Measures suggestions against human labels (OHCHR's thematic lists): theme top-3 hit rate,
 * SDG goal agreement, and cluster agreement as extended BCubed (Amigo, Gonzalo, Artiles and
 * Verdejo 2009, "A comparison of extrinsic clustering evaluation metrics based on formal
 * constraints", which handles items with several labels), next to two baselines: one single
 * cluster, and random clusters of the same sizes as the suggested ones.
 *
 * The labels never reach the suggestion code: it sees IDs and texts only.
 */
import Papa from "papaparse";
import { UHRI_THEMES } from "../src/model/vocabularies";
import { seededRandom } from "../src/core/suggest/clusters";
import { goalOf } from "../src/core/suggest/sdg";
import { suggest } from "../src/core/suggest/suggest";
import { canonicalTheme } from "../src/core/suggest/themes";
import type { RecommendationText, Suggestions } from "../src/core/suggest/types";

export interface LabelledRecommendation extends RecommendationText {
  themes: string[];
  sdgGoals: number[];
  /** The list it comes from (one UPR session), a batch as an NMRF meets it. */
  batch: string;
}

/** Old UHRI level-2 codes ("A12 Acceptance of international norms") are not part of the name. */
const OLD_CODE = /^[A-H]\d{1,2}\s+/;

/**
 * Theme labels as printed, split on ";", with names that themselves contain ";" put back together
 * ("Children: definition; general principles; protection").
 */
export function parseThemeLabels(cell: string): string[] {
  const parts = cell.split(";").map((part) => part.trim().replace(OLD_CODE, "")).filter((part) => part.length > 0);
  const known = new Set(UHRI_THEMES.map((theme) => theme.toLowerCase()));
  const themes: string[] = [];
  for (let start = 0; start < parts.length; ) {
    let length = Math.min(4, parts.length - start);
    while (length > 1 && !known.has(parts.slice(start, start + length).join("; ").toLowerCase())) length--;
    themes.push(parts.slice(start, start + length).join("; "));
    start += length;
  }
  return themes;
}

/** The "(Portugal, Slovakia);" after a UPR recommendation names who made it; it is not part of the ask. */
export function stripRecommendingStates(text: string): string {
  return text.replace(/(\s*\([^()]*\))+\s*[;.]?\s*$/u, "").trim();
}

/** Reads the parsed OHCHR thematic lists CSV (see samples/slovenia/PROVENANCE.md). */
export function readThematicListCsv(csv: string): LabelledRecommendation[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => ({
    id: row.id,
    text: stripRecommendingStates(row.recommendation_text_with_states ?? ""),
    themes: [...new Set(parseThemeLabels(row.themes ?? "").map(canonicalTheme))],
    sdgGoals: [...(row.sdgs ?? "").matchAll(/(?:^|;)\s*(\d{1,2})\s*-/g)].map((match) => Number(match[1])),
    batch: [row.state_under_review, row.upr_session ? `UPR session ${row.upr_session}` : "", row.wg_report].filter(Boolean).join(", "),
  }));
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** Extended BCubed for items with one predicted cluster each and any number of gold labels. */
export function extendedBCubed(clusterOf: readonly number[], labels: readonly (readonly string[])[]): BCubed {
  const count = clusterOf.length;
  const labelSets = labels.map((list) => new Set(list));
  let precisionSum = 0;
  let recallSum = 0;
  for (let item = 0; item < count; item++) {
    let precisionTotal = 0;
    let precisionPairs = 0;
    let recallTotal = 0;
    let recallPairs = 0;
    for (let other = 0; other < count; other++) {
      const sharedClusters = clusterOf[item] === clusterOf[other] ? 1 : 0;
      let sharedLabels = 0;
      for (const label of labelSets[item]) if (labelSets[other].has(label)) sharedLabels++;
      if (sharedClusters > 0) {
        precisionPairs++;
        precisionTotal += Math.min(sharedClusters, sharedLabels) / sharedClusters;
      }
      if (sharedLabels > 0) {
        recallPairs++;
        recallTotal += Math.min(sharedClusters, sharedLabels) / sharedLabels;
      }
    }
    precisionSum += precisionPairs > 0 ? precisionTotal / precisionPairs : 0;
    recallSum += recallPairs > 0 ? recallTotal / recallPairs : 0;
  }
  const precision = precisionSum / count;
  const recall = recallSum / count;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface MethodScores {
  method: string;
  themeHitAt3: number;
  sdgGoalAgreement: number;
  sdgGoalHitAt3: number;
  clusters: number;
  bcubed: BCubed;
}

export interface Evaluation {
  recommendations: number;
  withThemes: number;
  withSdgGoals: number;
  rows: MethodScores[];
}

/** Per recommendation, the themes and SDG goals a method proposes, best first. */
interface Proposal {
  themes: string[];
  goals: number[];
}

function scoreMethod(method: string, data: readonly LabelledRecommendation[], clusterOf: readonly number[], proposals: readonly Proposal[]): MethodScores {
  const themed = data.map((_, index) => index).filter((index) => data[index].themes.length > 0);
  const withGoals = data.map((_, index) => index).filter((index) => data[index].sdgGoals.length > 0);
  const themeHits = themed.filter((index) => proposals[index].themes.slice(0, 3).some((theme) => data[index].themes.includes(canonicalTheme(theme)))).length;
  const goalHits = withGoals.filter((index) => proposals[index].goals.length > 0 && data[index].sdgGoals.includes(proposals[index].goals[0])).length;
  const goalHitsAt3 = withGoals.filter((index) => proposals[index].goals.slice(0, 3).some((goal) => data[index].sdgGoals.includes(goal))).length;
  const labels = themed.map((index) => data[index].themes);
  return {
    method,
    themeHitAt3: themeHits / Math.max(1, themed.length),
    sdgGoalAgreement: goalHits / Math.max(1, withGoals.length),
    sdgGoalHitAt3: goalHitsAt3 / Math.max(1, withGoals.length),
    clusters: new Set(clusterOf).size,
    bcubed: extendedBCubed(themed.map((index) => clusterOf[index]), labels),
  };
}

/** What a cluster-level labelling proposes: the themes and goals most suggested across each cluster. */
function clusterLevelProposals(clusterOf: readonly number[], perItem: readonly Proposal[]): Proposal[] {
  const themeTotals = new Map<number, Map<string, number>>();
  const goalTotals = new Map<number, Map<number, number>>();
  clusterOf.forEach((cluster, index) => {
    const themes = themeTotals.get(cluster) ?? new Map<string, number>();
    perItem[index].themes.forEach((theme, rank) => themes.set(theme, (themes.get(theme) ?? 0) + 1 / (rank + 1)));
    themeTotals.set(cluster, themes);
    const goals = goalTotals.get(cluster) ?? new Map<number, number>();
    perItem[index].goals.forEach((goal, rank) => goals.set(goal, (goals.get(goal) ?? 0) + 1 / (rank + 1)));
    goalTotals.set(cluster, goals);
  });
  const best = <K>(totals: Map<K, number> | undefined): K[] => [...(totals ?? new Map<K, number>()).entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  return clusterOf.map((cluster) => ({ themes: best(themeTotals.get(cluster)).slice(0, 3), goals: best(goalTotals.get(cluster)).slice(0, 3) }));
}

/** Shuffles cluster labels, keeping every cluster's size. */
function randomClustersOfSameSizes(clusterOf: readonly number[], seed: number): number[] {
  const random = seededRandom(seed);
  const shuffled = [...clusterOf];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return shuffled;
}

export async function evaluate(data: readonly LabelledRecommendation[], options: { clusters?: number; seed?: number } = {}): Promise<Evaluation> {
  const suggestions: Suggestions = await suggest(
    data.map(({ id, text }) => ({ id, text })),
    { clusters: options.clusters },
  );
  const clusterIndex = new Map<string, number>();
  suggestions.clusters.forEach((cluster, index) => cluster.recommendationIds.forEach((id) => clusterIndex.set(id, index)));
  const clusterOf = data.map((item) => clusterIndex.get(item.id) ?? -1);
  const perItem: Proposal[] = data.map((item) => ({
    themes: (suggestions.themes[item.id] ?? []).map((theme) => theme.theme),
    goals: [...new Set((suggestions.sdgTargets[item.id] ?? []).map((target) => goalOf(target.target)))],
  }));
  const single = data.map(() => 0);
  const random = randomClustersOfSameSizes(clusterOf, options.seed ?? 42);
  return {
    recommendations: data.length,
    withThemes: data.filter((item) => item.themes.length > 0).length,
    withSdgGoals: data.filter((item) => item.sdgGoals.length > 0).length,
    rows: [
      scoreMethod("Rights Matrix suggestions", data, clusterOf, perItem),
      scoreMethod("Baseline: one single cluster", data, single, clusterLevelProposals(single, perItem)),
      scoreMethod("Baseline: random clusters, same sizes", data, random, clusterLevelProposals(random, perItem)),
    ],
  };
}

export function formatEvaluation(evaluation: Evaluation): string {
  const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
  const header = ["method", "clusters", "theme hit@3", "SDG goal (top)", "SDG goal hit@3", "BCubed P", "BCubed R", "BCubed F1"];
  const lines = evaluation.rows.map((row) =>
    [row.method, String(row.clusters), percent(row.themeHitAt3), percent(row.sdgGoalAgreement), percent(row.sdgGoalHitAt3), row.bcubed.precision.toFixed(3), row.bcubed.recall.toFixed(3), row.bcubed.f1.toFixed(3)],
  );
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ");
  return [
    `${evaluation.recommendations} recommendations; ${evaluation.withThemes} with OHCHR themes, ${evaluation.withSdgGoals} with OHCHR SDG goals.`,
    format(header),
    ...lines.map(format),
  ].join("\n");
}
