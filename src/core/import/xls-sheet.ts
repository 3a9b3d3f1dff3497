import { readCompoundFile } from "./compound-file";
import { textDecoderFor } from "./single-byte-decoding";
import type { SheetRow } from "./xlsx-sheet";

/**
 * The first worksheet of an Excel 97-2003 .xls (BIFF8 records in an OLE2 compound file) as rows
 * of text, the shape `readFirstSheet` gives for .xlsx: numbers as their shortest text ("45123" for
 * a date serial, as .xlsx stores it), booleans as TRUE/FALSE, formulas as their cached result.
 * Only cell values are read; formats, styles and formulas themselves are skipped.
 */

/** An .xls this reader cannot read (older BIFF, encrypted): the caller tells the user to resave it. */
export class UnsupportedXlsError extends Error {}

const RECORD = {
  bof: 0x0809,
  eof: 0x000a,
  filePass: 0x002f,
  codePage: 0x0042,
  boundSheet: 0x0085,
  sst: 0x00fc,
  continue: 0x003c,
  labelSst: 0x00fd,
  label: 0x0204,
  number: 0x0203,
  rk: 0x027e,
  mulRk: 0x00bd,
  boolErr: 0x0205,
  formula: 0x0006,
  string: 0x0207,
} as const;

const BIFF8 = 0x0600;
const BIFF5 = 0x0500;
/** SHRFMLA, ARRAY, TABLE: may sit between a FORMULA and the STRING holding its text. */
const FORMULA_COMPANIONS = new Set([0x04bc, 0x0221, 0x0236]);
const WORKSHEET = 0x00;

const ERROR_TEXT: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A" };

interface BiffRecord {
  type: number;
  data: Uint8Array;
  /** Offset of the record after this one in the Workbook stream. */
  next: number;
}

export function readFirstXlsSheet(bytes: Uint8Array): SheetRow[] {
  const stream = workbookStream(bytes);
  const globals = readGlobals(stream);
  const sheetBof = recordAt(stream, globals.firstSheetOffset);
  if (sheetBof?.type !== RECORD.bof) throw new Error("the first worksheet's BOF record is missing");
  return sheetRows(stream, sheetBof, globals);
}

function workbookStream(bytes: Uint8Array): Uint8Array {
  const file = readCompoundFile(bytes);
  // Excel 5.0/95 named the stream "Book"; its BOF record tells the version either way.
  const workbook = file.stream("Workbook") ?? file.stream("Book");
  if (workbook) return workbook;
  if (file.stream("EncryptedPackage")) throw new UnsupportedXlsError("password-protected workbook");
  throw new Error(`no Workbook stream in the compound file (streams: ${file.streamNames.join(", ")})`);
}

/** The record starting at an offset (records are read one at a time: a large sheet has millions). */
function recordAt(stream: Uint8Array, offset: number): BiffRecord | undefined {
  if (offset + 4 > stream.length) return undefined;
  const length = u16(stream, offset + 2);
  return { type: u16(stream, offset), data: stream.subarray(offset + 4, offset + 4 + length), next: offset + 4 + length };
}

/** A record's data and that of the CONTINUE records after it, and the record that follows them. */
function withContinues(stream: Uint8Array, record: BiffRecord): { segments: Uint8Array[]; after: BiffRecord | undefined } {
  const segments = [record.data];
  let after = recordAt(stream, record.next);
  while (after?.type === RECORD.continue) {
    segments.push(after.data);
    after = recordAt(stream, after.next);
  }
  return { segments, after };
}

interface Globals {
  firstSheetOffset: number;
  strings: string[];
  decoder: EightBitDecoder;
}

