import { hasMessage, translate, type MessageKey } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import { CONCEPTS, OPTIONAL_PROTOCOLS, OPTIONAL_PROTOCOL_TERMS, type Concept } from "./lexicon";
import { phraseStems, rawWords, stem, type AnalysedText } from "./text";

/** Where a concept was found: in the stems (terms) or in the raw words (acronyms). */
export interface ConceptMatch {
  concept: Concept;
  stream: "stems" | "words";
  start: number;
  /** Inclusive. */
  end: number;
}

interface CompiledTerm {
  concept: Concept;
  tokens: string[];
  /** Any order within `window` tokens of the first one. */
  unordered: boolean;
  window: number;
}

interface CompiledLexicon {
  byFirstStem: Map<string, CompiledTerm[]>;
  byFirstWord: Map<string, CompiledTerm[]>;
  optionalProtocolTerms: string[][];
  conceptById: Map<string, Concept>;
}

let compiled: CompiledLexicon | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compile(): CompiledLexicon {
  const byFirstStem = new Map<string, CompiledTerm[]>();
  const byFirstWord = new Map<string, CompiledTerm[]>();
  for (const concept of CONCEPTS) {
    for (const term of concept.terms) {
      const unordered = term.startsWith("~");
      const tokens = phraseStems(unordered ? term.slice(1) : term);
      if (tokens.length === 0) continue;
      push(byFirstStem, tokens[0], { concept, tokens, unordered, window: tokens.length + 3 });
    }
    for (const acronym of concept.acronyms ?? []) {
      const tokens = rawWords(acronym);
      if (tokens.length === 0) continue;
      push(byFirstWord, tokens[0], { concept, tokens, unordered: false, window: tokens.length });
    }
  }
  return {
    byFirstStem,
    byFirstWord,
    optionalProtocolTerms: OPTIONAL_PROTOCOL_TERMS.map(phraseStems),
    conceptById: new Map(CONCEPTS.map((concept) => [concept.id, concept])),
  };
}

function lexicon(): CompiledLexicon {
  compiled ??= compile();
  return compiled;
}

/** The concept's name in the reader's language. */
export function conceptLabel(concept: Concept, language: Language): string {
  const cacheKey = `${language}|${concept.id}`;
  let label = labelCache.get(cacheKey);
  if (label === undefined) {
    const key = `concept.${concept.id}`;
    label = hasMessage(key) ? translate(language, key as MessageKey) : concept.label;
    labelCache.set(cacheKey, label);
  }
  return label;
}

const labelCache = new Map<string, string>();

export function conceptById(id: string): Concept | undefined {
  return lexicon().conceptById.get(id);
}

function matchOrdered(tokens: readonly string[], at: number, term: CompiledTerm): number {
  if (at + term.tokens.length > tokens.length) return -1;
  for (let offset = 1; offset < term.tokens.length; offset++) if (tokens[at + offset] !== term.tokens[offset]) return -1;
  return at + term.tokens.length - 1;
}

function matchUnordered(tokens: readonly string[], at: number, term: CompiledTerm): [number, number] | null {
  let start = at;
  let end = at;
  for (let index = 1; index < term.tokens.length; index++) {
    const wanted = term.tokens[index];
    let found = -1;
    for (let distance = 1; distance <= term.window && found < 0; distance++) {
      if (tokens[at + distance] === wanted) found = at + distance;
      else if (at - distance >= 0 && tokens[at - distance] === wanted) found = at - distance;
    }
    if (found < 0) return null;
    start = Math.min(start, found);
    end = Math.max(end, found);
  }
  return end - start < term.window ? [start, end] : null;
}

