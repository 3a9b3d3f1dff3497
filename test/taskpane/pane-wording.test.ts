import { UserFacingError, translate } from "../../src/model/i18n/messages";
import { LANGUAGES } from "../../src/model/vocabularies";
import { errorMessage } from "../../src/taskpane/errors";
import { PANE_REWORDED, paneMessage } from "../../src/taskpane/pane-wording";

describe("the pane's own wording of shared messages", () => {
  test("every reworded message names no command-line option in any language, and keeps the parameters it needs", () => {
    for (const key of PANE_REWORDED) {
      const pane = paneMessage(key).key;
      expect(pane).not.toBe(key);
      for (const language of LANGUAGES) {
        expect(translate(language, pane)).not.toMatch(/--[a-z]/);
        // A parameter the pane's text uses must be one the shared message is raised with.
        const shared = new Set(translate("en", key).match(/\{\w+\}/g) ?? []);
        for (const used of translate(language, pane).match(/\{\w+\}/g) ?? []) {
          expect(shared).toContain(used);
        }
      }
    }
  });

  test("an error raised for the command line reaches the pane in the pane's words", () => {
    const error = new UserFacingError("import.unknownCountry", { value: "Atlantis" });
    expect(error.message).toContain("--country");
    expect(errorMessage(error, "en")).toBe('unknown country "Atlantis": write the State\'s name or ISO code, or type the country under Options');
    expect(errorMessage(new UserFacingError("progress.rejectNeedsComment", { location: "Progress, row 4", id: "P-003" }), "fr")).toMatch(/^Rejeter le rapport P-003 demande un commentaire/);
  });
});
