import { readFileSync } from "node:fs";
import path from "node:path";
import { RULES } from "../../../src/core/validate/rules";

describe("docs/validation.md", () => {
  const docs = readFileSync(path.join(__dirname, "..", "..", "..", "docs", "validation.md"), "utf8");
  it.each(Object.values(RULES).map((rule) => [rule.code, rule.severity]))("documents %s as %s", (code, severity) => {
    expect(docs).toMatch(new RegExp(`^\\| ${code} \\| ${severity} \\|`, "m"));
  });
});
