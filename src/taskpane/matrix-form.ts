import type { FilterChoices } from "../core/matrix/matrix-filter";
import type { MatrixFilter } from "../core/matrix/matrix-model";

/** The Matrix page's filters, as the option lists hold them: "" means all. */
export const MATRIX_FILTERS = ["mechanism", "cycle", "cluster", "institution", "response", "status"] as const;
export type MatrixFilterName = (typeof MATRIX_FILTERS)[number];
export type MatrixSelection = Record<MatrixFilterName, string>;

export const NO_SELECTION: MatrixSelection = { mechanism: "", cycle: "", cluster: "", institution: "", response: "", status: "" };

export function filterFromSelection(selection: MatrixSelection): MatrixFilter {
  const filter: MatrixFilter = {};
  for (const name of MATRIX_FILTERS) {
    const value = selection[name];
    if (!value) continue;
    if (name === "cycle") filter.cycle = Number(value);
    else filter[name] = value;
  }
  return filter;
}

/** UPR cycles are 1, 2, 3...; other mechanisms are filtered by year. */
export function isUprCycle(value: number): boolean {
  return value < 100;
}

/** A selection keeps only values the workbook still offers (after an import or a regeneration). */
export function keepAvailable(selection: MatrixSelection, available: Record<MatrixFilterName, readonly string[]>): MatrixSelection {
  const kept = { ...selection };
  for (const name of MATRIX_FILTERS) if (kept[name] && !available[name].includes(kept[name])) kept[name] = "";
  return kept;
}

/** The option values each filter offers for the workbook's `choices`. */
export function choiceValues(choices: FilterChoices): Record<MatrixFilterName, string[]> {
  return {
    mechanism: choices.mechanisms,
    cycle: choices.cycles.map(String),
    cluster: choices.clusters.map((cluster) => cluster.id),
    institution: choices.institutions,
    response: choices.responses,
    status: choices.statuses,
  };
}
