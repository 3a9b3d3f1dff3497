import { readFileSync } from "node:fs";
import path from "node:path";
import { ImportRejectedError, importRecommendations } from "../../../src/app/import-recommendations";
import { translate } from "../../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";
import { uprInfoExportCsv } from "../../../bench/synthetic-upr-info";

const STATES = readFileSync(path.resolve(__dirname, "../../fixtures/import/state-names/upr-info-states.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t")[0]);

const csv = (text: string) => ({ name: "upr-info-all.csv", bytes: new TextEncoder().encode(text) });

describe("UPR Info export of every State", () => {
  it("imports with no refusal and no warning: every State under review and every recommending State is known", async () => {
    const result = await importRecommendations(XlsxWorkbook.empty("all.xlsx"), [csv(uprInfoExportCsv(STATES, 3 * STATES.length * 2))], { dryRun: true });
    const [file] = result.files;
    expect(file.skipped).toEqual([]);
    expect(file.notices).toEqual([]);
    expect(file.added).toHaveLength(STATES.length * 2);
    expect(new Set(file.added.map((id) => id.split("-")[1])).size).toBe(195);
  });

  it("refuses an unknown State under review with the nearest names, and --country-name maps it", async () => {
    const text = uprInfoExportCsv(["Korea DPRK", "Chile"], 6);
    const refused = await importRecommendations(XlsxWorkbook.empty("x.xlsx"), [csv(text)], { dryRun: true }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ImportRejectedError);
    const problem = (refused as ImportRejectedError).problems[0];
    expect(problem.location).toMatchObject({ row: 2, column: "To" });
    const message = translate("en", problem.key, problem.params);
    expect(message).toMatch(/^unknown State "Korea DPRK"; did you mean .*Korea.*\(PRK\)/);
    expect(message).toContain('--country-name "Korea DPRK=ISO3"');
    expect(translate("es", problem.key, problem.params)).toContain("¿quiso decir");

    const mapped = await importRecommendations(XlsxWorkbook.empty("x.xlsx"), [csv(text)], { dryRun: true, countryNames: { "Korea DPRK": "PRK" } });
    expect(mapped.files[0].added.filter((id) => id.includes("-PRK-"))).toHaveLength(1);
  });

  it("keeps an unknown recommending State as written, with one warning, never a refusal", async () => {
    const text = uprInfoExportCsv(["Chile", "Samoa", "Atlantis"], 9);
    const lines = text.trim().split("\r\n");
    // Atlantis is reviewed nowhere: only recommends.
    const onlyRecommends = [lines[0], ...lines.slice(1).filter((line) => !line.startsWith("Atlantis"))].join("\r\n");
    const result = await importRecommendations(XlsxWorkbook.empty("x.xlsx"), [csv(onlyRecommends)], { dryRun: true });
    const [file] = result.files;
    expect(file.skipped).toEqual([]);
    const warnings = file.notices.filter((notice) => notice.kind === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0].location.column).toBe("From");
    expect(translate("en", warnings[0].key, warnings[0].params)).toMatch(/^recommending State "Atlantis" is not a known State name .*; kept as written$/);
  });
});
