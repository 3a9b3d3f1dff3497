import { promises as fs } from "node:fs";
import { acceptSuggestions, clusterOutcomeLines, parseAcceptedSuggestions, type AcceptedSuggestions } from "../../app/accept-suggestions";
import { suggestForWorkbook } from "../../app/suggest";
import { UserFacingError, translate } from "../../model/i18n/messages";
import { lastOption, parseArgs } from "../args";
import type { CliCommand } from "../command";
import { fileExists, saveWorkbookFile } from "../io";
import { openForSuggestions } from "./suggest";

export const acceptCommand: CliCommand = {
  name: "accept",
  async run(argv, context) {
    const args = parseArgs("accept", argv, { valued: ["--from", "--clusters"], flags: ["--all", "--include-clustered"] });
    const from = lastOption(args, "--from");
    if ((from === undefined) === !args.flags.has("--all")) throw new UserFacingError("cli.acceptNeedsSource");
    const { file, workbook, clusters } = await openForSuggestions("accept", args, "rights-matrix accept monitoring.xlsx --all");
    let accepted: AcceptedSuggestions;
    let source: string;
    if (from !== undefined) {
      if (!(await fileExists(from))) throw new UserFacingError("cli.fileMissing", { file: from });
      accepted = parseAcceptedSuggestions(await fs.readFile(from, "utf8"), from);
      source = from;
    } else {
      try {
        accepted = await suggestForWorkbook(workbook, { clusters, language: context.language, includeClustered: args.flags.has("--include-clustered") });
      } catch (error) {
        // Every recommendation already has its cluster: nothing to accept is not a mistake, and nothing is written.
        if (!(error instanceof UserFacingError && error.key === "suggest.allClustered")) throw error;
        context.out(translate(context.language, error.key, error.params));
        return 0;
      }
      source = workbook.label;
    }
    const result = await acceptSuggestions(workbook, accepted, source);
    await saveWorkbookFile(workbook, file);
    context.out(
      translate(context.language, "cli.acceptDone", {
        file,
        clusters: result.clustersAdded,
        assigned: result.clusterAssigned,
        keptClusters: result.clusterKept,
        grouped: result.overlapAssigned,
        keptGroups: result.overlapKept,
        themed: result.themed,
        targeted: result.targeted,
      }),
    );
    for (const line of clusterOutcomeLines(result, context.language)) context.out(line);
    return 0;
  },
};
