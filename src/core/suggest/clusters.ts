import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { conceptById, conceptLabel, findConcepts } from "./concepts";
import { cosine, sharedFeatures, type AnalysedRecommendation, type Corpus, type SparseVector } from "./corpus";
import { conceptWeight } from "./evidence";
import { analyse, phraseStems } from "./text";
import type { ClusterSuggestion, ExistingCluster, OverlapSuggestion, ScoredTheme } from "./types";

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

/** A workbook cluster as the analysis sees it: its description analysed like a recommendation. */
export interface ExistingProfile {
  cluster: ExistingCluster;
  document: AnalysedRecommendation;
  themes: ScoredTheme[];
}

/**
 * The concepts a cluster's name names, the narrowest only: "Roma inclusion" is about Roma, not
 * about every minority, though the word Roma also says minority.
 */
function nameConcepts(name: string): string[] {
  const matches = findConcepts(analyse(name)).filter((match) => conceptWeight(match.concept) >= 1);
  const narrowest = matches.filter(
    (match) => !matches.some((other) => other.concept.parent === match.concept.id && other.stream === match.stream && other.start === match.start && other.end === match.end),
  );
  return [...new Set(narrowest.map((match) => match.concept.id))];
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
  existing?: readonly ExistingProfile[];
}

/** One recommendation's words and suggested themes in one normalised vector. */
function clusteringVector(vector: SparseVector, scored: readonly ScoredTheme[], offset: number, themeIndex: Map<string, number>): SparseVector {
  const entries: [number, number][] = [];
  for (let index = 0; index < vector.indexes.length; index++) entries.push([vector.indexes[index], vector.weights[index] * WORD_SHARE]);
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

/** A recommendation fits a workbook cluster this close to it, or less close when they name the same concept. */
const FIT = 0.45;
const FIT_WITH_CONCEPT = 0.2;
/** Rounds of moving recommendations to a cluster whose name they share. */
const NAMING_ROUNDS = 4;

/** Concepts specific enough to name a cluster or to place a recommendation in one. */
function tellingConcepts(document: AnalysedRecommendation): string[] {
  return [...new Set(document.concepts.filter((match) => conceptWeight(match.concept) >= 1).map((match) => match.concept.id))];
}

/**
 * What a recommendation could share with others: its suggested themes, the family of a theme
 * ("Persons with disabilities" for "Persons with disabilities: accessibility, mobility") and
 * the concepts it names.
 */
function labelKeys(document: AnalysedRecommendation, scored: readonly ScoredTheme[]): Set<string> {
  const families = scored.map((theme) => theme.theme.split(": ")).filter((parts) => parts.length > 1).map((parts) => `g:${parts[0]}`);
  return new Set([...scored.map((theme) => `t:${theme.theme}`), ...families, ...tellingConcepts(document).map((id) => `c:${id}`)]);
}

function labelOf(key: string, language: Language): { kind: "theme" | "concept"; label: string } {
  if (key.startsWith("t:") || key.startsWith("g:")) return { kind: "theme", label: key.slice(2) };
  const concept = conceptById(key.slice(2));
  const label = concept ? conceptLabel(concept, language) : key.slice(2);
  // A concept's name is written for the middle of a sentence; as a cluster's name it starts with a capital.
  return { kind: "concept", label: label.charAt(0).toLocaleUpperCase(language) + label.slice(1) };
}

/** The labels most members share, most shared first (a theme before a concept on a tie). */
function sharedKeys(members: readonly number[], keys: readonly Set<string>[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const member of members) for (const key of keys[member]) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
}

/** Why a recommendation fits a workbook cluster: the concepts, themes and words they share. */
function fitEvidence(document: AnalysedRecommendation, scored: readonly ScoredTheme[], profile: ExistingProfile, corpus: Corpus, language: Language): string {
  const concepts = tellingConcepts(document).filter((id) => tellingConcepts(profile.document).includes(id));
  const themes = scored.map((theme) => theme.theme).filter((theme) => profile.themes.some((other) => other.theme === theme));
  const words = sharedFeatures(document.vector, profile.document.vector)
    .map((feature) => corpus.features[feature])
    .filter((key) => !key.startsWith("#") && !UNTELLING_TERMS.has(key))
    .slice(0, 3)
    .map((key) => corpus.surface.get(key) ?? key);
  const parts = [
    ...concepts.map((id) => conceptById(id)).filter((concept): concept is NonNullable<typeof concept> => concept !== undefined).map((concept) => conceptLabel(concept, language)),
    ...themes.map((theme) => `“${theme}”`),
    ...(words.length > 0 ? [words.join(", ")] : []),
  ];
  return parts.slice(0, 4).join("; ") || "-";
}

export function suggestClusters(input: ClusterInput): ClusterSuggestion[] {
  const { corpus, themes, overlaps, language } = input;
  const documents = corpus.documents;
  if (documents.length === 0) return [];
  const existing = input.existing ?? [];
  const themeIndex = new Map<string, number>();
  const offset = corpus.features.length;
  const vectors = documents.map((document, position) => clusteringVector(document.vector, themes[position], offset, themeIndex));
  const profileVectors = existing.map((profile) => clusteringVector(profile.document.vector, profile.themes, offset, themeIndex));
  const dimensions = offset + themeIndex.size;
  const positionOf = new Map(documents.map((document, position) => [document.id, position]));

  // Workbook clusters first: a recommendation that fits one goes there.
  const fitsIn = new Int32Array(documents.length).fill(-1);
  const named = existing.map((profile) => nameConcepts(profile.cluster.name));
  documents.forEach((document, position) => {
    const concepts = tellingConcepts(document);
    let bestScore = 0;
    existing.forEach((profile, index) => {
      const score = cosine(vectors[position], profileVectors[index]);
      const sharesConcept = concepts.some((id) => named[index].includes(id));
      if ((score >= FIT || (sharesConcept && score >= FIT_WITH_CONCEPT)) && score > bestScore) {
        bestScore = score;
        fitsIn[position] = index;
      }
    });
  });
  input.checkAbort();

  // The rest form new clusters; in `assignment`, 0..existing-1 are the workbook's clusters, the others new.
  const rest = documents.map((_, position) => position).filter((position) => fitsIn[position] < 0);
  const newCount = rest.length === 0 ? 0 : Math.max(1, Math.min(input.count, rest.length));
  const assignment = Int32Array.from(fitsIn);
  let centroids: Float64Array = new Float64Array(0);
  if (newCount > 0) {
    const grouped = kMeans(rest.map((position) => vectors[position]), newCount, dimensions, input.seed, input.checkAbort);
    rest.forEach((position, index) => (assignment[position] = existing.length + grouped.assignment[index]));
  }
  const total = existing.length + newCount;
  const keys = documents.map((document, position) => labelKeys(document, themes[position]));
  const membersOf = () => {
    const lists: number[][] = Array.from({ length: total }, () => []);
    assignment.forEach((cluster, position) => lists[cluster].push(position));
    return lists;
  };

  // A cluster is named after what most of its members share: a member that lacks its cluster's
  // label moves to the closest cluster whose label it has.
  for (let round = 0; round < NAMING_ROUNDS && newCount > 0; round++) {
    centroids = recomputeCentroids(vectors, assignment, total, dimensions);
    const members = membersOf();
    const labelOfCluster = members.map((list, cluster) => (cluster < existing.length || list.length === 0 ? undefined : sharedKeys(list, keys)[0]?.[0]));
    let moved = 0;
    for (let cluster = existing.length; cluster < total; cluster++) {
      const own = labelOfCluster[cluster];
      for (const position of members[cluster]) {
        if (own !== undefined && keys[position].has(own)) continue;
        let best = -1;
        let bestScore = Number.NEGATIVE_INFINITY;
        for (let other = existing.length; other < total; other++) {
          const label = labelOfCluster[other];
          if (other === cluster || label === undefined || !keys[position].has(label)) continue;
          const score = dot(vectors[position], centroids, other, dimensions);
          if (score > bestScore) {
            bestScore = score;
            best = other;
          }
        }
        if (best >= 0) {
          assignment[position] = best;
          moved++;
        }
      }
    }
    input.checkAbort();
    if (moved === 0) break;
  }
  keepOverlapsTogether(assignment, overlaps, positionOf);
  centroids = recomputeCentroids(vectors, assignment, total, dimensions);

  const members = membersOf();
  const overlapOf = new Map<string, string>();
  for (const group of overlaps) for (const id of group.recommendationIds) overlapOf.set(id, group.id);
  const usedNames = new Set(existing.map((profile) => profile.cluster.name.trim().toLowerCase()));
  const describe = (list: readonly number[], cluster: number) => {
    const themeTotals = new Map<string, number>();
    for (const member of list) for (const theme of themes[member]) themeTotals.set(theme.theme, (themeTotals.get(theme.theme) ?? 0) + theme.score);
    const topThemes = [...themeTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([theme]) => theme);
    const ids = list.map((member) => documents[member].id);
    return {
      ids,
      topThemes,
      terms: topTerms(corpus, centroids, cluster, dimensions, 5),
      overlapGroupIds: [...new Set(ids.map((id) => overlapOf.get(id)).filter((id): id is string => id !== undefined))],
    };
  };

  const filled: ClusterSuggestion[] = existing.flatMap((profile, cluster) => {
    const list = members[cluster];
    if (list.length === 0) return [];
    const { ids, topThemes, terms, overlapGroupIds } = describe(list, cluster);
    const fits: Record<string, string> = {};
    for (const member of list) {
      const group = overlapOf.get(documents[member].id);
      fits[documents[member].id] =
        fitsIn[member] === cluster
          ? translate(language, "suggest.reason.fits", { name: profile.cluster.name, evidence: fitEvidence(documents[member], themes[member], profile, corpus, language) })
          : translate(language, "suggest.reason.fitsWithOverlap", { name: profile.cluster.name, group: group ?? "-" });
    }
    const [best] = sharedKeys(list, keys);
    return [
      {
        id: profile.cluster.id,
        name: profile.cluster.name,
        recommendationIds: ids,
        reason: translate(language, "suggest.reason.existingCluster", { count: list.length, name: profile.cluster.name }),
        existing: true,
        fits,
        ...(best && best[1] * 2 > list.length ? { shared: { ...labelOf(best[0], language), count: best[1] } } : {}),
        overlapGroupIds,
        themes: topThemes.slice(0, 5),
        terms,
      },
    ];
  });

  const created = members
    .map((list, cluster) => ({ list, cluster }))
    .filter(({ list, cluster }) => cluster >= existing.length && list.length > 0)
    .sort((a, b) => b.list.length - a.list.length || a.list[0] - b.list[0])
    .map(({ list, cluster }, position): ClusterSuggestion => {
      const { ids, topThemes, terms, overlapGroupIds } = describe(list, cluster);
      const majority = sharedKeys(list, keys).filter(([, count]) => count * 2 > list.length);
      const shared = majority.length > 0 ? { ...labelOf(majority[0][0], language), count: majority[0][1] } : undefined;
      const name = uniqueName(
        majority.map(([key]) => labelOf(key, language).label),
        terms,
        usedNames,
        language,
      );
      const common = { count: list.length, terms: terms.join(", ") || "-" };
      return {
        id: `C-${String(input.firstNumber + position).padStart(3, "0")}`,
        name,
        recommendationIds: ids,
        reason: shared
          ? translate(language, shared.kind === "theme" ? "suggest.reason.clusterTheme" : "suggest.reason.clusterConcept", {
              ...common,
              shared: shared.count,
              label: shared.label,
              others: majority.slice(1, 3).map(([key]) => labelOf(key, language).label).join("; ") || "-",
            })
          : translate(language, "suggest.reason.clusterMixed", { ...common, themes: topThemes.slice(0, 3).join("; ") || "-" }),
        ...(shared ? { shared } : {}),
        overlapGroupIds,
        themes: topThemes.slice(0, 5),
        terms,
      };
    });
  return [...filled, ...created];
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

/** The most shared label, or it and the next shared one, or it and a frequent word; never a name in use. */
function uniqueName(shared: readonly string[], terms: readonly string[], used: Set<string>, language: Language): string {
  const candidates = [
    shared[0],
    shared[0] && shared[1] ? `${shared[0]} / ${shared[1]}` : undefined,
    shared[0] && terms[0] ? `${shared[0]} / ${terms[0]}` : undefined,
    shared.length === 0 && terms.length > 0 ? `${translate(language, "suggest.clusterWithoutTheme")}: ${terms.slice(0, 3).join(", ")}` : undefined,
  ].filter((name): name is string => Boolean(name));
  const fallback = translate(language, "suggest.clusterWithoutTheme");
  const free = (name: string) => !used.has(name.toLowerCase());
  let name = candidates.find(free) ?? candidates[0] ?? fallback;
  for (let suffix = 2; !free(name); suffix++) name = `${candidates[0] ?? fallback} (${suffix})`;
  used.add(name.toLowerCase());
  return name;
}
