import { acceptSuggestions, clusterOutcomeLines } from "../../src/app/accept-suggestions";
import { suggestForWorkbook, type WorkbookSuggestions } from "../../src/app/suggest";
import { cellText } from "../../src/model/cells";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { sloveniaDemoWorkbook } from "../support/demo-workbook";

const SECRETARIAT_CLUSTERS = ["Violence against women and domestic violence", "Roma inclusion", "National human rights institution"];

/** The demo workbook, made once and reopened fresh for each test from its bytes. */
let demoBytes: Uint8Array;
let firstRun: WorkbookSuggestions;
const freshDemo = () => XlsxWorkbook.fromBytes(demoBytes, "slovenia-demo.xlsx");

beforeAll(async () => {
  demoBytes = await (await sloveniaDemoWorkbook()).toBytes();
  firstRun = await suggestForWorkbook(await freshDemo());
}, 240_000);

async function clusterColumn(workbook: XlsxWorkbook): Promise<Map<string, string>> {
  const tables = await workbook.readTables(["Recommendations"]);
  return new Map(tables.Recommendations!.rows.map((row) => [cellText(row.id), cellText(row.cluster)]));
}

describe("cluster names on the demo data", () => {
  it("names every proposed cluster after a theme or concept most of its members share, and says how many", () => {
    const created = firstRun.clusters.filter((cluster) => !cluster.existing);
    expect(created.length).toBeGreaterThanOrEqual(5);
    for (const cluster of created) {
      const size = cluster.recommendationIds.length;
      if (!cluster.shared) {
        // Nothing shared by most: the name says so rather than borrowing a minority's theme.
        expect({ id: cluster.id, name: cluster.name }).toEqual({ id: cluster.id, name: expect.stringMatching(/^Other recommendations/) });
        continue;
      }
      expect({ id: cluster.id, name: cluster.name }).toEqual({ id: cluster.id, name: expect.stringContaining(cluster.shared.label) });
      if (cluster.shared.kind === "theme") {
        // Counted here from each member's own suggested themes, not taken from the engine's word.
        const label = cluster.shared.label;
        const sharing = cluster.recommendationIds.filter((id) => firstRun.themes[id].some((theme) => theme.theme === label || theme.theme.startsWith(`${label}: `))).length;
        expect(sharing).toBe(cluster.shared.count);
      }
      expect({ id: cluster.id, name: cluster.name, majority: cluster.shared.count * 2 > size }).toEqual({ id: cluster.id, name: cluster.name, majority: true });
      expect(cluster.reason).toContain(`${cluster.shared.count} of ${size} recommendations`);
      expect(cluster.reason).not.toMatch(/similarity|centre/i);
    }
    // The names of the issue: never "Migrants" over ratifications, never a theme a few members have.
    const migrants = created.find((cluster) => cluster.name === "Migrants");
    if (migrants) expect(migrants.shared!.count * 2).toBeGreaterThan(migrants.recommendationIds.length);
  });
});

