import { normalizeText } from "../../model/ids";
import { countryFrom, cycleOf, listItems, recommendingStateWarnings, responseFromSource, sessionNumber, unknownCountryProblem } from "./field-values";
import { brokenQuoteProblem, headerIndex, type SourceTable } from "./source-table";
import { emptyRecommendation, type ImportChoices, type ParseEvent, type SourceRecommendation } from "./source-types";

/**
 * Export of the UPR Info database of recommendations (.csv or .xlsx): one row per recommending
 * State, so the rows of one review with the same text are one recommendation with several
 * recommending States. "Accepted" means Supported; issues are comma-separated labels.
 */
export const UPR_INFO_COLUMNS = {
  to: ["To"],
  text: ["Text", "Recommendation"],
  from: ["From"],
  response: ["Response"],
  issue: ["Issue", "Issues"],
  session: ["Session"],
  action: ["Action"],
} as const;

export function looksLikeUprInfo(headers: readonly string[]): boolean {
  return (["to", "text", "from", "session"] as const).every((key) => headerIndex(headers, UPR_INFO_COLUMNS[key]) >= 0);
}

export function* readUprInfoExport(table: SourceTable, file: string, choices: ImportChoices): Generator<ParseEvent> {
  const column = Object.fromEntries(
    Object.entries(UPR_INFO_COLUMNS).map(([key, names]) => [key, headerIndex(table.headers, names)]),
  ) as Record<keyof typeof UPR_INFO_COLUMNS, number>;
  const cell = (cells: string[], key: keyof typeof UPR_INFO_COLUMNS) => (column[key] >= 0 ? (cells[column[key]] ?? "").trim() : "");
  const header = (key: keyof typeof UPR_INFO_COLUMNS) => table.headers[column[key]] ?? UPR_INFO_COLUMNS[key][0];
  const byReview = new Map<string, SourceRecommendation>();
  const warnAbout = recommendingStateWarnings();

  for (const { row, cells, brokenQuote } of table.rows) {
    if (brokenQuote) {
      yield { problem: brokenQuoteProblem(file, row, header("text")) };
      continue;
    }
    if (cells.every((value) => !value.trim())) continue;
    const location = { file, row, column: header("text") };
    const text = cell(cells, "text");
    if (!text) {
      yield { problem: { location, key: "import.emptyText", params: {} } };
      continue;
    }
    const stateUnderReview = cell(cells, "to");
    // --country fills a missing State; it never stands in for one the row names.
    const country = stateUnderReview ? countryFrom(stateUnderReview, choices) : choices.country;
    if (!country) {
      yield { problem: unknownCountryProblem({ ...location, column: header("to") }, stateUnderReview) };
      continue;
    }
    const session = sessionNumber(cell(cells, "session"));
    if (session === undefined) {
      yield { problem: { location: { ...location, column: header("session") }, key: "import.badSession", params: { value: cell(cells, "session") } } };
      continue;
    }
    const responseText = cell(cells, "response");
    const response = responseFromSource(responseText);
    if (responseText && !response) {
      yield { problem: { location: { ...location, column: header("response") }, key: "import.unknownResponse", params: { value: responseText } } };
      continue;
    }
    const key = `${country}|${session}|${normalizeText(text)}`;
    let recommendation = byReview.get(key);
    if (!recommendation) {
      recommendation = emptyRecommendation(location, text);
      recommendation.mechanism = "UPR";
      recommendation.country = country;
      recommendation.session = session;
      recommendation.cycle = cycleOf(session);
      recommendation.response = response;
      byReview.set(key, recommendation);
    }
    const state = cell(cells, "from");
    if (state && !recommendation.recommendingStates.includes(state)) {
      recommendation.recommendingStates.push(state);
      for (const notice of warnAbout([state], { ...location, column: header("from") })) yield { notice };
    }
    for (const issue of listItems(cell(cells, "issue"), /[,;\n]/)) {
      if (!recommendation.themes.includes(issue)) recommendation.themes.push(issue);
    }
  }
  for (const recommendation of byReview.values()) yield { recommendation };
}
