import { cellText, splitMultiValue, type CellValue, type Row } from "../../model/cells";
import { reportingSchedule, sameInstitution, type DueReport } from "./reporting-schedule";

/** An institution as the Institutions table knows it. */
export interface InstitutionRef {
  name: string;
  acronym: string;
}

/** The Institutions row a person means, typed as its name or its acronym; null if none. */
export function findInstitution(institutions: readonly Row[], typed: string): InstitutionRef | null {
  const refs = institutions.map((row) => ({ name: cellText(row.name), acronym: cellText(row.acronym) })).filter((ref) => ref.name);
  return (
    refs.find((ref) => sameInstitution(ref.name, typed)) ?? refs.find((ref) => ref.acronym && sameInstitution(ref.acronym, typed)) ?? null
  );
}

/** Whether a cell naming one or more institutions (by name or acronym) names this one. */
export function namesInstitution(value: CellValue | undefined, institution: InstitutionRef): boolean {
  return splitMultiValue(value ?? null).some(
    (name) => sameInstitution(name, institution.name) || (institution.acronym !== "" && sameInstitution(name, institution.acronym)),
  );
}

export interface MyInstitutionInput {
  institution: InstitutionRef;
  recommendations: readonly Row[];
  actions: readonly Row[];
  indicators: readonly Row[];
  progress: readonly Row[];
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
  const { institution } = input;
  const actions = input.actions.filter((action) => namesInstitution(action.leadInstitution, institution) || namesInstitution(action.partners, institution));
  const viaActions = new Set(actions.flatMap((action) => splitMultiValue(action.recommendationIds)));
  const recommendations = input.recommendations.filter(
    (recommendation) => namesInstitution(recommendation.responsibleInstitutions, institution) || viaActions.has(cellText(recommendation.id)),
  );
  const openReports = input.progress.filter(
    (report) => namesInstitution(report.institution, institution) && cellText(report.reviewStatus).toLowerCase() !== "published",
  );
  const schedule = reportingSchedule({ indicators: input.indicators, actions: input.actions, progress: input.progress, today: input.today });
  const dueReports = schedule.due.filter(
    (item) => item.state !== "later" && (sameInstitution(item.institution, institution.name) || (institution.acronym !== "" && sameInstitution(item.institution, institution.acronym))),
  );
  return { institution, recommendations, actions, openReports, dueReports };
}
