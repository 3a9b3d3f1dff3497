import { movedCommentsPart, movedVmlNotes } from "../../../src/workbook/file/moved-comments";
import { RowMoves } from "../../../src/workbook/file/row-moves";

/** Rows 2-5 of columns A-W; row 3 deleted, rows 4 and 5 move up. */
const moves = new RowMoves(
  { top: 2, bottom: 5, left: 1, right: 23 },
  new Map([
    [2, 2],
    [3, null],
    [4, 3],
    [5, 4],
  ]),
);

describe("comments as Excel 365 writes them, when rows close up", () => {
  test("a threaded comment and its reply move with their cell; the deleted row's thread goes; a comment beside the table stays", () => {
    const xml =
      `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">` +
      `<threadedComment ref="B3" dT="2026-03-01T10:00:00.00" personId="{P1}" id="{C1}"><text>Gone with row 3</text></threadedComment>` +
      `<threadedComment ref="B4" dT="2026-03-01T10:00:00.00" personId="{P1}" id="{C2}"><text>Ask the ministry</text></threadedComment>` +
      `<threadedComment ref="B4" dT="2026-03-02T10:00:00.00" personId="{P2}" id="{C3}" parentId="{C2}"><text>Asked.</text></threadedComment>` +
      `<threadedComment ref="Z4" dT="2026-03-02T10:00:00.00" personId="{P2}" id="{C4}"><text>Beside the table</text></threadedComment>` +
      `</ThreadedComments>`;
    const moved = movedCommentsPart(xml, "xl/threadedComments/threadedComment1.xml", moves)!;
    expect([...moved.matchAll(/ref="([^"]+)"[^>]*id="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`)).toEqual(["B3 {C2}", "B3 {C3}", "Z4 {C4}"]);
    expect(moved).not.toContain("Gone with row 3");
  });

  test("the note boxes of Excel's VML (not well-formed: <br>) move with their rows; other shapes and text stay", () => {
    const note = (row: number, column: number) =>
      `<v:shape id="_x0000_s10${row}" type="#_x0000_t202" style="visibility:hidden"><v:textbox><div>Line one<br>line two</div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:Anchor>\n 2, 15, ${row - 2}, 10, 4, 15, ${row + 2}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`;
    const button = `<v:shape id="_x0000_s2000" type="#_x0000_t201"><x:ClientData ObjectType="Button"><x:Anchor>1, 0, 3, 0, 2, 0, 4, 0</x:Anchor></x:ClientData></v:shape>`;
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202"/>${note(3, 2)}${note(5, 2)}${note(5, 26)}${button}</xml>`;
    const moved = movedVmlNotes(vml, moves)!;
    expect([...moved.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((match) => `${match[1]},${match[2]}`)).toEqual(["3,1", "4,25"]);
    expect(moved).toContain("<x:Anchor>2, 15, 2, 10, 4, 15, 6, 4</x:Anchor>");
    expect(moved).toContain(button);
    expect(moved).toContain("Line one<br>line two");
    expect(moved).not.toContain("_x0000_s103");
  });
});
