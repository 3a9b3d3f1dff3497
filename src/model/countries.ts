import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import spanish from "i18n-iso-countries/langs/es.json";
import french from "i18n-iso-countries/langs/fr.json";
import { LANGUAGES } from "./vocabularies";
import { normalizeText } from "./ids";

countries.registerLocale(english);
countries.registerLocale(spanish);
countries.registerLocale(french);

/**
 * UN documents name States in the UN style ("Bolivia (Plurinational State of)", "Viet Nam"),
 * which the ISO name lists do not always carry; these are the UN names they miss.
 */
const UN_NAMES: Record<string, string> = {
  "united kingdom of great britain and northern ireland": "GBR",
  "kingdom of the netherlands": "NLD",
  "viet nam": "VNM",
  "republic of moldova": "MDA",
  "holy see": "VAT",
  "cote d ivoire": "CIV",
  "turkiye": "TUR",
  "democratic people s republic of korea": "PRK",
  "lao people s democratic republic": "LAO",
  "micronesia federated states of": "FSM",
  "state of palestine": "PSE",
  "united republic of tanzania": "TZA",
  "north macedonia": "MKD",
  "eswatini": "SWZ",
  "cabo verde": "CPV",
  "the former yugoslav republic of macedonia": "MKD",
  "bolivarian republic of venezuela": "VEN",
  "islamic republic of iran": "IRN",
  "plurinational state of bolivia": "BOL",
};

/** ISO 3166-1 alpha-3 code of a State named in English, Spanish or French (UN or ISO style), or of a code itself. */
export function countryCode(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{3}$/.test(trimmed) && countries.isValid(trimmed)) return trimmed;
  const folded = normalizeText(trimmed);
  if (UN_NAMES[folded]) return UN_NAMES[folded];
  const withoutQualifier = trimmed.replace(/\s*\([^)]*\)\s*$/, "");
  for (const candidate of [trimmed, withoutQualifier]) {
    for (const language of LANGUAGES) {
      const code = countries.getAlpha3Code(candidate, language);
      if (code) return code;
    }
  }
  return undefined;
}

/** The English ISO name of an alpha-3 code, for messages and Country cells. */
export function countryName(code: string): string | undefined {
  return countries.getName(code, "en") ?? undefined;
}
