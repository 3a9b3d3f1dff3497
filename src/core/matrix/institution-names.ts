import { cellText, splitMultiValue, type Row } from "../../model/cells";
import { normalizeText } from "../../model/ids";

/** Institution names as written in the Institutions table, found from a name or an acronym in any case. */
export class InstitutionNames {
  private readonly canonical = new Map<string, string>();

  constructor(institutions: readonly Row[]) {
    for (const row of institutions) {
      const name = cellText(row.name);
      if (!name) continue;
      this.canonical.set(normalizeText(name), name);
      const acronym = cellText(row.acronym);
      if (acronym && !this.canonical.has(normalizeText(acronym))) this.canonical.set(normalizeText(acronym), name);
    }
  }

  /** The same few names come back thousands of times: normalising each once keeps a large matrix fast. */
  private readonly resolved = new Map<string, string>();

  resolve(name: string): string {
    let canonical = this.resolved.get(name);
    if (canonical === undefined) {
      canonical = this.canonical.get(normalizeText(name)) ?? name.trim();
      this.resolved.set(name, canonical);
    }
    return canonical;
  }

  resolveAll(value: Row[string]): string[] {
    return [...new Set(splitMultiValue(value).map((name) => this.resolve(name)))];
  }
}
