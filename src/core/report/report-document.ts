import type { Language } from "../../model/vocabularies";

/**
 * A report as plain content, in the reader's language: what to say, not how a file format says
 * it. The content builder makes one from the matrix; a renderer (docx-renderer.ts) writes it.
 */
export interface ReportTable {
  headers: string[];
  /** Cell texts; a line break in a cell starts a new paragraph in it. */
  rows: string[][];
  /** 0-based rows printed in bold (totals). */
  boldRows?: number[];
}

export type ReportBlock =
  | { kind: "heading"; text: string; level: 1 | 2 }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: ReportTable };

/** A section starts on a new page. */
export interface ReportSection {
  landscape: boolean;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  language: Language;
  title: string;
  /** The title page: title, then these lines (what the report covers, when and from what). */
  titlePage: string[];
  sections: ReportSection[];
}
