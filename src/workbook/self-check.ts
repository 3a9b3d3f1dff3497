/**
 * What "Check this Excel" found in the user's Excel, probe by probe, as plain data: the Excel
 * adapter's probes (`excel/self-check-probes.ts`) fill it in, `app/self-check-report.ts` turns it
 * into sentences. Nothing here touches Excel.
 */

/** The requirement sets the self-check asks about: the manifest's minimum to the newest the adapter knows. */
export const CHECKED_REQUIREMENT_SETS = ["1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17"] as const;

/** Where a probe wrote its string: a cell formatted as text (`@`, set first) or a General one. */
export type ProbeCell = "text" | "general";

/** An optional feature tried on the temporary sheet. */
export type FeatureOutcome = { outcome: "works" } | { outcome: "unsupported"; requirementSet: string } | { outcome: "failed"; reason: string };

export interface TextRoundTrip {
  /** The string as the add-in holds it (before the `'` prefix a General cell gets). */
  sample: string;
  cell: ProbeCell;
  /** What `Range.values` gave back; an error message when the write itself was refused. */
  returned: string | number | boolean | null;
  refused?: string;
}

export interface LongTextRoundTrip {
  cell: ProbeCell;
  /** Characters of the string itself (without the prefix). */
  length: number;
  outcome: "unchanged" | "changed" | "refused";
  reason?: string;
}

export interface RequestProbe {
  /** Size of the probe's values as Office.js sends them, in UTF-8 and in UTF-16 bytes. */
  utf8Bytes: number;
  utf16Bytes: number;
  accepted: boolean;
  /** Excel's error code or message when refused. */
  reason?: string;
}

export interface OwnWriteEvents {
  /** Whether onChanged fired for a value the add-in wrote; null when the probe could not run. */
  fired: boolean | null;
  /** The event's `triggerSource` (ExcelApi 1.14: "ThisLocalAddin"), when it came with one. */
  triggerSource: string | null;
  reason?: string;
}

export interface SelfCheckResults {
  environment: {
    host: string | null;
    platform: string | null;
    version: string | null;
    requirementSets: { version: string; supported: boolean }[];
  };
  textRoundTrips: TextRoundTrip[];
  longText: LongTextRoundTrip[];
  requests: RequestProbe[];
  tableResize: FeatureOutcome;
  rowGroups: FeatureOutcome;
  offsetListValidation: FeatureOutcome;
  ownWriteEvents: OwnWriteEvents;
  /** Whether the temporary sheet is gone again. */
  temporarySheetRemoved: boolean;
}

/** Strings that Excel would read as a formula or strip of its prefix if typed: one per leading character the add-in protects. */
export const TEXT_SAMPLES = ["=1+1", "+595 21 123 456", "-2 weeks", "@mention", "'quoted"] as const;

/**
 * Sizes of the request probes, counted as UTF-16: about 2.5, 3.5 and 4.5 MB (under 5 MB however
 * Excel counts), then one whose UTF-8 size is under 5 MB but UTF-16 over: accepted means Excel
 * counts UTF-8 (or allows more than documented), refused means UTF-16 counts.
 */
export const REQUEST_PROBE_UTF16_BYTES = [2_500_000, 3_500_000, 4_500_000, 6_000_000] as const;

/** Excel on the web's documented limit, read as the smaller of 5,000,000 and 5 x 1024 x 1024. */
export const DOCUMENTED_REQUEST_LIMIT_BYTES = 5_000_000;