function readGlobals(stream: Uint8Array): Globals {
  const first = recordAt(stream, 0);
  if (!first || first.type !== RECORD.bof) throw new Error("the Workbook stream does not start with a BOF record");
  const version = u16(first.data, 0);
  if (version === BIFF5) throw new UnsupportedXlsError("Excel 5.0/95 format (BIFF5)");
  if (version !== BIFF8) throw new UnsupportedXlsError(`BIFF version 0x${version.toString(16)}, not Excel 97-2003 (BIFF8)`);

  let decoder = windows1252;
  let firstSheetOffset: number | undefined;
  let strings: string[] = [];
  for (let record = recordAt(stream, first.next); record && record.type !== RECORD.eof; ) {
    const { type, data } = record;
    if (type === RECORD.filePass) throw new UnsupportedXlsError("password-protected workbook");
    if (type === RECORD.codePage) decoder = decoderFor(u16(data, 0));
    if (type === RECORD.boundSheet && firstSheetOffset === undefined && data[5] === WORKSHEET) firstSheetOffset = u32(data, 0);
    if (type === RECORD.sst) {
      const { segments, after } = withContinues(stream, record);
      segments[0] = data.subarray(8);
      strings = readSharedStrings(new SegmentReader(segments, decoder), u32(data, 4));
      record = after;
    } else record = recordAt(stream, record.next);
  }
  if (firstSheetOffset === undefined) throw new Error("the workbook has no worksheet");
  return { firstSheetOffset, strings, decoder };
}

/**
 * 8-bit ("compressed") strings: BIFF8 defines them as the low bytes of UTF-16, and Excel declares
 * code page 1200; Windows-1252 reads those the same and also reads writers that stored ANSI bytes.
 * Other code pages are honoured where the platform knows them.
 */
function decoderFor(codePage: number): EightBitDecoder {
  if (codePage === 1200 || codePage === 1252 || codePage === 367) return windows1252;
  try {
    const decoder = new TextDecoder(CODE_PAGE_NAMES[codePage] ?? `windows-${codePage}`);
    return { decode: (bytes) => decoder.decode(bytes) };
  } catch {
    return windows1252;
  }
}

/** Code pages whose TextDecoder label is not windows-NNNN (0x8000 is BIFF's number for Mac Roman). */
const CODE_PAGE_NAMES: Record<number, string> = { 0x8000: "macintosh", 10000: "macintosh", 932: "shift_jis", 936: "gbk", 949: "euc-kr", 950: "big5" };

interface EightBitDecoder {
  decode(bytes: Uint8Array): string;
}

const windows1252: EightBitDecoder = textDecoderFor("windows-1252");

function readSharedStrings(reader: SegmentReader, count: number): string[] {
  const strings: string[] = [];
  for (let index = 0; index < count && !reader.done(); index++) strings.push(reader.unicodeString());
  return strings;
}

/**
 * Reads a record and its CONTINUE records as one byte sequence, except inside string characters:
 * there each continuation starts with its own flag byte saying whether the rest is 8- or 16-bit.
 */
class SegmentReader {
  private segment = 0;
  private position = 0;

  constructor(
    private readonly segments: Uint8Array[],
    private readonly decoder: EightBitDecoder,
  ) {}

  done(): boolean {
    this.skipFinishedSegments();
    return this.segment >= this.segments.length;
  }

  byte(): number {
    this.skipFinishedSegments();
    const current = this.segments[this.segment];
    if (!current) throw new Error("a string runs past the end of its record");
    return current[this.position++];
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0) {
      this.skipFinishedSegments();
      const current = this.segments[this.segment];
      if (!current) throw new Error("a string runs past the end of its record");
      const step = Math.min(left, current.length - this.position);
      this.position += step;
      left -= step;
    }
  }

  /** XLUnicodeRichExtendedString: cch, flags, [run count], [extension size], characters, runs, extension. */
  unicodeString(): string {
    const length = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const extension = flags & 0x04 ? this.u32() : 0;
    const text = this.characters(length, (flags & 0x01) === 1);
    this.skip(runs * 4 + extension);
    return text;
  }

  private characters(length: number, startsWide: boolean): string {
    let wide = startsWide;
    let text = "";
    let left = length;
    while (left > 0) {
      if (this.position >= (this.segments[this.segment]?.length ?? 0)) {
        this.segment++;
        this.position = 0;
        const next = this.segments[this.segment];
        if (!next) throw new Error("a string runs past the end of its record");
        wide = (next[this.position++] & 0x01) === 1;
        continue;
      }
      const current = this.segments[this.segment];
      const room = current.length - this.position;
      const take = Math.min(left, wide ? room >> 1 : room);
      if (take === 0) throw new Error("a 16-bit character is split across records");
      const size = wide ? take * 2 : take;
      const slice = current.subarray(this.position, this.position + size);
      text += wide ? utf16(slice) : this.decoder.decode(slice);
      this.position += size;
      left -= take;
    }
    return text;
  }

  private skipFinishedSegments(): void {
    while (this.segment < this.segments.length && this.position >= this.segments[this.segment].length) {
      this.segment++;
      this.position = 0;
    }
  }
}

