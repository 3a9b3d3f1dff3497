import type { MessageKey } from "../../model/i18n/messages";
import type { TableName } from "../../model/tables";

export type Severity = "error" | "warning";

/**
 * Every rule's stable code: people quote it, filters and the task pane group by it, and
 * docs/validation.md explains each one. A code is never reused for another meaning.
 */
export type RuleCode =
  | "ACT-ID-MISSING"
  | "ACT-ID-DUPLICATE"
  | "ACT-DESCRIPTION-MISSING"
  | "ACT-DESCRIPTION-PLACEHOLDER"
  | "ACT-DESCRIPTION-VAGUE"
  | "ACT-LINK-MISSING"
  | "ACT-RECOMMENDATION-UNKNOWN"
  | "ACT-CLUSTER-UNKNOWN"
  | "ACT-LEAD-MISSING"
  | "ACT-LEAD-UNKNOWN"
  | "ACT-PARTNER-UNKNOWN"
  | "ACT-DATE-INVALID"
  | "ACT-DATE-TEXT"
  | "ACT-DEADLINE-MISSING"
  | "ACT-DEADLINE-BEFORE-START"
  | "ACT-STATUS-MISSING"
  | "ACT-STATUS-UNKNOWN"
  | "ACT-PROGRESS-INVALID"
  | "ACT-PROGRESS-COMPLETE-NOT-COMPLETED"
  | "ACT-COMPLETED-PROGRESS-LOW"
  | "ACT-NUMBER-TEXT"
  | "ACT-BUDGET-INVALID"
  | "ACT-CURRENCY-MISSING"
  | "ACT-CURRENCY-UNKNOWN"
  | "ACT-COMPLETED-FUTURE-DEADLINE"
  | "ACT-DUPLICATE"
  | "IND-ID-MISSING"
  | "IND-ID-DUPLICATE"
  | "IND-ACTION-MISSING"
  | "IND-ACTION-UNKNOWN"
  | "IND-NAME-MISSING"
  | "IND-TYPE-MISSING"
  | "IND-TYPE-UNKNOWN"
  | "IND-UNIT-MISSING"
  | "IND-BASELINE-MISSING"
  | "IND-TARGET-MISSING"
  | "IND-VALUE-NOT-NUMERIC"
  | "IND-YEAR-MISSING"
  | "IND-YEAR-INVALID"
  | "IND-TARGET-YEAR-BEFORE-BASELINE"
  | "IND-CURRENT-DATE-MISSING"
  | "IND-DATE-INVALID"
  | "IND-DATE-TEXT"
  | "IND-SOURCE-MISSING"
  | "IND-FREQUENCY-MISSING"
  | "IND-FREQUENCY-UNKNOWN"
  | "IND-RESPONSIBLE-UNKNOWN"
  | "COV-RECOMMENDATION-UNADDRESSED"
  | "COV-CLUSTER-NO-LEAD";

export interface RuleDef {
  code: RuleCode;
  severity: Severity;
  table: TableName;
  /** Column key of the cell a finding points at, unless the check names another one. */
  column: string;
  message: MessageKey;
}

const rule = (code: RuleCode, severity: Severity, table: TableName, column: string): RuleDef => ({
  code,
  severity,
  table,
  column,
  message: `validate.${code}` satisfies MessageKey,
});

