import type { Concept } from "./lexicon";
import type { AnalysedRecommendation } from "./corpus";

/** Concepts that say where a recommendation acts (a law, a plan, training) more than what it is about. */
const CROSS_CUTTING = new Set(["legislation", "policy", "resources", "training", "data", "civil-society", "ratification", "national-action-plan", "victims", "impunity", "discrimination", "children", "women"]);

/** How much a concept found in a recommendation counts towards the labels it points to. */
export function conceptWeight(concept: Concept): number {
  if (concept.kind === "topic" && CROSS_CUTTING.has(concept.id)) return 0.6;
  return 1;
}

/** Whether the recommendation asks to join the instrument (so the acceptance themes apply), rather than citing it. */
export function asksToJoin(document: AnalysedRecommendation): boolean {
  return document.action === "ratify" || document.action === "withdraw-reservations";
}

/** Adds `amount` to `key`, remembering why. */
export class Tally {
  readonly scores = new Map<string, number>();
  readonly because = new Map<string, string[]>();

  add(key: string, amount: number, evidence: string): void {
    this.scores.set(key, (this.scores.get(key) ?? 0) + amount);
    const list = this.because.get(key) ?? [];
    if (!list.includes(evidence)) list.push(evidence);
    this.because.set(key, list);
  }

  /** The best keys with a 0-1 score, at most `limit`, above `floor`. */
  top(limit: number, floor: number): { key: string; score: number; evidence: string[] }[] {
    return [...this.scores.entries()]
      .map(([key, raw]) => ({ key, score: 1 - Math.exp(-1.2 * raw), evidence: this.because.get(key) ?? [] }))
      .filter((entry) => entry.score >= floor)
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .slice(0, limit);
  }
}

export const roundScore = (score: number): number => Math.round(score * 100) / 100;
