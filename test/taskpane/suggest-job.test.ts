import { runSuggestJob } from "../../src/taskpane/suggest-job";
import type { SuggestReply } from "../../src/taskpane/suggest-worker-protocol";
import { replyError } from "../../src/taskpane/worker-protocol";
import { UserFacingError } from "../../src/model/i18n/messages";

const RECOMMENDATIONS = [
  { id: "UPR3-XYZ-1.1", text: "Establish an independent national human rights institution" },
  { id: "UPR3-XYZ-1.2", text: "Set up a human rights commission in accordance with the Paris Principles" },
  { id: "UPR3-XYZ-1.3", text: "Ratify the Optional Protocol to the Convention against Torture" },
  { id: "UPR3-XYZ-1.4", text: "Ratify OP-CAT" },
  { id: "UPR3-XYZ-1.5", text: "Combat domestic violence and provide shelters for victims" },
].map((recommendation) => ({ ...recommendation, states: "", themes: "", cluster: "" }));
const INPUT = { existingClusters: [], leftOutClustered: 0 };

describe("the suggestion worker's job", () => {
  it("reports progress up to 1, then the suggestions, which survive structured cloning", async () => {
    const replies: SuggestReply[] = [];
    await runSuggestJob({ input: { ...INPUT, recommendations: RECOMMENDATIONS, firstClusterNumber: 4, firstOverlapNumber: 2 }, clusters: 2, language: "fr" }, (reply) => replies.push(structuredClone(reply)));
    const progress = replies.filter((reply) => reply.type === "progress");
    expect(progress.length).toBeGreaterThan(2);
    const fractions = progress.map((reply) => (reply.type === "progress" ? reply.progress.fraction : -1));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    const last = replies.at(-1)!;
    if (last.type !== "done") throw new Error(`expected done, got ${JSON.stringify(last)}`);
    expect(last.result.clusters.map((cluster) => cluster.id)).toEqual(["C-004", "C-005"]);
    expect(last.result.clusters.flatMap((cluster) => cluster.recommendationIds).sort()).toEqual(RECOMMENDATIONS.map((rec) => rec.id));
    // The NHRI recommendations, worded differently, are one overlap group numbered after the workbook's.
    // A cluster in the workbook is filled before new ones are made.
    const withExisting: SuggestReply[] = [];
    const existingClusters = [{ id: "C-001", name: "Violence against women and domestic violence", description: "", memberTexts: [] }];
    await runSuggestJob({ input: { ...INPUT, existingClusters, recommendations: RECOMMENDATIONS, firstClusterNumber: 2, firstOverlapNumber: 1 }, language: "en" }, (reply) => withExisting.push(reply));
    const done = withExisting.at(-1)!;
    if (done.type !== "done") throw new Error(`expected done, got ${JSON.stringify(done)}`);
    expect(done.result.clusters[0]).toMatchObject({ id: "C-001", existing: true, recommendationIds: ["UPR3-XYZ-1.5"] });
    const nhri = last.result.overlaps.find((group) => group.recommendationIds.includes("UPR3-XYZ-1.1"));
    expect(nhri).toMatchObject({ id: expect.stringMatching(/^OG-00[2-9]$/), recommendationIds: expect.arrayContaining(["UPR3-XYZ-1.2"]) });
  });

  it("sends a refusal as its catalogue key, so the pane shows it in the user's language", async () => {
    const replies: SuggestReply[] = [];
    await runSuggestJob({ input: { ...INPUT, recommendations: RECOMMENDATIONS, firstClusterNumber: 1, firstOverlapNumber: 1 }, clusters: 0.5, language: "en" }, (reply) => replies.push(structuredClone(reply)));
    const last = replies.at(-1)!;
    expect(last.type).toBe("failed");
    if (last.type !== "failed") return;
    expect(last.key).toBe("suggest.badClusterCount");
    const error = replyError(last);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).localized("es")).toContain("0.5");
    expect(replies.filter((reply) => reply.type === "done")).toEqual([]);
  });
});
