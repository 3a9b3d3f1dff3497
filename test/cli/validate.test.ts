import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxWorkbook } from "../../src/workbook/file/xlsx-workbook";
import { DEMO_PLAN_FILE } from "../support/demo-workbook";
import { runCliCaptured } from "../support/cli";

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "rm-validate-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (argv: string[]) => runCliCaptured(argv);

describe("rights-matrix validate", () => {
  it("prints findings as JSON in the documented shape and exits 1 on errors", async () => {
    const file = path.join(dir, "plan.xlsx");
    expect((await cli(["init", file])).code).toBe(0);
    expect((await cli(["load-plan", file, DEMO_PLAN_FILE])).code).toBe(0);
    const before = readFileSync(file);
    const result = await cli(["validate", file, "--json"]);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.out) as { findings: Record<string, string>[] };
    expect(Object.keys(parsed)).toEqual(["findings"]);
    for (const finding of parsed.findings) {
      expect(Object.keys(finding)).toEqual(["table", "rowId", "column", "cell", "severity", "code", "message"]);
      expect(finding.cell).toMatch(/^(Actions|Indicators|Clusters|Recommendations)![A-Z]+\d+$/);
      expect(["error", "warning"]).toContain(finding.severity);
    }
    expect(parsed.findings).toContainEqual({
      table: "Actions",
      rowId: "A-005",
      column: "Lead institution",
      cell: "Actions!E6",
      severity: "error",
      code: "ACT-LEAD-UNKNOWN",
      message: "\"Ministry of Finances\" is not listed in Institutions; pick it from the list or add it to the Institutions sheet.",
    });
    // Without --write-smart the file is not touched.
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("prints a readable report in the chosen language and writes the SMART column when asked", async () => {
    const file = path.join(dir, "plan-es.xlsx");
    await cli(["init", file]);
    await cli(["load-plan", file, DEMO_PLAN_FILE]);
    const result = await cli(["validate", file, "--write-smart", "--lang", "es"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("Actions!H5");
    expect(result.out).toContain("ACT-DEADLINE-BEFORE-START");
    expect(result.out).toContain("El plazo 2025-12-31 es anterior al inicio 2026-06-01.");
    expect(result.out).toMatch(/Calificación SMART escrita para 6 acciones/);
    const again = await cli(["validate", file, "--json"]);
    expect(again.code).toBe(1);
  });

  it("shows the first ten findings of a rule in the text report, and counts the rest", async () => {
    const file = path.join(dir, "gaps.xlsx");
    await cli(["init", file]);
    const plan = path.join(dir, "gaps.json");
    writeFileSync(plan, JSON.stringify({ clusters: Array.from({ length: 13 }, (_, index) => ({ clusterId: `C-${100 + index}`, name: `Cluster ${index}` })) }));
    await cli(["load-plan", file, plan]);
    const result = await cli(["validate", file]);
    expect(result.out.split("\n").filter((line) => line.includes("COV-CLUSTER-NO-LEAD  "))).toHaveLength(10);
    expect(result.out).toContain("… and 3 more COV-CLUSTER-NO-LEAD (all of them with --json)");
    expect(JSON.parse((await cli(["validate", file, "--json"])).out).findings).toHaveLength(13);
    expect(result.code).toBe(0);
  });

  it("exits 0 when there are only warnings or nothing", async () => {
    const file = path.join(dir, "empty.xlsx");
    await cli(["init", file]);
    const result = await cli(["validate", file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("no findings in 0 actions and 0 indicators");
    const plan = path.join(dir, "warnings.json");
    writeFileSync(
      plan,
      JSON.stringify({
        institutions: [{ name: "Police" }],
        clusters: [{ clusterId: "C-001", name: "Policing", leadInstitution: "Police" }],
        actions: [{ actionId: "A-001", clusterId: "C-001", description: "Train police officers on hate crime", leadInstitution: "Police", deadline: "2027-01-01", status: "Planned" }],
      }),
    );
    await cli(["load-plan", file, plan]);
    const warningsOnly = await cli(["validate", file, "--json"]);
    expect(JSON.parse(warningsOnly.out).findings).toEqual([]);
    expect(warningsOnly.code).toBe(0);
  });

  it("refuses a missing file or argument with exit 2", async () => {
    expect((await cli(["validate", path.join(dir, "nope.xlsx")])).code).toBe(2);
    expect((await cli(["validate"])).code).toBe(2);
    expect((await cli(["validate", "a.xlsx", "--verbose"])).code).toBe(2);
  });
});

describe("rights-matrix sample", () => {
  it("adds the tables and the Lists sheet to a workbook that lacks them", async () => {
    const file = path.join(dir, "plain.xlsx");
    const workbook = XlsxWorkbook.empty("plain.xlsx");
    await workbook.apply({ plans: [{ sheet: "Notes", columns: [{ header: "Note", width: 10, editable: true }], rows: [["keep me"]] }] });
    writeFileSync(file, await workbook.toBytes());
    expect((await cli(["load-plan", file, DEMO_PLAN_FILE])).code).toBe(0);
    const reopened = await XlsxWorkbook.fromBytes(readFileSync(file), "plain.xlsx");
    expect(await reopened.sheetNames()).toEqual(expect.arrayContaining(["Actions", "Indicators", "Institutions", "Lists", "Notes"]));
    expect((await reopened.readSheet("Notes"))?.[1]).toEqual(["keep me"]);
    expect((await reopened.readTables(["Actions"])).Actions?.rows).toHaveLength(6);
  });

  it("refuses a bad plan naming file, section, row and column, and writes nothing", async () => {
    const file = path.join(dir, "bad.xlsx");
    await cli(["init", file]);
    const before = readFileSync(file);
    const plan = path.join(dir, "bad-plan.json");
    writeFileSync(plan, JSON.stringify({ institutions: [{ name: "Police" }], actions: [{ actionId: "A-1" }, { actionId: "A-2", owner: "Police" }] }));
    const result = await cli(["load-plan", file, plan]);
    expect(result.code).toBe(2);
    expect(result.err).toBe('bad-plan.json, actions, row 2: "owner" is not a column of Actions. Nothing was written.');
    expect(readFileSync(file).equals(before)).toBe(true);
    writeFileSync(plan, "{ not json");
    expect((await cli(["load-plan", file, plan])).err).toMatch(/bad-plan\.json is not a JSON plan file/);
    writeFileSync(plan, JSON.stringify({ budget: [] }));
    expect((await cli(["load-plan", file, plan])).err).toMatch(/"budget" is not a table of a plan/);
    writeFileSync(plan, JSON.stringify({ actions: [{ actionId: "A-1", budget: { amount: 3 } }] }));
    expect((await cli(["load-plan", file, plan])).err).toMatch(/actions, row 1: "budget" must be text, a number or true\/false/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
