import { RecommendationIdentities, compatible, documentKey } from "../../../src/core/import/recommendation-identity";
import type { Row } from "../../../src/model/cells";

const table = (rows: Row[]) => new Map(rows.map((row) => [String(row.id), row]));

describe("recommendation identity", () => {
  it("keys a row by its document and paragraph, whatever the spacing and case", () => {
    expect(documentKey({ documentSymbol: " a/hrc/28/16 ", paragraph: "166.6" })).toBe("A/HRC/28/16#166.6");
    expect(documentKey({ documentSymbol: "CRC/C/PRY/CO/4-6", paragraph: "25 (B)" })).toBe("CRC/C/PRY/CO/4-6#25(b)");
    expect(documentKey({ documentSymbol: "A/HRC/28/16", paragraph: null })).toBeUndefined();
  });

  it("calls two rows compatible when nothing one says contradicts the other", () => {
    expect(compatible({ mechanism: "UPR", country: null }, { mechanism: "UPR", country: "EGY" })).toBe(true);
    expect(compatible({ country: "CHN" }, { country: "EGY" })).toBe(false);
    expect(compatible({ paragraph: "1.1" }, { paragraph: "1.2" })).toBe(false);
  });

  it("finds a row by document and paragraph, by a derived ID it does not contradict, or by its text", () => {
    const rows = table([
      { id: "UPR2-166.6", text: "Ratify the Optional Protocol", mechanism: "UPR", paragraph: "166.6" },
      { id: "UPR2-EGY-166.7", text: "Abolish the death penalty", mechanism: "UPR", country: "EGY", documentSymbol: "A/HRC/28/16", paragraph: "166.7" },
      { id: "UPR2-EGY-166.8", text: "Ratify OP-CAT", mechanism: "UPR", country: "EGY", paragraph: "166.8", recommendingStates: "France" },
      { id: "UPR2-EGY-166.9", text: "Ratify OP-CAT", mechanism: "UPR", country: "EGY", paragraph: "166.9", recommendingStates: "Spain" },
    ]);
    const identities = new RecommendationIdentities(rows);
    // Another derived ID, the same document and paragraph.
    expect(identities.find({ text: "Abolish capital punishment", documentSymbol: "a/hrc/28/16", paragraph: "166.7" }, "UPR-166.7")).toBe("UPR2-EGY-166.7");
    // With --country the derived ID changes; the text finds the row imported without it.
    expect(identities.find({ text: "Ratify the optional protocol.", mechanism: "UPR", country: "EGY", paragraph: "166.6" }, "UPR2-EGY-166.6")).toBe("UPR2-166.6");
    // A weak ID (no country) names the same row only for the same text.
    expect(identities.find({ text: "Something else entirely", mechanism: "UPR", paragraph: "166.6" }, "UPR2-166.6")).toBeUndefined();
    // Without a paragraph (UPR Info), the same text: the row with the same recommending State.
    expect(identities.find({ text: "Ratify OP-CAT", mechanism: "UPR", country: "EGY", recommendingStates: "Spain" }, "UPR2-EGY-ABC")).toBe("UPR2-EGY-166.9");
    // The same text for another State under review is another recommendation.
    expect(identities.find({ text: "Ratify OP-CAT", mechanism: "UPR", country: "CHN" }, "UPR2-CHN-ABC")).toBeUndefined();
  });

  it("gives a new recommendation a free ID when a different one holds the derived ID", () => {
    const identities = new RecommendationIdentities(table([{ id: "UPR-1.1" }, { id: "UPR-1.1-2" }]));
    expect(identities.freeId("UPR-1.1")).toBe("UPR-1.1-3");
    expect(identities.freeId("UPR-1.2")).toBe("UPR-1.2");
  });

  it("finds rows remembered during the import", () => {
    const rows = new Map<string, Row>();
    const identities = new RecommendationIdentities(rows);
    const row = { id: "CRC-PRY-2022-25(b)", text: "Strengthen the Secretariat", documentSymbol: "CRC/C/PRY/CO/4-6", paragraph: "25(b)" };
    rows.set(row.id, row);
    identities.remember(row.id, row);
    expect(identities.find({ text: "Strengthen", documentSymbol: "CRC/C/PRY/CO/4-6", paragraph: "25(b)" }, "CRC-PRY-25(b)")).toBe(row.id);
    expect(identities.find({ text: "strengthen the secretariat" }, "REC-XYZ")).toBe(row.id);
  });
});
