import { cellText, type CellValue } from "../../model/cells";
import { LISTS } from "../../model/lists";
import type { VocabularyName } from "../../model/tables";

/** IDs and names are compared as Excel's lookups compare them: trimmed, ignoring case. */
export function lookupKey(value: CellValue | undefined): string {
  return cellText(value ?? null).toLowerCase();
}

/** A vocabulary's allowed values by lookup key, and their canonical spelling for messages. */
export class Vocabulary {
  private readonly canonical: Map<string, string>;
  constructor(readonly values: readonly string[]) {
    this.canonical = new Map(values.map((value) => [lookupKey(value), value]));
  }
  has(value: CellValue | undefined): boolean {
    return this.canonical.has(lookupKey(value));
  }
  canonicalOf(value: CellValue | undefined): string | undefined {
    return this.canonical.get(lookupKey(value));
  }
  /** For messages: the list, or its start when it is long (currencies). */
  describe(limit = 8): string {
    return this.values.length <= limit ? this.values.join(", ") : `${this.values.slice(0, limit).join(", ")}, …`;
  }
}

export type VocabularyValues = Partial<Record<VocabularyName, readonly string[]>>;

/** The model's vocabularies, as `init` writes them on the Lists sheet. */
export function defaultVocabulary(name: VocabularyName): readonly string[] {
  return LISTS.find((list) => list.name === name)?.rows.map((row) => row[0]) ?? [];
}

/** What every row check may look up: the other tables and the lists, built once per validation. */
export interface CheckContext {
  today: Date;
  recommendationIds: ReadonlySet<string>;
  clusterIds: ReadonlySet<string>;
  institutions: ReadonlySet<string>;
  actionStatuses: Vocabulary;
  indicatorTypes: Vocabulary;
  frequencies: Vocabulary;
  currencies: Vocabulary;
  /** How many action rows carry this Action ID (lookup key). */
  actionIdCount(key: string): number;
  indicatorIdCount(key: string): number;
  /** Another action with the same description and links, if any. */
  duplicateOfAction(rowIndex: number): string | undefined;
  /** An action's recommendation IDs, split once per row version. */
  recommendationIdsOf(rowIndex: number): readonly string[];
  /** An action's description after `normalizeText`, computed once per row version. */
  normalisedDescription(rowIndex: number): string;
  /** Column header for messages. */
  header(table: "Actions" | "Indicators", key: string): string;
}
