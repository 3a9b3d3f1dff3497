import { applySplices, escapeAttribute, scanXml, withAttribute, type Splice, type XmlElement } from "./xml";

/**
 * The styles part: which cell formats are dates (for reading) and the formats our writes need,
 * appended at the end of each list so no existing index ever changes.
 */

/** How a cell we write looks. Colours are RRGGBB. */
export interface CellLook {
  numberFormat?: string;
  bold?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  vertical?: "top" | "center";
}

const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format that shows a date or time: d, m, y, h or s outside quotes, escapes and colour tags. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const LISTS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type ListName = (typeof LISTS)[number];

interface StyleList {
  element: XmlElement;
  end: number;
  /** Each child element as written. */
  items: string[];
  count: number;
}

export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

export class StyleBook {
  private readonly lists = new Map<ListName, StyleList>();
  private readonly added = new Map<ListName, string[]>();
  private readonly formatCodes = new Map<number, string>();
  /** numFmtId of each cellXfs entry. */
  private readonly xfFormats: number[] = [];
  private readonly lookCache = new Map<string, number>();
  private rootClose = 0;
  private defaultFont = { size: 11, name: "Calibri" };

  constructor(
    private readonly xml: string,
    private readonly part: string,
  ) {
    let list: ListName | null = null;
    let item: XmlElement | null = null;
    scanXml(xml, part, {
      open: (element) => {
        if (element.depth === 1 && (LISTS as readonly string[]).includes(element.local)) {
          list = element.local as ListName;
          this.lists.set(list, { element, end: element.openEnd, items: [], count: 0 });
        }
        if (element.depth === 2 && list) item = element;
        if (list === "numFmts" && element.local === "numFmt") this.formatCodes.set(Number(element.attributes.numFmtId), element.attributes.formatCode ?? "");
        if (list === "cellXfs" && element.depth === 2 && element.local === "xf") this.xfFormats.push(Number(element.attributes.numFmtId ?? 0));
        if (list === "fonts" && element.depth === 3 && this.lists.get("fonts")?.items.length === 0) {
          if (element.local === "sz") this.defaultFont.size = Number(element.attributes.val ?? 11);
          if (element.local === "name") this.defaultFont.name = element.attributes.val ?? "Calibri";
        }
      },
      close: (element, end) => {
        if (element.depth === 0) this.rootClose = xml.lastIndexOf("</", end - 1);
        if (element.depth === 2 && list && item === element) this.lists.get(list)?.items.push(xml.slice(element.start, end));
        if (element.depth === 1 && list && element.local === list) {
          const found = this.lists.get(list) as StyleList;
          found.end = end;
          found.count = found.items.length;
          list = null;
        }
      },
    });
  }

  /** Whether cells with this style index show dates. */
  isDateStyle(index: number): boolean {
    const id = this.xfFormats[index] ?? 0;
    if (BUILT_IN_DATE_IDS.has(id)) return true;
    const code = this.formatCodes.get(id);
    return code !== undefined && isDateFormat(code);
  }

  get changed(): boolean {
    return this.added.size > 0;
  }

  /** The cellXfs index of a look, appended the first time (or found among the entries written before). */
  cellStyle(look: CellLook): number {
    const key = JSON.stringify(look);
    const cached = this.lookCache.get(key);
    if (cached !== undefined) return cached;
    const numFmtId = this.numberFormatId(look.numberFormat ?? "General");
    const fontId = look.bold || look.size || look.fontColor ? this.entry("fonts", this.fontXml(look)) : 0;
    const fillId = look.fill ? this.entry("fills", `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const alignment = look.wrap !== undefined || look.vertical ? `<alignment${look.vertical ? ` vertical="${look.vertical}"` : ""}${look.wrap ? ` wrapText="1"` : ""}/>` : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      `${numFmtId ? ` applyNumberFormat="1"` : ""}${fontId ? ` applyFont="1"` : ""}${fillId ? ` applyFill="1"` : ""}` +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>");
    const index = this.entry("cellXfs", xf);
    if (index >= this.xfFormats.length) this.xfFormats[index] = numFmtId;
    this.lookCache.set(key, index);
    return index;
  }

  /** A differential format for a conditional highlight. */
  highlight(fill: string, font: string): number {
    return this.entry("dxfs", `<dxf><font><color rgb="FF${font}"/></font><fill><patternFill><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`);
  }

  private fontXml(look: CellLook): string {
    const size = look.size ?? this.defaultFont.size;
    return `<font>${look.bold ? "<b/>" : ""}<sz val="${size}"/>${look.fontColor ? `<color rgb="FF${look.fontColor}"/>` : ""}<name val="${escapeAttribute(this.defaultFont.name)}"/></font>`;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    for (const [id, existing] of this.formatCodes) if (existing === code) return id;
    const id = Math.max(163, ...this.formatCodes.keys()) + 1;
    this.formatCodes.set(id, code);
    this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** Index of an entry in a list: an identical existing one, or a new one at the end. */
  private entry(list: ListName, xml: string): number {
    const existing = this.lists.get(list)?.items ?? [];
    const found = existing.indexOf(xml);
    if (found >= 0) return found;
    const added = this.added.get(list) ?? [];
    const again = added.indexOf(xml);
    if (again >= 0) return existing.length + again;
    const index = existing.length + added.length;
    this.append(list, xml);
    return index;
  }

  private append(list: ListName, xml: string): void {
    const added = this.added.get(list) ?? [];
    added.push(xml);
    this.added.set(list, added);
  }

  /** The part with every appended entry. */
  toXml(): string {
    const splices: Splice[] = [];
    for (const [name, entries] of this.added) {
      const list = this.lists.get(name);
      const content = entries.join("");
      if (list) {
        const count = list.items.length + entries.length;
        const open = withAttribute(this.xml.slice(list.element.start, list.element.openEnd), "count", String(count));
        if (list.element.selfClosing) {
          splices.push({ start: list.element.start, end: list.end, text: `${open.slice(0, -2)}>${content}</${list.element.name}>` });
        } else {
          const closeAt = this.xml.lastIndexOf("</", list.end - 1);
          splices.push({ start: list.element.start, end: list.element.openEnd, text: open });
          splices.push({ start: closeAt, end: closeAt, text: content });
        }
      } else {
        const prefix = this.prefix();
        const text = `<${prefix}${name} count="${entries.length}">${content}</${prefix}${name}>`;
        splices.push({ start: this.insertionPoint(name), end: this.insertionPoint(name), text });
      }
    }
    return applySplices(this.xml, splices);
  }

  private prefix(): string {
    const root = /<([A-Za-z_][\w.-]*:)?styleSheet\b/.exec(this.xml);
    return root?.[1] ?? "";
  }

  /** Where a missing list goes: before the first list that must follow it. */
  private insertionPoint(name: ListName): number {
    for (const later of LISTS.slice(LISTS.indexOf(name) + 1)) {
      const list = this.lists.get(later);
      if (list) return list.element.start;
    }
    return this.rootClose;
  }
}