const utf16Decoder = new TextDecoder("utf-16le");
function utf16(bytes: Uint8Array): string {
  return utf16Decoder.decode(bytes);
}

function sheetRows(stream: Uint8Array, bof: BiffRecord, globals: Globals): SheetRow[] {
  const rows = new Map<number, string[]>();
  const put = (row: number, column: number, text: string) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    cells[column] = text;
  };

  for (let record = recordAt(stream, bof.next); record; record = recordAt(stream, record.next)) {
    const { type, data } = record;
    if (type === RECORD.eof) break;
    if (type === RECORD.bof) {
      record = endOfSubstream(stream, record);
      continue;
    }
    const row = u16(data, 0);
    const column = u16(data, 2);
    if (type === RECORD.labelSst) put(row, column, globals.strings[u32(data, 6)] ?? "");
    else if (type === RECORD.label) {
      const reader = new SegmentReader([data.subarray(6)], globals.decoder);
      put(row, column, reader.unicodeString());
    } else if (type === RECORD.number) put(row, column, numberText(f64(data, 6)));
    else if (type === RECORD.rk) put(row, column, numberText(rkValue(u32(data, 6))));
    else if (type === RECORD.mulRk) {
      const count = (data.length - 6) / 6;
      for (let item = 0; item < count; item++) put(row, column + item, numberText(rkValue(u32(data, 4 + item * 6 + 2))));
    } else if (type === RECORD.boolErr) put(row, column, data[7] ? (ERROR_TEXT[data[6]] ?? "#N/A") : data[6] ? "TRUE" : "FALSE");
    else if (type === RECORD.formula) {
      const result = formulaResult(data);
      if (result === "string") {
        let next = recordAt(stream, record.next);
        while (next && FORMULA_COMPANIONS.has(next.type)) next = recordAt(stream, next.next);
        if (next?.type === RECORD.string) put(row, column, new SegmentReader(withContinues(stream, next).segments, globals.decoder).unicodeString());
      } else put(row, column, result);
    }
  }

  return [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = rows.get(row) ?? [];
      for (let index = 0; index < cells.length; index++) cells[index] ??= "";
      return { row: row + 1, cells };
    });
}

/** The EOF closing a substream nested in the worksheet (an embedded chart): its records are not cells. */
function endOfSubstream(stream: Uint8Array, bof: BiffRecord): BiffRecord {
  let depth = 1;
  for (let record = recordAt(stream, bof.next); record; record = recordAt(stream, record.next)) {
    if (record.type === RECORD.bof) depth++;
    if (record.type === RECORD.eof && --depth === 0) return record;
  }
  throw new Error("an embedded chart in the worksheet has no end");
}

/** A FORMULA record's cached value; "string" when the text follows in a STRING record. */
function formulaResult(data: Uint8Array): string {
  if (u16(data, 12) !== 0xffff) return numberText(f64(data, 6));
  switch (data[6]) {
    case 0:
      return "string";
    case 1:
      return data[8] ? "TRUE" : "FALSE";
    case 2:
      return ERROR_TEXT[data[8]] ?? "#N/A";
    default:
      return "";
  }
}

/** RK: a 30-bit integer or the top 30 bits of a double, optionally divided by 100. */
function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

function numberText(value: number): string {
  return String(value);
}

function u16(data: Uint8Array, offset: number): number {
  return data[offset] | (data[offset + 1] << 8);
}

function u32(data: Uint8Array, offset: number): number {
  return (data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24)) >>> 0;
}

function f64(data: Uint8Array, offset: number): number {
  return new DataView(data.buffer, data.byteOffset + offset, 8).getFloat64(0, true);
}
