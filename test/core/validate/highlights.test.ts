import { validationHighlights } from "../../../src/core/validate/highlights";
import { TABLES } from "../../../src/model/tables";

describe("highlight formulas", () => {
  const all = TABLES.flatMap((def) => validationHighlights(def).map((highlight) => ({ table: def.name, ...highlight })));

  it("fit Excel's 255-character limit for conditional format formulas", () => {
    for (const highlight of all) expect([highlight.table, highlight.formula, highlight.formula.length <= 256]).toEqual([highlight.table, highlight.formula, true]);
  });

  it("refer to the first data row only, so each row's copy reads its own cells", () => {
    for (const highlight of all) {
      const rows = [...highlight.formula.matchAll(/\$[A-Z]{1,3}(\d+)/g)].map((match) => match[1]);
      expect(new Set(rows)).toEqual(new Set(["2"]));
    }
  });

  it("cover the Actions, Indicators, Clusters and Recommendations tables only", () => {
    expect([...new Set(all.map((highlight) => highlight.table))]).toEqual(["Recommendations", "Clusters", "Actions", "Indicators"]);
  });
});
