import { translate, type MessageKey } from "../../model/i18n/messages";
import type { Language } from "../../model/vocabularies";
import type { Issue, RuleCode } from "./rules";

export const SMART_CRITERIA = ["specific", "measurable", "assignable", "relevant", "timeBound"] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

/** The rules whose findings make an action fail a criterion; "measurable" comes from its indicators. */
const FAILED_BY: Record<Exclude<SmartCriterion, "measurable">, readonly RuleCode[]> = {
  specific: ["ACT-DESCRIPTION-MISSING", "ACT-DESCRIPTION-PLACEHOLDER", "ACT-DESCRIPTION-VAGUE"],
  assignable: ["ACT-LEAD-MISSING", "ACT-LEAD-UNKNOWN"],
  relevant: ["ACT-LINK-MISSING", "ACT-RECOMMENDATION-UNKNOWN", "ACT-CLUSTER-UNKNOWN"],
  timeBound: ["ACT-DEADLINE-MISSING", "ACT-DATE-INVALID", "ACT-DEADLINE-BEFORE-START"],
};

/**
 * SMART from the rules: specific (a real description), measurable (at least one indicator
 * without errors), assignable (a listed lead institution), relevant (links to recommendations
 * or a cluster that exist), time-bound (a real deadline, not before the start).
 */
export function smartCriteriaFrom(issues: readonly Issue[], measured: boolean): Record<SmartCriterion, boolean> {
  const criteria = { specific: true, measurable: measured, assignable: true, relevant: true, timeBound: true };
  for (const issue of issues) {
    const failed = CRITERION_FAILED_BY.get(issue.code);
    if (failed) criteria[failed] = false;
  }
  return criteria;
}

const CRITERION_FAILED_BY = new Map<RuleCode, Exclude<SmartCriterion, "measurable">>(
  (Object.entries(FAILED_BY) as [Exclude<SmartCriterion, "measurable">, readonly RuleCode[]][]).flatMap(([criterion, codes]) => codes.map((code) => [code, criterion] as const)),
);

/** Thousands of actions share a few dozen ratings: each text is composed once per language. */
const texts = new Map<string, string>();

export function smartText(criteria: Record<SmartCriterion, boolean>, language: Language): string {
  let mask = 0;
  for (const criterion of SMART_CRITERIA) mask = mask * 2 + (criteria[criterion] ? 1 : 0);
  const key = `${language}${mask}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = composeSmartText(criteria, language)));
  return text;
}

function composeSmartText(criteria: Record<SmartCriterion, boolean>, language: Language): string {
  const missing = SMART_CRITERIA.filter((criterion) => !criteria[criterion]);
  if (missing.length === 0) return translate(language, "validate.smart.full");
  return translate(language, "validate.smart.partial", {
    score: SMART_CRITERIA.length - missing.length,
    missing: missing.map((criterion) => translate(language, `validate.smart.${criterion}` satisfies MessageKey)).join(", "),
  });
}
