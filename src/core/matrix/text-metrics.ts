/**
 * How wide text is in Calibri (Word's and Excel's default font; LibreOffice renders it with the
 * metric-compatible Carlito), so that generated sheets and reports can size rows and columns
 * for programs that do not measure text themselves. Widths are advance widths in thousandths of
 * an em, rounded up, for the regular face.
 */
const CALIBRI: Record<string, number> = {
  " ": 226, a: 479, b: 525, c: 423, d: 525, e: 498, f: 305, g: 471, h: 525, i: 229, j: 239, k: 455, l: 229, m: 799,
  n: 525, o: 527, p: 525, q: 525, r: 349, s: 391, t: 335, u: 525, v: 452, w: 715, x: 433, y: 453, z: 395,
  A: 579, B: 544, C: 533, D: 615, E: 488, F: 459, G: 631, H: 623, I: 252, J: 319, K: 520, L: 420, M: 855, N: 646,
  O: 662, P: 517, Q: 673, R: 543, S: 459, T: 487, U: 642, V: 567, W: 890, X: 519, Y: 487, Z: 468,
  ".": 252, ",": 250, ":": 268, ";": 268, "-": 306, "–": 498, "—": 905, "(": 303, ")": 303, "[": 307, "]": 307, "/": 386,
  "\\": 386, "%": 715, "&": 682, "'": 221, '"': 401, "’": 250, "‘": 250, "“": 418, "”": 418, "!": 326, "?": 463, "#": 498,
  "+": 498, "=": 498, "<": 498, ">": 498, "@": 899, "*": 498, _: 498, "·": 268, "•": 498, "…": 750, "→": 1000,
};
const DIGIT = 507;
/** Symbols outside the table (⚠, ✎, CJK...) come from another font: count them a full em. */
const OTHER = 1000;
/** Bold Calibri is a little wider than regular. */
const BOLD_FACTOR = 1.06;

export interface TextMetric {
  /** Multiplies every width: above 1 errs on the side of more room (fonts substituted, hinting). */
  safety: number;
}

/** What the generators use: 10% more room than Calibri needs. */
export const CONSERVATIVE_METRIC: TextMetric = { safety: 1.1 };

const widthCache = new Map<string, number>();

function charUnits(char: string): number {
  let units = widthCache.get(char);
  if (units === undefined) {
    if (char >= "0" && char <= "9") units = DIGIT;
    else units = CALIBRI[char] ?? CALIBRI[char.normalize("NFD")[0]] ?? OTHER;
    widthCache.set(char, units);
  }
  return units;
}

/**
 * Widths by UTF-16 code unit, filled as characters are met: the matrix measures every cell of
 * thousands of rows, and a typed-array lookup is several times faster than a string key.
 */
const unitsByCode = new Uint16Array(0x10000);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Width units of one UTF-16 code unit that is a character of its own. */
function unitsOfCode(code: number): number {
  let units = unitsByCode[code];
  if (units === 0) unitsByCode[code] = units = charUnits(String.fromCharCode(code));
  return units;
}

/** Width units of the character at `index` (a surrogate pair is one character, from another font). */
function unitsAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1)) ? OTHER : unitsOfCode(code);
}

/** Code units the character at `index` takes: 2 for a surrogate pair. */
const charLength = (text: string, index: number): number => (isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1);

const toEms = (units: number, bold: boolean, metric: TextMetric): number => (units / 1000) * metric.safety * (bold ? BOLD_FACTOR : 1);

/** Width of a text in ems (multiply by the font size for points). */
export function textEms(text: string, bold = false, metric: TextMetric = CONSERVATIVE_METRIC): number {
  let units = 0;
  for (let index = 0; index < text.length; index += charLength(text, index)) units += unitsAt(text, index);
  return toEms(units, bold, metric);
}

/** The longest word of a text (split at spaces and line breaks), in ems. */
export function longestWordEms(text: string, bold = false, metric: TextMetric = CONSERVATIVE_METRIC): number {
  let longest = 0;
  for (const word of text.split(/\s+/)) longest = Math.max(longest, textEms(word, bold, metric));
  return longest;
}

/** The longest line of a text, in ems. */
export function longestLineEms(text: string, bold = false, metric: TextMetric = CONSERVATIVE_METRIC): number {
  let longest = 0;
  for (const line of text.split(/\r?\n/)) longest = Math.max(longest, textEms(line, bold, metric));
  return longest;
}

/**
 * Lines a text takes when wrapped at `widthEms`, as word processors and spreadsheets wrap: at
 * spaces, each line break starting a new line, a word longer than the line broken where it
 * must. One pass over the characters, without splitting the text: this runs for every cell of
 * a generated matrix.
 */
export function wrappedLineCount(text: string, widthEms: number, bold = false, metric: TextMetric = CONSERVATIVE_METRIC): number {
  if (!text) return 0;
  const space = textEms(" ", bold, metric);
  let lines = 1;
  let used = 0;
  let wordUnits = 0;
  const endWord = () => {
    let width = toEms(wordUnits, bold, metric);
    wordUnits = 0;
    const needed = used === 0 ? width : used + space + width;
    if (needed <= widthEms) {
      used = needed;
      return;
    }
    if (used > 0) lines++;
    // A word wider than the line fills whole lines, its rest starts the next.
    while (width > widthEms && widthEms > 0) {
      width -= widthEms;
      lines++;
    }
    used = width;
  };
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    // "\n" and "\r\n" end a paragraph; a "\r" alone is a character like any other.
    const lineBreak = code === 10 ? 1 : code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 0;
    if (lineBreak > 0) {
      endWord();
      lines++;
      used = 0;
      index += lineBreak;
    } else if (code === 32) {
      endWord();
      index++;
    } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      wordUnits += OTHER;
      index += 2;
    } else {
      wordUnits += unitsOfCode(code);
      index++;
    }
  }
  endWord();
  return lines;
}
