import { chartTitle, splitDrawing, withAnchors } from "../../../src/workbook/file/drawing-anchors";

const DRAWING = (anchors: string) =>
  `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`;
const CHART_ANCHOR = (id: number, name: string, relId: string) =>
  `<xdr:twoCellAnchor><xdr:from/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${name}"/></xdr:nvGraphicFramePr><a:graphic><a:graphicData><c:chart xmlns:c="c" xmlns:r="r" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
const PICTURE = `<xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="7" name="Logo"/></xdr:nvPicPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`;

describe("a drawing's anchors, ours told from a person's", () => {
  test("ours (by name) leave the drawing; a person's chart and picture keep their exact text; shape IDs continue after the highest", () => {
    const persons = CHART_ANCHOR(3, "Chart 2", "rId2");
    const split = splitDrawing(DRAWING(CHART_ANCHOR(2, "Rights Matrix chart 1", "rId1") + persons + PICTURE));
    expect(split.own).toEqual([{ name: "Rights Matrix chart 1", chartIds: ["rId1"] }]);
    expect(split.others.map((anchor) => anchor.name)).toEqual(["Chart 2", "Logo"]);
    expect(split.without).toBe(DRAWING(persons + PICTURE));
    expect(split.nextShapeId).toBe(8);
  });

  test("another sign of ours (a title) is honoured where a program renamed the chart", () => {
    const split = splitDrawing(DRAWING(CHART_ANCHOR(2, "Chart 1", "rId1") + CHART_ANCHOR(3, "Chart 2", "rId2")), (anchor) => anchor.chartIds.includes("rId2"));
    expect(split.own.map((anchor) => anchor.name)).toEqual(["Chart 2"]);
  });

  test("anchors join the drawing before its closing tag, whatever its prefix; a drawing without one is refused naming its part", () => {
    expect(withAnchors(`<wsDr xmlns="x"><a/></wsDr>\n`, "xl/drawings/drawing1.xml", "<b/>")).toBe(`<wsDr xmlns="x"><a/><b/></wsDr>\n`);
    expect(() => withAnchors(`<xdr:wsDr>`, "xl/drawings/drawing9.xml", "<b/>")).toThrow("xl/drawings/drawing9.xml");
  });

  test("a chart's title is the text of its first title's runs, entities decoded", () => {
    const chart = `<c:chartSpace><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Status &amp; </a:t></a:r><a:r><a:t>cluster</a:t></a:r></a:p></c:rich></c:tx></c:title><c:valAx><c:title><c:tx><c:rich><a:p><a:r><a:t>Count</a:t></a:r></a:p></c:rich></c:tx></c:title></c:valAx></c:chart></c:chartSpace>`;
    expect(chartTitle(chart)).toBe("Status & cluster");
    expect(chartTitle("<c:chartSpace/>")).toBe("");
  });
});
