import { acceptSuggestions, parseAcceptedSuggestions } from "../../src/app/accept-suggestions";
import { suggestForWorkbook } from "../../src/app/suggest";
import { cellText, splitMultiValue, type Row } from "../../src/model/cells";
import { UserFacingError } from "../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { workbookWithRecommendations } from "../support/recommendations-workbook";

const ROWS: Row[] = [
  { id: "UPR3-XYZ-1.1", text: "Establish an independent national human rights institution" },
  { id: "UPR3-XYZ-1.2", text: "Set up a human rights commission in accordance with the Paris Principles", themes: "Institutions & policies", notes: "Discussed with the Ministry of Justice" },
  { id: "UPR3-XYZ-1.3", text: "Ratify the Optional Protocol to the Convention against Torture", cluster: "C-001" },
  { id: "UPR3-XYZ-1.4", text: "Ratify OP-CAT", sdgTargets: "16.3" },
  { id: "UPR3-XYZ-1.5", text: "Combat domestic violence and provide shelters for victims" },
  { id: "UPR3-XYZ-1.6", text: "Adopt a comprehensive law on violence against women, including domestic violence" },
  { id: "UPR3-XYZ-1.7", text: "Improve access to quality education for Roma children" },
];

async function fixture(): Promise<XlsxWorkbook> {
  const workbook = await workbookWithRecommendations(ROWS);
  await workbook.apply({ upserts: [{ table: "Clusters", rows: [{ clusterId: "C-001", name: "Torture prevention (set by hand)", confirmed: "Yes" }] }] });
  return workbook;
}

async function recommendations(workbook: XlsxWorkbook) {
  const tables = await workbook.readTables(["Recommendations", "Clusters"]);
  return { recs: new Map(tables.Recommendations!.rows.map((row) => [cellText(row.id), row])), clusters: tables.Clusters!.rows };
}

describe("suggestForWorkbook", () => {
  it("reads the recommendations and writes nothing", async () => {
    const workbook = await fixture();
    const before = await workbook.toBytes();
    const apply = jest.spyOn(workbook, "apply");
    const result = await suggestForWorkbook(workbook, { clusters: 3 });
    expect(apply).not.toHaveBeenCalled();
    expect(await workbook.toBytes()).toBe(before);
    // UPR3-XYZ-1.3 is in a cluster already: it stays out of the run unless asked for.
    const unclustered = ROWS.filter((row) => !row.cluster).map((row) => row.id);
    expect(result.recommendationCount).toBe(unclustered.length);
    expect(result.leftOutClustered).toBe(1);
    expect(result.clusters.flatMap((cluster) => cluster.recommendationIds).sort()).toEqual(unclustered.sort());
    // "Ratify OP-CAT" fits the hand-made torture cluster, which keeps its ID; new clusters start after it.
    expect(result.clusters[0]).toMatchObject({ id: "C-001", existing: true, recommendationIds: ["UPR3-XYZ-1.4"] });
    expect(result.clusters.slice(1).map((cluster) => cluster.id)).toEqual(result.clusters.slice(1).map((_, index) => `C-00${index + 2}`));
    const everything = await suggestForWorkbook(workbook, { clusters: 3, includeClustered: true });
    expect(everything.recommendationCount).toBe(ROWS.length);
  });

  it("refuses a workbook without recommendations, and a bad cluster count", async () => {
    const empty = await workbookWithRecommendations([]);
    await expect(suggestForWorkbook(empty)).rejects.toMatchObject({ key: "suggest.noRecommendations" });
    await expect(suggestForWorkbook(await fixture(), { clusters: 0 })).rejects.toMatchObject({ key: "suggest.badClusterCount" });
  });
});

