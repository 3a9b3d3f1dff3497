import { cellText, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { EARLIEST_YEAR, LATEST_YEAR, isoDay, readDate, readNumber, readYear } from "./cell-readings";
import { lookupKey, type CheckContext } from "./check-context";
import type { Issue } from "./rules";

/** Units whose values are words, not numbers (compared after `normalizeText`). */
const QUALITATIVE_UNITS = new Set([
  "yes no", "y n", "si no", "oui non", "binary", "text", "qualitative", "descriptive", "narrative", "status", "category",
  "categorical", "texto", "cualitativo", "cualitativa", "descriptivo", "estado", "texte", "qualitatif", "qualitative",
  "descriptif", "statut", "categorie",
]);

/** Indicator types that measure a quantity and so need a unit (OHCHR, HR/PUB/12/5). */
const TYPES_NEEDING_UNIT = new Set(["process", "outcome"]);

const numericUnitCache = new Map<string, boolean>();

export function isNumericUnit(unit: string): boolean {
  let numeric = numericUnitCache.get(unit);
  if (numeric === undefined) {
    numeric = unitIsNumeric(unit);
    // Units are few ("%", "number", "Yes/No"...): remember them, within reason.
    if (numericUnitCache.size < 1000) numericUnitCache.set(unit, numeric);
  }
  return numeric;
}

function unitIsNumeric(unit: string): boolean {
  // "%" normalises to nothing, yet it is the most numeric unit of all.
  return unit.trim().length > 0 && !QUALITATIVE_UNITS.has(normalizeText(unit));
}

function checkIdentity(row: Row, context: CheckContext, issues: Issue[]): void {
  const id = cellText(row.indicatorId ?? null);
  if (!id) issues.push({ code: "IND-ID-MISSING" });
  else if (context.indicatorIdCount(lookupKey(id)) > 1) issues.push({ code: "IND-ID-DUPLICATE", params: { id } });
  const action = cellText(row.actionId ?? null);
  if (!action) issues.push({ code: "IND-ACTION-MISSING" });
  else if (context.actionIdCount(lookupKey(action)) === 0) issues.push({ code: "IND-ACTION-UNKNOWN", params: { id: action } });
  if (!cellText(row.name ?? null)) issues.push({ code: "IND-NAME-MISSING" });
}

function checkType(row: Row, context: CheckContext, issues: Issue[]): string | undefined {
  const type = cellText(row.type ?? null);
  if (!type) {
    issues.push({ code: "IND-TYPE-MISSING" });
    return undefined;
  }
  const canonical = context.indicatorTypes.canonicalOf(type);
  if (!canonical) issues.push({ code: "IND-TYPE-UNKNOWN", params: { value: type, allowed: context.indicatorTypes.describe() } });
  return canonical;
}

/** A baseline or a target: numeric when the unit is, and dated by its year. */
function checkMeasure(row: Row, valueKey: "baseline" | "target", yearKey: "baselineYear" | "targetYear", numeric: boolean, context: CheckContext, issues: Issue[]): number | undefined {
  const value = row[valueKey] ?? null;
  const text = cellText(value);
  const unit = cellText(row.unit ?? null);
  if (text && numeric && readNumber(value).kind === "invalid") {
    issues.push({ code: "IND-VALUE-NOT-NUMERIC", column: valueKey, params: { column: context.header("Indicators", valueKey), value: text, unit } });
  }
  const year = readYear(row[yearKey]);
  if (year.kind === "invalid") {
    issues.push({ code: "IND-YEAR-INVALID", column: yearKey, params: { column: context.header("Indicators", yearKey), value: year.text, earliest: EARLIEST_YEAR, latest: LATEST_YEAR } });
  } else if (year.kind === "blank" && text) {
    issues.push({ code: "IND-YEAR-MISSING", column: yearKey, params: { column: context.header("Indicators", yearKey), value: context.header("Indicators", valueKey).toLowerCase() } });
  }
  return year.kind === "value" ? year.value : undefined;
}

function checkValues(row: Row, type: string | undefined, context: CheckContext, issues: Issue[]): void {
  if (type && TYPES_NEEDING_UNIT.has(type.toLowerCase()) && !cellText(row.unit ?? null)) {
    issues.push({ code: "IND-UNIT-MISSING", params: { type: type.toLowerCase() } });
  }
  if (!cellText(row.baseline ?? null)) issues.push({ code: "IND-BASELINE-MISSING" });
  if (!cellText(row.target ?? null)) issues.push({ code: "IND-TARGET-MISSING" });
  const unit = cellText(row.unit ?? null);
  const numeric = isNumericUnit(unit);
  const baselineYear = checkMeasure(row, "baseline", "baselineYear", numeric, context, issues);
  const targetYear = checkMeasure(row, "target", "targetYear", numeric, context, issues);
  if (baselineYear !== undefined && targetYear !== undefined && targetYear < baselineYear) {
    issues.push({ code: "IND-TARGET-YEAR-BEFORE-BASELINE", params: { target: targetYear, baseline: baselineYear } });
  }
  const current = cellText(row.currentValue ?? null);
  if (current && numeric && readNumber(row.currentValue).kind === "invalid") {
    issues.push({ code: "IND-VALUE-NOT-NUMERIC", column: "currentValue", params: { column: context.header("Indicators", "currentValue"), value: current, unit } });
  }
  const date = readDate(row.currentValueDate);
  if (date.kind === "invalid") {
    issues.push({ code: "IND-DATE-INVALID", params: { column: context.header("Indicators", "currentValueDate"), value: date.text, earliest: EARLIEST_YEAR, latest: LATEST_YEAR } });
  } else if (date.kind === "value" && date.fromText) {
    issues.push({ code: "IND-DATE-TEXT", params: { column: context.header("Indicators", "currentValueDate"), value: cellText(row.currentValueDate ?? null), date: isoDay(date.value) } });
  } else if (date.kind === "blank" && current) {
    issues.push({ code: "IND-CURRENT-DATE-MISSING" });
  }
}

function checkReporting(row: Row, context: CheckContext, issues: Issue[]): void {
  if (!cellText(row.dataSource ?? null)) issues.push({ code: "IND-SOURCE-MISSING" });
  const frequency = cellText(row.frequency ?? null);
  if (!frequency) issues.push({ code: "IND-FREQUENCY-MISSING", params: { allowed: context.frequencies.describe() } });
  else if (!context.frequencies.has(frequency)) issues.push({ code: "IND-FREQUENCY-UNKNOWN", params: { value: frequency, allowed: context.frequencies.describe() } });
  const responsible = cellText(row.responsible ?? null);
  if (responsible && !context.institutions.has(responsible.toLowerCase())) issues.push({ code: "IND-RESPONSIBLE-UNKNOWN", params: { value: responsible } });
}

/** Every rule of the Indicators table for one row. */
export function checkIndicator(row: Row, context: CheckContext): Issue[] {
  const issues: Issue[] = [];
  checkIdentity(row, context, issues);
  const type = checkType(row, context, issues);
  checkValues(row, type, context, issues);
  checkReporting(row, context, issues);
  return issues;
}
