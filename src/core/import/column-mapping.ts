import { columnDef } from "../../model/tables";
import { normalizeText } from "../../model/ids";
import { countryFrom, cycleOf, leadingParagraph, listItems, mechanismCode, responseFromSource, sdgCodes, sessionNumber, splitRecommendingStates, unknownCountryProblem, yearFrom } from "./field-values";
import { symbolInfo } from "./document-symbols";
import { brokenQuoteProblem, type SourceTable } from "./source-table";
import { RECOMMENDATION_FIELDS, emptyRecommendation, type ColumnMapping, type ImportChoices, type ParseEvent, type RecommendationField } from "./source-types";

/**
 * Any other table (a ministry's own list, a spreadsheet someone kept): its columns are mapped
 * to fields by their headers in English, Spanish or French, and the user confirms or corrects
 * the mapping (task pane) or gives it (`--map Column=Field`).
 */
const HEADER_NAMES: Record<RecommendationField, string[]> = {
  text: ["recommendation", "recommendations", "recommendation text", "text", "texto", "recomendacion", "recomendaciones", "texte", "recommandation", "recommandations"],
  mechanism: ["mechanism", "body", "mecanismo", "organo", "organismo", "mecanisme", "organe"],
  bodyDetail: ["body detail", "committee", "mandate", "comite", "mandato", "mandat"],
  country: ["country", "state under review", "state", "country concerned", "pais", "estado examinado", "estado", "pays", "etat examine", "etat"],
  documentSymbol: ["document symbol", "symbol", "document", "simbolo", "signatura", "documento", "cote", "symbole"],
  paragraph: ["paragraph", "para", "paragraph number", "no", "number", "parrafo", "numero", "paragraphe"],
  cycle: ["cycle", "upr cycle", "ciclo", "cycle epu"],
  session: ["session", "upr session", "sesion", "periodo de sesiones"],
  year: ["year", "date", "ano", "fecha", "annee"],
  recommendingStates: ["recommending states", "recommending state", "from", "states", "estados recomendantes", "estado recomendante", "estados", "etats recommandants", "etat recommandant", "etats"],
  response: ["response", "position", "respuesta", "posicion", "reponse"],
  themes: ["themes", "theme", "issues", "issue", "topics", "temas", "tema", "themes", "theme", "thematiques"],
  affectedPersons: ["affected persons", "groups of persons", "persons affected", "personas afectadas", "grupos de personas", "personnes concernees", "groupes de personnes"],
  sdgTargets: ["sdg", "sdgs", "sdg targets", "sdg target", "ods", "metas ods", "odd", "cibles odd"],
};

/** Each field's best column: an exact header name first, then the longest name the header contains. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const scored: { header: string; field: RecommendationField; score: number }[] = [];
  for (const header of headers) {
    const folded = normalizeText(header);
    if (!folded) continue;
    for (const field of RECOMMENDATION_FIELDS) {
      for (const name of HEADER_NAMES[field]) {
        const contained = ` ${folded} `.includes(` ${name} `);
        if (folded === name) scored.push({ header, field, score: 1000 });
        else if (contained && name.length > 2) scored.push({ header, field, score: name.length });
      }
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const mapping: ColumnMapping = {};
  const usedFields = new Set<RecommendationField>();
  for (const { header, field } of scored) {
    if (usedFields.has(field) || header in mapping) continue;
    mapping[header] = field;
    usedFields.add(field);
  }
  return mapping;
}

/** A field from its name ("recommendingStates"), its workbook header ("Recommending States") or a header synonym. */
export function fieldFromName(name: string): RecommendationField | undefined {
  const folded = normalizeText(name);
  for (const field of RECOMMENDATION_FIELDS) {
    if (normalizeText(field) === folded || field.toLowerCase() === name.trim().toLowerCase()) return field;
    const header = field === "cycle" || field === "session" ? undefined : columnDef("Recommendations", field).header;
    if (header && normalizeText(header) === folded) return field;
  }
  return RECOMMENDATION_FIELDS.find((field) => HEADER_NAMES[field].includes(folded));
}

