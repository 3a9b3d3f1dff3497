import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** Lints `code` as if it were `file`, with the project's own ESLint configuration (run as npm run lint does). */
async function lintAs(file: string, code: string): Promise<string[]> {
  const eslint = path.join(ROOT, "node_modules", ".bin", "eslint");
  const run = spawnSync(eslint, ["--stdin", "--stdin-filename", file, "--format", "json"], { cwd: ROOT, input: code, encoding: "utf8" });
  if (!run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe("the layer rule", () => {
  test("core importing ExcelJS fails the lint", async () => {
    const messages = await lintAs("src/core/import/bad.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n');
    expect(messages.join("\n")).toMatch(/no-restricted-imports.*ExcelJS/);
  });

  test.each([
    ["src/core/suggest/bad.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', /Node built-ins/],
    ["src/model/bad.ts", 'import { tablePlan } from "../core/structure/workbook-structure";\nexport const x = tablePlan;\n', /bottom layer/],
    ["src/core/matrix/bad.ts", 'import { useState } from "react";\nexport const x = useState;\n', /React/],
    ["src/app/bad.ts", 'import { XlsxWorkbook } from "../workbook/file/xlsx-workbook";\nexport const x = XlsxWorkbook;\n', /WorkbookPort/],
    ["src/core/validate/bad.ts", "export const run = () => Excel.run(async () => undefined);\n", /Only src\/workbook\/excel/],
  ])("%s is refused", async (file, code, expected) => {
    expect((await lintAs(file, code)).join("\n")).toMatch(expected);
  });

  test("the Excel adapter may use Excel, and core may use the port's contract", async () => {
    expect(await lintAs("src/workbook/excel/ok.ts", "export const run = () => Excel.run(async () => undefined);\n")).toEqual([]);
    expect(await lintAs("src/core/matrix/ok.ts", 'import type { SheetPlan } from "../../workbook/plan";\nexport type P = SheetPlan;\n')).toEqual([]);
  });

  test("innerHTML is refused everywhere", async () => {
    const messages = await lintAs("src/taskpane/bad.tsx", "export const f = (e: HTMLElement, t: string) => { e.innerHTML = t; };\n");
    expect(messages.join("\n")).toMatch(/never innerHTML/);
  });
});
