import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForUrl } = require("../../scripts/manifest-url.cjs") as { manifestForUrl: (xml: string, url?: string) => string };

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
let dir: string;

beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "rm-manifest-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string): { status: number | null; output: string } {
  const file = path.join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.mjs"), file], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

test("the add-in manifest passes the schema and the cross-reference checks", () => {
  const result = validate(MANIFEST);
  expect(result.output).toContain("valid");
  expect(result.status).toBe(0);
});

test("the manifest asks for what the add-in needs: Excel, ExcelApi 1.9, read/write", () => {
  expect(MANIFEST).toContain('xsi:type="TaskPaneApp"');
  expect(MANIFEST).toContain('<Host Name="Workbook"/>');
  expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
  for (const size of [16, 32, 64, 80]) {
    const png = readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test("a manifest without its Id fails the schema", () => {
  const result = validate(MANIFEST.replace(/<Id>[^<]*<\/Id>/, ""));
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/Expected is .*Id/);
});

test("a manifest with an unknown permission fails the schema", () => {
  const result = validate(MANIFEST.replace("ReadWriteDocument", "Everything"));
  expect(result.status).toBe(1);
  expect(result.output).toContain("Permissions");
});

test("a resid without a resource fails", () => {
  const result = validate(MANIFEST.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
  expect(result.status).toBe(1);
  expect(result.output).toContain('resid "Group.Missing"');
});

test("an http URL fails", () => {
  const result = validate(MANIFEST.replace('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'));
  expect(result.status).toBe(1);
  expect(result.output).toContain("is not https");
});

test("the production manifest points every URL at RIGHTS_MATRIX_URL and still validates", () => {
  const production = manifestForUrl(MANIFEST, "https://addin.example.org/rights-matrix/");
  expect(production).not.toContain("localhost");
  expect(production).toContain('<SourceLocation DefaultValue="https://addin.example.org/rights-matrix/taskpane.html"/>');
  expect(production).toContain("<AppDomain>https://addin.example.org</AppDomain>");
  expect(validate(production).status).toBe(0);
  expect(manifestForUrl(MANIFEST, undefined)).toBe(MANIFEST);
  expect(() => manifestForUrl(MANIFEST, "http://addin.example.org")).toThrow(/https/);
  expect(() => manifestForUrl(MANIFEST, "not a url")).toThrow(/not a URL/);
});
