/**
 * Stable, human-readable row IDs (ARCHITECTURE.md, "The workbook"): derived from the source
 * where it has a paragraph number, otherwise from a short hash of the normalised text, so
 * re-importing the same recommendation always lands on the same row.
 */

/** Lower case, accents removed, punctuation folded to single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** 64-bit FNV-1a over UTF-16 code units, as 10 base-36 characters; runs in Node and browsers alike. */
export function shortHash(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let index = 0; index < text.length; index++) {
    low ^= text.charCodeAt(index);
    // multiply the 64-bit value (high, low) by the FNV prime 0x100000001b3
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct >>> 0;
  }
  const value = BigInt(high) * 0x100000000n + BigInt(low);
  return value.toString(36).padStart(13, "0").slice(-10).toUpperCase();
}

/** UPR cycle from session number: sessions 1-12 are the 1st cycle, 13-26 the 2nd, 27-40 the 3rd, 41 on the 4th. */
export function uprCycleFromSession(session: number): number {
  if (!Number.isInteger(session) || session < 1) throw new RangeError(`Not a UPR session number: ${session}`);
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  return 4;
}

export interface RecommendationIdParts {
  mechanism: string;
  /** ISO 3166-1 alpha-3 code of the State under review. */
  country?: string;
  /** UPR cycle (1-4). */
  cycle?: number;
  /** Year of the document, for treaty bodies and other mechanisms. */
  year?: number;
  /** "108.45", "25(b)" */
  paragraph?: string;
  /** The recommendation text, used when there is no paragraph. */
  text: string;
}

const idPart = (value: string): string => value.trim().replace(/\s+/g, "").replace(/[^\p{L}\p{N}.()\-]/gu, "");

export function recommendationId(parts: RecommendationIdParts): string {
  const mechanism = idPart(parts.mechanism).toUpperCase() || "REC";
  const head = parts.mechanism.toUpperCase() === "UPR" && parts.cycle ? `${mechanism}${parts.cycle}` : mechanism;
  const segments = [head];
  if (parts.country) segments.push(idPart(parts.country).toUpperCase());
  if (parts.mechanism.toUpperCase() !== "UPR" && parts.year) segments.push(String(parts.year));
  const paragraph = parts.paragraph ? idPart(parts.paragraph) : "";
  segments.push(paragraph || shortHash(normalizeText(parts.text)));
  return segments.join("-");
}

/** The next free ID in a sequence such as A-001, A-002 (actions, indicators, reports, clusters). */
export function nextSequentialId(prefix: string, existing: Iterable<string>): string {
  let highest = 0;
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)$`);
  for (const id of existing) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(3, "0")}`;
}
