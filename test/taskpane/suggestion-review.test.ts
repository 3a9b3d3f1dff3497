import type { Suggestions } from "../../src/core/suggest/types";
import {
  acceptAll,
  acceptedSuggestions,
  clusterOf,
  decideCluster,
  decideLabel,
  decideOverlap,
  mergeClusters,
  moveRecommendation,
  nothingAccepted,
  overlapsInCluster,
  renameCluster,
  remainingAfterWrite,
  reviewCounts,
  reviewFinished,
  sharedNow,
  splitCluster,
  startReview,
  type SuggestionReview,
} from "../../src/taskpane/suggestion-review";

const ALL = ["R1", "R2", "R3", "R4", "R5", "R6"];

const SUGGESTIONS: Suggestions = {
  clusters: [
    { id: "C-002", name: "National human rights institution", recommendationIds: ["R1", "R2"], reason: "2 recommendations on the NHRI", overlapGroupIds: ["OG-001"], themes: [], terms: [] },
    { id: "C-003", name: "Torture prevention", recommendationIds: ["R3", "R4"], reason: "2 recommendations on OP-CAT", overlapGroupIds: ["OG-002"], themes: [], terms: [] },
    { id: "C-004", name: "Violence against women", recommendationIds: ["R5", "R6"], reason: "2 recommendations on violence", overlapGroupIds: [], themes: [], terms: [] },
  ],
  overlaps: [
    { id: "OG-001", kind: "direct", recommendationIds: ["R1", "R2"], reason: "Same ask: NHRI", similarity: 0.9, sharedConcepts: [] },
    { id: "OG-002", kind: "partial", recommendationIds: ["R3", "R4"], reason: "Overlapping asks: OP-CAT", similarity: 0.6, sharedConcepts: [] },
  ],
  themes: {
    R1: [{ theme: "National Human Rights Institution", score: 0.9, reason: "Mentions NHRI" }, { theme: "Institutions & policies", score: 0.4, reason: "words" }],
    R3: [{ theme: "Torture and other cruel, inhuman or degrading treatment", score: 0.8, reason: "Mentions OP-CAT" }],
  },
  sdgTargets: { R1: [{ target: "16.a", score: 0.7, reason: "Mentions NHRI" }], R5: [{ target: "5.2", score: 0.6, reason: "violence" }] },
};

/** The invariant every operation keeps: each recommendation in exactly one cluster, none lost or added, no empty cluster. */
function expectEachInExactlyOneCluster(review: SuggestionReview): void {
  const placed = review.clusters.flatMap((cluster) => cluster.recommendationIds);
  expect([...placed].sort()).toEqual(ALL);
  expect(new Set(placed).size).toBe(placed.length);
  for (const cluster of review.clusters) expect(cluster.recommendationIds.length).toBeGreaterThan(0);
}

