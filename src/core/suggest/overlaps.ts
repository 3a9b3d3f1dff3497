import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import type { AskAction } from "./actions";
import { conceptById, conceptLabel } from "./concepts";
import { cosine, type AnalysedRecommendation, type Corpus } from "./corpus";
import { roundScore } from "./evidence";
import type { OverlapKind, OverlapSuggestion } from "./types";

/** Institutions whose recommendations are one line of work whatever the verb (establish, strengthen, bring into line). */
const INSTITUTION_ASKS = new Set(["nhri", "npm", "nmrf", "equality-body", "children-ombudsman"]);
/** Verbs that make naming an instrument an ask about the instrument itself. */
const INSTRUMENT_ACTIONS = new Set<AskAction>(["ratify", "withdraw-reservations"]);

/** Cosine at or above which two wordings ask the same thing; between the two, one asks for more or for part. */
export const DIRECT_SIMILARITY = 0.8;
export const PARTIAL_SIMILARITY = 0.6;

/** The asks a recommendation makes about instruments and institutions, as comparable keys. */
export function askKeys(document: AnalysedRecommendation): string[] {
  const keys = new Set<string>();
  for (const { concept } of document.concepts) {
    if (concept.kind === "instrument" && INSTRUMENT_ACTIONS.has(document.action)) keys.add(`${document.action}:${concept.id}`);
    if (concept.kind === "institution" && INSTITUTION_ASKS.has(concept.id)) keys.add(`institution:${concept.id}`);
  }
  return [...keys].sort();
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[index] !== root) [this.parent[index], index] = [root, this.parent[index]];
    return root;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

interface DraftGroup {
  members: number[];
  kind: OverlapKind;
  similarity: number;
  /** How the reason describes the shared ask. */
  basis: "ask" | "wording";
}

function describeKey(key: string, language: Language, action?: AskAction): string {
  const [verb, id] = key.split(":");
  const concept = conceptById(id);
  const label = concept ? conceptLabel(concept, language) : id;
  const shownVerb = verb === "institution" ? action ?? "other" : (verb as AskAction);
  return `${translate(language, `suggest.action.${shownVerb}` as Parameters<typeof translate>[1])} ${label}`;
}

function minimumSimilarity(documents: readonly AnalysedRecommendation[], members: readonly number[]): number {
  let lowest = 1;
  for (const member of members.slice(1)) lowest = Math.min(lowest, cosine(documents[members[0]].vector, documents[member].vector));
  return lowest;
}

/** Groups by the asks recommendations make about instruments and institutions, whatever their wording. */
function groupsByAsk(documents: readonly AnalysedRecommendation[], keys: readonly string[][]): DraftGroup[] {
  const buckets = new Map<string, number[]>();
  keys.forEach((documentKeys, index) => {
    if (documentKeys.length === 0) return;
    const signature = documentKeys.join("|");
    const bucket = buckets.get(signature);
    if (bucket) bucket.push(index);
    else buckets.set(signature, [index]);
  });
  const union = new UnionFind(documents.length);
  for (const members of buckets.values()) for (const member of members.slice(1)) union.union(members[0], member);
  // A recommendation asking for several things joins the group of the largest part it shares.
  const signatures = [...buckets.keys()].map((signature) => ({ signature, keys: new Set(signature.split("|")) }));
  for (const { signature, keys: own } of signatures) {
    if (own.size < 2) continue;
    const parts = signatures
      .filter((other) => other.keys.size < own.size && [...other.keys].every((key) => own.has(key)))
      .sort((a, b) => b.keys.size - a.keys.size || buckets.get(b.signature)!.length - buckets.get(a.signature)!.length);
    if (parts.length > 0) union.union(buckets.get(signature)![0], buckets.get(parts[0].signature)![0]);
  }
  const byRoot = new Map<number, number[]>();
  keys.forEach((documentKeys, index) => {
    if (documentKeys.length === 0) return;
    const root = union.find(index);
    const group = byRoot.get(root);
    if (group) group.push(index);
    else byRoot.set(root, [index]);
  });
  return [...byRoot.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const sameKeys = members.every((member) => keys[member].join("|") === keys[members[0]].join("|"));
      const sameAction = members.every((member) => documents[member].action === documents[members[0]].action);
      return { members, kind: sameKeys && sameAction ? "direct" : "partial", similarity: minimumSimilarity(documents, members), basis: "ask" };
    });
}

/**
 * Near-identical wordings among the recommendations no ask grouped: an inverted index over
 * the rarer features finds candidates, so the work grows with the matches, not with n².
 */
