import { stateNameKey } from "../../model/countries";
import { normalizeText } from "../../model/ids";
import { countryFrom, cycleOf, leadingParagraph, listItems, recommendingStateWarnings, responseFromSource, sdgCode, splitRecommendingStates } from "./field-values";
import { findSymbol, workingGroupReport } from "./document-symbols";
import type { DocxDocument, DocxTableRow } from "./docx-document";
import { emptyRecommendation, type ImportChoices, type ParseEvent, type SourceLocation, type SourceRecommendation } from "./source-types";

/**
 * OHCHR's "thematic list of recommendations" (the UPR matrix) as Word documents: one table,
 * rows grouped under headings. The layout changed over the years:
 * - 2013 (China, UPR17): Recommendation | Position | Full list of themes | Assessment, under
 *   "Theme: A12 ..." headings, coded theme names, "Affected persons:";
 * - 2015 "template 2" (Egypt, UPR20): Recommendation | Recommending state/s | Position | Full
 *   list of rights/affected persons, under "Right or area: 2.1. ..." headings; country and
 *   cycle only in the page header ("UPR of Egypt - Second Cycle"); split positions
 *   ("Supported/Noted"); some rows end with a "Comments:" line;
 * - 2015 (Slovenia, UPR20): as 2013;
 * - 2017-2019 (UPR34): themes prefixed "- ", then "SDGs:" and "Affected persons:"; some lists
 *   put SDG goals among the themes ("S16 SDG 16 - peace, justice and strong institutions");
 * - 2025 (UPR48): Recommendation and recommending State | Position | Human rights themes and
 *   groups of persons ("Groups of Persons:") | Relevant SDGs.
 * Columns are found by their header (English, Spanish or French), so a layout that moves them
 * still reads. SDGs go to the SDG column as OHCHR gives them: a goal as "16", a target as "16.3".
 */
type Role = "recommendation" | "states" | "position" | "themes" | "sdgs";

const ROLE_HEADERS: [Role, RegExp][] = [
  ["recommendation", /^(recommendation|recomendacion|recommandation)/],
  ["states", /(recommending state|estados? recomendante|etats? recommandant)/],
  ["position", /(position|posicion)/],
  ["sdgs", /(sdg|\bods\b|\bodd\b)/],
  ["themes", /(themes|rights|temas|derechos|droits)/],
];

/** A row that only names the group under it: "Theme: ...", "Right or area: ...", "Tema: ...", "Thème : ...". */
export const HEADING = /^(theme|right or area|tema|derecho o esfera|th[eè]me|droit ou domaine)\s*:/i;

/** Paragraphs of the recommendation cell that follow its text. */
export const POSITION_SOURCE = /^(source of position|fuente de la posici[oó]n|source de la position)/i;
export const COMMENT = /^(comments?|comentarios?|observaciones|commentaires?)\s*:/i;

interface RecommendationTable {
  header: Map<Role, number>;
  rows: DocxTableRow[];
  headerLabels: string[];
}

/** The table whose header row names a Recommendation and a Position column. */
function recommendationTable(document: DocxDocument): RecommendationTable | undefined {
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

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5,
  premier: 1, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
};

export interface ReviewInfo {
  country?: string;
  cycle?: number;
  session?: number;
  symbol?: string;
}

/**
 * The review a list belongs to, from its page headers, footers and first page, in English,
 * Spanish or French: "UPR of Slovenia (2nd Cycle – 20th session)", "UPR of Egypt - Second Cycle",
 * "EPU de Paraguay (3er ciclo - 38º período de sesiones)", "EPU de la France (3e cycle – 29e session)".
 */
