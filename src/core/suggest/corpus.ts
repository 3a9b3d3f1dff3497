import { askAction, type AskAction } from "./actions";
import { findConcepts, type ConceptMatch } from "./concepts";
import { analyse, stem, isStopword } from "./text";
import type { RecommendationText } from "./types";

/** A sparse vector: feature indexes in increasing order, with their weights. */
export interface SparseVector {
  indexes: Int32Array;
  weights: Float32Array;
}

export interface AnalysedRecommendation {
  id: string;
  stems: string[];
  concepts: ConceptMatch[];
  action: AskAction;
  /** TF-IDF over stems plus concept features, L2-normalised. */
  vector: SparseVector;
}

export interface Corpus {
  documents: AnalysedRecommendation[];
  /** Feature index -> stem, or "#concept-id" for a concept feature. */
  features: string[];
  featureIndex: Map<string, number>;
  /** Inverse document frequency per feature. */
  idf: Float32Array;
  /** Per feature, how many documents hold it. */
  documentFrequency: Int32Array;
  /** A readable word for each stem (its most frequent spelling), for reasons. */
  surface: Map<string, string>;
}

/** A concept counts for as much as this many occurrences of a rare word: it carries the meaning the wording hides. */
const CONCEPT_WEIGHT = 2.5;

export const conceptFeature = (id: string): string => `#${id}`;

/** Counts per distinct key, in first-seen order. */
function counts(keys: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const key of keys) result.set(key, (result.get(key) ?? 0) + 1);
  return result;
}

export function buildCorpus(recommendations: readonly RecommendationText[], onDocument?: (index: number) => void): Corpus {
  const features: string[] = [];
  const featureIndex = new Map<string, number>();
  const frequency: number[] = [];
  const spellings = new Map<string, Map<string, number>>();
  const featureOf = (key: string): number => {
    let index = featureIndex.get(key);
    if (index === undefined) {
      index = features.length;
      features.push(key);
      featureIndex.set(key, index);
      frequency.push(0);
    }
    return index;
  };

  const staged = recommendations.map((recommendation, position) => {
    const text = analyse(recommendation.text);
    const concepts = findConcepts(text);
    for (const word of text.words) {
      const lower = word.toLowerCase();
      if (isStopword(lower)) continue;
      const key = stem(lower);
      const seen = spellings.get(key) ?? new Map<string, number>();
      seen.set(lower, (seen.get(lower) ?? 0) + 1);
      spellings.set(key, seen);
    }
    const termCounts = new Map<number, number>();
    for (const [key, count] of counts(text.stems)) termCounts.set(featureOf(key), count);
    for (const match of concepts) termCounts.set(featureOf(conceptFeature(match.concept.id)), CONCEPT_WEIGHT);
    for (const index of termCounts.keys()) frequency[index]++;
    onDocument?.(position);
    return { recommendation, stems: text.stems, concepts, termCounts };
  });

  const total = recommendations.length;
  const idf = new Float32Array(features.length);
  for (let index = 0; index < features.length; index++) idf[index] = Math.log((1 + total) / (1 + frequency[index])) + 1;

  const documents = staged.map(({ recommendation, stems, concepts, termCounts }) => {
    const entries = [...termCounts.entries()].sort((a, b) => a[0] - b[0]);
    const indexes = new Int32Array(entries.length);
    const weights = new Float32Array(entries.length);
    let norm = 0;
    entries.forEach(([index, count], position) => {
      const weight = (1 + Math.log(count)) * idf[index];
      indexes[position] = index;
      weights[position] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm) || 1;
    for (let position = 0; position < weights.length; position++) weights[position] /= norm;
    return { id: recommendation.id, stems, concepts, action: askAction(recommendation.text), vector: { indexes, weights } };
  });

  const surface = new Map<string, string>();
  for (const [key, seen] of spellings) surface.set(key, [...seen.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return { documents, features, featureIndex, idf, documentFrequency: Int32Array.from(frequency), surface };
}

/** Cosine of two L2-normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indexes.length && j < b.indexes.length) {
    const left = a.indexes[i];
    const right = b.indexes[j];
    if (left === right) {
      sum += a.weights[i++] * b.weights[j++];
    } else if (left < right) i++;
    else j++;
  }
  return sum;
}

/** Features two vectors share, heaviest first. */
export function sharedFeatures(a: SparseVector, b: SparseVector): number[] {
  const shared: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.indexes.length && j < b.indexes.length) {
    if (a.indexes[i] === b.indexes[j]) {
      shared.push([a.indexes[i], a.weights[i] * b.weights[j]]);
      i++;
      j++;
    } else if (a.indexes[i] < b.indexes[j]) i++;
    else j++;
  }
  return shared.sort((x, y) => y[1] - x[1]).map(([index]) => index);
}
