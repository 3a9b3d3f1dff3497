// `npm run validate:manifest [file]`: validates an add-in manifest offline.
// 1. xmllint --schema against Microsoft's XSDs copied in schemas/office-addin-manifest/ (see its
//    PROVENANCE.md); 2. the rules the XSDs cannot express: every resid points at a defined
//    resource, every URL is https. Exits 0 when valid, 1 when not, 2 when it cannot run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMA = path.join(ROOT, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

/** Problems the schema cannot see, as readable sentences. */
export function crossReferenceProblems(xml) {
  const problems = [];
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const defined = new Set([...withoutComments.matchAll(/<bt:(?:Image|Url|String)\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of withoutComments.matchAll(/\bresid="([^"]+)"/g)) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is used but no bt:Image, bt:Url or bt:String defines it`);
  }
  for (const [, url] of withoutComments.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)) {
    if (!url.startsWith("https://")) problems.push(`${url} is not https: Office loads add-ins only over https`);
  }
  for (const [, url] of withoutComments.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
    if (!url.startsWith("https://")) problems.push(`AppDomain ${url} is not https`);
  }
  return problems;
}

function main() {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, "manifest.xml"));
  if (!existsSync(file)) {
    console.error(`${file} does not exist. Pass the manifest's path: npm run validate:manifest -- path/to/manifest.xml`);
    return 2;
  }
  const xmllint = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (xmllint.error) {
    console.error(`Cannot run xmllint (${xmllint.error.message}). Install it: sudo apt-get install libxml2-utils`);
    return 2;
  }
  if (xmllint.status === 5) {
    console.error(`${xmllint.stderr}The schema in ${path.relative(ROOT, SCHEMA)} does not compile: see its PROVENANCE.md.`);
    return 2;
  }
  if (xmllint.status !== 0) {
    console.error(xmllint.stderr.trim());
    console.error(`${file}: not a valid add-in manifest (xmllint exit ${xmllint.status}).`);
    return 1;
  }
  const problems = crossReferenceProblems(readFileSync(file, "utf8"));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${file}: ${problem}`);
    return 1;
  }
  console.log(`${file}: valid (schema and cross-references).`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
