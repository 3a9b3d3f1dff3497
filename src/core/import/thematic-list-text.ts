import { cycleOf, leadingParagraph, recommendingStateWarnings, responseFromSource, sdgCode, splitRecommendingStates } from "./field-values";
import { findSymbol, workingGroupReport } from "./document-symbols";
import { COMMENT, HEADING, POSITION_SOURCE, reviewFromText, sdgLabel } from "./ohchr-thematic-list";
import { emptyRecommendation, type ImportChoices, type ParseEvent, type SourceRecommendation } from "./source-types";

/**
 * An OHCHR thematic list copied out of Word as plain text (pasted, or saved as .txt): the
 * table's cells arrive one per line, or tab-separated on a row's first line. Read line by line:
 * a UPR paragraph number ("115.1 Ratify...") starts a recommendation, its text runs until the
 * "Source of position" line or the position; the lines after it are its themes, "Affected
 * persons:" and "SDGs:". Headings, the column header and anything else are listed as left out,
 * never made into recommendations.
 */
const UPR_PARAGRAPH = /^\d{2,3}\.\d{1,3}\.?\s+\S/;

export function looksLikeListText(text: string): boolean {
  const head = text.slice(0, 200_000);
  const numbered = head.split(/\r\n|\r|\n/).filter((line) => UPR_PARAGRAPH.test(line.trim())).length;
  return numbered >= 1 && (/^\s*(source of position|fuente de la posici|source de la position)/im.test(head) || /^\s*(theme|right or area|tema|th[eè]me)\s*:/im.test(head));
}

const AFFECTED = /^(affected persons|groups of persons|personas afectadas|grupos de personas|personnes concern[ée]es|groupes de personnes)\s*:?\s*$/i;
const SDGS = /^(sdgs?|ods|odd)\s*:?\s*$/i;

export function* readListText(text: string, file: string, choices: ImportChoices): Generator<ParseEvent> {
  const lines = text.split(/\r\n|\r|\n/);
  const review = reviewFromText(lines.slice(0, 40).join("\n"), choices);
  const fileSession = /upr\s*[_-]?\s*(\d{1,2})(?!\d)/i.exec(file)?.[1];
  const session = review.session ?? (fileSession ? Number(fileSession) : undefined);
  const listReport = review.symbol ?? workingGroupReportOf(text);
  const warnAbout = recommendingStateWarnings();
  let current: { line: number; text: string[]; symbol?: string; position?: string; themes: string[]; affected: string[]; sdgs: string[]; textDone: boolean; mode: "themes" | "affected" | "sdgs" } | undefined;

  function* finish(): Generator<ParseEvent> {
    if (!current) return;
    const location = { file, row: current.line, column: "Text" };
    const { paragraph, rest } = leadingParagraph(current.text.join(" ").replace(/\s+/g, " "));
    const { text: body, states } = splitRecommendingStates(rest);
    const recommendation: SourceRecommendation = emptyRecommendation(location, body);
    recommendation.mechanism = "UPR";
    recommendation.country = review.country ?? choices.country;
    recommendation.session = session;
    recommendation.cycle = cycleOf(session) ?? review.cycle;
    recommendation.documentSymbol = current.symbol ? workingGroupReport(current.symbol) : listReport;
    recommendation.paragraph = paragraph;
    recommendation.recommendingStates = states;
    recommendation.response = responseFromSource(current.position);
    recommendation.themes = current.themes;
    recommendation.affectedPersons = current.affected;
    recommendation.sdgTargets = [...new Set(current.sdgs.map((label) => sdgLabel(label) ?? sdgCode(label)).filter((code): code is string => code !== undefined))];
    for (const notice of warnAbout(states, location)) yield { notice };
    current = undefined;
    yield { recommendation };
  }

  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    for (const piece of raw.split("\t")) {
      const line = piece.trim().replace(/^[-\u2013\u2022]\s+/, (bullet) => (current?.textDone ? "" : bullet));
      if (!line) continue;
      const leftOut = (key: "import.leftOutHeading" | "import.leftOutListLine" | "import.leftOutComment") => ({ notice: { kind: "leftOut" as const, location: { file, row: lineNumber, column: "Text" }, key, params: { value: line } } });
      if (UPR_PARAGRAPH.test(line)) {
        yield* finish();
        current = { line: lineNumber, text: [line], themes: [], affected: [], sdgs: [], textDone: false, mode: "themes" };
      } else if (HEADING.test(line)) {
        yield* finish();
        yield leftOut("import.leftOutHeading");
      } else if (!current) {
        yield leftOut("import.leftOutListLine");
      } else if (POSITION_SOURCE.test(line)) {
        current.symbol = findSymbol(line);
        current.textDone = true;
      } else if (COMMENT.test(line)) {
        current.textDone = true;
        yield leftOut("import.leftOutComment");
      } else if (!current.position && line.length < 40 && responseFromSource(line)) {
        current.position = line;
        current.textDone = true;
      } else if (!current.textDone) {
        current.text.push(line);
      } else if (AFFECTED.test(line)) current.mode = "affected";
      else if (SDGS.test(line)) current.mode = "sdgs";
      else if (current.mode === "themes" && sdgLabel(line)) current.sdgs.push(line);
      else (current.mode === "themes" ? current.themes : current.mode === "affected" ? current.affected : current.sdgs).push(line);
    }
  }
  yield* finish();
}

function workingGroupReportOf(text: string): string | undefined {
  const symbol = findSymbol(text);
  return symbol ? workingGroupReport(symbol) : undefined;
}
