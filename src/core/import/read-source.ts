import { UserFacingError } from "../../model/i18n/messages";
import { guessMapping, readMappedTable } from "./column-mapping";
import { readConcludingObservations, textParagraphs, type TextParagraph } from "./concluding-observations";
import { readDocx, type DocxDocument } from "./docx-document";
import { looksLikeThematicList, readThematicList } from "./ohchr-thematic-list";
import { looksLikeRightsMatrixTable, readRightsMatrixTable } from "./rights-matrix-table";
import { looksLikeListText, readListText } from "./thematic-list-text";
import { isXls, openNamedSheet, openTable, type SourceTable } from "./source-table";
import type { ColumnMapping, ImportChoices, ImportFormat, ImportSource, ParseEvent, RowEvent, SourceNotice } from "./source-types";
import { decodeText, type TextEncodingName } from "./text-decoding";
import { UHRI_COLUMNS, looksLikeUhri, readUhriExport } from "./uhri-export";
import { UPR_INFO_COLUMNS, looksLikeUprInfo, readUprInfoExport } from "./upr-info-export";
import { UnsupportedXlsError } from "./xls-sheet";
import { sheetNameVariants } from "../../model/workbook-language";
import { readCompoundFile } from "./compound-file";
import { isWordDocument, readWordDocument } from "./word-document";

/** A source opened and recognised: its format, and its recommendations (and problems) read lazily. */
export interface OpenedSource {
  file: string;
  format: ImportFormat;
  events: Iterable<RowEvent>;
  /** What the source holds and the import leaves out or keeps with a warning; filled as `events` is read. */
  notices: SourceNotice[];
  /** Tables only: the headers and the mapping used (guessed or given), for the preview. */
  headers?: string[];
  mapping?: ColumnMapping;
  encoding?: TextEncodingName;
}

type Container = "docx" | "doc" | "xlsx" | "xls" | "text";
type FileBytes = { name: string; bytes: Uint8Array };

function containerOf(source: FileBytes): Container {
  const bytes = source.bytes;
  if (isXls(bytes)) return isWordFile(bytes) ? "doc" : "xls";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (/\.docx$/i.test(source.name)) return "docx";
    return /\.xlsx$/i.test(source.name) ? "xlsx" : zipKind(bytes);
  }
  return "text";
}

/** Which Office file a zip is, from the names in its central directory (no need to unzip). */
function zipKind(bytes: Uint8Array): Container {
  const probe = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return probe.includes("word/document.xml") ? "docx" : "xlsx";
}

const columnList = (columns: Record<string, readonly string[]>) => Object.values(columns).map((names) => names[0]).join(", ");

function unknownFormat(file: string): UserFacingError {
  return new UserFacingError("import.unknownFormat", {
    file,
    uhri: columnList({ text: UHRI_COLUMNS.text, symbol: UHRI_COLUMNS.symbol, body: UHRI_COLUMNS.body, countries: UHRI_COLUMNS.countries }),
    uprInfo: columnList(UPR_INFO_COLUMNS),
    csv: "Recommendation / Recomendación / Recommandation, Text / Texto / Texte",
  });
}

async function guard<T>(file: string, format: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (error instanceof UnsupportedXlsError) throw new UserFacingError("import.legacyXls", { file, reason: error.message });
    throw new UserFacingError("import.unreadableFile", { file, format, reason: error instanceof Error ? error.message : String(error) });
  }
}

export async function openSource(given: ImportSource, choices: ImportChoices): Promise<OpenedSource> {
  const opened = await openAnySource(given, choices);
  const notices: SourceNotice[] = [];
  return { ...opened, events: divertNotices(opened.events, notices), notices };
}

function* divertNotices(events: Iterable<ParseEvent>, notices: SourceNotice[]): Generator<RowEvent> {
  for (const event of events) {
    if ("notice" in event) notices.push(event.notice);
    else yield event;
  }
}

type ParsedSource = Omit<OpenedSource, "events" | "notices"> & { events: Iterable<ParseEvent> };