describe("suggestion review", () => {
  it("starts with every suggestion pending and nothing to write", () => {
    const review = startReview(SUGGESTIONS);
    expectEachInExactlyOneCluster(review);
    expect(reviewCounts(review)).toEqual({
      clusters: { accepted: 0, rejected: 0, pending: 3 },
      overlaps: { accepted: 0, rejected: 0, pending: 2 },
      themes: { accepted: 0, rejected: 0, pending: 3 },
      sdgTargets: { accepted: 0, rejected: 0, pending: 2 },
    });
    expect(nothingAccepted(review)).toBe(true);
    expect(acceptedSuggestions(review)).toEqual({ clusters: [], overlaps: [], themes: {}, sdgTargets: {} });
  });

  it("does not change the suggestions it started from", () => {
    const suggestions = structuredClone(SUGGESTIONS);
    const review = startReview(suggestions);
    moveRecommendation(review, "R1", "C-003");
    mergeClusters(review, "C-002", "C-004");
    expect(suggestions).toEqual(SUGGESTIONS);
  });

  it("renames a cluster, refusing a blank name", () => {
    const review = renameCluster(startReview(SUGGESTIONS), "C-003", "  Prevention of torture (OP-CAT) ");
    expect(review.clusters[1].name).toBe("Prevention of torture (OP-CAT)");
    expect(renameCluster(review, "C-003", "   ")).toBe(review);
    expect(() => renameCluster(review, "C-999", "x")).toThrow("No cluster C-999");
    expectEachInExactlyOneCluster(review);
  });

  it("moves a recommendation to another cluster, and drops a cluster it leaves empty", () => {
    let review = moveRecommendation(startReview(SUGGESTIONS), "R2", "C-004");
    expect(clusterOf(review, "R2").id).toBe("C-004");
    expect(review.clusters.find((cluster) => cluster.id === "C-002")!.recommendationIds).toEqual(["R1"]);
    expectEachInExactlyOneCluster(review);
    expect(moveRecommendation(review, "R2", "C-004")).toBe(review);
    review = moveRecommendation(review, "R1", "C-003");
    expect(review.clusters.map((cluster) => cluster.id)).toEqual(["C-003", "C-004"]);
    expectEachInExactlyOneCluster(review);
    expect(() => moveRecommendation(review, "R9", "C-003")).toThrow("R9 is in no cluster");
    expect(() => moveRecommendation(review, "R1", "C-002")).toThrow("No cluster C-002");
  });

  it("merges two clusters into the first, which keeps its name and decision", () => {
    const start = decideCluster(startReview(SUGGESTIONS), "C-002", "accepted");
    const review = mergeClusters(start, "C-002", "C-004");
    expect(review.clusters.map((cluster) => cluster.id)).toEqual(["C-002", "C-003"]);
    expect(review.clusters[0]).toMatchObject({ name: "National human rights institution", decision: "accepted", recommendationIds: ["R1", "R2", "R5", "R6"] });
    expect(mergeClusters(review, "C-002", "C-002")).toBe(review);
    expectEachInExactlyOneCluster(review);
  });

  it("splits selected recommendations into a new, accepted cluster with the next free ID", () => {
    const { review, newClusterId } = splitCluster(startReview(SUGGESTIONS), "C-004", ["R6"], "Domestic violence");
    expect(newClusterId).toBe("C-005");
    expect(review.clusters.map((cluster) => cluster.id)).toEqual(["C-002", "C-003", "C-004", "C-005"]);
    expect(review.clusters[3]).toEqual({ id: "C-005", name: "Domestic violence", reason: "", recommendationIds: ["R6"], decision: "accepted", existing: false, fits: {}, suggestedSize: 0 });
    expect(review.clusters[2].recommendationIds).toEqual(["R5"]);
    expectEachInExactlyOneCluster(review);
    expect(() => splitCluster(review, "C-003", ["R3", "R4"], "All")).toThrow("not none or all");
    expect(() => splitCluster(review, "C-003", [], "None")).toThrow("not none or all");
    expect(() => splitCluster(review, "C-003", ["R1"], "Foreign")).toThrow("R1 is not in cluster C-003");
    expect(() => splitCluster(review, "C-003", ["R3"], " ")).toThrow("needs a name");
  });

  it("accepts and rejects clusters, overlap groups, themes and SDG targets one by one", () => {
    let review = startReview(SUGGESTIONS);
    review = decideCluster(review, "C-003", "accepted");
    review = decideCluster(review, "C-004", "rejected");
    review = decideOverlap(review, "OG-002", "accepted");
    review = decideLabel(review, "themes", "R1", "National Human Rights Institution", "accepted");
    review = decideLabel(review, "themes", "R1", "Institutions & policies", "rejected");
    review = decideLabel(review, "sdgTargets", "R5", "5.2", "accepted");
    expect(() => decideLabel(review, "sdgTargets", "R5", "1.1", "accepted")).toThrow("No suggested sdgTargets 1.1 for R5");
    expect(() => decideOverlap(review, "OG-404", "accepted")).toThrow("No overlap group OG-404");
    expect(acceptedSuggestions(review)).toEqual({
      clusters: [{ id: "C-003", name: "Torture prevention", recommendationIds: ["R3", "R4"], reason: "2 recommendations on OP-CAT", existing: false }],
      overlaps: [{ id: "OG-002", kind: "partial", recommendationIds: ["R3", "R4"] }],
      themes: { R1: [{ theme: "National Human Rights Institution" }] },
      sdgTargets: { R5: [{ target: "5.2" }] },
    });
    expect(nothingAccepted(review)).toBe(false);
    expectEachInExactlyOneCluster(review);
  });

  it("accept all accepts what is pending and keeps what was rejected", () => {
    let review = startReview(SUGGESTIONS);
    review = decideOverlap(review, "OG-001", "rejected");
    review = decideLabel(review, "themes", "R1", "Institutions & policies", "rejected");
    review = renameCluster(review, "C-002", "NHRI");
    review = moveRecommendation(review, "R4", "C-004");
    review = acceptAll(review);
    expect(reviewCounts(review)).toEqual({
      clusters: { accepted: 3, rejected: 0, pending: 0 },
      overlaps: { accepted: 1, rejected: 1, pending: 0 },
      themes: { accepted: 2, rejected: 1, pending: 0 },
      sdgTargets: { accepted: 2, rejected: 0, pending: 0 },
    });
    const accepted = acceptedSuggestions(review);
    expect(accepted.clusters!.map((cluster) => [cluster.id, cluster.name, cluster.recommendationIds])).toEqual([
      ["C-002", "NHRI", ["R1", "R2"]],
      ["C-003", "Torture prevention", ["R3"]],
      ["C-004", "Violence against women", ["R5", "R6", "R4"]],
    ]);
    expect(accepted.overlaps!.map((group) => group.id)).toEqual(["OG-002"]);
    expect(accepted.themes).toEqual({ R1: [{ theme: "National Human Rights Institution" }], R3: [{ theme: "Torture and other cruel, inhuman or degrading treatment" }] });
    // Every recommendation is in exactly one accepted cluster.
    expect(accepted.clusters!.flatMap((cluster) => cluster.recommendationIds).sort()).toEqual(ALL);
  });

  it("lists the overlap groups with a member in a cluster, following moves", () => {
    let review = startReview(SUGGESTIONS);
    expect(overlapsInCluster(review, "C-002").map((group) => group.id)).toEqual(["OG-001"]);
    expect(overlapsInCluster(review, "C-004")).toEqual([]);
    review = moveRecommendation(review, "R3", "C-004");
    expect(overlapsInCluster(review, "C-004").map((group) => group.id)).toEqual(["OG-002"]);
    expect(overlapsInCluster(review, "C-003").map((group) => group.id)).toEqual(["OG-002"]);
  });

  it("keeps every recommendation in exactly one cluster through a long sequence of edits", () => {
    let review = startReview(SUGGESTIONS);
    const steps: ((current: SuggestionReview) => SuggestionReview)[] = [
      (current) => moveRecommendation(current, "R1", "C-004"),
      (current) => splitCluster(current, "C-004", ["R5", "R1"], "Split").review,
      (current) => mergeClusters(current, "C-003", "C-002"),
      (current) => moveRecommendation(current, "R6", "C-005"),
      (current) => splitCluster(current, "C-003", ["R2"], "Alone").review,
      (current) => mergeClusters(current, "C-005", "C-003"),
    ];
    for (const step of steps) {
      review = step(review);
      expectEachInExactlyOneCluster(review);
    }
    expect(review.clusters.map((cluster) => [cluster.id, [...cluster.recommendationIds].sort()])).toEqual([
      ["C-006", ["R2"]],
      ["C-005", ["R1", "R3", "R4", "R5", "R6"]],
    ]);
  });
});