function scan(tokens: readonly string[], index: Map<string, CompiledTerm[]>, stream: ConceptMatch["stream"]): ConceptMatch[] {
  const matches: ConceptMatch[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const candidates = index.get(tokens[at]);
    if (!candidates) continue;
    for (const term of candidates) {
      if (term.unordered) {
        const span = matchUnordered(tokens, at, term);
        if (span) matches.push({ concept: term.concept, stream, start: span[0], end: span[1] });
      } else {
        const end = matchOrdered(tokens, at, term);
        if (end >= 0) matches.push({ concept: term.concept, stream, start: at, end });
      }
    }
  }
  return matches;
}

/** The tightest match of each concept: "ILO Conventions 169 and 189" holds two short matches, not one long one. */
function tightest(matches: ConceptMatch[]): ConceptMatch[] {
  const best = new Map<string, ConceptMatch>();
  for (const match of matches) {
    const key = `${match.concept.id}|${match.stream}`;
    const current = best.get(key);
    if (!current || match.end - match.start < current.end - current.start) best.set(key, match);
  }
  return [...best.values()];
}

/** A match inside a longer one of another concept says less than it ("discrimination" in "Convention on ... Racial Discrimination"). */
function dropContained(matches: ConceptMatch[]): ConceptMatch[] {
  return matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.stream === match.stream &&
          other.concept.id !== match.concept.id &&
          // Two instruments named together are two asks ("ILO Conventions 169 and 189"); protocols are handled apart.
          !(other.concept.kind === "instrument" && match.concept.kind === "instrument") &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start,
      ),
  );
}

function markerPositions(tokens: readonly string[], terms: readonly string[][]): number[] {
  const positions: number[] = [];
  for (let at = 0; at < tokens.length; at++) if (terms.some((term) => term.every((token, offset) => tokens[at + offset] === token))) positions.push(at);
  return positions;
}

/** "Optional protocol to the Convention against Torture" names OP-CAT, not CAT: resolve the protocol from the words around. */
function resolveOptionalProtocols(text: AnalysedText, matches: ConceptMatch[]): ConceptMatch[] {
  const { optionalProtocolTerms, conceptById: byId } = lexicon();
  if (!matches.some((match) => OPTIONAL_PROTOCOLS[match.concept.id])) return matches;
  const lowerWords = text.words.map((word) => stem(word));
  const streams = { stems: text.stems, words: lowerWords };
  const markers = { stems: markerPositions(text.stems, optionalProtocolTerms), words: markerPositions(lowerWords, optionalProtocolTerms) };
  if (markers.stems.length === 0 && markers.words.length === 0) return matches;
  return matches.map((match) => {
    const rules = OPTIONAL_PROTOCOLS[match.concept.id];
    if (!rules) return match;
    const marker = markers[match.stream].find((position) => position < match.start && match.start - position <= 12);
    if (marker === undefined) return match;
    const around = new Set(streams[match.stream].slice(Math.max(0, marker - 3), match.end + 13));
    const rule = rules.find((candidate) => candidate.cue?.some((cue) => around.has(stem(cue)))) ?? rules.find((candidate) => candidate.fallback);
    const protocol = rule && byId.get(rule.id);
    return protocol ? { ...match, concept: protocol, start: marker } : match;
  });
}

/** Every concept a text mentions, once each, with where it was first found. */
export function findConcepts(text: AnalysedText): ConceptMatch[] {
  const { byFirstStem, byFirstWord } = lexicon();
  const raw = [...scan(text.stems, byFirstStem, "stems"), ...scan(text.words, byFirstWord, "words")];
  const resolved = dropContained(tightest(resolveOptionalProtocols(text, raw)));
  const seen = new Set<string>();
  const unique: ConceptMatch[] = [];
  for (const match of resolved.sort((a, b) => a.start - b.start)) {
    if (seen.has(match.concept.id)) continue;
    seen.add(match.concept.id);
    unique.push(match);
  }
  // A treaty named only as the parent of a protocol found here is the protocol's name, not a second ask.
  return unique.filter((match) => !unique.some((other) => other.concept.parent === match.concept.id && other.concept.kind === "instrument" && match.concept.kind === "instrument" && other.stream === match.stream && other.start <= match.start && other.end >= match.start));
}
