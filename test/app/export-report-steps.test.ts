import { exportWordReport } from "../../src/app/export-report";
import { sloveniaWorkbook } from "../export/slovenia-workbook";

describe("Word report steps, for the task pane's progress bar and Cancel", () => {
  test("reports each step as it starts", async () => {
    const steps: string[] = [];
    const report = await exportWordReport(await sloveniaWorkbook(3), { filter: { cycle: 4 }, language: "fr", today: "2026-11-27", onProgress: (step) => steps.push(step) });
    expect(steps).toEqual(["read", "render"]);
    expect(report.bytes.length).toBeGreaterThan(1000);
  });

  test("a cancelled export stops before reading or rendering", async () => {
    const workbook = await sloveniaWorkbook(3);
    const controller = new AbortController();
    const steps: string[] = [];
    const started = exportWordReport(workbook, {
      filter: {},
      language: "en",
      today: "2026-11-27",
      signal: controller.signal,
      onProgress: (step) => {
        steps.push(step);
        if (step === "read") controller.abort();
      },
    });
    await expect(started).rejects.toMatchObject({ name: "AbortError" });
    expect(steps).toEqual(["read"]);
  });
});
