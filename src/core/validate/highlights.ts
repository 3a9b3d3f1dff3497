import { ACTIONS, CLUSTERS, INDICATORS, INSTITUTIONS, RECOMMENDATIONS, type TableDef, type VocabularyName } from "../../model/tables";
import { CANCELLED_ACTION_STATUS, COMPLETED_ACTION_STATUS, type Language } from "../../model/vocabularies";
import { sheetNameIn, workbookWord } from "../../model/workbook-language";
import { columnLetter, quoteSheetName, type ConditionalFormatPlan, type HighlightStyle } from "../../workbook/plan";
import { listRangeFor } from "../structure/lists-layout";
import { EARLIEST_YEAR, LATEST_YEAR } from "./cell-readings";

/**
 * The rules Excel formulas can express, as conditional formats over each table's data rows:
 * a cell turns red (error) or amber (warning) while it breaks a rule and clears itself when it
 * is fixed, for every co-author, with or without the add-in. Formulas are relative to the first
 * data row (row 2). Multi-valued cells (several recommendation IDs or partners) and likely
 * duplicates are left to the add-in, which explains them in its findings.
 */

const FIRST_DATA_ROW = 2;

class Refs {
  constructor(private readonly def: TableDef) {}
  letter(key: string): string {
    const index = this.def.columns.findIndex((column) => column.key === key);
    if (index < 0) throw new Error(`No column ${key} in ${this.def.name}`);
    return columnLetter(index + 1);
  }
  /** This row's cell of a column, e.g. $D2. */
  cell(key: string): string {
    return `$${this.letter(key)}${FIRST_DATA_ROW}`;
  }
  index(key: string): number {
    return this.def.columns.findIndex((column) => column.key === key);
  }
  /** True when anyone typed anything in the row (generated columns do not count). */
  rowHasContent(): string {
    const typed = this.def.columns.map((column, index) => (column.origin === "generated" ? -1 : index)).filter((index) => index >= 0);
    const first = columnLetter(Math.min(...typed) + 1);
    const last = columnLetter(Math.max(...typed) + 1);
    return `COUNTA($${first}${FIRST_DATA_ROW}:$${last}${FIRST_DATA_ROW})>0`;
  }
}

/** A whole column of another table, e.g. Institutions!$A:$A (Instituciones!$A:$A in Spanish), for COUNTIF lookups. */
function lookupColumn(def: TableDef, key: string, language: Language): string {
  const letter = columnLetter(def.columns.findIndex((column) => column.key === key) + 1);
  return `${quoteSheetName(sheetNameIn(language, def.name))}!$${letter}:$${letter}`;
}

function listColumn(vocabulary: VocabularyName, language: Language): string {
  const range = listRangeFor({ vocabulary }, language);
  const letter = columnLetter(range.column);
  return `${quoteSheetName(range.sheet)}!$${letter}:$${letter}`;
}

const filled = (cell: string) => `LEN(TRIM(${cell}))>0`;
const empty = (cell: string) => `LEN(TRIM(${cell}))=0`;
const notIn = (cell: string, column: string) => `COUNTIF(${column},TRIM(${cell}))=0`;
const text = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** A date cell holding text Excel cannot read as a date, or a number outside the plausible years. */
const badDate = (cell: string) =>
  `OR(AND(ISTEXT(${cell}),${filled(cell)},ISERROR(DATEVALUE(${cell}))),AND(ISNUMBER(${cell}),OR(${cell}<DATE(${EARLIEST_YEAR},1,1),${cell}>=DATE(${LATEST_YEAR + 1},1,1))))`;
const textInNumberCell = (cell: string) => `AND(ISTEXT(${cell}),${filled(cell)})`;

/** The commonest placeholders; the add-in knows more. Excel takes at most 255 characters in a formula here. */
const PLACEHOLDER_SPELLINGS = ["TBD", "TBC", "TBA", "N/A", "-", "?", "XXX", "TODO", "Por definir", "Pendiente", "À définir"];
const QUALITATIVE_UNIT_SPELLINGS = ["Yes/No", "Y/N", "Sí/No", "Oui/Non", "Text", "Qualitative", "Binary"];

function format(refs: Refs, key: string, formula: string, style: HighlightStyle): ConditionalFormatPlan {
  const column = refs.index(key);
  return { firstColumn: column, lastColumn: column, formula: `=${formula}`, style };
}

