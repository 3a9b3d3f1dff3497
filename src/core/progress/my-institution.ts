import { cellText, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";
import { InstitutionNames } from "../matrix/institution-names";
import { reportingSchedule, type DueReport } from "./reporting-schedule";

/** An institution as the Institutions table knows it. */
export interface InstitutionRef {
  name: string;
  acronym: string;
}

/** The Institutions row a person means, typed as its name or its acronym, in any case or accent; null if none. */
export function findInstitution(institutions: readonly Row[], typed: string): InstitutionRef | null {
  const name = normalizeText(new InstitutionNames(institutions).resolve(typed));
  const row = institutions.find((candidate) => normalizeText(cellText(candidate.name)) === name && name !== "");
  return row ? { name: cellText(row.name), acronym: cellText(row.acronym) } : null;
}

/** The institutions a message can offer as known, "Name / ACRONYM". */
export function knownInstitutions(institutions: readonly Row[]): string[] {
  return institutions.map((row) => [cellText(row.name), cellText(row.acronym)].filter(Boolean).join(" / ")).filter(Boolean);
}

export interface MyInstitutionInput {
  institution: InstitutionRef;
  recommendations: readonly Row[];
  actions: readonly Row[];
  indicators: readonly Row[];
  progress: readonly Row[];
  institutions: readonly Row[];
  today: Date;
}

export interface MyInstitutionView {
  institution: InstitutionRef;
  /** Recommendations it is responsible for, or that one of its actions implements. */
  recommendations: Row[];
  /** Actions it leads or takes part in. */
  actions: Row[];
  /** Its reports not yet published: the ones it still has to write, correct or see through. */
  openReports: Row[];
  /** Its indicator reports overdue or due soon. */
  dueReports: DueReport[];
}

/**
 * A focal point's part of a shared workbook, so they fill only what is theirs.
 */
export function myInstitutionView(input: MyInstitutionInput): MyInstitutionView {
  const names = new InstitutionNames(input.institutions);
  const wanted = normalizeText(input.institution.name);
  const isMine = (value: CellValue | undefined) => names.resolveAll(value ?? null).some((name) => normalizeText(name) === wanted);
  const actions = input.actions.filter((action) => isMine(action.leadInstitution) || isMine(action.partners));
  const viaActions = new Set(actions.flatMap((action) => splitMultiValue(action.recommendationIds)));
  const recommendations = input.recommendations.filter((recommendation) => isMine(recommendation.responsibleInstitutions) || viaActions.has(cellText(recommendation.id)));
  const openReports = input.progress.filter((report) => isMine(report.institution) && cellText(report.reviewStatus).toLowerCase() !== "published");
  const dueReports = reportingSchedule(input).due.filter((item) => item.state !== "later" && normalizeText(item.institution) === wanted);
  return { institution: input.institution, recommendations, actions, openReports, dueReports };
}
