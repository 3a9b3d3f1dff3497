/**
 * Which host runs the task pane: the one place outside src/workbook/excel that reads `Office`.
 * Excel mode when Office.onReady reports Excel; standalone when office.js is absent (blocked,
 * offline, failed to load), reports no host, or does not answer in time: the pane must never
 * stay blank waiting for Office.
 */
export type HostInfo =
  | { mode: "excel"; displayLanguage: string | null; dark: boolean }
  | { mode: "standalone"; reason: "no-office" | "no-host" | "timeout" };

export const OFFICE_READY_TIMEOUT_MS = 3000;

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { mode: "standalone", reason: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve({ mode: "standalone", reason: "timeout" }), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info): HostInfo => (info.host === Office.HostType.Excel ? excelHost() : { mode: "standalone", reason: "no-host" }),
    (): HostInfo => ({ mode: "standalone", reason: "no-office" }),
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function excelHost(): HostInfo {
  const context = Office.context as Partial<Office.Context> | undefined;
  const theme = context?.officeTheme;
  return {
    mode: "excel",
    displayLanguage: context?.displayLanguage ?? null,
    dark: theme?.bodyBackgroundColor ? isDark(theme.bodyBackgroundColor) : false,
  };
}

/** Whether a "#rrggbb" background needs light text (relative luminance below one half). */
export function isDark(colour: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
