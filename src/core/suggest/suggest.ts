import { UserFacingError } from "../../model/i18n/messages";
import { suggestClusters, defaultClusterCount } from "./clusters";
import { buildCorpus } from "./corpus";
import { suggestOverlaps } from "./overlaps";
import { suggestSdgTargets } from "./sdg";
import { suggestThemes } from "./themes";
import type { RecommendationText, ScoredSdgTarget, ScoredTheme, SuggestOptions, SuggestStage, Suggestions } from "./types";

/** Share of the whole work each stage ends at, for progress bars. */
const STAGE_END: Record<SuggestStage, number> = { analyse: 0.35, themes: 0.5, sdg: 0.65, overlaps: 0.8, clusters: 1 };
const STAGE_START: Record<SuggestStage, number> = { analyse: 0, themes: 0.35, sdg: 0.5, overlaps: 0.65, clusters: 0.8 };

/** Lets a Web Worker's message loop (and a cancel button) run between chunks of work. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Themes, SDG targets, overlap groups and clusters for a batch of recommendations, each with a
 * reason. Pure: reads nothing, writes nothing; the same input gives the same suggestions.
 */
export async function suggest(recommendations: readonly RecommendationText[], options: SuggestOptions = {}): Promise<Suggestions> {
  const language = options.language ?? "en";
  const checkAbort = () => {
    if (options.signal?.aborted) throw new UserFacingError("suggest.cancelled");
  };
  const report = (stage: SuggestStage, done: number, total: number) =>
    options.onProgress?.(stage, STAGE_START[stage] + (STAGE_END[stage] - STAGE_START[stage]) * (total === 0 ? 1 : done / total));
  checkAbort();

  // The workbook's clusters are analysed with the batch (their words weigh as the batch's do), then set apart.
  const existing = options.existingClusters ?? [];
  const profiles = existing.map((cluster) => ({ id: `#cluster ${cluster.id}`, text: [cluster.name, cluster.description, ...cluster.memberTexts].join("\n") }));
  const analysed = buildCorpus([...recommendations, ...profiles], (index) => {
    if (index % 1000 === 0) report("analyse", index, recommendations.length + profiles.length);
  });
  const corpus = { ...analysed, documents: analysed.documents.slice(0, recommendations.length) };
  const profileDocuments = analysed.documents.slice(recommendations.length);
  report("analyse", 1, 1);
  await yieldToEventLoop();
  checkAbort();

  const themeLists: ScoredTheme[][] = [];
  const targetLists: ScoredSdgTarget[][] = [];
  for (let index = 0; index < corpus.documents.length; index++) {
    themeLists.push(suggestThemes(corpus.documents[index], corpus, language));
    if (index % 2000 === 1999) {
      report("themes", index, corpus.documents.length);
      await yieldToEventLoop();
      checkAbort();
    }
  }
  report("themes", 1, 1);
  for (let index = 0; index < corpus.documents.length; index++) {
    targetLists.push(suggestSdgTargets(corpus.documents[index], corpus, language));
    if (index % 2000 === 1999) {
      report("sdg", index, corpus.documents.length);
      await yieldToEventLoop();
      checkAbort();
    }
  }
  report("sdg", 1, 1);
  await yieldToEventLoop();
  checkAbort();

  const overlaps = suggestOverlaps(corpus, language, options.firstOverlapNumber ?? 1, checkAbort);
  report("overlaps", 1, 1);
  await yieldToEventLoop();
  checkAbort();

  const clusters = suggestClusters({
    corpus,
    themes: themeLists,
    overlaps,
    count: options.clusters ?? defaultClusterCount(recommendations.length),
    seed: options.seed ?? 1,
    language,
    firstNumber: options.firstClusterNumber ?? 1,
    checkAbort,
    existing: existing.map((cluster, index) => ({ cluster, document: profileDocuments[index], themes: suggestThemes(profileDocuments[index], corpus, language) })),
  });
  report("clusters", 1, 1);

  const themes: Record<string, ScoredTheme[]> = {};
  const sdgTargets: Record<string, ScoredSdgTarget[]> = {};
  corpus.documents.forEach((document, index) => {
    themes[document.id] = themeLists[index];
    sdgTargets[document.id] = targetLists[index];
  });
  return { clusters, overlaps, themes, sdgTargets };
}
