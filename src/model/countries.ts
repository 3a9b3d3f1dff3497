import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import spanish from "i18n-iso-countries/langs/es.json";
import french from "i18n-iso-countries/langs/fr.json";
import { LANGUAGES } from "./vocabularies";

countries.registerLocale(english);
countries.registerLocale(spanish);
countries.registerLocale(french);

/**
 * State names as the sources write them. ISO 3166 (through i18n-iso-countries) gives the official
 * and alias names in English, Spanish and French; these are the names it misses: the UN's own
 * style (UN M49 and UHRI: "Bolivia (Plurinational State of)", "Viet Nam", "Türkiye"), OHCHR's
 * "(Bolivarian Republic of)" forms in three languages, short and former names, and the spellings
 * of the UPR Info database ("DPR Korea", "Macedonia FYR", "Swaziland", "Syria"...). "&" for "and",
 * "St" for "Saint", brackets, accents, case and word order need no entry: `stateNameKey` folds them.
 */
const STATE_NAMES: Record<string, readonly string[]> = {
  BOL: ["Bolivia (Plurinational State of)", "Bolivia (Estado Plurinacional de)", "Bolivie (État plurinational de)"],
  BRN: ["Brunei", "Brunei Darussalam", "Brunéi Darussalam"],
  CIV: ["Côte d'Ivoire", "Cote d Ivoire", "Ivory Coast"],
  COD: ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo (Democratic Republic of the)", "Congo, Democratic Republic of", "Congo-Kinshasa", "Zaire", "République démocratique du Congo", "República Democrática del Congo"],
  COG: ["Congo", "Republic of Congo", "Republic of the Congo", "Congo (Republic of the)", "Congo-Brazzaville", "République du Congo", "República del Congo"],
  CPV: ["Cabo Verde", "Cape Verde", "Cap-Vert"],
  CZE: ["Czechia", "Czech Republic", "Tchéquie", "Chequia", "République tchèque", "República Checa"],
  FSM: ["Micronesia (Federated States of)", "Federated States of Micronesia", "Micronesia", "Micronésie (États fédérés de)", "Micronesia (Estados Federados de)"],
  GBR: ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Reino Unido de Gran Bretaña e Irlanda del Norte"],
  GMB: ["Gambia", "The Gambia", "Gambie"],
  BHS: ["Bahamas", "The Bahamas"],
  IRN: ["Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran", "Iran (République islamique d')", "Irán (República Islámica del)"],
  KGZ: ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizistan", "Kirguistán"],
  KOR: ["Republic of Korea", "South Korea", "Korea (Republic of)", "Korea, Republic of", "République de Corée", "República de Corea"],
  LAO: ["Lao People's Democratic Republic", "Laos", "Lao PDR", "Lao", "République démocratique populaire lao", "República Democrática Popular Lao"],
  LBY: ["Libya", "Libyan Arab Jamahiriya", "Libye", "Libia"],
  MDA: ["Republic of Moldova", "Moldova", "Moldova, Republic of", "République de Moldova", "República de Moldova"],
  MKD: ["North Macedonia", "Republic of North Macedonia", "Macedonia FYR", "FYR Macedonia", "FYROM", "Macedonia", "The former Yugoslav Republic of Macedonia", "Former Yugoslav Republic of Macedonia", "Macédoine du Nord", "ex-République yougoslave de Macédoine", "Macedonia del Norte", "ex República Yugoslava de Macedonia"],
  MMR: ["Myanmar", "Burma"],
  NLD: ["Netherlands", "Kingdom of the Netherlands", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)", "Países Bajos (Reino de los)"],
  PRK: ["Democratic People's Republic of Korea", "DPR Korea", "DPRK", "Korea DPR", "North Korea", "Korea (Democratic People's Republic of)", "République populaire démocratique de Corée", "República Popular Democrática de Corea"],
  PSE: ["State of Palestine", "Palestine", "Occupied Palestinian Territory", "État de Palestine", "Estado de Palestina"],
  RUS: ["Russian Federation", "Russia", "Fédération de Russie", "Federación de Rusia"],
  SVK: ["Slovakia", "Slovak Republic"],
  SWZ: ["Eswatini", "Kingdom of Eswatini", "Swaziland", "Eswatini (Kingdom of)", "Swazilandia", "Suazilandia"],
  SYR: ["Syrian Arab Republic", "Syria", "République arabe syrienne", "República Árabe Siria"],
  TLS: ["Timor-Leste", "East Timor", "Timor Leste"],
  TUR: ["Türkiye", "Turkey", "Turquie", "Turquía"],
  TZA: ["United Republic of Tanzania", "Tanzania", "République-Unie de Tanzanie", "República Unida de Tanzanía"],
  USA: ["United States of America", "United States", "USA", "États-Unis d'Amérique", "Estados Unidos de América"],
  VAT: ["Holy See", "Vatican", "Holy See (Vatican City State)", "Saint-Siège", "Santa Sede"],
  VEN: ["Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela", "Venezuela", "Venezuela (République bolivarienne du)", "Venezuela (República Bolivariana de)"],
  VNM: ["Viet Nam", "Vietnam"],
};

