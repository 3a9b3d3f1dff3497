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

/** Width of a text in ems (multiply by the font size for points). */
export function textEms(text: string, bold = false, metric: TextMetric = CONSERVATIVE_METRIC): number {
  let units = 0;
  for (const char of text) units += charUnits(char);
  return (units / 1000) * metric.safety * (bold ? BOLD_FACTOR : 1);
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
 * must.
 */
export function wrappedLineCount(text: string, widthEms: number, bold = false, metric: TextMetric = CONSERVATIVE_METRIC): number {
  if (!text) return 0;
  const space = textEms(" ", bold, metric);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let width = textEms(word, bold, metric);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= widthEms) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line fills whole lines, its rest starts the next.
      while (width > widthEms && widthEms > 0) {
        width -= widthEms;
        lines++;
      }
      used = width;
    }
  }
  return lines;
}
