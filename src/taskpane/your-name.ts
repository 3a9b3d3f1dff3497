const STORAGE_KEY = "rights-matrix.your-name";

/**
 * The name the My institution page records as who submitted or reviewed a report. It stays in
 * this browser's storage (never sent anywhere) so a focal point types it once.
 */
export function readYourName(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): string {
  try {
    return storage?.getItem(STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

export function storeYourName(name: string, storage: Pick<Storage, "setItem" | "removeItem"> | undefined = safeStorage()): void {
  try {
    if (name.trim()) storage?.setItem(STORAGE_KEY, name);
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private mode, some Office webviews): the name then lasts for this session.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
