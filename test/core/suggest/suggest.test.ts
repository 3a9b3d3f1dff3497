import { suggest } from "../../../src/core/suggest/suggest";
import type { RecommendationText, Suggestions } from "../../../src/core/suggest/types";
import { UserFacingError } from "../../../src/model/i18n/messages";
import { SDG_TARGETS, UHRI_THEMES } from "../../../src/model/vocabularies";

/** Six ways UPR, CEDAW and CRC recommendations ask for the same national human rights institution. */
const NHRI_RECOMMENDATIONS: RecommendationText[] = [
  { id: "UPR3-XYZ-101.1", text: "Establish an independent national human rights institution" },
  { id: "UPR3-XYZ-101.2", text: "Set up a human rights commission in accordance with the Paris Principles" },
  { id: "UPR3-XYZ-101.3", text: "Consider establishing a national institution for human rights that is fully compliant with the Paris Principles" },
  { id: "CEDAW-XYZ-2022-12", text: "Establecer una institución nacional de derechos humanos independiente, de conformidad con los Principios de París" },
  { id: "CRC-XYZ-2021-10", text: "Créer une institution nationale des droits de l'homme conforme aux Principes de Paris, dotée d'un mandat pour les droits de l'enfant" },
  { id: "UPR4-XYZ-99.7", text: "Expedite the creation of an NHRI in line with the Paris Principles" },
];

const OTHER_RECOMMENDATIONS: RecommendationText[] = [
  { id: "UPR3-XYZ-102.1", text: "Ratify the Optional Protocol to the Convention against Torture" },
  { id: "UPR3-XYZ-102.2", text: "Consider ratifying OP-CAT" },
  { id: "UPR3-XYZ-103.1", text: "Strengthen measures to combat domestic violence and provide shelters for victims" },
  { id: "UPR3-XYZ-103.2", text: "Adopt a comprehensive law on violence against women, including domestic violence" },
  { id: "UPR3-XYZ-104.1", text: "Improve access to quality education for children in rural areas" },
  { id: "UPR3-XYZ-104.2", text: "Ensure that all children with disabilities have access to inclusive education" },
  { id: "UPR3-XYZ-105.1", text: "Combat trafficking in persons, in particular women and children, and prosecute perpetrators" },
  { id: "UPR3-XYZ-105.2", text: "Reduce overcrowding in prisons and improve conditions of detention" },
  { id: "UPR3-XYZ-106.1", text: "Guarantee access to safe drinking water and sanitation for Roma settlements" },
  { id: "UPR3-XYZ-106.2", text: "" },
];

const ALL = [...NHRI_RECOMMENDATIONS, ...OTHER_RECOMMENDATIONS];

