import JSZip from "jszip";
import { CONTENT_TYPE, MAIN_NS, RELATIONSHIP_NS, REL_TYPE } from "./package-parts";
import { EMPTY_STYLES } from "./styles";

const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** A workbook with no sheet yet (the first write adds them; saving adds "Sheet1" if none came). */
export function emptyPackage(): JSZip {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIP_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`,
  );
  zip.file(
    "docProps/core.xml",
    `${HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>Rights Matrix</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIP_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/styles.xml", EMPTY_STYLES);
  return zip;
}