describe("acceptSuggestions", () => {
  it("writes clusters, overlap groups, themes and targets in one change, keeping what people set", async () => {
    const workbook = await fixture();
    const suggestions = await suggestForWorkbook(workbook, { clusters: 3 });
    const apply = jest.spyOn(workbook, "apply");
    const result = await acceptSuggestions(workbook, suggestions, "suggestions");
    expect(apply).toHaveBeenCalledTimes(1);

    const reopened = await XlsxWorkbook.fromBytes(await workbook.toBytes(), "reopened.xlsx");
    const { recs, clusters } = await recommendations(reopened);
    // The cluster someone chose by hand stays, and receives the recommendation that fits it.
    expect(recs.get("UPR3-XYZ-1.3")!.cluster).toBe("C-001");
    expect(recs.get("UPR3-XYZ-1.4")!.cluster).toBe("C-001");
    expect(result.filled).toEqual([{ id: "C-001", suggestedId: "C-001", name: "Torture prevention (set by hand)", assigned: 1 }]);
    for (const [id, row] of recs) expect({ id, cluster: cellText(row.cluster) !== "" }).toEqual({ id, cluster: true });
    expect(clusters.map((row) => row.clusterId)).toEqual(["C-001", ...suggestions.clusters.filter((cluster) => !cluster.existing).map((cluster) => cluster.id)]);
    expect(clusters.find((row) => row.clusterId === "C-001")!.name).toBe("Torture prevention (set by hand)");
    // The NHRI recommendations share an overlap group.
    expect(recs.get("UPR3-XYZ-1.1")!.overlapGroup).toBeTruthy();
    expect(recs.get("UPR3-XYZ-1.1")!.overlapGroup).toBe(recs.get("UPR3-XYZ-1.2")!.overlapGroup);
    // Themes and targets are appended, never erased; notes untouched.
    const themes = splitMultiValue(recs.get("UPR3-XYZ-1.2")!.themes);
    expect(themes[0]).toBe("Institutions & policies");
    expect(themes).toContain("National Human Rights Institution (NHRI)");
    expect(splitMultiValue(recs.get("UPR3-XYZ-1.4")!.sdgTargets)[0]).toBe("16.3");
    expect(recs.get("UPR3-XYZ-1.2")!.notes).toBe("Discussed with the Ministry of Justice");
  });

  it("accepting twice adds nothing new", async () => {
    const workbook = await fixture();
    const suggestions = await suggestForWorkbook(workbook, { clusters: 3 });
    await acceptSuggestions(workbook, suggestions, "suggestions");
    const again = await acceptSuggestions(workbook, suggestions, "suggestions");
    expect(again).toMatchObject({ clustersAdded: 0, clusterAssigned: 0, overlapAssigned: 0, themed: 0, targeted: 0, added: [] });
    expect(again.notAdded.map((outcome) => outcome.suggestedId)).toEqual(suggestions.clusters.filter((cluster) => !cluster.existing).map((cluster) => cluster.id));
    // Suggesting again finds nothing left to cluster.
    await expect(suggestForWorkbook(workbook, { clusters: 3 })).rejects.toMatchObject({ key: "suggest.allClustered" });
  });

  it("checks everything before writing anything", async () => {
    const workbook = await fixture();
    const before = await workbook.toBytes();
    const attempt = acceptSuggestions(
      workbook,
      { clusters: [{ id: "C-009", name: "Good", recommendationIds: ["UPR3-XYZ-1.1"] }], sdgTargets: { "UPR3-XYZ-1.5": [{ target: "5.2" }, { target: "18.1" }] } },
      "edited.json",
    );
    await expect(attempt).rejects.toThrow(UserFacingError);
    await expect(attempt).rejects.toThrow('edited.json, sdgTargets["UPR3-XYZ-1.5"][1]: "18.1" is not one of the 169 SDG targets');
    expect(await workbook.toBytes()).toBe(before);
    await expect(acceptSuggestions(workbook, { overlaps: [{ kind: "direct", recommendationIds: ["UPR3-XYZ-1.1", "NOPE"] }] }, "edited.json")).rejects.toThrow("edited.json, overlaps[0].recommendationIds[1]: there is no recommendation with ID NOPE");
    await expect(
      acceptSuggestions(workbook, { clusters: [{ id: "A", name: "A", recommendationIds: ["UPR3-XYZ-1.1"] }, { id: "B", name: "B", recommendationIds: ["UPR3-XYZ-1.1"] }] }, "edited.json"),
    ).rejects.toMatchObject({ key: "accept.twiceInClusters" });
    expect(await workbook.toBytes()).toBe(before);
  });

  it("refuses to fill a cluster the workbook does not have", async () => {
    const workbook = await fixture();
    const before = await workbook.toBytes();
    await expect(acceptSuggestions(workbook, { clusters: [{ id: "C-042", name: "Gone", existing: true, recommendationIds: ["UPR3-XYZ-1.5"] }] }, "edited.json")).rejects.toThrow(
      "edited.json, clusters[0].id: fixture.xlsx has no cluster C-042",
    );
    expect(await workbook.toBytes()).toBe(before);
  });

  it("renames an accepted cluster whose ID was taken meanwhile", async () => {
    const workbook = await fixture();
    const result = await acceptSuggestions(workbook, { clusters: [{ id: "C-001", name: "Violence", recommendationIds: ["UPR3-XYZ-1.5"] }] }, "edited.json");
    expect(result.renamedIds).toEqual({ "C-001": "C-002" });
    const { recs } = await recommendations(workbook);
    expect(recs.get("UPR3-XYZ-1.5")!.cluster).toBe("C-002");
  });
});

describe("parseAcceptedSuggestions", () => {
  it("names the file and the place of a mistake", () => {
    expect(() => parseAcceptedSuggestions("{not json", "s.json")).toThrow(/^s\.json is not a suggestions file/);
    expect(() => parseAcceptedSuggestions('{"clusters":[{"id":"C-1","name":"x","recommendationIds":"A"}]}', "s.json")).toThrow("s.json, clusters[0].recommendationIds: expected a list of recommendation IDs");
    expect(() => parseAcceptedSuggestions('{"overlaps":[{"kind":"same","recommendationIds":[]}]}', "s.json")).toThrow("s.json, overlaps[0].kind");
    expect(() => parseAcceptedSuggestions('{"themes":{"A":[{"score":1}]}}', "s.json")).toThrow('s.json, themes["A"][0].theme: expected a text');
  });

  it("reads what suggest --json prints", async () => {
    const suggestions = await suggestForWorkbook(await fixture(), { clusters: 2 });
    const parsed = parseAcceptedSuggestions(JSON.stringify(suggestions), "s.json");
    expect(parsed.clusters!.map((cluster) => cluster.recommendationIds)).toEqual(suggestions.clusters.map((cluster) => cluster.recommendationIds));
    expect(Object.keys(parsed.themes!)).toEqual(Object.keys(suggestions.themes));
  });
});
