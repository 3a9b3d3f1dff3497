import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportImpactOss } from "../../src/app/export-table";
import { UserFacingError } from "../../src/model/i18n/messages";
import type { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { runCliCaptured } from "../support/cli";
import { demoWorkbook } from "../support/demo-workbook";
import { ImpactOssInstance } from "../support/impactoss-instance";

const A001_CATEGORIES = ["category:C-001", "category:MDDSZEM", "category:POL", "category:MP"];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The demo plan's deliberate mistakes that IMPACT OSS would refuse, corrected as a person would after `validate`. */
async function correctDemoMistakes(workbook: XlsxWorkbook): Promise<void> {
  await workbook.apply({
    upserts: [
      {
        table: "Actions",
        rows: [
          { actionId: "A-003", recommendationIds: "UPR4-SVN-140.212" },
          { actionId: "A-004", deadline: day("2026-12-31") },
          { actionId: "A-005", deadline: day("2026-02-28") },
        ],
        columns: ["recommendationIds", "deadline"],
      },
      { table: "Indicators", rows: [{ indicatorId: "I-004", actionId: "A-001" }], columns: ["actionId"] },
    ],
  });
}

function importAll(instance: ImpactOssInstance, files: { entity: string; csv: string }[]) {
  const csv = (entity: string) => files.find((file) => file.entity === entity)!.csv;
  instance.createCategories(csv("categories"));
  return {
    recommendations: instance.import("recommendations", csv("recommendations")),
    measures: instance.import("measures", csv("measures")),
    indicators: instance.import("indicators", csv("indicators")),
  };
}

describe("IMPACT OSS hand-over of the demo workbook, checked against IMPACT OSS's import rules", () => {
  test("the demo as loaded is refused before anything is written, naming each row IMPACT OSS would refuse", async () => {
    const workbook = await demoWorkbook();
    const error = await exportImpactOss(workbook).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    const message = (error as UserFacingError).message;
    expect(message).toMatch(/^Nothing was written: IMPACT OSS would refuse 4 row\(s\) of demo\.xlsx/);
    expect(message).toMatch(/Actions row \d+ \(A-003\), Recommendation IDs: names UPR4-SVN-140\.999/);
    expect(message).toMatch(/Actions row \d+ \(A-005\), Deadline: "31\/02\/2026" is not a date/);
    expect(message).toMatch(/Indicators row \d+ \(I-004\), Action ID: names the action A-007/);
    expect(message).toMatch(/Indicators row \d+ \(I-006\), Action ID: the action A-004 ends \(2025-12-31\) before it starts \(2026-06-01\)/);
  });

  test("corrected, every row is created on a one-framework instance, no date is blanked and every link resolves", async () => {
    const workbook = await demoWorkbook();
    await correctDemoMistakes(workbook);
    const { files, skipped } = await exportImpactOss(workbook);
    expect(files.map((file) => file.entity)).toEqual(["categories", "recommendations", "measures", "indicators"]);
    expect(skipped).toEqual({ recommendations: 0, measures: 0, indicators: 0 });

    const instance = new ImpactOssInstance(new Set([1]));
    const results = importAll(instance, files);
    const { Recommendations, Actions, Indicators } = await workbook.readTables(["Recommendations", "Actions", "Indicators"]);
    for (const [entity, rows] of [["recommendations", Recommendations!.rows], ["measures", Actions!.rows], ["indicators", Indicators!.rows]] as const) {
      expect(results[entity]).toEqual({ created: rows.length, errors: [], blankedDates: [] });
    }
    // Dates arrive as the instance reads them.
    const measure = instance.items.measures.get("A-001")!;
    expect(measure.attributes.target_date).toBe("2026-12-31");
    expect(measure.links["recommendation-reference"]).toEqual(["recommendation:UPR4-SVN-140.172", "recommendation:UPR4-SVN-140.174", "recommendation:UPR4-SVN-140.175"]);
    const annual = instance.items.indicators.get("I-001")!;
    expect(annual.attributes).toMatchObject({ start_date: "2025-03-01", end_date: "2026-12-31", frequency_months: "12", repeat: "true" });
    expect(annual.links["action-reference"]).toEqual(["measure:A-001"]);
    expect(instance.items.indicators.get("I-002")!.attributes).toMatchObject({ repeat: "false", frequency_months: "" });
    // Recommendations carry the framework, the level of support and the response; their categories exist.
    const recommendation = instance.items.recommendations.get("UPR4-SVN-140.172")!;
    expect(recommendation.attributes).toMatchObject({ framework_id: "1", response: expect.stringMatching(/^(Supported|Noted)$/) });
    expect(recommendation.attributes.support_level).toBe(recommendation.attributes.response === "Supported" ? "2" : "0");
    expect(recommendation.links["category-short-title"]).toEqual(["category:UPR"]);
    expect(recommendation.links["category-reference"]).toContain("category:UPR-4");
    expect(instance.items.measures.get("A-001")!.links["category-reference"]).toEqual(A001_CATEGORIES);
  });

  test("without framework_id (the old files) every link to a recommendation fails on a one-framework instance: the rule the test runs is real", async () => {
    const workbook = await demoWorkbook();
    await correctDemoMistakes(workbook);
    const { files } = await exportImpactOss(workbook);
    const withoutFramework = files.map((file) =>
      file.entity === "recommendations" ? { ...file, csv: file.csv.replace(/\r\n([^\r]*?),1,([012]?),/g, "\r\n$1,,$2,") } : file,
    );
    const results = importAll(new ImpactOssInstance(new Set([1])), withoutFramework);
    expect(results.recommendations.created).toBe(0);
    expect(results.measures.errors.length).toBeGreaterThan(0);
  });

  test("from the command line: dd/MM/yyyy by default, --date-format, --framework, no apostrophe, and --since exports only what the instance lacks", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rm-impactoss-"));
    try {
      const workbook = await demoWorkbook();
      await correctDemoMistakes(workbook);
      await workbook.apply({ upserts: [{ table: "Actions", rows: [{ actionId: "A-006", desiredOutcome: "=Ombudsman fully funded" }], columns: ["desiredOutcome"] }] });
      const file = path.join(dir, "demo.xlsx");
      writeFileSync(file, await workbook.toBytes());

      const first = path.join(dir, "first");
      mkdirSync(first);
      const ok = await runCliCaptured(["export", file, "--to", path.join(first, "handover.csv"), "--format", "impactoss"]);
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.out).toContain("Import order in IMPACT OSS: create the categories listed in");
      expect(readdirSync(first).sort()).toEqual(["handover-categories.csv", "handover-indicators.csv", "handover-measures.csv", "handover-recommendations.csv"]);
      const measures = readFileSync(path.join(first, "handover-measures.csv"), "utf8");
      expect(measures).toContain(",=Ombudsman fully funded,");
      expect(measures).not.toContain("'=");
      expect(measures).toContain(",31/12/2026,");

      const iso = await runCliCaptured(["export", file, "--to", path.join(dir, "iso.csv"), "--format", "impactoss", "--date-format", "yyyy-MM-dd", "--framework", "2"]);
      expect(iso.code).toBe(0);
      expect(readFileSync(path.join(dir, "iso-measures.csv"), "utf8")).toContain(",2026-12-31,");
      expect(readFileSync(path.join(dir, "iso-recommendations.csv"), "utf8")).toMatch(/\r\nUPR4-SVN-140\.172,[^\r]*,2,[012]?,(Supported|Noted),/);
      expect((await runCliCaptured(["export", file, "--to", path.join(dir, "x.csv"), "--format", "impactoss", "--date-format", "31/12"])).err).toContain("--date-format 31/12");

      // A new action and indicator later: the second hand-over holds only them.
      await workbook.apply({
        upserts: [
          { table: "Actions", rows: [{ actionId: "A-007", recommendationIds: "UPR4-SVN-140.172", description: "Shelter places", start: day("2027-01-01"), deadline: day("2027-12-31"), status: "Planned" }] },
          { table: "Indicators", rows: [{ indicatorId: "I-007", actionId: "A-007", name: "Shelter places open", frequency: "Quarterly" }] },
        ],
      });
      writeFileSync(file, await workbook.toBytes());
      const second = await runCliCaptured(["export", file, "--to", path.join(dir, "second.csv"), "--format", "impactoss", "--since", first]);
      expect(second.code).toBe(0);
      expect(second.out).toMatch(/Left out as already in the instance: recommendations \d+ · measures 6 · indicators 6\./);
      const instance = new ImpactOssInstance();
      const read = (name: string, entity: string) => ({ entity, csv: readFileSync(path.join(dir, name), "utf8") });
      importAll(instance, ["categories", "recommendations", "measures", "indicators"].map((entity) => read(`first/handover-${entity}.csv`, entity)));
      const again = importAll(instance, ["categories", "recommendations", "measures", "indicators"].map((entity) => read(`second-${entity}.csv`, entity)));
      expect(again.recommendations).toEqual({ created: 0, errors: [], blankedDates: [] });
      expect(again.measures).toEqual({ created: 1, errors: [], blankedDates: [] });
      expect(again.indicators).toEqual({ created: 1, errors: [], blankedDates: [] });
      expect(instance.items.indicators.get("I-007")!.attributes).toMatchObject({ start_date: "2027-01-01", end_date: "2027-12-31", repeat: "true", frequency_months: "3" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
