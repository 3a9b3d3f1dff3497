import { countryFrom, cycleOf, leadingParagraph, listItems, mechanismCode, responseFromSource, sdgCodes, sessionNumber, yearFrom } from "./field-values";
import { symbolInfo } from "./document-symbols";
import { brokenQuoteProblem, headerIndex, type SourceTable } from "./source-table";
import { emptyRecommendation, type ImportChoices, type ParseEvent } from "./source-types";

/**
 * Export of the Universal Human Rights Index (uhri.ohchr.org), .xlsx or .csv: one row per
 * recommendation or observation. Headers keep UHRI's own spelling ("Reccomending Body");
 * the corrected spelling is accepted too.
 */
export const UHRI_COLUMNS = {
  text: ["Text"],
  countries: ["Countries Concerned"],
  body: ["Reccomending Body", "Recommending Body"],
  states: ["UPR Reccomending States", "UPR Recommending States"],
  symbol: ["Document Symbol"],
  themes: ["Themes"],
  affected: ["Affected Persons"],
  sdgs: ["Sdgs", "SDGs"],
  published: ["Document Publication Date"],
  publishedOnUhri: ["Date of publication on UHRI"],
  position: ["UPR Position"],
  type: ["Type"],
  annotation: ["OHCHR Annotation Id"],
  session: ["UPR Session"],
} as const;

export function looksLikeUhri(headers: readonly string[]): boolean {
  return (
    headerIndex(headers, UHRI_COLUMNS.text) >= 0 &&
    headerIndex(headers, UHRI_COLUMNS.symbol) >= 0 &&
    (headerIndex(headers, UHRI_COLUMNS.body) >= 0 || headerIndex(headers, UHRI_COLUMNS.countries) >= 0)
  );
}

export function* readUhriExport(table: SourceTable, file: string, choices: ImportChoices): Generator<ParseEvent> {
  const column = Object.fromEntries(
    Object.entries(UHRI_COLUMNS).map(([key, names]) => [key, headerIndex(table.headers, names)]),
  ) as Record<keyof typeof UHRI_COLUMNS, number>;
  const cell = (cells: string[], key: keyof typeof UHRI_COLUMNS) => (column[key] >= 0 ? (cells[column[key]] ?? "").trim() : "");
  const textHeader = table.headers[column.text];

  for (const { row, cells, brokenQuote } of table.rows) {
    if (brokenQuote) {
      yield { problem: brokenQuoteProblem(file, row, textHeader) };
      continue;
    }
    if (cells.every((value) => !value.trim())) continue;
    const type = cell(cells, "type");
    const location = { file, row, column: textHeader };
    if (/observation|concern/i.test(type) && !choices.includeObservations) {
      yield { notice: { kind: "leftOut", location: { ...location, column: table.headers[column.type] }, key: "import.leftOutObservation", params: { value: type } } };
      continue;
    }
    const { paragraph, rest } = leadingParagraph(cell(cells, "text"));
    if (!rest) {
      yield { problem: { location, key: "import.emptyText", params: {} } };
      continue;
    }
    const recommendation = emptyRecommendation(location, rest);
    const symbol = cell(cells, "symbol") ? symbolInfo(cell(cells, "symbol")) : undefined;
    const body = cell(cells, "body");
    recommendation.mechanism = mechanismCode(body) ?? symbol?.mechanism ?? choices.mechanism;
    if (!recommendation.mechanism) {
      yield { problem: { location: { ...location, column: table.headers[column.body] ?? "Reccomending Body" }, key: "import.unknownMechanism", params: { value: body } } };
      continue;
    }
    if (body && recommendation.mechanism === "SP") recommendation.bodyDetail = body;
    const concerned = listItems(cell(cells, "countries")).map((name) => countryFrom(name, choices) ?? name);
    recommendation.country =
      (choices.country && concerned.includes(choices.country) ? choices.country : undefined) ?? symbol?.country ?? concerned[0] ?? choices.country;
    recommendation.documentSymbol = symbol?.symbol;
    recommendation.paragraph = paragraph;
    recommendation.session = sessionNumber(cell(cells, "session"));
    recommendation.cycle = cycleOf(recommendation.session);
    recommendation.year = yearFrom(cell(cells, "published")) ?? yearFrom(cell(cells, "publishedOnUhri"));
    recommendation.recommendingStates = listItems(cell(cells, "states"));
    const position = cell(cells, "position");
    recommendation.response = responseFromSource(position);
    if (position && !recommendation.response) {
      yield { problem: { location: { ...location, column: table.headers[column.position] }, key: "import.unknownResponse", params: { value: position } } };
      continue;
    }
    recommendation.themes = listItems(cell(cells, "themes"));
    recommendation.affectedPersons = listItems(cell(cells, "affected"));
    recommendation.sdgTargets = sdgCodes(listItems(cell(cells, "sdgs")));
    yield { recommendation };
  }
}
