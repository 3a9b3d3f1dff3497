/**
 * CSV and tab-separated text, read row by row from text chunks so a large file never has to
 * exist as one string or one array of rows. Quoted fields may hold delimiters and line
 * breaks; rows end at CRLF, LF or a lone CR (classic Mac files).
 */

export interface DelimitedRow {
  /** 1-based line on which the row starts, as a text editor counts lines. */
  line: number;
  cells: string[];
  /**
   * A quoted field of this row is broken: text follows its closing quote, or it is never closed.
   * Such a row has swallowed the line(s) after it, so it cannot be trusted.
   */
  brokenQuote?: boolean;
}

export type Delimiter = "," | ";" | "\t";

/** The delimiter that splits the header line into the most fields (quotes respected). */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character in counts) counts[character as Delimiter]++;
  }
  if (counts["\t"] > 0 && counts["\t"] >= counts[","]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

/** The text up to the first line break, from the first chunks. */
export function firstLineOf(chunks: Iterable<string>): string {
  let text = "";
  for (const chunk of chunks) {
    text += chunk;
    const end = text.search(/[\r\n]/);
    if (end >= 0) return text.slice(0, end);
    if (text.length > 1 << 20) break;
  }
  return text;
}

export function* parseDelimited(chunks: Iterable<string>, delimiter: Delimiter): Generator<DelimitedRow> {
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  /** The last chunk ended just after a quote inside a quoted field: escaped quote or closing one. */
  let pendingQuote = false;
  /** The last chunk ended with CR: a following LF belongs to the same line break. */
  let pendingCr = false;
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;
  let brokenQuote = false;
  /** A quote just closed a field: only a delimiter or a line break may follow. */
  let justClosed = false;

  const endRow = (): DelimitedRow | undefined => {
    cells.push(field);
    const row = rowHasContent || cells.length > 1 || field.length > 0 ? { line: rowLine, cells, ...(brokenQuote ? { brokenQuote } : {}) } : undefined;
    cells = [];
    field = "";
    rowHasContent = false;
    brokenQuote = false;
    return row;
  };

  /** A quoted field's CR ended the last chunk: it counts as a line unless an LF follows. */
  let quotedCrAtEnd = false;

  for (const chunk of chunks) {
    let index = 0;
    if (quotedCrAtEnd) {
      quotedCrAtEnd = false;
      if (chunk[0] !== "\n") line++;
    }
    if (pendingCr) {
      pendingCr = false;
      if (chunk[0] === "\n") index = 1;
    }
    if (pendingQuote) {
      pendingQuote = false;
      if (chunk[0] === '"') {
        field += '"';
        index = 1;
      } else {
        quoted = false;
        justClosed = true;
      }
    }
    while (index < chunk.length) {
      if (quoted) {
        const close = chunk.indexOf('"', index);
        if (close < 0) {
          field += chunk.slice(index);
          quotedCrAtEnd = chunk.endsWith("\r");
          line += countLineBreaks(chunk, index, quotedCrAtEnd ? chunk.length - 1 : chunk.length);
          index = chunk.length;
          break;
        }
        field += chunk.slice(index, close);
        line += countLineBreaks(chunk, index, close);
        if (close + 1 === chunk.length) {
          pendingQuote = true;
          index = close + 1;
        } else if (chunk[close + 1] === '"') {
          field += '"';
          index = close + 2;
        } else {
          quoted = false;
          justClosed = true;
          index = close + 1;
        }
        continue;
      }
      const character = chunk[index];
      if (justClosed) {
        justClosed = false;
        if (character !== delimiter && character !== "\n" && character !== "\r") brokenQuote = true;
      }
      if (character === '"' && field.length === 0) {
        quoted = true;
        rowHasContent = true;
        index++;
      } else if (character === delimiter) {
        cells.push(field);
        field = "";
        rowHasContent = true;
        index++;
      } else if (character === "\n" || character === "\r") {
        const row = endRow();
        if (row) yield row;
        if (character === "\r") {
          if (index + 1 === chunk.length) pendingCr = true;
          else if (chunk[index + 1] === "\n") index++;
        }
        index++;
        line++;
        rowLine = line;
      } else {
        let end = index + 1;
        while (end < chunk.length) {
          const next = chunk[end];
          if (next === delimiter || next === "\n" || next === "\r" || next === '"') break;
          end++;
        }
        field += chunk.slice(index, end);
        index = end;
      }
    }
  }
  // A quote that ended the last chunk closed its field.
  if (quoted && !pendingQuote) brokenQuote = true;
  const last = endRow();
  if (last) yield last;
}

function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    const character = text.charCodeAt(index);
    if (character === 10 || (character === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}
