import { cellText, type Row } from "../../model/cells";

/** Report IDs Rights Matrix gives: P-001, P-002... (people may use any ID of their own). */
const REPORT_ID = /^P-(\d+)$/i;

/** The next free report ID after the highest P-number in the Progress table, at least three digits. */
export function nextReportId(progress: readonly Row[]): string {
  const highest = progress.reduce((max, row) => {
    const match = REPORT_ID.exec(cellText(row.reportId));
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `P-${String(highest + 1).padStart(3, "0")}`;
}
