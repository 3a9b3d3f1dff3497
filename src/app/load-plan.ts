import type { CellValue, Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { normalizeText } from "../model/ids";
import { tableDef, type TableName } from "../model/tables";
import { canonicalListValue, columnKeyByHeader, translatedVocabularyOf } from "../model/workbook-language";
import type { TableUpsert, WorkbookPort } from "../workbook/port";

/** An implementation plan as JSON: rows of the plan tables, keyed by column key or header; keys starting with _ are notes. */
export interface PlanFile {
  institutions?: unknown[];
  clusters?: unknown[];
  actions?: unknown[];
  indicators?: unknown[];
}

export type LoadPlanResult = Record<"institutions" | "clusters" | "actions" | "indicators", number>;

const SECTIONS: Record<keyof LoadPlanResult, TableName> = {
  institutions: "Institutions",
  clusters: "Clusters",
  actions: "Actions",
  indicators: "Indicators",
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date column gets a real date from an ISO day, as Excel stores a date someone types; any
 * other text stays text, exactly as a person might have left it.
 */
function cellFor(type: string, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (type === "date" && typeof value === "string" && ISO_DAY.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return value as CellValue;
}

function planRows(file: string, section: keyof LoadPlanResult, rows: unknown[]): Row[] {
  const def = tableDef(SECTIONS[section]);
  const columnByKey = new Map(def.columns.map((column) => [column.key.toLowerCase(), column]));
  const headers = columnKeyByHeader(def);
  // A column by its key, or by its header in any workbook language ("Plazo", "Échéance").
  const columnNamed = (name: string) => columnByKey.get(name.toLowerCase()) ?? columnByKey.get(headers.get(normalizeText(name))?.toLowerCase() ?? "");
  return rows.map((raw, index) => {
    const location = { file, section, row: index + 1 };
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      throw new UserFacingError("error.planBadRow", { ...location, problem: "expected an object of column: value" });
    }
    const row: Row = {};
    for (const [name, value] of Object.entries(raw)) {
      const column = columnNamed(name);
      if (!column) throw new UserFacingError("error.planUnknownColumn", { ...location, column: name, table: def.name });
      if (value !== null && !["string", "number", "boolean"].includes(typeof value)) {
        throw new UserFacingError("error.planBadRow", { ...location, problem: `"${name}" must be text, a number or true/false` });
      }
      const cell = cellFor(column.type, value);
      const vocabulary = translatedVocabularyOf(column);
      row[column.key] = vocabulary && typeof cell === "string" ? canonicalListValue(vocabulary, cell) : cell;
    }
    return row;
  });
}

/** Checks a parsed plan file whole, then writes its rows by ID in one write: nothing is written if any row is wrong. */
export async function loadPlan(port: WorkbookPort, plan: unknown, file: string): Promise<LoadPlanResult> {
  if (typeof plan !== "object" || plan === null || Array.isArray(plan)) {
    throw new UserFacingError("error.planNotJson", { file, reason: "expected an object with institutions, clusters, actions, indicators" });
  }
  const result: LoadPlanResult = { institutions: 0, clusters: 0, actions: 0, indicators: 0 };
  const upserts: TableUpsert[] = [];
  for (const [section, rows] of Object.entries(plan)) {
    if (section.startsWith("_")) continue; // "_comment" and the like: notes for the reader
    if (!(section in SECTIONS)) throw new UserFacingError("error.planUnknownTable", { file, section });
    if (!Array.isArray(rows)) throw new UserFacingError("error.planNotJson", { file, reason: `"${section}" must be a list of rows` });
    const key = section as keyof LoadPlanResult;
    upserts.push({ table: SECTIONS[key], rows: planRows(file, key, rows) });
    result[key] = rows.length;
  }
  await port.apply({ upserts });
  return result;
}
