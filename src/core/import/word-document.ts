import { readCompoundFile, type CompoundFile } from "./compound-file";
import type { DocxBlock, DocxDocument, DocxTableRow } from "./docx-document";
import { textDecoderFor } from "./single-byte-decoding";

/**
 * The text of a Word 97-2003 .doc file ([MS-DOC]) as paragraphs and tables, the same shape the
 * .docx reader gives, so every .docx layout reads from a .doc too. Read from the compound file:
 * the FIB, the piece table (CLX) for the characters, and the paragraph properties (PAPX) only to
 * tell a table row's end mark from a cell's. No dependency; runs in the task pane and in Node.
 */
export class UnreadableWordError extends Error {}

const CELL_MARK = 0x07;

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

export function isWordDocument(file: CompoundFile): boolean {
  return file.streamNames.some((name) => name.toLowerCase() === "worddocument");
}

export function readWordDocument(bytes: Uint8Array): DocxDocument {
  const file = readCompoundFile(bytes);
  const word = file.stream("WordDocument");
  if (!word || word.length < 0x200) throw new UnreadableWordError("no WordDocument stream");
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (view.getUint16(0, true) !== 0xa5ec) throw new UnreadableWordError("not a Word 97-2003 document");
  const flags = view.getUint16(0x0a, true);
  if (flags & 0x0100) throw new UnreadableWordError("the document is password-protected");
  const table = file.stream(flags & 0x0200 ? "1Table" : "0Table");
  if (!table) throw new UnreadableWordError("no table stream");

  // FibBase (32 bytes), then the counted arrays fibRgW, fibRgLw, fibRgFcLcb.
  const csw = view.getUint16(32, true);
  const rgLw = 34 + csw * 2 + 2;
  const ccpText = view.getInt32(rgLw + 3 * 4, true);
  const ccpFtn = view.getInt32(rgLw + 4 * 4, true);
  const ccpHdd = view.getInt32(rgLw + 5 * 4, true);
  const cslw = view.getUint16(34 + csw * 2, true);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const fcLcb = (index: number) => ({ fc: view.getUint32(rgFcLcb + index * 8, true), lcb: view.getUint32(rgFcLcb + index * 8 + 4, true) });

  const pieces = pieceTable(table, fcLcb(33));
  const runs = tableRuns(word, table, fcLcb(13));
  const characters = (from: number, to: number) => textOf(word, pieces, from, to);

  const main = characters(0, ccpText);
  const headerStart = ccpText + ccpFtn;
  const headerText = ccpHdd > 0 ? cleanText(characters(headerStart, headerStart + ccpHdd).text).replace(/[\r\x07]+/g, " ") : "";
  return { blocks: blocksOf(main, runs), headerText };
}