function groupsByWording(documents: readonly AnalysedRecommendation[], corpus: Corpus, skip: ReadonlySet<number>, checkAbort: () => void): DraftGroup[] {
  const count = documents.length;
  const maxPostings = Math.max(40, Math.ceil(3 * Math.sqrt(count)));
  const postings = new Map<number, { members: number[]; weights: number[] }>();
  const accumulator = new Float32Array(count);
  const neighbours: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let index = 0; index < count; index++) {
    if (index % 2000 === 0) checkAbort();
    if (skip.has(index)) continue;
    const { indexes, weights } = documents[index].vector;
    const touched: number[] = [];
    for (let position = 0; position < indexes.length; position++) {
      const feature = indexes[position];
      if (corpus.documentFrequency[feature] > maxPostings) continue;
      const list = postings.get(feature);
      if (list) {
        for (let entry = 0; entry < list.members.length; entry++) {
          const other = list.members[entry];
          if (accumulator[other] === 0) touched.push(other);
          accumulator[other] += weights[position] * list.weights[entry];
        }
        list.members.push(index);
        list.weights.push(weights[position]);
      } else postings.set(feature, { members: [index], weights: [weights[position]] });
    }
    for (const other of touched) {
      if (accumulator[other] >= PARTIAL_SIMILARITY * 0.5) {
        const similarity = cosine(documents[index].vector, documents[other].vector);
        if (similarity >= PARTIAL_SIMILARITY) {
          neighbours[index].set(other, similarity);
          neighbours[other].set(index, similarity);
        }
      }
      accumulator[other] = 0;
    }
  }
  // Densest first, each group a star around its anchor, so no chain of small resemblances makes a group.
  const order = [...Array(count).keys()].filter((index) => neighbours[index].size > 0).sort((a, b) => neighbours[b].size - neighbours[a].size || a - b);
  const assigned = new Set<number>();
  const groups: DraftGroup[] = [];
  for (const anchor of order) {
    if (assigned.has(anchor)) continue;
    const members = [anchor, ...[...neighbours[anchor].keys()].filter((other) => !assigned.has(other)).sort((a, b) => a - b)];
    if (members.length < 2) continue;
    members.forEach((member) => assigned.add(member));
    const similarity = Math.min(...members.slice(1).map((member) => neighbours[anchor].get(member) ?? 0));
    groups.push({ members, kind: similarity >= DIRECT_SIMILARITY ? "direct" : "partial", similarity, basis: "wording" });
  }
  return groups;
}

/** Features most members hold, most telling first, as words a person recognises. */
function sharedTerms(documents: readonly AnalysedRecommendation[], members: readonly number[], corpus: Corpus, limit: number, language: Language): string[] {
  const holders = new Map<number, number>();
  for (const member of members) for (const feature of documents[member].vector.indexes) holders.set(feature, (holders.get(feature) ?? 0) + 1);
  const terms: string[] = [];
  const seen = new Set<string>();
  const ranked = [...holders.entries()]
    .filter(([, count]) => count * 2 >= members.length)
    .sort((a, b) => b[1] * corpus.idf[b[0]] - a[1] * corpus.idf[a[0]]);
  for (const [feature] of ranked) {
    const key = corpus.features[feature];
    const concept = key.startsWith("#") ? conceptById(key.slice(1)) : undefined;
    const term = concept ? conceptLabel(concept, language) : corpus.surface.get(key) ?? key;
    if (seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    terms.push(term);
    if (terms.length === limit) break;
  }
  return terms;
}

function sharedConcepts(documents: readonly AnalysedRecommendation[], members: readonly number[]): string[] {
  const first = documents[members[0]].concepts.map((match) => match.concept.id);
  return first.filter((id) => members.every((member) => documents[member].concepts.some((match) => match.concept.id === id)));
}

export function suggestOverlaps(corpus: Corpus, language: Language, firstNumber: number, checkAbort: () => void = () => {}): OverlapSuggestion[] {
  const { documents } = corpus;
  const keys = documents.map(askKeys);
  const byAsk = groupsByAsk(documents, keys);
  const grouped = new Set(byAsk.flatMap((group) => group.members));
  const drafts = [...byAsk, ...groupsByWording(documents, corpus, grouped, checkAbort)].map((group) => ({ ...group, members: [...group.members].sort((a, b) => a - b) }));
  drafts.sort((a, b) => a.members[0] - b.members[0]);
  return drafts.map((group, position) => {
    const similarity = roundScore(group.similarity).toFixed(2);
    let reason: string;
    if (group.basis === "ask") {
      const common = keys[group.members[0]].filter((key) => group.members.every((member) => keys[member].includes(key)));
      const shown = (common.length > 0 ? common : keys[group.members[0]]).map((key) => describeKey(key, language, group.kind === "direct" ? documents[group.members[0]].action : undefined));
      reason = translate(language, group.kind === "direct" ? "suggest.reason.overlapSameAsk" : "suggest.reason.overlapPartialAsk", { ask: shown.join("; "), similarity });
    } else {
      const terms = sharedTerms(documents, group.members, corpus, 6, language).join(", ");
      reason = translate(language, group.kind === "direct" ? "suggest.reason.overlapSimilar" : "suggest.reason.overlapSimilarPartial", { terms, similarity });
    }
    return {
      id: `OG-${String(firstNumber + position).padStart(3, "0")}`,
      kind: group.kind,
      recommendationIds: group.members.map((member) => documents[member].id),
      reason,
      similarity: roundScore(group.similarity),
      sharedConcepts: sharedConcepts(documents, group.members),
    };
  });
}
