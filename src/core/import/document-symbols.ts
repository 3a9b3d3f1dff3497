import { countryCode } from "../../model/countries";

/**
 * What a UN document symbol says about a recommendation's source: `CRC/C/PRY/CO/4-6` is the
 * Committee on the Rights of the Child's concluding observations on Paraguay's reports 4 to 6;
 * `A/HRC/28/15` a UPR Working Group report (with `/Add.1`, the State's responses).
 */
export interface SymbolInfo {
  symbol: string;
  mechanism?: string;
  country?: string;
  /** "4-6" for combined reports. */
  reportNumbers?: string;
}

const TREATY_PREFIXES: [RegExp, string][] = [
  [/^E\/C\.12\//, "CESCR"],
  [/^CCPR\//, "CCPR"],
  [/^CERD\//, "CERD"],
  [/^CEDAW\//, "CEDAW"],
  [/^CAT\/OP\//, "SPT"],
  [/^CAT\//, "CAT"],
  [/^CRC\//, "CRC"],
  [/^CMW\//, "CMW"],
  [/^CRPD\//, "CRPD"],
  [/^CED\//, "CED"],
];

const SYMBOL_PATTERN = /\b(?:E\/C\.12|CCPR|CERD|CEDAW|CAT(?:\/OP)?|CRC|CMW|CRPD|CED)\/C?\/?[A-Z]{3}\/CO\/[\dA-Za-z\-–.]+(?:\/Add\.\d+)?|\bA\/HRC\/\d+\/\d+(?:\/Add\.\d+)?/;

/** The first document symbol in a text, if any. */
export function findSymbol(text: string): string | undefined {
  return SYMBOL_PATTERN.exec(text)?.[0].replace(/[.,;]+$/, "");
}

/** The UPR Working Group report a response document belongs to: A/HRC/28/15/Add.1 -> A/HRC/28/15. */
export function workingGroupReport(symbol: string): string {
  return symbol.replace(/\/Add\.\d+$/i, "");
}

export function symbolInfo(symbol: string): SymbolInfo {
  const clean = symbol.trim();
  if (/^A\/HRC\/\d+\/\d+/.test(clean)) return { symbol: clean, mechanism: "UPR" };
  const mechanism = TREATY_PREFIXES.find(([prefix]) => prefix.test(clean))?.[1];
  const match = /\/([A-Z]{3})\/CO\/([\dA-Za-z\-–.]+)/.exec(clean);
  return {
    symbol: clean,
    mechanism,
    country: match && countryCode(match[1]) ? match[1] : undefined,
    reportNumbers: match?.[2].replace("–", "-"),
  };
}
