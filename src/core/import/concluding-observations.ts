import { findSymbol, symbolInfo } from "./document-symbols";
import { emptyRecommendation, type ImportChoices, type ParseEvent } from "./source-types";

/**
 * Treaty body concluding observations, pasted as text or given as .docx/.txt, in English,
 * Spanish or French. Numbered paragraphs that recommend ("The Committee recommends that the
 * State party: (a) ...; (b) ...") become one recommendation per lettered sub-paragraph,
 * `25(a)`, `25(b)`, each keeping the lead-in for context; a paragraph without sub-paragraphs
 * is one recommendation. Observations ("The Committee is concerned...") are left out.
 */

/** A paragraph of the source and the line (or Word paragraph) it starts on. */
export interface TextParagraph {
  line: number;
  text: string;
}

const RECOMMENDING =
  /\b(recommends?|urges?|calls upon|calls on|encourages?|requests?|invites?|reiterates its (previous )?recommendation|recomienda|insta|exhorta|alienta|pide|solicita|reitera su recomendaci[oó]n|recommande|engage|exhorte|invite|demande|encourage|prie|r[ée]it[èe]re sa recommandation)\b/i;

/** "25. The Committee..." up to "1234. ..." (annual reports of the 1980s number paragraphs in the thousands). */
const NUMBERED = /^(\d{1,4})\.\s+(.*)$/s;
/** "(a) ..." in English and French, "a) ..." in Spanish. */
const LETTERED = /^\(?([a-z]{1,2})\)\s*(.*)$/s;

/** Lines of plain text as paragraphs: a numbered or lettered line, or a blank line, starts a new one. */
export function textParagraphs(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  let current: TextParagraph | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) {
      current = undefined;
      return;
    }
    if (!current || NUMBERED.test(line) || LETTERED.test(line)) {
      current = { line: index + 1, text: line };
      paragraphs.push(current);
    } else current.text += ` ${line}`;
  });
  return paragraphs;
}

/** "(a) item; (b) item" written inline after the lead-in's colon. */
function inlineItems(text: string): { leadIn: string; items: [string, string][] } | undefined {
  const start = text.search(/:\s*\(a\)\s/);
  if (start < 0) return undefined;
  const leadIn = text.slice(0, start + 1).trim();
  const parts = text.slice(start + 1).split(/(?:^|[;,.]?\s+)\(([a-z]{1,2})\)\s+/).slice(1);
  const items: [string, string][] = [];
  for (let index = 0; index + 1 < parts.length; index += 2) items.push([parts[index], parts[index + 1].trim()]);
  return items.length > 1 ? { leadIn, items } : undefined;
}

/** An item without the "; and" that joins it to the next one. */
const cleanItem = (text: string) => text.replace(/(?:[;,]?\s+(?:and|y|et))?\s*[;,]?\s*$/i, "").trim();

/** Year the observations were adopted ("adopted ... on 2 February 2022", "aprobadas ... el ... de 2022"). */
function adoptionYear(text: string): number | undefined {
  const adopted = /(adopted|aprob[oóa]\w*|adopt[ée]\w*)[^.]{0,160}?\b(19[89]\d|20\d\d)\b/i.exec(text);
  if (adopted) return Number(adopted[2]);
  const any = /\b(19[89]\d|20\d\d)\b/.exec(text.slice(0, 3000));
  return any ? Number(any[1]) : undefined;
}

/** One report's part of a text that may hold several (a pasted history of concluding observations, 1983-2012). */
interface ReportPart {
  paragraphs: TextParagraph[];
  symbol?: string;
  year?: number;
}

const CO_SYMBOL = /\b(?:E\/C\.12|CCPR|CERD|CEDAW|CAT|CRC|CMW|CRPD|CED)\/C?\/?[A-Z]{3}\/CO\/[\dA-Za-z\-–.]+|\b(?:CCPR\/C\/\d+\/Add\.\d+|CRC\/C\/\d+\/Add\.\d+|A\/\d{2}\/\d{2})\b/;
/** An unnumbered heading that names a report's session or year: "Fifty-first session (1983)", "Examen des rapports... 1995". */
const REPORT_HEADING = /\b(19[4-9]\d|20\d\d)\b/;
const REPORT_WORDS = /\b(session|report|concluding observations|comments|periodic|per[ií]odo de sesiones|informe|observaciones finales|rapport|observations finales)\b/i;

/**
 * Splits a text into reports: a new one starts at a document symbol not seen before, at an
 * unnumbered heading naming a session or report and a year, or where paragraph numbers start
 * again from 1. Each part keeps its own symbol and year.
 */
