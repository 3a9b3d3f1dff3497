import { textEms, wrappedLineCount } from "../../../src/core/matrix/text-metrics";

/** The obvious way to count wrapped lines (split into paragraphs, then words), which the one-pass count must equal. */
function referenceLineCount(text: string, widthEms: number, bold = false): number {
  if (!text) return 0;
  const space = textEms(" ", bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let width = textEms(word, bold);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= widthEms) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      while (width > widthEms && widthEms > 0) {
        width -= widthEms;
        lines++;
      }
      used = width;
    }
  }
  return lines;
}

/** A deterministic generator, so a failure reproduces. */
function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pieces = ["a", "Strengthen", "the", "  ", " ", "\n", "\r\n", "\r", "é", "Ñ", "—", "✎", "😀", "ratification", "Supercalifragilisticexpialidocious", "16.3", "(b)", "数"];
  for (let n = 0; n < count; n++) {
    let text = "";
    const length = Math.floor(next() * 40);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.6 ? " " : "");
    yield text;
  }
}

describe("wrapped line counts", () => {
  test("wrap at spaces, start a line at each line break, and break a word wider than the line", () => {
    const word = textEms("Strengthen");
    expect(wrappedLineCount("", 10)).toBe(0);
    expect(wrappedLineCount("Strengthen", word)).toBe(1);
    expect(wrappedLineCount("Strengthen Strengthen", word * 2)).toBe(2);
    expect(wrappedLineCount("Strengthen\nthe", 100)).toBe(2);
    expect(wrappedLineCount("Strengthen\r\nthe", 100)).toBe(2);
    expect(wrappedLineCount("Strengthen", word / 2.5)).toBe(3);
    // Each character counted once, an emoji as one (a surrogate pair), and the same in any order.
    expect(textEms("a😀b")).toBeCloseTo(textEms("ab") + textEms("✎"), 10);
  });

  test("equal the paragraph-and-word count on varied texts: spaces in a row, \\r\\n, a lone \\r, accents, emoji", () => {
    for (const text of texts(600)) {
      for (const width of [0.5, 3, 8.7, 25]) {
        for (const bold of [false, true]) expect([text, width, bold, wrappedLineCount(text, width, bold)]).toEqual([text, width, bold, referenceLineCount(text, width, bold)]);
      }
    }
  });
});
