import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate, extendedBCubed, parseThemeLabels, readThematicListCsv, stripRecommendingStates } from "../../../scripts/suggest-evaluation";

const SLOVENIA = path.join(__dirname, "..", "..", "..", "samples", "slovenia", "slovenia_upr_thematic_lists_parsed.csv");

describe("extended BCubed (Amigo et al. 2009)", () => {
  it("scores a clustering that matches single labels perfectly", () => {
    expect(extendedBCubed([0, 0, 1, 1], [["a"], ["a"], ["b"], ["b"]])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("gives one single cluster full recall and low precision", () => {
    const score = extendedBCubed([0, 0, 0, 0], [["a"], ["a"], ["b"], ["b"]]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(0.5);
  });

  it("gives singletons full precision and low recall", () => {
    const score = extendedBCubed([0, 1, 2, 3], [["a"], ["a"], ["b"], ["b"]]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.5);
  });

  it("counts items with several labels by the labels they share", () => {
    // Two labels in common but one cluster: every pair (each item with itself too) recalls 1 of 2.
    const score = extendedBCubed([0, 0], [["a", "b"], ["a", "b"]]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.5);
  });
});

describe("reading OHCHR's thematic lists", () => {
  it("puts back theme names that contain the separator and drops old codes", () => {
    expect(parseThemeLabels("F31 Children: definition; general principles; protection; B31 Equality & non-discrimination")).toEqual([
      "Children: definition; general principles; protection",
      "Equality & non-discrimination",
    ]);
  });

  it("removes the recommending States after the text", () => {
    expect(stripRecommendingStates("Ratify the OP-CAT (Portugal, Slovakia) (France);")).toBe("Ratify the OP-CAT");
  });
});

describe("the Slovenia evaluation", () => {
  it("shows gains over one single cluster and random clusters of the same sizes", async () => {
    const data = readThematicListCsv(readFileSync(SLOVENIA, "utf8"));
    expect(data.length).toBeGreaterThan(600);
    const { rows } = await evaluate(data);
    const [ours, single, random] = rows;
    expect(single.clusters).toBe(1);
    expect(random.clusters).toBe(ours.clusters);
    for (const baseline of [single, random]) {
      expect(ours.themeHitAt3).toBeGreaterThan(baseline.themeHitAt3);
      expect(ours.sdgGoalAgreement).toBeGreaterThan(baseline.sdgGoalAgreement);
      expect(ours.bcubed.f1).toBeGreaterThan(baseline.bcubed.f1);
    }
    expect(ours.bcubed.precision).toBeGreaterThan(single.bcubed.precision);
    expect(ours.bcubed.recall).toBeGreaterThan(random.bcubed.recall);
  });

  it("shows the same gains on each UPR session's list taken as its own batch", async () => {
    const data = readThematicListCsv(readFileSync(SLOVENIA, "utf8"));
    const batches = [...new Set(data.map((item) => item.batch))];
    expect(batches.length).toBe(3);
    for (const batch of batches) {
      const items = data.filter((item) => item.batch === batch);
      const { rows, withSdgGoals } = await evaluate(items);
      const [ours, ...baselines] = rows;
      for (const baseline of baselines) {
        expect({ batch, better: ours.themeHitAt3 > baseline.themeHitAt3 }).toEqual({ batch, better: true });
        expect({ batch, better: ours.bcubed.f1 > baseline.bcubed.f1 }).toEqual({ batch, better: true });
        if (withSdgGoals > 0) expect({ batch, better: ours.sdgGoalAgreement > baseline.sdgGoalAgreement }).toEqual({ batch, better: true });
      }
    }
  });
});
