import { cellText, type Row } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { normalizeText, uprCycleFromSession } from "../../model/ids";
import { IMPLEMENTATION_STATUSES, MECHANISMS, RESPONSES } from "../../model/vocabularies";
import { canonicalListValue } from "../../model/workbook-language";
import { InstitutionNames } from "./institution-names";
import type { MatrixFilter, MatrixMember, MatrixRow, MatrixTables } from "./matrix-model";

/** The UPR cycle of a recommendation: from its ID (UPR4-...), or its Cycle/Session cell (a cycle 1-4 or a session number). */
export function uprCycle(row: Row): number | null {
  if (cellText(row.mechanism).toUpperCase() !== "UPR") return null;
  const fromId = /^UPR(\d)-/i.exec(cellText(row.id));
  if (fromId) return Number(fromId[1]);
  const number = /\d+/.exec(cellText(row.cycleSession));
  if (!number) return null;
  const value = Number(number[0]);
  if (value <= 4) return value >= 1 ? value : null;
  return uprCycleFromSession(value);
}

const known = (values: readonly string[]): string => values.join(", ");

function pick(value: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeText(value);
  return candidates.find((candidate) => normalizeText(candidate) === wanted);
}

/**
 * Checks a filter against the vocabularies and the workbook's own values, so a typo is an
 * error that says what exists rather than an empty matrix, and returns it in canonical spelling.
 */
export function resolveFilter(filter: MatrixFilter, tables: MatrixTables, label: string): MatrixFilter {
  const resolved: MatrixFilter = {};
  if (filter.mechanism !== undefined) {
    const codes = [...new Set([...MECHANISMS.map((m) => m.code), ...tables.recommendations.map((r) => cellText(r.mechanism)).filter(Boolean)])];
    const code = pick(filter.mechanism, codes);
    if (!code) throw new UserFacingError("matrix.filter.unknownMechanism", { file: label, value: filter.mechanism, known: known(MECHANISMS.map((m) => m.code)) });
    resolved.mechanism = code;
  }
  if (filter.cycle !== undefined) {
    if (!Number.isInteger(filter.cycle) || filter.cycle < 1) throw new UserFacingError("matrix.filter.badCycle", { value: String(filter.cycle) });
    resolved.cycle = filter.cycle;
  }
  if (filter.cluster !== undefined) {
    const wanted = normalizeText(filter.cluster);
    const fromTable = tables.clusters.find((c) => normalizeText(cellText(c.clusterId)) === wanted || normalizeText(cellText(c.name)) === wanted);
    const used = tables.recommendations.map((r) => cellText(r.cluster)).find((id) => id && normalizeText(id) === wanted);
    const id = fromTable ? cellText(fromTable.clusterId) : used;
    if (!id) {
      const ids = tables.clusters.map((c) => cellText(c.clusterId)).filter(Boolean);
      throw new UserFacingError("matrix.filter.unknownCluster", { file: label, value: filter.cluster, known: known(ids) || "-" });
    }
    resolved.cluster = id;
  }
  if (filter.institution !== undefined) {
    const names = new InstitutionNames(tables.institutions);
    const wanted = names.resolve(filter.institution);
    const everyName = new Set<string>([
      ...tables.institutions.map((row) => cellText(row.name)),
      ...tables.recommendations.flatMap((row) => names.resolveAll(row.responsibleInstitutions)),
      ...tables.actions.flatMap((row) => [...names.resolveAll(row.leadInstitution), ...names.resolveAll(row.partners)]),
    ]);
    const match = [...everyName].find((name) => normalizeText(name) === normalizeText(wanted));
    if (!match) throw new UserFacingError("matrix.filter.unknownInstitution", { file: label, value: filter.institution });
    resolved.institution = match;
  }
  if (filter.response !== undefined) {
    const response = pick(canonicalListValue("Responses", filter.response), RESPONSES);
    if (!response) throw new UserFacingError("matrix.filter.unknownResponse", { value: filter.response, known: known(RESPONSES) });
    resolved.response = response;
  }
  if (filter.status !== undefined) {
    const status = pick(canonicalListValue("ImplementationStatuses", filter.status), IMPLEMENTATION_STATUSES);
    if (!status) throw new UserFacingError("matrix.filter.unknownStatus", { value: filter.status, known: known(IMPLEMENTATION_STATUSES) });
    resolved.status = status;
  }
  return resolved;
}

