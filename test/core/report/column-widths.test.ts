import { CELL_PADDING_TWIPS, fitColumnWidths } from "../../../src/core/report/column-widths";
import { longestLineEms, longestWordEms } from "../../../src/core/matrix/text-metrics";

const PAGE = 16838 - 2 * 1134;
const twips = (ems: number) => ems * 9 * 20 + CELL_PADDING_TWIPS;

describe("report column widths", () => {
  const columns = [
    { header: "Recommendation IDs", cells: ["UPR4-SVN-140.172", "UPR3-SVN-122.133\nUPR4-SVN-140.214\nOverlap group OG-032"] },
    { header: "Recommendation", cells: ["Continue its efforts with a view to the effective implementation of the United Nations Declaration on Human Rights Education and Training".repeat(2), "Criminalize all acts of discrimination"] },
    { header: "Response", cells: ["Supported", "Noted"] },
    { header: "Actions (ID, description, deadline, status)", cells: ["", "A-003: Train the police (Police; deadline 2027-12-31; Planned; 0%)"] },
    { header: "Implementation status", cells: ["In progress", "Partially implemented"] },
  ];
  const widths = fitColumnWidths(columns, PAGE, 9);

  test("whole twips that add up to the page's text width", () => {
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(PAGE);
  });

  test("no column narrower than its longest word; short columns get their whole line and a short header", () => {
    columns.forEach((column, index) => {
      const word = Math.max(longestWordEms(column.header, true), ...column.cells.map((cell) => longestWordEms(cell)));
      expect(widths[index]).toBeGreaterThanOrEqual(twips(word));
    });
    expect(widths[2]).toBeGreaterThanOrEqual(twips(longestLineEms("Supported")));
    expect(widths[4]).toBeGreaterThanOrEqual(twips(longestLineEms("Implementation status", true)));
    expect(widths[4]).toBeGreaterThanOrEqual(twips(longestLineEms("Partially implemented")));
    // The recommendation text takes most of the rest.
    expect(widths[1]).toBe(Math.max(...widths));
  });

  test("words wider than the page together are shrunk in proportion rather than overflow", () => {
    const crowded = fitColumnWidths(Array.from({ length: 30 }, () => ({ header: "Implementation", cells: ["Supported"] })), PAGE, 9);
    expect(crowded.reduce((sum, width) => sum + width, 0)).toBe(PAGE);
  });
});
