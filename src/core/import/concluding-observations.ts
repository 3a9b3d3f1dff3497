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

const NUMBERED = /^(\d{1,3})\.\s+(.*)$/s;
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

export function* readConcludingObservations(paragraphs: TextParagraph[], file: string, choices: ImportChoices): Generator<ParseEvent> {
  const head = paragraphs.slice(0, 60).map((paragraph) => paragraph.text).join("\n");
  const symbolText = findSymbol(head);
  const symbol = symbolText ? symbolInfo(symbolText) : undefined;
  const mechanism = symbol?.mechanism ?? choices.mechanism;
  const country = symbol?.country ?? choices.country;
  const year = adoptionYear(head);
  if (!mechanism || !country) {
    yield { problem: { location: { file, row: 1, column: "Text" }, key: "import.textNeedsSymbol", params: {} } };
    return;
  }
  const make = (line: number, paragraph: string, text: string) => {
    const recommendation = emptyRecommendation({ file, row: line, column: "Text" }, text);
    recommendation.mechanism = mechanism;
    recommendation.country = country;
    recommendation.documentSymbol = symbol?.symbol;
    recommendation.year = year;
    recommendation.paragraph = paragraph;
    return { recommendation };
  };

  for (let index = 0; index < paragraphs.length; index++) {
    const numbered = NUMBERED.exec(paragraphs[index].text);
    if (!numbered) continue;
    const [, number, body] = numbered;
    const subParagraphs: [string, string, number][] = [];
    while (index + 1 < paragraphs.length && LETTERED.test(paragraphs[index + 1].text)) {
      const [, letter, text] = LETTERED.exec(paragraphs[++index].text)!;
      subParagraphs.push([letter, text, paragraphs[index].line]);
    }
    if (!RECOMMENDING.test(body)) continue;
    const line = paragraphs[index - subParagraphs.length].line;
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
