import { translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { UHRI_THEMES } from "../../model/vocabularies";
import { conceptLabel } from "./concepts";
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

/** Theme names indexed by their words, weighted by how rare each word is in this batch. */
interface ThemeNameIndex {
  themesOf: Map<string, { theme: number; weight: number }[]>;
  totals: Float64Array;
}

const nameIndexes = new WeakMap<Corpus, ThemeNameIndex>();

function nameIndex(corpus: Corpus): ThemeNameIndex {
  let index = nameIndexes.get(corpus);
  if (index) return index;
  const names = namesToMatch();
  const themesOf = new Map<string, { theme: number; weight: number }[]>();
  const totals = new Float64Array(names.length);
  names.forEach(({ stems }, theme) => {
    for (const token of stems) {
      const feature = corpus.featureIndex.get(token);
      const weight = feature === undefined ? 1 : corpus.idf[feature];
      totals[theme] += weight;
      const list = themesOf.get(token) ?? [];
      list.push({ theme, weight });
      themesOf.set(token, list);
    }
  });
  index = { themesOf, totals };
  nameIndexes.set(corpus, index);
  return index;
}

export function suggestThemes(document: AnalysedRecommendation, corpus: Corpus, language: Language): ScoredTheme[] {
  const tally = new Tally();
  for (const match of document.concepts) {
    const { concept } = match;
    const weight = conceptWeight(concept);
    let rank = 0;
    for (const theme of concept.themes ?? []) {
      if (SUPERSEDED.has(theme) || (concept.kind === "instrument" && RATIFICATION_THEMES.includes(theme) && !asksToJoin(document))) continue;
      tally.add(theme, weight * RANK_DECAY ** rank++, conceptLabel(concept, language));
    }
  }
  const { themesOf, totals } = nameIndex(corpus);
  const matched = new Map<number, { weight: number; words: string[] }>();
  for (const token of new Set(document.stems)) {
    for (const { theme, weight } of themesOf.get(token) ?? []) {
      const entry = matched.get(theme) ?? { weight: 0, words: [] };
      entry.weight += weight;
      entry.words.push(corpus.surface.get(token) ?? token);
      matched.set(theme, entry);
    }
  }
  const names = namesToMatch();
  for (const [theme, { weight, words }] of matched) {
    const share = weight / totals[theme];
    if (share >= 0.5) tally.add(names[theme].theme, 0.8 * share, words.join(", "));
  }
  return tally.top(MAX_THEMES, MIN_SCORE).map(({ key, score, evidence }) => ({
    theme: key,
    score: roundScore(score),
    reason: translate(language, "suggest.reason.theme", { evidence: evidence.slice(0, 3).join("; ") }),
  }));
}

const spellingKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\s*-\s*general\s*$/, "")
    .replace(/\band\b|&|,/g, " ")
    .replace(/\s+/g, " ")
    .trim();

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
