import { countryCode, nearestStateNames } from "../../model/countries";
import { normalizeText, uprCycleFromSession } from "../../model/ids";
import { MECHANISMS, RESPONSES, type RecommendationResponse } from "../../model/vocabularies";
import type { ImportChoices, RowProblem, SourceLocation, SourceNotice } from "./source-types";

/**
 * How the sources write the same things differently: responses, mechanisms, SDG labels,
 * dates, paragraph numbers, recommending States. Each format module reads its layout and
 * leaves the wording to these.
 */

/** Items of a multi-valued cell: one per line (UHRI and OHCHR write "- item"), or separated by semicolons. */
export function listItems(cell: string | undefined, separators: RegExp = /\r\n|\r|\n|;/): string[] {
  if (!cell) return [];
  if (!separators.test(cell) && !/^\s*[-\u2013\u2022]\s/.test(cell)) {
    const single = cell.trim();
    return single ? [single] : [];
  }
  return cell
    .split(separators)
    .map((item) => item.replace(/^\s*[-\u2013\u2022]\s+/, "").trim())
    .filter((item) => item.length > 0);
}

const RESPONSE_WORDS: [RegExp, RecommendationResponse][] = [
  // A split position: OHCHR's 2015 lists write "Supported/Noted" for a recommendation supported in part.
  [/^(supported|accepted|acept\w*|apoy\w*|soutenu\w*|accept\w*)\s*\/\s*(noted|not supported|rejected|toma\w* nota|anot\w*|pris\w* note|not[ée]\w*)/, "Supported in part"],
  [/^(partially|partly|in part|supported in part|partially (accepted|supported)|acept\w* parcialmente|apoy\w* parcialmente|parcialmente|accept\w* (en partie|partiellement)|soutenu\w* en partie)/, "Supported in part"],
  [/^(supported|accepted|accept|agreed|acepta\w*|apoya\w*|aceptada|soutenu\w*|accept[ée]\w*)/, "Supported"],
  [/^(noted|not supported|rejected|toma\w* nota|tomada|anot\w*|rechaza\w*|pris\w* (en )?note|not[ée]e?s?|rejet[ée]\w*)/, "Noted"],
  [/^(pending|no response|awaiting|pendiente|sin respuesta|en attente|sans r[ée]ponse)/, "Pending"],
  [/^(not applicable|n\/a|no aplica|sans objet)/, "Not applicable"],
];

/** The workbook's response for a source's wording ("Accepted" is Supported), or undefined if unknown. */
export function responseFromSource(text: string | undefined): RecommendationResponse | undefined {
  const folded = (text ?? "").trim().toLowerCase();
  if (!folded) return undefined;
  const exact = RESPONSES.find((response) => response.toLowerCase() === folded);
  if (exact) return exact;
  return RESPONSE_WORDS.find(([pattern]) => pattern.test(folded))?.[1];
}

const MECHANISM_ALIASES: Record<string, string> = {
  "universal periodic review": "UPR",
  "upr": "UPR",
  "examen periodico universal": "UPR",
  "examen periodique universel": "UPR",
  "epu": "UPR",
  "cescr": "CESCR",
  "e c 12": "CESCR",
  "crc": "CRC",
  "cedaw": "CEDAW",
  "ccpr": "CCPR",
  "human rights committee": "CCPR",
  "special procedures": "SP",
};

/** A mechanism code for a code, an English name, or a body's name such as "Special Rapporteur on ..." */
export function mechanismCode(text: string | undefined): string | undefined {
  const value = (text ?? "").trim();
  if (!value) return undefined;
  const byCode = MECHANISMS.find((mechanism) => mechanism.code.toLowerCase() === value.toLowerCase());
  if (byCode) return byCode.code;
  const folded = normalizeText(value);
  const byName = MECHANISMS.find((mechanism) => normalizeText(mechanism.name) === folded);
  if (byName) return byName.code;
  if (MECHANISM_ALIASES[folded]) return MECHANISM_ALIASES[folded];
  if (/^(special rapporteur|independent expert|working group on|relator especial|experto independiente|rapporteur sp[eé]cial|expert ind[eé]pendant)/i.test(value)) return "SP";
  const partial = MECHANISMS.find((mechanism) => mechanism.kind === "treaty-body" && folded.includes(normalizeText(mechanism.name)));
  return partial?.code;
}

/** "16.3 - Promote the rule of law" -> "16.3"; "16 - PEACE, JUSTICE..." and "Goal 16" -> "16". */
export function sdgCode(label: string): string | undefined {
  const match = /^(?:sdg|goal|ods|odd|objetivo|objectif)?\s*(\d{1,2}(?:\.(?:\d{1,2}|[a-z]))?)\b/i.exec(label.trim());
  if (!match) return undefined;
  const goal = Number(match[1].split(".")[0]);
  return goal >= 1 && goal <= 17 ? match[1].toLowerCase() : undefined;
}

export function sdgCodes(labels: readonly string[]): string[] {
  return labels.map(sdgCode).filter((code): code is string => code !== undefined);
}

/** Year of an Excel serial date (UHRI exports dates as serial numbers), an ISO date or a written date. */
export function yearFrom(value: string | undefined): number | undefined {
  const text = (value ?? "").trim();
  if (!text) return undefined;
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
    return date.getUTCFullYear();
  }
  const year = /\b(19[4-9]\d|20\d\d|2100)\b/.exec(text);
  return year ? Number(year[1]) : undefined;
}

