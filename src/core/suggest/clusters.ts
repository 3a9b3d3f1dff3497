import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import type { Corpus, SparseVector } from "./corpus";
import { phraseStems } from "./text";
import type { ClusterSuggestion, OverlapSuggestion, ScoredTheme } from "./types";

/** Weight of the suggested themes next to the words when grouping: clusters are thematic, and themes carry what the wording varies on. */
const THEME_SHARE = 0.9;
const WORD_SHARE = 0.45;
const MAX_ITERATIONS = 20;
export { MAX_CLUSTERS } from "./limits";

/** Words of nearly every recommendation, in the three languages. */
const UNTELLING_TERMS = new Set(
  "rights human persons people national international government country state ensure derechos humanos personas nacional gobierno pais estado droits homme personnes nationale gouvernement pays etat"
    .split(" ")
    .flatMap(phraseStems),
);

/** A small set: about 11 for 600 recommendations, 25 at most by default. */
export function defaultClusterCount(recommendations: number): number {
  return Math.max(1, Math.min(25, Math.round(Math.sqrt(recommendations / 5)), recommendations));
}

/** Deterministic pseudo-random numbers (mulberry32), so the same batch gives the same clusters. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

interface ClusterInput {
  corpus: Corpus;
  themes: readonly ScoredTheme[][];
  overlaps: readonly OverlapSuggestion[];
  count: number;
  seed: number;
  language: Language;
  firstNumber: number;
  checkAbort: () => void;
}

/** Words and suggested themes in one normalised vector per recommendation. */
function clusteringVectors(corpus: Corpus, themes: readonly ScoredTheme[][], themeIndex: Map<string, number>): SparseVector[] {
  const offset = corpus.features.length;
  return corpus.documents.map((document, position) => {
    const entries: [number, number][] = [];
    for (let index = 0; index < document.vector.indexes.length; index++) entries.push([document.vector.indexes[index], document.vector.weights[index] * WORD_SHARE]);
    const scored = themes[position];
    const themeNorm = Math.sqrt(scored.reduce((sum, theme) => sum + theme.score * theme.score, 0)) || 1;
    for (const theme of scored) {
      let index = themeIndex.get(theme.theme);
      if (index === undefined) {
        index = themeIndex.size;
        themeIndex.set(theme.theme, index);
      }
      entries.push([offset + index, (theme.score / themeNorm) * THEME_SHARE]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    return { indexes: Int32Array.from(entries.map(([index]) => index)), weights: Float32Array.from(entries.map(([, weight]) => weight / norm)) };
  });
}

function dot(vector: SparseVector, centroids: Float64Array, cluster: number, dimensions: number): number {
  const base = cluster * dimensions;
  let sum = 0;
  for (let index = 0; index < vector.indexes.length; index++) sum += vector.weights[index] * centroids[base + vector.indexes[index]];
  return sum;
}

/** k-means++ seeding over cosine distance. */
function initialCentroids(vectors: readonly SparseVector[], count: number, dimensions: number, random: () => number): Float64Array {
  const centroids = new Float64Array(count * dimensions);
  const place = (cluster: number, vector: SparseVector) => {
    for (let index = 0; index < vector.indexes.length; index++) centroids[cluster * dimensions + vector.indexes[index]] = vector.weights[index];
  };
  place(0, vectors[Math.floor(random() * vectors.length)]);
  const distance = new Float64Array(vectors.length).fill(Number.POSITIVE_INFINITY);
  for (let cluster = 1; cluster < count; cluster++) {
    let total = 0;
    for (let index = 0; index < vectors.length; index++) {
      distance[index] = Math.min(distance[index], Math.max(0, 1 - dot(vectors[index], centroids, cluster - 1, dimensions)));
      total += distance[index] * distance[index];
    }
    let pick = random() * total;
    let chosen = vectors.length - 1;
    for (let index = 0; index < vectors.length; index++) {
      pick -= distance[index] * distance[index];
      if (pick <= 0) {
        chosen = index;
        break;
      }
    }
    place(cluster, vectors[chosen]);
  }
  return centroids;
}

function recomputeCentroids(vectors: readonly SparseVector[], assignment: Int32Array, count: number, dimensions: number): Float64Array {
  const centroids = new Float64Array(count * dimensions);
  for (let index = 0; index < vectors.length; index++) {
    const base = assignment[index] * dimensions;
    const vector = vectors[index];
    for (let position = 0; position < vector.indexes.length; position++) centroids[base + vector.indexes[position]] += vector.weights[position];
  }
  for (let cluster = 0; cluster < count; cluster++) {
    let norm = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) norm += centroids[cluster * dimensions + dimension] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let dimension = 0; dimension < dimensions; dimension++) centroids[cluster * dimensions + dimension] /= norm;
  }
  return centroids;
}

