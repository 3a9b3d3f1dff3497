import type { Row } from "../../model/cells";
import type { IsoDay } from "./dates";

/**
 * The monitoring matrix as plain data: what the Monitoring Matrix sheet, the Dashboard, the
 * Word report and the CSV export all show. Nothing here knows about sheets or languages.
 */

/** The tables the matrix is built from, as rows keyed by column key (see `model/tables.ts`). */
export interface MatrixTables {
  recommendations: readonly Row[];
  clusters: readonly Row[];
  actions: readonly Row[];
  indicators: readonly Row[];
  institutions: readonly Row[];
  progress: readonly Row[];
}

/** Which recommendations the matrix covers; every criterion given must hold. */
export interface MatrixFilter {
  /** Mechanism code, e.g. "UPR", "CRC". */
  mechanism?: string;
  /** UPR cycle, or for other mechanisms the session number or the year. */
  cycle?: number;
  /** Cluster ID or name. */
  cluster?: string;
  /** Institution name or acronym: responsible for a recommendation, or lead or partner of one of its actions. */
  institution?: string;
  response?: string;
  status?: string;
}

/** One recommendation of a matrix row (a row holds one, or the members of an overlap group). */
export interface MatrixMember {
  id: string;
  mechanism: string;
  /** UPR cycle (1-4) where known. */
  cycle: number | null;
  cycleSession: string;
  year: number | null;
  documentSymbol: string;
  response: string;
  status: string;
  responsibleInstitutions: string[];
  assessment: string;
}

export interface MatrixAction {
  id: string;
  description: string;
  leadInstitution: string;
  partners: string[];
  start: IsoDay | null;
  deadline: IsoDay | null;
  status: string;
  progress: number | null;
  recommendationIds: string[];
  clusterId: string;
  /** Not completed or cancelled: it counts as addressing its recommendations. */
  active: boolean;
  /** Active and past its deadline. */
  overdue: boolean;
  /** Days past the deadline when overdue, days left when due within the look-ahead window; otherwise null. */
  daysOverdue: number | null;
  daysLeft: number | null;
}

export interface MatrixIndicator {
  id: string;
  actionId: string;
  name: string;
  type: string;
  unit: string;
  baseline: string;
  baselineYear: number | null;
  target: string;
  targetYear: number | null;
  currentValue: string;
  currentValueDate: IsoDay | null;
}

export interface MatrixProgressReport {
  id: string;
  subjectId: string;
  institution: string;
  period: string;
  text: string;
  submittedOn: IsoDay | null;
  reviewedOn: IsoDay | null;
  publishedOn: IsoDay | null;
  reviewStatus: string;
}

export interface MatrixRow {
  /** The IDs of every recommendation on the row, joined by "; ": how an edit finds its way back. */
  key: string;
  /** Representative first, then the other members in ID order. */
  members: MatrixMember[];
  recommendationIds: string[];
  representativeId: string;
  overlapGroup: string | null;
  /** The representative's text. */
  text: string;
  clusterId: string | null;
  recommendingStates: string[];
  responses: string[];
  sdgTargets: string[];
  affectedPersons: string[];
  /** Union over the members, in the order first met. */
  responsibleInstitutions: string[];
  /** Actions that name one of the row's recommendations. */
  actions: MatrixAction[];
  /** Indicators of those actions. */
  indicators: MatrixIndicator[];
  /** Earliest start to latest deadline of the row's actions. */
  timeline: { start: IsoDay | null; end: IsoDay | null };
  /** Distinct member statuses in vocabulary order (blank ones left out). */
  statuses: string[];
  /** Distinct non-blank member assessments. */
  assessments: string[];
  latestReport: MatrixProgressReport | null;
  /** No active action addresses the row's recommendations, directly or through their cluster. */
  gap: boolean;
  /** Active actions (direct or cluster-wide) that address the row. */
  activeActionCount: number;
  /** Overdue actions that name one of the row's recommendations (a cluster-wide one shows on its cluster's heading). */
  overdueActionCount: number;
}

export interface MatrixCounts {
  /** Recommendations (members) on the rows. */
  recommendations: number;
  rows: number;
  /** Distinct actions shown (direct and cluster-wide). */
  actions: number;
  /** Recommendations addressed by at least one active action. */
  withActions: number;
  implemented: number;
  gaps: number;
  overdueActions: number;
  /** withActions / recommendations, null when there are none. */
  shareWithActions: number | null;
  shareImplemented: number | null;
}

export interface MatrixCluster {
  /** Null for the recommendations not yet in any cluster. */
  id: string | null;
  name: string;
  leadInstitution: string;
  rows: MatrixRow[];
  /** Actions given the cluster as a whole (Actions.Cluster ID) rather than single recommendations. */
  clusterActions: MatrixAction[];
  counts: MatrixCounts;
}

export interface Matrix {
  today: IsoDay;
  /** The filter as applied, with values in their canonical spelling. */
  filter: MatrixFilter;
  clusters: MatrixCluster[];
  totals: MatrixCounts;
  /** Every distinct action shown, in ID order (for the dashboard's overdue and upcoming lists). */
  actions: MatrixAction[];
}

/** The implementation status counted as implemented in shares and highlighted as done. */
export const IMPLEMENTED_STATUS = "Implemented";
/** A cancelled action addresses nothing; like a completed one it is never overdue. */
export const CANCELLED_ACTION_STATUS = "Cancelled";

/** How far ahead the dashboard looks for deadlines. */
export const DEADLINE_WINDOW_DAYS = 90;