async function openAnySource(given: ImportSource, choices: ImportChoices): Promise<ParsedSource> {
  // Pasted text may be prose or cells copied from a spreadsheet: both go the way a .txt file goes.
  const source: FileBytes = { name: given.name, bytes: given.bytes ?? new TextEncoder().encode(given.text ?? "") };
  const file = source.name;
  const requested = choices.format && choices.format !== "auto" ? choices.format : undefined;
  const container = containerOf(source);

  if (container === "docx" || container === "doc") {
    const document = container === "doc" ? readDoc(file, source.bytes) : await guard(file, ".docx", () => readDocx(source.bytes));
    const thematic = looksLikeThematicList(document);
    if (requested === "ohchr-docx" && !thematic) {
      throw new UserFacingError("import.formatMismatch", { file, format: requested, reason: "no table with Recommendation and Position columns" });
    }
    if (thematic && requested !== "text") return { file, format: "ohchr-docx", events: readThematicList(document, file, choices) };
    if (requested && requested !== "text") throw new UserFacingError("import.formatMismatch", { file, format: requested, reason: ".docx" });
    return { file, format: "text", events: readConcludingObservations(docxParagraphs(document), file, choices) };
  }

  // A thematic list copied as plain text: its position and theme lines are not recommendations, whatever its separators.
  if (container === "text" && (!requested || requested === "text")) {
    // Only the start is decoded to decide: a 100 MB CSV is not turned into one string for this.
    const head = given.text?.slice(0, 200_000) ?? decodeText(source.bytes.subarray(0, 200_000));
    if (looksLikeListText(head)) return { file, format: "text", events: readListText(given.text ?? decodeText(source.bytes), file, choices) };
  }
  const prose = given.text !== undefined || /\.txt$/i.test(file);
  if (container === "text" && (requested === "text" || (!requested && prose && !(await looksTabular(source))))) {
    const text = given.text ?? decodeText(source.bytes);
    return { file, format: "text", events: readConcludingObservations(textParagraphs(text), file, choices) };
  }
  if (requested === "ohchr-docx") throw new UserFacingError("import.formatMismatch", { file, format: requested, reason: "not a .docx file" });

  // A Rights Matrix workbook keeps its Recommendations table behind the Dashboard and the matrix.
  const readsOwnTable = !given.mapping && !choices.mapping && (requested === undefined || requested === "rights-matrix");
  if (readsOwnTable && container === "xlsx") {
    const own = await guard(file, ".xlsx", () => openOwnRecommendationsSheet(source.bytes));
    if (own && looksLikeRightsMatrixTable(own.headers)) return { file, format: "rights-matrix", headers: own.headers, events: readRightsMatrixTable(own, file) };
  }

  const table = await guard(file, container === "text" ? "CSV" : `.${container}`, () => openTable(source.bytes));
  return openTableSource(file, table, requested, given.mapping ? { ...choices, mapping: given.mapping } : choices, given.mapping !== undefined);
}

/** The Recommendations sheet of a Rights Matrix workbook in any of its languages ("Recomendaciones"). */
async function openOwnRecommendationsSheet(bytes: Uint8Array): Promise<SourceTable | undefined> {
  for (const name of sheetNameVariants("Recommendations")) {
    const sheet = await openNamedSheet(bytes, name);
    if (sheet) return sheet;
  }
  return undefined;
}

async function looksTabular(source: FileBytes): Promise<boolean> {
  const table = await openTable(source.bytes);
  return looksLikeUhri(table.headers) || looksLikeUprInfo(table.headers) || Object.values(guessMapping(table.headers)).includes("text");
}

function openTableSource(file: string, table: SourceTable, requested: ImportFormat | undefined, choices: ImportChoices, mappingConfirmed = false): ParsedSource {
  const common = { file, headers: table.headers, encoding: table.encoding };
  const isUhri = looksLikeUhri(table.headers);
  const isUprInfo = looksLikeUprInfo(table.headers);
  if (requested === "uhri" && !isUhri) throw new UserFacingError("import.formatMismatch", { file, format: requested, reason: `expected columns ${columnList(UHRI_COLUMNS)}` });
  if (requested === "upr-info" && !isUprInfo) throw new UserFacingError("import.formatMismatch", { file, format: requested, reason: `expected columns ${columnList(UPR_INFO_COLUMNS)}` });
  const isOwn = looksLikeRightsMatrixTable(table.headers);
  if (requested === "rights-matrix" && !isOwn) throw new UserFacingError("import.formatMismatch", { file, format: requested, reason: "not a Recommendations table of Rights Matrix (ID, Text, Mechanism... headers)" });
  // Our own table (a workbook's or its export): its IDs are kept, never re-derived from its columns.
  if (!choices.mapping && (requested === "rights-matrix" || (!requested && isOwn))) return { ...common, format: "rights-matrix", events: readRightsMatrixTable(table, file) };
  if (!choices.mapping && (requested === "uhri" || (!requested && isUhri))) return { ...common, format: "uhri", events: readUhriExport(table, file, choices) };
  if (!choices.mapping && (requested === "upr-info" || (!requested && isUprInfo))) return { ...common, format: "upr-info", events: readUprInfoExport(table, file, choices) };

  const mapping = { ...(mappingConfirmed ? {} : guessMapping(table.headers)), ...(choices.mapping ?? {}) };
  // A column the user mapped by hand takes its field away from a guessed column.
  for (const [header, field] of Object.entries(choices.mapping ?? {})) {
    for (const [other, otherField] of Object.entries(mapping)) if (other !== header && otherField === field) delete mapping[other];
  }
  for (const header of Object.keys(choices.mapping ?? {})) {
    if (!table.headers.includes(header)) throw new UserFacingError("import.mappedColumnMissing", { file, column: header, columns: table.headers.join(", ") });
  }
  if (!Object.values(mapping).includes("text")) throw unknownFormat(file);
  return { ...common, format: "csv", mapping, events: readMappedTable(table, mapping, file, choices) };
}

/** A Word 97-2003 file, or the advice to save it as .docx where it cannot be read. */
function readDoc(file: string, bytes: Uint8Array): DocxDocument {
  try {
    return readWordDocument(bytes);
  } catch (error) {
    throw new UserFacingError("import.unreadableDoc", { file, reason: error instanceof Error ? error.message : String(error) });
  }
}

function isWordFile(bytes: Uint8Array): boolean {
  try {
    return isWordDocument(readCompoundFile(bytes));
  } catch {
    return false;
  }
}

/** Every paragraph of a .docx, table cells included, numbered as Word shows them. */
function docxParagraphs(document: DocxDocument): TextParagraph[] {
  const texts = document.blocks.flatMap((block) => ("paragraph" in block ? [block.paragraph] : block.table.flat(2)));
  return texts.flatMap((text, index) => (text.trim() ? [{ line: index + 1, text: text.trim() }] : []));
}
