import { checkClusterCount, suggestForWorkbook, type WorkbookSuggestions } from "../../app/suggest";
import { UserFacingError, translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { MAX_CLUSTERS } from "../../core/suggest/clusters";
import { lastOption, parseArgs, type ParsedArgs } from "../args";
import type { CliCommand, CliContext } from "../command";
import { fileExists, openWorkbookFile } from "../io";

/** The workbook file and the cluster count shared by suggest and accept. */
export async function openForSuggestions(command: string, args: ParsedArgs, example: string) {
  const file = args.positional[0];
  if (!file || args.positional.length > 1) throw new UserFacingError("cli.missingArgument", { command, argument: "<workbook.xlsx>", example });
  if (!(await fileExists(file))) throw new UserFacingError("cli.fileMissing", { file });
  const clustersOption = lastOption(args, "--clusters");
  const clusters = clustersOption === undefined ? undefined : Number(clustersOption);
  if (clustersOption !== undefined) {
    if (!/^\d+$/.test(clustersOption.trim())) throw new UserFacingError("suggest.badClusterCount", { value: clustersOption, max: MAX_CLUSTERS });
    checkClusterCount(clusters!);
  }
  return { file, workbook: await openWorkbookFile(file), clusters };
}

/** Suggestions as `--json` prints them: the shape documented in docs/suggestions.md. */
export function suggestionsJson(suggestions: WorkbookSuggestions): string {
  const { clusters, overlaps, themes, sdgTargets } = suggestions;
  return JSON.stringify({ clusters, overlaps, themes, sdgTargets }, null, 2);
}

/** A long list of IDs on screen: the first ones, then how many more (--json has them all). */
function shortList(ids: readonly string[], language: Language, shown = 12): string {
  if (ids.length <= shown) return ids.join(", ");
  return translate(language, "cli.andMore", { list: ids.slice(0, shown).join(", "), count: ids.length - shown });
}

function printReadable(suggestions: WorkbookSuggestions, file: string, label: string, context: CliContext, language: Language): void {
  const overlapsOf = (kind: string) => suggestions.overlaps.filter((group) => group.kind === kind).length;
  context.out(
    translate(language, "cli.suggestSummary", {
      workbook: label,
      recommendations: suggestions.recommendationCount,
      clusters: suggestions.clusters.length,
      overlaps: suggestions.overlaps.length,
      direct: overlapsOf("direct"),
      partial: overlapsOf("partial"),
      themed: Object.values(suggestions.themes).filter((list) => list.length > 0).length,
      targeted: Object.values(suggestions.sdgTargets).filter((list) => list.length > 0).length,
    }),
  );
  if (suggestions.leftOutClustered > 0) context.out(translate(language, "cli.suggestLeftOut", { count: suggestions.leftOutClustered }));
  context.out("\n" + translate(language, "cli.suggestClustersHeading"));
  for (const cluster of suggestions.clusters) {
    context.out(translate(language, cluster.existing ? "cli.suggestExistingCluster" : "cli.suggestCluster", { id: cluster.id, name: cluster.name, count: cluster.recommendationIds.length, reason: cluster.reason }));
  }
  if (suggestions.overlaps.length > 0) context.out("\n" + translate(language, "cli.suggestOverlapsHeading"));
  for (const group of suggestions.overlaps) {
    context.out(translate(language, "cli.suggestOverlap", { id: group.id, kind: group.kind, ids: shortList(group.recommendationIds, language), reason: group.reason }));
  }
  context.out("\n" + translate(language, "cli.suggestHint", { file }));
}

export const suggestCommand: CliCommand = {
  name: "suggest",
  async run(argv, context) {
    const args = parseArgs("suggest", argv, { valued: ["--clusters"], flags: ["--json", "--include-clustered"] });
    const { file, workbook, clusters } = await openForSuggestions("suggest", args, "rights-matrix suggest monitoring.xlsx --clusters 12");
    const suggestions = await suggestForWorkbook(workbook, { clusters, language: context.language, includeClustered: args.flags.has("--include-clustered") });
    if (args.flags.has("--json")) context.out(suggestionsJson(suggestions));
    else printReadable(suggestions, file, workbook.label, context, context.language);
    return 0;
  },
};
