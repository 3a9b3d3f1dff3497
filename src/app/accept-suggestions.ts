import { cellText, joinMultiValue, splitMultiValue, type Row } from "../model/cells";
import { UserFacingError } from "../model/i18n/messages";
import { nextSequentialId } from "../model/ids";
import { columnDef } from "../model/tables";
import { SDG_TARGETS } from "../model/vocabularies";
import { canonicalTheme } from "../core/suggest/themes";
import type { WorkbookPort } from "../workbook/port";

/** What a person accepted: the suggestions they kept, possibly renamed, moved or trimmed. */
export interface AcceptedSuggestions {
  /** `existing`: the workbook's own cluster, to which the recommendations are added (no new row). */
  clusters?: { id: string; name: string; recommendationIds: string[]; reason?: string; existing?: boolean }[];
  overlaps?: { id?: string; kind: "direct" | "partial"; recommendationIds: string[] }[];
  themes?: Record<string, { theme: string }[]>;
  sdgTargets?: Record<string, { target: string }[]>;
}

export type { AcceptResult, ClusterOutcome } from "./accept-outcome";
import type { AcceptResult, ClusterOutcome } from "./accept-outcome";
export { clusterOutcomeLines } from "./accept-outcome";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a suggestions file (the output of `suggest --json`, perhaps edited by hand), checking
 * its shape and naming the exact place of anything wrong.
 */
export function parseAcceptedSuggestions(text: string, file: string): AcceptedSuggestions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserFacingError("accept.notJson", { file, detail: error instanceof Error ? error.message : String(error) });
  }
  const bad = (path: string, expected: string) => new UserFacingError("accept.badField", { file, path, expected });
  if (!isObject(data)) throw bad("(top level)", "an object with clusters, overlaps, themes, sdgTargets");
  const stringList = (value: unknown, path: string): string[] => {
    if (!Array.isArray(value)) throw bad(path, "a list of recommendation IDs");
    return value.map((item, index) => {
      if (typeof item !== "string" || item.trim() === "") throw bad(`${path}[${index}]`, "a recommendation ID (text)");
      return item.trim();
    });
  };
  const list = (key: string): unknown[] => {
    const value = data[key as keyof typeof data];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw bad(key, "a list");
    return value;
  };
  const text_ = (value: unknown, path: string): string => {
    if (typeof value !== "string" || value.trim() === "") throw bad(path, "a text");
    return value.trim();
  };
  const clusters = list("clusters").map((cluster, index) => {
    const path = `clusters[${index}]`;
    if (!isObject(cluster)) throw bad(path, "an object with id, name, recommendationIds");
    return {
      id: text_(cluster.id, `${path}.id`),
      name: text_(cluster.name, `${path}.name`),
      recommendationIds: stringList(cluster.recommendationIds, `${path}.recommendationIds`),
      reason: typeof cluster.reason === "string" ? cluster.reason : undefined,
      existing: cluster.existing === true,
    };
  });
  const overlaps = list("overlaps").map((group, index) => {
    const path = `overlaps[${index}]`;
    if (!isObject(group)) throw bad(path, "an object with kind, recommendationIds");
    if (group.kind !== "direct" && group.kind !== "partial") throw bad(`${path}.kind`, "\"direct\" or \"partial\"");
    return {
      id: typeof group.id === "string" && group.id.trim() ? group.id.trim() : undefined,
      kind: group.kind as "direct" | "partial",
      recommendationIds: stringList(group.recommendationIds, `${path}.recommendationIds`),
    };
  });
  const perRecommendation = <Key extends string>(key: string, field: Key): Record<string, Record<Key, string>[]> => {
    const value = data[key as keyof typeof data];
    if (value === undefined) return {};
    if (!isObject(value)) throw bad(key, "an object keyed by recommendation ID");
    const result: Record<string, Record<Key, string>[]> = {};
    for (const [id, entries] of Object.entries(value)) {
      if (!Array.isArray(entries)) throw bad(`${key}["${id}"]`, `a list of {"${field}": ...}`);
      result[id] = entries.map((entry, index) => {
        if (!isObject(entry)) throw bad(`${key}["${id}"][${index}]`, `an object with "${field}"`);
        return { [field]: text_(entry[field], `${key}["${id}"][${index}].${field}`) } as Record<Key, string>;
      });
    }
    return result;
  };
  return { clusters, overlaps, themes: perRecommendation("themes", "theme"), sdgTargets: perRecommendation("sdgTargets", "target") };
}