export function reviewFromText(text: string, choices: ImportChoices = {}): ReviewInfo {
  const info: ReviewInfo = {};
  const folded = text.replace(/\s+/g, " ");
  const named = /\b(?:UPR|EPU)\s+(?:of|de la|de l['’]|del|des|du|de)\s*(.+?)\s*(?:[(\-–—:,]|\b\d|\b(?:first|second|third|fourth|fifth|primer|segundo|tercer|cuarto|premier|deuxi[eè]me|troisi[eè]me|quatri[eè]me)\b|\bthematic|\blista|\bliste|$)/i.exec(folded);
  if (named) info.country = countryFrom(named[1].trim(), choices);
  const plain = normalizeText(folded);
  const cycleNumber = /\b(\d)\s*(?:st|nd|rd|th|er|eme|e|o|a|º|ª)?\s*(?:cycle|ciclo)\b/.exec(plain);
  const cycleWord = /\b(first|second|third|fourth|fifth|primer|primero|segundo|tercer|tercero|cuarto|quinto|premier|deuxieme|troisieme|quatrieme|cinquieme)\s+(?:cycle|ciclo)\b/.exec(plain);
  if (cycleNumber) info.cycle = Number(cycleNumber[1]);
  else if (cycleWord) info.cycle = ORDINAL_WORDS[cycleWord[1]];
  const session = /\b(\d{1,2})\s*(?:st|nd|rd|th|er|eme|e|o|a)?\s*(?:session|periodo de sesiones|sesion)\b/.exec(plain) ?? /\b(?:session|sesion)\s*(\d{1,2})\b/.exec(plain);
  if (session) info.session = Number(session[1]);
  const symbol = findSymbol(text);
  if (symbol) info.symbol = workingGroupReport(symbol);
  return info;
}

/** Splits a themes cell into themes, affected persons and SDGs by its labels; SDG goals written among the themes go to the SDGs. */
function themeCell(paragraphs: string[]): { themes: string[]; affected: string[]; sdgs: string[] } {
  const result = { themes: [] as string[], affected: [] as string[], sdgs: [] as string[] };
  let target = result.themes;
  for (const paragraph of paragraphs) {
    const folded = normalizeText(paragraph);
    if (/^(affected persons|groups of persons|personas afectadas|grupos de personas|personnes concernees|groupes de personnes)$/.test(folded)) target = result.affected;
    else if (/^(sdgs?|ods|odd)$/.test(folded)) target = result.sdgs;
    else {
      for (const item of listItems(paragraph, /\n/)) {
        if (target === result.themes && sdgLabel(item)) result.sdgs.push(item);
        else target.push(item);
      }
    }
  }
  return result;
}

/** "S16 SDG 16 - peace, justice and strong institutions", "SDG 5 - Gender equality", "ODS 16 - ...". */
export function sdgLabel(item: string): string | undefined {
  const match = /^(?:S\d{1,2}\s+)?(?:SDG|ODS|ODD)\s*(\d{1,2}(?:\.\w{1,2})?)\b/i.exec(item.trim());
  return match ? sdgCode(match[1]) : undefined;
}

const sdgCodeOf = (label: string) => sdgLabel(label) ?? sdgCode(label);

/** Items of a cell, one per paragraph or line. */
const cellItems = (cell: string[] | undefined) => (cell ?? []).flatMap((paragraph) => listItems(paragraph, /\n/));

function firstPositionSource(rows: DocxTableRow[], column: number): string | undefined {
  for (const cells of rows) {
    const symbol = findSymbol((cells[column] ?? []).filter((paragraph) => POSITION_SOURCE.test(paragraph.trim())).join(" "));
    if (symbol) return workingGroupReport(symbol);
  }
  return undefined;
}

export function* readThematicList(document: DocxDocument, file: string, choices: ImportChoices): Generator<ParseEvent> {
  const table = recommendationTable(document);
  if (!table) return;
  const firstPage = document.blocks.slice(0, Math.max(0, document.blocks.findIndex((block) => "table" in block))).flatMap((block) => ("paragraph" in block ? [block.paragraph] : []));
  const review = reviewFromText(`${document.headerText}\n${firstPage.join("\n")}`, choices);
  const fileSession = /upr\s*[_-]?\s*(\d{1,2})(?!\d)/i.exec(file)?.[1];
  const session = review.session ?? (fileSession ? Number(fileSession) : undefined);
  // What the list says comes first; --country only fills what it does not say.
  const country = review.country ?? choices.country;
  const cycle = cycleOf(session) ?? review.cycle;
  const columnOf = (role: Role) => table.header.get(role);
  const header = (role: Role) => table.headerLabels[columnOf(role) ?? 0];
  const cellOf = (cells: DocxTableRow, role: Role) => (columnOf(role) === undefined ? undefined : cells[columnOf(role)!]);
  const warnAbout = recommendingStateWarnings();
  // A row whose position source is a comment ("Comments: ... post Add.1 letter") still belongs to the list's report.
  const listReport = review.symbol ?? firstPositionSource(table.rows, columnOf("recommendation")!);

  for (const [index, cells] of table.rows.entries()) {
    const row = index + 2;
    const recommendationCell = cellOf(cells, "recommendation") ?? [];
    const printed = recommendationCell.join("\n").trim();
    const location: SourceLocation = { file, row, column: header("recommendation") };
    const otherCells = cells.filter((_, cellIndex) => cellIndex !== columnOf("recommendation")).some((cell) => cell.join("").trim());
    if (!printed && !otherCells) continue;
    if (HEADING.test(printed) || (cells.length === 1 && printed)) {
      yield { notice: { kind: "leftOut", location, key: "import.leftOutHeading", params: { value: printed.split("\n")[0].trim() } } };
      continue;
    }
    const endOfText = recommendationCell.findIndex((paragraph) => POSITION_SOURCE.test(paragraph.trim()) || COMMENT.test(paragraph.trim()));
    const textParagraphs = endOfText >= 0 ? recommendationCell.slice(0, endOfText) : recommendationCell;
    const trailer = endOfText >= 0 ? recommendationCell.slice(endOfText).map((paragraph) => paragraph.trim()).filter(Boolean) : [];
    const body = textParagraphs.join(" ").replace(/\s+/g, " ").trim();
    const { paragraph, rest } = leadingParagraph(body);
    const { text, states } = splitRecommendingStates(rest);
    if (!text) {
      yield { problem: { location, key: "import.emptyText", params: {} } };
      continue;
    }
    for (const comment of trailer.filter((line) => COMMENT.test(line))) {
      yield { notice: { kind: "leftOut", location, key: "import.leftOutComment", params: { value: comment } } };
    }
    const recommendation: SourceRecommendation = emptyRecommendation(location, text);
    const symbol = findSymbol(trailer.filter((line) => POSITION_SOURCE.test(line)).join(" "));
    recommendation.mechanism = "UPR";
    recommendation.country = country;
    recommendation.session = session;
    recommendation.cycle = cycle;
    recommendation.documentSymbol = symbol ? workingGroupReport(symbol) : listReport;
    recommendation.paragraph = paragraph;
    // States are printed in brackets after the text, and in the 2015 template in their own column too: both count.
    const listed = cellItems(cellOf(cells, "states")).flatMap((item) => item.split(/\s*;\s*/)).filter(Boolean);
    const seen = new Set<string>();
    recommendation.recommendingStates = [...states, ...listed].filter((state) => {
      const key = stateNameKey(state);
      return seen.has(key) ? false : (seen.add(key), true);
    });
    for (const notice of warnAbout(recommendation.recommendingStates, location)) yield { notice };

    const positionLines = cellItems(cellOf(cells, "position"));
    const position = positionLines[0] ?? "";
    recommendation.response = responseFromSource(position);
    if (position && !recommendation.response) {
      yield { problem: { location: { ...location, column: header("position") }, key: "import.unknownResponse", params: { value: position } } };
      continue;
    }
    if (recommendation.response === "Supported in part") {
      // Which parts are supported, where the list says: the Response cell holds one value, so the detail is reported for Notes.
      const parts = positionLines.slice(1).join(" ");
      if (parts) yield { notice: { kind: "warning", location: { ...location, column: header("position") }, key: "import.partialResponse", params: { value: position, parts: `: ${parts}` } } };
    }
    const themes = themeCell(cellOf(cells, "themes") ?? []);
    const sdgLabels = [...themes.sdgs, ...cellItems(cellOf(cells, "sdgs"))];
    recommendation.themes = themes.themes;
    recommendation.affectedPersons = themes.affected;
    recommendation.sdgTargets = [...new Set(sdgLabels.map(sdgCodeOf).filter((code): code is string => code !== undefined))];
    yield { recommendation };
  }
}
