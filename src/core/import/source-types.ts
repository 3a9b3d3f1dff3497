import type { Row } from "../../model/cells";
import type { MessageKey, MessageParams } from "../../model/i18n/messages";

/**
 * The source formats Rights Matrix reads; `csv` is any other table, read through a column
 * mapping; `rights-matrix` is a Recommendations table of our own (a workbook, or its export).
 */
export const IMPORT_FORMATS = ["uhri", "upr-info", "ohchr-docx", "text", "csv", "rights-matrix"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file as the user gave it (picked, dropped, named on the command line), or pasted text. */
export interface ImportSource {
  name: string;
  bytes?: Uint8Array;
  text?: string;
  /**
   * Tables only: the whole column mapping the user confirmed for this file (the task pane's
   * mapping step). It replaces the guessed mapping, so a column can also be left out.
   */
  mapping?: ColumnMapping;
}

/** The fields a source can fill; each becomes a source column of the Recommendations table. */
export const RECOMMENDATION_FIELDS = [
  "text",
  "mechanism",
  "bodyDetail",
  "country",
  "documentSymbol",
  "paragraph",
  "cycle",
  "session",
  "year",
  "recommendingStates",
  "response",
  "themes",
  "affectedPersons",
  "sdgTargets",
] as const;
export type RecommendationField = (typeof RECOMMENDATION_FIELDS)[number];

/** Source column header (as in the file) -> field. */
export type ColumnMapping = Record<string, RecommendationField>;

/** Where a value came from, for messages: file, 1-based row (line, table row or paragraph), column. */
export interface SourceLocation {
  file: string;
  row: number;
  column: string;
}

/** One recommendation as a source states it, before IDs and merging. */
export interface SourceRecommendation {
  location: SourceLocation;
  text: string;
  /** A code of MECHANISMS ("UPR", "CRC"...). */
  mechanism?: string;
  bodyDetail?: string;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  documentSymbol?: string;
  paragraph?: string;
  cycle?: number;
  session?: number;
  year?: number;
  recommendingStates: string[];
  /** A value of RESPONSES. */
  response?: string;
  themes: string[];
  affectedPersons: string[];
  sdgTargets: string[];
}

/** A row the import cannot take, and why (a catalogue message). */
export interface RowProblem {
  location: SourceLocation;
  key: MessageKey;
  params: MessageParams;
}

/**
 * A row of a Rights Matrix Recommendations table (a workbook, or its export as .csv or .xlsx):
 * already a workbook row, keyed by column key (columns people added, by their header), with our ID.
 */
export interface WorkbookRow {
  location: SourceLocation;
  values: Row;
}

/**
 * Something a source holds that is not imported as it stands, said rather than dropped silently:
 * `leftOut`, a row or paragraph that is not a recommendation (a heading, an observation, a
 * position line...); `warning`, a value kept as written that may need a look (an unknown
 * recommending State).
 */
export interface SourceNotice extends RowProblem {
  kind: "leftOut" | "warning";
}

export type RowEvent = { recommendation: SourceRecommendation } | { workbookRow: WorkbookRow } | { problem: RowProblem };
export type ParseEvent = RowEvent | { notice: SourceNotice };

/** What the user chose for the whole import. */
export interface ImportChoices {
  format?: ImportFormat | "auto";
  /** Source column header -> field, overriding the guessed mapping. */
  mapping?: ColumnMapping;
  /** ISO3 of the State under review, for sources that do not say (or to pick one in a multi-country export). */
  country?: string;
  /** Mechanism code for sources that do not say. */
  mechanism?: string;
  /** UHRI exports: import "Concerns/Observations" rows too. */
  includeObservations?: boolean;
  /** State names the name table does not know, mapped by the user to ISO3 (`--country-name "X=ISO3"`). */
  countryNames?: Record<string, string>;
}

export const emptyRecommendation = (location: SourceLocation, text: string): SourceRecommendation => ({
  location,
  text,
  recommendingStates: [],
  themes: [],
  affectedPersons: [],
  sdgTargets: [],
});