/** A UPR session number from "20", "UPR 20", "20th session", "Session 48". */
export function sessionNumber(value: string | undefined): number | undefined {
  const match = /(\d{1,3})/.exec(value ?? "");
  const session = match ? Number(match[1]) : NaN;
  return Number.isInteger(session) && session >= 1 && session < 200 ? session : undefined;
}

export function cycleOf(session: number | undefined): number | undefined {
  return session === undefined ? undefined : uprCycleFromSession(session);
}

/**
 * The paragraph number a text starts with: "115.1 Ratify...", "25. The Committee...",
 * "25 (b) Ensure...". Returns the number and the text after it.
 */
export function leadingParagraph(text: string): { paragraph?: string; rest: string } {
  const match = /^\s*(\d{1,4}(?:\.\d{1,4})*)\.?(?:\s*\(([a-z]{1,2})\))?(?=[\s.:)]|$)[\s.:)]*/.exec(text);
  if (!match) return { rest: text.trim() };
  return { paragraph: match[2] ? `${match[1]}(${match[2]})` : match[1], rest: text.slice(match[0].length).trim() };
}

/** Balanced top-level parenthesis groups: start and end (exclusive) indexes. */
function parenthesisGroups(text: string): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "(") {
      if (depth === 0) start = index;
      depth++;
    } else if (text[index] === ")" && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: index + 1 });
    }
  }
  return groups;
}

/** "(Portugal, Slovakia)", "(Iran (Islamic Republic of))": names of States, not "(No. 29)" or "(CEDAW)". */
function statesInGroup(group: string): string[] | undefined {
  const inner = group.slice(1, -1).trim();
  if (!inner || /\d/.test(inner)) return undefined;
  const items = splitStateNames(inner);
  const looksLikeState = (item: string) => countryCode(item) !== undefined || (/^(the )?\p{Lu}/u.test(item) && item !== item.toUpperCase());
  return items.length > 0 && items.every(looksLikeState) ? items : undefined;
}

/** Commas separate States, except inside a name's own parentheses. */
function splitStateNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (const character of text) {
    if (character === "(") depth++;
    if (character === ")") depth--;
    if (character === "," && depth === 0) {
      names.push(current.trim());
      current = "";
    } else current += character;
  }
  names.push(current.trim());
  return names.filter((name) => name.length > 0);
}

/**
 * OHCHR prints the recommending States in parentheses at the end of each recommendation:
 * "Ratify ... (Portugal, Slovakia);", "(France) (Lithuania);", and merged recommendations as
 * "A (Egypt); B (Peru);". Returns every State so named, and the text without the final groups.
 */
export function splitRecommendingStates(printed: string): { text: string; states: string[] } {
  const text = printed.trim();
  if (!/\)[\s;.,]*$/.test(text)) return { text: text.replace(/[\s;,]+$/, ""), states: [] };
  const states: string[] = [];
  const groups = parenthesisGroups(text);
  let cut = text.replace(/[;.,\s]+$/, "").length;
  let trailing = true;
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index];
    const after = text.slice(group.end, index + 1 < groups.length ? groups[index + 1].start : text.length);
    const endsSentence = /^\s*[;.,]?\s*$/.test(after) || /^\s*;/.test(after);
    const named = endsSentence ? statesInGroup(text.slice(group.start, group.end)) : undefined;
    if (!named) {
      trailing = false;
      continue;
    }
    states.unshift(...named);
    // "(Chile); (Estonia);" (2015 lists): the groups at the end, whatever separates them, all come off the text.
    if (trailing && /^[\s;,]*$/.test(text.slice(group.end, cut))) cut = group.start;
    else trailing = false;
  }
  return { text: text.slice(0, cut).replace(/[\s;,]+$/, "").trim(), states: [...new Set(states)] };
}

/** ISO3 for a country name or code, if known (the user's `--country-name` mappings first). */
export function countryFrom(name: string | undefined, choices?: ImportChoices): string | undefined {
  return name ? countryCode(name, choices?.countryNames) : undefined;
}

const suggestionsByName = new Map<string, string>();

/** An unknown State under review: the row is refused, with the nearest names and how to map it. */
export function unknownCountryProblem(location: SourceLocation, value: string): RowProblem {
  let suggestions = suggestionsByName.get(value);
  if (suggestions === undefined) {
    suggestions = nearestStateNames(value).join(", ");
    if (suggestionsByName.size < 1000) suggestionsByName.set(value, suggestions);
  }
  return { location, key: "import.unknownCountry", params: { value, suggestions } };
}

/**
 * Recommending States are kept as the source writes them; a name the State table does not know
 * (a typo, an organisation) is kept too, with a warning, once per name and file.
 */
export function recommendingStateWarnings(): (states: readonly string[], location: SourceLocation) => SourceNotice[] {
  const warned = new Set<string>();
  return (states, location) => {
    const notices: SourceNotice[] = [];
    for (const state of states) {
      if (warned.has(state) || countryCode(state) !== undefined) continue;
      warned.add(state);
      notices.push({ kind: "warning", location, key: "import.unknownRecommendingState", params: { value: state, suggestions: nearestStateNames(state).join(", ") } });
    }
    return notices;
  };
}