export const RULES: Record<RuleCode, RuleDef> = {
  "ACT-ID-MISSING": rule("ACT-ID-MISSING", "error", "Actions", "actionId"),
  "ACT-ID-DUPLICATE": rule("ACT-ID-DUPLICATE", "error", "Actions", "actionId"),
  "ACT-DESCRIPTION-MISSING": rule("ACT-DESCRIPTION-MISSING", "error", "Actions", "description"),
  "ACT-DESCRIPTION-PLACEHOLDER": rule("ACT-DESCRIPTION-PLACEHOLDER", "error", "Actions", "description"),
  "ACT-DESCRIPTION-VAGUE": rule("ACT-DESCRIPTION-VAGUE", "warning", "Actions", "description"),
  "ACT-LINK-MISSING": rule("ACT-LINK-MISSING", "error", "Actions", "recommendationIds"),
  "ACT-RECOMMENDATION-UNKNOWN": rule("ACT-RECOMMENDATION-UNKNOWN", "error", "Actions", "recommendationIds"),
  "ACT-CLUSTER-UNKNOWN": rule("ACT-CLUSTER-UNKNOWN", "error", "Actions", "clusterId"),
  "ACT-LEAD-MISSING": rule("ACT-LEAD-MISSING", "error", "Actions", "leadInstitution"),
  "ACT-LEAD-UNKNOWN": rule("ACT-LEAD-UNKNOWN", "error", "Actions", "leadInstitution"),
  "ACT-PARTNER-UNKNOWN": rule("ACT-PARTNER-UNKNOWN", "warning", "Actions", "partners"),
  "ACT-DATE-INVALID": rule("ACT-DATE-INVALID", "error", "Actions", "deadline"),
  "ACT-DATE-TEXT": rule("ACT-DATE-TEXT", "warning", "Actions", "deadline"),
  "ACT-DEADLINE-MISSING": rule("ACT-DEADLINE-MISSING", "error", "Actions", "deadline"),
  "ACT-DEADLINE-BEFORE-START": rule("ACT-DEADLINE-BEFORE-START", "error", "Actions", "deadline"),
  "ACT-STATUS-MISSING": rule("ACT-STATUS-MISSING", "warning", "Actions", "status"),
  "ACT-STATUS-UNKNOWN": rule("ACT-STATUS-UNKNOWN", "error", "Actions", "status"),
  "ACT-PROGRESS-INVALID": rule("ACT-PROGRESS-INVALID", "error", "Actions", "progress"),
  "ACT-PROGRESS-COMPLETE-NOT-COMPLETED": rule("ACT-PROGRESS-COMPLETE-NOT-COMPLETED", "error", "Actions", "progress"),
  "ACT-COMPLETED-PROGRESS-LOW": rule("ACT-COMPLETED-PROGRESS-LOW", "warning", "Actions", "progress"),
  "ACT-NUMBER-TEXT": rule("ACT-NUMBER-TEXT", "warning", "Actions", "budget"),
  "ACT-BUDGET-INVALID": rule("ACT-BUDGET-INVALID", "error", "Actions", "budget"),
  "ACT-CURRENCY-MISSING": rule("ACT-CURRENCY-MISSING", "error", "Actions", "currency"),
  "ACT-CURRENCY-UNKNOWN": rule("ACT-CURRENCY-UNKNOWN", "error", "Actions", "currency"),
  "ACT-COMPLETED-FUTURE-DEADLINE": rule("ACT-COMPLETED-FUTURE-DEADLINE", "warning", "Actions", "deadline"),
  "ACT-DUPLICATE": rule("ACT-DUPLICATE", "warning", "Actions", "description"),
  "IND-ID-MISSING": rule("IND-ID-MISSING", "error", "Indicators", "indicatorId"),
  "IND-ID-DUPLICATE": rule("IND-ID-DUPLICATE", "error", "Indicators", "indicatorId"),
  "IND-ACTION-MISSING": rule("IND-ACTION-MISSING", "error", "Indicators", "actionId"),
  "IND-ACTION-UNKNOWN": rule("IND-ACTION-UNKNOWN", "error", "Indicators", "actionId"),
  "IND-NAME-MISSING": rule("IND-NAME-MISSING", "error", "Indicators", "name"),
  "IND-TYPE-MISSING": rule("IND-TYPE-MISSING", "error", "Indicators", "type"),
  "IND-TYPE-UNKNOWN": rule("IND-TYPE-UNKNOWN", "error", "Indicators", "type"),
  "IND-UNIT-MISSING": rule("IND-UNIT-MISSING", "error", "Indicators", "unit"),
  "IND-BASELINE-MISSING": rule("IND-BASELINE-MISSING", "warning", "Indicators", "baseline"),
  "IND-TARGET-MISSING": rule("IND-TARGET-MISSING", "error", "Indicators", "target"),
  "IND-VALUE-NOT-NUMERIC": rule("IND-VALUE-NOT-NUMERIC", "error", "Indicators", "baseline"),
  "IND-YEAR-MISSING": rule("IND-YEAR-MISSING", "error", "Indicators", "baselineYear"),
  "IND-YEAR-INVALID": rule("IND-YEAR-INVALID", "error", "Indicators", "baselineYear"),
  "IND-TARGET-YEAR-BEFORE-BASELINE": rule("IND-TARGET-YEAR-BEFORE-BASELINE", "error", "Indicators", "targetYear"),
  "IND-CURRENT-DATE-MISSING": rule("IND-CURRENT-DATE-MISSING", "error", "Indicators", "currentValueDate"),
  "IND-DATE-INVALID": rule("IND-DATE-INVALID", "error", "Indicators", "currentValueDate"),
  "IND-DATE-TEXT": rule("IND-DATE-TEXT", "warning", "Indicators", "currentValueDate"),
  "IND-SOURCE-MISSING": rule("IND-SOURCE-MISSING", "error", "Indicators", "dataSource"),
  "IND-FREQUENCY-MISSING": rule("IND-FREQUENCY-MISSING", "warning", "Indicators", "frequency"),
  "IND-FREQUENCY-UNKNOWN": rule("IND-FREQUENCY-UNKNOWN", "error", "Indicators", "frequency"),
  "IND-RESPONSIBLE-UNKNOWN": rule("IND-RESPONSIBLE-UNKNOWN", "warning", "Indicators", "responsible"),
  "COV-RECOMMENDATION-UNADDRESSED": rule("COV-RECOMMENDATION-UNADDRESSED", "warning", "Recommendations", "id"),
  "COV-CLUSTER-NO-LEAD": rule("COV-CLUSTER-NO-LEAD", "warning", "Clusters", "leadInstitution"),
};

/** What one check found in one row, before it is given a cell address and a message. */
export interface Issue {
  code: RuleCode;
  /** When the rule applies to several columns (dates, years), the one at fault. */
  column?: string;
  params?: Record<string, string | number>;
}