/** Words that never tell two States apart, in the three languages. */
const FILLER_WORDS = new Set(["the", "of", "and", "le", "la", "les", "l", "de", "des", "du", "d", "et", "el", "los", "las", "del", "y", "e"]);
const WORD_FORMS: Record<string, string> = { st: "saint", ste: "sainte", sta: "santa", sto: "santo" };

/**
 * The key two spellings of one State share: case, accents, apostrophes, "&"/"and"/"y"/"et",
 * "St"/"Saint", brackets and punctuation, filler words and word order do not count.
 * "St Vincent & Grenadines", "Saint Vincent and the Grenadines" -> "grenadines saint vincent".
 */
export function stateNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019\u2018`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !FILLER_WORDS.has(word))
    .map((word) => WORD_FORMS[word] ?? word)
    .sort()
    .join(" ");
}

interface NameIndex {
  /** Key -> ISO3; a key two States share is left out (see `ambiguous`). */
  codeOf: Map<string, string>;
  /** Every known name with its code, for "did you mean". */
  names: { name: string; key: string; code: string }[];
}

let index: NameIndex | undefined;

/** Built on first use: our list first, then ISO official names, then ISO aliases; a later source never takes a key from an earlier one. */
function nameIndex(): NameIndex {
  if (index) return index;
  const codeOf = new Map<string, string>();
  const names: NameIndex["names"] = [];
  const layer = (entries: [string, string][]) => {
    const claimed = new Map<string, Set<string>>();
    for (const [name, code] of entries) {
      const key = stateNameKey(name);
      if (!key) continue;
      names.push({ name, key, code });
      if (codeOf.has(key)) continue;
      claimed.set(key, (claimed.get(key) ?? new Set()).add(code));
    }
    // A name two States answer to in the same source ("Congo" among ISO's aliases) names neither.
    for (const [key, codes] of claimed) if (codes.size === 1) codeOf.set(key, [...codes][0]);
  };
  layer(Object.entries(STATE_NAMES).flatMap(([code, list]) => list.map((name): [string, string] => [name, code])));
  const isoNames = LANGUAGES.map((language) => countries.getNames(language, { select: "all" }) as Record<string, string[]>);
  const alpha3 = (alpha2: string) => countries.alpha2ToAlpha3(alpha2) ?? "";
  layer(isoNames.flatMap((byCode) => Object.entries(byCode).map(([alpha2, list]): [string, string] => [list[0], alpha3(alpha2)])));
  layer(isoNames.flatMap((byCode) => Object.entries(byCode).flatMap(([alpha2, list]) => list.slice(1).map((name): [string, string] => [name, alpha3(alpha2)]))));
  index = { codeOf, names };
  return index;
}

const lookups = new Map<string, string | undefined>();

/**
 * ISO 3166-1 alpha-3 code of a State named in English, Spanish or French (UN, ISO, OHCHR,
 * UHRI or UPR Info style), or of a code itself. `extraNames` (name -> ISO3) are the user's own
 * mappings (`--country-name`), checked first.
 */
export function countryCode(name: string, extraNames?: Readonly<Record<string, string>>): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  if (extraNames) {
    const key = stateNameKey(trimmed);
    for (const [given, code] of Object.entries(extraNames)) if (stateNameKey(given) === key) return code;
  }
  if (lookups.has(trimmed)) return lookups.get(trimmed);
  const code = lookUp(trimmed);
  if (lookups.size < 10_000) lookups.set(trimmed, code);
  return code;
}

function lookUp(name: string): string | undefined {
  if (/^[A-Z]{3}$/.test(name) && countries.isValid(name)) return name;
  const { codeOf } = nameIndex();
  const direct = codeOf.get(stateNameKey(name));
  if (direct) return direct;
  // "Iran (Islamic Republic of)" written with a qualifier no list has: the name before it.
  const withoutQualifier = name.replace(/\s*\([^)]*\)\s*$/, "");
  return withoutQualifier !== name ? codeOf.get(stateNameKey(withoutQualifier)) : undefined;
}

/** The English ISO name of an alpha-3 code, for messages and Country cells. */
export function countryName(code: string): string | undefined {
  return countries.getName(code, "en") ?? undefined;
}

/** Edit distance between two short strings (names), for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known names nearest to an unknown one, one per State, nearest first: a name that shares a
 * word with it ("Korea" in "Korea DPRK") comes before one that is merely spelled alike.
 */
export function nearestStateNames(name: string, count = 3): string[] {
  const key = stateNameKey(name);
  const words = new Set(key.split(" "));
  const scored = nameIndex().names.map((entry) => {
    const shared = entry.key.split(" ").filter((word) => words.has(word) && word.length > 2).length;
    return { ...entry, score: editDistance(key, entry.key) - shared * 4 };
  });
  scored.sort((a, b) => a.score - b.score);
  const chosen: string[] = [];
  const codes = new Set<string>();
  for (const entry of scored) {
    if (codes.has(entry.code)) continue;
    codes.add(entry.code);
    chosen.push(`${countryName(entry.code) ?? entry.name} (${entry.code})`);
    if (chosen.length === count) break;
  }
  return chosen;
}
