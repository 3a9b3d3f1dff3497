import { longestLineEms, longestWordEms } from "../matrix/text-metrics";

/**
 * Column widths for a report table, in twips (twentieths of a point), from what the columns
 * hold: no column is narrower than its longest word (so "Supported" or an ID never breaks
 * inside), a column of short values (IDs, vocabularies, dates) is as wide as its longest line
 * when there is room, and the text columns share the rest by the length of their cells. The
 * widths add up to `usableWidth` exactly, for Word's fixed table layout.
 */
export interface ColumnContent {
  header: string;
  cells: readonly string[];
}

/** Word's default cell margins (0.19 cm each side) and a little air. */
export const CELL_PADDING_TWIPS = 2 * 108 + 40;
/** A column whose longest line is at most this wide is "short": it is given its whole line. */
const SHORT_LINE_TWIPS = 2400;

export function fitColumnWidths(columns: readonly ColumnContent[], usableWidth: number, fontSizePt: number): number[] {
  const twips = (ems: number) => Math.ceil(ems * fontSizePt * 20) + CELL_PADDING_TWIPS;
  const measured = columns.map((column) => {
    let word = longestWordEms(column.header, true);
    let line = 0;
    let characters = 0;
    let filled = 0;
    for (const cell of column.cells) {
      word = Math.max(word, longestWordEms(cell));
      line = Math.max(line, longestLineEms(cell));
      characters += cell.length;
      if (cell) filled++;
    }
    // Whether a column is short depends on its values; a short column keeps a short header on one line too.
    const short = twips(line) <= SHORT_LINE_TWIPS;
    const header = twips(longestLineEms(column.header, true));
    const keepsHeader = short && header <= SHORT_LINE_TWIPS;
    // A text column's claim on the room: between its text per row and per filled cell (their
    // geometric mean), so a column with few but long cells (the actions of a young plan) is
    // neither squeezed by one full of text nor given room it leaves blank on most rows.
    const weight = filled > 0 ? characters / Math.sqrt(filled * column.cells.length) : 1;
    return { word: twips(word), line: Math.max(twips(Math.max(line, word)), keepsHeader ? header : 0), weight, short };
  });
  const widths = measured.map((column) => column.word);
  let left = usableWidth - widths.reduce((sum, width) => sum + width, 0);
  if (left < 0) {
    // Even the longest words do not fit side by side: shrink in proportion (some words must break).
    return exact(widths.map((width) => (width * usableWidth) / (usableWidth - left)), usableWidth);
  }
  // Short columns first, the cheapest first, so as many as possible never wrap.
  const short = measured.map((column, index) => ({ index, extra: column.line - column.word })).filter(({ index }) => measured[index].short);
  for (const { index, extra } of short.sort((a, b) => a.extra - b.extra)) {
    if (extra > left) break;
    widths[index] += extra;
    left -= extra;
  }
  // Text columns share the rest by the length of their cells, none wider than its longest line.
  const shortSet = new Set(short.map(({ index }) => index));
  let growing = measured.map((_, index) => index).filter((index) => !shortSet.has(index) && widths[index] < measured[index].line);
  while (left > 1 && growing.length > 0) {
    const weight = growing.reduce((sum, index) => sum + measured[index].weight, 0);
    let given = 0;
    for (const index of growing) {
      const share = Math.min((left * measured[index].weight) / weight, measured[index].line - widths[index]);
      widths[index] += share;
      given += share;
    }
    left -= given;
    growing = growing.filter((index) => widths[index] < measured[index].line - 1);
    if (given < 1) break;
  }
  // Room to spare (every line fits): the text columns, or else all, share it evenly.
  if (left > 1) {
    const takers = measured.map((_, index) => index).filter((index) => !shortSet.has(index));
    const receivers = takers.length > 0 ? takers : measured.map((_, index) => index);
    for (const index of receivers) widths[index] += left / receivers.length;
  }
  return exact(widths, usableWidth);
}

/** Whole twips that add up to the total: the rounding goes to the widest column. */
function exact(widths: readonly number[], total: number): number[] {
  const whole = widths.map((width) => Math.floor(width));
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest] += total - whole.reduce((sum, width) => sum + width, 0);
  return whole;
}
