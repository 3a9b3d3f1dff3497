/**
 * Tokens for text analysis in English, Spanish and French: the same light normalisation is
 * applied to recommendation texts, lexicon terms, theme names and SDG target texts, so they
 * meet on equal terms whatever the language or the inflection.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Function words of the three languages, plus the boilerplate of recommendations. */
const STOPWORDS = new Set(
  (
    // English
    "a an the and or of to in on for with by from at as is are be been being was were this that these those its it " +
    "their his her our all any such other into upon within about under over between through which who whom whose " +
    "also further including include includes particular particularly order ensure ensuring take taking measure " +
    "measures step steps necessary continue continuing efforts effort consider considering view well more most " +
    "new need needed make making appropriate relevant adequate effective effectively full fully those there " +
    "has have had not no so than then them they will would should shall may can could per against" +
    // Spanish
    " el la los las un una unos unas y o u de del al en con por para sin sobre entre como que se su sus lo le les contra " +
    "este esta estos estas ese esa eso es son ser fue han ha sido todo toda todos todas otro otra otros otras mas " +
    "medida medidas seguir siga continuar continue esfuerzo esfuerzos garantizar velar adoptar tomar considerar " +
    "particular necesario necesarias nuevo nueva" +
    // French
    " le la les un une des du de d l au aux et ou en dans par pour avec sans sur sous entre comme que qui se sa son contre " +
    "ses leur leurs ce cet cette ces est sont etre ete tout toute tous toutes autre autres plus mesure mesures " +
    "poursuivre continuer effort efforts garantir veiller prendre envisager adopter particulier necessaire " +
    "necessaires nouveau nouvelle"
  ).split(" "),
);

/** Words with the accents removed, in their original case (acronyms are case-sensitive). */
export function rawWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(DIACRITICS, "")
    .split(NON_WORD)
    .filter((word) => word.length > 0);
}

/**
 * A crude stem shared by the three languages: plural and final-e folded, so "institutions",
 * "institution"; "mujeres", "mujer"; "femmes", "femme"; "policies", "policy"; "réfugiés", "réfugié" meet.
 */
export function stem(word: string): string {
  let result = word.toLowerCase();
  if (result.length > 4 && result.endsWith("ies")) return result.slice(0, -2);
  if (result.length > 3 && result.endsWith("s") && !/(ss|us|is)$/.test(result)) result = result.slice(0, -1);
  if (result.length > 4 && result.endsWith("e")) result = result.slice(0, -1);
  if (result.length > 3 && result.endsWith("y")) result = result.slice(0, -1) + "i";
  return result;
}

export function isStopword(lowerWord: string): boolean {
  return STOPWORDS.has(lowerWord) || lowerWord.length < 2;
}

/** One text as the analysis sees it: content stems in order, and raw words for acronyms. */
export interface AnalysedText {
  /** Stems of the content words, stopwords removed, in order. */
  stems: string[];
  /** Words in original case (accents removed), stopwords kept, in order. */
  words: string[];
}

export function analyse(text: string): AnalysedText {
  const words = rawWords(text);
  const stems: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (isStopword(lower)) continue;
    stems.push(stem(lower));
  }
  return { stems, words };
}

/** Content stems of a short phrase (a lexicon term, a theme name). */
export function phraseStems(phrase: string): string[] {
  return analyse(phrase).stems;
}