export function isFilterEmpty(filter: MatrixFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

function memberMatches(member: MatrixMember, filter: MatrixFilter): boolean {
  if (filter.mechanism && normalizeText(member.mechanism) !== normalizeText(filter.mechanism)) return false;
  if (filter.response && normalizeText(member.response) !== normalizeText(filter.response)) return false;
  if (filter.status && normalizeText(member.status || IMPLEMENTATION_STATUSES[0]) !== normalizeText(filter.status)) return false;
  if (filter.cycle !== undefined) {
    const session = /\d+/.exec(member.cycleSession);
    const matches = member.cycle !== null ? member.cycle === filter.cycle : (session !== null && Number(session[0]) === filter.cycle) || member.year === filter.cycle;
    if (!matches) return false;
  }
  return true;
}

/**
 * A row is in the matrix when one of its recommendations meets every recommendation-level
 * criterion; an overlap group then shows whole, so the reader sees what else asks the same.
 */
export function rowMatches(row: MatrixRow, filter: MatrixFilter): boolean {
  if (filter.cluster && row.clusterId !== filter.cluster) return false;
  if (filter.institution) {
    const wanted = normalizeText(filter.institution);
    const involved = [...row.responsibleInstitutions, ...row.actions.flatMap((a) => [a.leadInstitution, ...a.partners])];
    if (!involved.some((name) => normalizeText(name) === wanted)) return false;
  }
  return row.members.some((member) => memberMatches(member, filter));
}

/** What each filter can be set to in this workbook: the task pane's Matrix page offers these. */
export interface FilterChoices {
  mechanisms: string[];
  /** UPR cycles, then other mechanisms' years. */
  cycles: number[];
  clusters: { id: string; name: string }[];
  institutions: string[];
  responses: string[];
  statuses: string[];
}

export function filterChoices(tables: MatrixTables): FilterChoices {
  const names = new InstitutionNames(tables.institutions);
  const present = (values: Iterable<string>) => [...new Set([...values].filter(Boolean))];
  const recommendations = tables.recommendations;
  const mechanisms = present(recommendations.map((row) => cellText(row.mechanism)));
  const uprCycles = present(recommendations.map((row) => String(uprCycle(row) ?? "")));
  const years = present(recommendations.filter((row) => cellText(row.mechanism).toUpperCase() !== "UPR").map((row) => cellText(row.year)));
  const clusterIds = present(recommendations.map((row) => cellText(row.cluster)));
  const listed = tables.clusters.filter((row) => cellText(row.clusterId)).map((row) => ({ id: cellText(row.clusterId), name: cellText(row.name) }));
  const unlisted = clusterIds.filter((id) => !listed.some((cluster) => normalizeText(cluster.id) === normalizeText(id))).map((id) => ({ id, name: "" }));
  const usedResponses = new Set(recommendations.map((row) => normalizeText(cellText(row.response))));
  const usedStatuses = new Set(recommendations.map((row) => normalizeText(cellText(row.status) || IMPLEMENTATION_STATUSES[0])));
  return {
    mechanisms: [...MECHANISMS.map((m) => m.code).filter((code) => mechanisms.some((used) => normalizeText(used) === normalizeText(code))), ...mechanisms.filter((used) => !MECHANISMS.some((m) => normalizeText(m.code) === normalizeText(used)))],
    cycles: [...uprCycles.map(Number).sort((a, b) => a - b), ...years.map(Number).filter(Number.isInteger).sort((a, b) => a - b)],
    clusters: [...listed, ...unlisted],
    institutions: present([
      ...tables.institutions.map((row) => cellText(row.name)),
      ...recommendations.flatMap((row) => names.resolveAll(row.responsibleInstitutions)),
      ...tables.actions.flatMap((row) => [...names.resolveAll(row.leadInstitution), ...names.resolveAll(row.partners)]),
    ]),
    responses: RESPONSES.filter((response) => usedResponses.has(normalizeText(response))),
    statuses: IMPLEMENTATION_STATUSES.filter((status) => usedStatuses.has(normalizeText(status))),
  };
}