describe("after a write", () => {
  it("keeps what was not accepted, and renumbers the new clusters to follow the written ones without gaps", () => {
    let review = startReview({
      ...SUGGESTIONS,
      clusters: [{ id: "C-001", name: "Yours", existing: true, fits: { R6: "Fits" }, recommendationIds: ["R6"], reason: "", overlapGroupIds: [], themes: [], terms: [] }, ...SUGGESTIONS.clusters.map((cluster) => (cluster.id === "C-004" ? { ...cluster, recommendationIds: ["R5"] } : cluster))],
    });
    expect(renameCluster(review, "C-001", "Renamed")).toBe(review);
    review = decideCluster(review, "C-003", "accepted");
    review = decideOverlap(review, "OG-001", "accepted");
    review = decideLabel(review, "themes", "R1", "Institutions & policies", "rejected");
    review = decideLabel(review, "sdgTargets", "R1", "16.a", "accepted");
    expect(acceptedSuggestions(review).clusters).toEqual([{ id: "C-003", name: "Torture prevention", recommendationIds: ["R3", "R4"], reason: "2 recommendations on OP-CAT", existing: false }]);
    // C-003 was written as C-002 (the workbook had C-001): the rest continue from C-003.
    const left = remainingAfterWrite(review, 3);
    expect(left.clusters.map((cluster) => [cluster.id, cluster.name])).toEqual([
      ["C-001", "Yours"],
      ["C-003", "National human rights institution"],
      ["C-004", "Violence against women"],
    ]);
    expect(left.overlaps.map((group) => group.id)).toEqual(["OG-002"]);
    expect(left.themes.R1.map((label) => [label.value, label.decision])).toEqual([
      ["National Human Rights Institution", "pending"],
      ["Institutions & policies", "rejected"],
    ]);
    expect(left.sdgTargets.R1).toBeUndefined();
    expect(reviewFinished(left)).toBe(false);
    expect(reviewFinished(remainingAfterWrite(acceptAll(startReview(SUGGESTIONS)), 5))).toBe(true);
  });

  it("recounts what a cluster's members share after a move", () => {
    let review = startReview({ ...SUGGESTIONS, clusters: SUGGESTIONS.clusters.map((cluster) => ({ ...cluster, shared: { kind: "theme" as const, label: "Torture", count: 2 } })) });
    const themes = { R3: ["Torture"], R4: ["Torture"], R5: ["Violence"] };
    expect(sharedNow(review.clusters[1], themes)).toEqual({ kind: "theme", label: "Torture", count: 2 });
    review = moveRecommendation(review, "R5", "C-003");
    // 2 of 3 still share it.
    expect(sharedNow(review.clusters.find((cluster) => cluster.id === "C-003")!, themes)).toEqual({ kind: "theme", label: "Torture", count: 2 });
    review = moveRecommendation(review, "R3", "C-004");
    expect(sharedNow(review.clusters.find((cluster) => cluster.id === "C-003")!, themes)).toBeUndefined();
  });
});
