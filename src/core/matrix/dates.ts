import type { CellValue } from "../../model/cells";

/**
 * Calendar days as ISO strings ("2026-11-27"): dates in the tables are days, not instants, and
 * ISO strings compare and sort correctly as plain text, so the matrix never depends on a time zone.
 */
export type IsoDay = string;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell as an ISO day: a Date, an ISO text ("2026-03-31", "2026-03-31T..."), or an Excel serial number. */
export function isoDay(value: CellValue | undefined): IsoDay | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dayOfTime(value.getTime());
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return null;
    return new Date(EXCEL_EPOCH + Math.floor(value) * MS_PER_DAY).toISOString().slice(0, 10);
  }
  if (typeof value === "string") {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!match) return null;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  return null;
}

/**
 * The same few hundred days come back for thousands of actions and indicators: each is formatted
 * once. The cache is emptied when it grows past what any workbook's days would fill.
 */
const dayCache = new Map<number, IsoDay | null>();
const DAY_CACHE_LIMIT = 50_000;

function dayOfTime(time: number): IsoDay | null {
  let day = dayCache.get(time);
  if (day === undefined) {
    day = Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
    if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
    dayCache.set(time, day);
  }
  return day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** `today` as given by the caller (a Date or an ISO day); the matrix never reads the clock itself. */
export function todayIso(today: Date | string): IsoDay {
  const day = isoDay(today);
  if (!day) throw new RangeError(`Not a date: ${String(today)}`);
  return day;
}
