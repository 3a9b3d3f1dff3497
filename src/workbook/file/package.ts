import JSZip from "jszip";
import { UserFacingError } from "../../model/i18n/messages";

/**
 * The .xlsx package (a zip of XML parts) as JSZip holds it: parts are inflated only when read, and
 * a part nobody changes is written back with its original compressed bytes.
 */

/** Beyond these, a workbook is refused before anything is inflated (zip bombs, damaged files). */
export const MAX_EXPANDED_MB = 1000;
/** A JavaScript string holds about 512 MB: a larger part could not be read anyway. */
export const MAX_PART_MB = 400;

const MB = 1024 * 1024;

/**
 * Declared uncompressed sizes from the zip's central directory, read without inflating anything.
 * Null when there is no directory to read (JSZip then reports the damage).
 */
function declaredSizes(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const sizes: { name: string; size: number }[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count && at + 46 <= bytes.length; index++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xFFFFFFFF means "see the Zip64 record": more than 4 GB, far past any limit.
    sizes.push({ name, size: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return sizes;
}

export function assertExpandsWithinLimits(bytes: Uint8Array, label: string): void {
  const sizes = declaredSizes(bytes);
  if (!sizes) return;
  const total = sizes.reduce((sum, entry) => sum + entry.size, 0);
  if (total > MAX_EXPANDED_MB * MB) throw new UserFacingError("error.workbookTooLarge", { file: label, limit: MAX_EXPANDED_MB });
  const large = sizes.find((entry) => entry.size > MAX_PART_MB * MB);
  if (large) throw new UserFacingError("error.workbookPartTooLarge", { file: label, part: large.name, limit: MAX_PART_MB });
}

export async function loadPackage(bytes: Uint8Array, label: string): Promise<JSZip> {
  assertExpandsWithinLimits(bytes, label);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new UserFacingError("error.notAWorkbook", { file: label, reason: error instanceof Error ? error.message : String(error) });
  }
}

/** The directory of a part ("xl/worksheets/sheet1.xml" -> "xl/worksheets"). */
export function partDirectory(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** Where a part's relationships live: xl/_rels/workbook.xml.rels for xl/workbook.xml. */
export function relationshipsPart(part: string): string {
  const directory = partDirectory(part);
  const name = part.slice(directory.length ? directory.length + 1 : 0);
  return `${directory ? `${directory}/` : ""}_rels/${name}.rels`;
}

/**
 * A relationship target as a part name: relative to the source part's directory
 * ("worksheets/sheet1.xml", "../tables/table1.xml"), or absolute from the package root
 * ("/xl/worksheets/sheet1.xml", as openpyxl writes them).
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is part of the name.
  }
  const segments = decoded.startsWith("/") ? [] : partDirectory(sourcePart).split("/").filter(Boolean);
  for (const segment of decoded.split(/[\\/]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** A target for a relationship from `sourcePart` to `part`, relative as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = partDirectory(sourcePart).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/**
 * Reads parts from the package, overlaid with the parts a command is about to write, so that a
 * command reads its own writes and the package is changed only once everything succeeded.
 */
export class PackageDraft {
  /** New text or bytes by part name; null: the part goes. */
  readonly changes = new Map<string, string | Uint8Array | null>();
  private readonly names: Map<string, string>;

  constructor(private readonly zip: JSZip) {
    // Part names are case-insensitive in a package; writers disagree on case.
    this.names = new Map(Object.keys(zip.files).map((name) => [name.toLowerCase(), name]));
  }

  /** The stored name of a part, whatever case a relationship spells it in; undefined if absent. */
  find(part: string): string | undefined {
    const lower = part.toLowerCase();
    for (const [name, content] of this.changes) if (name.toLowerCase() === lower) return content === null ? undefined : name;
    const name = this.names.get(lower);
    return name && !this.zip.files[name].dir ? name : undefined;
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  async text(part: string): Promise<string | null> {
    const name = this.find(part);
    if (name === undefined) return null;
    const changed = this.changes.get(name);
    if (typeof changed === "string") return changed;
    if (changed instanceof Uint8Array) return new TextDecoder().decode(changed);
    return stripBom(await this.zip.files[name].async("string"));
  }

  write(part: string, content: string | Uint8Array): void {
    this.changes.set(this.find(part) ?? part, content);
  }

  remove(part: string): void {
    const name = this.find(part);
    if (name !== undefined) this.changes.set(name, null);
  }

  /** Every part name now in the package. */
  partNames(): string[] {
    const names = new Set(Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir));
    for (const [name, content] of this.changes) {
      if (content === null) names.delete(name);
      else names.add(name);
    }
    return [...names];
  }

  /** Writes the changes into the package: the only step that alters it, done once all succeeded. */
  commitTo(zip: JSZip): void {
    for (const [name, content] of this.changes) {
      if (content === null) zip.remove(name);
      else zip.file(name, content);
    }
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
