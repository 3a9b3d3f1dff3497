import { cellText, type CellValue } from "../../model/cells";

/**
 * What a date or number cell really holds. The same column arrives as a Date (ExcelJS), an
 * Excel serial number (the Excel JavaScript API returns dates as serials), or text typed or
 * pasted in some locale; each is read deliberately, and text is reported as text so Excel can
 * be given a real date or number.
 */
export type Reading<T> = { kind: "blank" } | { kind: "value"; value: T; fromText: boolean } | { kind: "invalid"; text: string };

const BLANK = { kind: "blank" } as const;

/** Years outside this range are typing mistakes (2025 typed into a date cell is 17 July 1905). */
export const EARLIEST_YEAR = 1945;
export const LATEST_YEAR = 2100;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 29 February 1900 (serial 60) is passed. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function dateFromExcelSerial(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || Math.floor(serial) === 60) return null;
  const days = serial < 60 ? serial + 1 : serial;
  return new Date(EXCEL_EPOCH + Math.round(days * MS_PER_DAY));
}

export function excelSerialFromDate(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
}

function utcDate(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02/2025 rolls over to March in JavaScript: a date that does not exist is not a date.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/;

/**
 * Text dates: ISO (2025-03-31), year first (2025/03/31), and day first (31/03/2025, 31.03.2025),
 * as written in most countries that use Rights Matrix. A first number that cannot be a month is
 * a day; a second that cannot be a month marks the US order (03/31/2025); otherwise day first.
 */
export function dateFromText(text: string): Date | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed) ?? YEAR_FIRST.exec(trimmed);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = DAY_OR_MONTH_FIRST.exec(trimmed);
  if (!local) return null;
  const [first, second, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
  return second > 12 && first <= 12 ? utcDate(year, first, second) : utcDate(year, second, first);
}

const plausible = (date: Date | null): date is Date =>
  date !== null && !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= EARLIEST_YEAR && date.getUTCFullYear() <= LATEST_YEAR;

export function readDate(value: CellValue | undefined): Reading<Date> {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return BLANK;
  if (value instanceof Date) return plausible(value) ? { kind: "value", value, fromText: false } : { kind: "invalid", text: cellText(value) };
  if (typeof value === "number") {
    const date = dateFromExcelSerial(value);
    return plausible(date) ? { kind: "value", value: date, fromText: false } : { kind: "invalid", text: String(value) };
  }
  const text = String(value).trim();
  const date = dateFromText(text);
  return plausible(date) ? { kind: "value", value: date, fromText: true } : { kind: "invalid", text };
}

/**
 * Numbers typed as text: "1,200.50", "1.200,50", "1 200", "12,5", "45%". The separator that
 * comes last is the decimal one; a lone separator followed by exactly three digits groups
 * thousands ("1,200", "1.200.000").
 */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export function numberFromText(text: string): number | null {
  // Most numbers typed as text are plain ("45", "12.5"): read them without the notation rules below.
  if (PLAIN_NUMBER.test(text)) return Number(text);
  let compact = text.replace(/[\s\u00a0\u202f']/g, "");
  let scale = 1;
  if (compact.endsWith("%")) {
    compact = compact.slice(0, -1);
    scale = 0.01;
  }
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(",");
  const lastDot = compact.lastIndexOf(".");
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    normalised = compact.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? "," : ".";
    const groupsThousands = new RegExp(`^[+-]?\\d{1,3}(\\${separator}\\d{3})+$`).test(compact);
    const several = compact.split(separator).length > 2;
    if (several && !groupsThousands) return null;
    normalised = groupsThousands && (several || separator === ",") ? compact.split(separator).join("") : compact.replace(",", ".");
  } else {
    normalised = compact;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value * scale : null;
}

export function readNumber(value: CellValue | undefined): Reading<number> {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return BLANK;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "value", value, fromText: false } : { kind: "invalid", text: String(value) };
  if (typeof value === "string") {
    const parsed = numberFromText(value);
    return parsed === null ? { kind: "invalid", text: value.trim() } : { kind: "value", value: parsed, fromText: true };
  }
  return { kind: "invalid", text: cellText(value) };
}

/** A calendar year typed as a number or as text ("2024", "2024.0"). */
export function readYear(value: CellValue | undefined): Reading<number> {
  const reading = readNumber(value instanceof Date ? value.getUTCFullYear() : value);
  if (reading.kind !== "value") return reading;
  const year = reading.value;
  return Number.isInteger(year) && year >= EARLIEST_YEAR && year <= LATEST_YEAR ? reading : { kind: "invalid", text: cellText(value ?? null) };
}

/** "31 March 2025" style text for messages: unambiguous in every language. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
