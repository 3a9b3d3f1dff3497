import { useEffect, useRef } from "react";
import type { SheetChange, StopWatching, WorkbookPort } from "../workbook/port";
import { ChangeDebouncer } from "./live-validation";

/**
 * Calls `onChanges` with each debounced batch of changes to `sheets`, while `enabled` and the
 * host can report changes (Excel); does nothing in standalone mode, where only this page
 * changes the workbook. The latest `onChanges` is used without watching again.
 */
export function useSheetChanges(port: WorkbookPort | undefined, sheets: readonly string[], onChanges: (changes: SheetChange[]) => void, enabled = true): void {
  const latest = useRef(onChanges);
  latest.current = onChanges;
  const sheetList = sheets.join("\n");
  useEffect(() => {
    if (!enabled || !port?.watchSheets) return;
    let stop: StopWatching | null = null;
    let ended = false;
    const debouncer = new ChangeDebouncer((changes) => latest.current(changes));
    port
      .watchSheets(sheetList.split("\n"), (change) => debouncer.push(change))
      .then((stopWatching) => {
        if (ended) void stopWatching().catch(() => undefined);
        else stop = stopWatching;
      })
      // Without events the views still work: they refresh when the user asks.
      .catch(() => undefined);
    return () => {
      ended = true;
      debouncer.cancel();
      void stop?.().catch(() => undefined);
    };
  }, [port, sheetList, enabled]);
}
