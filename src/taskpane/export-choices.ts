import type { MatrixFilter } from "../core/matrix/matrix-model";
import type { Language } from "../model/vocabularies";

/** What the Export page produces. */
export type ExportKind = "report" | "impactoss" | "table" | "matrix";
export type TableFormat = "csv" | "xlsx";

/** The subset as the page's dropdowns hold it: "" means every recommendation. */
export interface SubsetChoices {
  mechanism: string;
  cycle: string;
  cluster: string;
  institution: string;
  response: string;
  status: string;
}

export const NO_SUBSET: SubsetChoices = { mechanism: "", cycle: "", cluster: "", institution: "", response: "", status: "" };

/** The matrix filter the dropdowns describe; choices left on "All" are not part of it. */
export function filterOf(choices: SubsetChoices): MatrixFilter {
  const filter: MatrixFilter = {};
  if (choices.mechanism) filter.mechanism = choices.mechanism;
  if (choices.cycle && Number.isInteger(Number(choices.cycle))) filter.cycle = Number(choices.cycle);
  if (choices.cluster) filter.cluster = choices.cluster;
  if (choices.institution) filter.institution = choices.institution;
  if (choices.response) filter.response = choices.response;
  if (choices.status) filter.status = choices.status;
  return filter;
}

/** A piece of a file name: lower case ASCII letters, digits and hyphens (accents dropped). */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** "upr-cycle-4": what a subset adds to a file name, so two exports of different subsets do not collide. */
function subsetPart(filter: MatrixFilter): string[] {
  return [
    filter.mechanism && slug(filter.mechanism),
    filter.cycle !== undefined && `cycle-${filter.cycle}`,
    filter.cluster && slug(filter.cluster),
    filter.institution && slug(filter.institution),
    filter.response && slug(filter.response),
    filter.status && slug(filter.status),
  ].filter((part): part is string => Boolean(part));
}

export interface FileNameRequest {
  kind: ExportKind;
  filter: MatrixFilter;
  language: Language;
  table: string;
  format: TableFormat;
}

/** The name a download gets: what it is, the subset, and for a report its language. */
export function exportFileName(request: FileNameRequest): string {
  switch (request.kind) {
    case "report":
      return `${["rights-matrix-report", ...subsetPart(request.filter), request.language].join("-")}.docx`;
    case "impactoss":
      return "impactoss.zip";
    case "table":
      return `${slug(request.table) || "table"}.${request.format}`;
    case "matrix":
      return `${["monitoring-matrix", ...subsetPart(request.filter)].join("-")}.${request.format}`;
  }
}

/** The files inside the IMPACT OSS .zip, named as the command line names them next to impactoss.csv. */
export function impactOssEntryName(entity: string): string {
  return `impactoss-${entity}.csv`;
}
