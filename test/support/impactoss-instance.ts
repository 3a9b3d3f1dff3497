import Papa from "papaparse";

/**
 * IMPACT OSS's import rules, as far as a CSV hand-over meets them, written out from its code
 * (issue 15): the client (impactoss-client, containers/*Import and utils/import.js) reads the
 * part of each header in brackets, parses dates with the instance's DATE_FORMAT (dd/MM/yyyy by
 * default) and makes a date it cannot parse '' (the item is created without it), and looks up
 * each [rel:...] reference among what the instance holds ("Invalid connection" otherwise; a
 * recommendation is found only in a framework the instance has). The server (impactoss-server,
 * app/models) creates items only: reference and title present, reference unique (422); an
 * indicator with repeat needs end_date and frequency_months (422), an end date needs a start
 * date (500: the comparison meets nil) not after it (422).
 */
export interface ImportedItem {
  attributes: Record<string, string>;
  /** IDs of the items each relationship field links to. */
  links: Record<string, string[]>;
}

export interface ImportResult {
  created: number;
  /** One line per refused row: its 1-based data row and what the instance answered. */
  errors: string[];
  /** Date cells that had a value the client could not parse, so the item lost them. */
  blankedDates: string[];
}

type Entity = "recommendations" | "measures" | "indicators";
const DATE_ATTRIBUTES = new Set(["target_date", "start_date", "end_date", "date"]);

export class ImpactOssInstance {
  readonly categories: { taxonomy: string; title: string; short_title: string; reference: string }[] = [];
  readonly items: Record<Entity, Map<string, ImportedItem>> = { recommendations: new Map(), measures: new Map(), indicators: new Map() };

  constructor(
    readonly frameworks: ReadonlySet<number> = new Set([1]),
    readonly dateFormat = "dd/MM/yyyy",
  ) {}

  /** What an administrator does with the categories sheet: creates each category by hand. */
  createCategories(csv: string): void {
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);
    for (const [taxonomy, title, shortTitle, reference] of rows) this.categories.push({ taxonomy, title, short_title: shortTitle, reference });
  }

  /** The client's date parsing (date-fns `parse` with DATE_FORMAT, '' when invalid), for dd/MM/yyyy-like formats. */
  private parseDate(value: string): string {
    const order = this.dateFormat.match(/d+|M+|y+/g) ?? [];
    const separator = this.dateFormat.replace(/[dMy]/g, "")[0] ?? "/";
    const parts = value.split(separator);
    if (parts.length !== 3 || order.length !== 3) return "";
    const get = (token: string) => parts[order.findIndex((candidate) => candidate[0] === token)];
    const [year, month, day] = [get("y"), get("M"), get("d")];
    if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return "";
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return "";
    return date.toISOString().slice(0, 10);
  }

  private lookup(field: string, value: string): string | null {
    const byAttribute = (attribute: "short_title" | "reference") => this.categories.find((category) => category[attribute] === value);
    if (field === "category-short-title") return byAttribute("short_title") ? `category:${value}` : null;
    if (field === "category-reference") return byAttribute("reference") ? `category:${value}` : null;
    if (field === "recommendation-reference") {
      const recommendation = this.items.recommendations.get(value);
      return recommendation && this.frameworks.has(Number(recommendation.attributes.framework_id)) ? `recommendation:${value}` : null;
    }
    if (field === "action-reference") return this.items.measures.has(value) ? `measure:${value}` : null;
    if (field === "indicator-reference") return this.items.indicators.has(value) ? `indicator:${value}` : null;
    // Database IDs: the hand-over never knows them, so they must stay empty.
    return null;
  }

  import(entity: Entity, csv: string): ImportResult {
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const result: ImportResult = { created: 0, errors: [], blankedDates: [] };
    rows.forEach((row, index) => {
      const refuse = (message: string) => result.errors.push(`row ${index + 1}: ${message}`);
      const attributes: Record<string, string> = {};
      const links: Record<string, string[]> = {};
      let invalid = "";
      for (const [header, value] of Object.entries(row)) {
        const database = /\[database:([^\]]+)\]/.exec(header);
        const relation = /\[rel:([^\]|]+)/.exec(header);
        if (database) {
          const attribute = database[1];
          if (DATE_ATTRIBUTES.has(attribute) && value) {
            attributes[attribute] = this.parseDate(value);
            if (!attributes[attribute]) result.blankedDates.push(`${entity} row ${index + 1} ${attribute}: ${value}`);
          } else attributes[attribute] = value;
        } else if (relation && value.trim()) {
          links[relation[1]] = value
            .trim()
            .split(",")
            .map((reference) => {
              const id = this.lookup(relation[1], reference.trim());
              if (!id) invalid ||= `Invalid connection: ${relation[1]} ${reference.trim()}`;
              return id ?? "";
            });
        }
      }
      if (invalid) return refuse(invalid);
      if (!attributes.reference) return refuse("422 reference can't be blank");
      if (!attributes.title) return refuse("422 title can't be blank");
      if (this.items[entity].has(attributes.reference)) return refuse("422 reference has already been taken");
      if (entity === "recommendations") {
        if (!attributes.framework_id) return refuse("framework_id is required");
        if (!this.frameworks.has(Number(attributes.framework_id))) return refuse(`422 framework ${attributes.framework_id} does not exist`);
        if (attributes.support_level && !/^[012]$/.test(attributes.support_level)) return refuse(`422 support_level ${attributes.support_level}`);
      }
      if (entity === "indicators") {
        const repeat = attributes.repeat === "true";
        if (repeat && !attributes.end_date) return refuse("422 end_date can't be blank");
        if (repeat && !attributes.frequency_months) return refuse("422 frequency_months can't be blank");
        if (attributes.end_date && !attributes.start_date) return refuse("500 undefined method '>' for nil");
        if (attributes.end_date && attributes.start_date > attributes.end_date) return refuse("422 end_date must be after start_date");
      }
      this.items[entity].set(attributes.reference, { attributes, links });
      result.created++;
    });
    return result;
  }
}