describe("the workbook's own clusters", () => {
  it("receive the recommendations that fit them, with a reason each, and no new cluster is proposed beside them", () => {
    const filled = firstRun.clusters.filter((cluster) => cluster.existing);
    expect(filled.map((cluster) => cluster.name).sort()).toEqual([...SECRETARIAT_CLUSTERS].sort());
    expect(filled.map((cluster) => cluster.id).sort()).toEqual(["C-001", "C-002", "C-003"]);
    for (const cluster of filled) {
      expect(cluster.recommendationIds.length).toBeGreaterThanOrEqual(5);
      for (const id of cluster.recommendationIds) expect(cluster.fits?.[id]).toMatch(new RegExp(`“${cluster.name}”`));
    }
    const created = firstRun.clusters.filter((cluster) => !cluster.existing);
    for (const cluster of created) {
      expect(cluster.name).not.toMatch(/violence against women|domestic violence|^Roma|national human rights institution|NHRI/i);
      expect(cluster.id).toMatch(/^C-\d{3}$/);
    }
    // New clusters are numbered after the workbook's, without gaps.
    expect(created.map((cluster) => cluster.id)).toEqual(created.map((_, index) => `C-${String(4 + index).padStart(3, "0")}`));
    // Every recommendation is proposed exactly once.
    const all = firstRun.clusters.flatMap((cluster) => cluster.recommendationIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(firstRun.recommendationCount);
  });
});

describe("accepting part of the suggestions, then suggesting again", () => {
  it("writes exactly what was accepted, numbered without gaps, and the next run proposes no duplicates", async () => {
    const workbook = await freshDemo();
    const created = firstRun.clusters.filter((cluster) => !cluster.existing);
    const filled = firstRun.clusters.filter((cluster) => cluster.existing);
    // Accept the first and third secretariat fills and every other new cluster.
    const acceptedNew = created.filter((_, index) => index % 2 === 0);
    const accepted = [filled[0], ...acceptedNew];
    const result = await acceptSuggestions(workbook, { clusters: accepted }, "review");
    expect(result.added.map((outcome) => outcome.id)).toEqual(acceptedNew.map((_, index) => `C-${String(4 + index).padStart(3, "0")}`));
    expect(result.added.map((outcome) => outcome.suggestedId)).toEqual(acceptedNew.map((cluster) => cluster.id));
    expect(result.added.map((outcome) => outcome.name)).toEqual(acceptedNew.map((cluster) => cluster.name));
    expect(result.filled).toEqual([{ id: filled[0].id, suggestedId: filled[0].id, name: filled[0].name, assigned: filled[0].recommendationIds.length }]);
    expect(result.clustersAdded).toBe(acceptedNew.length);
    const lines = clusterOutcomeLines(result, "en");
    expect(lines[0]).toMatch(/^New clusters: C-004 /);
    expect(lines[0]).toContain(`(${acceptedNew[1].recommendationIds.length}; suggested as ${acceptedNew[1].id})`);
    expect(lines[1]).toBe(`Recommendations placed in your clusters: ${filled[0].id} ${filled[0].name} (${filled[0].recommendationIds.length}).`);

    const clusters = await clusterColumn(workbook);
    for (const id of filled[0].recommendationIds) expect(clusters.get(id)).toBe(filled[0].id);
    const tables = await workbook.readTables(["Clusters"]);
    expect(tables.Clusters!.rows.map((row) => row.clusterId)).toEqual(["C-001", "C-002", "C-003", ...result.added.map((outcome) => outcome.id)]);

    // Again: the recommendations now in a cluster stay out; the rest are proposed once.
    const second = await suggestForWorkbook(workbook);
    const clustered = [...clusters.values()].filter((cluster) => cluster !== "").length;
    expect(second.leftOutClustered).toBe(clustered);
    expect(second.recommendationCount).toBe(firstRun.recommendationCount - clustered);
    const proposed = second.clusters.flatMap((cluster) => cluster.recommendationIds);
    for (const id of proposed) expect({ id, cluster: clusters.get(id) }).toEqual({ id, cluster: "" });
    const written = new Set(["C-001", "C-002", "C-003", ...result.added.map((outcome) => outcome.id)]);
    for (const cluster of second.clusters) {
      if (cluster.existing) expect(written.has(cluster.id)).toBe(true);
      else expect(written.has(cluster.id)).toBe(false);
    }
    const writtenNames = new Set([...SECRETARIAT_CLUSTERS, ...acceptedNew.map((cluster) => cluster.name)].map((name) => name.toLowerCase()));
    for (const cluster of second.clusters.filter((candidate) => !candidate.existing)) expect(writtenNames.has(cluster.name.toLowerCase())).toBe(false);
    const nextNew = second.clusters.filter((cluster) => !cluster.existing);
    expect(nextNew[0]?.id).toBe(`C-${String(4 + acceptedNew.length).padStart(3, "0")}`);

    // Accepting everything of the second run writes the rest; a third run has nothing left to cluster.
    const third = await acceptSuggestions(workbook, second, "review");
    expect(third.notAdded).toEqual([]);
    await expect(suggestForWorkbook(workbook)).rejects.toMatchObject({ key: "suggest.allClustered" });
    // Unless asked: then every recommendation is analysed again, and accepting changes no cluster someone has.
    const again = await suggestForWorkbook(workbook, { includeClustered: true });
    expect(again.recommendationCount).toBe(firstRun.recommendationCount);
    expect(again.leftOutClustered).toBe(0);
    const before = await clusterColumn(workbook);
    const repeat = await acceptSuggestions(workbook, again, "review");
    expect(repeat.added).toEqual([]);
    expect(repeat.notAdded.length).toBe(again.clusters.filter((cluster) => !cluster.existing).length);
    expect(await clusterColumn(workbook)).toEqual(before);
  });
});
