import { myInstitution, reportsDue } from "../../app/focal-point-overview";
import { reviewProgressReport } from "../../app/review-progress-report";
import { REVIEW_ACTIONS, type ReviewAction } from "../../core/progress/review-workflow";
import { DUE_SOON_DAYS } from "../../core/progress/reporting-schedule";
import { cellText } from "../../model/cells";
import { UserFacingError, translate } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { lastOption, parseArgs } from "../args";
import type { CliCommand, CliContext, ExitCode } from "../command";
import { fileExists, openWorkbookFile, saveWorkbookFile } from "../io";

const USAGE_EXAMPLE = "rights-matrix progress monitoring.xlsx submit P-001 --by \"Ana Pérez\"";

/** `--today 2026-11-27`, or today. */
export function dayOption(value: string | undefined, now: Date = new Date()): Date {
  if (value === undefined) return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value.trim()) throw new UserFacingError("progress.badDate", { date: value });
  return date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const oneLine = (text: string, max = 90) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

async function printDue(file: string, today: Date, context: CliContext): Promise<ExitCode> {
  const { schedule, byInstitution } = await reportsDue(await openWorkbookFile(file), today);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(context.language, key, params);
  if (byInstitution.size === 0) context.out(t("progress.nothingDue", { days: DUE_SOON_DAYS }));
  for (const [institution, items] of byInstitution) {
    const overdue = items.filter((item) => item.state === "overdue").length;
    context.out(t("progress.dueHeading", { institution, overdue, soon: items.length - overdue, days: DUE_SOON_DAYS }));
    for (const item of items) {
      context.out(
        t("progress.dueLine", {
          state: t(item.state === "overdue" ? "progress.state.overdue" : "progress.state.dueSoon"),
          due: isoDay(item.dueOn),
          indicator: item.indicatorId,
          frequency: item.frequency,
          action: item.actionId,
          name: oneLine(item.indicatorName),
        }),
      );
    }
  }
  for (const item of schedule.unscheduled) {
    context.out(t("progress.unscheduled", { indicator: item.indicatorId, reason: t(`progress.unscheduled.${item.reason}`) }));
  }
  return schedule.due.some((item) => item.state === "overdue") ? 1 : 0;
}

async function printMine(file: string, institution: string, today: Date, language: Language, out: (text: string) => void): Promise<ExitCode> {
  const view = await myInstitution(await openWorkbookFile(file), institution, today);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const name = [view.institution.name, view.institution.acronym && `(${view.institution.acronym})`].filter(Boolean).join(" ");
  out(t("progress.mineHeading", { institution: name, recommendations: view.recommendations.length, actions: view.actions.length, open: view.openReports.length }));
  for (const row of view.recommendations) out(t("progress.mineRecommendation", { id: cellText(row.id), text: oneLine(cellText(row.text)) }));
  for (const row of view.actions) out(t("progress.mineAction", { id: cellText(row.actionId), status: cellText(row.status) || "-", text: oneLine(cellText(row.description)) }));
  for (const row of view.openReports) {
    out(t("progress.mineReport", { id: cellText(row.reportId), subject: cellText(row.subjectId), status: cellText(row.reviewStatus) || "Draft", period: cellText(row.period) || "-" }));
  }
  for (const item of view.dueReports) {
    out(
      t("progress.dueLine", {
        state: t(item.state === "overdue" ? "progress.state.overdue" : "progress.state.dueSoon"),
        due: isoDay(item.dueOn),
        indicator: item.indicatorId,
        frequency: item.frequency,
        action: item.actionId,
        name: oneLine(item.indicatorName),
      }),
    );
  }
  return 0;
}

/**
 * `rights-matrix progress <workbook.xlsx> submit|approve|reject|publish <reportId> --by NAME [--comment TEXT] [--today YYYY-MM-DD]`,
 * `... due [--today]` (reports overdue or due within 30 days, per institution; exit 1 if any is overdue),
 * `... mine <institution> [--today]` (the "My institution" view).
 */
export const progressCommand: CliCommand = {
  name: "progress",
  async run(argv, context) {
    const args = parseArgs("progress", argv, { valued: ["--by", "--comment", "--today"] });
    const [file, action, subject, ...rest] = args.positional;
    if (!file || !action) throw new UserFacingError("cli.missingArgument", { command: "progress", argument: "<workbook.xlsx> <action>", example: USAGE_EXAMPLE });
    if (!(await fileExists(file))) throw new UserFacingError("cli.fileMissing", { file });
    const today = dayOption(lastOption(args, "--today"));
    if (action === "due" && !subject) return printDue(file, today, context);
    if (action === "mine") {
      if (!subject) throw new UserFacingError("cli.missingArgument", { command: "progress mine", argument: "<institution>", example: "rights-matrix progress monitoring.xlsx mine MINNA" });
      return printMine(file, [subject, ...rest].join(" "), today, context.language, context.out);
    }
    if (!(REVIEW_ACTIONS as readonly string[]).includes(action) || rest.length > 0) throw new UserFacingError("progress.unknownAction", { action: [action, ...rest].join(" ") });
    if (!subject) throw new UserFacingError("cli.missingArgument", { command: `progress ${action}`, argument: "<reportId>", example: USAGE_EXAMPLE });
    const by = lastOption(args, "--by");
    if (!by) throw new UserFacingError("cli.missingArgument", { command: `progress ${action}`, argument: "--by NAME", example: USAGE_EXAMPLE });
    const workbook = await openWorkbookFile(file);
    const outcome = await reviewProgressReport(workbook, { reportId: subject, action: action as ReviewAction, by, comment: lastOption(args, "--comment"), today });
    await saveWorkbookFile(workbook, file);
    context.out(translate(context.language, "progress.stepDone", { id: subject, from: outcome.from, to: outcome.to, by: by.trim(), on: isoDay(today) }));
    return 0;
  },
};
