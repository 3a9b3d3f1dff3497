import type { Row } from "../../src/model/cells";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWithLibreOffice } from "../support/libreoffice";
import { workbookWithRecommendations } from "../support/recommendations-workbook";
import { runCliCaptured } from "../support/cli";

const ROWS: Row[] = [
  { id: "UPR3-XYZ-1.1", text: "Establish an independent national human rights institution" },
  { id: "CEDAW-XYZ-2022-12", text: "Establecer una institución nacional de derechos humanos de conformidad con los Principios de París" },
  { id: "UPR3-XYZ-1.3", text: "Ratify the Optional Protocol to the Convention against Torture", themes: "Typed by hand" },
  { id: "UPR3-XYZ-1.4", text: "Ratify OP-CAT" },
  { id: "UPR3-XYZ-1.5", text: "=HYPERLINK(\"http://example.org\") combat domestic violence and provide shelters for victims" },
  { id: "UPR3-XYZ-1.6", text: "Improve access to quality education for Roma children" },
];

let dir: string;
let file: string;

const cli = (...argv: string[]) => runCliCaptured(argv);

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rm-suggest-"));
  file = path.join(dir, "monitoring.xlsx");
  writeFileSync(file, await (await workbookWithRecommendations(ROWS)).toBytes());
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("rights-matrix suggest", () => {
  it("prints the suggestions as JSON in the documented shape, writing nothing", async () => {
    const before = readFileSync(file);
    const { code, out } = await cli("suggest", file, "--clusters", "2", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json).sort()).toEqual(["clusters", "overlaps", "sdgTargets", "themes"]);
    for (const cluster of json.clusters) expect(Object.keys(cluster)).toEqual(expect.arrayContaining(["id", "name", "recommendationIds", "reason"]));
    for (const group of json.overlaps) {
      expect(["direct", "partial"]).toContain(group.kind);
      expect(group.reason).toEqual(expect.any(String));
    }
    const clustered = json.clusters.flatMap((cluster: { recommendationIds: string[] }) => cluster.recommendationIds);
    expect(clustered.sort()).toEqual(ROWS.map((row) => row.id).sort());
    expect(json.themes["UPR3-XYZ-1.1"][0]).toEqual({ theme: "National Human Rights Institution (NHRI)", score: expect.any(Number), reason: expect.any(String) });
    expect(json.sdgTargets["UPR3-XYZ-1.1"].map((target: { target: string }) => target.target)).toContain("16.a");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("prints a readable summary and how to accept", async () => {
    const { code, out } = await cli("suggest", file);
    expect(code).toBe(0);
    expect(out).toMatch(/6 recommendations/);
    expect(out).toMatch(/OG-001/);
    expect(out).toMatch(/rights-matrix accept/);
  });

  it("refuses bad input with exit code 2", async () => {
    expect((await cli("suggest", path.join(dir, "missing.xlsx"))).code).toBe(2);
    const bad = await cli("suggest", file, "--clusters", "many");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/number of clusters/);
  });
});

describe("rights-matrix accept", () => {
  it("writes the accepted suggestions from an edited file, read back by LibreOffice", async () => {
    const suggestions = JSON.parse((await cli("suggest", file, "--json", "--clusters", "2")).out);
    suggestions.clusters[0].name = "Renamed by the NMRF";
    const edited = path.join(dir, "suggestions.json");
    writeFileSync(edited, JSON.stringify(suggestions));
    const { code, out } = await cli("accept", file, "--from", edited);
    expect(code).toBe(0);
    expect(out).toMatch(/added 2 clusters/);

    const sheets = readWithLibreOffice(file);
    const [header, ...rows] = sheets.Recommendations;
    const column = (name: string) => header.indexOf(name);
    const byId = new Map(rows.filter((row) => row[0]).map((row) => [row[0], row]));
    for (const row of byId.values()) expect(row[column("Cluster")]).toMatch(/^C-00[12]$/);
    expect(byId.get("UPR3-XYZ-1.1")![column("Overlap group")]).toBe(byId.get("CEDAW-XYZ-2022-12")![column("Overlap group")]);
    expect(byId.get("UPR3-XYZ-1.3")![column("Overlap group")]).toBe(byId.get("UPR3-XYZ-1.4")![column("Overlap group")]);
    expect(byId.get("UPR3-XYZ-1.3")![column("Themes")]).toMatch(/^Typed by hand; /);
    expect(byId.get("UPR3-XYZ-1.5")![column("Text")]).toMatch(/^=HYPERLINK/);
    const clusterNames = sheets.Clusters.map((row) => row[1]);
    expect(clusterNames).toContain("Renamed by the NMRF");
  });

  it("accepts everything with --all, and needs --all or --from", async () => {
    expect((await cli("accept", file)).code).toBe(2);
    const { code, out } = await cli("accept", file, "--all");
    expect(code).toBe(0);
    expect(out).toMatch(/set the cluster of 6 recommendations/);
  });

  it("writes nothing when the suggestions file is wrong", async () => {
    const before = readFileSync(file);
    const edited = path.join(dir, "bad.json");
    writeFileSync(edited, JSON.stringify({ clusters: [{ id: "C-001", name: "x", recommendationIds: ["UPR3-XYZ-1.1", "UPR9-NOPE-1"] }] }));
    const { code, err } = await cli("accept", file, "--from", edited);
    expect(code).toBe(2);
    expect(err).toContain("clusters[0].recommendationIds[1]: there is no recommendation with ID UPR9-NOPE-1");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
