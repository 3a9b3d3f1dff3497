import type { VocabularyName } from "./tables";
import {
  ACTION_STATUSES,
  CURRENCIES,
  IMPLEMENTATION_STATUSES,
  INDICATOR_TYPES,
  INSTITUTION_BRANCHES,
  MECHANISMS,
  REPORTING_FREQUENCIES,
  RESPONSES,
  REVIEW_STATUSES,
  SDG_TARGETS,
  UHRI_AFFECTED_PERSONS,
  UHRI_THEMES,
  YES_NO,
} from "./vocabularies";

/**
 * A vocabulary as it is laid out on the Lists sheet: an Excel table whose first column holds
 * the values dropdowns offer; further columns explain them.
 */
export interface ListDef {
  name: VocabularyName;
  tableName: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

const single = (name: VocabularyName, header: string, values: readonly string[]): ListDef => ({
  name,
  tableName: `List${name}`,
  headers: [header],
  rows: values.map((value) => [value]),
});

/** In the order of their columns on the Lists sheet. */
export const LISTS: readonly ListDef[] = [
  {
    name: "Mechanisms",
    tableName: "ListMechanisms",
    headers: ["Mechanism", "Mechanism name"],
    rows: MECHANISMS.map((mechanism) => [mechanism.code, mechanism.name]),
  },
  single("Responses", "Response", RESPONSES),
  single("ImplementationStatuses", "Implementation status", IMPLEMENTATION_STATUSES),
  single("ActionStatuses", "Action status", ACTION_STATUSES),
  single("IndicatorTypes", "Indicator type", INDICATOR_TYPES),
  single("Frequencies", "Frequency", REPORTING_FREQUENCIES),
  single("ReviewStatuses", "Review status", REVIEW_STATUSES),
  single("Branches", "Branch", INSTITUTION_BRANCHES),
  single("YesNo", "Yes/No", YES_NO),
  single("Currencies", "Currency", CURRENCIES),
  {
    name: "SdgTargets",
    tableName: "ListSdgTargets",
    headers: ["SDG target", "SDG target text"],
    rows: SDG_TARGETS.map((target) => [target.target, target.text.en]),
  },
  single("Themes", "Theme", UHRI_THEMES),
  single("AffectedPersons", "Affected persons", UHRI_AFFECTED_PERSONS),
];

export function listDef(name: VocabularyName): ListDef {
  const def = LISTS.find((list) => list.name === name);
  if (!def) throw new Error(`Unknown list ${name}`);
  return def;
}
