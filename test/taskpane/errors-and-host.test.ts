import { UserFacingError } from "../../src/model/i18n/messages";
import { errorMessage } from "../../src/taskpane/errors";
import { detectHost, isDark } from "../../src/taskpane/host";

describe("errorMessage", () => {
  test("a catalogue error comes in the user's language; an unreadable file also says what to do", () => {
    const error = new UserFacingError("error.notAWorkbook", { file: "plan.xlsx", reason: "not a zip file" });
    expect(errorMessage(error, "es")).toBe(
      "plan.xlsx no es un libro .xlsx que Rights Matrix pueda leer (not a zip file). Ábralo en Excel (o LibreOffice), guárdelo como Libro de Excel (.xlsx) y abra aquí el archivo nuevo.",
    );
    expect(errorMessage(new UserFacingError("taskpane.error.notXlsx", { file: "a.docx" }), "fr")).toContain("a.docx n'est pas un classeur .xlsx");
  });

  test("a chunk that failed to download and an unexpected error each get their own advice", () => {
    const chunk = Object.assign(new Error("Loading chunk 193 failed."), { name: "ChunkLoadError" });
    expect(errorMessage(chunk, "en")).toMatch(/^Part of Rights Matrix could not be loaded \(Loading chunk 193 failed\)\. Check the connection/);
    expect(errorMessage(new Error("The adapter failed."), "en")).toContain("did not expect: The adapter failed. Nothing was written.");
    expect(errorMessage(new TypeError("x is undefined"), "en")).toMatch(/^Something went wrong that Rights Matrix did not expect: x is undefined\. Nothing was written\./);
  });
});

describe("host detection", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("no office.js: standalone at once", async () => {
    await expect(detectHost(50)).resolves.toEqual({ mode: "standalone", reason: "no-office" });
  });

  test("office.js in a plain browser: standalone", async () => {
    (globalThis as { Office?: unknown }).Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectHost(1000)).resolves.toEqual({ mode: "standalone", reason: "no-host" });
  });

  test("office.js that never answers: standalone after the timeout", async () => {
    (globalThis as { Office?: unknown }).Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise(() => undefined) };
    const started = Date.now();
    await expect(detectHost(200)).resolves.toEqual({ mode: "standalone", reason: "timeout" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  test("Excel: its display language and whether its theme is dark", async () => {
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "es-PY", officeTheme: { bodyBackgroundColor: "#FFFFFF" } },
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    };
    await expect(detectHost(1000)).resolves.toEqual({ mode: "excel", displayLanguage: "es-PY", dark: false });
  });

  test("isDark reads Office theme colours", () => {
    expect(isDark("#1f1f1f")).toBe(true);
    expect(isDark("#262626")).toBe(true);
    expect(isDark("#ffffff")).toBe(false);
    expect(isDark("#E6E6E6")).toBe(false);
    expect(isDark("not a colour")).toBe(false);
  });
});
