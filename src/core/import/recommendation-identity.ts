import { cellText, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";

/**
 * Which row of the Recommendations table a recommendation read from a source is. An ID is a
 * name derived from what a source said (mechanism, country, cycle, paragraph), so the same
 * recommendation read with other options, or from another source, can derive another ID. Its
 * identity is what it is: its document and paragraph, or lacking those, its text, among rows
 * that do not contradict it (another mechanism, State under review, document or paragraph).
 * A recommendation found this way keeps the ID the table gave it first.
 */

/** Columns two rows of the same recommendation cannot disagree on, when both say something. */
const DEFINING_COLUMNS = ["mechanism", "country", "documentSymbol", "paragraph"] as const;

const symbolKey = (value: unknown) => cellText(value as Row[string]).toUpperCase().replace(/\s+/g, "");
const paragraphKey = (value: unknown) => cellText(value as Row[string]).toLowerCase().replace(/\s+/g, "");

/** "A/HRC/28/16#166.6": the document and paragraph, where the row has both. */
export function documentKey(row: Row): string | undefined {
  const symbol = symbolKey(row.documentSymbol);
  const paragraph = paragraphKey(row.paragraph);
  return symbol && paragraph ? `${symbol}#${paragraph}` : undefined;
}

function definingValue(row: Row, key: (typeof DEFINING_COLUMNS)[number]): string {
  if (key === "documentSymbol") return symbolKey(row[key]);
  if (key === "paragraph") return paragraphKey(row[key]);
  return cellText(row[key]).toUpperCase();
}

/** Nothing one row says contradicts the other: each defining column is empty on one side or equal. */
export function compatible(a: Row, b: Row): boolean {
  return DEFINING_COLUMNS.every((key) => {
    const left = definingValue(a, key);
    const right = definingValue(b, key);
    return !left || !right || left === right;
  });
}

/** How much two compatible rows agree: defining columns both state, and the same recommending States. */
function agreement(a: Row, b: Row): number {
  let score = DEFINING_COLUMNS.filter((key) => definingValue(a, key) !== "" && definingValue(a, key) === definingValue(b, key)).length;
  if (cellText(a.recommendingStates) !== "" && cellText(a.recommendingStates) === cellText(b.recommendingStates)) score++;
  return score;
}

export class RecommendationIdentities {
  private readonly byDocument = new Map<string, string>();
  /** Built the first time a recommendation is not found by document or ID: normalising every text is not free. */
  private byText: Map<string, string[]> | undefined;

  /** `rows` is the table as this import leaves it so far, by ID; the index follows `remember`. */
  constructor(private readonly rows: ReadonlyMap<string, Row>) {
    for (const [id, row] of rows) this.indexDocument(id, row);
  }

  private indexDocument(id: string, row: Row): void {
    const key = documentKey(row);
    if (key && !this.byDocument.has(key)) this.byDocument.set(key, id);
  }

  private textIndex(): Map<string, string[]> {
    if (!this.byText) {
      this.byText = new Map();
      for (const [id, row] of this.rows) this.indexText(id, row);
    }
    return this.byText;
  }

  private indexText(id: string, row: Row): void {
    if (!this.byText) return;
    const key = normalizeText(cellText(row.text));
    if (!key) return;
    const ids = this.byText.get(key);
    if (!ids) this.byText.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }

  /**
   * The ID of the row `values` is, or undefined for a recommendation the table does not hold.
   * `derivedId` is the ID the source's own fields give; it names the same row only if that row
   * does not contradict the values and, where neither names the State under review (an ID
   * without a country is weak), holds the same text.
   */
  find(values: Row, derivedId: string): string | undefined {
    const byDocument = documentKey(values);
    const documentMatch = byDocument ? this.byDocument.get(byDocument) : undefined;
    if (documentMatch) return documentMatch;
    const named = this.rows.get(derivedId);
    if (named && compatible(named, values)) {
      const strong = cellText(named.country) !== "" && cellText(values.country) !== "";
      if (strong || normalizeText(cellText(named.text)) === normalizeText(cellText(values.text))) return derivedId;
    }
    // An empty table (a first import) holds nothing to find: no text need be normalised.
    if (this.rows.size === 0) return undefined;
    const candidates = (this.textIndex().get(normalizeText(cellText(values.text))) ?? []).filter((id) => {
      const row = this.rows.get(id);
      return row !== undefined && compatible(row, values);
    });
    let best: string | undefined;
    let bestScore = -1;
    for (const id of candidates) {
      const score = agreement(this.rows.get(id)!, values);
      if (score > bestScore) [best, bestScore] = [id, score];
    }
    return best;
  }

  /** An ID for a new recommendation: the derived one, or, if a different recommendation holds it, the derived one with -2, -3... */
  freeId(derivedId: string, taken: (id: string) => boolean = (id) => this.rows.has(id)): string {
    if (!taken(derivedId)) return derivedId;
    let suffix = 2;
    while (taken(`${derivedId}-${suffix}`)) suffix++;
    return `${derivedId}-${suffix}`;
  }

  /** A row added or changed by this import: later recommendations find it. */
  remember(id: string, row: Row): void {
    this.indexDocument(id, row);
    this.indexText(id, row);
  }
}