function pieceTable(table: Uint8Array, clx: { fc: number; lcb: number }): Piece[] {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let offset = clx.fc;
  const end = clx.fc + clx.lcb;
  while (offset < end && table[offset] === 0x01) offset += 3 + view.getUint16(offset + 1, true);
  if (table[offset] !== 0x02) throw new UnreadableWordError("no piece table");
  const size = view.getUint32(offset + 1, true);
  const start = offset + 5;
  const count = (size - 4) / 12;
  const pieces: Piece[] = [];
  for (let index = 0; index < count; index++) {
    const descriptor = start + (count + 1) * 4 + index * 8;
    const raw = view.getUint32(descriptor + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: view.getUint32(start + index * 4, true), cpEnd: view.getUint32(start + (index + 1) * 4, true), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** Characters of the CP range with, for each, its file offset (to look up its paragraph's properties). */
function textOf(word: Uint8Array, pieces: Piece[], from: number, to: number): { text: string; fcs: number[] } {
  let text = "";
  const fcs: number[] = [];
  for (const piece of pieces) {
    const start = Math.max(from, piece.cpStart);
    const end = Math.min(to, piece.cpEnd);
    if (start >= end) continue;
    const width = piece.compressed ? 1 : 2;
    const byteStart = piece.fc + (start - piece.cpStart) * width;
    const slice = word.subarray(byteStart, byteStart + (end - start) * width);
    text += piece.compressed ? windows1252.decode(slice) : utf16(slice);
    for (let cp = start; cp < end; cp++) fcs.push(byteStart + (cp - start) * width);
  }
  return { text, fcs };
}

const windows1252 = textDecoderFor("windows-1252");

function utf16(bytes: Uint8Array): string {
  let text = "";
  for (let index = 0; index + 1 < bytes.length; index += 2) text += String.fromCharCode(bytes[index] | (bytes[index + 1] << 8));
  return text;
}

interface TableRuns {
  /** File ranges [start, end) of paragraphs in a table (sprmPFInTable). */
  inTable: [number, number][];
  /** ... and of those that end a table row (sprmPFTtp or sprmPFInnerTtp). */
  rowEnd: [number, number][];
}

function tableRuns(word: Uint8Array, table: Uint8Array, plc: { fc: number; lcb: number }): TableRuns {
  const runs: TableRuns = { inTable: [], rowEnd: [] };
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = (plc.lcb - 4) / 8;
  for (let index = 0; index < count; index++) {
    const page = (tableView.getUint32(plc.fc + (count + 1) * 4 + index * 4, true) & 0x3fffff) * 512;
    if (page + 512 > word.length) continue;
    const fkp = new DataView(word.buffer, word.byteOffset + page, 512);
    const crun = fkp.getUint8(511);
    for (let run = 0; run < crun; run++) {
      const bOffset = fkp.getUint8((crun + 1) * 4 + run * 13) * 2;
      if (bOffset === 0) continue;
      let length = fkp.getUint8(bOffset) * 2 - 1;
      let grpprl = bOffset + 1;
      if (length < 0) {
        length = fkp.getUint8(bOffset + 1) * 2;
        grpprl = bOffset + 2;
      }
      const range: [number, number] = [fkp.getUint32(run * 4, true), fkp.getUint32((run + 1) * 4, true)];
      const properties = tableProperties(fkp, grpprl + 2, grpprl + length);
      if (properties.inTable) runs.inTable.push(range);
      if (properties.rowEnd) runs.rowEnd.push(range);
    }
  }
  runs.inTable.sort((a, b) => a[0] - b[0]);
  runs.rowEnd.sort((a, b) => a[0] - b[0]);
  return runs;
}

function tableProperties(view: DataView, start: number, end: number): { inTable: boolean; rowEnd: boolean } {
  const found = { inTable: false, rowEnd: false };
  let offset = start;
  while (offset + 2 <= end && offset + 2 <= view.byteLength) {
    const sprm = view.getUint16(offset, true);
    offset += 2;
    if ((sprm === 0x2416 || sprm === 0x6649) && view.getUint8(offset) >= 1) found.inTable = true;
    if ((sprm === 0x2417 || sprm === 0x244c) && view.getUint8(offset) === 1) found.rowEnd = true;
    const spra = sprm >> 13;
    const size = [1, 1, 2, 4, 2, 2, -1, 3][spra];
    if (size >= 0) offset += size;
    else if (sprm === 0xd608) offset += 2 + view.getUint16(offset, true) - 1;
    else offset += 1 + view.getUint8(offset);
  }
  return found;
}

function isIn(runs: [number, number][], fc: number): boolean {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fc < runs[middle][0]) high = middle - 1;
    else if (fc >= runs[middle][1]) low = middle + 1;
    else return true;
  }
  return false;
}

/** Field codes (between 0x13 and 0x14) dropped, field results kept; Word's special characters as text. */
function cleanText(text: string): string {
  let out = "";
  let depth = 0;
  let inCode = false;
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code === 0x13) {
      depth++;
      inCode = true;
    } else if (code === 0x14) inCode = false;
    else if (code === 0x15) {
      depth = Math.max(0, depth - 1);
      inCode = false;
    } else if (inCode && depth > 0) continue;
    else if (code === 0x0b) out += "\n";
    else if (code === 0x1e) out += "-";
    else if (code === 0x0c) out += "\r";
    else if (code === 0x09 || code === 0x0d || code === CELL_MARK || code >= 0x20) out += character;
  }
  return out;
}

function blocksOf(main: { text: string; fcs: number[] }, runs: TableRuns): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  let rows: DocxTableRow[] | undefined;
  let cells: string[][] = [];
  let paragraphs: string[] = [];
  let current = "";
  const { text, fcs } = main;
  const endTable = () => {
    if (rows) blocks.push({ table: rows });
    rows = undefined;
    cells = [];
    paragraphs = [];
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === CELL_MARK && isIn(runs.rowEnd, fcs[index])) {
      (rows ??= []).push(cells);
      cells = [];
      paragraphs = [];
      current = "";
    } else if (code === CELL_MARK) {
      paragraphs.push(cleanText(current));
      cells.push(paragraphs);
      paragraphs = [];
      current = "";
    } else if (code === 0x0d) {
      if (isIn(runs.inTable, fcs[index])) paragraphs.push(cleanText(current));
      else {
        endTable();
        blocks.push({ paragraph: cleanText(current) });
      }
      current = "";
    } else current += text[index];
  }
  endTable();
  if (current.trim()) blocks.push({ paragraph: cleanText(current) });
  return blocks;
}
