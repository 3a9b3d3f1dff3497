import { columnLetter } from "../plan";
import type { TableRange } from "./table-part";

/**
 * The A1 references in a formula's text, rewritten one by one while everything else (strings,
 * structured references such as Table[Column], names, functions, other workbooks' references)
 * keeps its characters. Enough of Excel's formula grammar to move references, not to evaluate.
 */

export interface FormulaReference {
  /** The sheet named before "!", unquoted; null when the reference is to the formula's own sheet. */
  sheet: string | null;
  range: TableRange;
  /** "$" on the first and last cell's column and row. */
  absolute: { left: boolean; top: boolean; right: boolean; bottom: boolean };
  /** A single cell ("B7") rather than a range ("B7:B9"). */
  single: boolean;
  /** The reference's cells as written, without the sheet. */
  text: string;
}

const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const NAME_CHAR = /[\w.\u00C0-\uFFFF]/;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

function cellAt(text: string, at: number): { end: number; column: number; row: number; columnAbsolute: boolean; rowAbsolute: boolean } | null {
  CELL.lastIndex = at;
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnNumber(match[2]);
  const row = Number(match[4]);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { end: at + match[0].length, column, row, columnAbsolute: match[1] === "$", rowAbsolute: match[3] === "$" };
}

/** The reference written back, "$" signs kept. */
export function referenceText(reference: FormulaReference): string {
  const { range, absolute } = reference;
  const first = `${absolute.left ? "$" : ""}${columnLetter(range.left)}${absolute.top ? "$" : ""}${range.top}`;
  if (reference.single) return first;
  return `${first}:${absolute.right ? "$" : ""}${columnLetter(range.right)}${absolute.bottom ? "$" : ""}${range.bottom}`;
}

/**
 * The formula with each A1 reference replaced by what `rewrite` returns for it (its text for
 * the reference as it was, "#REF!" for one whose cells went). The sheet prefix, if any, is kept.
 */
export function rewriteReferences(formula: string, rewrite: (reference: FormulaReference) => string): string {
  const out: string[] = [];
  let at = 0;
  let copiedTo = 0;
  let afterBracket = false;
  while (at < formula.length) {
    const char = formula[at];
    if (char === '"') {
      // A string: "" is a quote inside it.
      at++;
      while (at < formula.length && !(formula[at] === '"' && formula[at + 1] !== '"')) at += formula[at] === '"' ? 2 : 1;
      at++;
      afterBracket = false;
      continue;
    }
    if (char === "[") {
      // A structured reference or another workbook's number: never a cell of this workbook.
      let depth = 0;
      do {
        if (formula[at] === "[") depth++;
        else if (formula[at] === "]") depth--;
        at++;
      } while (at < formula.length && depth > 0);
      afterBracket = true;
      continue;
    }
    const previous = at > 0 ? formula[at - 1] : "";
    if (previous && (NAME_CHAR.test(previous) || previous === "$")) {
      at++;
      continue;
    }
    let sheet: string | null = null;
    let cursor = at;
    if (char === "'") {
      let end = at + 1;
      while (end < formula.length && !(formula[end] === "'" && formula[end + 1] !== "'")) end += formula[end] === "'" ? 2 : 1;
      if (formula[end + 1] !== "!") {
        at = end + 1;
        continue;
      }
      sheet = formula.slice(at + 1, end).replace(/''/g, "'");
      cursor = end + 2;
    } else {
      const name = /[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/y;
      name.lastIndex = at;
      const match = name.exec(formula);
      if (match) {
        sheet = match[0].slice(0, -1);
        cursor = at + match[0].length;
      }
    }
    const first = cellAt(formula, cursor);
    if (!first) {
      // Not a reference: skip the whole word, so that "LOG10" is not read from its "G10".
      at = Math.max(cursor, at + 1);
      if (NAME_CHAR.test(formula[at - 1])) while (at < formula.length && NAME_CHAR.test(formula[at])) at++;
      afterBracket = false;
      continue;
    }
    let end = first.end;
    let last = first;
    let single = true;
    if (formula[end] === ":") {
      const second = cellAt(formula, end + 1);
      if (second) {
        last = second;
        end = second.end;
        single = false;
      }
    }
    // A function name or a longer name that only starts like a cell ("A1B", "LOG10(").
    if (end < formula.length && (NAME_CHAR.test(formula[end]) || formula[end] === "(" || formula[end] === "!")) {
      at = end;
      while (at < formula.length && NAME_CHAR.test(formula[at])) at++;
      afterBracket = false;
      continue;
    }
    if (!afterBracket) {
      const reference: FormulaReference = {
        sheet,
        range: { top: Math.min(first.row, last.row), bottom: Math.max(first.row, last.row), left: Math.min(first.column, last.column), right: Math.max(first.column, last.column) },
        absolute: { left: first.columnAbsolute, top: first.rowAbsolute, right: last.columnAbsolute, bottom: last.rowAbsolute },
        single,
        text: formula.slice(cursor, end),
      };
      const replacement = rewrite(reference);
      if (replacement !== reference.text) {
        out.push(formula.slice(copiedTo, cursor), replacement);
        copiedTo = end;
      }
    }
    at = end;
    afterBracket = false;
  }
  out.push(formula.slice(copiedTo));
  return out.join("");
}

/** A formula as it reads one row and column further on (a shared formula's text for another of its cells): relative parts move, "$" parts stay. */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return rewriteReferences(formula, (reference) => {
    const { range, absolute } = reference;
    const moved: FormulaReference = {
      ...reference,
      range: {
        left: absolute.left ? range.left : range.left + columns,
        top: absolute.top ? range.top : range.top + rows,
        right: absolute.right ? range.right : range.right + columns,
        bottom: absolute.bottom ? range.bottom : range.bottom + rows,
      },
    };
    const { left, top, right, bottom } = moved.range;
    if (left < 1 || top < 1 || right > MAX_COLUMN || bottom > MAX_ROW) return "#REF!";
    return referenceText(moved);
  });
}