function reportParts(paragraphs: TextParagraph[]): ReportPart[] {
  const parts: ReportPart[] = [];
  let current: ReportPart = { paragraphs: [] };
  let lastNumber = 0;
  let numberedSeen = false;
  const startNew = () => {
    if (current.paragraphs.length > 0) parts.push(current);
    current = { paragraphs: [] };
    lastNumber = 0;
    numberedSeen = false;
  };
  for (const paragraph of paragraphs) {
    const numbered = NUMBERED.exec(paragraph.text);
    const symbol = numbered ? undefined : CO_SYMBOL.exec(paragraph.text)?.[0];
    const heading = !numbered && paragraph.text.length < 300 && REPORT_HEADING.test(paragraph.text) && REPORT_WORDS.test(paragraph.text);
    if (symbol && current.symbol && symbol !== current.symbol && numberedSeen) startNew();
    else if (heading && numberedSeen) startNew();
    else if (numbered && Number(numbered[1]) <= lastNumber && Number(numbered[1]) === 1) startNew();
    if (symbol && !current.symbol) current.symbol = symbol;
    if (numbered) {
      lastNumber = Number(numbered[1]);
      numberedSeen = true;
    }
    current.paragraphs.push(paragraph);
  }
  if (current.paragraphs.length > 0) parts.push(current);
  for (const part of parts) {
    const head = part.paragraphs.slice(0, 60).map((paragraph) => paragraph.text).join("\n");
    part.year = adoptionYear(head);
  }
  return parts;
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

export function* readConcludingObservations(paragraphs: TextParagraph[], file: string, choices: ImportChoices): Generator<ParseEvent> {
  const parts = reportParts(paragraphs);
  const symbols = parts.map((part) => {
    const text = findSymbol(part.paragraphs.slice(0, 60).map((paragraph) => paragraph.text).join("\n")) ?? (part.symbol ? findSymbol(part.symbol) : undefined);
    return text ? symbolInfo(text) : undefined;
  });
  // A report without a symbol of its own (an annual report of the 1980s) belongs to the committee and State the others name.
  const anchor = symbols.find((symbol) => symbol?.mechanism && symbol.country);
  for (const [index, part] of parts.entries()) {
    const symbol = symbols[index];
    const mechanism = symbol?.mechanism ?? anchor?.mechanism ?? choices.mechanism;
    const country = symbol?.country ?? anchor?.country ?? choices.country;
    if (!mechanism || !country) {
      yield { problem: { location: { file, row: part.paragraphs[0]?.line ?? 1, column: "Text" }, key: "import.textNeedsSymbol", params: {} } };
      return;
    }
    yield* readReport(part, { mechanism, country, documentSymbol: symbol?.symbol ?? part.symbol }, file);
  }
}

function* readReport(part: ReportPart, source: { mechanism: string; country: string; documentSymbol?: string }, file: string): Generator<ParseEvent> {
  const paragraphs = part.paragraphs;
  const make = (line: number, paragraph: string, text: string) => {
    const recommendation = emptyRecommendation({ file, row: line, column: "Text" }, text);
    recommendation.mechanism = source.mechanism;
    recommendation.country = source.country;
    recommendation.documentSymbol = source.documentSymbol;
    recommendation.year = part.year;
    recommendation.paragraph = paragraph;
    return { recommendation };
  };
  const leftOut = (line: number, key: "import.leftOutNotRecommending" | "import.leftOutUnnumbered", params: Record<string, string>) => ({
    notice: { kind: "leftOut" as const, location: { file, row: line, column: "Text" }, key, params },
  });

  for (let index = 0; index < paragraphs.length; index++) {
    const numbered = NUMBERED.exec(paragraphs[index].text);
    if (!numbered) {
      yield leftOut(paragraphs[index].line, "import.leftOutUnnumbered", { value: excerpt(paragraphs[index].text) });
      continue;
    }
    const [, number, body] = numbered;
    const subParagraphs: [string, string, number][] = [];
    while (index + 1 < paragraphs.length && LETTERED.test(paragraphs[index + 1].text)) {
      const [, letter, text] = LETTERED.exec(paragraphs[++index].text)!;
      subParagraphs.push([letter, text, paragraphs[index].line]);
    }
    const line = paragraphs[index - subParagraphs.length].line;
    if (!RECOMMENDING.test(body)) {
      yield leftOut(line, "import.leftOutNotRecommending", { paragraph: number });
      continue;
    }
    const inline = subParagraphs.length === 0 ? inlineItems(body) : undefined;
    if (subParagraphs.length > 0) {
      for (const [letter, text, itemLine] of subParagraphs) yield make(itemLine, `${number}(${letter})`, `${body.trim()} ${cleanItem(text)}`);
    } else if (inline) {
      for (const [letter, text] of inline.items) yield make(line, `${number}(${letter})`, `${inline.leadIn} ${cleanItem(text)}`);
    } else {
      yield make(line, number, body.trim());
    }
  }
}
