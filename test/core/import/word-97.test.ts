import { readFileSync } from "node:fs";
import path from "node:path";
import CFB from "cfb";
import { importRecommendations } from "../../../src/app/import-recommendations";
import { openSource } from "../../../src/core/import/read-source";
import type { ImportSource } from "../../../src/core/import/source-types";
import { UserFacingError } from "../../../src/model/i18n/messages";
import { XlsxWorkbook } from "../../../src/workbook/file/xlsx-workbook";

const FIXTURES = path.resolve(__dirname, "../../fixtures/import/ohchr-docx");
const fixture = (name: string): ImportSource => ({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) });

async function recommendationsOf(source: ImportSource) {
  const opened = await openSource(source, {});
  const events = [...opened.events];
  return { format: opened.format, recommendations: events.flatMap((event) => ("recommendation" in event ? [event.recommendation] : [])), notices: opened.notices };
}

describe("Word 97-2003 .doc", () => {
  it("reads a thematic list saved as .doc by LibreOffice exactly as the .docx it came from", async () => {
    const doc = await recommendationsOf(fixture("upr20-excerpt.doc"));
    const docx = await recommendationsOf(fixture("upr20-excerpt.docx"));
    expect(doc.format).toBe("ohchr-docx");
    expect(doc.recommendations.length).toBeGreaterThan(5);
    const essentials = (r: (typeof doc.recommendations)[number]) => [r.paragraph, r.text, r.country, r.session, r.documentSymbol, r.recommendingStates, r.response, r.themes, r.affectedPersons];
    expect(doc.recommendations.map(essentials)).toEqual(docx.recommendations.map(essentials));
    expect(doc.notices.map((notice) => notice.params.value)).toEqual(docx.notices.map((notice) => notice.params.value));
  });

  it("says to save a .doc it cannot read as .docx in Word, and writes nothing", async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, "/WordDocument", Buffer.alloc(1024, 7));
    CFB.utils.cfb_add(container, "/1Table", Buffer.alloc(1024, 0));
    const bytes = new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
    const workbook = XlsxWorkbook.empty("x.xlsx");
    const apply = jest.spyOn(workbook, "apply");
    const error = await importRecommendations(workbook, [{ name: "ministry.doc", bytes }]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toMatch(/^ministry\.doc is a Word 97-2003 \.doc file .*save it as \.docx/);
    expect((error as UserFacingError).localized("fr")).toContain("enregistrez-le en .docx");
    expect(apply).not.toHaveBeenCalled();
  });
});