function clusterCounts(result: Suggestions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cluster of result.clusters) for (const id of cluster.recommendationIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe("overlap groups", () => {
  it("puts the NHRI recommendations, however phrased and in whatever language, in one overlap group", async () => {
    const result = await suggest(ALL);
    const groups = result.overlaps.filter((group) => group.recommendationIds.some((id) => NHRI_RECOMMENDATIONS.some((rec) => rec.id === id)));
    expect(groups).toHaveLength(1);
    expect([...groups[0].recommendationIds].sort()).toEqual(NHRI_RECOMMENDATIONS.map((rec) => rec.id).sort());
    expect(groups[0].kind).toBe("direct");
    expect(groups[0].sharedConcepts).toContain("nhri");
    expect(groups[0].reason).toMatch(/Paris Principles/);
  });

  it("groups an instrument named by its acronym with its full name", async () => {
    const result = await suggest(ALL);
    const group = result.overlaps.find((candidate) => candidate.recommendationIds.includes("UPR3-XYZ-102.1"));
    expect(group?.recommendationIds).toEqual(["UPR3-XYZ-102.1", "UPR3-XYZ-102.2"]);
    expect(group?.reason).toMatch(/OP-CAT/);
  });

  it("marks as partial a recommendation that asks for more than another", async () => {
    const result = await suggest([
      { id: "A", text: "Ratify the Convention on the Rights of Persons with Disabilities" },
      { id: "B", text: "Ratify the CRPD" },
      { id: "C", text: "Ratify the CRPD and the International Convention for the Protection of All Persons from Enforced Disappearance" },
      { id: "D", text: "Promote the use of bicycles in cities" },
    ]);
    const group = result.overlaps.find((candidate) => candidate.recommendationIds.includes("A"));
    expect(group?.recommendationIds).toEqual(["A", "B", "C"]);
    expect(group?.kind).toBe("partial");
    expect(result.overlaps.some((candidate) => candidate.recommendationIds.includes("D"))).toBe(false);
  });

  it("does not group recommendations that only share common words", async () => {
    const result = await suggest([
      { id: "A", text: "Strengthen measures to protect the rights of persons with disabilities" },
      { id: "B", text: "Strengthen measures to protect the rights of journalists" },
    ]);
    expect(result.overlaps).toEqual([]);
  });
});

describe("clusters", () => {
  it.each([undefined, 1, 3, 7, 50])("covers every recommendation exactly once (clusters: %p)", async (clusters) => {
    const result = await suggest(ALL, { clusters });
    const counts = clusterCounts(result);
    expect([...counts.keys()].sort()).toEqual(ALL.map((rec) => rec.id).sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    if (clusters !== undefined) expect(result.clusters.length).toBeLessThanOrEqual(Math.min(clusters, ALL.length));
  });

  it("keeps each overlap group inside one cluster and lists it there", async () => {
    const result = await suggest(ALL, { clusters: 4 });
    for (const group of result.overlaps) {
      const holders = result.clusters.filter((cluster) => group.recommendationIds.some((id) => cluster.recommendationIds.includes(id)));
      expect(holders).toHaveLength(1);
      expect(holders[0].overlapGroupIds).toContain(group.id);
    }
  });

  it("gives distinct names and sequential IDs", async () => {
    const result = await suggest(ALL, { clusters: 5, firstClusterNumber: 4 });
    expect(new Set(result.clusters.map((cluster) => cluster.name)).size).toBe(result.clusters.length);
    expect(result.clusters.map((cluster) => cluster.id)).toEqual(result.clusters.map((_, index) => `C-${String(index + 4).padStart(3, "0")}`));
  });

  it("gives the same suggestions for the same input", async () => {
    expect(await suggest(ALL, { clusters: 4 })).toEqual(await suggest(ALL, { clusters: 4 }));
  });
});

describe("themes, SDG targets and reasons", () => {
  it("suggests known UHRI themes and SDG targets with scores and a reason on every suggestion", async () => {
    const result = await suggest(ALL);
    const targets = new Set(SDG_TARGETS.map((target) => target.target));
    for (const rec of ALL) {
      for (const theme of result.themes[rec.id]) {
        expect(UHRI_THEMES).toContain(theme.theme);
        expect(theme.score).toBeGreaterThan(0);
        expect(theme.score).toBeLessThanOrEqual(1);
        expect(theme.reason.length).toBeGreaterThan(5);
      }
      for (const target of result.sdgTargets[rec.id]) {
        expect(targets.has(target.target)).toBe(true);
        expect(target.reason.length).toBeGreaterThan(5);
      }
    }
    for (const item of [...result.clusters, ...result.overlaps]) expect(item.reason.length).toBeGreaterThan(10);
  });

  it("suggests the themes and targets a reader would expect", async () => {
    const result = await suggest(ALL);
    expect(result.themes["UPR3-XYZ-101.2"][0].theme).toBe("National Human Rights Institution (NHRI)");
    expect(result.sdgTargets["UPR3-XYZ-101.2"].map((target) => target.target)).toContain("16.a");
    expect(result.themes["UPR3-XYZ-103.1"].map((theme) => theme.theme)).toContain("Domestic violence");
    expect(result.sdgTargets["UPR3-XYZ-103.1"].map((target) => target.target)).toContain("5.2");
    expect(result.themes["UPR3-XYZ-104.1"].map((theme) => theme.theme)).toContain("Right to education");
    expect(result.sdgTargets["UPR3-XYZ-106.1"].map((target) => target.target)).toEqual(expect.arrayContaining(["6.1"]));
    expect(result.themes["UPR3-XYZ-106.2"]).toEqual([]);
  });

  it("writes reasons in the language asked for", async () => {
    const result = await suggest(ALL, { language: "es" });
    expect(result.overlaps[0].reason).toMatch(/Similitud/);
    const nhri = result.overlaps.find((group) => group.sharedConcepts.includes("nhri"))!;
    expect(nhri.reason).toMatch(/institución nacional de derechos humanos/);
    expect(result.clusters[0].reason).toMatch(/recomendaciones/);
  });
});

describe("progress and cancelling", () => {
  it("reports progress up to the end, never going back", async () => {
    const fractions: number[] = [];
    await suggest(ALL, { onProgress: (_stage, fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((fraction, index) => index === 0 || fraction >= fractions[index - 1])).toBe(true);
  });

  it("stops with a clear error when cancelled", async () => {
    const controller = new AbortController();
    const running = suggest(ALL, { signal: controller.signal, onProgress: (stage) => stage === "themes" && controller.abort() });
    await expect(running).rejects.toThrow(UserFacingError);
    await expect(running).rejects.toMatchObject({ key: "suggest.cancelled" });
  });
});
