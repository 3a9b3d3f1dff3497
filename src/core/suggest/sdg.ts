import { translate } from "../../model/i18n/messages";
import { SDG_TARGETS, type Language } from "../../model/vocabularies";
import { conceptLabel } from "./concepts";
import type { AnalysedRecommendation, Corpus } from "./corpus";
import { conceptWeight, roundScore, Tally } from "./evidence";
import { phraseStems } from "./text";
import type { ScoredSdgTarget } from "./types";

/** The 169 target texts (all three languages) as an inverted index of their words. */
interface TargetIndex {
  postings: Map<string, { target: number; weight: number }[]>;
}

let targetIndex: TargetIndex | null = null;

/** Words every target text shares ("by 2030") say nothing about which target is meant. */
const TARGET_BOILERPLATE = new Set(["2030", "2020", "2025", "aqui", "ici", "all", "toda", "tou"]);

function buildTargetIndex(): TargetIndex {
  const documents = SDG_TARGETS.map((target) => new Set(phraseStems(`${target.text.en} ${target.text.es} ${target.text.fr}`).filter((token) => !TARGET_BOILERPLATE.has(token) && !/^\d+$/.test(token))));
  const frequency = new Map<string, number>();
  for (const tokens of documents) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const postings = new Map<string, { target: number; weight: number }[]>();
  documents.forEach((tokens, target) => {
    const weights = [...tokens].map((token) => [token, Math.log(SDG_TARGETS.length / (frequency.get(token) ?? 1))] as const);
    const norm = Math.sqrt(weights.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    for (const [token, weight] of weights) {
      if (weight <= 0) continue;
      const list = postings.get(token) ?? [];
      list.push({ target, weight: weight / norm });
      postings.set(token, list);
    }
  });
  return { postings };
}

const MAX_TARGETS = 3;
const MIN_SCORE = 0.25;
const RANK_DECAY = 0.7;
/** How much closeness to a target's wording counts next to a concept that points to the target. */
const WORDING_WEIGHT = 1.6;
/** Below this, shared words with a target are chance. */
const MIN_WORDING_SIMILARITY = 0.08;

export function suggestSdgTargets(document: AnalysedRecommendation, corpus: Corpus, language: Language): ScoredSdgTarget[] {
  targetIndex ??= buildTargetIndex();
  const tally = new Tally();
  for (const { concept } of document.concepts) {
    const weight = conceptWeight(concept);
    (concept.sdgTargets ?? []).forEach((target, rank) => tally.add(target, weight * RANK_DECAY ** rank, conceptLabel(concept, language)));
  }
  const distinct = [...new Set(document.stems)];
  const norm = Math.sqrt(distinct.length) || 1;
  const scores = new Float64Array(SDG_TARGETS.length);
  for (const token of distinct) {
    for (const { target, weight } of targetIndex.postings.get(token) ?? []) scores[target] += weight / norm;
  }
  const byCode = new Map<string, number>();
  scores.forEach((score, target) => {
    if (score < MIN_WORDING_SIMILARITY) return;
    byCode.set(SDG_TARGETS[target].target, target);
    tally.add(SDG_TARGETS[target].target, WORDING_WEIGHT * score, WORDING);
  });
  return tally.top(MAX_TARGETS, MIN_SCORE).map(({ key, score, evidence }) => ({
    target: key,
    score: roundScore(score),
    reason: translate(language, "suggest.reason.sdg", {
      evidence: evidence
        .slice(0, 3)
        .map((item) => (item === WORDING ? wordingEvidence(distinct, byCode.get(key)!, corpus, language) : item))
        .join("; "),
    }),
  }));
}

/** Marks evidence from the wording, spelled out only for the targets that make the top. */
const WORDING = "\u0000wording";

function wordingEvidence(stems: readonly string[], target: number, corpus: Corpus, language: Language): string {
  const words = stems.filter((token) => targetIndex!.postings.get(token)?.some((posting) => posting.target === target)).map((token) => corpus.surface.get(token) ?? token);
  return translate(language, "suggest.reason.sdgWording", { words: words.slice(0, 4).join(", ") });
}

/** "16.3" -> 16 */
export function goalOf(target: string): number {
  return Number(target.split(".")[0]);
}