/** Adds values to a multi-valued cell, keeping everything already there. */
function appendValues(existing: string, additions: readonly string[], same: (a: string, b: string) => boolean): string {
  const current = splitMultiValue(existing);
  const fresh = additions.filter((value) => !current.some((present) => same(present, value)));
  return fresh.length === 0 ? existing : joinMultiValue([...current, ...fresh]);
}

/**
 * Writes what a person accepted, in one change: new rows in Clusters; Cluster and Overlap group
 * on recommendations that have none (a value someone set is kept); themes and SDG targets
 * appended to what the cells hold. Everything is checked before anything is written.
 */
export async function acceptSuggestions(port: WorkbookPort, accepted: AcceptedSuggestions, source: string): Promise<AcceptResult> {
  const tables = await port.readTables(["Recommendations", "Clusters"]);
  const recommendations = tables.Recommendations;
  if (!recommendations) throw new UserFacingError("suggest.noRecommendationsTable", { workbook: port.label });
  const rowsById = new Map<string, Row>(recommendations.rows.map((row) => [cellText(row.id), row]));
  const known = (id: string, path: string) => {
    if (!rowsById.has(id)) throw new UserFacingError("accept.unknownRecommendation", { file: source, path, id, workbook: port.label });
  };

  // Check everything first.
  const inCluster = new Map<string, string>();
  (accepted.clusters ?? []).forEach((cluster, index) =>
    cluster.recommendationIds.forEach((id, position) => {
      const path = `clusters[${index}].recommendationIds[${position}]`;
      known(id, path);
      if (inCluster.has(id)) throw new UserFacingError("accept.twiceInClusters", { file: source, path, id });
      inCluster.set(id, cluster.id);
    }),
  );
  (accepted.overlaps ?? []).forEach((group, index) => group.recommendationIds.forEach((id, position) => known(id, `overlaps[${index}].recommendationIds[${position}]`)));
  const validTargets = new Set(SDG_TARGETS.map((target) => target.target));
  for (const [id, themes] of Object.entries(accepted.themes ?? {})) {
    known(id, `themes["${id}"]`);
    themes.forEach(({ theme }, index) => {
      if (theme.includes(";")) throw new UserFacingError("accept.badValue", { file: source, path: `themes["${id}"][${index}]`, value: theme, column: columnDef("Recommendations", "themes").header });
    });
  }
  for (const [id, targets] of Object.entries(accepted.sdgTargets ?? {})) {
    known(id, `sdgTargets["${id}"]`);
    targets.forEach(({ target }, index) => {
      if (!validTargets.has(target)) throw new UserFacingError("accept.unknownTarget", { file: source, path: `sdgTargets["${id}"][${index}]`, target });
    });
  }

  // New clusters take the next free numbers, in the order accepted, so the workbook's clusters
  // are numbered without gaps whatever was rejected; a workbook cluster keeps its own ID.
  const renamedIds: Record<string, string> = {};
  const clusterIds = new Set((tables.Clusters?.rows ?? []).map((row) => cellText(row.clusterId)).filter((id) => id !== ""));
  const clusterRows: Row[] = [];
  const clusterIdOf = new Map<string, string>();
  const added: ClusterOutcome[] = [];
  const filled: ClusterOutcome[] = [];
  const notAdded: ClusterOutcome[] = [];
  (accepted.clusters ?? []).forEach((cluster, index) => {
    // Only empty Cluster cells are filled: a cluster all of whose recommendations have one would stay empty.
    const assigned = cluster.recommendationIds.filter((id) => cellText(rowsById.get(id)?.cluster ?? null) === "").length;
    if (cluster.existing) {
      if (!clusterIds.has(cluster.id)) throw new UserFacingError("accept.unknownCluster", { file: source, path: `clusters[${index}].id`, id: cluster.id, workbook: port.label });
      clusterIdOf.set(cluster.id, cluster.id);
      if (assigned > 0) filled.push({ id: cluster.id, suggestedId: cluster.id, name: cluster.name, assigned });
      return;
    }
    if (assigned === 0) {
      notAdded.push({ id: cluster.id, suggestedId: cluster.id, name: cluster.name, assigned });
      return;
    }
    const id = nextSequentialId("C", clusterIds);
    if (id !== cluster.id) renamedIds[cluster.id] = id;
    clusterIds.add(id);
    clusterIdOf.set(cluster.id, id);
    clusterRows.push({ clusterId: id, name: cluster.name, description: cluster.reason ?? null, confirmed: "Yes" });
    added.push({ id, suggestedId: cluster.id, name: cluster.name, assigned });
  });
  const overlapIds = new Set(recommendations.rows.flatMap((row) => splitMultiValue(row.overlapGroup)));
  const overlapOf = new Map<string, string>();
  for (const group of accepted.overlaps ?? []) {
    const wanted = group.id && !overlapIds.has(group.id) ? group.id : nextSequentialId("OG", overlapIds);
    if (group.id && wanted !== group.id) renamedIds[group.id] = wanted;
    overlapIds.add(wanted);
    for (const id of group.recommendationIds) if (!overlapOf.has(id)) overlapOf.set(id, wanted);
  }

  const result: AcceptResult = { clustersAdded: clusterRows.length, added, filled, notAdded, clusterAssigned: 0, clusterKept: 0, overlapAssigned: 0, overlapKept: 0, themed: 0, targeted: 0, renamedIds };
  const updates: Row[] = [];
  for (const [id, row] of rowsById) {
    const update: Row = { id, cluster: row.cluster ?? null, overlapGroup: row.overlapGroup ?? null, themes: row.themes ?? null, sdgTargets: row.sdgTargets ?? null };
    let changed = false;
    const cluster = inCluster.get(id);
    if (cluster !== undefined && clusterIdOf.has(cluster)) {
      if (cellText(row.cluster) === "") {
        update.cluster = clusterIdOf.get(cluster)!;
        result.clusterAssigned++;
        changed = true;
      } else result.clusterKept++;
    } else if (cluster !== undefined) result.clusterKept++;
    const overlap = overlapOf.get(id);
    if (overlap !== undefined) {
      if (cellText(row.overlapGroup) === "") {
        update.overlapGroup = overlap;
        result.overlapAssigned++;
        changed = true;
      } else result.overlapKept++;
    }
    const themes = (accepted.themes?.[id] ?? []).map(({ theme }) => theme);
    const newThemes = appendValues(cellText(row.themes), themes, (a, b) => canonicalTheme(a) === canonicalTheme(b));
    if (newThemes !== cellText(row.themes)) {
      update.themes = newThemes;
      result.themed++;
      changed = true;
    }
    const targets = (accepted.sdgTargets?.[id] ?? []).map(({ target }) => target);
    const newTargets = appendValues(cellText(row.sdgTargets), targets, (a, b) => a === b);
    if (newTargets !== cellText(row.sdgTargets)) {
      update.sdgTargets = newTargets;
      result.targeted++;
      changed = true;
    }
    if (changed) updates.push(update);
  }

  const upserts = [];
  if (clusterRows.length > 0) upserts.push({ table: "Clusters" as const, rows: clusterRows });
  if (updates.length > 0) upserts.push({ table: "Recommendations" as const, rows: updates, columns: ["cluster", "overlapGroup", "themes", "sdgTargets"] });
  if (upserts.length > 0) await port.apply({ upserts });
  return result;
}