function actionHighlights(language: Language): ConditionalFormatPlan[] {
  const refs = new Refs(ACTIONS);
  const row = refs.rowHasContent();
  const [id, recommendations, cluster, description, lead, partners] = ["actionId", "recommendationIds", "clusterId", "description", "leadInstitution", "partners"].map((key) => refs.cell(key));
  const [start, deadline, budget, currency, status, progress, updated] = ["start", "deadline", "budget", "currency", "status", "progress", "lastUpdated"].map((key) => refs.cell(key));
  const institutions = lookupColumn(INSTITUTIONS, "name", language);
  const completed = `TRIM(${status})=${text(workbookWord(language, COMPLETED_ACTION_STATUS))}`;
  const placeholders = PLACEHOLDER_SPELLINGS.map((spelling) => `TRIM(${description})=${text(spelling)}`).join(",");
  const single = (cell: string) => `AND(${filled(cell)},ISERROR(SEARCH(";",${cell})))`;
  return [
    format(refs, "actionId", `AND(${row},OR(${empty(id)},COUNTIF(${lookupColumn(ACTIONS, "actionId", language)},TRIM(${id}))>1))`, "error"),
    format(refs, "description", `AND(${row},OR(${empty(description)},${placeholders}))`, "error"),
    format(refs, "recommendationIds", `AND(${row},${empty(recommendations)},${empty(cluster)})`, "error"),
    format(refs, "recommendationIds", `AND(${single(recommendations)},${notIn(recommendations, lookupColumn(RECOMMENDATIONS, "id", language))})`, "error"),
    format(refs, "clusterId", `AND(${filled(cluster)},${notIn(cluster, lookupColumn(CLUSTERS, "clusterId", language))})`, "error"),
    format(refs, "leadInstitution", `AND(${row},OR(${empty(lead)},${notIn(lead, institutions)}))`, "error"),
    format(refs, "partners", `AND(${single(partners)},${notIn(partners, institutions)})`, "warning"),
    format(refs, "start", badDate(start), "error"),
    format(refs, "deadline", `OR(AND(${row},LEN(${deadline})=0),${badDate(deadline)},AND(ISNUMBER(${start}),ISNUMBER(${deadline}),${deadline}<${start}))`, "error"),
    format(refs, "lastUpdated", badDate(updated), "error"),
    format(refs, "status", `AND(${filled(status)},${notIn(status, listColumn("ActionStatuses", language))})`, "error"),
    format(refs, "progress", `AND(${filled(progress)},IFERROR(OR(VALUE(${progress})<0,VALUE(${progress})>100,AND(VALUE(${progress})=100,NOT(${completed}))),TRUE))`, "error"),
    format(refs, "budget", `AND(${filled(budget)},IFERROR(VALUE(${budget})<0,TRUE))`, "error"),
    format(refs, "currency", `OR(AND(${filled(currency)},${notIn(currency, listColumn("Currencies", language))}),AND(${filled(budget)},${empty(currency)}))`, "error"),
    // Warnings come after the errors: where both apply, the error's colour wins.
    format(refs, "start", textInNumberCell(start), "warning"),
    format(refs, "deadline", `OR(${textInNumberCell(deadline)},AND(${completed},ISNUMBER(${deadline}),${deadline}>TODAY()))`, "warning"),
    format(refs, "lastUpdated", textInNumberCell(updated), "warning"),
    format(refs, "status", `AND(${row},${empty(status)})`, "warning"),
    format(refs, "progress", `OR(${textInNumberCell(progress)},AND(${completed},ISNUMBER(${progress}),${progress}<100))`, "warning"),
    format(refs, "budget", textInNumberCell(budget), "warning"),
    // The rating Rights Matrix writes: green when the action meets all five criteria.
    format(refs, "smart", `LEFT(TRIM(${refs.cell("smart")}),3)="5/5"`, "done"),
  ];
}

