import { normalizeText } from "../../model/ids";
import { countryFrom, cycleOf, leadingParagraph, listItems, responseFromSource, sdgCodes, splitRecommendingStates } from "./field-values";
import { findSymbol, workingGroupReport } from "./document-symbols";
import type { DocxDocument, DocxTableRow } from "./docx-document";
import { emptyRecommendation, type ImportChoices, type ParseEvent, type SourceRecommendation } from "./source-types";

/**
 * OHCHR's "thematic list of recommendations" (the UPR matrix) as Word documents: one table,
 * rows grouped under "Theme: ..." headings. The layout changed between cycles:
 * - 2015 (UPR20): columns Recommendation | Position | Full list of themes (with coded names
 *   such as "A12 Acceptance of international norms" and "Affected persons:") | Assessment;
 * - 2019 (UPR34): the same columns, themes prefixed "- ", then "SDGs:" and "Affected persons:";
 * - 2025 (UPR48): Recommendation and recommending State | Position | Human rights themes and
 *   groups of persons ("Groups of Persons:") | Relevant SDGs.
 * Columns are found by their header, so a layout that moves them still reads.
 */
type Role = "recommendation" | "position" | "themes" | "sdgs";

const ROLE_HEADERS: [Role, RegExp][] = [
  ["recommendation", /^recommendation/],
  ["position", /position/],
  ["themes", /themes/],
  ["sdgs", /sdg/],
];

/** The table whose header row names a Recommendation and a Position column. */
function recommendationTable(document: DocxDocument): { header: Map<Role, number>; rows: DocxTableRow[]; headerLabels: string[] } | undefined {
  for (const block of document.blocks) {
    if (!("table" in block)) continue;
    const [first, ...rows] = block.table;
    const labels = (first ?? []).map((cell) => cell.join(" ").trim());
    const header = new Map<Role, number>();
    labels.forEach((label, index) => {
      const folded = normalizeText(label);
      const role = ROLE_HEADERS.find(([candidate, pattern]) => pattern.test(folded) && !header.has(candidate))?.[0];
      if (role) header.set(role, index);
    });
    if (header.has("recommendation") && header.has("position")) return { header, rows, headerLabels: labels };
  }
  return undefined;
}

export function looksLikeThematicList(document: DocxDocument): boolean {
  return recommendationTable(document) !== undefined;
}

/** "UPR of Slovenia (2nd Cycle – 20th session)" in the page header. */
function reviewFromHeader(headerText: string): { country?: string; session?: number } {
  const match = /UPR of (.+?)\s*\(\s*\d+\w*\s+Cycle\s*[-–—]\s*(\d+)\w*\s+Session\s*\)/i.exec(headerText);
  if (!match) return {};
  return { country: countryFrom(match[1]), session: Number(match[2]) };
}

/** Splits a themes cell into themes, affected persons and SDGs by its "Affected persons:" / "SDGs:" labels. */
function themeCell(paragraphs: string[]): { themes: string[]; affected: string[]; sdgs: string[] } {
  const result = { themes: [] as string[], affected: [] as string[], sdgs: [] as string[] };
  let target = result.themes;
  for (const paragraph of paragraphs) {
    const folded = normalizeText(paragraph);
    if (/^(affected persons|groups of persons)$/.test(folded)) target = result.affected;
    else if (/^sdgs?$/.test(folded)) target = result.sdgs;
    else target.push(...listItems(paragraph, /\n/));
  }
  return result;
}

export function* readThematicList(document: DocxDocument, file: string, choices: ImportChoices): Generator<ParseEvent> {
  const table = recommendationTable(document);
  if (!table) return;
  const review = reviewFromHeader(document.headerText);
  const fileSession = /upr\s*[_-]?\s*(\d{1,2})(?!\d)/i.exec(file)?.[1];
  const session = review.session ?? (fileSession ? Number(fileSession) : undefined);
  // --country fills what the list does not say; it never relabels a list that names its State.
  const country = review.country ?? choices.country;
  const columnOf = (role: Role) => table.header.get(role);
  const header = (role: Role) => table.headerLabels[columnOf(role) ?? 0];

  for (const [index, cells] of table.rows.entries()) {
    const row = index + 2;
    const recommendationCell = cells[columnOf("recommendation")!] ?? [];
    const printed = recommendationCell.join("\n").trim();
    if (!printed || (cells.length === 1 && /^theme\s*:/i.test(printed))) continue;
    if (cells.length === 1) continue;
    const location = { file, row, column: header("recommendation") };
    const sourceIndex = recommendationCell.findIndex((paragraph) => /^source of position/i.test(paragraph.trim()));
    const body = (sourceIndex >= 0 ? recommendationCell.slice(0, sourceIndex) : recommendationCell).join(" ").replace(/\s+/g, " ").trim();
    const { paragraph, rest } = leadingParagraph(body);
    const { text, states } = splitRecommendingStates(rest);
    if (!text) {
      yield { problem: { location, key: "import.emptyText", params: {} } };
      continue;
    }
    const recommendation: SourceRecommendation = emptyRecommendation(location, text);
    const positionSource = sourceIndex >= 0 ? recommendationCell.slice(sourceIndex).join(" ") : "";
    const symbol = findSymbol(positionSource);
    recommendation.mechanism = "UPR";
    recommendation.country = country;
    recommendation.session = session;
    recommendation.cycle = cycleOf(session);
    recommendation.documentSymbol = symbol ? workingGroupReport(symbol) : undefined;
    recommendation.paragraph = paragraph;
    recommendation.recommendingStates = states;
    const position = (cells[columnOf("position")!] ?? []).join(" ").trim();
    recommendation.response = responseFromSource(position);
    if (position && !recommendation.response) {
      yield { problem: { location: { ...location, column: header("position") }, key: "import.unknownResponse", params: { value: position } } };
      continue;
    }
    const themes = themeCell(columnOf("themes") === undefined ? [] : cells[columnOf("themes")!] ?? []);
    const sdgColumn = columnOf("sdgs");
    const sdgLabels = [...themes.sdgs, ...(sdgColumn === undefined ? [] : (cells[sdgColumn] ?? []).flatMap((line) => listItems(line, /\n/)))];
    recommendation.themes = themes.themes;
    recommendation.affectedPersons = themes.affected;
    recommendation.sdgTargets = sdgCodes(sdgLabels);
    yield { recommendation };
  }
}
