import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { UHRI_THEMES } from "../../model/vocabularies";
import type { AnalysedRecommendation, Corpus } from "./corpus";
import { asksToJoin, conceptWeight, roundScore, Tally } from "./evidence";
import { RATIFICATION_THEMES, THEME_VARIANTS } from "./lexicon";
import { phraseStems } from "./text";
import type { ScoredTheme } from "./types";

/** Words of theme names too general to say anything on their own. */
const GENERIC_NAME_STEMS = new Set(["right", "human", "general", "principl", "definition", "implementation", "framework", "protection", "persons", "person", "measur", "form", "other", "specific", "area", "related"].map((word) => phraseStems(word)[0] ?? word));

/** Older spellings of a theme are not suggested: the current one is. */
const SUPERSEDED = new Set(THEME_VARIANTS.flatMap((variants) => variants.slice(1)));

interface ThemeName {
  theme: string;
  stems: string[];
}

let themeNames: ThemeName[] | null = null;

function namesToMatch(): ThemeName[] {
  themeNames ??= UHRI_THEMES.filter((theme) => !SUPERSEDED.has(theme)).map((theme) => ({
    theme,
    stems: [...new Set(phraseStems(theme).filter((token) => !GENERIC_NAME_STEMS.has(token)))],
  }));
  return themeNames;
}

const MAX_THEMES = 3;
const MIN_SCORE = 0.25;
const RANK_DECAY = 0.6;

export function suggestThemes(document: AnalysedRecommendation, corpus: Corpus, language: Language): ScoredTheme[] {
  const tally = new Tally();
  for (const match of document.concepts) {
    const { concept } = match;
    const weight = conceptWeight(concept);
    let rank = 0;
    for (const theme of concept.themes ?? []) {
      if (concept.kind === "instrument" && RATIFICATION_THEMES.includes(theme) && !asksToJoin(document)) continue;
      tally.add(theme, weight * RANK_DECAY ** rank++, concept.label);
    }
  }
  const present = new Set(document.stems);
  for (const { theme, stems } of namesToMatch()) {
    if (stems.length === 0) continue;
    let matched = 0;
    let total = 0;
    const words: string[] = [];
    for (const token of stems) {
      const index = corpus.featureIndex.get(token);
      const weight = index === undefined ? 1 : corpus.idf[index];
      total += weight;
      if (present.has(token)) {
        matched += weight;
        words.push(corpus.surface.get(token) ?? token);
      }
    }
    if (total > 0 && matched / total >= 0.5) tally.add(theme, 0.8 * (matched / total), words.join(", "));
  }
  return tally.top(MAX_THEMES, MIN_SCORE).map(({ key, score, evidence }) => ({
    theme: key,
    score: roundScore(score),
    reason: translate(language, "suggest.reason.theme", { evidence: evidence.slice(0, 3).join("; ") }),
  }));
}

const spellingKey = (name: string): string => name.toLowerCase().replace(/\band\b/g, "&").replace(/\s+/g, " ").trim();

let variantOf: Map<string, string> | null = null;

/** One name per UHRI theme, whatever spelling or older name is given. */
export function canonicalTheme(name: string): string {
  if (!variantOf) {
    variantOf = new Map();
    for (const variants of THEME_VARIANTS) for (const variant of variants) variantOf.set(spellingKey(variant), variants[0]);
  }
  const key = spellingKey(name);
  return variantOf.get(key) ?? UHRI_THEMES.find((theme) => spellingKey(theme) === key) ?? name.trim();
}

/** Two theme names that stand for the same UHRI theme (renamed, respelled). */
export function sameTheme(a: string, b: string): boolean {
  return canonicalTheme(a) === canonicalTheme(b);
}
