import { LISTS, type ListDef } from "../../model/lists";
import { TABLES, type ListSource } from "../../model/tables";
import type { Language } from "../../model/vocabularies";
import { sheetNameIn } from "../../model/workbook-language";
import type { ListRangeRef } from "../../workbook/plan";

/** 1-based sheet column where each list starts on the Lists sheet: lists side by side, one empty column between. */
export function listStartColumns(lists: readonly ListDef[] = LISTS): Map<string, number> {
  const starts = new Map<string, number>();
  let next = 1;
  for (const list of lists) {
    starts.set(list.name, next);
    next += list.headers.length + 1;
  }
  return starts;
}

/** The range a dropdown reads in a workbook in `language`: a vocabulary's first Lists column, or the ID column of another table. */
export function listRangeFor(source: ListSource, language: Language = "en"): ListRangeRef {
  if ("vocabulary" in source) {
    const column = listStartColumns().get(source.vocabulary);
    if (!column) throw new Error(`No list ${source.vocabulary} on the Lists sheet`);
    return { sheet: sheetNameIn(language, "Lists"), column, firstRow: 2 };
  }
  const table = TABLES.find((def) => def.name === source.table);
  if (!table) throw new Error(`No table ${source.table}`);
  const column = table.columns.findIndex((def) => def.key === source.column) + 1;
  if (column === 0) throw new Error(`No column ${source.column} in ${source.table}`);
  return { sheet: sheetNameIn(language, table.name), column, firstRow: 2 };
}