function indicatorHighlights(language: Language): ConditionalFormatPlan[] {
  const refs = new Refs(INDICATORS);
  const row = refs.rowHasContent();
  const [id, action, name, type, unit, baseline, baselineYear, target, targetYear] = ["indicatorId", "actionId", "name", "type", "unit", "baseline", "baselineYear", "target", "targetYear"].map((key) => refs.cell(key));
  const [current, currentDate, source, frequency, responsible] = ["currentValue", "currentValueDate", "dataSource", "frequency", "responsible"].map((key) => refs.cell(key));
  const numericUnit = `AND(${filled(unit)},NOT(OR(${QUALITATIVE_UNIT_SPELLINGS.map((spelling) => `TRIM(${unit})=${text(spelling)}`).join(",")})))`;
  const notNumeric = (cell: string) => `AND(${filled(cell)},${numericUnit},ISERROR(VALUE(${cell})))`;
  const badYear = (cell: string) => `AND(${filled(cell)},IFERROR(OR(VALUE(${cell})<>INT(VALUE(${cell})),VALUE(${cell})<${EARLIEST_YEAR},VALUE(${cell})>${LATEST_YEAR}),TRUE))`;
  const yearMissing = (value: string, year: string) => `AND(${filled(value)},${empty(year)})`;
  return [
    format(refs, "indicatorId", `AND(${row},OR(${empty(id)},COUNTIF(${lookupColumn(INDICATORS, "indicatorId", language)},TRIM(${id}))>1))`, "error"),
    format(refs, "actionId", `AND(${row},OR(${empty(action)},${notIn(action, lookupColumn(ACTIONS, "actionId", language))}))`, "error"),
    format(refs, "name", `AND(${row},${empty(name)})`, "error"),
    format(refs, "type", `AND(${row},OR(${empty(type)},${notIn(type, listColumn("IndicatorTypes", language))}))`, "error"),
    format(refs, "unit", `AND(OR(TRIM(${type})=${text(workbookWord(language, "Process"))},TRIM(${type})=${text(workbookWord(language, "Outcome"))}),${empty(unit)})`, "error"),
    format(refs, "baseline", notNumeric(baseline), "error"),
    format(refs, "baselineYear", `OR(${badYear(baselineYear)},${yearMissing(baseline, baselineYear)})`, "error"),
    format(refs, "target", `OR(AND(${row},${empty(target)}),${notNumeric(target)})`, "error"),
    format(refs, "targetYear", `OR(${badYear(targetYear)},${yearMissing(target, targetYear)},IFERROR(AND(${filled(baselineYear)},${filled(targetYear)},VALUE(${targetYear})<VALUE(${baselineYear})),FALSE))`, "error"),
    format(refs, "currentValue", notNumeric(current), "error"),
    format(refs, "currentValueDate", `OR(AND(${filled(current)},LEN(${currentDate})=0),${badDate(currentDate)})`, "error"),
    format(refs, "dataSource", `AND(${row},${empty(source)})`, "error"),
    format(refs, "frequency", `AND(${filled(frequency)},${notIn(frequency, listColumn("Frequencies", language))})`, "error"),
    format(refs, "baseline", `AND(${row},${empty(baseline)})`, "warning"),
    format(refs, "currentValueDate", textInNumberCell(currentDate), "warning"),
    format(refs, "frequency", `AND(${row},${empty(frequency)})`, "warning"),
    format(refs, "responsible", `AND(${filled(responsible)},${notIn(responsible, lookupColumn(INSTITUTIONS, "name", language))})`, "warning"),
  ];
}

/** The gap list: a recommendation no action names, directly or through its cluster. */
function recommendationHighlights(language: Language): ConditionalFormatPlan[] {
  const refs = new Refs(RECOMMENDATIONS);
  const [id, cluster] = [refs.cell("id"), refs.cell("cluster")];
  const actionRecommendations = lookupColumn(ACTIONS, "recommendationIds", language);
  const live = `${lookupColumn(ACTIONS, "status", language)},"<>${workbookWord(language, CANCELLED_ACTION_STATUS)}"`;
  // "*ID" and "*ID;*" find the ID at the end of a list or before a separator, never inside a longer ID.
  const named = `COUNTIFS(${actionRecommendations},"*"&${id},${live})+COUNTIFS(${actionRecommendations},"*"&${id}&";*",${live})`;
  const viaCluster = `AND(${filled(cluster)},COUNTIFS(${lookupColumn(ACTIONS, "clusterId", language)},${cluster},${live})>0)`;
  return [format(refs, "id", `AND(${filled(id)},${named}=0,NOT(${viaCluster}))`, "gap")];
}

function clusterHighlights(): ConditionalFormatPlan[] {
  const refs = new Refs(CLUSTERS);
  return [format(refs, "leadInstitution", `AND(${filled(refs.cell("clusterId"))},${empty(refs.cell("leadInstitution"))})`, "warning")];
}

/** The conditional formats a table's sheet carries in a workbook in `language`; none for tables without rules. */
export function validationHighlights(def: TableDef, language: Language = "en"): ConditionalFormatPlan[] {
  switch (def.name) {
    case "Actions":
      return actionHighlights(language);
    case "Indicators":
      return indicatorHighlights(language);
    case "Recommendations":
      return recommendationHighlights(language);
    case "Clusters":
      return clusterHighlights();
    default:
      return [];
  }
}
