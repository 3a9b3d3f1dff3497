import { rowSpan } from "../cell-address";

/**
 * The ranges this add-in is writing or has just written. Excel raises `worksheet.onChanged` for
 * the add-in's own writes too (source "Local", as for the user's typing), so without this every
 * write would come back as a burst of "changes" and live validation would read everything again.
 * A Local event inside a range we wrote, during the write or shortly after, is our own echo;
 * anything else (a co-author, the user typing elsewhere) still gets through.
 */

/** How long after a write its events may still arrive (they are raised after each request). */
export const ECHO_WINDOW_MS = 2000;

/** 1-based worksheet rows and columns, inclusive; null for "every". */
export interface WrittenArea {
  sheet: string;
  rows: { first: number; last: number } | null;
  columns: { first: number; last: number } | null;
}

interface Entry {
  areas: WrittenArea[];
  until: number;
}

export class OwnWrites {
  private entries: Entry[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Marks areas as being written from now until `end` is called, and ECHO_WINDOW_MS after. */
  begin(areas: WrittenArea[]): () => void {
    const entry: Entry = { areas, until: Number.POSITIVE_INFINITY };
    this.entries.push(entry);
    return () => {
      entry.until = this.now() + ECHO_WINDOW_MS;
    };
  }

  /**
   * Whether a change event is the echo of our own write. Hosts with ExcelApi 1.14 say so
   * themselves (`triggerSource`); on older ones, a Local change inside what we were writing, during
   * the write or just after, is taken for ours.
   */
  isEcho(sheet: string, address: string, source: string, triggerSource?: string): boolean {
    if (triggerSource === "ThisLocalAddin") return true;
    if (triggerSource !== undefined || source !== "Local") return false;
    const now = this.now();
    this.entries = this.entries.filter((entry) => entry.until >= now);
    const rows = rowSpan(address);
    const columns = columnSpan(address);
    const within = (outer: { first: number; last: number } | null, inner: { first: number; last: number } | null) =>
      outer === null || (inner !== null && inner.first >= outer.first && inner.last <= outer.last);
    return this.entries.some((entry) =>
      entry.areas.some((area) => area.sheet.toLowerCase() === sheet.toLowerCase() && within(area.rows, rows) && within(area.columns, columns)),
    );
  }
}

/** The 1-based columns an A1 address covers ("C7" → 3..3, "A5:F9" → 1..6, "C:D" → 3..4); null for whole rows ("7:9"). */
export function columnSpan(address: string): { first: number; last: number } | null {
  const bare = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "");
  const letters = bare.split(":").map((part) => /^([A-Za-z]{1,3})\d*$/.exec(part)?.[1]);
  if (letters.length > 2 || letters.some((part) => part === undefined)) return null;
  const numbers = letters.map((part) => [...(part as string).toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0));
  return { first: Math.min(...numbers), last: Math.max(...numbers) };
}
