import { isOwnChartName } from "../plan";
import { decodeXmlText, MalformedPartError } from "./xml";

/**
 * A sheet's drawing seen as its anchors (one per chart, picture or shape), told apart into ours
 * and a person's by the name our charts carry. Text-level, like the sheet patches: the anchors
 * we do not own keep their exact text.
 */

export interface DrawingAnchor {
  name: string;
  /** Relationship IDs of the charts the anchor shows. */
  chartIds: string[];
}

export interface SplitDrawing {
  own: DrawingAnchor[];
  others: DrawingAnchor[];
  /** The drawing's text without our anchors. */
  without: string;
  /** A shape ID no anchor uses yet. */
  nextShapeId: number;
}

const ANCHOR = /<((?:[\w.-]+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)(?=[\s>])[\s\S]*?<\/\1\2\s*>/g;
const SHAPE_NAME = /<(?:[\w.-]+:)?cNvPr(?=[\s/>])[^>]*?\sname\s*=\s*(["'])([^"']*)\1/;
const SHAPE_ID = /<(?:[\w.-]+:)?cNvPr(?=[\s/>])[^>]*?\sid\s*=\s*["'](\d+)["']/g;
const CHART_ID = /<(?:[\w.-]+:)?chart(?=[\s/>])[^>]*?\s(?:[\w.-]+:)?id\s*=\s*["']([^"']*)["']/g;

export function drawingAnchors(xml: string): DrawingAnchor[] {
  return [...xml.matchAll(ANCHOR)].map((match) => anchorOf(match[0]));
}

/** `isOwn` tells ours from a person's: by name first; a program that renamed them needs another sign. */
export function splitDrawing(xml: string, isOwn: (anchor: DrawingAnchor) => boolean = (anchor) => isOwnChartName(anchor.name)): SplitDrawing {
  const own: DrawingAnchor[] = [];
  const others: DrawingAnchor[] = [];
  const without = xml.replace(ANCHOR, (anchorXml) => {
    const anchor = anchorOf(anchorXml);
    if (isOwn(anchor)) {
      own.push(anchor);
      return "";
    }
    others.push(anchor);
    return anchorXml;
  });
  const nextShapeId = Math.max(1, ...[...xml.matchAll(SHAPE_ID)].map((match) => Number(match[1]))) + 1;
  return { own, others, without, nextShapeId };
}

function anchorOf(anchorXml: string): DrawingAnchor {
  return { name: decodeXmlText(SHAPE_NAME.exec(anchorXml)?.[2] ?? ""), chartIds: [...anchorXml.matchAll(CHART_ID)].map((match) => match[1]) };
}

const TITLE = /<(?:[\w.-]+:)?title(?=[\s>])[\s\S]*?<\/(?:[\w.-]+:)?title\s*>/;
const TEXT_RUN = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t\s*>/g;

/** A chart part's title as plain text ("" without one): the text runs of its first title element. */
export function chartTitle(chartXml: string): string {
  const title = TITLE.exec(chartXml)?.[0] ?? "";
  return [...title.matchAll(TEXT_RUN)].map((match) => decodeXmlText(match[1])).join("");
}

/** The drawing with anchors added at its end (anchors are drawn in document order: ours on top). */
export function withAnchors(xml: string, part: string, anchorsXml: string): string {
  const close = /<\/(?:[\w.-]+:)?wsDr\s*>\s*$/.exec(xml);
  if (!close) throw new MalformedPartError(part, "the drawing does not end with its wsDr element");
  return xml.slice(0, close.index) + anchorsXml + xml.slice(close.index);
}