/** Spherical k-means: every recommendation goes to exactly one cluster. */
function kMeans(vectors: readonly SparseVector[], count: number, dimensions: number, seed: number, checkAbort: () => void): { assignment: Int32Array; similarity: Float64Array; centroids: Float64Array } {
  const random = seededRandom(seed);
  let centroids = initialCentroids(vectors, count, dimensions, random);
  const assignment = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float64Array(vectors.length);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    checkAbort();
    let changed = 0;
    for (let index = 0; index < vectors.length; index++) {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let cluster = 0; cluster < count; cluster++) {
        const score = dot(vectors[index], centroids, cluster, dimensions);
        if (score > bestScore) {
          bestScore = score;
          best = cluster;
        }
      }
      if (assignment[index] !== best) changed++;
      assignment[index] = best;
      similarity[index] = bestScore;
    }
    // An emptied cluster takes the recommendation that fits its own cluster worst.
    const sizes = new Int32Array(count);
    for (const cluster of assignment) sizes[cluster]++;
    for (let cluster = 0; cluster < count; cluster++) {
      if (sizes[cluster] > 0) continue;
      let worst = -1;
      for (let index = 0; index < vectors.length; index++) if (sizes[assignment[index]] > 1 && (worst < 0 || similarity[index] < similarity[worst])) worst = index;
      if (worst < 0) break;
      sizes[assignment[worst]]--;
      assignment[worst] = cluster;
      sizes[cluster]++;
      similarity[worst] = 1;
      changed++;
    }
    centroids = recomputeCentroids(vectors, assignment, count, dimensions);
    if (changed === 0) break;
  }
  for (let index = 0; index < vectors.length; index++) similarity[index] = dot(vectors[index], centroids, assignment[index], dimensions);
  return { assignment, similarity, centroids };
}

/** An overlap group is one line of work: its recommendations go where most of them are. */
function keepOverlapsTogether(assignment: Int32Array, overlaps: readonly OverlapSuggestion[], positionOf: Map<string, number>): void {
  for (const group of overlaps) {
    const members = group.recommendationIds.map((id) => positionOf.get(id)!);
    const votes = new Map<number, number>();
    for (const member of members) votes.set(assignment[member], (votes.get(assignment[member]) ?? 0) + 1);
    const winner = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    for (const member of members) assignment[member] = winner;
  }
}

export function suggestClusters(input: ClusterInput): ClusterSuggestion[] {
  const { corpus, themes, overlaps, language } = input;
  const documents = corpus.documents;
  if (documents.length === 0) return [];
  const count = Math.max(1, Math.min(input.count, documents.length));
  const themeIndex = new Map<string, number>();
  const vectors = clusteringVectors(corpus, themes, themeIndex);
  const dimensions = corpus.features.length + themeIndex.size;
  const { assignment, similarity, centroids } = kMeans(vectors, count, dimensions, input.seed, input.checkAbort);
  const positionOf = new Map(documents.map((document, position) => [document.id, position]));
  keepOverlapsTogether(assignment, overlaps, positionOf);

  const members: number[][] = Array.from({ length: count }, () => []);
  assignment.forEach((cluster, position) => members[cluster].push(position));
  const ordered = members.map((list, cluster) => ({ list, cluster })).filter(({ list }) => list.length > 0).sort((a, b) => b.list.length - a.list.length || a.list[0] - b.list[0]);
  const usedNames = new Set<string>();
  const overlapOf = new Map<string, string>();
  for (const group of overlaps) for (const id of group.recommendationIds) overlapOf.set(id, group.id);

  return ordered.map(({ list, cluster }, position) => {
    const themeTotals = new Map<string, number>();
    for (const member of list) for (const theme of themes[member]) themeTotals.set(theme.theme, (themeTotals.get(theme.theme) ?? 0) + theme.score);
    const topThemes = [...themeTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([theme]) => theme);
    const terms = topTerms(corpus, centroids, cluster, dimensions, 5);
    const name = uniqueName(topThemes, terms, usedNames, language);
    const ids = list.map((member) => documents[member].id);
    const cohesion = list.reduce((sum, member) => sum + similarity[member], 0) / list.length;
    return {
      id: `C-${String(input.firstNumber + position).padStart(3, "0")}`,
      name,
      recommendationIds: ids,
      reason: translate(language, "suggest.reason.cluster", {
        count: list.length,
        themes: topThemes.slice(0, 3).join("; ") || "-",
        terms: terms.join(", ") || "-",
        similarity: cohesion.toFixed(2),
      }),
      overlapGroupIds: [...new Set(ids.map((id) => overlapOf.get(id)).filter((id): id is string => id !== undefined))],
      themes: topThemes.slice(0, 5),
      terms,
    };
  });
}

function topTerms(corpus: Corpus, centroids: Float64Array, cluster: number, dimensions: number, limit: number): string[] {
  const base = cluster * dimensions;
  const candidates: [number, number][] = [];
  for (let feature = 0; feature < corpus.features.length; feature++) {
    const weight = centroids[base + feature];
    const key = corpus.features[feature];
    // Words in a quarter of the batch or more, and the vocabulary of every recommendation, characterise no cluster.
    if (weight > 0 && !key.startsWith("#") && !UNTELLING_TERMS.has(key) && corpus.documentFrequency[feature] * 4 < corpus.documents.length) candidates.push([feature, weight]);
  }
  return candidates
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([feature]) => corpus.surface.get(corpus.features[feature]) ?? corpus.features[feature]);
}

function uniqueName(themes: readonly string[], terms: readonly string[], used: Set<string>, language: Language): string {
  const candidates = [
    themes[0],
    themes[0] && themes[1] ? `${themes[0]} / ${themes[1]}` : undefined,
    themes[1],
    themes[0] && terms[0] ? `${themes[0]} / ${terms[0]}` : undefined,
    terms.length > 0 ? terms.slice(0, 3).join(", ") : undefined,
  ].filter((name): name is string => Boolean(name));
  const fallback = translate(language, "suggest.clusterWithoutTheme");
  let name = candidates.find((candidate) => !used.has(candidate)) ?? candidates[0] ?? fallback;
  for (let suffix = 2; used.has(name); suffix++) name = `${candidates[0] ?? fallback} (${suffix})`;
  used.add(name);
  return name;
}
