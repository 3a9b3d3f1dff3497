/**
 * What the My institution page needs from the app, gathered so the page loads it as one chunk
 * on demand (the reporting schedule brings the vocabularies, which the first screen does without).
 */
export { myInstitution } from "../app/focal-point-overview";
export { reviewProgressReport } from "../app/review-progress-report";
export { writeProgressReport } from "../app/write-progress-report";
export { DUE_SOON_DAYS } from "../core/progress/reporting-schedule";
export { allowedActions, reportTextCount, type ReviewStatus } from "../core/progress/review-workflow";
export { REVIEW_STATUSES } from "../model/vocabularies";
export { loadPlan } from "../app/load-plan";