export function* readMappedTable(table: SourceTable, mapping: ColumnMapping, file: string, choices: ImportChoices): Generator<ParseEvent> {
  const columnOf = new Map<RecommendationField, number>();
  for (const [header, field] of Object.entries(mapping)) {
    const index = table.headers.findIndex((candidate) => candidate === header);
    if (index >= 0) columnOf.set(field, index);
  }
  const value = (cells: string[], field: RecommendationField) => {
    const index = columnOf.get(field);
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  const header = (field: RecommendationField) => table.headers[columnOf.get(field) ?? -1] ?? field;

  for (const { row, cells, brokenQuote } of table.rows) {
    if (brokenQuote) {
      yield { problem: brokenQuoteProblem(file, row, header("text")) };
      continue;
    }
    if (cells.every((cell) => !cell.trim())) continue;
    const location = { file, row, column: header("text") };
    const problem = (field: RecommendationField, key: "import.unknownMechanism" | "import.unknownResponse" | "import.badSession" | "import.badYear") => ({
      problem: { location: { ...location, column: header(field) }, key, params: { value: value(cells, field) } },
    });
    const printed = value(cells, "text");
    const numbered = value(cells, "paragraph") ? { paragraph: value(cells, "paragraph"), rest: printed } : leadingParagraph(printed);
    const listedStates = listItems(value(cells, "recommendingStates"));
    const split = splitRecommendingStates(numbered.rest);
    // Text printed with its States in parentheses loses them only when they are the listed ones.
    const text = listedStates.length > 0 && split.states.length > 0 && split.states.every((state) => listedStates.includes(state)) ? split.text : numbered.rest;
    if (!text) {
      yield { problem: { location, key: "import.emptyText", params: {} } };
      continue;
    }
    const recommendation = emptyRecommendation(location, text);
    const symbol = value(cells, "documentSymbol") ? symbolInfo(value(cells, "documentSymbol")) : undefined;
    recommendation.documentSymbol = symbol?.symbol;
    recommendation.paragraph = numbered.paragraph;
    const sessionText = value(cells, "session");
    recommendation.session = sessionNumber(sessionText);
    if (sessionText && recommendation.session === undefined) {
      yield problem("session", "import.badSession");
      continue;
    }
    const cycleText = value(cells, "cycle");
    recommendation.cycle = cycleOf(recommendation.session) ?? sessionNumber(cycleText);
    const mechanismText = value(cells, "mechanism");
    const inferredUpr = recommendation.session !== undefined || cycleText ? "UPR" : undefined;
    recommendation.mechanism = mechanismText ? mechanismCode(mechanismText) : (symbol?.mechanism ?? choices.mechanism ?? inferredUpr);
    if (!recommendation.mechanism) {
      yield problem("mechanism", "import.unknownMechanism");
      continue;
    }
    if (mechanismText && recommendation.mechanism === "SP") recommendation.bodyDetail = mechanismText;
    if (value(cells, "bodyDetail")) recommendation.bodyDetail = value(cells, "bodyDetail");
    const countryText = value(cells, "country");
    recommendation.country = countryText ? countryFrom(countryText, choices) : (symbol?.country ?? choices.country);
    if (countryText && !recommendation.country) {
      yield { problem: unknownCountryProblem({ ...location, column: header("country") }, countryText) };
      continue;
    }
    const yearText = value(cells, "year");
    recommendation.year = yearFrom(yearText);
    if (yearText && recommendation.year === undefined) {
      yield problem("year", "import.badYear");
      continue;
    }
    const responseText = value(cells, "response");
    recommendation.response = responseFromSource(responseText);
    if (responseText && !recommendation.response) {
      yield problem("response", "import.unknownResponse");
      continue;
    }
    recommendation.recommendingStates = listedStates.length > 0 ? listedStates : split.states;
    recommendation.themes = listItems(value(cells, "themes"));
    recommendation.affectedPersons = listItems(value(cells, "affectedPersons"));
    recommendation.sdgTargets = sdgCodes(listItems(value(cells, "sdgTargets")));
    yield { recommendation };
  }
}
